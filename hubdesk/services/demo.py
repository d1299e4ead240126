"""A demo hub: an invented coworking and impact hub in The Hague.

``load_demo`` fills an empty database with believable, entirely invented data:
the hub's own details, offices, flex and dedicated desks, meeting rooms and
event spaces, plans, member organisations of every kind, their people,
memberships, office leases, a calendar of bookings (see
:mod:`hubdesk.services.demo_bookings`) and the front desk's history of
check-ins, guests and day passes (see :mod:`hubdesk.services.demo_frontdesk`).
Everything is derived from ``random.Random(seed)`` and the given ``today``
and ``now`` (never the clock), so two runs with the same seed and day write
identical rows. Rows go in through bulk ``INSERT``\\ s: the small demo loads
in a few seconds; the large one (1,000 organisations, 5,000 people, ten years
of bookings and over a million check-ins) in a few minutes, much of it the
database checking each booking against its neighbours.

Names, addresses, e-mail domains (``.example``), IBANs and tax numbers are made
up; IBANs carry valid ISO 13616 check digits and VAT/KvK numbers have the
right shape, so validation code and exports can be tried on them.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from itertools import product
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import insert, literal, select
from sqlalchemy import text as sql
from sqlalchemy.orm import InstrumentedAttribute, Session

from hubdesk.domain.clock import DEFAULT_TIME_ZONE
from hubdesk.domain.enums import (
    BookingStatus,
    Language,
    LeaseStatus,
    OrganisationKind,
    PlanKind,
    SpaceKind,
)
from hubdesk.domain.errors import HubdeskError
from hubdesk.domain.models import (
    Base,
    Booking,
    BookingSeries,
    BookingStatusChange,
    CheckIn,
    DayPass,
    Event,
    HubSettings,
    Lease,
    LeaseOffice,
    Member,
    Membership,
    Organisation,
    Plan,
    RentChange,
    Space,
    VatCategory,
    Visit,
)
from hubdesk.domain.money import Money
from hubdesk.services import booked_days
from hubdesk.services.audit import SYSTEM, record
from hubdesk.services.demo_bookings import Calendar, Hub
from hubdesk.services.demo_frontdesk import FrontDesk, Names
from hubdesk.services.hub import DEFAULT_VAT_CATEGORIES, ensure_defaults
from hubdesk.services.leases import anniversary, indexed_rent

Row = dict[str, Any]


class DemoSize(StrEnum):
    SMALL = "small"
    LARGE = "large"


@dataclass(frozen=True)
class DemoSummary:
    organisations: int
    members: int
    spaces: int
    plans: int
    memberships: int
    leases: int
    bookings: int
    check_ins: int


class DatabaseNotEmpty(HubdeskError):
    """The demo only goes into a database without hub data."""

    def __init__(self) -> None:
        from hubdesk.domain.i18n import _  # the module uses _ as a throwaway name

        super().__init__(
            _(
                "The database already holds hub data; the demo is only loaded into an "
                "empty database (clear it first to replace the data with the demo)."
            )
        )


@dataclass(frozen=True)
class _Scale:
    organisations: int
    members: int
    offices: int
    flex_desks: int
    dedicated_desks: int
    meeting_rooms: int
    event_spaces: int
    archived_organisations: int
    #: Months of booking history before today (the calendar also runs two
    #: months ahead).
    booking_months: int
    #: How busy the meeting rooms are (more members per room in a large hub).
    room_level: float
    #: Flex-desk reservations on an ordinary working day.
    flex_per_day: float
    #: Outsiders who book rooms and event spaces under their own name.
    outside_customers: int
    #: Members checking in on an ordinary working day; guests; day passes sold.
    check_ins_per_day: float
    guests_per_day: float
    day_passes_per_day: float


_SCALES: dict[DemoSize, _Scale] = {
    DemoSize.SMALL: _Scale(110, 600, 40, 80, 8, 10, 2, 3, 10, 1.0, 6, 40, 120, 8, 3),
    DemoSize.LARGE: _Scale(1000, 5000, 100, 146, 10, 40, 4, 25, 120, 2.2, 260, 400, 800, 50, 15),
}

#: Tables ``clear_hub_data`` leaves alone: the append-only audit log and the
#: staff accounts (audit entries refer to them, and nobody should be locked out).
KEPT_TABLES = frozenset({"audit_entries", "staff_users"})

# ----------------------------------------------------------------------- vocabulary
# fmt: off

HUB_NAME = "De Werkplaats · Hofstad Impact Hub"
ARABIC_FOUNDATION = "مؤسسة الأمل"
GERMAN_NGO = "Bürger & Söhne <NGO>"

#: (first names, last names, weight): people mostly get a first and last name
#: from one group; some get a last name from another (families mix).
_NAME_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...] = (
    (
        (
            "Jan", "Pieter", "Daan", "Sem", "Lucas", "Thijs", "Bram", "Joost", "Maarten", "Ruben",
            "Sanne", "Femke", "Lotte", "Anouk", "Eva", "Iris", "Marloes", "Noor", "Fleur", "Inge",
            "Wouter", "Jeroen", "Esther", "Marieke", "Hanneke", "Koen", "Floor", "Tess", "Julia",
            "Gijs", "Sjoerd", "Willemijn",
        ),
        (
            "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
            "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
            "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden",
            "Kok", "Jacobs", "de Haan", "Vermeulen", "van Dijk", "Schouten", "Willems", "van Beek",
            "Hoekstra", "Verhoeven", "Kuipers", "van 't Hof", "IJzerman",
        ),
        36,
    ),
    (
        (
            "Mohamed", "Youssef", "Ayoub", "Bilal", "Hamza", "Imane", "Fatima", "Nadia", "Salma",
            "Soufiane", "Khadija", "Samira", "Zakaria", "Ilham",
        ),
        (
            "El Amrani", "Bouzid", "Benali", "El Idrissi", "Ait Taleb", "Ouali", "Azzouzi",
            "El Khattabi", "Boukhari", "Haddouchi",
        ),
        8,
    ),
    (
        (
            "Emre", "Elif", "Mehmet", "Ayşe", "Burak", "Zeynep", "Can", "Selin",
            "Hüseyin", "Özlem", "Kerem", "Derya",
        ),
        (
            "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk",  # noqa: RUF001
            "Aydın", "Arslan", "Doğan", "Koç",  # noqa: RUF001
        ),
        6,
    ),
    (
        (
            "Rajesh", "Priya", "Shanti", "Ravi", "Anjali", "Sunil", "Kavita", "Errol", "Ginelva",
            "Shaquille", "Roxanne", "Dion",
        ),
        (
            "Ramdin", "Sardjoe", "Jagessar", "Mahabier", "Ramsaran", "Kartosen", "Sno", "Doelwijt",
            "Pinas", "Girigorie", "Martina", "Statia",
        ),
        6,
    ),
    (
        ("Dewi", "Putri", "Budi", "Agus", "Sari", "Wulan", "Rizky", "Johan"),
        ("Latumahina", "Pattiradjawane", "Wattimena", "Soplantila", "Tahitu", "Sasabone"),
        3,
    ),
    (
        (
            "Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Marta", "Olena", "Oleksandr", "Iryna",
            "Dmytro", "Ana", "Marko", "Ivana", "Jelena",
        ),
        (
            "Kowalski", "Nowak", "Wiśniewska", "Zieliński", "Kowalczyk", "Shevchenko",
            "Kovalenko", "Bondarenko", "Kovačević", "Horvat", "Petrović",
            "Jovanović",
        ),
        6,
    ),
    (
        (
            "Kwame", "Ama", "Kofi", "Akosua", "Chinedu", "Ngozi", "Adaeze", "Oluwaseun", "Abena",
            "Yaw",
        ),
        (
            "Mensah", "Boateng", "Osei", "Owusu", "Asante", "Okafor", "Adeyemi", "Nwosu", "Eze",
            "Agyeman",
        ),
        4,
    ),
    (
        ("Abdi", "Hodan", "Amina", "Yonas", "Selam", "Dawit", "Hiwot", "Mahad", "Ifrah"),
        (
            "Haile", "Tesfaye", "Mohamud", "Warsame", "Gebremedhin", "Abdullahi", "Berhane",
            "Yusuf", "Farah",
        ),
        3,
    ),
    (
        (
            "Linh", "Minh", "Thảo", "Huy", "Quang", "Trang", "Wei", "Xiu", "Jing", "Hao",
            "Mei", "Lei",
        ),
        (
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Wang", "Chen",
            "Zhang", "Liu", "Li", "Huang",
        ),
        4,
    ),
    (
        (
            "Arjun", "Ananya", "Rohan", "Meera", "Vikram", "Divya", "Aditya", "Sneha", "Imran",
            "Ayesha",
        ),
        (
            "Patel", "Singh", "Sharma", "Iyer", "Reddy", "Khan", "Chowdhury", "Banerjee", "Menon",
            "Rao",
        ),
        4,
    ),
    (
        ("Rami", "Layla", "Omar", "Nour", "Karim", "Yara", "Tarek", "Hiba", "Sami", "Rana"),
        (
            "Haddad", "Al-Khatib", "Nasser", "Khoury", "Saleh", "Mansour", "Darwish", "Azizi",
            "Hosseini", "Rahimi",
        ),
        4,
    ),
    (
        (
            "Ingrid", "Lars", "Sigrid", "Nils", "Astrid", "Jonas", "Katrin", "Matthias", "Lena",
            "Felix",
        ),
        (
            "Ødegaard", "Svensson", "Lindqvist", "Johansson", "Nielsen", "Müller",
            "Schmidt", "Weiß", "Schäfer", "Groß",
        ),
        3,
    ),
    (
        (
            "João", "María", "Lucía", "Carlos", "Giulia", "Marco", "Sofia", "Pablo",
            "Inês", "Mateo", "Chiara", "Eleni", "Nikos", "Camila", "Diego",
        ),
        (
            "García", "Fernández", "Rossi", "Bianchi", "Ferreira", "da Silva",
            "Papadopoulos", "Georgiou", "Martínez", "Santos", "López", "Esposito",
        ),
        5,
    ),
    (
        (
            "Emma", "James", "Olivia", "Liam", "Chloé", "Étienne", "Siobhan", "Aoife",
            "Oliver", "Grace",
        ),
        (
            "O'Brien", "Smith", "Murphy", "Dubois", "Lefèvre", "Moreau", "Taylor", "Walsh",
            "Fitzgerald", "Girard",
        ),
        3,
    ),
)

_DUTCH_SURNAMES = (
    "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Hendriks",
    "Dekker", "Brouwer", "Dijkstra", "Kok", "Jacobs", "Vermeulen", "Schouten", "Willems",
    "Hoekstra", "Verhoeven", "Kuipers", "Prins", "Huisman", "Postma", "Koster", "Blom", "Veenstra",
    "Kramer", "Wouters", "Maas",
)

_NL_CAUSES = (
    "Groene Haven", "Open Deur", "Vredesbrug", "Schone Kust", "Nieuwe Buren", "Samen Sterk",
    "Taal voor Allen", "Duinwacht", "Zeewind", "Lichtpunt", "Kansrijk", "Stadsbijen",
    "Buurtkracht", "Voedselbrug", "Fietsmaatjes", "Huiswerkhuis", "Klimaatkids", "Zorgzaam",
    "Thuis in de Stad", "Wereldkeuken", "Schuldhulp Direct", "Jongerenstem", "Stille Kracht",
    "Boomwachters", "Hofstadgroen",
)
_EN_CAUSES = (
    "Clean Water", "Peace Bridge", "Open Justice", "Bright Futures", "Refugee Talent",
    "Ocean Guardians", "Digital Rights", "Fair Supply", "Human Dignity", "Green Roofs",
    "Safe Harbour", "Youth Voices", "Rule of Law", "Tidal Shift", "Common Ground", "Second Chance",
    "Plastic Free Coast", "Women in Peace", "Citizen Science", "Zero Waste", "Future Farmers",
    "Just Transition", "Kind Cities", "Climate Justice", "Open Borders Art",
)
_NGO_SUFFIXES = ("Foundation", "Network", "Collective", "Alliance", "Initiative", "Coalition")
_PLACES = (
    "Den Haag", "Haaglanden", "Scheveningen", "Zuid-Holland", "Laak", "Transvaal", "Duindorp",
    "Loosduinen", "Escamp", "Segbroek",
)
_STARTUP_STEMS = (
    "Green", "Circul", "Water", "Food", "Climate", "Peace", "Civic", "Data", "Health", "Edu",
    "Tide", "Dune", "Kelp", "Bike", "Seed", "Hive", "Grid", "Sun", "Wind", "Fair", "Trust", "Good",
    "Kind", "Open", "Vote", "Impact", "Bright", "Clear", "Coast", "Reef",
)
_STARTUP_ENDINGS = (
    "ly", "io", "ify", "Labs", "Hub", "Works", "Stack", "Base", "Flow", "Loop", "AI", "Tech",
    "Wise", "Mate", "Spark",
)
_TOPICS = (
    "Peace and Justice", "Urban Resilience", "Global Health", "Cyber Security",
    "Social Innovation", "Migration Studies", "Water Governance", "Circular Economy", "Public Law",
    "Climate Adaptation", "Data Ethics", "Conflict Resolution", "International Law",
    "Sustainable Cities", "Education Innovation", "Energy Transition", "Digital Democracy",
    "Food Systems", "Human Rights", "Coastal Studies",
)
_KNOWLEDGE_PATTERNS = (
    "{t} Research Centre", "Institute for {t}", "{t} Lab", "Centre of Expertise {t}",
    "Hague Academy of {t}", "{t} Policy Institute", "Graduate School of {t}",
)
_GOV_TEAMS = (
    "Innovatie", "Duurzaamheid", "Participatie", "Economie", "Wijkaanpak", "Data & Digitalisering",
    "Energietransitie", "Jeugd", "Werk & Inkomen", "Inclusie", "Klimaatadaptatie",
    "Internationale Stad",
)
_GOV_BODIES = (
    "Gemeente Den Haag", "Gemeente Rijswijk", "Gemeente Delft", "Gemeente Zoetermeer",
    "Gemeente Leidschendam-Voorburg", "Gemeente Westland", "Gemeente Wassenaar",
    "Provincie Zuid-Holland", "Waterschap Hofland",
)
_GOV_PROGRAMMES = (
    "Programmabureau Kustversterking", "Rijksprogramma Vrede & Recht", "Programmabureau Wijken",
    "Rijksdienst voor Sociale Vernieuwing", "Programma Slimme Stad", "Expertisecentrum Open Data",
    "Regiodeal Haaglanden", "Agentschap Publieke Innovatie", "Programma Inburgering Haaglanden",
    "Bureau Internationale Organisaties", "Dienst Energieloket", "Programma Groene Daken",
)
_COMPANY_WORDS = (
    "Noordzee", "Hofstad", "Duin", "Polder", "Kade", "Vuurtoren", "Horizon", "Kompas", "Anker",
    "Meridiaan", "Getij", "Lindeboom", "Zilvermeeuw", "Havenlicht", "Pier",
)
_COMPANY_TRADES = (
    "Consultancy", "Advies", "Media", "Design Studio", "Communicatie", "Projectmanagement",
    "Vertalingen", "Legal", "Accountants", "Research", "Architecten", "Evenementen",
)
_ZZP_TRADES = (
    "Coaching", "Fotografie", "Vertaalwerk", "Tekst & Redactie", "Facilitation",
    "Grafisch Ontwerp", "Mediation", "Data Consultancy",
)

_MEETING_ROOMS = (
    "Mesdag", "Escher", "Vermeer", "Maris", "Israëls", "Mauve", "Weissenbruch", "Bosboom",
    "Breitner", "Mondriaan", "Couperus", "Huygens", "Spinoza", "Grotius", "Suttner",
    "Aletta Jacobs", "Carnegie", "Scheveningen", "Kijkduin", "Hofvijver", "Binnenhof",
    "Lange Voorhout", "Noordeinde", "Haagse Bos", "Westbroek", "Zuiderpark", "Clingendael",
    "Malieveld", "Mauritshuis", "Ridderzaal", "Pier", "Duinoord", "Statenkwartier",
    "Zeeheldenkwartier", "Archipel", "Bezuidenhout", "Marlot", "Vogelwijk", "Belgisch Park",
    "Willemspark", "Regentes", "Valkenbos", "Hofkwartier", "Schilderswijk",
)
_EVENT_SPACES = ("Grote Zaal", "Atrium", "Zaal Scheveningen", "Zaal Kijkduin", "Dakterras")
_MEETING_AMENITIES = ("screen", "phone", "whiteboard", "video", "flipchart", "accessible")
_EVENT_AMENITIES = ("stage", "sound", "beamer", "microphones", "kitchen", "accessible")

_STREET_STEMS = (
    "Duinroos", "Zeeglas", "Helmgras", "Schelpen", "Meeuwen", "Kwartel", "Lindenhof", "Vredes",
    "Strandwal", "Lepelaar", "Tulpen", "Oranjebloesem", "Vlieger", "Havenlicht", "Kanaalzicht",
    "Wadden", "Schilders", "Drukkers", "Glasblazers", "Zeilmakers", "Tuinders", "Torenvalk",
    "Kievit", "Lijnbaan", "Zeepaard",
)
_STREET_ENDS = ("straat", "laan", "kade", "plein", "weg", "hof", "gracht", "dreef")
#: (city, lowest and highest 4-digit postcode, weight)
_NL_CITIES: tuple[tuple[str, int, int, int], ...] = (
    ("Den Haag", 2491, 2597, 70),
    ("Rijswijk", 2280, 2289, 5),
    ("Delft", 2611, 2629, 6),
    ("Leiden", 2311, 2334, 4),
    ("Voorburg", 2271, 2275, 4),
    ("Zoetermeer", 2711, 2729, 3),
    ("Rotterdam", 3011, 3089, 4),
    ("Amsterdam", 1011, 1109, 3),
    ("Utrecht", 3511, 3585, 1),
)
_POSTCODE_LETTERS = "ABCEGHJKLMNPRSTVWXZ"
#: (bank code, BIC) for Dutch IBANs.
_NL_BANKS = (
    ("TRIO", "TRIONL2U"),
    ("ASNB", "ASNBNL21"),
    ("INGB", "INGBNL2A"),
    ("RABO", "RABONL2U"),
    ("ABNA", "ABNANL2A"),
    ("BUNQ", "BUNQNL2A"),
    ("KNAB", "KNABNL2H"),
)
_PERSONAL_DOMAINS = ("mail.example", "post.example", "webmail.example", "inbox.example")
_ORG_NOTES = (
    "Invoices to the finance department; a PO number is required.", "Prefers invoices in English.",
    "Partner in the Peace & Justice programme.", "Hosts the monthly impact breakfast.",
    "Pays yearly in advance.", "Contact person changes often; check before sending the invoice.",
)
_OVERRIDES = (
    (50, "Founding member rate (50 %)."),
    (75, "Community partner discount (25 %)."),
    (80, "Agreed by the manager: 20 % off while they host the refugee-talent meetups."),
)
_MEMBER_NOTES = (
    "Vegetarian (event catering).", "Wheelchair user: book the accessible meeting rooms.",
    "Has a parking permit.", "Mentor in the startup programme.",
    "Works mostly on Tuesdays and Thursdays.",
)
# fmt: on


# ------------------------------------------------------------------ check digits


def iban(country: str, bban: str) -> str:
    """An IBAN with correct ISO 13616 (mod-97) check digits."""
    digits = "".join(str(int(c, 36)) for c in (bban + country + "00").upper())
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def _nl_account(rng: random.Random) -> str:
    """Ten digits passing the old Dutch eleven-test."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        digits[0] = rng.randint(1, 9)
        total = sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True))
        last = -total % 11
        if last < 10:
            return "".join(map(str, digits)) + str(last)


def _nl_vat_id(rng: random.Random) -> str:
    """NL + nine digits passing the eleven-test + B01."""
    while True:
        digits = [rng.randint(1, 9), *(rng.randint(0, 9) for _ in range(7))]
        check = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if check < 10:
            return "NL" + "".join(map(str, digits)) + str(check) + "B01"


def _be_vat_id(rng: random.Random) -> str:
    """BE0 + seven digits + two mod-97 check digits."""
    base = rng.randint(2_000_000, 9_999_999)
    return f"BE0{base:07d}{97 - base % 97:02d}"


def _de_vat_id(rng: random.Random) -> str:
    """DE + eight digits + the ISO 7064 MOD 11,10 check digit."""
    digits = [rng.randint(1, 9), *(rng.randint(0, 9) for _ in range(7))]
    product_ = 10
    for digit in digits:
        total = (digit + product_) % 10 or 10
        product_ = (2 * total) % 11
    check = 11 - product_
    return "DE" + "".join(map(str, digits)) + str(0 if check == 10 else check)


def _be_iban(rng: random.Random) -> str:
    bank = rng.choice(("068", "734", "363", "001"))
    account = f"{rng.randint(0, 9_999_999):07d}"
    check = int(bank + account) % 97 or 97
    return iban("BE", f"{bank}{account}{check:02d}")


# ------------------------------------------------------------------------ helpers


def ascii_fold(text: str) -> str:
    """Lower-case a-z/0-9 only: 'Ødegaard' -> 'odegaard', 'Nguyễn' -> 'nguyen'."""
    special = {"ø": "o", "æ": "ae", "ß": "ss", "ı": "i", "đ": "d", "ł": "l", "œ": "oe"}  # noqa: RUF001
    lowered = "".join(special.get(c, c) for c in text.lower())
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum())


_DOMAIN_SKIP = frozenset({"stichting", "bv", "gmbh", "team", "of", "for", "and", "ngo"})


def _domain(name: str) -> str:
    """'Stichting Groene Haven Den Haag' -> 'groene-haven-den-haag.example'."""
    words = [ascii_fold(w) for w in name.split(",")[0].replace("&", " ").split()]
    kept = [w for w in words if w and w not in _DOMAIN_SKIP][:4]
    return "-".join(kept) + ".example" if kept else ""


def _round_to(cents: int, step: int) -> int:
    return max(step, (cents + step // 2) // step * step)


def _next_month_start(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _month_starts(first: date, last: date) -> list[date]:
    """The first days of months from ``first`` to ``last``, both included."""
    day = first if first.day == 1 else _next_month_start(first)
    found: list[date] = []
    while day <= last:
        found.append(day)
        day = _next_month_start(day)
    return found


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _instant(day: date, rng: random.Random) -> datetime:
    return datetime.combine(
        day, time(rng.randint(7, 16), rng.randint(0, 59), rng.randint(0, 59)), tzinfo=UTC
    )


_CHUNK = 1000
#: NULLs written as NULL: otherwise rows that differ in which columns are None
#: go in separate statements, and the batches shrink to a few rows.
_BULK = {"render_nulls": True}


#: SQLite page cache while the bookings go in. With the default (2 MiB) the
#: transaction spills pages to the WAL and reads them back again and again;
#: 64 MiB halves the system time of the large hub's load and takes a tenth or
#: more off its wall time.
_BOOKING_CACHE_KIB = 64 * 1024


@contextmanager
def _page_cache(session: Session, kib: int) -> Iterator[None]:
    """A larger SQLite page cache for the block (this connection only, put
    back afterwards); nothing on other engines."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    previous = session.execute(sql("PRAGMA cache_size")).scalar_one()
    session.execute(sql(f"PRAGMA cache_size = {-kib}"))
    try:
        yield
    finally:
        session.execute(sql(f"PRAGMA cache_size = {int(previous)}"))


def _insert(session: Session, model: type[Base], rows: Sequence[Row]) -> None:
    """Insert the rows (all with the same keys, the column names) in one Core
    executemany: the ORM's bulk path costs several times as much per row,
    which a million bookings feel."""
    if rows:
        session.execute(insert(Base.metadata.tables[model.__tablename__]), list(rows))


def _insert_ids(
    session: Session, model: type[Base], key: InstrumentedAttribute[int], rows: Sequence[Row]
) -> list[int]:
    """Insert the rows in bulk; their new ids, in the order of ``rows``."""
    if not rows:
        return []
    statement = insert(model).returning(key, sort_by_parameter_order=True)
    ids: list[int] = []
    # In chunks: SQLAlchemy joins the RETURNING rows of its batches by copying,
    # which grows with the square of the rows of one call.
    for start in range(0, len(rows), _CHUNK):
        chunk = list(rows[start : start + _CHUNK])
        ids += [int(value) for value in session.scalars(statement, chunk, execution_options=_BULK)]
    return ids


# ---------------------------------------------------------------- public helpers


#: Rows in any of these mean the database holds a hub (hub_settings and
#: vat_categories, which every new database gets, do not count).
_CONTENT_KEYS: tuple[InstrumentedAttribute[int], ...] = (
    Organisation.id,
    Member.id,
    Space.id,
    Plan.id,
    DayPass.id,
    Event.id,
)


def database_is_empty(session: Session) -> bool:
    """True when there are no organisations, members, spaces, plans (nor day
    passes or events); the settings row and VAT categories do not count."""
    return all(session.execute(select(key).limit(1)).first() is None for key in _CONTENT_KEYS)


def clear_hub_data(session: Session) -> None:
    """Delete every row of hub data, children first, except the audit log
    (append-only) and the staff accounts; then reset the hub settings and VAT
    categories to those of a new database (:func:`ensure_defaults`)."""
    session.flush()
    for table in reversed(Base.metadata.sorted_tables):
        if table.name not in KEPT_TABLES:
            session.execute(table.delete())
    session.expunge_all()
    ensure_defaults(session)
    session.flush()


def load_demo(
    session: Session,
    size: DemoSize = DemoSize.SMALL,
    *,
    today: date,
    seed: int = 2026,
    booking_months: int | None = None,
    now: datetime | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo hub; raises :class:`DatabaseNotEmpty`
    when it holds hub data. Deterministic for a given ``seed``, ``today`` and
    ``now``.

    ``booking_months`` shortens (or lengthens) the booking history before today:
    10 months for the small hub, 10 years (about a million bookings) for the
    large one. Tests of the large hub's other data pass a few months. The
    front desk's history (check-ins, guests, day passes) goes back as far, or
    a year when that is longer, and today up to ``now`` (an aware instant of
    ``today``; 11:00 in the hub's time zone when None): who arrived before it
    is in."""
    if not database_is_empty(session):
        raise DatabaseNotEmpty()
    ensure_defaults(session)
    session.flush()
    scale = _SCALES[size]
    if booking_months is not None:
        scale = replace(scale, booking_months=booking_months)
    summary = _DemoBuilder(session, scale, today, random.Random(seed), now=now).build()
    record(session, SYSTEM, "demo", "hub", "", {"size": (None, size.value)})
    session.flush()
    return summary


# ------------------------------------------------------------------------ builder


@dataclass
class _Org:
    kind: OrganisationKind
    name: str
    domain: str
    country: str
    language: Language
    created: date
    archived: bool
    left: date | None
    row: Row
    id: int = 0
    #: Relative number of people working here (offices add their capacity).
    weight: int = 1
    tenancy_start: date | None = None
    office_seats: int = 0


@dataclass
class _Office:
    row_index: int
    name: str
    capacity: int
    rent: Money
    id: int = 0


@dataclass
class _LeasePlan:
    org: _Org
    office: _Office
    status: LeaseStatus
    start: date
    end: date | None
    rent: Money
    renews: _LeasePlan | None = None
    id: int = 0
    deposit: Money = field(default_factory=lambda: Money(0))
    deposit_received_on: date | None = None
    extra: Row = field(default_factory=dict)
    #: The random stream its details come from (the builder's own when None).
    rng: random.Random | None = None


class _DemoBuilder:
    def __init__(
        self,
        session: Session,
        scale: _Scale,
        today: date,
        rng: random.Random,
        *,
        now: datetime | None = None,
    ) -> None:
        self.session = session
        self.scale = scale
        self.today = today
        self.now = now
        self.rng = rng
        # Open for six years, or two years longer than the booking history goes back.
        self.opened = today - timedelta(days=max(6 * 365, scale.booking_months * 31 + 730))
        self.vat = self._vat_categories()
        self.used_kvk: set[int] = set()
        self.used_emails: set[str] = set()
        self.plan_prices: dict[str, int] = {}

    # -- basics

    def _vat_categories(self) -> dict[str, int]:
        query = select(VatCategory.code, VatCategory.id)
        found = {code: id_ for code, id_ in self.session.execute(query)}
        for code, name, rate, exempt, reverse, text in DEFAULT_VAT_CATEGORIES:
            if code in ("high", "exempt") and code not in found:
                category = VatCategory(
                    code=code,
                    name=name,
                    rate_bp=rate,
                    exempt=exempt,
                    reverse_charge_eu_b2b=reverse,
                    invoice_text=text,
                )
                self.session.add(category)
                self.session.flush()
                found[code] = category.id
        return found

    def _kvk(self) -> str:
        while True:
            number = self.rng.randint(10_000_000, 99_999_999)
            if number not in self.used_kvk:
                self.used_kvk.add(number)
                return str(number)

    def _nl_address(self, city: str | None = None) -> tuple[str, str, str]:
        rng = self.rng
        if city is None:
            weights = [c[3] for c in _NL_CITIES]
            name, low, high, _ = rng.choices(_NL_CITIES, weights)[0]
        else:
            name, low, high, _ = next(c for c in _NL_CITIES if c[0] == city)
        while True:
            letters = rng.choice(_POSTCODE_LETTERS) + rng.choice(_POSTCODE_LETTERS)
            if letters not in ("SA", "SD", "SS"):
                break
        number = str(rng.randint(1, 240))
        if rng.random() < 0.15:
            number += rng.choice(("A", "B", "-1", "-2"))
        street = rng.choice(_STREET_STEMS) + rng.choice(_STREET_ENDS)
        return f"{street} {number}", f"{rng.randint(low, high)} {letters}", name

    def _foreign_address(self, country: str) -> tuple[str, str, str]:
        rng = self.rng
        if country == "BE":
            city, postcode = rng.choice(
                (("Antwerpen", "2000"), ("Brussel", "1000"), ("Gent", "9000"))
            )
            street = rng.choice(("Kaai", "Brouwers", "Kant", "Vlas", "Zeep")) + "straat"
        else:
            city, postcode = rng.choice(
                (("Berlin", "10997"), ("Köln", "50667"), ("Hamburg", "20095"))
            )
            street = rng.choice(("Kastanien", "Weber", "Brunnen", "Werkstatt", "Gärtner"))
            street += rng.choice(("straße", "weg", "allee"))
        return f"{street} {rng.randint(1, 120)}", postcode, city

    def _phone(self, mobile: bool) -> str:
        rng = self.rng
        if mobile:
            return f"+31 6 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        return f"+31 70 {rng.randint(300, 399)} {rng.randint(1000, 9999)}"

    # -- the whole hub

    def build(self) -> DemoSummary:
        self._settings()
        offices, space_count = self._spaces()
        plans = self._plans()
        orgs = self._organisations()
        leases = self._leases(orgs, offices)
        members = self._members(orgs)
        memberships = self._memberships(orgs, members, plans)
        bookings = self._bookings({o.name for o in orgs})
        check_ins = self._front_desk(orgs, len(members) * 15_485_863 + bookings)
        return DemoSummary(
            organisations=len(orgs),
            members=len(members),
            spaces=space_count,
            plans=len(plans),
            memberships=memberships,
            leases=leases,
            bookings=bookings,
            check_ins=check_ins,
        )

    def _settings(self) -> None:
        settings = self.session.get(HubSettings, 1)
        assert settings is not None
        settings.name = HUB_NAME
        settings.address = "Werkplaatskade 7"
        settings.postcode = "2516 KX"
        settings.city = "Den Haag"
        settings.country = "NL"
        settings.email = "hallo@dewerkplaats.example"
        settings.phone = "+31 70 555 0142"
        settings.vat_id = _nl_vat_id(self.rng)
        settings.kvk = self._kvk()
        settings.iban = iban("NL", "TRIO" + _nl_account(self.rng))
        settings.bic = "TRIONL2U"
        settings.time_zone = DEFAULT_TIME_ZONE
        settings.language = Language.EN

    # -- spaces

    def _spaces(self) -> tuple[list[_Office], int]:
        rng, scale = self.rng, self.scale
        exempt, high = self.vat["exempt"], self.vat["high"]
        rows: list[Row] = []
        offices: list[_Office] = []

        def space(name: str, kind: SpaceKind, floor: int, capacity: int, area_dm2: int) -> Row:
            row: Row = {
                "name": name,
                "kind": kind,
                "floor": floor,
                "capacity": capacity,
                "area_dm2": area_dm2,
                "price_hour": None,
                "price_half_day": None,
                "price_day": None,
                "price_month": None,
                "vat_category_id": high,
                "amenities": [],
                "buffer_minutes": 0,
                "plan_x": None,
                "plan_y": None,
                "active": True,
            }
            rows.append(row)
            return row

        per_floor = -(-scale.offices // 4)
        for index in range(scale.offices):
            floor, number = 1 + index // per_floor, 1 + index % per_floor
            capacity = rng.randint(2, 12)
            area = capacity * rng.randint(550, 750) + rng.randint(0, 300)
            rent = min(240_000, max(35_000, _round_to(area * rng.randint(24, 27), 500)))
            name = f"Office {floor}.{number:02d}"
            row = space(name, SpaceKind.PRIVATE_OFFICE, floor, capacity, area)
            row["price_month"] = Money(rent)
            row["vat_category_id"] = exempt
            row["amenities"] = sorted(rng.sample(("window", "sink", "lockable", "blinds"), 2))
            offices.append(_Office(len(rows) - 1, name, capacity, Money(rent)))

        counters = dict.fromkeys(range(5), 0)
        for index in range(scale.flex_desks):
            floor = index % 4 + 1
            counters[floor] += 1
            row = space(f"Flex {floor}.{counters[floor]:02d}", SpaceKind.FLEX_DESK, floor, 1, 400)
            row["price_day"] = Money(rng.choice((2500, 2750, 3000, 3250, 3500)))
            row["price_half_day"] = Money(1750)
            if rng.random() < 0.4:
                row["amenities"] = [rng.choice(("monitor", "standing desk"))]

        for index in range(scale.dedicated_desks):
            floor = index % 2 + 2
            number = index // 2 + 1
            row = space(f"Desk {floor}.{number:02d}", SpaceKind.DEDICATED_DESK, floor, 1, 500)
            row["price_month"] = Money(rng.choice((27500, 29500, 32500)))
            row["amenities"] = ["monitor", "locker"]

        room_names = rng.sample(_MEETING_ROOMS, scale.meeting_rooms)
        for index, room in enumerate(room_names):
            capacity = rng.choice((4, 4, 6, 6, 8, 8, 10, 12, 14, 16, 20))
            hour = _round_to(1500 + capacity * 350 + rng.randint(-300, 300), 500)
            row = space(
                f"Room {room}",
                SpaceKind.MEETING_ROOM,
                index % 5,
                capacity,
                capacity * 250 + rng.randint(400, 900),
            )
            row["price_hour"] = Money(hour)
            row["price_half_day"] = Money(_round_to(hour * 7 // 2, 500))
            row["price_day"] = Money(_round_to(hour * 6, 500))
            row["buffer_minutes"] = rng.choice((0, 15))
            row["amenities"] = sorted(rng.sample(_MEETING_AMENITIES, rng.randint(2, 4)))

        for index in range(scale.event_spaces):
            capacity = rng.randrange(60, 151, 10)
            hour = rng.choice((15000, 17500, 20000, 25000))
            row = space(
                _EVENT_SPACES[index % len(_EVENT_SPACES)],
                SpaceKind.EVENT_SPACE,
                0 if index < 2 else 5,
                capacity,
                capacity * 150,
            )
            row["price_hour"] = Money(hour)
            row["price_half_day"] = Money(hour * 7 // 2)
            row["price_day"] = Money(hour * 6)
            row["buffer_minutes"] = rng.choice((30, 30, 60))
            row["amenities"] = sorted(rng.sample(_EVENT_AMENITIES, 4))

        ids = _insert_ids(self.session, Space, Space.id, rows)
        for office in offices:
            office.id = ids[office.row_index]
        return offices, len(rows)

    # -- plans

    def _plans(self) -> dict[str, int]:
        high = self.vat["high"]
        specs: list[tuple[str, str, PlanKind, int, int, int | None]] = [
            ("community", "Community", PlanKind.COMMUNITY, 2500, 0, 0),
            ("flex8", "Flex 8 days", PlanKind.FLEX, 16500, 120, 8),
            ("flex", "Flex unlimited", PlanKind.FLEX, 29500, 240, None),
            ("dedicated", "Dedicated desk", PlanKind.DEDICATED_DESK, 37500, 240, None),
            ("office", "Private office", PlanKind.PRIVATE_OFFICE, 3500, 480, None),
            ("virtual", "Virtual office", PlanKind.VIRTUAL_OFFICE, 9500, 60, 2),
        ]
        rows: list[Row] = [
            {
                "name": name,
                "kind": kind,
                "price_month": Money(price),
                "vat_category_id": high,
                "included_room_minutes": minutes,
                "included_flex_days": days,
                "kind_prices": {
                    OrganisationKind.NGO.value: _round_to(price * 85 // 100, 100),
                    OrganisationKind.STARTUP.value: _round_to(price * 90 // 100, 100),
                }
                if price >= 5000
                else {},
                "active": True,
            }
            for _, name, kind, price, minutes, days in specs
        ]
        ids = _insert_ids(self.session, Plan, Plan.id, rows)
        self.plan_prices = {key: price for key, _, _, price, _, _ in specs}
        return {key: id_ for (key, *_), id_ in zip(specs, ids, strict=True)}

    # -- organisations

    def _org_names(self, kind: OrganisationKind, count: int) -> list[str]:
        rng = self.rng
        names: list[str]
        if kind is OrganisationKind.NGO:
            names = [f"Stichting {c}" for c in _NL_CAUSES]
            names += [f"Stichting {c} {p}" for c, p in product(_NL_CAUSES, _PLACES)]
            names += [f"{c} {s}" for c, s in product(_EN_CAUSES, _NGO_SUFFIXES)]
        elif kind is OrganisationKind.STARTUP:
            names = [s + e for s, e in product(_STARTUP_STEMS, _STARTUP_ENDINGS)]
            names = [n if rng.random() < 0.6 else f"{n} B.V." for n in names]
        elif kind is OrganisationKind.KNOWLEDGE:
            names = [p.format(t=t) for p, t in product(_KNOWLEDGE_PATTERNS, _TOPICS)]
        elif kind is OrganisationKind.GOVERNMENT:
            names = [f"{b}, team {t}" for b, t in product(_GOV_BODIES, _GOV_TEAMS)]
            names += list(_GOV_PROGRAMMES)
        elif kind is OrganisationKind.COMPANY:
            names = [f"{s} {t}" for s, t in product(_DUTCH_SURNAMES, _COMPANY_TRADES)]
            names += [
                f"{a} & {b} Advocaten"
                for a, b in product(_DUTCH_SURNAMES, _DUTCH_SURNAMES)
                if a < b
            ]
            names += [f"{w} {t} B.V." for w, t in product(_COMPANY_WORDS, _COMPANY_TRADES)]
        else:
            names = []
            while len(names) < count * 3:
                first, last = self._person_name()
                names.append(f"{first} {last} {rng.choice(_ZZP_TRADES)}")
            names = list(dict.fromkeys(names))
        rng.shuffle(names)
        if count > len(names):
            names += [f"{n} {p}" for n, p in product(names, _PLACES)][: count - len(names)]
        return names[:count]

    def _organisations(self) -> list[_Org]:
        rng, scale, today = self.rng, self.scale, self.today
        share = {
            OrganisationKind.NGO: 28,
            OrganisationKind.STARTUP: 22,
            OrganisationKind.KNOWLEDGE: 10,
            OrganisationKind.GOVERNMENT: 8,
            OrganisationKind.INDIVIDUAL: 5,
        }
        generated = scale.organisations - 3
        counts = {kind: generated * pct // 100 for kind, pct in share.items()}
        counts[OrganisationKind.COMPANY] = generated - sum(counts.values())
        kinds: list[OrganisationKind] = []
        pools: dict[OrganisationKind, list[str]] = {}
        for kind in OrganisationKind:
            kinds += [kind] * counts[kind]
            pools[kind] = self._org_names(kind, counts[kind])
        rng.shuffle(kinds)
        specs: list[tuple[OrganisationKind, str, str | None]] = []
        for kind in kinds:
            specs.append((kind, pools[kind].pop(), None))
        # The special ones, spread out in the list.
        specs.insert(2, (OrganisationKind.NGO, ARABIC_FOUNDATION, "al-amal"))
        specs.insert(5, (OrganisationKind.NGO, GERMAN_NGO, "DE"))
        specs.insert(9, (OrganisationKind.STARTUP, "Kustlab Vlaanderen BV", "BE"))

        archived_at = set(rng.sample(range(10, len(specs)), scale.archived_organisations))
        orgs: list[_Org] = []
        for index, (kind, name, special) in enumerate(specs):
            archived = index in archived_at
            days_ago = rng.randint(400 if archived else 25, (today - self.opened).days)
            created = today - timedelta(days=days_ago)
            left = created + timedelta(days=rng.randint(180, days_ago - 30)) if archived else None
            country = "NL"
            if special in ("DE", "BE"):
                country = special
            elif kind is OrganisationKind.STARTUP and rng.random() < 0.06:
                country = rng.choice(("BE", "DE"))
                name = name.removesuffix(" B.V.") + (" BV" if country == "BE" else " GmbH")
            org = self._organisation(kind, name, country, created, archived, left, special)
            orgs.append(org)
        ids = _insert_ids(self.session, Organisation, Organisation.id, [o.row for o in orgs])
        for org, id_ in zip(orgs, ids, strict=True):
            org.id = id_
        return orgs

    def _organisation(
        self,
        kind: OrganisationKind,
        name: str,
        country: str,
        created: date,
        archived: bool,
        left: date | None,
        special: str | None,
    ) -> _Org:
        rng = self.rng
        domain = "al-amal.example" if special == "al-amal" else _domain(name)
        if not domain:
            domain = f"org{rng.randint(1000, 9999)}.example"
        if country == "NL":
            address, postcode, city = self._nl_address("Den Haag" if rng.random() < 0.7 else None)
            language = Language.NL if rng.random() < 0.55 else Language.EN
            if special == "al-amal":
                language = Language.EN
            vat_share = {
                OrganisationKind.NGO: 0.3,
                OrganisationKind.STARTUP: 0.9,
                OrganisationKind.KNOWLEDGE: 0.5,
                OrganisationKind.GOVERNMENT: 0.0,
                OrganisationKind.COMPANY: 0.95,
                OrganisationKind.INDIVIDUAL: 0.7,
            }[kind]
            vat_id = _nl_vat_id(rng) if rng.random() < vat_share else ""
            kvk = self._kvk()
            bank, bic = rng.choice(_NL_BANKS)
            account = iban("NL", bank + _nl_account(rng))
            phone = self._phone(mobile=kind is OrganisationKind.INDIVIDUAL)
        else:
            address, postcode, city = self._foreign_address(country)
            language = Language.EN
            kvk = ""
            if country == "BE":
                vat_id = _be_vat_id(rng)
                account, bic = _be_iban(rng), "GKCCBEBB"
                phone = f"+32 3 {rng.randint(200, 899)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
            else:
                vat_id = _de_vat_id(rng)
                account = iban("DE", f"43060967{rng.randint(1, 9_999_999_999):010d}")
                bic = "GENODEM1GLS"
                phone = f"+49 30 {rng.randint(2_000_000, 9_999_999)}"
        has_bank = rng.random() < 0.85
        mandate = has_bank and rng.random() < 0.4
        mandate_on = created + timedelta(days=rng.randint(0, 20)) if mandate else None
        if mandate_on is not None and mandate_on >= self.today:
            mandate_on = created
        row: Row = {
            "name": name,
            "kind": kind,
            "email": f"{rng.choice(('info', 'hello', 'contact', 'finance'))}@{domain}",
            "phone": phone,
            "website": f"https://{domain}",
            "vat_id": vat_id,
            "kvk": kvk,
            "iban": account if has_bank else "",
            "bic": bic if has_bank else "",
            "sepa_mandate_id": "",
            "sepa_mandate_signed_on": mandate_on,
            "billing_address": address,
            "postcode": postcode,
            "city": city,
            "country": country,
            "language": language,
            "notes": rng.choice(_ORG_NOTES) if rng.random() < 0.1 else "",
            "archived": archived,
            "created_at": _instant(created, rng),
        }
        if mandate:
            row["sepa_mandate_id"] = f"WP-{created:%Y%m}-{rng.randint(0, 99999):05d}"
        return _Org(kind, name, domain, country, language, created, archived, left, row)

    # -- leases

    def _leases(self, orgs: list[_Org], offices: list[_Office]) -> int:
        rng, today = self.rng, self.today
        yesterday = today - timedelta(days=1)
        eligible = [o for o in orgs if not o.archived and o.kind is not OrganisationKind.INDIVIDUAL]
        vacant = rng.choice(offices)
        tenants: list[_Org] = []
        plans: list[_LeasePlan] = []
        for office in offices:
            if office is vacant:
                continue
            if tenants and rng.random() < 0.2:
                org = rng.choice(tenants)
                assert org.tenancy_start is not None
                earliest = org.tenancy_start
            else:
                org = rng.choice([o for o in eligible if o.tenancy_start is None] or eligible)
                earliest = org.created
                tenants.append(org)
            starts = _month_starts(earliest, yesterday)
            start = rng.choice(starts) if starts else earliest
            if org.tenancy_start is None or start < org.tenancy_start:
                org.tenancy_start = start
            org.office_seats += office.capacity
            org.weight += office.capacity

            # An earlier tenant who moved on.
            if rng.random() < 0.2:
                before = [
                    o for o in eligible if o is not org and o.created < start - timedelta(days=120)
                ]
                if before:
                    previous = rng.choice(before)
                    prev_starts = _month_starts(previous.created, start - timedelta(days=90))
                    if prev_starts:
                        plans.append(self._ended(previous, office, rng.choice(prev_starts), start))
            # A renewal: the first two-year term ended, the next one runs.
            if (today - start).days > 800 and rng.random() < 0.3:
                renewal = _add_years(start, 2)
                first = self._ended(org, office, start, renewal, tenant_left=False)
                first.rent = Money(_round_to(office.rent.cents * 94 // 100, 500))
                plans.append(first)
                plans.append(self._live(org, office, renewal, renews=first))
            else:
                plans.append(self._live(org, office, start))

        # The office that falls vacant next month: its tenant gave notice
        # against the end of this month.
        month_end = _next_month_start(today) - timedelta(days=1)
        leaving = rng.choice([o for o in eligible if o.tenancy_start is None] or eligible)
        starts = _month_starts(leaving.created, today - timedelta(days=400)) or [leaving.created]
        plans.append(self._under_notice(leaving, vacant, rng.choice(starts), month_end))
        # A few more tenants are in their notice period (their own random
        # stream, so the rest of the demo stays as it was).
        notice_rng = random.Random(len(plans))
        open_ended = [
            p
            for p in plans
            if p.status is LeaseStatus.ACTIVE and p.end is None and p.office is not vacant
        ]
        for plan in notice_rng.sample(open_ended, min(3, len(open_ended))):
            end = _next_month_start(
                today + timedelta(days=31 * notice_rng.randint(1, 4))
            ) - timedelta(days=1)
            plan.status = LeaseStatus.NOTICE_GIVEN
            plan.end = end
            plan.extra = {
                "notice_given_on": max(
                    plan.start, today - timedelta(days=notice_rng.randint(5, 60))
                ),
                "notice_given_by": "tenant",
            }

        plans += self._earlier_tenants(orgs, plans)

        first_batch = [p for p in plans if p.renews is None]
        second_batch = [p for p in plans if p.renews is not None]
        rent_changes: list[Row] = []
        for batch in (first_batch, second_batch):
            rows = [self._lease_row(p) for p in batch]
            for plan, row, id_ in zip(
                batch, rows, _insert_ids(self.session, Lease, Lease.id, rows), strict=True
            ):
                plan.id = id_
                rent_changes.extend(self._indexations(plan, row["indexation_bp"]))
        _insert(self.session, RentChange, rent_changes)
        _insert(
            self.session,
            LeaseOffice,
            [{"lease_id": p.id, "space_id": p.office.id} for p in first_batch + second_batch],
        )
        return len(plans)

    def _earlier_tenants(self, orgs: list[_Org], plans: list[_LeasePlan]) -> list[_LeasePlan]:
        """The tenants each office had before its present one, back to the
        year the hub opened: terms of one to four years, some with a month
        or two vacant in between (their own random stream, so the rest of
        the demo stays as it was)."""
        rng = random.Random(len(plans) * 7919)
        first_start: dict[int, tuple[_Office, date]] = {}
        for plan in plans:
            known = first_start.get(id(plan.office))
            if known is None or plan.start < known[1]:
                first_start[id(plan.office)] = (plan.office, plan.start)
        teams = [o for o in orgs if o.kind is not OrganisationKind.INDIVIDUAL]
        earlier: list[_LeasePlan] = []
        for office, next_start in first_start.values():
            while True:
                vacant_months = rng.choice((0, 0, 0, 1, 2))
                end = next_start - relativedelta(months=vacant_months)
                start = end - relativedelta(months=rng.randint(12, 48))
                if start < self.opened:
                    break
                last_day = end - timedelta(days=1)
                candidates = [
                    o
                    for o in teams
                    if o.created <= start and (o.left is None or o.left >= last_day)
                ]
                if not candidates:
                    break
                plan = self._ended(rng.choice(candidates), office, start, end, rng=rng)
                plan.rent = Money(_round_to(office.rent.cents * rng.randint(80, 95) // 100, 500))
                plan.rng = rng
                earlier.append(plan)
                next_start = start
        return earlier

    def _live(
        self, org: _Org, office: _Office, start: date, renews: _LeasePlan | None = None
    ) -> _LeasePlan:
        end: date | None = None
        if self.rng.random() < 0.3:
            end = _add_years(start, 5) - timedelta(days=1)
            if end <= self.today:
                end = None
        return _LeasePlan(org, office, LeaseStatus.ACTIVE, start, end, office.rent, renews)

    def _indexations(self, plan: _LeasePlan, bp: int) -> list[Row]:
        """The rent changes of every anniversary a lease has passed, each
        year's indexation on the last one's rent (as the leases service does)."""
        if not bp:
            return []
        changes: list[Row] = []
        rent = plan.rent
        years = 1
        last = min(self.today, plan.end) if plan.end is not None else self.today
        while (day := anniversary(plan.start, years)) <= last:
            rent = indexed_rent(rent, bp=bp)
            changes.append(
                {
                    "lease_id": plan.id,
                    "effective_on": day,
                    "rent": rent,
                    "index_figure": "",
                    "reason": "Yearly indexation",
                }
            )
            years += 1
        return changes

    def _under_notice(self, org: _Org, office: _Office, start: date, end: date) -> _LeasePlan:
        plan = _LeasePlan(org, office, LeaseStatus.NOTICE_GIVEN, start, end, office.rent)
        plan.extra = {
            "notice_given_on": end - timedelta(days=self.rng.randint(95, 120)),
            "notice_given_by": "tenant",
        }
        return plan

    def _ended(
        self,
        org: _Org,
        office: _Office,
        start: date,
        next_start: date,
        *,
        tenant_left: bool = True,
        rng: random.Random | None = None,
    ) -> _LeasePlan:
        rng = rng or self.rng
        end = next_start - timedelta(days=1)
        plan = _LeasePlan(org, office, LeaseStatus.ENDED, start, end, office.rent)
        if tenant_left:
            returned_on = end + timedelta(days=rng.randint(10, 30))
            plan.extra = {
                "notice_given_on": end - timedelta(days=rng.randint(95, 130)),
                "notice_given_by": "tenant",
                "deposit_returned_on": returned_on if returned_on < self.today else None,
                "returned": returned_on < self.today,
            }
        return plan

    def _lease_row(self, plan: _LeasePlan) -> Row:
        rng = plan.rng or self.rng
        rent = plan.rent
        service = Money(_round_to(rent.cents * rng.randint(12, 18) // 100, 500))
        received: date | None
        if plan.renews is None:
            deposit = rent * 3
            received = max(plan.org.created, plan.start - timedelta(days=rng.randint(5, 20)))
        else:  # the deposit carries over to the renewed lease
            deposit, received = plan.renews.deposit, plan.renews.deposit_received_on
        plan.deposit, plan.deposit_received_on = deposit, received
        returned = bool(plan.extra.get("returned"))
        return {
            "organisation_id": plan.org.id,
            "status": plan.status,
            "start_date": plan.start,
            "end_date": plan.end,
            "notice_months": 3,
            "rent": rent,
            "service_charge": service,
            "rent_vat_category_id": self.vat["exempt"],
            "service_vat_category_id": self.vat["high"],
            "deposit": deposit,
            "deposit_received_on": received,
            "deposit_returned_on": plan.extra.get("deposit_returned_on"),
            "deposit_returned": deposit if returned else None,
            "indexation_bp": rng.choice((0, 250, 300, 300, 350, 400)),
            "notice_given_on": plan.extra.get("notice_given_on"),
            "notice_given_by": plan.extra.get("notice_given_by", ""),
            "predecessor_id": plan.renews.id if plan.renews is not None else None,
            "notes": "Renewal after the first two-year term." if plan.renews is not None else "",
        }

    # -- people

    def _person_name(self) -> tuple[str, str]:
        rng = self.rng
        group = rng.choices(_NAME_GROUPS, [g[2] for g in _NAME_GROUPS])[0]
        first = rng.choice(group[0])
        if rng.random() < 0.12:
            group = rng.choice(_NAME_GROUPS)
        return first, rng.choice(group[1])

    def _email(self, first: str, last: str, domain: str) -> str:
        rng = self.rng
        first_part = ascii_fold(first) or "member"
        last_part = ascii_fold(last) or "hub"
        local = f"{first_part}.{last_part}" if rng.random() < 0.8 else f"{first_part[0]}{last_part}"
        candidate, number = local, 1
        while f"{candidate}@{domain}" in self.used_emails:
            number += 1
            candidate = f"{local}{number}"
        email = f"{candidate}@{domain}"
        self.used_emails.add(email)
        return email

    def _members(self, orgs: list[_Org]) -> list[tuple[_Org | None, Row]]:
        rng, scale, today = self.rng, self.scale, self.today
        individuals = scale.members * 8 // 100
        staff = scale.members - individuals
        holders: list[_Org | None] = list(orgs)
        for org in orgs:
            if org.kind is not OrganisationKind.INDIVIDUAL:
                org.weight += rng.randint(0, 3)
        teams = [o for o in orgs if o.kind is not OrganisationKind.INDIVIDUAL]
        holders += rng.choices(teams, [o.weight for o in teams], k=staff - len(orgs))
        holders += [None] * individuals
        rng.shuffle(holders)
        badges = rng.sample(range(1_000_000), scale.members)

        people: list[tuple[_Org | None, Row]] = []
        for index, holder in enumerate(holders):
            first, last = self._person_name()
            if index == 0:
                first, last = "Ingrid", "Ødegaard"
            elif index == 1:
                first, last = "Linh", "Nguyễn"
            if holder is None:
                days_ago = rng.randint(20, (today - self.opened).days)
                created = today - timedelta(days=days_ago)
                address, postcode, city = self._nl_address()
                language = Language.NL if rng.random() < 0.5 else Language.EN
                domain = rng.choice(_PERSONAL_DOMAINS)
                archived = rng.random() < 0.03
            else:
                created = holder.created + timedelta(
                    days=rng.randint(0, (today - holder.created).days)
                )
                address = postcode = city = ""
                language = holder.language if rng.random() < 0.85 else Language.EN
                domain = holder.domain if rng.random() < 0.8 else rng.choice(_PERSONAL_DOMAINS)
                archived = holder.archived or rng.random() < 0.02
            row: Row = {
                "organisation_id": holder.id if holder is not None else None,
                "first_name": first,
                "last_name": last,
                "email": self._email(first, last, domain),
                "phone": self._phone(mobile=True) if rng.random() < 0.7 else "",
                "badge_code": f"HB{badges[index]:06d}",
                "billing_address": address,
                "postcode": postcode,
                "city": city,
                "country": "NL",
                "language": language,
                "notes": rng.choice(_MEMBER_NOTES) if rng.random() < 0.04 else "",
                "archived": archived,
                "created_at": _instant(created, rng),
            }
            people.append((holder, row))
        ids = _insert_ids(self.session, Member, Member.id, [row for _, row in people])
        for (_, row), id_ in zip(people, ids, strict=True):
            row["id"] = id_
        return people

    # -- memberships

    def _memberships(
        self,
        orgs: list[_Org],
        people: list[tuple[_Org | None, Row]],
        plans: dict[str, int],
    ) -> int:
        rng, today = self.rng, self.today
        yesterday = today - timedelta(days=1)
        rows: list[Row] = []

        def add(
            plan: str,
            start: date,
            end: date | None,
            *,
            org_id: int | None = None,
            member_id: int | None = None,
            seats: int = 1,
            source: random.Random = rng,
        ) -> None:
            override: Money | None = None
            reason = ""
            if source.random() < 0.04 and plan != "office":
                percent, reason = source.choice(_OVERRIDES)
                override = Money(_round_to(self.plan_prices[plan] * percent // 100, 100))
            rows.append(
                {
                    "organisation_id": org_id,
                    "member_id": member_id,
                    "plan_id": plans[plan],
                    "start_date": start,
                    "end_date": end,
                    "seats": seats,
                    "price_override": override,
                    "override_reason": reason,
                }
            )

        def team_plan(org: _Org) -> str:
            if org.kind is OrganisationKind.INDIVIDUAL:
                return rng.choice(("flex8", "flex", "virtual", "community"))
            return rng.choices(
                ("community", "flex8", "flex", "dedicated", "virtual"), (20, 25, 25, 10, 20)
            )[0]

        # Years of plan changes before the present membership: a different
        # plan or a different number of seats every one to three years (their
        # own random stream, so the rest of the demo stays as it was).
        history = random.Random(len(orgs) * 104729)

        def earlier_plans(
            start: date,
            seats: int,
            *,
            org_id: int | None = None,
            member_id: int | None = None,
            until: date | None = None,
        ) -> date:
            """Adds the earlier memberships from ``start`` on; returns the day
            the next one starts."""
            last = until or yesterday
            while (last - start).days > 730 and history.random() < 0.6:
                switch = start + relativedelta(months=history.randint(12, 36))
                if switch > last - timedelta(days=180):
                    break
                earlier = history.choice(("community", "flex8", "flex", "virtual"))
                if org_id is not None and earlier != "virtual":
                    earlier = history.choice((earlier, "dedicated"))
                add(
                    earlier,
                    start,
                    switch - timedelta(days=1),
                    org_id=org_id,
                    member_id=member_id,
                    seats=1
                    if org_id is None or earlier == "virtual"
                    else max(1, seats + history.randint(-2, 1)),
                    source=history,
                )
                start = switch
            return start

        headcount = {id(org): 0 for org in orgs}
        for org, _ in people:
            if org is not None:
                headcount[id(org)] += 1

        for org in orgs:
            joined = min(org.created, yesterday)
            if org.archived:
                assert org.left is not None
                add(team_plan(org), joined, org.left, org_id=org.id, seats=rng.randint(1, 3))
            elif org.tenancy_start is not None:
                if (org.tenancy_start - joined).days > 30:
                    before = org.tenancy_start - timedelta(days=1)
                    add("flex", joined, before, org_id=org.id, seats=rng.randint(1, 4))
                add("office", org.tenancy_start, None, org_id=org.id, seats=org.office_seats)
            else:
                plan = team_plan(org)
                seats = 1 if plan == "virtual" else rng.randint(1, max(1, headcount[id(org)]))
                if plan == "community":
                    seats = max(1, headcount[id(org)])
                switches = _month_starts(joined + timedelta(days=60), yesterday)
                if switches and rng.random() < 0.12:
                    switch = rng.choice(switches)
                    add(
                        team_plan(org),
                        joined,
                        switch - timedelta(days=1),
                        org_id=org.id,
                        seats=seats,
                    )
                    joined = switch
                joined = earlier_plans(joined, seats, org_id=org.id)
                add(plan, joined, None, org_id=org.id, seats=seats)

        for org, row in people:
            if org is not None or rng.random() < 0.15:
                continue
            created = row["created_at"].date()
            start = min(created + timedelta(days=rng.randint(0, 10)), yesterday)
            end: date | None = None
            if row["archived"]:
                end = max(
                    start, yesterday - timedelta(days=rng.randint(0, (yesterday - start).days))
                )
            plan = rng.choices(("community", "flex8", "flex", "virtual"), (25, 40, 25, 10))[0]
            start = earlier_plans(start, 1, member_id=row["id"], until=end)
            add(plan, start, end, member_id=row["id"])

        _insert(self.session, Membership, rows)
        return len(rows)

    # -- bookings

    def _customers(self, taken: set[str]) -> list[str]:
        """Outsiders who book a room or the hall now and then: people,
        associations, firms, schools (none of them a member)."""
        rng = self.rng
        names: list[str] = []
        while len(names) < self.scale.outside_customers:
            draw = rng.random()
            if draw < 0.3:
                name = " ".join(self._person_name())
            elif draw < 0.5:
                name = f"Bewonersvereniging {rng.choice(_PLACES)}"
            elif draw < 0.75:
                name = f"{rng.choice(_COMPANY_WORDS)} {rng.choice(_COMPANY_TRADES)}"
            elif draw < 0.9:
                school = rng.choice(("Hogeschool Hofstad", "Haagse Academie", "Kustcollege"))
                name = f"{school}, minor {rng.choice(_TOPICS)}"
            else:
                name = f"{rng.choice(_EN_CAUSES)} {rng.choice(('Meetup', 'Network NL', 'Club'))}"
            if name not in taken and name not in names:
                names.append(name)
        return names

    def _bookings(self, taken: set[str]) -> int:
        """The calendar (see :mod:`hubdesk.services.demo_bookings`), inserted a
        month at a time; then every booking's status history."""
        session = self.session
        calendar = Calendar(
            Hub.read(session, self.rng),
            self.rng,
            today=self.today,
            months=self.scale.booking_months,
            room_level=self.scale.room_level,
            flex_per_day=self.scale.flex_per_day,
            customers=self._customers(taken),
        )
        series = calendar.series()
        calendar.use_series_ids(_insert_ids(session, BookingSeries, BookingSeries.id, series))
        count = 0
        with _page_cache(session, _BOOKING_CACHE_KIB):
            for rows in calendar.months():
                _insert(session, Booking, rows)
                count += len(rows)
        confirmed = select(
            Booking.id,
            Booking.created_at,
            literal(BookingStatus.CONFIRMED.value),
            literal(""),
        ).order_by(Booking.id)
        session.execute(
            insert(BookingStatusChange).from_select(
                ["booking_id", "at", "status", "detail"], confirmed
            )
        )
        cancelled = session.execute(
            select(Booking.id, Booking.space_id, Booking.start_at, Booking.cancelled_at)
            .where(Booking.status == BookingStatus.CANCELLED)
            .order_by(Booking.id)
        )
        _insert(
            session,
            BookingStatusChange,
            [
                {
                    "booking_id": id_,
                    "at": cancelled_at,
                    "status": BookingStatus.CANCELLED.value,
                    "detail": calendar.reasons.get((space_id, start_at), ""),
                    "staff_user_id": None,
                }
                for id_, space_id, start_at, cancelled_at in cancelled
            ],
        )
        session.flush()
        booked_days.rebuild(session, session.scalars(select(HubSettings.time_zone)).one())
        return count

    # -- the front desk

    def _front_desk(self, orgs: list[_Org], stream: int) -> int:
        """Check-ins, guests and day passes (see
        :mod:`hubdesk.services.demo_frontdesk`), a month at a time; their own
        random stream, so the rest of the demo stays as it was. The number of
        check-ins."""
        session = self.session
        # Guests and day-pass buyers come from outside the hub.
        members = {o.name for o in orgs}
        guest_orgs = [*_GOV_BODIES, *_GOV_PROGRAMMES]
        guest_orgs += [f"{w} {t}" for w, t in product(_COMPANY_WORDS, _COMPANY_TRADES)]
        guest_orgs += [p.format(t=t) for p, t in product(_KNOWLEDGE_PATTERNS, _TOPICS)]
        guest_orgs = [name for name in guest_orgs if name not in members]
        desk = FrontDesk(
            session,
            random.Random(stream),
            today=self.today,
            now=self.now,
            months=max(12, self.scale.booking_months),
            check_ins_per_day=self.scale.check_ins_per_day,
            guests_per_day=self.scale.guests_per_day,
            passes_per_day=self.scale.day_passes_per_day,
            names=Names(_NAME_GROUPS, guest_orgs, _PERSONAL_DOMAINS, ascii_fold),
        )
        count = 0
        with _page_cache(session, _BOOKING_CACHE_KIB):
            for month in desk.months():
                month.use_pass_ids(_insert_ids(session, DayPass, DayPass.id, month.day_passes))
                _insert(session, CheckIn, month.check_ins)
                _insert(session, Visit, month.visits)
                count += len(month.check_ins)
        return count
