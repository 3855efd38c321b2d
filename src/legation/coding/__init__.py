"""Event coding: PLOVER trigger dictionaries compiled to spaCy matchers, applied to parses."""

from __future__ import annotations

from legation.coding.extract import (
    ArticleState,
    Coder,
    code_sentence,
    date_headline,
    normalize_headline,
    refer_to_headline,
)
from legation.coding.ontology import Ontology, load_ontology
from legation.coding.rules import RuleSet, TriggerEntry, load_rules

__all__ = [
    "ArticleState",
    "Coder",
    "Ontology",
    "RuleSet",
    "TriggerEntry",
    "code_sentence",
    "date_headline",
    "load_ontology",
    "load_rules",
    "normalize_headline",
    "refer_to_headline",
]
