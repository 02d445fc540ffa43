#!/usr/bin/env python3
"""Write the demo homes for sale and their pictures into assets/listings/.

Deterministic (fixed seed): running it again gives the same files. Everything is drawn
here with Pillow, nothing is downloaded:

* ``photos/``: a pool of 40 pictures (16 façades by type, 24 rooms), JPEG q70, that the
  listings share;
* ``plans/``: floor plans, procedural room rectangles with Finnish labels and areas;
* ``panoramas/``: 360° equirectangular rooms (2048x1024, 2:1), drawn column by column:
  each column is one compass direction, which crosses the ceiling, one wall and the
  floor, so walls, windows, furniture and floorboards become vertical segments;
* ``listings.json``: 2,000 listings in the import format (``kiosk listings import``);
  ``listed_at`` is relative to REFERENCE_DAY and the loader moves it to the load day;
* ``viewings.json``: viewing slots as day offsets from the load day (the next two weeks).

Usage: ``.venv/bin/python scripts/make_listings.py``
"""

from __future__ import annotations

import itertools
import json
import math
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # runs from a checkout without installing the package

from kiosk.listings import synthetic  # noqa: E402
from kiosk.listings.model import Listing, PropertyType  # noqa: E402

SEED = 20261125
COUNT = 2000
OUT = ROOT / "assets" / "listings"
REFERENCE_DAY = synthetic.NOW.date().isoformat()
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
RGB = tuple[int, int, int]


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default()


def shade(c: RGB, f: float) -> RGB:
    return (min(255, int(c[0] * f)), min(255, int(c[1] * f)), min(255, int(c[2] * f)))


def sky(d: ImageDraw.ImageDraw, w: int, h: int, top: RGB, bottom: RGB) -> None:
    for y in range(h):
        t = y / max(1, h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(a + (b - a) * t) for b, a in zip(bottom, top,
                                                                                  strict=True)))


def tree(d: ImageDraw.ImageDraw, x: int, ground: int, size: int, pine: bool) -> None:
    d.rectangle([x - size // 12, ground - size // 3, x + size // 12, ground], fill=(92, 64, 40))
    if not pine:
        d.ellipse([x - size // 2, ground - size, x + size // 2, ground - size // 4],
                  fill=(58, 122, 60))
        return
    for i in range(3):  # three tiers, narrower towards the top
        half, bottom = size // 2 - i * size // 8, ground - size // 4 - i * size // 5
        d.polygon([(x, bottom - size // 2), (x - half, bottom), (x + half, bottom)],
                  fill=(34, 84 + i * 8, 48))


# ---------------------------------------------------------------- façades

def facade(kind: str, variant: int) -> Image.Image:
    rng = random.Random(f"{kind}{variant}")
    w, h = 800, 600
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    sky(d, w, 420, (118, 170, 222), (206, 226, 242))
    ground = 470
    d.rectangle([0, 420, w, h], fill=(96, 146, 74) if kind != "apartment" else (150, 150, 146))
    walls = [(176, 62, 44), (226, 206, 160), (236, 236, 230), (150, 156, 164), (232, 196, 96),
             (160, 110, 80)]
    wall = walls[(variant * 2 + len(kind)) % len(walls)]
    if kind == "apartment":
        floors = rng.randint(4, 8)
        left, right = 120, 680
        top = ground - floors * 44 - 20
        d.rectangle([left, top, right, ground], fill=wall, outline=shade(wall, 0.7))
        d.rectangle([left - 6, top - 10, right + 6, top], fill=shade(wall, 0.6))
        for f in range(floors):
            y = top + 20 + f * 44
            for i in range(8):
                x = left + 24 + i * 68
                d.rectangle([x, y, x + 36, y + 26], fill=(60, 86, 110), outline=(240, 240, 240),
                            width=3)
                if variant % 2 and i % 2 and f < floors - 1:
                    d.rectangle([x - 8, y + 28, x + 44, y + 40], fill=(170, 200, 214),
                                outline=shade(wall, 0.5))
        d.rectangle([380, ground - 46, 420, ground], fill=(70, 50, 36))
    elif kind in ("terraced", "semi_detached", "detached", "holiday_home"):
        units = {"terraced": 4, "semi_detached": 2}.get(kind, 1)
        width = {"terraced": 600, "semi_detached": 440, "detached": 340, "holiday_home": 240}[kind]
        left = (w - width) // 2
        height = 150 if kind != "holiday_home" else 110
        base = ground if kind != "holiday_home" else 400
        if kind == "holiday_home":
            d.rectangle([0, 430, w, h], fill=(52, 104, 150))  # the lake
            for i in range(12):
                y = 440 + i * 14
                d.line([(rng.randint(0, 300), y), (rng.randint(400, 800), y)],
                       fill=(86, 138, 182))
            d.rectangle([430, 415, 560, 430], fill=(120, 90, 60))  # jetty
            d.rectangle([0, 398, w, 430], fill=(86, 130, 70))
        roof = shade(wall, 0.45) if variant % 2 else (52, 52, 58)
        d.rectangle([left, base - height, left + width, base], fill=wall)
        d.polygon([(left - 20, base - height), (left + width // 2, base - height - 90),
                   (left + width + 20, base - height)], fill=roof)
        unit_w = width // units
        for u in range(units):
            ux = left + u * unit_w
            if units > 1:
                d.line([(ux, base - height), (ux, base)], fill=shade(wall, 0.6), width=3)
            d.rectangle([ux + unit_w // 2 - 18, base - 64, ux + unit_w // 2 + 18, base],
                        fill=[(40, 70, 110), (120, 40, 40), (60, 90, 60)][u % 3])
            for x in (ux + 16, ux + unit_w - 66):
                d.rectangle([x, base - 110, x + 50, base - 70], fill=(70, 96, 120),
                            outline=(245, 245, 245), width=4)
        if kind == "detached" and wall[0] > 170 and wall[1] < 100:  # red house, white corners
            d.rectangle([left, base - height, left + 10, base], fill=(245, 245, 245))
            d.rectangle([left + width - 10, base - height, left + width, base],
                        fill=(245, 245, 245))
    else:  # plot: a meadow with a marker post
        for _ in range(20):
            tree(d, rng.randint(0, w), 420 + rng.randint(0, 20), rng.randint(60, 140), True)
        d.rectangle([0, 440, w, h], fill=(132, 170, 84))
        d.rectangle([380, 400, 390, 500], fill=(230, 230, 230))
        d.rectangle([340, 380, 430, 412], fill=(250, 250, 250), outline=(60, 60, 60))
        d.text((352, 386), "TONTTI", fill=(30, 30, 30), font=font(18))
        return img
    for _ in range(rng.randint(2, 5)):
        side = rng.choice((rng.randint(10, 100), rng.randint(700, 790)))
        tree(d, side, ground + rng.randint(0, 40), rng.randint(90, 170), rng.random() < 0.5)
    return img


# ---------------------------------------------------------------- rooms (one-point perspective)

def room_photo(kind: str, variant: int) -> Image.Image:
    rng = random.Random(f"{kind}{variant}")
    w, h = 800, 600
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    wall = [(236, 232, 222), (214, 226, 232), (238, 226, 208), (224, 224, 228)][variant % 4]
    floor = [(182, 140, 96), (204, 170, 128), (150, 110, 76), (196, 196, 190)][(variant + 1) % 4]
    if kind == "sauna":
        wall = [(196, 150, 100), (214, 176, 128), (170, 120, 80)][variant % 3]
        floor = (120, 110, 100)
    if kind == "bathroom":
        wall = [(232, 236, 238), (214, 230, 222), (236, 226, 214)][variant % 3]
        floor = (90, 96, 104)
    bx0, by0, bx1, by1 = 220, 150, 580, 390  # the back wall
    d.rectangle([0, 0, w, h], fill=shade(wall, 0.85))
    d.polygon([(0, 0), (w, 0), (bx1, by0), (bx0, by0)], fill=shade(wall, 1.05))   # ceiling
    d.polygon([(0, h), (w, h), (bx1, by1), (bx0, by1)], fill=floor)                # floor
    d.polygon([(0, 0), (bx0, by0), (bx0, by1), (0, h)], fill=shade(wall, 0.9))     # left
    d.polygon([(w, 0), (bx1, by0), (bx1, by1), (w, h)], fill=shade(wall, 0.8))     # right
    d.rectangle([bx0, by0, bx1, by1], fill=wall)
    for i in range(1, 9):  # floorboards converge on the vanishing point
        x = i * w / 9
        d.line([(x, h), (bx0 + (bx1 - bx0) * i / 9, by1)], fill=shade(floor, 0.85), width=2)
    if kind == "balcony":  # a glazed balcony over the sea or the trees
        view = (70, 120, 170) if variant % 2 == 0 else (72, 126, 80)
        d.rectangle([bx0, by0, bx1, by1], fill=(168, 208, 238))
        d.rectangle([bx0, by0 + 150, bx1, by1], fill=view)
        for x in range(bx0, bx1 + 1, 90):
            d.line([(x, by0), (x, by1)], fill=(230, 230, 230), width=3)
        d.rectangle([bx0, by0 + 170, bx1, by1], fill=(196, 196, 200))  # the parapet
        d.rectangle([300, 430, 360, 520], fill=(40, 40, 44))
        d.rectangle([440, 430, 500, 520], fill=(40, 40, 44))
        d.ellipse([340, 440, 460, 470], fill=(150, 110, 70))
    if kind in ("living", "bedroom", "kitchen"):
        wx0 = bx0 + 60 + rng.randint(0, 60)
        d.rectangle([wx0, by0 + 30, wx0 + 150, by0 + 150], fill=(150, 196, 230),
                    outline=(250, 250, 250), width=6)
        d.line([(wx0 + 75, by0 + 30), (wx0 + 75, by0 + 150)], fill=(250, 250, 250), width=4)
        if kind == "balcony":
            d.rectangle([wx0 + 4, by0 + 110, wx0 + 146, by0 + 146], fill=(70, 120, 170))
    if kind == "living":
        sofa = [(96, 110, 140), (150, 80, 70), (110, 130, 100), (90, 90, 96)][variant % 4]
        d.rectangle([260, 300, 540, 380], fill=sofa)
        d.rectangle([250, 330, 550, 400], fill=shade(sofa, 1.15))
        d.ellipse([300, 440, 520, 520], fill=(180, 60, 60) if variant % 2 else (70, 90, 140))
        d.rectangle([340, 430, 480, 450], fill=(120, 84, 52))
        d.line([(660, 320), (660, 470)], fill=(40, 40, 40), width=4)
        d.polygon([(630, 320), (690, 320), (675, 280), (645, 280)], fill=(250, 230, 180))
        tree(d, 130, 480, 120, False)
    elif kind == "kitchen":
        d.rectangle([bx0, 300, bx1, by1], fill=(240, 240, 238), outline=(170, 170, 170))
        d.rectangle([bx0, 292, bx1, 302], fill=(60, 60, 64))
        d.rectangle([bx0 + 10, by0 + 10, bx0 + 50, 280], fill=(230, 230, 230),
                    outline=(160, 160, 160))
        for i in range(5):
            x = bx0 + 70 + i * 58
            d.rectangle([x, 310, x + 50, 380], outline=(190, 190, 190))
        d.rectangle([300, 450, 500, 470], fill=(150, 110, 70))
        d.rectangle([310, 470, 320, 560], fill=(120, 90, 60))
        d.rectangle([480, 470, 490, 560], fill=(120, 90, 60))
    elif kind == "bedroom":
        cover = [(230, 230, 240), (200, 216, 230), (236, 214, 200)][variant % 3]
        d.polygon([(250, 330), (550, 330), (640, 520), (160, 520)], fill=cover)
        d.rectangle([250, 290, 550, 332], fill=(140, 100, 70))
        d.ellipse([280, 316, 380, 350], fill=(250, 250, 250))
        d.ellipse([420, 316, 520, 350], fill=(250, 250, 250))
    elif kind == "bathroom":
        for x in range(bx0, bx1, 30):
            d.line([(x, by0), (x, by1)], fill=(200, 206, 210))
        for y in range(by0, by1, 30):
            d.line([(bx0, y), (bx1, y)], fill=(200, 206, 210))
        gx = bx0 + 20 if variant % 2 == 0 else bx1 - 140  # the shower glass
        d.rectangle([gx, by0 + 10, gx + 120, by1], fill=(210, 230, 240),
                    outline=(160, 180, 190), width=3)
        d.rectangle([420, 290, 540, 310], fill=(250, 250, 250))
        d.rectangle([430, 200, 530, 270], fill=(190, 210, 220), outline=(120, 120, 120))
    elif kind == "sauna":
        for y in range(0, h, 18):
            d.line([(0, y), (w, y)], fill=shade(wall, 0.85))
        d.rectangle([bx0 - 60, 300, bx1 + 60, 330], fill=(150, 104, 64))
        d.rectangle([bx0 - 120, 400, bx1 + 120, 440], fill=(160, 112, 70))
        sx = 600 if variant % 2 == 0 else 100  # the stove, right or left
        d.rectangle([sx, 330, sx + 100, 470], fill=(60, 60, 64))
        for i in range(9):
            d.ellipse([sx + 5 + (i % 3) * 30, 300 + (i // 3) * 12, sx + 35 + (i % 3) * 30,
                       325 + (i // 3) * 12], fill=(120, 120, 124))
    return img


# ---------------------------------------------------------------- floor plans

@dataclass
class Room:
    label: str
    x: float
    y: float
    w: float
    h: float


def plan_rooms(rooms: int, variant: int) -> tuple[float, float, list[Room]]:
    """A plausible layout in metres: living and kitchen on one side, bedrooms on the
    other, bathroom, sauna and hall between."""
    depth = 8.0 if rooms <= 2 else 9.0
    width = {1: 5.0, 2: 7.0, 3: 9.5, 4: 11.0, 5: 13.0, 6: 14.5}[rooms]
    out = []
    if rooms == 1:
        out += [Room("OH/MH", 0, 0, width, 5.0), Room("KT", 0, 5.0, 2.6, 3.0),
                Room("ET", 2.6, 5.0, 1.2, 3.0), Room("KH", 3.8, 5.0, 1.2, 3.0)]
        return width, depth, out
    front = 4.6
    out.append(Room("OH", 0, 0, width * 0.55, front))
    out.append(Room("K" if variant % 2 else "KT", width * 0.55, 0, width * 0.45, front))
    beds = rooms - 1
    bw = width / beds
    for i in range(beds):
        out.append(Room("MH", i * bw, front + 1.6, bw, depth - front - 1.6))
    out.append(Room("ET", 0, front, width * 0.4, 1.6))
    out.append(Room("KH", width * 0.4, front, width * 0.3, 1.6))
    out.append(Room("S" if rooms >= 3 else "VH", width * 0.7, front, width * 0.3, 1.6))
    return width, depth, out


def floor_plan(rooms: int, variant: int) -> Image.Image:
    width, depth, layout = plan_rooms(rooms, variant)
    scale = min(760 / width, 520 / depth)
    ox, oy = (900 - width * scale) / 2, 90
    img = Image.new("RGB", (900, 700), (255, 255, 255))
    d = ImageDraw.Draw(img)
    total = sum(r.w * r.h for r in layout)
    caption = f"{rooms}h+k{'+s' if rooms >= 3 else ''}, {total:.1f} m²".replace(".", ",")
    d.text((40, 30), caption, fill=(20, 20, 20), font=font(28))
    for r in layout:
        box = [ox + r.x * scale, oy + r.y * scale, ox + (r.x + r.w) * scale,
               oy + (r.y + r.h) * scale]
        fill = {"OH": (250, 246, 236), "MH": (240, 246, 252), "KH": (232, 244, 246),
                "S": (250, 236, 220)}.get(r.label, (252, 252, 252))
        d.rectangle(box, fill=fill, outline=(30, 30, 30), width=4)
        area = f"{r.w * r.h:.1f}".replace(".", ",")
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        d.text((cx, cy - 10), r.label, fill=(20, 20, 20), font=font(22), anchor="mm")
        if r.w * r.h >= 3:
            d.text((cx, cy + 16), f"{area} m²", fill=(90, 90, 90), font=font(15), anchor="mm")
        # A door gap towards the hall row, windows on the outer walls.
        door_y = box[3] if r.y < 4.7 else box[1]
        if r.label not in ("ET",):
            d.line([(cx - 0.4 * scale, door_y), (cx + 0.4 * scale, door_y)], fill=fill, width=6)
        for edge_y in (oy, oy + depth * scale):
            if abs(box[1] - edge_y) < 1 or abs(box[3] - edge_y) < 1:
                y = edge_y
                d.line([(cx - 0.7 * scale, y), (cx + 0.7 * scale, y)], fill=(120, 170, 220),
                       width=8)
    d.rectangle([ox, oy, ox + width * scale, oy + depth * scale], outline=(10, 10, 10), width=8)
    d.line([(40, 660), (40 + 2 * scale, 660)], fill=(20, 20, 20), width=4)
    d.text((40, 634), "2 m", fill=(20, 20, 20), font=font(16))
    d.polygon([(850, 40), (840, 70), (860, 70)], fill=(20, 20, 20))
    d.text((850, 82), "N", fill=(20, 20, 20), font=font(16), anchor="mm")
    return img


# ---------------------------------------------------------------- 360° panoramas

@dataclass
class Feature:
    """Something on a wall: from s0 to s1 along it, z0 to z1 above the floor."""

    wall: int            # 0 south (y=0), 1 east (x=L), 2 north (y=D), 3 west (x=0)
    s0: float
    s1: float
    z0: float
    z1: float
    color: RGB
    window: bool = False


@dataclass
class Panorama:
    length: float
    depth: float
    height: float
    eye: tuple[float, float, float]
    wall: RGB
    floor: RGB
    ceiling: RGB
    features: list[Feature] = field(default_factory=list)
    planks: bool = False        # sauna: horizontal wall panelling
    board: float = 0.18         # floorboard width, m


def render(p: Panorama, width: int = 2048, height: int = 1024) -> Image.Image:
    img = Image.new("RGB", (width, height))
    d = ImageDraw.Draw(img)
    ex, ey, eh = p.eye

    def row(z: float, dist: float) -> float:
        return (math.pi / 2 - math.atan2(z - eh, dist)) / math.pi * height

    for u in range(width):
        theta = (u + 0.5) / width * 2 * math.pi - math.pi
        dx, dy = math.cos(theta), math.sin(theta)
        tx = (p.length - ex) / dx if dx > 1e-9 else (-ex / dx if dx < -1e-9 else math.inf)
        ty = (p.depth - ey) / dy if dy > 1e-9 else (-ey / dy if dy < -1e-9 else math.inf)
        if tx < ty:
            dist, wall, s, light = tx, 1 if dx > 0 else 3, ey + tx * dy, abs(dx)
        else:
            dist, wall, s, light = ty, 2 if dy > 0 else 0, ex + ty * dx, abs(dy)
        top, base = row(p.height, dist), row(0.0, dist)
        d.line([(u, 0), (u, top)], fill=p.ceiling)
        # A round ceiling lamp in the middle of the room.
        cx, cy = p.length / 2 - ex, p.depth / 2 - ey
        along = cx * dx + cy * dy
        miss = (cx - along * dx) ** 2 + (cy - along * dy) ** 2
        if miss < 0.3**2 and along > 0:
            half = math.sqrt(0.3**2 - miss)
            for r0, r1 in ((max(along - half, 1e-3), along + half),):
                y0 = (math.pi / 2 - math.atan2(p.height - eh, r0)) / math.pi * height
                y1 = (math.pi / 2 - math.atan2(p.height - eh, r1)) / math.pi * height
                d.line([(u, min(y0, y1)), (u, max(y0, y1))], fill=(255, 246, 214))
        wall_color = shade(p.wall, 0.62 + 0.38 * light)
        d.line([(u, top), (u, base)], fill=wall_color)
        if p.planks:
            z = 0.0
            while z < p.height:
                d.point((u, row(z, dist)), fill=shade(wall_color, 0.7))
                z += 0.12
        for f in p.features:
            if f.wall == wall and f.s0 <= s <= f.s1:
                y0, y1 = row(f.z1, dist), row(f.z0, dist)
                if f.window:
                    horizon = row(eh, dist * 50)
                    d.line([(u, y0), (u, y1)], fill=(246, 246, 246))
                    inner0, inner1 = row(f.z1 - 0.06, dist), row(f.z0 + 0.06, dist)
                    if f.s0 + 0.06 <= s <= f.s1 - 0.06:
                        split = min(max(horizon + 12, inner0), inner1)
                        d.line([(u, inner0), (u, split)], fill=(156, 200, 236))
                        d.line([(u, split), (u, inner1)], fill=(70, 120, 76))
                else:
                    d.line([(u, y0), (u, y1)], fill=shade(f.color, 0.7 + 0.3 * light))
        # Floorboards run along x: a board edge where x crosses a multiple of `board`.
        cuts = [dist]
        if abs(dx) > 1e-9:
            k0, k1 = sorted((ex / p.board, (ex + dist * dx) / p.board))
            for k in range(math.ceil(k0), math.floor(k1) + 1):
                r = (k * p.board - ex) / dx
                if 0 < r < dist:
                    cuts.append(r)
        cuts.append(1e-3)
        cuts.sort(reverse=True)
        for a, b in itertools.pairwise(cuts):
            board = math.floor((ex + (a + b) / 2 * dx) / p.board)
            tone = 0.97 + 0.03 * ((board * 7919) % 5) / 4  # boards differ a little
            y0 = (math.pi / 2 + math.atan2(eh, a)) / math.pi * height
            y1 = (math.pi / 2 + math.atan2(eh, b)) / math.pi * height
            d.line([(u, y0), (u, y1)], fill=shade(p.floor, tone))
            if a < dist:
                d.point((u, y0), fill=shade(p.floor, 0.78))  # the seam between boards
    return img


def panoramas() -> dict[str, Panorama]:
    white, oak, grey = (236, 234, 228), (186, 142, 96), (240, 240, 238)
    return {
        "living": Panorama(6.0, 4.5, 2.6, (3.0, 2.2, 1.5), white, oak, grey, [
            Feature(0, 1.0, 2.6, 0.8, 2.2, white, window=True),
            Feature(0, 3.4, 5.0, 0.8, 2.2, white, window=True),
            Feature(2, 1.5, 4.2, 0.0, 0.85, (96, 110, 140)),      # sofa
            Feature(2, 1.5, 4.2, 0.85, 0.95, (80, 92, 120)),
            Feature(1, 1.2, 2.2, 0.0, 2.05, (120, 84, 52)),       # door
            Feature(3, 0.6, 3.8, 0.0, 0.55, (60, 60, 64)),        # sideboard
            Feature(3, 1.6, 2.8, 1.2, 1.9, (196, 120, 90)),       # painting
        ]),
        "kitchen": Panorama(4.2, 3.4, 2.6, (2.1, 1.7, 1.5), (230, 236, 238), (204, 170, 128),
                            grey, [
            Feature(2, 0.0, 4.2, 0.0, 0.9, (246, 246, 244)),
            Feature(2, 0.0, 4.2, 0.9, 0.95, (60, 60, 64)),
            Feature(2, 0.0, 4.2, 1.45, 2.2, (246, 246, 244)),
            Feature(1, 0.2, 0.9, 0.0, 2.0, (226, 226, 228)),      # fridge
            Feature(0, 1.3, 2.9, 0.9, 2.2, white, window=True),
            Feature(3, 1.2, 2.1, 0.0, 2.05, (120, 84, 52)),
        ]),
        "bedroom": Panorama(4.0, 3.5, 2.6, (2.0, 1.4, 1.5), (214, 226, 232), oak, grey, [
            Feature(2, 1.0, 3.0, 0.0, 0.55, (230, 230, 240)),     # bed
            Feature(2, 1.0, 3.0, 0.55, 1.1, (140, 100, 70)),      # headboard
            Feature(0, 1.2, 2.8, 0.8, 2.2, white, window=True),
            Feature(1, 0.3, 2.0, 0.0, 2.3, (236, 236, 236)),      # wardrobe
            Feature(3, 2.2, 3.1, 0.0, 2.05, (120, 84, 52)),
        ]),
        "sauna": Panorama(2.6, 2.2, 2.3, (1.3, 1.3, 1.2), (200, 152, 100), (110, 104, 98),
                          (196, 150, 100), [
            Feature(2, 0.0, 2.6, 0.0, 0.95, (170, 120, 74)),      # lower bench
            Feature(2, 0.0, 2.6, 0.95, 1.05, (140, 96, 58)),
            Feature(1, 0.0, 2.2, 0.42, 0.5, (150, 104, 64)),
            Feature(0, 0.2, 0.8, 0.0, 0.8, (56, 56, 60)),         # stove
            Feature(0, 0.2, 0.8, 0.8, 0.95, (128, 128, 130)),     # stones
            Feature(0, 1.4, 2.0, 0.0, 1.9, (176, 206, 220)),      # glass door
            Feature(3, 0.6, 1.2, 1.4, 1.8, white, window=True),
        ], planks=True, board=0.3),
    }


# ---------------------------------------------------------------- the listings

EXTERIORS = {"apartment": 6, "terraced": 3, "semi_detached": 2, "detached": 3,
             "holiday_home": 1, "plot": 1}
INTERIORS = {"living": 6, "kitchen": 5, "bedroom": 5, "bathroom": 3, "sauna": 3, "balcony": 2}
PLANS = range(1, 7)


def media(listing: Listing, rng: random.Random) -> dict[str, list[str]]:
    kind = listing.type.value
    photos = [f"listings/photos/{kind}_{rng.randrange(EXTERIORS[kind]) + 1}.jpg"]
    if listing.type is PropertyType.PLOT:
        return {"photos": photos, "floor_plans": [], "panoramas": []}
    rooms = ["living", "kitchen", "bedroom", "bathroom"]
    if "sauna" in listing.features:
        rooms.append("sauna")
    if "balcony" in listing.features:
        rooms.append("balcony")
    for room in rng.sample(rooms, min(len(rooms), 3)):
        photos.append(f"listings/photos/{room}_{rng.randrange(INTERIORS[room]) + 1}.jpg")
    plan = min(6, max(1, listing.rooms or 1))
    tours = []
    if rng.random() < 0.5:
        tours = ["listings/panoramas/living.jpg", "listings/panoramas/kitchen.jpg"]
        if "sauna" in listing.features:
            tours.append("listings/panoramas/sauna.jpg")
        else:
            tours.append("listings/panoramas/bedroom.jpg")
    return {"photos": photos, "floor_plans": [f"listings/plans/plan_{plan}.png"],
            "panoramas": tours}


def as_import_json(listing: Listing, extra: dict[str, list[str]]) -> dict[str, Any]:
    agent = listing.agent
    return {
        "id": listing.id, "title": listing.title, "description": listing.description,
        "type": listing.type.value, "price_eur": listing.price_eur,
        "living_area_m2": listing.living_area_m2, "rooms": listing.rooms,
        "year_built": listing.year_built, "energy_class": listing.energy_class,
        "lat": listing.lat, "lon": listing.lon, "address": listing.address,
        "district": listing.district, "features": sorted(listing.features),
        "photos": extra["photos"], "municipality": listing.municipality,
        "postal_code": listing.postal_code, "debt_free_price_eur": listing.debt_free_price_eur,
        "plot_area_m2": listing.plot_area_m2, "floor_plans": extra["floor_plans"],
        "panoramas": extra["panoramas"], "language": listing.language,
        "translations": {k: {"title": v.title, "description": v.description}
                         for k, v in sorted(listing.translations.items())},
        "agent": None if agent is None else {"id": agent.id, "name": agent.name,
                                             "phone": agent.phone, "email": agent.email,
                                             "office": agent.office},
        "listed_at": listing.listed_at,
    }


def viewing_slots(listings: list[Listing], rng: random.Random) -> list[dict[str, Any]]:
    """Open houses and private viewings in the coming two weeks (offsets from load day)."""
    slots = []
    for x in listings:
        if rng.random() < 0.35:
            continue
        for day in sorted(rng.sample(range(1, 15), rng.randint(1, 3))):
            # Open houses at midday for several parties; private viewings after work. The
            # loader moves days to its own today, so no slot claims to be on a weekend.
            open_house = rng.random() < 0.4
            start = rng.choice(("12:00", "13:00", "14:30") if open_house else
                               ("16:30", "17:00", "17:30", "18:00"))
            slots.append({"listing": x.id, "day": day, "start": start,
                          "minutes": 45 if open_house else 30,
                          "capacity": 6 if open_house else 1})
    return slots


def main() -> None:
    rng = random.Random(SEED)
    for sub in ("photos", "plans", "panoramas"):
        (OUT / sub).mkdir(parents=True, exist_ok=True)
    for kind, n in EXTERIORS.items():
        for v in range(n):
            facade(kind, v).save(OUT / "photos" / f"{kind}_{v + 1}.jpg", quality=70,
                                 optimize=True)
    for kind, n in INTERIORS.items():
        for v in range(n):
            room_photo(kind, v).save(OUT / "photos" / f"{kind}_{v + 1}.jpg", quality=70,
                                     optimize=True)
    for rooms in PLANS:
        floor_plan(rooms, rooms).save(OUT / "plans" / f"plan_{rooms}.png", optimize=True)
    for name, p in panoramas().items():
        render(p).save(OUT / "panoramas" / f"{name}.jpg", quality=70, optimize=True)
    listings = synthetic.generate(COUNT, seed=SEED)
    items = [as_import_json(x, media(x, rng)) for x in listings]
    lines = ",\n".join(json.dumps(item, ensure_ascii=False, separators=(",", ":"))
                       for item in items)
    (OUT / "listings.json").write_text(f"[\n{lines}\n]\n", encoding="utf-8")
    slots = viewing_slots(listings, rng)
    head = json.dumps({"reference_day": REFERENCE_DAY, "timezone": "Europe/Helsinki"})[:-1]
    body = ",\n".join(json.dumps(s, separators=(",", ":")) for s in slots)
    (OUT / "viewings.json").write_text(f'{head}, "slots": [\n{body}\n]}}\n', encoding="utf-8")
    size = sum(f.stat().st_size for f in OUT.rglob("*") if f.is_file())
    print(f"{len(items)} listings, {len(slots)} viewing slots, "
          f"{sum(1 for _ in OUT.rglob('*.jpg')) + sum(1 for _ in OUT.rglob('*.png'))} images, "
          f"{size / 1e6:.1f} MB in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
