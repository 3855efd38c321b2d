"""PLOVER country and sector codes, and the decoding of CAMEO actor codes into them.

CAMEO codes are chains of 3-letter blocks: a country (or IGO/NGO/MNC/IMG) block
and then role blocks, e.g. ``USAGOV``, ``CHNGOVMIL``, ``IGOUNOIAE``, ``MNCUSA``.
PLOVER keeps one country and one primary sector:
``"CHNGOVMIL"`` -> ``("CHN", "GOV")``; ``"IGOUNO"`` -> ``("UNO", None)``.
"""

from __future__ import annotations

import re

PLOVER_SECTORS: frozenset[str] = frozenset(
    ["COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"]
)
NONSTATE_CODES: frozenset[str] = frozenset(["KOS", "IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"])

# CAMEO role blocks that PLOVER renamed or folded (PLOVER manual, sector code notes 3 and 4).
CAMEO_SECTOR_MAP: dict[str, str] = {
    "MED": "JRN",  # CAMEO "media"
    "HLH": "MED",  # CAMEO "health"
    "INS": "REB",
    "SEP": "REB",
}

# CAMEO / CountryInfo country blocks that are not the current ISO 3166 alpha-3 code.
CAMEO_COUNTRY_MAP: dict[str, str] = {
    "KSV": "KOS",
    "XKX": "KOS",
    "TMP": "TLS",
    "DDR": "DEU",
    "GDR": "DEU",
    "FRG": "DEU",
    "SUN": "RUS",
    "USR": "RUS",
    "YUG": "SRB",
    "FRY": "SRB",
    "SCG": "SRB",
    "SRP": "SRB",
    "CSK": "CZE",
    "ROM": "ROU",
    "ZAR": "COD",
    "BUR": "MMR",
    "YMD": "YEM",
    "YAR": "YEM",
}

_CODE_RE = re.compile(r"^[A-Z]{3}$")


def plover_sector(code: str) -> str | None:
    """Return the first PLOVER sector of a chain of PLOVER sector blocks, taken as they are.

    Unlike :func:`decode_cameo` nothing is renamed: in PLOVER's own dictionaries ``MED`` is
    medical, not CAMEO's media.

    >>> plover_sector("~CVLOPPMED")
    'CVL'
    >>> plover_sector("MED")
    'MED'
    """
    code = code.strip().upper().strip("~")
    blocks = (code[i : i + 3] for i in range(0, len(code) - 2, 3))
    return next((block for block in blocks if block in PLOVER_SECTORS), None)


def is_country_code(code: str) -> bool:
    """Return whether ``code`` has the shape of a PLOVER country code (three capitals)."""
    return bool(_CODE_RE.match(code))


def map_country(block: str, *, iso_codes: frozenset[str]) -> str | None:
    """Return the PLOVER country for a CAMEO country block, or ``None`` when it is no state.

    >>> map_country("SUN", iso_codes=frozenset({"RUS"}))
    'RUS'
    """
    block = CAMEO_COUNTRY_MAP.get(block, block)
    if block in iso_codes or block in NONSTATE_CODES:
        return block
    return None


def map_sector(block: str) -> str | None:
    """Return the PLOVER sector for one CAMEO role block (``None`` if PLOVER has none)."""
    block = CAMEO_SECTOR_MAP.get(block, block)
    return block if block in PLOVER_SECTORS else None


def decode_cameo(
    code: str, *, iso_codes: frozenset[str], default_sector: str | None = None
) -> tuple[str | None, str | None]:
    """Decode a CAMEO actor code into ``(country, sector)``.

    ``IGOUNO...`` -> UNO, ``IGOEUR...`` -> EUR, other ``IGO`` -> IGO; ``NGO``, ``MNC``
    and ``IMG`` keep their block; the sector is the first later block PLOVER knows.
    ``default_sector`` fills in when no block names one (e.g. REB for militant groups).

    >>> decode_cameo("CHNGOVMIL", iso_codes=frozenset({"CHN"}))
    ('CHN', 'GOV')
    >>> decode_cameo("IGOUNOIAE", iso_codes=frozenset())
    ('UNO', None)
    """
    code = code.strip().upper().lstrip("~").rstrip("~")
    blocks = [code[i : i + 3] for i in range(0, len(code), 3) if len(code[i : i + 3]) == 3]
    if not blocks:
        return None, default_sector
    first, rest = blocks[0], blocks[1:]
    country: str | None
    if first == "IGO":
        country = "IGO"
        if rest and rest[0] in ("UNO", "EUR"):
            country = rest[0]
            rest = rest[1:]
    elif first in ("NGO", "MNC", "IMG", "ISM"):
        country = first
    else:
        country = map_country(first, iso_codes=iso_codes)
        if country is None:
            # The first block may itself be a sector ("MED", "ELI") or a religion/region.
            sector = map_sector(first)
            if sector is not None:
                rest = [first, *rest]
    sector = None
    for block in rest:
        sector = map_sector(block)
        if sector is not None:
            break
    return country, sector or default_sector
