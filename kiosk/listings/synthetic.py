"""Invented but plausible homes for sale in the Helsinki region, from a seed.

Used by the demo (scripts/make_listings.py writes 2,000 of them with pictures), by
bench/search.py (100,000) and by tests. The same seed always gives the same listings.
Districts, centres and prices per m² come from :mod:`kiosk.listings.districts`; texts are
composed from sentences in Finnish (the source's language), Swedish and English, without
Finnish case endings ("Sijainti: Töölö") so no word is ever declined wrongly.
"""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime, timedelta
from typing import Final

from kiosk.listings.districts import DISTRICTS, MUNICIPALITIES_SV, District
from kiosk.listings.model import Agent, Listing, ListingText, PropertyType

T = PropertyType

# Share of each type by how central the district is (price level stands for centrality).
_TYPE_MIX: Final[dict[str, list[tuple[PropertyType, float]]]] = {
    "central": [(T.APARTMENT, 0.96), (T.TERRACED, 0.03), (T.SEMI_DETACHED, 0.01)],
    "inner": [(T.APARTMENT, 0.72), (T.TERRACED, 0.14), (T.SEMI_DETACHED, 0.06),
              (T.DETACHED, 0.07), (T.PLOT, 0.01)],
    "suburb": [(T.APARTMENT, 0.48), (T.TERRACED, 0.22), (T.SEMI_DETACHED, 0.10),
               (T.DETACHED, 0.15), (T.PLOT, 0.03), (T.HOLIDAY_HOME, 0.02)],
}
# (rooms low, rooms high, m² per room low, high, price factor against apartments per m²)
_SHAPE: Final[dict[PropertyType, tuple[int, int, float, float, float]]] = {
    T.APARTMENT: (1, 5, 17.0, 27.0, 1.00),
    T.TERRACED: (2, 5, 20.0, 28.0, 0.82),
    T.SEMI_DETACHED: (3, 6, 22.0, 30.0, 0.80),
    T.DETACHED: (3, 8, 24.0, 34.0, 0.78),
    T.HOLIDAY_HOME: (1, 4, 14.0, 24.0, 0.55),
}
_STREETS: Final = ("Koivu", "Vaahtera", "Kuusi", "Mänty", "Pihlaja", "Tammi", "Leppä", "Haapa",
                   "Saari", "Ranta", "Niitty", "Kallio", "Mäki", "Lahti", "Metsä", "Kivi",
                   "Lehto", "Puisto", "Satama", "Linna", "Tähti", "Kukka", "Laakso", "Harju")
_CENTRAL_SUFFIX: Final = ("katu", "katu", "tie", "puistikko")
_SUBURB_SUFFIX: Final = ("tie", "kuja", "polku", "rinne", "kaari", "piha")
# Invented agents and offices; e-mail addresses use the reserved example.com domain.
_AGENTS: Final = (
    ("A01", "Aino Virtanen", "Koti LKV Kamppi"), ("A02", "Mikko Laine", "Koti LKV Töölö"),
    ("A03", "Sofia Lindqvist", "Hem LKV Tapiola"), ("A04", "Juha Nieminen", "Asunto LKV Tikkurila"),
    ("A05", "Emma Korhonen", "Koti LKV Kallio"), ("A06", "Oskar Berg", "Hem LKV Lauttasaari"),
    ("A07", "Laura Mäkinen", "Asunto LKV Leppävaara"), ("A08", "Elias Heikkinen", "Koti LKV Espoo"),
    ("A09", "Ella Koskinen", "Asunto LKV Itäkeskus"), ("A10", "Anton Sjöberg", "Hem LKV Helsinki"),
)
_ROOM_WORD: Final = {
    "fi": {1: "Yksiö", 2: "Kaksio", 3: "Kolmio"},
    "sv": {1: "Etta", 2: "Tvåa", 3: "Trea", 4: "Fyra", 5: "Femma"},
    "en": {1: "Studio", 2: "Two-room home", 3: "Three-room home"},
}
_TYPE_WORD: Final[dict[str, dict[PropertyType, str]]] = {
    "fi": {T.APARTMENT: "kerrostaloasunto", T.TERRACED: "rivitaloasunto",
           T.SEMI_DETACHED: "paritalo", T.DETACHED: "omakotitalo", T.PLOT: "omakotitalotontti",
           T.HOLIDAY_HOME: "mökki"},
    "sv": {T.APARTMENT: "höghuslägenhet", T.TERRACED: "radhuslägenhet", T.SEMI_DETACHED: "parhus",
           T.DETACHED: "egnahemshus", T.PLOT: "egnahemstomt", T.HOLIDAY_HOME: "stuga"},
    "en": {T.APARTMENT: "apartment", T.TERRACED: "terraced house",
           T.SEMI_DETACHED: "semi-detached house", T.DETACHED: "detached house",
           T.PLOT: "building plot", T.HOLIDAY_HOME: "holiday cottage"},
}
_OPENING: Final = {
    "fi": ("Valoisa", "Tilava", "Kodikas", "Hyväkuntoinen", "Tyylikäs", "Rauhallinen"),
    "sv": ("Ljus", "Rymlig", "Trivsam", "Välskött", "Stilren", "Lugn"),
    "en": ("Bright", "Spacious", "Cosy", "Well-kept", "Stylish", "Quiet"),
}
_FEATURE_TEXT: Final[dict[str, tuple[str, str, str]]] = {
    "sauna": ("Oma sauna.", "Egen bastu.", "Private sauna."),
    "balcony": ("Parveke iltapäivän aurinkoon.", "Balkong mot eftermiddagssolen.",
                "Balcony facing the afternoon sun."),
    "glazed_balcony": ("Parveke on lasitettu.", "Balkongen är inglasad.",
                       "The balcony is glazed."),
    "elevator": ("Talossa on hissi.", "Huset har hiss.", "The building has a lift."),
    "garden": ("Oma piha ja puutarha.", "Egen gård och trädgård.", "Own yard and garden."),
    "garage": ("Autotalli.", "Garage.", "Garage."),
    "fireplace": ("Takka olohuoneessa.", "Öppen spis i vardagsrummet.",
                  "Fireplace in the living room."),
    "shore": ("Oma ranta.", "Egen strand.", "Own shoreline."),
    "sea_view": ("Merinäköala.", "Havsutsikt.", "Sea view."),
    "terrace": ("Terassi.", "Terrass.", "Terrace."),
    "parking": ("Autopaikka.", "Bilplats.", "Parking space."),
    "storage": ("Irtaimistovarasto.", "Förråd.", "Storage room."),
    "renovated": ("Remontoitu äskettäin.", "Nyligen renoverad.", "Recently renovated."),
    "accessible": ("Esteetön kulku.", "Tillgänglig utan trappor.", "Step-free access."),
    "pets_allowed": ("Lemmikit sallittu.", "Husdjur tillåtna.", "Pets allowed."),
    "pool": ("Uima-allas.", "Simbassäng.", "Swimming pool."),
}
_CLOSING: Final = (
    ("Hyvät kulkuyhteydet, kaupat ja koulut lähellä.",
     "Goda förbindelser, butiker och skolor i närheten.",
     "Good transport links, shops and schools nearby."),
    ("Rauhallinen pihapiiri ja viheralueet vieressä.",
     "Lugn gård och grönområden alldeles intill.",
     "A quiet courtyard with parks next door."),
    ("Metro tai juna muutaman minuutin kävelymatkan päässä.",
     "Metro eller tåg några minuters promenad bort.",
     "Metro or train a few minutes' walk away."),
    ("Taloyhtiössä tehty putkiremontti.", "Rörrenoveringen är gjord i bolaget.",
     "The building's plumbing has been renewed."),
)
NOW: Final = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _tier(d: District) -> str:
    return "central" if d.eur_per_m2 >= 6800 else "inner" if d.eur_per_m2 >= 4800 else "suburb"


def _pick(rng: random.Random, weighted: list[tuple[PropertyType, float]]) -> PropertyType:
    return rng.choices([t for t, _ in weighted], [w for _, w in weighted])[0]


def _features(rng: random.Random, kind: PropertyType, d: District, year: int | None) -> set[str]:
    chance: dict[str, float] = {
        "sauna": 0.35 if kind is T.APARTMENT else 0.9, "storage": 0.7, "renovated": 0.25,
        "pets_allowed": 0.5, "parking": 0.4 if kind is T.APARTMENT else 0.8,
        "sea_view": 0.12 if d.name in ("Lauttasaari", "Eira", "Kulosaari", "Vuosaari",
                                       "Jätkäsaari", "Westend", "Espoonlahti") else 0.01,
    }
    if kind is T.APARTMENT:
        chance |= {"balcony": 0.7, "elevator": 0.85 if (year or 1900) >= 1960 else 0.5}
    else:
        chance |= {"garden": 0.8, "terrace": 0.6, "fireplace": 0.45 if kind is not T.TERRACED
                   else 0.15, "garage": 0.5 if kind is T.DETACHED else 0.1}
    if kind is T.HOLIDAY_HOME:
        chance |= {"shore": 0.6, "sauna": 0.95}
    elif chance["sea_view"] > 0.1:
        chance["shore"] = 0.03
    found = {name for name, p in chance.items() if rng.random() < p}
    if "balcony" in found and rng.random() < 0.6:
        found.add("glazed_balcony")
    if "elevator" in found and (year or 0) >= 1995 and rng.random() < 0.7:
        found.add("accessible")
    if kind is T.DETACHED and rng.random() < 0.03:
        found.add("pool")
    if kind is T.PLOT:
        found = {f for f in found if f in ("sea_view", "shore")}
    return found


def _texts(rng: random.Random, kind: PropertyType, rooms: int | None, area: float | None,
           d: District, street: str, features: set[str]) -> dict[str, ListingText]:
    out: dict[str, ListingText] = {}
    opening = rng.randrange(len(_OPENING["fi"]))
    closing = rng.randrange(len(_CLOSING))
    shown = sorted(features)
    rng.shuffle(shown)
    for i, lang in enumerate(("fi", "sv", "en")):
        area_text = "" if area is None else f"{area:g} m²"
        if lang != "en":
            area_text = area_text.replace(".", ",")  # 54,5 m² in Finnish and Swedish
        if kind is T.APARTMENT and rooms is not None:
            words = _ROOM_WORD[lang]
            label = words.get(rooms) or (f"{rooms} h" if lang == "fi" else f"{rooms} rum"
                                         if lang == "sv" else f"{rooms}-room home")
        else:
            label = _TYPE_WORD[lang][kind].capitalize()
        place = d.name if lang != "sv" else d.name_sv
        town = d.municipality if lang != "sv" else MUNICIPALITIES_SV[d.municipality]
        title = ", ".join(x for x in (label, area_text, place) if x)
        first = f"{_OPENING[lang][opening]} {_TYPE_WORD[lang][kind]}"
        where = {"fi": "Sijainti", "sv": "Läge", "en": "Location"}[lang]
        parts = [f"{first}.", f"{where}: {street}, {place}, {town}."]
        parts += [_FEATURE_TEXT[f][i] for f in shown[:5]]
        parts.append(_CLOSING[closing][i])
        out[lang] = ListingText(title, " ".join(parts))
    return out


def generate(count: int, seed: int = 20261125, now: datetime = NOW) -> list[Listing]:
    """``count`` listings with ids ``L000001``...; the same seed, the same listings."""
    rng = random.Random(seed)
    weights = [d.spread_km * (2.0 if d.municipality == "Helsinki" else 1.0) for d in DISTRICTS]
    agents = [Agent(code, name, f"+358 40 {100 + i:03d} {1000 + 37 * i:04d}",
                    f"{name.split()[0].lower()}@example.com", office)
              for i, (code, name, office) in enumerate(_AGENTS)]
    listings = []
    for n in range(1, count + 1):
        d = rng.choices(DISTRICTS, weights)[0]
        tier = _tier(d)
        kind = _pick(rng, _TYPE_MIX[tier])
        # Gaussian spread around the centre; 1 km is 1/111 of a degree of latitude.
        lat = d.lat + rng.gauss(0, d.spread_km / 2) / 111.0
        lon = d.lon + rng.gauss(0, d.spread_km / 2) / (111.0 * math.cos(math.radians(d.lat)))
        rooms: int | None = None
        area: float | None = None
        plot: float | None = None
        if kind is T.PLOT:
            plot = float(rng.randrange(500, 2500, 10))
            price = d.eur_per_m2 * 0.09 * plot
        else:
            low, high, per_low, per_high, factor = _SHAPE[kind]
            rooms = min(high, max(low, round(rng.triangular(low, high, low + 1))))
            area = round(rooms * rng.uniform(per_low, per_high) + rng.uniform(0, 12), 1)
            price = d.eur_per_m2 * factor * area * rng.uniform(0.82, 1.18)
            if kind is not T.APARTMENT:
                plot = float(rng.randrange(300, 1800, 10))
        year = None if kind is T.PLOT else rng.randint(
            *((1890, 1965) if tier == "central" else (1950, 2026)))
        features = _features(rng, kind, d, year)
        debt_free = round(price, -3)
        asking = debt_free
        if kind in (T.APARTMENT, T.TERRACED) and rng.random() < 0.3:
            asking = round(debt_free * rng.uniform(0.6, 0.95), -3)  # the rest is loan share
        suffixes = _CENTRAL_SUFFIX if tier == "central" else _SUBURB_SUFFIX
        street = f"{rng.choice(_STREETS)}{rng.choice(suffixes)}"
        number = rng.randint(1, 60)
        address = (f"{street} {number} {rng.choice('ABCD')} {rng.randint(1, 40)}"
                   if kind is T.APARTMENT else f"{street} {number}")
        texts = _texts(rng, kind, rooms, area, d, f"{street} {number}", features)
        energy = None if kind is T.PLOT else (
            rng.choice("ABC") if (year or 0) >= 2010 else rng.choice("CDDEEFG"))
        listed = now - timedelta(days=rng.uniform(0, 120))
        listings.append(Listing(
            id=f"L{n:06d}", title=texts["fi"].title, description=texts["fi"].description,
            type=kind, price_eur=int(asking), debt_free_price_eur=int(debt_free),
            lat=round(lat, 6), lon=round(lon, 6), address=address, district=d.name,
            municipality=d.municipality, postal_code=d.postal_code, living_area_m2=area,
            plot_area_m2=plot, rooms=rooms, year_built=year, energy_class=energy,
            features=frozenset(features), language="fi",
            translations={k: v for k, v in texts.items() if k != "fi"},
            agent=rng.choice(agents), listed_at=listed.strftime("%Y-%m-%dT%H:%M:%SZ"),
        ))
    return listings
