"""Districts of the Helsinki region: municipality, Swedish name, centre and price level.

The importer takes a listing's municipality from here when the source gives only the
district; search also finds a district by its Swedish name ("Tölö" finds Töölö); the
demo generator (scripts/make_listings.py) places homes around these centres at these
prices. Prices are asking prices per m² of an average apartment, rounded, as of 2025.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from kiosk.text import fold


@dataclass(frozen=True)
class District:
    """A district: names, municipality, centre (WGS84), spread and price level."""

    name: str
    name_sv: str
    municipality: str
    lat: float
    lon: float
    spread_km: float      # homes lie within about this distance of the centre
    eur_per_m2: int       # apartments; other types are priced relative to this
    postal_code: str


DISTRICTS: Final[tuple[District, ...]] = (
    # Helsinki / Helsingfors
    District("Kruununhaka", "Kronohagen", "Helsinki", 60.1720, 24.9560, 0.5, 7900, "00170"),
    District("Kamppi", "Kampen", "Helsinki", 60.1685, 24.9320, 0.5, 8000, "00100"),
    District("Punavuori", "Rödbergen", "Helsinki", 60.1615, 24.9400, 0.5, 8200, "00120"),
    District("Ullanlinna", "Ulrikasborg", "Helsinki", 60.1585, 24.9495, 0.5, 8500, "00140"),
    District("Eira", "Eira", "Helsinki", 60.1565, 24.9390, 0.3, 8900, "00150"),
    District("Töölö", "Tölö", "Helsinki", 60.1820, 24.9210, 0.8, 7200, "00260"),
    District("Kallio", "Berghäll", "Helsinki", 60.1845, 24.9500, 0.6, 6300, "00530"),
    District("Sörnäinen", "Sörnäs", "Helsinki", 60.1870, 24.9640, 0.5, 5900, "00500"),
    District("Vallila", "Vallgård", "Helsinki", 60.1950, 24.9560, 0.5, 5800, "00550"),
    District("Pasila", "Böle", "Helsinki", 60.1990, 24.9320, 0.7, 5600, "00520"),
    District("Kalasatama", "Fiskehamnen", "Helsinki", 60.1875, 24.9790, 0.5, 6600, "00580"),
    District("Jätkäsaari", "Busholmen", "Helsinki", 60.1580, 24.9170, 0.5, 7000, "00220"),
    District("Lauttasaari", "Drumsö", "Helsinki", 60.1590, 24.8760, 1.0, 6500, "00200"),
    District("Munkkiniemi", "Munksnäs", "Helsinki", 60.1985, 24.8780, 0.9, 6300, "00330"),
    District("Meilahti", "Mejlans", "Helsinki", 60.1900, 24.9010, 0.6, 6400, "00250"),
    District("Käpylä", "Kottby", "Helsinki", 60.2145, 24.9470, 0.7, 5400, "00610"),
    District("Arabianranta", "Arabiastranden", "Helsinki", 60.2060, 24.9780, 0.5, 5500,
             "00560"),
    District("Kulosaari", "Brändö", "Helsinki", 60.1870, 25.0080, 0.7, 5500, "00570"),
    District("Herttoniemi", "Hertonäs", "Helsinki", 60.1950, 25.0320, 1.0, 4800, "00800"),
    District("Oulunkylä", "Åggelby", "Helsinki", 60.2290, 24.9660, 1.0, 4600, "00640"),
    District("Pitäjänmäki", "Sockenbacka", "Helsinki", 60.2220, 24.8610, 1.0, 4000, "00370"),
    District("Kannelmäki", "Gamlas", "Helsinki", 60.2405, 24.8790, 0.9, 3400, "00420"),
    District("Malmi", "Malm", "Helsinki", 60.2510, 25.0110, 1.2, 3300, "00700"),
    District("Itäkeskus", "Östra centrum", "Helsinki", 60.2100, 25.0810, 0.9, 3300, "00930"),
    District("Kontula", "Gårdsbacka", "Helsinki", 60.2360, 25.0830, 0.9, 2800, "00940"),
    District("Vuosaari", "Nordsjö", "Helsinki", 60.2090, 25.1440, 1.6, 3800, "00980"),
    # Espoo / Esbo
    District("Tapiola", "Hagalund", "Espoo", 60.1755, 24.8050, 0.9, 5600, "02100"),
    District("Westend", "Westend", "Espoo", 60.1650, 24.8000, 0.8, 6400, "02160"),
    District("Niittykumpu", "Ängskulla", "Espoo", 60.1705, 24.7660, 0.7, 5000, "02200"),
    District("Otaniemi", "Otnäs", "Espoo", 60.1860, 24.8290, 0.6, 5700, "02150"),
    District("Leppävaara", "Alberga", "Espoo", 60.2190, 24.8130, 1.1, 4700, "02600"),
    District("Matinkylä", "Mattby", "Espoo", 60.1600, 24.7390, 1.0, 4700, "02230"),
    District("Olari", "Olars", "Espoo", 60.1760, 24.7340, 0.9, 4300, "02210"),
    District("Espoonlahti", "Esboviken", "Espoo", 60.1480, 24.6600, 1.3, 3900, "02320"),
    District("Espoon keskus", "Esbo centrum", "Espoo", 60.2050, 24.6560, 1.2, 3600, "02770"),
    District("Kauklahti", "Köklax", "Espoo", 60.1920, 24.6000, 1.2, 3300, "02780"),
    # Vantaa / Vanda
    District("Tikkurila", "Dickursby", "Vantaa", 60.2925, 25.0440, 1.1, 3900, "01300"),
    District("Myyrmäki", "Myrbacka", "Vantaa", 60.2615, 24.8540, 1.0, 3300, "01600"),
    District("Martinlaakso", "Mårtensdal", "Vantaa", 60.2785, 24.8450, 0.9, 3300, "01620"),
    District("Kivistö", "Kivistö", "Vantaa", 60.3150, 24.8450, 1.0, 4000, "01700"),
    District("Hakunila", "Håkansböle", "Vantaa", 60.2800, 25.1050, 1.0, 2700, "01200"),
    District("Koivukylä", "Björkby", "Vantaa", 60.3170, 25.0600, 1.0, 2800, "01360"),
    District("Korso", "Korso", "Vantaa", 60.3500, 25.0800, 1.3, 2800, "01450"),
    # Kauniainen / Grankulla
    District("Kauniainen", "Grankulla", "Kauniainen", 60.2110, 24.7280, 1.0, 5200, "02700"),
)

_BY_KEY: Final[dict[str, District]] = {}
for _d in DISTRICTS:
    _BY_KEY.setdefault(fold(_d.name), _d)
    _BY_KEY.setdefault(fold(_d.name_sv), _d)


def find_district(name: str) -> District | None:
    """The district called ``name`` in Finnish or Swedish (any case or accents), if known."""
    return _BY_KEY.get(fold(name))

MUNICIPALITIES_SV: Final[dict[str, str]] = {
    "Helsinki": "Helsingfors", "Espoo": "Esbo", "Vantaa": "Vanda", "Kauniainen": "Grankulla",
}


def place_names(district: str, municipality: str) -> list[str]:
    """Every name a customer may type for this place: Finnish and Swedish district and
    municipality names, as far as they are known."""
    names = [district, municipality]
    known = find_district(district)
    if known is not None:
        names += [known.name, known.name_sv, known.municipality]
    names += [MUNICIPALITIES_SV.get(n, "") for n in list(names)]
    return list(dict.fromkeys(n for n in names if n))
