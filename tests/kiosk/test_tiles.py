"""MBTiles unpacked into the osm plugin's offline names, rows flipped; tile sources."""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

import pytest

from kiosk.tiles import (
    MANIFEST,
    TilesError,
    TileSource,
    add_commands,
    handle,
    import_mbtiles,
    read_manifest,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"png-body"
JPG = b"\xff\xd8\xff\xe0" + b"jpg-body"


def mbtiles(path: Path, tiles: list[tuple[int, int, int, bytes]],
            meta: dict[str, str] | None = None) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER,"
                 " tile_row INTEGER, tile_data BLOB)")
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", list((meta or {}).items()))
    conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", tiles)
    conn.commit()
    conn.close()
    return path


def test_import_flips_rows_and_names_files_for_the_osm_plugin(tmp_path: Path) -> None:
    file = mbtiles(tmp_path / "helsinki.mbtiles",
                   [(0, 0, 0, PNG), (1, 1, 0, PNG), (1, 0, 1, JPG), (11, 1165, 1455, PNG)],
                   {"name": "Helsinki", "format": "png", "bounds": "24.5,60.0,25.3,60.4",
                    "center": "24.93,60.17,11", "attribution": "© OpenStreetMap"})
    out = tmp_path / "tiles"
    manifest = import_mbtiles(file, out)
    names = sorted(p.name for p in out.iterdir())
    assert names == ["osm_100-l-1-0-0-0.png", "osm_100-l-1-1-0-0.jpg", "osm_100-l-1-1-1-1.png",
                     "osm_100-l-1-11-1165-592.png", MANIFEST]
    assert (out / "osm_100-l-1-1-0-0.jpg").read_bytes() == JPG     # TMS row 1 -> y 0
    assert (manifest.min_zoom, manifest.max_zoom, manifest.tiles) == (0, 11, 4)
    assert manifest.bounds == (24.5, 60.0, 25.3, 60.4) and manifest.center == (24.93, 60.17, 11)
    assert read_manifest(out) == manifest
    assert json.loads((out / MANIFEST).read_text())["format"] == "jpg/png"


def test_a_second_import_adds_tiles(tmp_path: Path) -> None:
    out = tmp_path / "tiles"
    import_mbtiles(mbtiles(tmp_path / "a.mbtiles", [(1, 0, 0, PNG)]), out)
    import_mbtiles(mbtiles(tmp_path / "b.mbtiles", [(2, 0, 0, PNG)]), out)
    assert len(list(out.glob("osm_*"))) == 2


@pytest.mark.parametrize(("tiles", "meta", "message"), [
    ([], {}, "no tiles"),
    ([(1, 5, 0, PNG)], {}, "out of range"),
    ([(1, 0, 0, b"\x1a\x45")], {"format": "pbf"}, "vector tiles"),
    ([(1, 0, 0, b"GIF89a")], {"format": "webp"}, "neither PNG nor JPEG"),
])
def test_unusable_files_are_refused(tmp_path: Path, tiles, meta, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TilesError, match=message):
        import_mbtiles(mbtiles(tmp_path / "x.mbtiles", tiles, meta), tmp_path / "out")


def test_not_an_mbtiles_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.mbtiles"
    bad.write_bytes(b"hello, not sqlite" * 100)
    with pytest.raises(TilesError, match="not an MBTiles"):
        import_mbtiles(bad, tmp_path / "out")
    with pytest.raises(TilesError, match="no such file"):
        import_mbtiles(tmp_path / "missing.mbtiles", tmp_path / "out")


def test_tile_sources() -> None:
    assert TileSource.parse("").kind == "none"
    url = TileSource.parse("https://tiles.example.fi/osm/{z}/{x}/{y}.png")
    assert url.kind == "url" and url.osm_host == "https://tiles.example.fi/osm/%z/%x/%y.png"
    assert TileSource.parse("https://t.example/{z}/{x}/{y}?key=1").osm_host.endswith("#.png")
    folder = TileSource.parse("~/tiles")
    assert folder.kind == "folder" and folder.folder == Path("~/tiles").expanduser()
    with pytest.raises(ValueError, match="needs"):
        TileSource.parse("https://tiles.example.fi/osm/")
    with pytest.raises(ValueError, match="expected"):
        TileSource.parse("ftp://x/{z}/{x}/{y}")


def test_cli_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    add_commands(parser.add_subparsers(dest="command"))
    file = mbtiles(tmp_path / "a.mbtiles", [(3, 1, 2, PNG)])
    args = parser.parse_args(["tiles", "import", str(file), "--into", str(tmp_path / "t")])
    assert handle(args) == 0
    assert "1 tiles (png, zoom 3-3)" in capsys.readouterr().out
    args = parser.parse_args(["tiles", "import", str(tmp_path / "none.mbtiles")])
    assert handle(args) == 2
    assert "no such file" in capsys.readouterr().err
