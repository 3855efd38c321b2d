"""A lexical pre-filter: which sentences could hold an event at all.

Parsing is nearly all of Legation's time, and most news sentences hold no event. Every
event starts from a trigger that the phrase matcher finds by *lemma* (verbs on their
first word, nouns on their whole lemma sequence, some only with a given object). The
pre-filter turns those lemmas back into the surface forms spaCy's rule lemmatizer maps
to them (its suffix rules run backwards, plus its irregular forms), so one set lookup
per word decides, before any parsing, whether a sentence can produce a trigger match.
Sentences that cannot are not parsed; the coder only reads their names (for "Kim"
later on, see :func:`legation.coding.skim.remember_names`).

The test is a necessary condition of a match, not an approximation: a word whose lemma
is a trigger lemma has one of the generated forms (checked over a corpus by the tests).
It holds for pipelines with spaCy's rule lemmatizer (the English pipelines);
:func:`build_trigger_forms` returns ``None`` for others and everything is parsed.

Example::

    forms = build_trigger_forms(rules, nlp)
    forms.wants(["troops", "were", "deployed", "near", "the", "border"])  # True
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.lookups import Table

from legation.coding.rules import RuleSet

logger = logging.getLogger(__name__)

_ANY_PERSON = "@person"  # object constraint met by any named person: no word to require


Requirement = tuple[frozenset[str], ...]  # each set must share a word with the sentence


@dataclass(frozen=True, slots=True)
class TriggerForms:
    """Lower-case word forms that can carry a trigger.

    Attributes:
        free: forms of triggers that need nothing else in the sentence.
        guarded: form of a trigger -> the alternative requirements under which it can
            match: the other words of a multi-word trigger ("sit - in", "striking
            worker", "open fire", "take to streets") and the object words an entry
            insists on ("use" + "tear gas").
    """

    free: frozenset[str]
    guarded: dict[str, tuple[Requirement, ...]]

    def wants(self, words: Iterable[str]) -> bool:
        """Could a sentence with these lower-case words hold a trigger match?"""
        present = set(words)
        if not self.free.isdisjoint(present):
            return True
        return any(
            all(not required.isdisjoint(present) for required in requirement)
            for form in present.intersection(self.guarded)
            for requirement in self.guarded[form]
        )


def build_trigger_forms(rules: RuleSet, nlp: Language) -> TriggerForms | None:
    """Generate the surface forms of every trigger lemma with ``nlp``'s lemmatizer tables.

    Returns ``None`` when the pipeline has no rule lemmatizer (then nothing is filtered).
    """
    inflect = _Inflector.from_pipeline(nlp, fixes=rules.grammar.lemma_fixes)
    if inflect is None:
        logger.info("pre-filter off: the pipeline %s has no rule lemmatizer", nlp.meta.get("name"))
        return None
    free: set[str] = set()
    guarded: dict[str, set[Requirement]] = {}
    for entry in rules.entries.values():
        objects = {w.lower() for w in entry.object or ()}
        object_forms: Requirement = ()
        if objects and _ANY_PERSON not in objects:
            # the coder compares the object's words by lemma (any part of speech) and by form
            object_forms = (frozenset(f for phrase in objects for word in phrase.split() for f in inflect.any(word)),)
        for lemma in entry.lemmas:
            words = lemma.lower().split()
            if entry.pos == "VERB":  # matched on the first word, the others among its dependents
                head, others = inflect(words[0], "verb"), words[1:]
            else:  # nouns on every word, the last one being the noun the coder checks
                head, others = inflect(words[-1], "noun"), words[:-1]
            requirement = tuple(frozenset(inflect.any(word)) for word in others) + object_forms
            if not requirement:
                free |= head
            for form in head if requirement else ():
                guarded.setdefault(form, set()).add(requirement)
    return TriggerForms(
        free=frozenset(free),
        guarded={form: tuple(reqs) for form, reqs in guarded.items() if form not in free},
    )


@dataclass(frozen=True, slots=True)
class _Inflector:
    """spaCy's rule lemmatizer run backwards: lemma + part of speech -> surface forms."""

    rules: dict[str, list[tuple[str, str]]]
    irregular: dict[str, dict[str, set[str]]]  # pos -> lemma -> forms
    ruled: dict[str, set[str]]  # lemma -> forms the attribute ruler gives that lemma
    fixed: dict[str, set[str]]  # lemma -> forms the coder corrects to it (grammar lemma_fixes)

    @classmethod
    def from_pipeline(cls, nlp: Language, *, fixes: dict[str, str]) -> _Inflector | None:
        if "lemmatizer" not in nlp.pipe_names:
            return None
        lemmatizer = nlp.get_pipe("lemmatizer")
        if getattr(lemmatizer, "mode", None) != "rule":
            return None
        lookups = lemmatizer.lookups
        rule_table: Table = lookups.get_table("lemma_rules")
        exc_table: Table = lookups.get_table("lemma_exc", {})
        rules: dict[str, list[tuple[str, str]]] = {}
        irregular: dict[str, dict[str, set[str]]] = {}
        for pos in ("noun", "verb"):
            rules[pos] = [(old, new) for old, new in rule_table.get(pos, [])]
            inverted: dict[str, set[str]] = {}
            for form, lemmas in exc_table.get(pos, {}).items():
                for lemma in lemmas:
                    inverted.setdefault(lemma.lower(), set()).add(form.lower())
            irregular[pos] = inverted
        ruled: dict[str, set[str]] = {}
        if "attribute_ruler" in nlp.pipe_names:
            for pattern in nlp.get_pipe("attribute_ruler").patterns:
                lemma = pattern["attrs"].get("LEMMA")
                if not isinstance(lemma, str):
                    continue
                for tokens in pattern["patterns"]:
                    for token in tokens:
                        for key in ("LOWER", "ORTH", "TEXT"):
                            if isinstance(token.get(key), str):
                                ruled.setdefault(lemma.lower(), set()).add(token[key].lower())
        fixed: dict[str, set[str]] = {}
        for form, lemma in fixes.items():
            fixed.setdefault(lemma.lower(), set()).add(form.lower())
        return cls(rules=rules, irregular=irregular, ruled=ruled, fixed=fixed)

    def any(self, lemma: str) -> set[str]:
        """Forms of ``lemma`` as a noun or a verb (words whose part of speech is not checked)."""
        return self(lemma, "noun") | self(lemma, "verb")

    def __call__(self, lemma: str, pos: str) -> set[str]:
        forms = {lemma}
        for old, new in self.rules[pos]:
            if lemma.endswith(new):
                forms.add(lemma[: len(lemma) - len(new)] + old)
        forms |= self.irregular[pos].get(lemma, set())
        forms |= self.ruled.get(lemma, set())
        forms |= self.fixed.get(lemma, set())
        return forms
