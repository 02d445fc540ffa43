"""The headless tour writes one screenshot per screen, in the order a guest meets them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ui.tour import SHOTS, tour


@pytest.mark.slow
def test_tour_writes_one_png_per_screen(qapp, tmp_path: Path) -> None:
    files = tour(tmp_path / "shots", "fi", store_path=tmp_path / "tour.db")
    names = [f.name for f in files]
    assert names == [f"{i:02d}-{name}.png" for i, name in enumerate(SHOTS, start=1)]
    for file in files:
        image = QImage(str(file))
        assert (image.width(), image.height()) == (1920, 1080), file.name
        # A real picture, not a blank frame: many colours across the screen.
        colours = {image.pixel(x, y) for x in range(0, 1920, 37) for y in range(0, 1080, 29)}
        assert len(colours) > 8, file.name
