"""Pick the one place a name in a sentence refers to.

Ranking, in order (each step only narrows the candidates when it leaves some):

1. Qualifiers: "Washington state" keeps US states; "Paris, Texas" or "Paris, France"
   (in ``name`` itself or right after it in ``text``) keeps places in that state/country.
2. A country name wins over cities and states of the same name ("Georgia" is the
   country), except when the article's top country has a state of that name
   ("Georgia" in an article about the USA is the US state).
3. Cities beat states of the same name ("Washington" is the US capital).
4. Among cities: the largest one in the first of ``countries`` (the article's
   countries, most salient first) that has any, unless that one is a small town
   (under 100,000 people) and the largest candidate overall is prominent (a national
   capital or a million people). So "Paris" in an article about the USA is still
   Paris, France, and "Washington" in one about Britain still the US capital, but
   "Birmingham" there is Birmingham, Alabama and "Tripoli" in an article about
   Lebanon is Tripoli, Lebanon. Without ``countries``, the largest candidate wins.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from legation.geo.gazetteer import Gazetteer, GazetteerEntry, normalize_name
from legation.records import Place

_PROMINENT_POPULATION = 1_000_000
_SMALL_TOWN = 100_000
_STATE_SUFFIX = re.compile(r"^(?P<name>.+?)\s+state$", re.IGNORECASE)
_QUALIFIER_WORDS = r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}"


def resolve_place(
    name: str,
    *,
    gazetteer: Gazetteer,
    countries: Sequence[str] = (),
    text: str | None = None,
) -> Place | None:
    """Resolve a place name to one gazetteer place, or ``None`` when it is not a place.

    Example:
        >>> resolve_place("Vladivostok", gazetteer=gazetteer, countries=("PRK", "RUS"))
        ... # doctest: +SKIP
        Place(name='Vladivostok', geonameid=2013348, country='RUS', ..., feature='city')

    Args:
        name: the words naming the place ("Moscow", "Washington state", "Paris, Texas").
        gazetteer: from :func:`~legation.geo.load_gazetteer`.
        countries: ISO alpha-3 codes of the countries the article is about, most
            salient first.
        text: the sentence the name comes from; used for the case check and for
            qualifiers that follow the name ("Paris, Texas").

    Returns:
        The chosen place, with ``text`` set to ``name`` and ``why`` saying how it was
        chosen; ``None`` for junk (under three letters, a lower-case common word, a
        listed stopword) or a name the gazetteer does not know.
    """
    words = " ".join(name.split())
    want_admin1 = False
    qualifier: str | None = None
    if "," in words:
        words, _, qualifier = (part.strip() for part in words.partition(","))
    match = _STATE_SUFFIX.match(words)
    if match:
        words, want_admin1 = match["name"], True
    if not _plausible(words, text=text if text is not None else name, gazetteer=gazetteer):
        return None
    if text is not None and qualifier is None and not want_admin1:
        qualifier, want_admin1 = _qualifier_in_text(words, text)

    found, main_name = gazetteer.entries(words)
    if text is not None and text == text.lower():
        # Lower-case text has no capital to tell "the temple town" from Temple, Texas: a
        # place there is a country, a province, a prominent city or lies in a country the
        # article is about.
        found = [
            e for e in found
            if e.place.feature in ("country", "admin1") or e.place.country in countries
            or _prominent(e, gazetteer=gazetteer)
        ]
    if len(words.replace(".", "")) < 3:
        # "US", "UK": only our upper-case country aliases, never a town called "Bo".
        found = [e for e in found if e.place.feature == "country"]
    if not found:
        return None
    notes: list[str] = [] if main_name else ["alternate name"]

    pool = found
    if qualifier:
        pool, note = _apply_qualifier(pool, qualifier, gazetteer=gazetteer)
        notes.append(note)
    if want_admin1:
        states = [e for e in pool if e.place.feature == "admin1"]
        if states:
            pool = states
            notes.append("'state' given")

    nations = [e for e in pool if e.place.feature == "country"]
    others = [e for e in pool if e.place.feature != "country"]
    top = countries[0] if countries else None
    if nations:
        top_states = [e for e in others if e.place.feature == "admin1" and e.place.country == top]
        if not top_states:
            why = nations[0].place.why or "country"
            return _finish(nations[0], name=name, why=_join(why, *notes))
        pool = top_states
        notes.append(f"state in the article's top country {top}, not the country")
    else:
        cities = [e for e in others if e.place.feature == "city"]
        pool = cities or others

    chosen, why = _rank(pool, countries=countries, gazetteer=gazetteer)
    return _finish(chosen, name=name, why=_join(why, *notes))


def _plausible(words: str, *, text: str, gazetteer: Gazetteer) -> bool:
    bare = words[4:] if words.lower().startswith("the ") else words
    letters = [ch for ch in bare if ch.isalpha()]
    if not letters:
        return False
    if len(letters) < 3 and not bare.replace(".", "").isupper():
        return False
    if not letters[0].isupper() and text != text.lower():
        return False  # "male nurse", "best practice": lower case in a normal sentence
    return normalize_name(bare) not in gazetteer.stopwords


def _qualifier_in_text(words: str, text: str) -> tuple[str | None, bool]:
    pattern = re.compile(
        re.escape(words) + r"(?:\s+(?P<state>[Ss]tate)\b|,\s+(?P<qual>" + _QUALIFIER_WORDS + "))"
    )
    match = pattern.search(text)
    if match is None:
        return None, False
    if match["state"]:
        return None, True
    return match["qual"], False


def _apply_qualifier(
    pool: list[GazetteerEntry], qualifier: str, *, gazetteer: Gazetteer
) -> tuple[list[GazetteerEntry], str]:
    # Try "New Mexico officials" -> "New Mexico officials", "New Mexico", "New".
    tokens = qualifier.split()
    for size in range(len(tokens), 0, -1):
        candidate = " ".join(tokens[:size]).rstrip(".,")
        key = normalize_name(candidate)
        state = gazetteer.admin1_names.get(key)
        if state is None and len(candidate) == 2 and candidate.isupper():
            state = candidate if candidate in gazetteer.admin1_names.values() else None
        if state is not None:
            inside = [e for e in pool if e.country2 == "US" and e.admin1 == state]
            if inside:
                return inside, f"qualified by {candidate!r}"
        alpha3 = gazetteer.country_names.get(key)
        if alpha3 is not None:
            inside = [e for e in pool if e.place.country == alpha3 and e.place.feature != "country"]
            if inside:
                return inside, f"qualified by {candidate!r}"
    return pool, f"qualifier {qualifier!r} not used"


def _rank(
    pool: list[GazetteerEntry], *, countries: Sequence[str], gazetteer: Gazetteer
) -> tuple[GazetteerEntry, str]:
    best = max(pool, key=lambda e: e.population)
    feature = best.place.feature or "place"
    preferred: GazetteerEntry | None = None
    for code in countries:
        inside = [e for e in pool if e.place.country == code]
        if inside:
            preferred = max(inside, key=lambda e: e.population)
            break
    count = len(pool)
    if preferred is None or preferred is best:
        if count == 1:
            return best, f"{feature}, only candidate, in {best.place.country}"
        return best, f"{feature}, largest of {count} candidates, in {best.place.country}"
    if preferred.population < _SMALL_TOWN and _prominent(best, gazetteer=gazetteer):
        return best, (
            f"{feature}, largest of {count} candidates, in {best.place.country}; prominent, "
            f"preferred over a small town in the article's country {preferred.place.country}"
        )
    return preferred, (
        f"{preferred.place.feature} in the article's country {preferred.place.country}, "
        f"largest there of {count} candidates (the largest overall is in {best.place.country})"
    )


def _prominent(entry: GazetteerEntry, *, gazetteer: Gazetteer) -> bool:
    return (
        entry.population >= _PROMINENT_POPULATION or entry.place.geonameid in gazetteer.capital_ids
    )


def _join(*parts: str | None) -> str:
    return "; ".join(p for p in parts if p)


def _finish(entry: GazetteerEntry, *, name: str, why: str) -> Place:
    return dataclasses.replace(entry.place, text=name, why=why)
