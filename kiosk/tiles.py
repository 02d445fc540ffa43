"""Map tiles for the smart table: where they come from, and MBTiles unpacked for offline use.

The table's map (Qt Location's ``osm`` plugin) reads offline tiles from a folder of files
named ``osm_100-l-1-{z}-{x}-{y}.{png|jpg}`` and has no MBTiles reader. Map makers ship
MBTiles (one SQLite file; rows counted from the bottom, TMS), so
``kiosk tiles import FILE.mbtiles [--into DIR]`` unpacks one into such a folder and writes
``tiles.json`` beside the tiles (zoom range, bounds, centre) for the map to keep to.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Final, Literal

MANIFEST: Final = "tiles.json"
FILE_NAME: Final = "osm_100-l-1-{z}-{x}-{y}.{ext}"
_MAGIC: Final = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpg"))
DEFAULT_FOLDER: Final = "~/.local/share/lobby/tiles"


class TilesError(ValueError):
    """The MBTiles file cannot be used; the message says why."""


@dataclass(frozen=True)
class TileManifest:
    """What a tile folder holds (``tiles.json``)."""

    name: str
    format: str
    min_zoom: int
    max_zoom: int
    tiles: int
    bounds: tuple[float, float, float, float] | None     # west, south, east, north
    center: tuple[float, float, float] | None            # lon, lat, zoom
    attribution: str = ""

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TileSource:
    """``[table] tiles``: none (the districts-only map), an offline folder, or a server.

    A server URL is a template with ``{z}``, ``{x}`` and ``{y}``; :attr:`osm_host` is the
    same with Qt's ``%z``/``%x``/``%y`` for the ``osm.mapping.custom.host`` parameter.
    """

    kind: Literal["none", "folder", "url"]
    folder: Path | None = None
    url: str = ""

    @classmethod
    def parse(cls, text: str) -> TileSource:
        text = text.strip()
        if not text:
            return cls("none")
        if text.startswith(("http://", "https://")):
            if not all(part in text for part in ("{z}", "{x}", "{y}")):
                raise ValueError(f"tiles {text!r}: a tile server URL needs {{z}}, {{x}} and "
                                 "{y}, e.g. https://tiles.example.fi/osm/{z}/{x}/{y}.png")
            return cls("url", url=text)
        if "://" in text:
            raise ValueError(f"tiles {text!r}: expected an http(s) URL with {{z}}/{{x}}/{{y}},"
                             " a folder of offline tiles, or empty")
        return cls("folder", folder=Path(text).expanduser())

    @property
    def osm_host(self) -> str:
        host = self.url.replace("{z}", "%z").replace("{x}", "%x").replace("{y}", "%y")
        # The plugin appends "%z/%x/%y.png" to a host that does not end in .png; a fragment
        # is never sent to the server, so it satisfies the check harmlessly.
        return host if host.endswith(".png") else host + "#.png"

    def manifest(self) -> TileManifest | None:
        """The folder's ``tiles.json``, if it has a readable one."""
        if self.folder is None:
            return None
        return read_manifest(self.folder)


def read_manifest(folder: Path) -> TileManifest | None:
    try:
        raw = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return TileManifest(
            name=str(raw["name"]), format=str(raw["format"]), min_zoom=int(raw["min_zoom"]),
            max_zoom=int(raw["max_zoom"]), tiles=int(raw["tiles"]),
            bounds=_four(raw.get("bounds")), center=_three(raw.get("center")),
            attribution=str(raw.get("attribution", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _kind(data: bytes, declared: str) -> str:
    for magic, ext in _MAGIC:
        if data.startswith(magic):
            return ext
    if declared in ("png", "jpg", "jpeg"):
        return "jpg" if declared == "jpeg" else declared
    raise TilesError("tiles are neither PNG nor JPEG (vector tiles, pbf, are not supported)")


def _numbers(value: object, count: int) -> list[float] | None:
    """``count`` numbers from MBTiles text ("24.8,60.1,25.1,60.3") or a JSON list."""
    parts = value.split(",") if isinstance(value, str) else value
    if not isinstance(parts, list | tuple) or len(parts) != count:
        return None
    try:
        return [float(v) for v in parts]
    except (TypeError, ValueError):
        return None


def _four(value: object) -> tuple[float, float, float, float] | None:
    n = _numbers(value, 4)
    return None if n is None else (n[0], n[1], n[2], n[3])


def _three(value: object) -> tuple[float, float, float] | None:
    n = _numbers(value, 3)
    return None if n is None else (n[0], n[1], n[2])


def import_mbtiles(file: str | Path, folder: str | Path) -> TileManifest:
    """Unpack the raster tiles of an MBTiles file into ``folder`` under the ``osm``
    plugin's offline names (rows flipped from TMS to XYZ); returns what was written.

    Existing tiles of the same name are replaced, others kept, so several imports (a
    region, then its city at closer zoom) add up. Raises TilesError.
    """
    file, folder = Path(file), Path(folder).expanduser()
    if not file.is_file():
        raise TilesError(f"{file}: no such file")
    try:
        conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        meta = dict(conn.execute("SELECT name, value FROM metadata").fetchall())
        rows = conn.execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles")
    except sqlite3.DatabaseError as exc:
        raise TilesError(f"{file}: not an MBTiles file ({exc})") from None
    folder.mkdir(parents=True, exist_ok=True)
    declared = str(meta.get("format", "png")).lower()
    if declared == "pbf":
        conn.close()
        raise TilesError(f"{file}: holds vector tiles (pbf); the table needs raster tiles")
    count, zooms, formats = 0, set(), set()
    try:
        for z, x, tms_y, data in rows:
            z, x, tms_y = int(z), int(x), int(tms_y)
            if not (0 <= z <= 30 and 0 <= x < 2**z and 0 <= tms_y < 2**z) or not data:
                raise TilesError(f"{file}: tile z={z} x={x} row={tms_y} is out of range")
            ext = _kind(bytes(data), declared)
            y = 2**z - 1 - tms_y                       # TMS counts rows from the south
            (folder / FILE_NAME.format(z=z, x=x, y=y, ext=ext)).write_bytes(bytes(data))
            count += 1
            zooms.add(z)
            formats.add(ext)
    except sqlite3.DatabaseError as exc:
        raise TilesError(f"{file}: unreadable tiles table ({exc})") from None
    finally:
        conn.close()
    if not count:
        raise TilesError(f"{file}: holds no tiles")
    manifest = TileManifest(
        name=str(meta.get("name", file.stem)), format="/".join(sorted(formats)),
        min_zoom=min(zooms), max_zoom=max(zooms), tiles=count,
        bounds=_four(meta.get("bounds")), center=_three(meta.get("center")),
        attribution=str(meta.get("attribution", "")))
    (folder / MANIFEST).write_text(json.dumps(manifest.as_json(), indent=2), encoding="utf-8")
    return manifest


def add_commands(subparsers: Any) -> None:
    """Add ``tiles`` to the ``kiosk`` command's subparsers."""
    tiles = subparsers.add_parser("tiles", help="map tiles for the smart table")
    actions = tiles.add_subparsers(dest="tiles_command", required=True, metavar="ACTION")
    imp = actions.add_parser("import", help="unpack an MBTiles file for offline use")
    imp.add_argument("file", metavar="FILE.mbtiles")
    imp.add_argument("--into", metavar="DIR", default="",
                     help=f"tile folder (default: [table] tiles, else {DEFAULT_FOLDER})")


def handle(args: argparse.Namespace, configured_folder: str = "") -> int:
    """Run ``kiosk tiles import``; prints where the tiles went and what to configure."""
    source = TileSource.parse(configured_folder) if configured_folder else TileSource("none")
    folder = Path(args.into or (source.folder if source.folder else DEFAULT_FOLDER))
    try:
        manifest = import_mbtiles(args.file, folder)
    except TilesError as exc:
        print(f"kiosk tiles import: error: {exc}", file=sys.stderr)
        return 2
    print(f"{manifest.tiles} tiles ({manifest.format}, zoom {manifest.min_zoom}-"
          f"{manifest.max_zoom}) written to {folder.expanduser()}")
    if source.folder is None or source.folder != folder.expanduser():
        print(f'Use them on the table with [table] tiles = "{folder.expanduser()}"')
    return 0
