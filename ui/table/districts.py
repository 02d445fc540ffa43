"""Districts drawn from the listings themselves, for a map without tiles.

Without a tile server or offline tiles the table's map is a neutral ground; the customer
still needs to know where Kallio is. Each district is outlined by the convex hull of its
homes (the farthest tenth left out, so one odd address does not stretch it) and labelled
at their middle. Qt-free: runs on the reader thread.
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from typing import Final

Point = tuple[float, float]          # (lat, lon)
KEEP: Final = 0.9                    # the share of a district's homes its outline encloses


@dataclass(frozen=True)
class DistrictShape:
    name: str
    municipality: str
    lat: float                       # where the label goes: the middle of the homes
    lon: float
    count: int
    outline: tuple[Point, ...]       # convex hull, anticlockwise; () with under 3 homes


def _cross(o: Point, a: Point, b: Point) -> float:
    return (a[1] - o[1]) * (b[0] - o[0]) - (a[0] - o[0]) * (b[1] - o[1])


def convex_hull(points: list[Point]) -> tuple[Point, ...]:
    """Andrew's monotone chain, on (lat, lon) with longitude as x."""
    pts = sorted(set(points), key=lambda p: (p[1], p[0]))
    if len(pts) < 3:
        return ()
    lower: list[Point] = []
    for p in pts:
        while len(lower) >= 2 and _cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Point] = []
    for p in reversed(pts):
        while len(upper) >= 2 and _cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    hull = lower[:-1] + upper[:-1]
    return tuple(hull) if len(hull) >= 3 else ()


def shape_of(name: str, municipality: str, points: list[Point]) -> DistrictShape:
    lat = sum(p[0] for p in points) / len(points)
    lon = sum(p[1] for p in points) / len(points)
    scale = math.cos(math.radians(lat))         # a degree of longitude is shorter up north
    by_distance = sorted(points, key=lambda p: (p[0] - lat) ** 2 + ((p[1] - lon) * scale) ** 2)
    core = by_distance[:max(3, math.ceil(len(points) * KEEP))]
    return DistrictShape(name, municipality, lat, lon, len(points), convex_hull(core))


def district_shapes(conn: sqlite3.Connection) -> list[DistrictShape]:
    """Every district with homes for sale, largest first."""
    groups: dict[tuple[str, str], list[Point]] = defaultdict(list)
    for district, municipality, lat, lon in conn.execute(
            "SELECT district, municipality, lat, lon FROM listings WHERE district != ''"):
        groups[(district, municipality)].append((float(lat), float(lon)))
    shapes = [shape_of(d, m, pts) for (d, m), pts in groups.items()]
    return sorted(shapes, key=lambda s: (-s.count, s.name))
