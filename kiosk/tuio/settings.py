"""The ``[table]`` section of the config: the smart table's markers, map and languages.

```toml
[table]
tuio = "udp:127.0.0.1:3333"          # the tracker's TUIO stream; "sim:" or "" for none
tiles = "/var/lib/lobby/tiles"       # a folder from `kiosk tiles import`, or
# tiles = "https://tiles.example.fi/osm/{z}/{x}/{y}.png"
shortlist_url = "https://koti.example.fi/lista/{id}"

[[table.markers]]
fiducial = 1
filter = "max_price"
values = [200000, 300000, 400000, 500000]
```
"""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from kiosk.tiles import TileSource
from kiosk.tuio.markers import FilterKind, MarkerSpec
from kiosk.tuio.protocol import DEFAULT_PORT

_PRICES: Final = (*range(100_000, 1_000_000, 25_000), *range(1_000_000, 2_000_001, 100_000))

DEFAULT_MARKERS: Final[tuple[MarkerSpec, ...]] = (
    MarkerSpec(fiducial=1, filter=FilterKind.MAX_PRICE, values=tuple(map(float, _PRICES)),
               start=_PRICES.index(400_000), degrees_per_step=20),
    MarkerSpec(fiducial=2, filter=FilterKind.MIN_ROOMS, values=(1, 2, 3, 4, 5, 6), start=1,
                degrees_per_step=30),
    MarkerSpec(fiducial=3, filter=FilterKind.FEATURE, feature="sauna"),
    MarkerSpec(fiducial=4, filter=FilterKind.MIN_AREA, values=tuple(
        float(a) for a in range(20, 201, 10)), start=3, degrees_per_step=20),
    MarkerSpec(fiducial=5, filter=FilterKind.TYPE, start=0, degrees_per_step=30),
    MarkerSpec(fiducial=6, filter=FilterKind.FEATURE, feature="balcony"),
    MarkerSpec(fiducial=7, filter=FilterKind.FEATURE, feature="elevator"),
    MarkerSpec(fiducial=8, filter=FilterKind.FEATURE, feature="garden"),
)


class TableSection(BaseModel):
    """Settings of the smart table (``[table]``).

    ``tuio``: ``udp:HOST:PORT`` where the tracker sends (default ``udp:127.0.0.1:3333``:
    the tracker runs on the table's own computer; ``0.0.0.0`` to take it from the network),
    ``sim:`` for the built-in simulator on loopback, or empty for no markers.
    ``tiles``: empty for the districts-only map, an offline tile folder, or a tile
    server URL ending in ``{z}/{x}/{y}.png``. ``scale``: device pixels per layout pixel
    (the layout is 1920×1080; a 3840×2160 table draws it at 2). ``idle_*``: seconds
    without a touch or a token before the warning, and before the table starts over.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    tuio: str = f"udp:127.0.0.1:{DEFAULT_PORT}"
    tiles: str = ""
    # The map's middle at start; the list covers the right, so this lies east of the
    # region's middle (Helsinki, Espoo, Vantaa, Kauniainen here).
    center: tuple[float, float] = (60.22, 25.01)
    zoom: float = Field(default=11.5, ge=2, le=20)
    scale: float = Field(default=2.0, ge=0.5, le=4)
    languages: tuple[Literal["fi", "sv", "en"], ...] = ("fi", "sv", "en")
    default_language: Literal["fi", "sv", "en"] = "fi"
    shortlist_url: str = "https://koti.example.fi/lista/{id}"
    idle_warning_s: int = Field(default=150, ge=10)
    idle_reset_s: int = Field(default=180, ge=20)
    markers: tuple[MarkerSpec, ...] = DEFAULT_MARKERS

    @field_validator("tuio")
    @classmethod
    def _tuio_url(cls, value: str) -> str:
        if value in ("", "sim:") or value.startswith("udp:"):
            return value
        raise ValueError(f"tuio {value!r}: expected 'udp:HOST:PORT', 'sim:' or ''")

    @field_validator("tiles")
    @classmethod
    def _tiles(cls, value: str) -> str:
        TileSource.parse(value)            # raises ValueError with the grammar
        return value

    @field_validator("shortlist_url")
    @classmethod
    def _shortlist(cls, value: str) -> str:
        if "{id}" not in value:
            raise ValueError("shortlist_url must contain {id} (the shortlist's id)")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> TableSection:
        ids = [m.fiducial for m in self.markers]
        if len(ids) != len(set(ids)):
            raise ValueError("markers: each fiducial id may appear once")
        if self.default_language not in self.languages:
            raise ValueError("default_language must be one of languages")
        if self.idle_reset_s <= self.idle_warning_s:
            raise ValueError("idle_reset_s must be greater than idle_warning_s")
        lat, lon = self.center
        if not (-85 <= lat <= 85 and -180 <= lon <= 180):
            raise ValueError("center is [latitude, longitude] in degrees")
        return self

    @property
    def tile_source(self) -> TileSource:
        return TileSource.parse(self.tiles)
