#!/usr/bin/env python3
"""Write the demo hotel and its bookings: assets/demo/hotel.json, assets/demo/reservations.json.

Deterministic (fixed seed): running it again gives the same files, so a change to the
data shows up as a reviewable diff. Dates are day offsets from the day the demo is loaded
(``arrival_offset``, ``nights``); ``kiosk.demo.load_demo`` turns them into dates.

hotel.json: ``room_types``; ``rooms`` with number, floor, type, housekeeping,
out_of_order, ready_in_minutes (housekeeping's estimate for a room being cleaned) and a
way-finding sentence. Rooms of checked-in bookings are marked occupied by the loader.

reservations.json: ``showcase`` (the named bookings of kiosk.demo and the MRZ) and
``bookings``, one per line. A booking without ``site`` belongs to the demo's own hotel.

All people, addresses, e-mails (RFC 2606 example domains) and document numbers are
invented. Usage: ``.venv/bin/python scripts/make_demo_data.py``
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # runs from a checkout without installing the package

from mrz.generator.td3 import TD3CodeGenerator  # noqa: E402

from kiosk import demo  # noqa: E402
from kiosk.booking_code import ALPHABET, LENGTH, one_edit_apart  # noqa: E402
from kiosk.text import name_key  # noqa: E402

SEED = 20261125
OUT = ROOT / "assets" / "demo"

# ---------------------------------------------------------------- the hotel

ROOM_TYPES: list[dict[str, Any]] = [
    {"code": "single", "name": "Single room", "capacity": 1, "rate_cents": 10900,
     "description": "A quiet room with a 120 cm bed, a work desk and a rain shower."},
    {"code": "double", "name": "Double room", "capacity": 2, "rate_cents": 14900,
     "description": "A 160 cm double bed, a window seat over the city and a rain shower."},
    {"code": "twin", "name": "Twin room", "capacity": 2, "rate_cents": 14900,
     "description": "Two 90 cm beds that can be pushed together, a desk and a shower."},
    {"code": "family", "name": "Family room", "capacity": 4, "rate_cents": 21900,
     "description": "A double bed and a sofa bed for two children; a bath tub and a "
                    "blackout curtain."},
    {"code": "suite", "name": "Aurora Suite", "capacity": 4, "rate_cents": 38900,
     "description": "Top-floor corner suite with a living room, a private sauna and a view "
                    "over the South Harbour."},
]

# Room types in number order; each floor is one corridor with the lifts in the middle:
# the first half of the numbers is to the left of the lifts, the second half to the right.
_MIDDLE = ["single"] * 3 + ["double"] * 5 + ["twin"] * 3 + ["double"] * 5 + ["twin"] * 2 \
    + ["family"] * 4
FLOORS: dict[int, list[str]] = {
    1: ["single"] * 8 + ["double"] * 4 + ["twin"] * 4,
    2: _MIDDLE, 3: _MIDDLE, 4: _MIDDLE, 5: _MIDDLE,
    6: ["double"] * 4 + ["family"] * 2 + ["suite"] * 2
    + ["double"] * 4 + ["family"] * 2 + ["suite"] * 2,
}
OUT_OF_ORDER = {"213", "418"}          # a leaking shower and a broken window
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh"]


def wayfinding(number: str, floor: int, index: int, per_floor: int, type_code: str) -> str:
    """Directions from the lift (lobby on floor 1). Odd positions of a wing are on the
    left-hand side walking away from the lifts, even ones on the right."""
    half = per_floor // 2
    in_wing = index if index <= half else index - half
    wing_size = half if index <= half else per_floor - half
    turn = "left" if index <= half else "right"
    side = "left" if in_wing % 2 else "right"
    door = (in_wing + 1) // 2
    doors_on_side = (wing_size + 1) // 2 if side == "left" else wing_size // 2
    what = "suite" if type_code == "suite" else "room"
    start = ("From the lobby, walk past the lifts and turn" if floor == 1
             else f"Take the lift to floor {floor}, turn")
    if door == doors_on_side:
        where = f"the last door on the {side}, at the end of the corridor"
    else:
        where = f"the {ORDINALS[door - 1]} door on the {side}"
    return f"{start} {turn}; {what} {number} is {where}."


def make_rooms() -> list[dict[str, Any]]:
    rooms = []
    for floor, types in FLOORS.items():
        for index, type_code in enumerate(types, start=1):
            number = f"{floor}{index:02d}"
            rooms.append({
                "number": number, "floor": floor, "type": type_code,
                "housekeeping": "inspected", "out_of_order": number in OUT_OF_ORDER,
                "ready_in_minutes": None,
                "wayfinding": wayfinding(number, floor, index, len(types), type_code),
            })
    return rooms


# ---------------------------------------------------------------- people

@dataclass(frozen=True)
class Country:
    female: list[str]
    male: list[str]
    surnames: list[str]                  # "female form|male form" where the language has both
    cities: list[tuple[str, str]]        # (city, postal code)
    street: str
    address: str = "{s} {n}"
    calling: str = "358"


COUNTRIES: dict[str, Country] = {
    "FIN": Country(["Helmi", "Kaisa", "Noora", "Sanni", "Tuula", "Päivi", "Minna"],
                   ["Eero", "Juhani", "Lauri", "Otto", "Ville", "Pekka", "Jyrki", "Tuomas"],
                   ["Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Lehtonen", "Kärkkäinen",
                    "Heikkilä", "Salo", "Laaksonen", "Pöyhönen"],
                   [("Helsinki", "00100"), ("Espoo", "02100"), ("Tampere", "33100"),
                    ("Oulu", "90100"), ("Turku", "20100"), ("Jyväskylä", "40100")],
                   "Esimerkkikatu"),
    "SWE": Country(["Ingrid", "Linnea", "Elin", "Maja", "Astrid"],
                   ["Björn", "Gustav", "Oskar", "Nils", "Måns"],
                   ["Lindqvist", "Sjöström", "Björklund", "Nyström", "Ekström", "Öberg"],
                   [("Stockholm", "111 22"), ("Göteborg", "411 05"), ("Uppsala", "753 10")],
                   "Exempelgatan", calling="46"),
    "NOR": Country(["Solveig", "Ingeborg", "Kari", "Sigrid"],
                   ["Håkon", "Sindre", "Øystein", "Magnus"],
                   ["Hansen", "Bråten", "Solberg", "Østby", "Haugen"],
                   [("Oslo", "0150"), ("Bergen", "5003"), ("Tromsø", "9008")],
                   "Eksempelveien", calling="47"),
    "DNK": Country(["Mette", "Freja", "Signe"], ["Søren", "Rasmus", "Anders"],
                   ["Sørensen", "Kjærgaard", "Mortensen", "Dahl", "Højbjerg"],
                   [("København", "1050"), ("Aarhus", "8000")], "Eksempelvej", calling="45"),
    "ISL": Country(["Guðrún", "Katrín"], ["Þór", "Jón", "Ragnar"],
                   ["Jónsdóttir|Jónsson", "Guðmundsdóttir|Guðmundsson"],
                   [("Reykjavík", "101")], "Dæmigata", calling="354"),
    "EST": Country(["Liis", "Kärt", "Triin"], ["Mart", "Tõnu", "Jüri"],
                   ["Saar", "Sepp", "Mägi", "Kask", "Põder", "Kõiv"],
                   [("Tallinn", "10111"), ("Tartu", "51003")], "Näidise tänav", calling="372"),
    "HUN": Country(["Zsófia", "Réka", "Ágnes"], ["Bence", "Gábor", "László", "Ödön"],
                   ["Kovács", "Tóth", "Szabó", "Horváth", "Szűcs", "Fehér"],
                   [("Budapest", "1051"), ("Debrecen", "4024")], "Példa utca", calling="36"),
    "DEU": Country(["Lena", "Sophie", "Jutta", "Hannelore"], ["Matthias", "Jürgen", "Björn"],
                   ["Schäfer", "Weiß", "Becker", "Krüger", "Schröder"],
                   [("Berlin", "10115"), ("München", "80331"), ("Köln", "50667")],
                   "Musterstraße", calling="49"),
    "AUT": Country(["Theresa", "Magdalena"], ["Florian", "Lukas"],
                   ["Huber", "Steiner", "Hofbauer", "Pichler"],
                   [("Wien", "1010"), ("Graz", "8010")], "Mustergasse", calling="43"),
    "FRA": Country(["Camille", "Élodie", "Maëlle"], ["Théo", "Loïc", "Benoît"],
                   ["Lefèvre", "Dubois", "Moreau", "Gauthier", "Lemaître"],
                   [("Paris", "75004"), ("Lyon", "69002")], "rue de l'Exemple",
                   address="{n} {s}", calling="33"),
    "ESP": Country(["Lucía", "Pilar", "Ainhoa"], ["Javier", "Íñigo", "Jesús"],
                   ["García Núñez", "Muñoz", "Peña", "Ibáñez", "Castaño Ortega"],
                   [("Madrid", "28013"), ("Sevilla", "41004")], "Calle del Ejemplo",
                   address="{s}, {n}", calling="34"),
    "POL": Country(["Zofia", "Małgorzata"], ["Łukasz", "Wojciech", "Grzegorz"],
                   ["Wiśniewska|Wiśniewski", "Zielińska|Zieliński", "Kowalczyk|Kowalczyk",
                    "Wójcik|Wójcik", "Szczepańska|Szczepański"],
                   [("Kraków", "31-042"), ("Warszawa", "00-001"), ("Łódź", "90-001")],
                   "ul. Przykładowa", calling="48"),
    "GBR": Country(["Harriet", "Imogen", "Siobhan"], ["Oliver", "James", "Rhys"],
                   ["Smith", "Featherstonehaugh", "Pryce-Jones", "Hughes", "MacLeod"],
                   [("London", "SE1 9XX"), ("Manchester", "M4 6XX"), ("Cardiff", "CF10 9XX")],
                   "Example Road", address="{n} {s}", calling="44"),
    "IRL": Country(["Aoife", "Niamh"], ["Cathal", "Darragh"], ["Ó Briain", "McCarthy"],
                   [("Dublin", "D02 XX99"), ("Cork", "T12 XX99")], "Example Lane",
                   address="{n} {s}", calling="353"),
    "USA": Country(["Madison", "Jordan", "Keisha"], ["Tyler", "DeShawn", "Brandon"],
                   ["Johnson", "Rodriguez", "Kowalski", "Washington"],
                   [("Springfield, IL", "62701"), ("Portland, OR", "97201"),
                    ("Austin, TX", "78701")], "Example Avenue", address="{n} {s}", calling="1"),
    "CHN": Country(["静", "丽", "芳"], ["伟", "强", "磊"], ["张", "陈", "刘", "赵"],
                   [("北京", "100000"), ("上海", "200000")], "示例路", address="{s}{n}号",
                   calling="86"),
    "JPN": Country(["結衣", "陽菜", "さくら"], ["健", "翔太", "大輔"],
                   ["佐藤", "鈴木", "高橋", "田中", "渡辺"],
                   [("東京", "100-0001"), ("大阪", "530-0001")], "例町", address="{s}{n}番",
                   calling="81"),
    "KOR": Country(["서연", "지우", "민서"], ["지호", "도윤"], ["이", "박", "최", "정"],
                   [("서울", "04524"), ("부산", "48058")], "예시로", calling="82"),
    "GRC": Country(["Ελένη", "Μαρία", "Νίκη"], ["Δημήτρης", "Νίκος"],
                   ["Κωνσταντίνου", "Οικονόμου", "Γεωργίου", "Αλεξίου"],
                   [("Αθήνα", "105 57"), ("Θεσσαλονίκη", "546 24")], "Οδός Παραδείγματος",
                   calling="30"),
    "UKR": Country(["Оксана", "Ірина"], ["Андрій", "Тарас", "Богдан"],
                   ["Коваленко", "Бондаренко", "Ткачук"],
                   [("Київ", "01001"), ("Львів", "79000")], "вул. Прикладна",
                   address="{s}, {n}", calling="380"),
    "ARE": Country(["مريم", "نور"], ["محمد", "أحمد", "يوسف"], ["الهاشمي", "المنصوري", "حداد"],
                   [("دبي", "00000"), ("أبوظبي", "00000")], "شارع المثال",
                   address="{n} {s}", calling="971"),
    "IND": Country(["Ananya", "Lakshmi"], ["Arjun", "Rohan", "Venkatesh"],
                   ["Mehta", "Iyer", "Chatterjee"],
                   [("Chennai", "600001"), ("Mumbai", "400001"), ("Bengaluru", "560001")],
                   "Example Marg", address="{n} {s}", calling="91"),
    "VNM": Country(["Ngọc Anh"], ["Đức Huy"], ["Trần", "Lê", "Phạm"],
                   [("Hà Nội", "100000"), ("Thành phố Hồ Chí Minh", "700000")], "Đường Ví Dụ",
                   address="{n} {s}", calling="84"),
    "TUR": Country(["Şule", "Gülşen"], ["Emre", "Çağrı", "Oğuz"], ["Çelik", "Şahin", "Öztürk"],
                   [("İstanbul", "34000"), ("İzmir", "35000")], "Örnek Sokak",
                   address="{s} No:{n}", calling="90"),
    "SGP": Country(["Hui Min"], ["Jun Jie", "Kok Wai"], ["Tan", "Lim", "Goh"],
                   [("Singapore", "018956")], "Example Road", address="{n} {s}", calling="65"),
}
# A Helsinki hotel: mostly Finns and neighbours, then the rest of the world.
WEIGHTS: dict[str, int] = {
    "FIN": 26, "SWE": 8, "NOR": 5, "DNK": 4, "ISL": 1, "EST": 6, "HUN": 3, "DEU": 8,
    "AUT": 2, "FRA": 4, "ESP": 4, "POL": 4, "GBR": 6, "IRL": 2, "USA": 6, "CHN": 5, "JPN": 5,
    "KOR": 3, "GRC": 2, "UKR": 3, "ARE": 3, "IND": 4, "VNM": 2, "TUR": 2, "SGP": 1,
}
# Names the brief asks for that the pools above leave out on purpose, placed once each.
NOTABLE: list[tuple[str, str, str, str]] = [   # (first, last, nationality, when)
    ("Sigríður", "Ólafsdóttir", "ISL", "today"),
    ("Thị Lan", "Nguyễn", "VNM", "today"),
    ("Олена", "Шевченко", "UKR", "today"),
    ("민준", "김", "KOR", "today"),
    ("Wei", "Li", "CHN", "today"),
    ("İpek", "Yıldız", "TUR", "today"),
    ("Jonas", "Müller-Lüdenscheidt", "DEU", "in_house"),
    ("Venkataraman", "Srinivasan Raghunathan", "IND", "in_house"),
    ("فاطمة", "عبد الله", "ARE", "future"),
    ("Wei Ling", "Ng", "SGP", "future"),
    ("Seán", "O'Sullivan", "IRL", "future"),
    ("Sofia", "Jarvinen", "USA", "future"),     # not today: Järvinen look-ups stay at two
]

NOTES = ["Late arrival, around 23:00.", "Baby cot requested.", "Quiet room away from the lift, "
         "please.", "Extra pillows.", "Celebrating a birthday.", "Arriving by train.",
         "Business trip; invoice to the company.", "Would like a room with a bath tub."]


@dataclass
class Person:
    first_name: str
    last_name: str
    nationality: str
    email: str
    date_of_birth: str
    phone: str
    address: str
    city: str
    postal_code: str
    document_number: str
    floor_preference: int | None = None
    stays: int = 0

    def guest(self, full: bool) -> dict[str, Any]:
        """What a booking knows: everything after a stay, name and contact from a channel."""
        out: dict[str, Any] = {"first_name": self.first_name, "last_name": self.last_name,
                               "email": self.email}
        if not full:
            return out
        out.update(phone=self.phone, date_of_birth=self.date_of_birth,
                   nationality=self.nationality, address=self.address, city=self.city,
                   postal_code=self.postal_code, country=self.nationality)
        if self.document_number:
            out.update(document_number=self.document_number,
                       document_country=self.nationality)
        if self.floor_preference is not None:
            out["floor_preference"] = self.floor_preference
        return out


class People:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.emails: set[str] = set()

    def make(self, nationality: str | None = None, first: str | None = None,
             last: str | None = None, dob: str | None = None, document: str | None = None,
             city: tuple[str, str] | None = None) -> Person:
        rng = self.rng
        nat = nationality or rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
        c = COUNTRIES.get(nat, COUNTRIES["GBR"])
        female = rng.random() < 0.5
        if first is None:
            first = rng.choice(c.female if female else c.male)
        if last is None:
            forms = rng.choice(c.surnames).split("|")
            last = forms[0] if female or len(forms) == 1 else forms[1]
        local = ".".join(name_key(p).replace(" ", "") for p in (first, last)) or "guest"
        email = f"{local}@example.{rng.choice(['com', 'net', 'org'])}"
        n = 2
        while email in self.emails:
            email = f"{local}{n}@example.{rng.choice(['com', 'net', 'org'])}"
            n += 1
        self.emails.add(email)
        if dob is None:
            dob = (date(1948, 1, 1) + timedelta(days=rng.randrange(56 * 365))).isoformat()
        city_name, postal = city or rng.choice(c.cities)
        if document is None:
            # Finns staying in Finland need no travel document on the registration card.
            document = "" if nat == "FIN" and rng.random() < 0.7 else (
                "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
                + "".join(rng.choice("0123456789") for _ in range(7)))
        return Person(
            first_name=first, last_name=last, nationality=nat, email=email,
            date_of_birth=dob, phone=f"+{c.calling} 555 {rng.randrange(10000):04d}",
            address=c.address.format(s=c.street, n=rng.randint(1, 88)), city=city_name,
            postal_code=postal, document_number=document)


# ---------------------------------------------------------------- bookings

class Calendar:
    """Which room is taken on which days (offsets, end exclusive): no double bookings."""

    def __init__(self, rooms: list[dict[str, Any]], rng: random.Random) -> None:
        self.rooms = rooms
        self.rng = rng
        self.busy: dict[str, list[tuple[int, int]]] = {r["number"]: [] for r in rooms}

    def free(self, number: str, start: int, end: int) -> bool:
        return all(e <= start or s >= end for s, e in self.busy[number])

    def take(self, number: str, start: int, end: int) -> None:
        assert self.free(number, start, end), (number, start, end)
        self.busy[number].append((start, end))

    def pick(self, type_code: str, start: int, end: int, *, avoid: set[str] | None = None,
             floor: int | None = None) -> str | None:
        options = [r["number"] for r in self.rooms
                   if r["type"] == type_code and r["number"] not in (avoid or set())
                   and (floor is None or r["floor"] == floor)
                   and self.free(r["number"], start, end)]
        if not options:
            return None
        number = self.rng.choice(options)
        self.take(number, start, end)
        return number


@dataclass
class Builder:
    rng: random.Random
    calendar: Calendar
    people: People
    codes: list[str] = field(default_factory=list)
    bookings: list[dict[str, Any]] = field(default_factory=list)

    def new_code(self) -> str:
        while True:
            code = "".join(self.rng.choice(ALPHABET) for _ in range(LENGTH))
            if self.code_ok(code):
                return code

    def code_ok(self, code: str) -> bool:
        # A random code one slip away from another would make typo suggestions ambiguous.
        return all(code != c and not one_edit_apart(code, c) for c in self.codes)

    def occupancy(self, type_code: str) -> tuple[int, int]:
        rng = self.rng
        if type_code == "single":
            return 1, 0
        if type_code in ("double", "twin"):
            return (2, 0) if rng.random() < 0.7 else (1, 0)
        if type_code == "family":
            return rng.choice([(2, 2), (2, 1), (3, 1), (2, 2)])
        return rng.choice([(2, 0), (2, 1), (2, 2)])

    def room_type(self) -> str:
        return self.rng.choices(["single", "double", "twin", "family", "suite"],
                                weights=[18, 45, 20, 14, 3])[0]

    def add(self, person: Person, offset: int, nights: int, status: str, *,
            types: list[str] | None = None, assign: bool = False, full: bool = False,
            prepaid: bool = False, notes: str = "", code: str | None = None,
            site: str | None = None, avoid: set[str] | None = None,
            occupancy: list[tuple[int, int]] | None = None,
            hold_until: int | None = None) -> dict[str, Any] | None:
        """One booking. ``assign`` takes rooms from the calendar (None when none is free);
        ``hold_until`` keeps the rooms blocked past departure (guests still in-house)."""
        types = types or [self.room_type()]
        lines = []
        for i, type_code in enumerate(types):
            adults, children = occupancy[i] if occupancy else self.occupancy(type_code)
            room = None
            if assign:
                end = offset + nights if hold_until is None else max(offset + nights, hold_until)
                room = self.calendar.pick(type_code, offset, end, avoid=avoid)
                if room is None:
                    for line in lines:  # give back what this booking already took
                        self.calendar.busy[line["room"]].remove((offset, end))
                    return None
            lines.append({"room_type": type_code, "adults": adults, "children": children,
                          "room": room})
        if code is None:  # showcase codes are reserved up front
            code = self.new_code()
            self.codes.append(code)
        booking: dict[str, Any] = {"code": code}
        if site:
            booking["site"] = site
        booking.update(arrival_offset=offset, nights=nights, status=status, prepaid=prepaid,
                       notes=notes, guest=person.guest(full), rooms=lines)
        self.bookings.append(booking)
        if status == "checked_out":
            person.stays += 1
        return booking

    def add_somewhere(self, person: Person, offsets: range, nights: range, status: str,
                      **kw: Any) -> dict[str, Any]:
        """A booking on the first free dates among random tries (for assigned stays)."""
        for _ in range(200):
            b = self.add(person, self.rng.choice(offsets), self.rng.choice(nights), status, **kw)
            if b is not None:
                return b
        raise RuntimeError("no free room found; the hotel is too small for this plan")


def generate() -> tuple[dict[str, Any], dict[str, Any]]:
    rng = random.Random(SEED)
    rooms = make_rooms()
    by_number = {r["number"]: r for r in rooms}
    cal = Calendar(rooms, rng)
    people = People(rng)
    b = Builder(rng, cal, people)
    for code in demo.SHOWCASE.values():  # random codes keep clear of the showcase ones
        assert b.code_ok(code), code
        b.codes.append(code)
    for number in OUT_OF_ORDER:
        cal.take(number, -3, 6)

    # --- in-house: arrived earlier, checked in, rooms occupied (suites 607 and 615 too).
    for number, offset, nights in (("607", -2, 5), ("615", -1, 3)):
        cal.take(number, offset, offset + nights)
        made = b.add(people.make(), offset, nights, "checked_in", full=True, types=["suite"],
                     occupancy=[(2, 0)])
        assert made is not None
        made["rooms"][0]["room"] = number
    greek = people.make("GRC", "Γιώργος", "Παπαδόπουλος", "1974-06-02")
    b.add(greek, -1, 3, "checked_in", code=demo.DEMO_CHECKED_IN, types=["double"],
          assign=True, full=True, occupancy=[(2, 0)], hold_until=1)
    notable = [n for n in NOTABLE if n[3] == "in_house"]
    for i in range(42):
        if notable:
            n = notable.pop()
            guest = people.make(n[2], n[0], n[1])
        else:
            guest = people.make()
        # A few early birds checked in this morning; some in-house leave today.
        if i < 2:
            offset, nights = 0, rng.randint(1, 3)
        else:
            offset = -rng.randint(1, 6)
            nights = -offset + rng.choice([0, 0, 1, 1, 2, 3, 4])
        # Fewer doubles than the booking mix, so today's double arrivals still find rooms.
        types = rng.choices(["single", "double", "twin", "family"], weights=[25, 35, 25, 15])
        if i % 15 == 7:
            types.append("family")
        made = None
        while made is None:
            made = b.add(guest, offset, nights, "checked_in", types=types, assign=True,
                         full=True, hold_until=1)
            types = ["twin"] * len(types)

    # --- checked out this morning: their rooms (and suites 608, 616) are being cleaned.
    vacated: list[str] = []
    for number, offset in (("608", -3), ("616", -2)):
        cal.take(number, offset, 0)
        guest = people.make()
        made = b.add(guest, offset, -offset, "checked_out", types=["suite"], full=True,
                     occupancy=[(2, 0)])
        assert made is not None
        made["rooms"][0]["room"] = number
        vacated.append(number)
    while len(vacated) < 12:
        offset = -rng.randint(1, 4)
        # Held through today: a room vacated this morning is not ready for a pre-assignment.
        made = b.add(people.make(), offset, -offset, "checked_out", assign=True, full=True,
                     types=[rng.choice(["single", "double", "double", "twin", "family"])],
                     hold_until=1)
        if made is not None:
            vacated.extend(line["room"] for line in made["rooms"])

    # --- returning guests: two to four earlier stays each, full details.
    returning = [people.make("SWE", "Åsa", "Åström", "1979-03-14", "XS4830172",
                             ("Stockholm", "111 22"))]
    returning[0].floor_preference = 5
    returning += [people.make() for _ in range(23)]
    for i, person in enumerate(returning[1:]):
        if i % 4 == 0:
            person.floor_preference = rng.randint(2, 6)
    for person in returning:
        for _ in range(2 if person is not returning[0] and rng.random() < 0.5 else 3):
            note = "Prefers a high floor." if (person.floor_preference or 0) >= 5 else ""
            b.add_somewhere(person, range(-420, -9), range(1, 5), "checked_out", assign=True,
                            full=True, types=["double"] if person is returning[0] else None,
                            notes=note)

    # --- one-off past stays.
    for _ in range(36):
        b.add_somewhere(people.make(), range(-150, -1), range(1, 5), "checked_out",
                        assign=True, full=True)

    # --- today's arrivals at HEL01: the showcase first.
    simple = people.make("FIN", "Mikko", "Virtanen", "1985-09-23", "")
    sb = b.add(simple, 0, 2, "booked", code=demo.DEMO_SIMPLE, types=["double"],
               occupancy=[(2, 0)])
    assert sb is not None
    sb["guest"].update(nationality="FIN", country="FIN")
    foreign = people.make("AUT", "Katharina Maria", "Gruber", "1986-04-17", "U7359246",
                          ("Wien", "1010"))
    fb = b.add(foreign, 0, 3, "booked", code=demo.DEMO_FOREIGN, types=["double"],
               occupancy=[(1, 0)])
    assert fb is not None
    # The booking engine took the passport details; the address is left for the kiosk.
    fb["guest"].update(date_of_birth=foreign.date_of_birth, nationality="AUT",
                       document_number=foreign.document_number, document_country="AUT")
    multi = people.make("ESP", "María del Carmen", "Fernández de la Torre", "1977-12-08")
    b.add(multi, 0, 3, "booked", code=demo.DEMO_MULTIROOM, types=["family", "double"],
          occupancy=[(2, 2), (2, 0)], notes="Baby cot requested.")
    b.add(returning[0], 0, 2, "booked", code=demo.DEMO_RETURNING, types=["double"],
          occupancy=[(1, 0)])
    aino = people.make("FIN", "Aino", "Järvinen", "1990-02-11", "")
    b.add(aino, 0, 1, "booked", code=demo.DEMO_SAME_NAME_A, types=["single"], full=True,
          occupancy=[(1, 0)])
    elias = people.make("FIN", "Elias", "Järvinen", "1968-07-30", "")
    b.add(elias, 0, 2, "booked", code=demo.DEMO_SAME_NAME_B, types=["twin"],
          occupancy=[(2, 0)])
    suite_guest = people.make("GBR", "Eleanor", "Ashworth-Pryce", "1971-05-19")
    b.add(suite_guest, 0, 2, "booked", code=demo.DEMO_SUITE, types=["suite"],
          occupancy=[(2, 0)], notes="Celebrating a wedding anniversary.")
    prepaid = people.make("HUN", "Eszter", "Nagy", "1993-10-04")
    b.add(prepaid, 0, 2, "booked", code=demo.DEMO_PREPAID, types=["single"], prepaid=True,
          occupancy=[(1, 0)])
    wang = people.make("CHN", "秀英", "王", "1982-01-27")
    b.add(wang, 0, 2, "booked", code=demo.DEMO_CJK, types=["double"], occupancy=[(2, 0)])
    cancelled = people.make("POL", "Agnieszka", "Łukasiewicz", "1988-03-03")
    b.add(cancelled, 0, 2, "cancelled", code=demo.DEMO_CANCELLED, types=["double"],
          occupancy=[(2, 0)])
    tamm = people.make("EST", "Kadri", "Tamm", "1995-08-21")
    b.add(tamm, 0, 1, "booked", code=demo.DEMO_OTHER_HOTEL, site="TKU01", types=["double"],
          occupancy=[(1, 0)])

    # --- the rest of today's arrivals: some pre-assigned, multi-room, prepaid, returning.
    not_ready = set(vacated) | OUT_OF_ORDER
    # Ready rooms left per type today; a type with too few left is not booked again, so
    # every arrival today (the suite aside) can be given a ready room.
    spare = {t["code"]: sum(1 for r in rooms if r["type"] == t["code"]
                            and r["number"] not in not_ready and cal.free(r["number"], 0, 1))
             for t in ROOM_TYPES}
    for bk in b.bookings:
        if bk["arrival_offset"] == 0 and bk["status"] == "booked" and "site" not in bk:
            for line in bk["rooms"]:
                spare[line["room_type"]] -= 1

    def today_type(wanted: str) -> str:
        for t in (wanted, "double", "twin", "single", "family"):
            if spare[t] > 2:
                spare[t] -= 1
                return t
        raise RuntimeError("the hotel is full today; generate fewer in-house guests")

    notable = [n for n in NOTABLE if n[3] == "today"]
    regulars = iter(returning[1:9])
    for i in range(31):
        if i < 8:
            guest, full = next(regulars), False       # history fills in the details
        elif notable:
            n = notable.pop()
            guest, full = people.make(n[2], n[0], n[1]), rng.random() < 0.5
        else:
            guest, full = people.make(), rng.random() < 0.3
        types = [rng.choice(["single", "double", "double", "twin", "twin", "family"])]
        if i % 8 == 3:
            types.append(rng.choice(["double", "twin"]))
        if i == 20:
            types = ["family", "double", "twin"]
        types = [today_type(t) for t in types]
        assign = i % 3 == 1
        made = b.add(guest, 0, rng.randint(1, 4), "booked", types=types, assign=assign,
                     full=full, prepaid=i % 4 == 2, avoid=not_ready,
                     notes=rng.choice(NOTES) if i % 5 == 0 else "")
        assert made is not None

    # --- future arrivals over the next two weeks.
    future_regulars = iter(returning[9:17])
    notable = [n for n in NOTABLE if n[3] == "future"]
    yamada = people.make("JPN", "花子", "山田", "1991-11-11")
    b.add(yamada, 3, 2, "booked", code=demo.DEMO_FUTURE, types=["twin"], occupancy=[(2, 0)])
    for i in range(96):
        if i % 11 == 0 and (regular := next(future_regulars, None)):
            guest = regular
        elif notable:
            n = notable.pop()
            guest = people.make(n[2], n[0], n[1])
        else:
            guest = people.make()
        types = [b.room_type()]
        if i % 12 == 5:
            types.append("double")
        offset = rng.randint(1, 14)
        made = b.add(guest, offset, rng.randint(1, 5), "booked", types=types,
                     assign=i % 7 == 3, full=rng.random() < 0.2, prepaid=i % 6 == 1,
                     notes=rng.choice(NOTES) if i % 6 == 0 else "")
        if made is None:  # no room of that type free then: book it without one
            b.add(guest, offset, 2, "booked", types=types)

    # --- cancellations and no-shows (never hold a room).
    for offset in (-5, 1, 4, 9):
        b.add(people.make(), offset, rng.randint(1, 3), "cancelled")
    for offset in (-1, -1, -2, -3):
        b.add(people.make(), offset, rng.randint(1, 3), "no_show")

    # --- housekeeping today: vacated rooms are being cleaned, with estimates.
    for i, number in enumerate(sorted(vacated)):
        room = by_number[number]
        room["housekeeping"] = "cleaning" if i % 2 else "dirty"
        room["ready_in_minutes"] = 40 + 25 * (i % 6)
    # One room nobody has started on yet: no estimate.
    by_number[[v for v in sorted(vacated) if v not in ("608", "616")][-1]][
        "ready_in_minutes"] = None
    for number in ("608", "616"):  # suites: always an honest estimate
        by_number[number]["ready_in_minutes"] = 95 if number == "608" else 150
    occupied = {line["room"] for bk in b.bookings if bk["status"] == "checked_in"
                for line in bk["rooms"]}
    for room in rooms:
        if room["number"] not in occupied and room["number"] not in not_ready:
            room["housekeeping"] = "inspected" if rng.random() < 0.6 else "clean"
        elif room["number"] in occupied:
            room["housekeeping"] = "clean"
        if room["out_of_order"]:
            room["housekeeping"] = "dirty"

    check(rooms, b.bookings, occupied)
    b.bookings.sort(key=lambda bk: (bk["arrival_offset"], bk["code"]))
    hotel = {"name": "Hotel Aurora Helsinki", "site": "HEL01", "floors": 6,
             "room_types": ROOM_TYPES, "rooms": rooms}
    showcase: dict[str, Any] = dict(demo.SHOWCASE)
    showcase["DEMO_FOREIGN_MRZ"] = passport_mrz(foreign)
    return hotel, {"showcase": showcase, "bookings": b.bookings}


def passport_mrz(person: Person) -> str:
    """The guest's passport MRZ, with check digits from the mrz library."""
    dob = person.date_of_birth
    return str(TD3CodeGenerator("P", person.nationality, person.last_name, person.first_name,
                                person.document_number, person.nationality,
                                dob[2:4] + dob[5:7] + dob[8:10], "F", "330929"))


def check(rooms: list[dict[str, Any]], bookings: list[dict[str, Any]],
          occupied: set[str]) -> None:
    """The promises the tour and the tests rely on."""
    by_number = {r["number"]: r for r in rooms}
    for r in rooms:
        if r["type"] == "suite":
            assert r["number"] in occupied or r["ready_in_minutes"] is not None, r
    today = [bk for bk in bookings if bk["arrival_offset"] == 0 and bk["status"] == "booked"
             and "site" not in bk]
    held = {line["room"] for bk in today for line in bk["rooms"] if line["room"]}
    for type_code in ("single", "double", "twin", "family"):
        wanted = sum(1 for bk in today for line in bk["rooms"]
                     if line["room_type"] == type_code and not line["room"])
        ready = [r for r in rooms if r["type"] == type_code and r["number"] not in occupied
                 and r["number"] not in held and not r["out_of_order"]
                 and r["housekeeping"] in ("clean", "inspected")]
        assert len(ready) >= wanted + 2, (type_code, len(ready), wanted)
    assert any(r["floor"] == 5 and r["type"] == "double" and r["number"] not in occupied
               and r["housekeeping"] in ("clean", "inspected") for r in rooms)
    for number in held:
        assert by_number[number]["housekeeping"] in ("clean", "inspected"), number


def dump_lines(items: list[dict[str, Any]]) -> str:
    """One JSON object per line: a changed booking is a one-line diff."""
    return "[\n" + ",\n".join("  " + json.dumps(i, ensure_ascii=False) for i in items) + "\n]"


def main() -> None:
    hotel, reservations = generate()
    OUT.mkdir(parents=True, exist_ok=True)
    head = {k: v for k, v in hotel.items() if k != "rooms"}
    text = json.dumps(head, ensure_ascii=False, indent=2)[:-2]
    (OUT / "hotel.json").write_text(
        text + ',\n  "rooms": ' + dump_lines(hotel["rooms"]).replace("\n", "\n  ") + "\n}\n",
        encoding="utf-8")
    (OUT / "reservations.json").write_text(
        '{\n  "showcase": ' + json.dumps(reservations["showcase"], ensure_ascii=False, indent=2)
        .replace("\n", "\n  ") + ',\n  "bookings": '
        + dump_lines(reservations["bookings"]).replace("\n", "\n  ") + "\n}\n",
        encoding="utf-8")
    mrz = reservations["showcase"]["DEMO_FOREIGN_MRZ"]
    if mrz != demo.DEMO_FOREIGN_MRZ:
        print(f"kiosk/demo.py DEMO_FOREIGN_MRZ is out of date; set it to:\n{mrz}")
    print(f"{len(hotel['rooms'])} rooms, {len(reservations['bookings'])} bookings -> {OUT}")


if __name__ == "__main__":
    main()
