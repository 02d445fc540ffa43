"""Countries as travel documents and registration cards name them: ISO 3166-1 alpha-3.

Babel's localised territory names are keyed by alpha-2, hence the table. Travel documents
add ICAO 9303 codes that are not ISO countries (``D`` for Germany, British nationality
variants, the United Nations, stateless persons and refugees); they are known here too,
so a stateless guest can still be registered.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from babel import Locale, UnknownLocaleError

# ISO 3166-1 alpha-3 -> alpha-2: the 249 officially assigned codes (CLDR territoryCodes).
ISO_ALPHA3: Final[dict[str, str]] = {
    "ABW": "AW", "AFG": "AF", "AGO": "AO", "AIA": "AI", "ALA": "AX", "ALB": "AL", "AND": "AD",
    "ARE": "AE", "ARG": "AR", "ARM": "AM", "ASM": "AS", "ATA": "AQ", "ATF": "TF", "ATG": "AG",
    "AUS": "AU", "AUT": "AT", "AZE": "AZ", "BDI": "BI", "BEL": "BE", "BEN": "BJ", "BES": "BQ",
    "BFA": "BF", "BGD": "BD", "BGR": "BG", "BHR": "BH", "BHS": "BS", "BIH": "BA", "BLM": "BL",
    "BLR": "BY", "BLZ": "BZ", "BMU": "BM", "BOL": "BO", "BRA": "BR", "BRB": "BB", "BRN": "BN",
    "BTN": "BT", "BVT": "BV", "BWA": "BW", "CAF": "CF", "CAN": "CA", "CCK": "CC", "CHE": "CH",
    "CHL": "CL", "CHN": "CN", "CIV": "CI", "CMR": "CM", "COD": "CD", "COG": "CG", "COK": "CK",
    "COL": "CO", "COM": "KM", "CPV": "CV", "CRI": "CR", "CUB": "CU", "CUW": "CW", "CXR": "CX",
    "CYM": "KY", "CYP": "CY", "CZE": "CZ", "DEU": "DE", "DJI": "DJ", "DMA": "DM", "DNK": "DK",
    "DOM": "DO", "DZA": "DZ", "ECU": "EC", "EGY": "EG", "ERI": "ER", "ESH": "EH", "ESP": "ES",
    "EST": "EE", "ETH": "ET", "FIN": "FI", "FJI": "FJ", "FLK": "FK", "FRA": "FR", "FRO": "FO",
    "FSM": "FM", "GAB": "GA", "GBR": "GB", "GEO": "GE", "GGY": "GG", "GHA": "GH", "GIB": "GI",
    "GIN": "GN", "GLP": "GP", "GMB": "GM", "GNB": "GW", "GNQ": "GQ", "GRC": "GR", "GRD": "GD",
    "GRL": "GL", "GTM": "GT", "GUF": "GF", "GUM": "GU", "GUY": "GY", "HKG": "HK", "HMD": "HM",
    "HND": "HN", "HRV": "HR", "HTI": "HT", "HUN": "HU", "IDN": "ID", "IMN": "IM", "IND": "IN",
    "IOT": "IO", "IRL": "IE", "IRN": "IR", "IRQ": "IQ", "ISL": "IS", "ISR": "IL", "ITA": "IT",
    "JAM": "JM", "JEY": "JE", "JOR": "JO", "JPN": "JP", "KAZ": "KZ", "KEN": "KE", "KGZ": "KG",
    "KHM": "KH", "KIR": "KI", "KNA": "KN", "KOR": "KR", "KWT": "KW", "LAO": "LA", "LBN": "LB",
    "LBR": "LR", "LBY": "LY", "LCA": "LC", "LIE": "LI", "LKA": "LK", "LSO": "LS", "LTU": "LT",
    "LUX": "LU", "LVA": "LV", "MAC": "MO", "MAF": "MF", "MAR": "MA", "MCO": "MC", "MDA": "MD",
    "MDG": "MG", "MDV": "MV", "MEX": "MX", "MHL": "MH", "MKD": "MK", "MLI": "ML", "MLT": "MT",
    "MMR": "MM", "MNE": "ME", "MNG": "MN", "MNP": "MP", "MOZ": "MZ", "MRT": "MR", "MSR": "MS",
    "MTQ": "MQ", "MUS": "MU", "MWI": "MW", "MYS": "MY", "MYT": "YT", "NAM": "NA", "NCL": "NC",
    "NER": "NE", "NFK": "NF", "NGA": "NG", "NIC": "NI", "NIU": "NU", "NLD": "NL", "NOR": "NO",
    "NPL": "NP", "NRU": "NR", "NZL": "NZ", "OMN": "OM", "PAK": "PK", "PAN": "PA", "PCN": "PN",
    "PER": "PE", "PHL": "PH", "PLW": "PW", "PNG": "PG", "POL": "PL", "PRI": "PR", "PRK": "KP",
    "PRT": "PT", "PRY": "PY", "PSE": "PS", "PYF": "PF", "QAT": "QA", "REU": "RE", "ROU": "RO",
    "RUS": "RU", "RWA": "RW", "SAU": "SA", "SDN": "SD", "SEN": "SN", "SGP": "SG", "SGS": "GS",
    "SHN": "SH", "SJM": "SJ", "SLB": "SB", "SLE": "SL", "SLV": "SV", "SMR": "SM", "SOM": "SO",
    "SPM": "PM", "SRB": "RS", "SSD": "SS", "STP": "ST", "SUR": "SR", "SVK": "SK", "SVN": "SI",
    "SWE": "SE", "SWZ": "SZ", "SXM": "SX", "SYC": "SC", "SYR": "SY", "TCA": "TC", "TCD": "TD",
    "TGO": "TG", "THA": "TH", "TJK": "TJ", "TKL": "TK", "TKM": "TM", "TLS": "TL", "TON": "TO",
    "TTO": "TT", "TUN": "TN", "TUR": "TR", "TUV": "TV", "TWN": "TW", "TZA": "TZ", "UGA": "UG",
    "UKR": "UA", "UMI": "UM", "URY": "UY", "USA": "US", "UZB": "UZ", "VAT": "VA", "VCT": "VC",
    "VEN": "VE", "VGB": "VG", "VIR": "VI", "VNM": "VN", "VUT": "VU", "WLF": "WF", "WSM": "WS",
    "YEM": "YE", "ZAF": "ZA", "ZMB": "ZM", "ZWE": "ZW",
}

# ICAO 9303 Part 3 codes that stand for no ISO country. The value is the CLDR territory
# used for a localised name where one exists, else None (an English name is given below).
_ICAO_SPECIAL: Final[dict[str, tuple[str | None, str]]] = {
    "EUE": ("EU", "European Union"),
    "UNO": ("UN", "United Nations"),
    "UNA": ("UN", "United Nations specialised agency"),
    "UNK": ("XK", "Kosovo (UNMIK)"),
    "RKS": ("XK", "Kosovo"),  # issued by Kosovo; not ICAO-endorsed, but seen at the desk
    "XBA": (None, "African Development Bank"),
    "XIM": (None, "African Export-Import Bank"),
    "XCC": (None, "Caribbean Community"),
    "XCE": (None, "Council of Europe"),
    "XCO": (None, "Common Market for Eastern and Southern Africa"),
    "XDC": (None, "Southern African Development Community"),
    "XEC": (None, "Economic Community of West African States"),
    "XES": (None, "Organisation of Eastern Caribbean States"),
    "XOM": (None, "Sovereign Military Order of Malta"),
    "XPO": (None, "Interpol"),
    "XXA": (None, "Stateless person"),
    "XXB": (None, "Refugee (1951 Convention)"),
    "XXC": (None, "Refugee (other)"),
    "XXX": (None, "Unspecified nationality"),
}

# MRZ spellings that mean an ISO country for nationality purposes.
_MRZ_ALIASES: Final[dict[str, str]] = {
    "D": "DEU",
    "GBD": "GBR",  # British Overseas Territories citizen
    "GBN": "GBR",  # British National (Overseas)
    "GBO": "GBR",  # British Overseas citizen
    "GBP": "GBR",  # British protected person
    "GBS": "GBR",  # British subject
}

NORDIC: Final = frozenset({"FIN", "SWE", "NOR", "DNK", "ISL"})
# Autonomous areas whose people are citizens of a Nordic country (Åland: FIN; Faroe
# Islands, Greenland: DNK); a guest may type them as nationality.
_NORDIC_AREAS: Final = frozenset({"ALA", "FRO", "GRL"})


def _clean(code: str) -> str:
    return code.strip().upper()


def is_known(alpha3: str) -> bool:
    """True for an ISO 3166-1 alpha-3 code or an ICAO special code (case-insensitive)."""
    code = _clean(alpha3)
    return code in ISO_ALPHA3 or code in _ICAO_SPECIAL


def is_nordic(alpha3: str) -> bool:
    """True when the nationality is that of a Nordic country (Åland counts as Finland)."""
    code = _clean(alpha3)
    return code in NORDIC or code in _NORDIC_AREAS


def alpha2(alpha3: str) -> str | None:
    """ISO alpha-2 of an alpha-3 code; None for ICAO special codes and unknown codes."""
    return ISO_ALPHA3.get(_clean(alpha3))


def normalise_mrz_country(code: str) -> str:
    """An MRZ country field as alpha-3: 'D<<' -> 'DEU', 'GBN' -> 'GBR', 'fin' -> 'FIN'.

    Fillers and case do not matter. Unknown codes come back cleaned, not validated:
    check them with :func:`is_known`.
    """
    cleaned = code.strip().replace("<", "").upper()
    return _MRZ_ALIASES.get(cleaned, cleaned)


def country_name(alpha3: str, locale: str) -> str:
    """The country's name in the guest's language, e.g. ('FIN', 'sv') -> 'Finland'.

    ``locale`` is a code such as 'fi', 'en_GB' or 'en-GB'; an unknown one falls back to
    English. ICAO special codes without a CLDR name are named in English; a code that is
    not known at all comes back as it is, so a screen never breaks on odd data.
    """
    code = _clean(alpha3)
    territory = ISO_ALPHA3.get(code)
    fallback = code
    if territory is None and code in _ICAO_SPECIAL:
        territory, fallback = _ICAO_SPECIAL[code]
    if territory is None:
        return fallback
    return _territories(locale).get(territory, fallback)


@lru_cache(maxsize=32)
def _territories(locale: str) -> dict[str, str]:
    try:
        parsed = Locale.parse(locale.strip().replace("-", "_") or "en")
    except (UnknownLocaleError, ValueError, TypeError):
        parsed = Locale.parse("en")
    return dict(parsed.territories)
