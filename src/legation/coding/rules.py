"""Trigger dictionaries: schema, loading, linting and compilation to spaCy matchers.

Each file in ``dictionaries/triggers/`` holds a YAML list of trigger entries, for
example::

    - id: consult.meet
      type: CONSULT
      cameo: "040"
      pos: VERB
      lemmas: [meet, confer]
      recipient: [dobj, with]

``grammar.yaml`` holds the word lists the argument and status finders interpret
(reporting verbs, support verbs, modals). Loading validates every entry with
pydantic and raises one :class:`~legation.errors.DictionaryError` naming file and
entry id for every problem found.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from legation.coding.ontology import Ontology, load_ontology
from legation.errors import DictionaryError
from legation.records import PLOVER_TYPES

TRIGGER_DIR = Path(__file__).resolve().parent.parent / "dictionaries" / "triggers"
GRAMMAR_FILE = "grammar.yaml"
ARGUMENT_SLOTS = ("dobj", "dative", "poss")
POS_TAGS = {"VERB": ("VERB",), "NOUN": ("NOUN", "PROPN")}
PLOVER_SECTORS = frozenset(
    ["COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"]
)


class TriggerEntry(BaseModel):
    """One trigger: the words that signal an event type and where its arguments are."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    type: str
    mode: str | None = None
    cameo: str | None = None
    pos: Literal["VERB", "NOUN"]
    lemmas: list[str] = Field(min_length=1)
    object: list[str] | None = None
    recipient: list[str] = Field(default_factory=list)
    destination: list[str] = Field(default_factory=list)
    subject_role: Literal["actor", "recipient"] = "actor"
    embedded: bool = False
    standalone: bool = True
    require_recipient: bool = False
    require_recipient_for: list[str] = Field(default_factory=list)
    require_embedded_for: list[str] = Field(default_factory=list)
    require_actor_sector: list[str] = Field(default_factory=list)
    plural_only: list[str] = Field(default_factory=list)
    implicit_actor: str | None = None  # PLOVER sector of the actor when the text names none
    not_modified_by: list[str] = Field(default_factory=list)  # "strike" but not "air strike"
    possessor_undergoes: bool = False  # "Navalny's arrest": the possessor is the recipient (no of-phrase)
    no_object: bool = False  # "demonstrated in the square", not "demonstrated the system" / "how ..."
    needs_clause: bool = False  # only with a clause complement: "protested that the vote was rigged"
    keeps_object: bool = False  # the listed object stays an event of its own ("dispersed the protesters")
    not_object: list[str] = Field(default_factory=list)  # object heads of another sense ("met the targets")
    not_with_words: list[str] = Field(default_factory=list)  # "a rally", not in a sentence on "stocks"
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    note: str | None = None


class Grammar(BaseModel):
    """Word lists used by the argument and status finders."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    reporting_verbs: frozenset[str]
    support_verbs: frozenset[str]
    future_auxiliaries: frozenset[str]
    hypothetical_modals: frozenset[str]
    intention_verbs: frozenset[str]
    intention_to_agree: frozenset[str]
    negating_verbs: frozenset[str]
    object_control_verbs: frozenset[str]
    hypothetical_markers: frozenset[str]
    pronouns: frozenset[str]
    doer_of_nouns: frozenset[str]  # "the resignation of the minister": the of-phrase names the doer
    weapon_nouns: frozenset[str]  # "a missile hit the base": a weapon as the doer stands for its unnamed user
    lemma_fixes: dict[str, str]  # word form -> lemma, where the shipped lemmatiser is wrong ("raped" -> rap)
    group_mentions: tuple[str, ...]
    organisation_kinds: dict[str, str]  # last word of an unlisted organisation's name -> its sector

    @field_validator("organisation_kinds")
    @classmethod
    def _check_kinds(cls, value: dict[str, str]) -> dict[str, str]:
        wrong = sorted(f"{word}: {sector}" for word, sector in value.items() if sector not in PLOVER_SECTORS)
        if wrong:
            raise ValueError(f"not PLOVER sectors: {', '.join(wrong)}")
        bad_case = sorted(word for word in value if word != word.lower())
        if bad_case:
            raise ValueError(f"words must be lower case: {', '.join(bad_case)}")
        return value


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Validated trigger entries, grammar lists, ontology, and the dictionary version."""

    entries: dict[str, TriggerEntry]
    grammar: Grammar
    ontology: Ontology
    version: str
    files: tuple[str, ...]

    def compile(self, vocab: Vocab) -> PhraseMatcher:
        """Compile every entry's lemmas into one spaCy ``PhraseMatcher`` keyed by entry id."""
        return _compile(self, vocab)


def entry_problems(entry: TriggerEntry, ontology: Ontology) -> list[str]:
    """Return what is wrong with one entry's codes and fields against the ontology."""
    problems = []
    if entry.type not in PLOVER_TYPES:
        problems.append(f"type {entry.type!r} is not a PLOVER type")
        return problems
    ptype = ontology.types[entry.type]
    if entry.mode is not None and entry.mode not in ptype.modes:
        problems.append(f"mode {entry.mode!r} is not a mode of {entry.type}")
    if entry.cameo is not None and entry.cameo not in ontology.cameo:
        problems.append(f"CAMEO code {entry.cameo!r} is not in the CAMEO table")
    if entry.implicit_actor is not None and entry.implicit_actor not in PLOVER_SECTORS:
        problems.append(f"implicit_actor {entry.implicit_actor!r} is not a PLOVER sector")
    for slot in entry.recipient + entry.destination:
        if slot != slot.lower():
            problems.append(f"argument slot {slot!r} must be lower case")
    return problems


def load_rules(directory: Path = TRIGGER_DIR) -> RuleSet:
    """Load, validate and lint every trigger file in ``directory``.

    Raises:
        DictionaryError: listing each problem as ``file: entry id: problem``.
    """
    return _load_rules(str(directory))


def read_trigger_files(
    directory: Path, problems: list[str], *, ontology: Ontology | None
) -> tuple[dict[str, TriggerEntry], dict[str, str], str]:
    """Read and validate every trigger file, appending each problem to ``problems``.

    Returns the valid entries by id, the file each came from, and the content hash of
    the files (the dictionary version). Codes are checked against ``ontology`` when given.
    Shared by :func:`load_rules` and ``legation dict check``.
    """
    entries: dict[str, TriggerEntry] = {}
    where: dict[str, str] = {}
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.glob("*.yaml") if p.name != GRAMMAR_FILE):
        text = path.read_text(encoding="utf-8")
        digest.update(path.name.encode() + b"\0" + text.encode())
        try:
            raw = yaml.safe_load(text) or []
        except yaml.YAMLError as err:
            problems.append(f"{path.name}: not valid YAML: {err}")
            continue
        if not isinstance(raw, list):
            problems.append(f"{path.name}: must be a YAML list of entries")
            continue
        for position, item in enumerate(raw):
            label = item.get("id", f"#{position}") if isinstance(item, dict) else f"#{position}"
            try:
                entry = TriggerEntry.model_validate(item)
            except ValidationError as err:
                for error in err.errors():
                    loc = ".".join(str(p) for p in error["loc"])
                    problems.append(f"{path.name}: {label}: {loc}: {error['msg']}")
                continue
            if entry.id in entries:
                problems.append(f"{path.name}: {entry.id}: duplicate id (also in {where[entry.id]})")
                continue
            if ontology is not None:
                problems.extend(f"{path.name}: {entry.id}: {p}" for p in entry_problems(entry, ontology))
            entries[entry.id] = entry
            where[entry.id] = path.name
    return entries, where, digest.hexdigest()


@functools.lru_cache(maxsize=4)
def _load_rules(directory_name: str) -> RuleSet:
    directory = Path(directory_name)
    ontology = load_ontology()
    problems: list[str] = []
    entries, where, files_hash = read_trigger_files(directory, problems, ontology=ontology)
    digest = hashlib.sha256(files_hash.encode())
    files = sorted(p for p in directory.glob("*.yaml") if p.name != GRAMMAR_FILE)
    problems.extend(lint_entries(entries.values(), where=where))
    grammar_path = directory / GRAMMAR_FILE
    grammar_text = grammar_path.read_text(encoding="utf-8")
    digest.update(grammar_text.encode())
    try:
        grammar = Grammar.model_validate(yaml.safe_load(grammar_text))
    except ValidationError as err:
        problems.extend(f"{GRAMMAR_FILE}: {e['loc']}: {e['msg']}" for e in err.errors())
    if problems:
        raise DictionaryError("invalid trigger dictionaries", problems)
    return RuleSet(
        entries=entries,
        grammar=grammar,
        ontology=ontology,
        version=digest.hexdigest()[:12],
        files=tuple(p.name for p in files),
    )


def lint_entries(entries: Iterable[TriggerEntry], *, where: dict[str, str]) -> list[str]:
    """Find one pattern mapped to conflicting codes.

    Two entries conflict when they share a lemma, part of speech and object
    constraint but give different types: the coder could not choose between them.
    """
    seen: dict[tuple[str, str, tuple[str, ...]], TriggerEntry] = {}
    problems = []
    for entry in entries:
        objects = tuple(sorted(entry.object or ()))
        for lemma in entry.lemmas:
            key = (lemma.lower(), entry.pos, objects)
            other = seen.get(key)
            if other is not None and other.type != entry.type and not (
                _disambiguated(entry, lemma) or _disambiguated(other, lemma)
            ):
                problems.append(
                    f"{where.get(entry.id, '?')}: {entry.id}: lemma {lemma!r} ({entry.pos}) is also "
                    f"{other.type} in {other.id}"
                )
            seen.setdefault(key, entry)
    return problems


def _disambiguated(entry: TriggerEntry, lemma: str) -> bool:
    """An entry that fires only under an extra condition does not conflict."""
    return bool(entry.require_actor_sector) or entry.needs_clause or lemma in entry.require_recipient_for


def _compile(rules: RuleSet, vocab: Vocab) -> PhraseMatcher:
    """One ``PhraseMatcher`` on lemmas, keyed by entry id.

    Verbs are matched on their first word only ("call for" -> "call"; the particle is
    checked on the parse), nouns on their whole lemma sequence ("air strike"). The part of
    speech is checked by the coder (:data:`POS_TAGS`). A hash lookup per token: much
    faster than a token-pattern ``Matcher`` with hundreds of ``LEMMA IN`` predicates.
    """
    matcher = PhraseMatcher(vocab, attr="LEMMA")
    for entry in rules.entries.values():
        phrases: list[tuple[str, ...]] = []
        for lemma in entry.lemmas:
            words = tuple(w.lower() for w in lemma.split())
            key = words[:1] if entry.pos == "VERB" else words
            if key not in phrases:
                phrases.append(key)
        patterns = [Doc(vocab, words=list(words), lemmas=list(words)) for words in phrases]
        matcher.add(entry.id, patterns)
    return matcher
