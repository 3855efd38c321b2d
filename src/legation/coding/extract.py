"""Find event mentions in parsed sentences: triggers, arguments, status, date, place.

The trigger dictionaries (``dictionaries/triggers``) are compiled to a spaCy
``PhraseMatcher`` on lemmas; this module interprets each match against the dependency parse:

* verbs: the subject is the actor (the ``by`` agent in the passive), the object or a
  listed preposition gives the recipient; subjects are inherited through control
  ("is to send", "plans to visit"), coordination ("met X and made a trip") and
  relative clauses;
* nouns: a support verb lends its subject ("held talks with", "imposed sanctions
  on"); otherwise a possessive, a nationality modifier or a ``by`` phrase gives the
  actor ("Russia's sanctions", "U.S. airstrikes", "talks between X and Y");
* a trigger embedded under another one ("agreed to withdraw", "urged X to release")
  is not coded twice: the outer event wins;
* reporting verbs ("said", "according to") are never events and their speaker is
  not the actor of what is reported, except that a pronoun subject of the reported
  clause refers to the speaker ("Moscow said it would ...");
* a trigger with no recipient of its own takes one from its complement or condition
  ("refused to meet Jordan's king", "threatened to strike unless Israel withdrew");
* an event whose clause names no date takes the day the story set a sentence or two
  before ("On Monday, X met Y. Y later said ..."); a headline takes its lead's day;
* what is only announced or readied changes type: a promised act of cooperation, or a
  meeting offered on a condition, is AGREE; an announced attack or sanction THREATEN;
  an armed force getting ready to strike ("prepared to resume shelling") MOBILIZE;
* what is asked for or asked about is not told as done: "X suggested that Y resign" (the
  mandative subjunctive) is a REQUEST by X of Y, "must"/"should" in reported speech
  likewise; an act in a yes/no question ("Did the army attack?") or a whether/if clause
  is hypothetical and no threat; "asked whether ..." is a question, not a request.

Example: "Choe met Chinese President Xi Jinping last year" gives a CONSULT mention
with actor Choe Ryong Hae (PRK) and recipient Xi Jinping (CHN GOV), dated 2013.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, TypeVar

from spacy.matcher import PhraseMatcher
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from legation.actors import ActorMemory, KnowledgeBase, actor_on, resolve_actor
from legation.actors.resolve import ETHNIC_WORDS
from legation.coding.rules import POS_TAGS, Grammar, RuleSet, TriggerEntry
from legation.dates import ResolvedDate, carry_date, narrative_day, resolve_date
from legation.dates.expressions import find_temporal_expressions
from legation.geo import Gazetteer, resolve_place
from legation.records import Actor, EventMention, Place, Span, stable_id

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
CLAUSE_BREAK_DEPS = ("conj", "ccomp", "advcl", "relcl", "parataxis")
ATTRIBUTION_PREPS = frozenset({"according", "citing", "quoting"})  # name the source, not the event
OBJECT_PLACE_WORDS = frozenset({"outside", "near", "inside", "opposite", "before", "behind"})
NP_SKIP_DEPS = ("relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "prep", "parataxis", "mark", "npadvmod")
PLACE_PREPS = ("in", "at", "near", "outside", "inside")
PLACE_LABELS = ("GPE", "LOC", "FAC")
GENERIC_PLACE_HEADS = ("city", "town", "capital", "region", "province", "village", "port", "area")
# "supporters of Ben Bella" are partisans, not Ben Bella: the "of" complement is dropped.
FOLLOWER_HEADS = ("supporter", "relative", "family", "follower", "fan", "sympathizer", "sympathiser", "admirer", "partisan")
RELATIVE_PRONOUNS = ("which", "who", "whom", "that", "whose")
QUANTITY_HEADS = (
    "score", "dozen", "hundred", "thousand", "million", "number", "group", "handful", "some", "many", "most",
    "several", "all", "none", "few", "majority", "crowd", "band", "busload", "contingent",
)
NOMINAL_ACTOR_LEMMAS = ("protester", "protestor", "demonstrator", "rioter")
DYING_VERBS = frozenset({"die", "perish", "succumb"})
# the harm that names an attack's victims: "died in an airstrike", "were wounded in the attack"
CASUALTY_WORDS = frozenset({*DYING_VERBS, "dead", "kill", "wound", "injure", "hurt", "wounded", "injured"})
PLANNED_ADJECTIVES = (
    "due", "set", "expected", "scheduled", "slated", "poised", "likely", "ready", "willing", "prepared",
    "committed", "determined", "eager", "keen", "open",
)
ARGUMENT_SLOT_NAMES = ("dobj", "dative", "poss", "ccomp")
VOICED_BY_PROTEST = ("REQUEST", "ACCUSE", "REJECT")
SPOKEN_NOUN_TYPES = ("REQUEST", "THREATEN")  # "a demand that ...", "a threat to ..."
COOPERATIVE_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT")
REFUSING_AUXILIARIES = frozenset({"will", "wo", "would", "shall", "can", "ca", "could"})
# Verbs of these types make the event noun they govern a mere content ("demanded a
# withdrawal", "rejected the deployment"); "undertook a mission" is the mission itself.
NOUN_EMBEDDING_TYPES = ("REQUEST", "THREATEN", "REJECT")
PROMISED_TYPES = ("SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT")  # "will give aid" is AGREE (CAMEO 03x)
OFFER_MARKERS = ("if", "provided", "providing")  # "would meet X if ...": an offer to meet (CAMEO 036)
ANNOUNCED_CONFLICT_TYPES = ("SANCTION", "COERCE", "ASSAULT")  # "will impose a curfew" is THREATEN (13x)
PLANNED_MODIFIERS = ("planned", "upcoming", "proposed", "scheduled", "forthcoming", "future", "possible", "potential", "expected")
AGREE_CAMEO_BY_TYPE = {"CONSULT": "036", "COOPERATE": "031", "AID": "033", "CONCEDE": "035", "RETREAT": "0356", "SUPPORT": "032"}
EXPRESSIVE_CAMEO = ("051", "055")  # praise, condolences, apologies: "offered" is how they are said
SYMMETRIC_TYPES = ("CONSULT", "AGREE", "COOPERATE")
MUTUAL_CAMEO = ("057",)  # "Libya and Bulgaria signed a treaty": each signs with the other
THREAT_MODE_BY_TYPE = {"ASSAULT": "violence", "SANCTION": "relations", "COERCE": "restrict"}
# (the mode of an announced coercive act follows the act; others get none)
INTERNATIONAL_CODES = ("IGO", "NGO", "MNC", "ISM", "IMG", "UNO", "EUR")
ARMED_SECTORS = ("MIL", "UAF", "REB", "COP", "SPY")
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "parataxis", "acl", "csubj"})
STATE_SECTORS = frozenset({"GOV", "JUD", "MIL"})  # the state's own organs
UNCASED_SHARE = 20  # a sentence with under one capital word in this many writes names in lower case
OBLIGATION_NOUNS = frozenset({"need", "obligation", "duty", "necessity", "imperative"})
SELF_MOVING_VERBS = frozenset({"disperse", "scatter"})  # "police dispersed them" / "they dispersed"
MIGRANT_SECTORS = frozenset({"CVL", "REF"})  # whose journeys are no visits between parties
MONTH_WORDS = frozenset({"march", "may"})  # months that are also event words
KIND_ADJECTIVES = frozenset({"military", "paramilitary", "naval", "armed"})
POPULATION_MODES = ("curfew", "martial-law", "restrict")  # orders that bind everyone in a place
ARMED_WORDS = frozenset({
    "troops", "soldiers", "forces", "force", "peacekeepers", "battalion", "brigade", "regiment", "contingent",
    "marines", "units", "deployment", "patrol", "fleet",
})
STATIVE_PASSIVE_TYPES = ("REJECT", "SUPPORT", "AGREE")  # "is opposed to", "is committed to"
# participles that state a stance ("is opposed to", "is committed to"), not an act done to
# the subject ("was invited to the talks")
# (the participle itself too, where the lemmatiser leaves it)
STATIVE_PARTICIPLES = frozenset({
    "oppose", "commit", "dedicate", "devote", "resign", "reconcile", "attach", "wed", "bind", "pledge", "object",
    "subscribe", "ally", "align", "opposed", "committed", "dedicated", "devoted",
})
# Types whose unnamed recipient is the country where the event takes place, when that is
# not the actor's ("air strike into Gaza City", "lifted the curfew in Montenegro",
# "attended the summit in Russia").
PLACE_RECIPIENT_TYPES = ("ASSAULT", "COERCE", "MOBILIZE", "CONCEDE", "CONSULT")
PROCESS_HEADS = ("process", "round", "session", "effort", "mission", "operation", "campaign", "package", "programme", "program")
# Prepositions after which a bare event noun may take the clause's subject as its actor
# ("workers walked out in a strike", "youths threw stones during demonstrations").
BORROWING_PREPS = ("in", "on", "during", "at", "by", "with", "through", "via")
# "came under attack", "remains under arrest": the subject of these verbs undergoes the act
UNDERGOING_VERBS = ("come", "be", "remain", "stay", "fall")
# Support verbs that turn a cooperative noun event into an offer ("proposed talks").
BACKGROUND_PREPS = ("after", "since", "following", "amid", "amidst", "despite")
BACKGROUND_NOUNS = ("response", "wake", "retaliation", "reaction", "aftermath", "revenge", "reprisal")
CAUSATIVE_VERBS = ("spark", "trigger", "ignite", "provoke", "prompt", "cause", "fuel", "touch", "set", "lead", "unleash", "stir", "incite")
VICTIM_HEADS = ("victim", "casualty", "survivor", "toll", "death", "injury")
INSTRUMENT_HEADS = ("warrant", "law", "act", "bill", "ordinance", "order", "gear", "equipment", "vehicle", "van")
OBLIGATION_RULE = "request.obligation"
NEGATING_PHRASE_NOUNS = frozenset({"means", "mean", "way", "circumstance", "circumstances", "account", "condition"})
# Verbs without a passive: a participle of one is active ("thousands gathered").
INTRANSITIVE_VERBS = frozenset({"gather", "assemble", "march", "rally", "converge", "congregate", "flock", "throng", "protest", "demonstrate"})
STANCE_NOUNS = frozenset({"defiance", "protest", "opposition", "contempt"})  # "in defiance of X"
# Types of triggers that react to someone else's act ("China condemned the arrest").
REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "PROTEST", "SUPPORT", "CONSULT"})
REACTED_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST", "SUPPORT"})  # whose target is the doer of the act they name
# Types whose verbs act on an event named as their object ("banned the rally", "attacked
# the march", "intercepted the rocket") without having made it.
ACTING_ON_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION"})
GENERIC_MODALS = frozenset({"can", "could", "may", "might"})
TREND_WORDS = frozenset({"increase", "rise", "decline", "fall", "drop", "become", "decrease"})
PART_NOUNS = ("role", "involvement", "part", "participation", "complicity", "hand")  # "his role in the abduction"
RESPONSIBILITY_WORDS = ("responsible", "guilty", "culpable", "complicit", "engage", "involve", "implicate")
OCCURRENCE_VERBS = ("happen", "occur", "take", "go", "break", "erupt", "materialise", "materialize", "proceed", "spread")
# Verbs that call off or put off an event named as their object ("the talks were postponed")
CANCELLING_VERBS = frozenset({"cancel", "scrap", "abandon", "call off", "scuttle", "annul", "drop"})
POSTPONING_VERBS = frozenset({"postpone", "delay", "defer", "reschedule", "put off"})
# "negotiators return to Geneva for talks": who travels for an event takes part in it
ARRIVING_VERBS = frozenset({"arrive", "come", "go", "travel", "return", "fly", "head", "journey", "gather", "convene"})
# Verbs whose from-phrase names a state that ends ("freed from detention")
LEAVING_VERBS = frozenset({"release", "free", "escape", "flee", "discharge", "liberate", "rescue", "emerge"})
ONSET_VERBS = ("begin", "start", "open", "resume", "commence", "continue")
DOUBLE_NEGATIVES = ("hesitate", "fail", "refuse", "decline", "stop", "cease")  # "did not hesitate to strike"
PLURAL_PRONOUNS = ("they", "them", "their", "theirs")
# verbs whose that-clause takes the mandative subjunctive ("suggested that he resign")
MANDATIVE_VERBS = frozenset(
    ["suggest", "recommend", "propose", "demand", "insist", "urge", "ask", "request", "require", "order", "advise", "move", "stipulate"]
)
DANGER_NOUNS = ("threat", "danger", "menace", "risk")
QUESTION_VERBS = ("ask", "inquire", "enquire", "query")  # with if/whether: a question
RUSHING_VERBS = ("charge",)  # with a preposition of motion: a rush, not an accusation
MOTION_PREPS = ("into", "at", "toward", "towards", "through", "across", "down", "up", "out")
# subordinators of a clause of time, reason or contrast: what it tells is no content of its verb
# ("since" and "as" are left out: "the largest protest since the government was announced,
# demanding ..." hangs the demand on the since-clause)
CIRCUMSTANCE_MARKS = frozenset(["while", "whilst", "when", "after", "before", "until", "although", "though", "whereas"])
ABILITY_WORDS = ("able", "unable", "incapable")  # "not able to" / "unable to" arrest: no arrest
# "finding it difficult to arrest him" (parsed as a clause of the adjective): only judged possible
MODAL_ADJECTIVES = frozenset({
    "difficult", "hard", "easy", "impossible", "possible", "free", "fair", "necessary", "unlikely",
    "wise", "important", "essential", "appropriate", "advisable", "reluctant", "unwilling",
})
# "were quick to arrest the men": the act was done, promptly
PROMPT_ADJECTIVES = frozenset({"quick", "swift", "fast", "slow", "prompt", "first", "last", "next"})
NEGATIVE_PRONOUNS = ("nobody", "noone", "none", "nothing", "neither")
ATTEMPT_VERBS = ("try", "attempt")
PHASE_VERBS = ("resume", "continue", "start", "begin", "restart", "renew")  # "prepared to resume shelling"
READINESS_WORDS = ("prepare", "poise", "poised", "ready", "prepared", "gear")  # "troops prepared to storm the town"
ATTEMPTED_TYPES = ("ASSAULT", "COERCE")
PROPOSING_VERBS = ("propose", "offer", "plan", "promise", "pledge")
LEAD_SENTENCES = 2  # the lead: body sentences up to this index (the title is sentence 0)
HEADLINE_FROM_LEAD = "the headline's day, from the lead"
NARRATIVE_REACH = 2  # how many sentences on a story's day carries to an undated past event
ANAPHORA_REACH = 8  # how many sentences back "the strike" looks for the strike it refers to
DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those"})
# Sentence openers that continue the story just told ("Eventually their leaders were arrested").
SEQUENCE_ADVERBS = frozenset({"eventually", "later", "then", "subsequently", "afterwards", "afterward", "thereafter"})
# Prepositions of an infinitive complement that name the party it is aimed at
# ("agreed to lift the embargo on Cuba", "threatened to cut ties with Russia").
COMPLEMENT_RECIPIENT_PREPS = ("with", "to", "on", "against", "toward", "towards", "from", "for", "at", "in")
# Types whose target is the party a condition is about ("unless Israel withdraws").
CONDITIONED_TYPES = ("THREATEN", "REQUEST", "REJECT")
# Political and verbal acts, which no weapon or war machine does ("troops supported by
# fighter jets" is air cover); aid it may carry ("helicopters evacuated the wounded").
PARTY_TYPES = frozenset({"AGREE", "SUPPORT", "CONSULT", "REQUEST", "ACCUSE", "REJECT"})


@dataclass(frozen=True, slots=True)
class Coder:
    """Everything the coder needs, built once per process by :func:`load_coder`."""

    rules: RuleSet
    matcher: PhraseMatcher
    kb: KnowledgeBase
    gazetteer: Gazetteer
    coder_version: str


@dataclass(slots=True)
class ArticleState:
    """What the coder remembers while reading one article, sentence by sentence.

    The one mutable object in the coder: it accumulates who was named (for "Kim",
    "the ministry", "it") and which countries were mentioned (for "the two sides").
    """

    article_id: str
    published: date | None
    memory: ActorMemory
    recent: list[Actor] = field(default_factory=list)
    subjects: list[Actor] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    country_counts: Counter[str] = field(default_factory=Counter)
    # The day the story last set (sentence index, date) and the day its lead sets,
    # for events whose own clause names none ("On Monday, X met Y. Y later said ...").
    narrative: tuple[int, ResolvedDate] | None = None
    lead: ResolvedDate | None = None
    # The last past date any body sentence named, however far back ("founded in 1891"),
    # for a sentence that goes on with the same story ("Eventually ...").
    history: tuple[int, ResolvedDate] | None = None
    # The last named side that attacked (sentence index, actor): an attack told next with
    # no doer named is most likely its work ("Israel launched an air strike ... A Hamas
    # commander was killed").
    attacker: tuple[int, Actor] | None = None
    # The first place the lead gives an event: where the story's unplaced events happen.
    place: Place | None = None
    # The story has told of air or missile strikes: a bare "the strikes" later is one of them.
    armed_strikes: bool = False
    # The last year a sentence named outright ("a coup back in 2002"), which "April 13 of
    # that year" refers to.
    story_year: int | None = None
    # The last event of each type told with a named doer (sentence index, mention): "the
    # strike" told later with no doer of its own is that event again.
    told: dict[str, tuple[int, EventMention]] = field(default_factory=dict)
    # Lead mentions that are a definite event noun with no doer and nothing told before
    # ("The offensive was begun with U.S. air support"): the headline, read last, may name it.
    lead_anaphors: set[str] = field(default_factory=set)

    def note(self, actor: Actor, *, subject: bool = False) -> None:
        """Remember a resolved actor (most recent last); subjects are kept apart for pronouns."""
        self.memory.remember(actor)
        self.recent.append(actor)
        if subject:
            self.subjects.append(actor)
        if actor.country and actor.country not in INTERNATIONAL_CODES:
            if actor.country in self.countries:
                self.countries.remove(actor.country)
            self.countries.append(actor.country)
            self.country_counts[actor.country] += 1

    def main_country(self) -> str | None:
        """The country the article names most (ties: the most recent)."""
        if not self.country_counts:
            return None
        best = max(self.country_counts.values())
        return next(c for c in reversed(self.countries) if self.country_counts[c] == best)


@dataclass(slots=True)
class _Candidate:
    entry: TriggerEntry
    trigger: Token
    anchor: Token  # the verb whose clause carries the event (support verb for nouns)
    actors: list[Actor]
    recipients: list[Actor]
    actor_via: str
    destination: Place | None = None
    type: str = ""
    cameo: str | None = None
    mode: str | None = None
    consumed: tuple[int, ...] = ()
    subject: Token | None = None  # the subject phrase, resolved or not
    same_as: tuple[int, EventMention] | None = None  # the earlier mention "the strike" refers to
    victims: bool = False  # protesters named as the ones harmed ("police fired on protesters")
    headline_anaphor: bool = False  # a definite event noun of the lead that only the headline may name


def _uncased_names(sent: SpacySpan) -> bool:
    """Whether the sentence writes names in lower case: hardly a capital after its first
    word (under one word in twenty: "this story is from March 19 ... bjp mla maya kodnani
    has blamed ..."). In ordinary text a lower-case phrase ("immediate action") names no
    one, whatever group has those words for its name."""
    words = [t for t in sent if t.is_alpha]
    capitals = sum(1 for t in words[1:] if t.text[:1].isupper())
    return capitals * UNCASED_SHARE < len(words)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _prep_objects(token: Token, words: Iterable[str]) -> list[Token]:
    """Objects of the token's prepositions whose word is in ``words`` ("with" -> Xi)."""
    wanted = set(words)
    found = []
    for child in token.children:
        if child.dep_ in ("prep", "dative", "agent") and child.lower_ in wanted:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            # "in and around Al Qaim": the object hangs on the coordinated preposition
            shared = [c for conj in child.children if conj.dep_ == "conj" and conj.pos_ == "ADP"
                      for c in conj.children if c.dep_ in ("pobj", "pcomp")]
            found.extend(objects or shared or _dangling_object(child))
    return found


def _dangling_object(prep: Token) -> list[Token]:
    """The noun phrase right after a preposition the parser left without an object, which it
    made the subject of a later clause ("granted asylum to five officers holed up in ...":
    "officers" hangs as the subject of "holed")."""
    for token in prep.doc[prep.i + 1:prep.i + 7]:
        if token.dep_ in ("det", "nummod", "amod", "compound", "poss", "case", "quantmod"):
            continue
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass") and token.head.i > token.i:
            return [token]
        return []
    return []


def _stray_by_phrase(noun: Token, event_nouns: frozenset[str]) -> list[Token]:
    """The object of a "by" right after ``noun`` that the parser hung higher up ("losses in
    raids by the army": "by the army" on "losses"), which belongs to the noun; not when
    it hangs on another event noun ("the beating of protesters by police" is the beating's)."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is None or following.lower_ != "by" or following.dep_ != "prep":
        return []
    if following.head not in noun.ancestors:
        return []  # (a "by" on the noun itself is one of its own prepositions)
    if following.head.pos_ in ("NOUN", "PROPN") and _lemma(following.head) in event_nouns:
        return []
    return [c for c in following.children if c.dep_ == "pobj"]


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a main verb the parser left without one, joined instead to the
    phrase that opens the sentence ("After the meeting in Ufa, Pakistan and India decided
    ...": "Pakistan" hangs as a conjunct of "Ufa").

    The words between the last comma before the verb and the verb must form one noun
    phrase whose head is such a conjunct of a word before the comma.
    """
    sent = verb.sent
    comma = next((t.i for t in reversed(sent[: verb.i - sent.start]) if t.text == ","), None)
    if comma is None:
        return None
    words = [t for t in verb.doc[comma + 1:verb.i] if t.dep_ not in ("aux", "auxpass", "neg", "advmod")]
    heads = [t for t in words if not (comma < t.head.i < verb.i)]
    if len(heads) != 1 or heads[0].dep_ != "conj" or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    head = heads[0]
    return head if head.head.i < comma and head.head.dep_ not in SUBJECT_DEPS else None


def _demanded_clauses(token: Token) -> list[Token]:
    """Clauses that say what a request asks of whom: "demanded that the US withdraw",
    "called for the US to withdraw" (a for-to clause), "insisted on its demand that the
    government resign" (the clause of a noun the trigger governs)."""
    def marked(clause: Token, words: tuple[str, ...]) -> bool:
        return any(m.lower_ in words for m in _children(clause, "mark"))

    clauses = [
        c for c in _children(token, "ccomp", "advcl", "acl")
        if c.dep_ == "ccomp" or marked(c, ("for",)) or (c.dep_ == "acl" and marked(c, ("that",)))
    ]
    for noun in [*_children(token, "dobj"), *(o for p in _children(token, "prep") for o in _children(p, "pobj"))]:
        clauses += [c for c in _children(noun, "acl", "ccomp") if marked(c, ("that", "for"))]
    return clauses


def _conjuncts(token: Token) -> list[Token]:
    """The token and its coordinated siblings ("Russia and North Korea")."""
    result = [token]
    for conj in token.conjuncts:
        if conj.i > token.i and conj.pos_ in ("PROPN", "NOUN", "PRON"):
            result.append(conj)
    return result


def _np_span(token: Token) -> tuple[int, int]:
    """Token index range of a compact noun phrase around ``token``.

    Keeps determiners, modifiers, compounds, possessives and an ``of`` complement;
    drops relative clauses, appositions, coordination and other prepositions.
    "the Russian Ministry of Foreign Affairs website" -> the whole phrase;
    "Choe Ryong Hae, a senior party official" -> "Choe Ryong Hae".
    """
    keep = [token.i]
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            of_complement = child.dep_ == "prep" and child.lower_ == "of" and child.i > current.i
            if child.dep_ in NP_SKIP_DEPS and not of_complement:
                continue
            if child.dep_ == "prep" and current.lemma_.lower() in FOLLOWER_HEADS:
                continue
            keep.append(child.i)
            stack.append(child)
    return min(keep), max(keep) + 1


class _SentenceCoder:
    """Codes one sentence; a fresh instance per sentence keeps the stages pure."""

    def __init__(self, sent: SpacySpan, *, coder: Coder, state: ArticleState, is_title: bool) -> None:
        self.sent = sent
        self.coder = coder
        self.grammar = coder.rules.grammar
        self.state = state
        self.is_title = is_title
        self.lower_text = sent.text.islower()
        # a headline's case is the normaliser's guess ("putin" is a common word to it)
        self.uncased_names = is_title or _uncased_names(sent)
        self._in_pronoun = False
        self.names_at: dict[int, int] = {}  # id() of an actor this sentence names -> its offset

    # ----------------------------------------------------------------- actors
    def resolve(self, token: Token) -> list[Actor]:
        """Resolve the noun phrase headed by ``token`` (and its conjuncts) to actors."""
        actors: list[Actor] = []
        for head in _conjuncts(token):
            actors.extend(self._resolve_one(head))
        return actors

    def _phrase(self, start: int, end: int) -> tuple[str, int]:
        doc = self.sent.doc
        span = doc[start:end]
        return span.text, span.start_char - self.sent.start_char

    def _resolve_one(self, head: Token) -> list[Actor]:
        lower = head.lower_
        if lower in RELATIVE_PRONOUNS and (head.head.dep_ == "relcl" or head.pos_ == "PRON"):
            return []  # "who was responsible" is nobody, and not the WHO
        if lower in self.grammar.pronouns and head.pos_ == "PRON":
            pronoun = self._resolve_pronoun(head)
            return [pronoun] if pronoun else []
        if head.lemma_.lower() in QUANTITY_HEADS:
            # "scores of Liberian and Sierra Leonean refugees": the people are the "of" phrase.
            for inner in _prep_objects(head, ("of",)):
                found = self.resolve(inner)
                if found:
                    return found
        start, end = _np_span(head)
        text, offset = self._phrase(start, end)
        group = self._resolve_group(text, offset)
        if group:
            return group
        actor = resolve_actor(
            text,
            kb=self.coder.kb,
            on=self.state.published,
            memory=self.state.memory,
            offset=offset,
            lower_text=self.uncased_names,
        )
        if actor is not None and actor.country is None and actor.sector:
            actor = self._with_place_modifier(head, actor)
        if actor is None and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            # "The Albanians of southern Serbia": two countries in one phrase resolve to
            # none; the head and its modifiers name the party.
            end = min([c.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of"])
            text, offset = self._phrase(start, end)
            actor = resolve_actor(
                text, kb=self.coder.kb, on=self.state.published, memory=self.state.memory,
                offset=offset, lower_text=self.uncased_names,
            )
            if actor is not None and (actor.why or "").startswith("memory"):
                actor = None  # "a Master of Business Administration" is nobody named Master
            if actor is not None and (actor.why or "").startswith("country demonym") and head.pos_ == "PROPN":
                actor = self._community(head, actor) or actor  # the head is the demonym itself
        if actor is None:
            split = self._split_coordinated_modifiers(head)
            if split:
                return split
        if actor is None and head.pos_ == "NOUN":
            # "Sweden's decision", "an offer from Afghanistan": the owner of a thing is the party.
            owners = _children(head, "poss") + _prep_objects(head, ("from", "by"))
            for owner in owners:
                if owner.lower_ not in self.grammar.pronouns:
                    found = self.resolve(owner)
                    if found:
                        return found
        if actor is None and head.lemma_.lower() in GENERIC_PLACE_HEADS:
            for inner in _prep_objects(head, ("of",)):
                return self.resolve(inner)
        if actor is None and not self.uncased_names:
            actor = self._unlisted_organisation(head)
        if actor is None:
            for appos in _children(head, "appos"):
                start, end = _np_span(appos)
                text, offset = self._phrase(start, end)
                actor = resolve_actor(
                    text, kb=self.coder.kb, on=self.state.published, memory=self.state.memory,
                    offset=offset, lower_text=self.uncased_names,
                )
                if actor:
                    break
        return [actor] if actor else []

    def _unlisted_organisation(self, head: Token) -> Actor | None:
        """ "The Toronto Transit Commission rejected the contract": an organisation the
        knowledge base does not list is still a party. The parser must tag the name as an
        organisation; its last word gives the sector (grammar ``organisation_kinds``:
        "Commission" GOV, "Union" LAB) and a place in it the country ("Toronto" CAN). A name
        of no listed kind ("the National Taxi Alliance") stays unresolved: with no sector,
        the trigger's sector checks and implicit actors could not apply."""
        if head.pos_ != "PROPN" or head.ent_type_ != "ORG":
            return None
        entity = next((e for e in _sentence_entities(self.sent) if e.start <= head.i < e.end), None)
        if entity is None or head.i != entity.end - 1:
            return None  # the head ends the name: "Alliance", not "Alliance spokesman"
        sector = self.grammar.organisation_kinds.get(head.lower_)
        if sector is None:
            return None  # "the National Taxi Alliance": no kind, so no sector to check the event by
        start, end = _np_span(head)
        text, offset = self._phrase(start, end)
        actor = Actor(
            text=text, name=entity.text, country=None, sector=sector,
            id=None, why=f"organisation not in the knowledge base: {entity.text}",
            char_start=offset, char_end=offset + len(text),
        )
        return self._with_place_modifier(head, actor)

    def _community(self, head: Token, people: Actor) -> Actor | None:
        """ "The Albanians of southern Serbia": people named by descent who belong to another
        country, which is theirs here (as "ethnic Albanians in Serbia" are Serbia's)."""
        for inner in _prep_objects(head, ("of",)):
            for place in self.resolve(inner):
                if place.country and place.country != people.country and place.id == f"country:{place.country}":
                    start, end = _np_span(head)
                    text, offset = self._phrase(start, end)
                    return Actor(
                        text=text, name=None, country=place.country, sector="CVL", id=None,
                        why=f"community of {people.country} descent in {place.country}",
                        char_start=offset, char_end=offset + len(text),
                    )
        return None

    def _with_place_modifier(self, head: Token, actor: Actor) -> Actor:
        """Give a generic group the country of the place that names it ("Darfur rebels",
        "Toronto Mayor David Miller", "residents of Idlib", "the province of Anbar")."""
        modifiers = [t for t in head.subtree if t.i < head.i and t.head.i <= head.i and t.head.i >= t.i]
        modifiers += [t for t in _prep_objects(head, ("of",)) if t.pos_ == "PROPN"]
        for child in modifiers:
            if (
                child.dep_ in ("compound", "amod", "nmod", "pobj") and child.pos_ == "PROPN"
                and child.ent_type_ != "PERSON"  # "Mayor David Miller": David is no town in Panama
            ):
                place = resolve_place(child.text, gazetteer=self.coder.gazetteer, countries=(), text=child.text)
                if place is not None and place.country:
                    return Actor(
                        text=actor.text, name=actor.name, country=place.country, sector=actor.sector,
                        id=actor.id, why=f"{actor.why}; country {place.country} from the place {child.text}",
                        char_start=actor.char_start, char_end=actor.char_end,
                    )
        return actor

    def _split_coordinated_modifiers(self, head: Token) -> list[Actor]:
        """ "Hungarian and Romanian officials" -> Hungarian officials, Romanian officials."""
        for child in head.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.conjuncts:
                actors = []
                for modifier in (child, *child.conjuncts):
                    text = f"{modifier.text} {head.text}"
                    offset = modifier.idx - self.sent.start_char
                    actor = resolve_actor(
                        text, kb=self.coder.kb, on=self.state.published, memory=self.state.memory,
                        offset=offset, lower_text=self.uncased_names,
                    )
                    if actor is not None:
                        actors.append(actor)
                return actors
        return []

    def _resolve_group(self, text: str, offset: int) -> list[Actor]:
        lowered = " ".join(text.lower().split())
        if lowered not in self.grammar.group_mentions or len(self.state.countries) < 2:
            return []
        pair = self.state.countries[-2:]
        return [
            Actor(text=text, name=None, country=code, sector=None, id=f"country:{code}",
                  why=f"group mention: last two countries named ({' and '.join(pair)})",
                  char_start=offset, char_end=offset + len(text))
            for code in pair
        ]

    def _resolve_pronoun(self, token: Token) -> Actor | None:
        if self._in_pronoun:  # "he and she ...": never chase one pronoun through another
            return None
        self._in_pronoun = True
        try:
            return self._antecedent(token)
        finally:
            self._in_pronoun = False

    def _antecedent(self, token: Token) -> Actor | None:
        lower = token.lower_
        personal = lower in ("he", "she", "his", "her", "him")
        speakers = self._named_speakers(token.head)
        found = self.resolve(speakers[0]) if speakers else []
        if found and lower in PLURAL_PRONOUNS and not _collective(found[0], speakers[0]):
            # '"They were planning attacks," the prosecutor said': one official is no "they"
            speakers, found = [], []
        if found and _is_person(found[0]) == personal:
            return _as_mention(found[0], token, self.sent)
        if speakers and not found and not personal:
            return None  # "the Umma party said it will ...": "it" is the party, known or not
        main_subject = self._main_subject_actor(token)
        if main_subject is not None and _is_person(main_subject) == personal:
            return _as_mention(main_subject, token, self.sent)
        if lower in PLURAL_PRONOUNS and token.head.i != self.sent.root.i:
            # not for the main clause's own "they" ("citing media reports, they alleged ...")
            group = self._plural_before(token)
            if group is not None:
                return _as_mention(group, token, self.sent)
        # Earlier subjects are the likeliest antecedents ("Choe met Xi. He also ..."); a
        # name later in the same sentence is not ("it will boycott Algeria's elections").
        here = token.idx - self.sent.start_char
        for pool in (self.state.subjects, self.state.recent):
            for actor in reversed(pool):
                if self.names_at.get(id(actor), -1) > here:
                    continue
                if _is_person(actor) == personal:
                    return _as_mention(actor, token, self.sent)
        return None

    def _plural_before(self, token: Token) -> Actor | None:
        """The nearest party named by a plural phrase earlier in the sentence, for a "they"
        whose sentence subject cannot be it: "the company offered to help workers while they
        were striking" (the company is one; the workers are they)."""
        for noun in reversed(self.sent.doc[self.sent.start : token.i]):
            if noun.tag_ not in ("NNS", "NNPS") or noun.dep_ in ("compound", "amod", "poss"):
                continue
            found = self.resolve(noun)
            if found and not _is_person(found[0]) and _collective(found[0], noun):
                return found[0]
        return None

    def _named_speakers(self, verb: Token) -> list[Token]:
        """Subjects, other than pronouns, of the reporting verb governing ``verb`` ("X said it would")."""
        current = verb
        for _ in range(4):
            if current.dep_ not in ("ccomp", "xcomp", "conj") or current.head is current:
                return []
            current = current.head
            if _lemma(current) in self.grammar.reporting_verbs:
                return [s for s in _children(current, *SUBJECT_DEPS) if s.pos_ != "PRON"]
        return []

    def _reporting_speaker(self, verb: Token) -> Actor | None:
        """The resolved subject of a reporting verb governing ``verb`` ("X said it would")."""
        speakers = self._named_speakers(verb)
        found = self.resolve(speakers[0]) if speakers else []
        return found[0] if found else None

    def obligations(self, anchors: set[int]) -> list[_Candidate]:
        """Reported obligations on a named party with no trigger of their own.

        "The Red Cross said the army must ensure security": the speaker demands it of the
        army (REQUEST), whatever the verb. The modal words are the lemmas of the grammar
        entry ``request.obligation``; code_sentence turns the speaker into the actor.
        """
        entry = self.coder.rules.entries.get(OBLIGATION_RULE)
        if entry is None:
            return []
        modals = _obligation_modals(self.coder.rules)
        found = []
        for token in self.sent:
            verb = token.head
            if _mandative(token):
                verb = token  # "suggested that he step aside": the bare verb carries the demand
            elif token.dep_ != "aux" or token.lower_ not in modals:
                continue
            if verb.i in anchors or verb.pos_ != "VERB":
                continue
            if _guessed_past(verb):
                continue  # "should have condemned it": a reproach, not a demand
            speaker = self._reporting_speaker(verb)
            if speaker is None:
                continue
            for subject in _children(verb, *SUBJECT_DEPS):
                # "Russia said it must do more" is said of itself: no demand
                addressees = [a for a in self.resolve(subject) if a.key != speaker.key]
                if addressees:
                    found.append(_Candidate(entry=entry, trigger=token, anchor=verb, actors=addressees, recipients=[],
                                            actor_via="addressee of a reported obligation", subject=subject))
        return found

    def _main_subject_actor(self, token: Token) -> Actor | None:
        root = self.sent.root
        for subject in _children(root, *SUBJECT_DEPS):
            if subject.pos_ != "PRON" and subject.i != token.i:
                found = self.resolve(subject)
                if found and token.lower_ in PLURAL_PRONOUNS and not _collective(found[0], subject):
                    return None
                return found[0] if found else None
        return None

    # ----------------------------------------------------------- structure
    def subject_of(self, verb: Token) -> tuple[Token | None, bool, str]:
        """Find the subject of ``verb``: (token, passive, how found)."""
        current = verb
        passive = False
        via = "subject"
        # "35 were killed and hundreds wounded": a bare participle coordinated with a passive
        # shares its auxiliary, so its subject undergoes it
        gapped = (
            verb.tag_ == "VBN" and verb.dep_ == "conj" and not _children(verb, "aux", "auxpass")
            and bool(_children(verb.head, "auxpass"))
        )
        for hop in range(5):
            # two subjects are a misparse ("Injuries among the demonstrators as the
            # authorities suppressed the protests"): the one next to the verb is its own
            subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
            for child in current.children:
                if child.dep_ in SUBJECT_DEPS and len(subjects) > 1 and child.i != subjects[-1].i:
                    continue
                if child.dep_ in SUBJECT_DEPS:
                    # "groups who, supported by the US, ...": a participle with a by-agent is
                    # passive whatever label its subject got
                    by_agent = hop == 0 and current.tag_ == "VBN" and bool(_children(current, "agent"))
                    if child.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                        return current.head, passive or by_agent, "relative clause"  # "residents who protested"
                    return child, passive or (hop == 0 and gapped) or by_agent, via
                if child.dep_ in PASSIVE_SUBJECT_DEPS:
                    return child, hop == 0 or passive, via
            if current.dep_ == "relcl":
                return current.head, passive, "relative clause"
            if current.dep_ == "acl":
                root = current.sent.root
                if _lemma(current) in INTRANSITIVE_VERBS and root.pos_ in ("NOUN", "PROPN") and root.i < current.i:
                    # "Tens of thousands of opponents of the coup gathered on Sunday": a
                    # verbless parse; a crowd verb has no passive, its doer is the head noun
                    return root, False, "subject of a verbless parse"
                # "gangs, provided arms by the military": a by-agent makes it passive whatever the tag
                return current.head, current.tag_ == "VBN" or bool(_children(current, "agent")), "participle"
            if current.dep_ == "xcomp" and _lemma(current.head) in self.grammar.object_control_verbs:
                # "Xi invited Putin to visit China": Putin, the object, does the visiting.
                for obj in _children(current.head, "dobj", "obj"):
                    return obj, False, "object control"
            if current.dep_ in ("xcomp", "conj") or (current.dep_ == "advcl" and current.tag_ in ("VBG", "VB")):
                via = "control" if current.dep_ == "xcomp" else "coordination"
                # "the rebels attacked the town and were repelled", "hopes to be elected": a
                # passive verb's borrowed subject undergoes it
                passive = passive or (hop == 0 and bool(_children(current, "auxpass")))
                current = current.head
                continue
            if current.dep_ == "pcomp" and current.head.dep_ == "prep" and _lemma(current.head.head) in RESPONSIBILITY_WORDS:
                # "both sides are guilty of violating the truce": the guilty party did it
                via = "the party held responsible"
                current = current.head.head
                if current.dep_ in ("acomp", "amod") and current.head is not current:
                    current = current.head
                continue
            if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.head.pos_ in ("VERB", "AUX"):
                # "resorted to throwing stones", "protested by blocking roads": the main verb's subject.
                via = "control"
                current = current.head.head
                continue
            if current.dep_ == "acomp" and current.pos_ == "ADJ" and via == "control":
                # "Syria is willing to withdraw": the adjective's copula carries the subject.
                current = current.head
                continue
            break
        if current.dep_ == "ROOT":
            stranded = _stranded_subject(current)
            if stranded is not None:
                return stranded, False, "subject the parser joined to an opening phrase"
            if current.tag_ in ("VBZ", "VBD"):
                # "Russia strikes back at US, expels diplomats": the parser makes the first
                # of coordinated finite verbs a clause of the second, which keeps no subject
                for clause in _children(current, "ccomp"):
                    if clause.i < current.i and current.nbor(-1).text == ",":
                        for subject in _children(clause, *SUBJECT_DEPS):
                            return subject, False, "coordination"
        return None, False, via

    def agent_of(self, verb: Token) -> Token | None:
        """The ``by`` phrase of a passive verb."""
        for child in _children(verb, "agent"):
            for pobj in _children(child, "pobj"):
                return pobj
        if _children(verb, "auxpass"):
            # "were provided weapons by the US", "was denied entry by Israel": the parser
            # hangs the by-phrase of a passive with an object left on that object, or calls
            # it a plain preposition ("was granted asylum by Britain"; not "by Monday")
            for obj in _children(verb, "dobj", "obj"):
                for by in _prep_objects(obj, ("by",)):
                    return by
            for by in _prep_objects(verb, ("by",)):
                if by.pos_ == "PROPN" and by.ent_type_ not in ("DATE", "TIME"):
                    return by
        return None

    def direct_object(self, verb: Token) -> Token | None:
        """The direct object of an active verb, or the subject of a passive one."""
        for child in verb.children:
            if child.dep_ in ("dobj", "obj"):
                return child
        for child in verb.children:
            if child.dep_ in PASSIVE_SUBJECT_DEPS:
                return child
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and _children(verb, "agent"):
            # "shells fired by the army", "protesters detained by police"; without a doer the
            # participle describes a state ("a constable posted at the station")
            return verb.head
        for conj in _children(verb, "conj"):
            if conj.pos_ == "VERB" and conj.i == verb.i + 2 and verb.nbor(1).dep_ == "cc":
                # "arrested and beat six men", "killed or wounded 20": the verbs share the object
                return next(iter(_children(conj, "dobj", "obj")), None)
        return None

    def slot_tokens(self, token: Token, slots: Sequence[str], *, obj: Token | None) -> list[Token]:
        """Tokens filling the listed argument slots of a trigger, in slot order."""
        found: list[Token] = []
        for slot in slots:
            if slot == "dobj":
                if obj is not None and token.pos_ == "VERB":
                    # "condemned the union's actions", "praised the efforts of Qatar": when
                    # the object is a thing, its owner is the one the act is aimed at.
                    found.extend([obj, *_children(obj, "poss"), *_prep_objects(obj, ("of",))])
            elif slot == "dative":
                for child in _children(token, "dative", "iobj"):
                    objects = _children(child, "pobj")
                    found.extend(objects or [child])
            elif slot == "ccomp":
                # "demanded that the US cancel": the subject of the demanded clause
                for clause in _demanded_clauses(token):
                    found.extend(_children(clause, *SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS))
            elif slot == "poss":
                base = obj if obj is not None else token
                found.extend(_children(base, "poss"))
            else:
                found.extend(_prep_objects(token, (slot,)))
                if obj is not None and obj is not token:
                    found.extend(_prep_objects(obj, (slot,)))
                    if slot != "of":
                        # "suspended part of an aid program for Bosnia": the thing inside a part
                        for whole in _prep_objects(obj, ("of",)):
                            found.extend(_prep_objects(whole, (slot,)))
                if slot == "from":
                    # "asked for help from the IMF": the giver hangs on what is asked for
                    for wanted in _prep_objects(token, ("for",)):
                        found.extend(_prep_objects(wanted, ("from",)))
        return found

    def complement_recipients(self, candidate: _Candidate) -> list[Actor]:
        """Recipients named inside the event's complement or condition, when it has none.

        "threatened to cut ties with Russia" -> Russia; "refused to meet Jordan's king" ->
        Jordan; "agreed to lift the embargo on Cuba" -> Cuba; a threat or demand made on a
        condition targets the party the condition is about ("threatened to strike unless
        Israel withdrew" -> Israel). Only parties with a country count, and never the actor.
        """
        anchor = candidate.anchor
        if anchor.pos_ not in ("VERB", "AUX"):
            return []
        taken = {a.key for a in candidate.actors}
        tokens: list[Token] = []
        clauses = _children(anchor, "xcomp")
        if candidate.type == "PROTEST":
            # "blocked roads to show their anger at the US": the purpose names the target.
            clauses += [c for c in _children(anchor, "advcl") if any(a.lower_ == "to" for a in _children(c, "aux"))]
        for clause in clauses:
            obj = next(iter(_children(clause, "dobj", "obj")), None)
            if obj is not None:
                tokens.append(obj)
            tokens.extend(self.slot_tokens(clause, COMPLEMENT_RECIPIENT_PREPS, obj=obj))
        # "lift the embargo on sales to Cuba": one level further down when a thing is named.
        tokens += [inner for token in tokens for inner in _prep_objects(token, COMPLEMENT_RECIPIENT_PREPS)]
        if candidate.type == "THREATEN" and _lemma(anchor) == "warn":
            # "warned that Iran would pay a heavy price": the party the warning is about
            tokens += [s for c in _children(anchor, "ccomp") for s in _children(c, *SUBJECT_DEPS)]
        if candidate.type in ("PROTEST", "REJECT"):
            # "blocked streets in defiance of Chinese authorities": the stance names the target
            for stance in _prep_objects(anchor, ("in",)):
                if _lemma(stance) in STANCE_NOUNS:
                    tokens += _prep_objects(stance, ("of", "to", "against", "at"))
        if candidate.type == "REJECT":
            # "declined to resign despite pressure by the commission": whoever presses is refused
            for pressure in [p for v in (anchor, *_children(anchor, "xcomp")) for p in _prep_objects(v, ("despite",))]:
                tokens += _children(pressure, "poss") + _prep_objects(pressure, ("by", "from"))
        conditions: list[Token] = []
        if candidate.type in CONDITIONED_TYPES:
            for clause in _condition_clauses(anchor, ("if", "unless")):
                conditions.extend(_children(clause, *SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS))
        for token in (*tokens, *conditions):
            if token.lower_ in self.grammar.pronouns or token.lower_ in RELATIVE_PRONOUNS:
                continue
            # A generic party of a condition ("unless the president resigns") is the
            # target; a generic thing in a complement ("withdraw the troops") is not.
            found = [
                a for a in self.resolve(token)
                if (a.country or (token in conditions and a.sector)) and a.key not in taken
            ]
            if found:
                return found
        return []

    # ------------------------------------------------------------- triggers
    def candidates(self, matches: Iterable[tuple[str, int, int]]) -> list[_Candidate]:
        """Interpret matcher hits; return one candidate per trigger token."""
        by_token: dict[int, list[TriggerEntry]] = {}
        entries = self.coder.rules.entries
        for entry_id, start, end in matches:
            entry = entries[entry_id]
            index = start if entry.pos == "VERB" else end - 1
            if self.sent.doc[index].pos_ not in POS_TAGS[entry.pos] and not (
                entry.pos == "NOUN" and any(t.text == "-" for t in self.sent.doc[start:end])
            ):
                continue  # "talks" the verb is not "talks" the noun; "a go-slow" is a noun in any tag
            by_token.setdefault(index, []).append(entry)
        results: list[_Candidate] = []
        for index, options in sorted(by_token.items()):
            token = self.sent.doc[index]
            ranked = sorted(
                options, key=lambda e: (e.object is None, not e.needs_clause, -len(max(e.lemmas, key=len)))
            )
            chosen: _Candidate | None = None
            on_head = 0  # words of the longest listed object that is the verb's object
            for entry in ranked:
                candidate = self._evaluate(entry, token)
                if candidate is None:
                    continue
                if chosen is None:
                    chosen = candidate
                # "banned munitions were dropped": an entry whose object is the head noun
                # (munitions) beats one matched only by a modifier (banned), and the longer
                # listed object wins ("sent rescue teams" is aid, "sent a team" an envoy),
                # unless it leaves the act with no doer where the other implies one
                # ("additional forces were deployed": the police entry implies the police).
                listed = entry.object is not None and entry.pos == "VERB"
                size = self._object_on_head(entry, token) if listed else 0
                # at the same object, an entry that also asks for the actor's sector fits
                # closer ("police freed the victims" is a rescue, captors free them)
                closer = size == on_head > 0 and bool(entry.require_actor_sector) and not chosen.entry.require_actor_sector
                if size > on_head or closer:
                    if _has_doer(candidate) or not _has_doer(chosen):
                        chosen = candidate
                    on_head = size
                    continue
                if listed:
                    continue  # an object near the head only, or a shorter one
                if not on_head and (_has_doer(candidate) or not _has_doer(chosen)):
                    chosen = candidate
                if on_head or _has_doer(chosen):
                    break  # (a doerless reading gives way to a later entry that implies one)
            if chosen is not None:
                results.append(chosen)
        consumed = {i for c in results for i in c.consumed}
        return [c for c in results if c.trigger.i not in consumed]

    def _evaluate(self, entry: TriggerEntry, token: Token) -> _Candidate | None:
        lemma = _lemma(token)
        if lemma in entry.plural_only and token.tag_ not in ("NNS", "NNPS") and not token.lower_.endswith("s"):
            return None
        if entry.not_with_words and {t.lower_ for t in self.sent} & {w.lower() for w in entry.not_with_words}:
            return None  # "a rally that added 6 percent", "stocks rallied": the market's sense
        if entry.not_modified_by:
            blocked = {w.lower() for w in entry.not_modified_by}
            modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod")}
            if modifiers & blocked or (token.i > 0 and token.nbor(-1).lower_ in blocked):
                return None
        if (
            entry.pos == "NOUN"
            and token.dep_ == "compound"
            and token.head.pos_ in ("NOUN", "PROPN")
            and _lemma(token.head) not in VICTIM_HEADS  # "the police fire victim": the firing happened
            and not (token.i + 1 < len(token.doc) and token.nbor(1).text == "-")  # a split "lathi-charge"
            and (_lemma(token.head) in INSTRUMENT_HEADS or self._names_actor(token.head))
        ):
            return None  # "riot police", "protest leaders", "an arrest warrant": a kind of person or thing
        if entry.pos == "NOUN" and token.ent_type_ == "DATE" and token.lower_ in MONTH_WORDS:
            return None  # "Jan. 29-March 31": the month, not a march
        if entry.pos == "NOUN" and self._proper_name_word(token):
            return None  # "the herbicide Roundup", "Operation Strike": a name, not the event
        if entry.pos == "NOUN" and _trend_subject(token):
            return None  # "strikes have increased", "a rise in protests": a trend, no one event
        if entry.type == "PROTEST" and lemma == "strike" and self.state.armed_strikes and not any(
            c.dep_ in ("compound", "amod", "nmod") for c in token.children
        ):
            return None  # "launched airstrikes ... As a result of the strikes": not a walkout
        if entry.pos == "VERB":
            candidate = self._evaluate_verb(entry, token)
        elif entry.object is not None and not any(
            self._object_matches(entry, o) for o in (*_prep_objects(token, ("of",)), *_children(token, "compound"))
        ):
            return None  # "the suspension of air links" is a sanction, "a suspension" alone is not
        else:
            candidate = self._evaluate_noun(entry, token)
        if candidate is None:
            return None
        # Entries that fire only with a recipient or a certain actor give way to the
        # next entry of the same word when the condition fails ("fire missiles at X"
        # is ASSAULT, "fire a missile" MOBILIZE).
        needs_recipient = entry.require_recipient or lemma in entry.require_recipient_for
        if needs_recipient and not candidate.recipients and candidate.destination is None:
            # A target named by a listed preposition counts even when it is not a known actor
            # ("fired rockets at the base").
            heads = [token, *(c for c in token.children if c.dep_ in ("dobj", "obj"))]
            slots = [s for s in entry.recipient if s not in ARGUMENT_SLOT_NAMES]
            aimed = any(
                c.dep_ == "acl" and (_children(c, "dobj") or _prep_objects(c, slots))
                for h in heads[1:] for c in h.children
            )
            if not aimed and not any(t.ent_type_ not in ("DATE", "TIME") for h in heads for t in _prep_objects(h, slots)):
                # "fired two missiles on Monday" names a day, not a target; "fired a missile
                # targeting a group", "a rocket aimed at the base" name one
                return None
        if entry.type == "CONSULT" and entry.mode == "visit" and candidate.actors and (
            all(
                not _is_person(a) and (a.sector in ARMED_SECTORS or ARMED_WORDS & set(a.text.lower().split()))
                for a in candidate.actors
            )
            or all(not _is_person(a) and a.sector in MIGRANT_SECTORS for a in candidate.actors)
        ):
            # "troops arrived in Bosnia" is a deployment (a general's trip is a visit);
            # "refugees travelled to Greece", "children travelling to the camp": people on the move
            return None
        if entry.type == "THREATEN" and _lemma(token) == "warn" and self._forecast(token, candidate):
            return None  # "officials warned that cases will increase": a gloomy forecast, no threat
        if entry.mode == "phone" and _labels_object(token):
            return None  # "called the former prime minister a fascist" names him; no one phoned
        if entry.type in PARTY_TYPES and _weapon_doer(candidate, self) is not None:
            return None  # "troops supported by fighter jets and gunships": no one backed anyone
        if entry.require_actor_sector and not any(a.sector in entry.require_actor_sector for a in candidate.actors):
            implied = not candidate.actors and entry.implicit_actor in entry.require_actor_sector
            # "a missile destroyed the warship": a weapon stands for an unnamed armed user
            armed = not candidate.actors and "UAF" in entry.require_actor_sector and (
                _weapon_doer(candidate, self) is not None
            )
            if not implied and not armed:
                return None
        return candidate

    def _proper_name_word(self, token: Token) -> bool:
        """Whether a capitalised word inside a sentence in ordinary case is part of a name
        ("the herbicide Roundup", whatever part of speech the tagger gave it)."""
        text = token.text
        if self.is_title or not text[:1].isupper() or text.rstrip("s").isupper():
            return False  # acronyms ("IED", "IEDs") are event words in any case
        first, ordinary_case = self._case_profile
        if token.i <= first or token.nbor(-1).text in ('"', "“", "'", "‘", ":", "(", "-", "—", "*", "•"):
            return False  # sentence-initial or quote-initial capitals
        return ordinary_case  # a Title Case line capitalises every event word

    @functools.cached_property
    def _case_profile(self) -> tuple[int, bool]:
        """Index of the sentence's first word, and whether fewer than half its words are capitalised."""
        words = [t for t in self.sent if t.is_alpha]
        capitalised = sum(1 for t in words if t.text[:1].isupper())
        return (words[0].i if words else self.sent.start), capitalised * 2 < len(words)

    def _forecast(self, verb: Token, candidate: _Candidate) -> bool:
        """Whether a warning only foretells: no one is warned, and what the that-clause is
        about is no party ("warned that the next fortnight will be the real test"), where
        "warned that Iran would pay" and "warned that it would retaliate" threaten."""
        if candidate.recipients or _children(verb, "dobj", "dative") or _prep_objects(verb, ("against", "of")):
            return False
        for clause in _children(verb, "ccomp"):
            subject = next(iter(_children(clause, *SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)), None)
            return subject is not None and subject.pos_ != "PRON" and not self.resolve(subject)
        return False

    def _armed_modifier(self, token: Token) -> bool:
        """Whether a bare word before an event noun names an armed kind of actor: "a rebel
        attack", "the army offensive", "terrorist attacks", "police firing" (by them: armed
        bodies are the doers their modifier names, where "journalist killings" names victims)."""
        if token.dep_ not in ("compound", "amod") or token.i > token.head.i or token.ent_type_:
            return False
        if token.lower_ in KIND_ADJECTIVES or _lemma(token.head) in self.grammar.weapon_nouns:
            return False  # "military aid": a kind of act; "fighter jets": a kind of weapon
        if _lemma(token.head) in DANGER_NOUNS:
            return False  # "views the Kurdish forces as a terrorist threat": a danger, no threat made
        actor = resolve_actor(token.lower_, kb=self.coder.kb, on=self.state.published)
        return actor is not None and actor.sector in ARMED_SECTORS

    def _names_actor(self, token: Token) -> bool:
        """Whether the single word ``token`` names a kind of actor ("police", "leaders")."""
        return any(
            resolve_actor(word, kb=self.coder.kb, on=self.state.published) is not None
            for word in dict.fromkeys((token.text, token.lemma_))
        )

    def _object_on_head(self, entry: TriggerEntry, verb: Token) -> int:
        """How many words of the entry's objects the verb's object is (0: it is none of them,
        only a word near it matched)."""
        obj = self.direct_object(verb)
        if obj is None or entry.object is None:
            return 0
        wanted = {w.lower() for w in entry.object}
        # "additional forces", "rapid action force": a listed phrase that ends in the head
        words = [t.lower_ for t in obj.doc[max(obj.left_edge.i, obj.i - 3):obj.i + 1]]
        phrase = next((len(words) - k for k in range(len(words) - 1) if " ".join(words[k:]) in wanted), 0)
        if phrase:
            return phrase
        return 1 if {_lemma(obj), obj.lower_} & wanted else 0

    def _object_matches(self, entry: TriggerEntry, obj: Token | None) -> bool:
        if entry.object is None:
            return True
        if obj is None:
            return False
        wanted = {w.lower() for w in entry.object}
        head = _lemma(obj)
        named = {head, obj.lower_} | {_lemma(c) for c in obj.lefts if c.dep_ == "compound"}
        if not named & wanted and _names_event(obj, self.coder.rules):
            # "announced the lifting of sanctions", "launched military operations, including
            # missiles": the object is another event, whatever its modifiers name (but "broke
            # the ceasefire agreement" is a ceasefire)
            return False
        if "@person" in wanted and obj.pos_ == "PROPN" and obj.ent_type_ not in ("GPE", "LOC", "NORP", "FAC", "DATE"):
            return True  # "freed Bout": a named person
        words = [t for t in obj.subtree if t.i - obj.i < 6][:8]
        lemmas = {_lemma(t) for t in words} | {t.lower_ for t in words}
        phrase = " ".join(t.lower_ for t in words)
        return bool(lemmas & wanted) or any(" " in w and w in phrase for w in wanted)

    def _evaluate_verb(self, entry: TriggerEntry, verb: Token) -> _Candidate | None:
        if not _verb_phrase_present(entry, verb):
            return None
        if (
            entry.type == "COERCE" and _lemma(verb) in SELF_MOVING_VERBS
            and not (verb.dep_ == "acl" and verb.tag_ == "VBN")  # "the crowd dispersed by police"
            and not _children(verb, "dobj", "obj", "auxpass", "nsubjpass")
            and not any(_children(c, "dobj", "obj") for c in _children(verb, "conj"))  # "disperse and disarm them"
        ):
            return None  # "the crowd dispersed", "MPs disperse from Delhi": no one was dispersed
        if entry.type == "REQUEST" and _lemma(verb) in QUESTION_VERBS and any(
            (m.dep_ == "mark" and m.lower_ in ("if", "whether")) or (m.tag_ in ("WRB", "WP") and m.i < c.i)
            for c in verb.rights if c.dep_ in ("ccomp", "advcl") for m in c.children
        ):
            # "asked whether the police was slack", "asked why he went" are questions, not requests (a condition
            # before the verb is not: "the government, if interested, should ask them to ...")
            return None
        if entry.type == "ACCUSE" and _lemma(verb) in RUSHING_VERBS and any(
            c.dep_ == "prep" and c.lower_ in MOTION_PREPS for c in verb.children
        ) and not _children(verb, "dobj", "obj", "ccomp"):
            return None  # "police charged into the building" rushed in: no charge is laid
        obj = self.direct_object(verb)
        place_object = obj is not None and any(c.lower_ in OBJECT_PLACE_WORDS for c in obj.lefts)
        if entry.no_object and ((obj is not None and not place_object) or _children(verb, "ccomp")):
            # "demonstrated the new system", "demonstrate how ...": the showing sense; the
            # parser's "rallied [outside parliament]" is a place, not an object
            return None
        if entry.needs_clause and not _children(verb, "ccomp"):
            return None
        if not self._object_matches(entry, obj):
            return None
        if entry.not_object and obj is not None and _lemma(obj) in entry.not_object:
            return None  # "met its targets", "met the deadline": no party met
        subject, passive, via = self.subject_of(verb)
        if (
            not passive and subject is not None and self.is_title and entry.type in ("ASSAULT", "COERCE")
            and verb.tag_ in ("VBN", "VBD") and not _children(verb, "dobj", "obj", "aux") and _counted(subject)
        ):
            # "At least 45 killed in Kenya", "Two soldiers arrested": a headline drops "were" (in
            # body text the same test took "three missiles fired from ..." for victims)
            passive = True
        actors: list[Actor] = []
        recipients: list[Actor] = []
        stative = (
            passive and subject is not None and self.agent_of(verb) is None
            and entry.type in STATIVE_PASSIVE_TYPES and bool(_prep_objects(verb, ("to",)))
            and _lemma(verb) in STATIVE_PARTICIPLES  # not "were invited to the celebration"
        )
        if stative and subject is not None:
            # "Israel is opposed to French mediation", "X is committed to the accord": an
            # adjectival passive states the subject's own stance towards the "to" object.
            actors = self.resolve(subject)
            for target in _prep_objects(verb, ("to",)):
                recipients = self.resolve(target)
                if recipients:
                    break
            obj_for_recipient = None
        elif passive:
            agent = self.agent_of(verb)
            if agent is not None:
                actors = self.resolve(agent)
            elif entry.implicit_actor is None and (
                (entry.type == "MOBILIZE" and entry.object is not None)
                or (entry.type == "RETREAT" and entry.mode != "release")
            ):
                # "the army was deployed to the border", "the troops were withdrawn", "the
                # militia was disbanded": forces moved or stood down by no one named are
                # that side themselves (not so the released: "prisoners were freed")
                actors = self.resolve(subject) if subject is not None else []
                via = "forces deployed, no sender named"
            obj_for_recipient = subject
            if "dative" in entry.recipient and subject is not None and _children(verb, "dobj", "obj"):
                # "the rebels were provided weapons by Iran": the thing given stays the
                # object, so the passive subject is whom it was given to
                recipients = self.resolve(subject)
        else:
            if subject is not None:
                actors = self.resolve(subject)
            if (
                not actors and via == "participle" and verb.tag_ == "VBG"
                and subject is not None and subject.dep_ in ("dobj", "obj")
            ):
                # "The PKK issued a statement demanding ...": the statement speaks for
                # whoever issued it.
                issuer, issued_passive, _ = self.subject_of(subject.head)
                if issuer is not None and not issued_passive:
                    actors = self.resolve(issuer)
                    via = "issuer of the statement"
            obj_for_recipient = obj
        if entry.subject_role == "recipient" and "dobj" in entry.recipient:
            # "Putin received Xi in Moscow": the guest (the object) makes the visit to the
            # host; "received a degree" has no guest and no event.
            recipients, actors = actors, []
            if obj_for_recipient is not None:
                actors = self.resolve(obj_for_recipient)
                via = "object of a hosting verb"
        elif entry.subject_role == "recipient":
            recipients, actors = actors, []
            governor = self._governing_speaker(verb)
            if governor is not None:
                actors = self.resolve(governor)
                via = "speaker of the finding"
        elif not recipients:
            # A listed object is the thing acted on ("signed an accord"), unless the entry
            # names dobj as a recipient slot too ("summoned Niger's ambassador").
            for token in self.slot_tokens(verb, entry.recipient, obj=obj_for_recipient):
                recipients = self.resolve(token)
                if recipients:
                    break
        destination = self._destination(entry, verb, obj_for_recipient)
        consumed = (obj.i,) if entry.object is not None and obj is not None and not entry.keeps_object else ()
        return _Candidate(entry=entry, trigger=verb, anchor=verb, actors=actors, recipients=recipients,
                          actor_via=via, destination=destination, consumed=consumed,
                          subject=None if passive else subject)

    def _governing_speaker(self, token: Token) -> Token | None:
        """Subject of the nearest verb above ``token`` ("A UN inquiry concluded ... X should face")."""
        current = token
        for _ in range(6):
            if current.head is current:
                return None
            current = current.head
            if current.pos_ in ("VERB", "AUX"):
                for child in _children(current, *SUBJECT_DEPS):
                    return child
        return None

    def _evaluate_noun(self, entry: TriggerEntry, noun: Token) -> _Candidate | None:
        if noun.dep_ == "pobj" and noun.head.lower_ == "from" and _lemma(noun.head.head) in LEAVING_VERBS:
            return None  # "released from house arrest", "escaped from custody": the state ends
        actors: list[Actor] = []
        recipients: list[Actor] = []
        via = "noun modifier"
        anchor = noun
        passive = False
        # "resumed the dialogue process", "a mediation mission": the event noun modifies a
        # head that only names its course; that head stands for it in the clause.
        phrase = noun.head if noun.dep_ == "compound" and _lemma(noun.head) in PROCESS_HEADS else noun
        head = phrase.head
        support = (
            phrase.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "obj")
            and head.pos_ in ("VERB", "AUX")
            and _lemma(head) in self.grammar.support_verbs
        )
        if phrase.dep_ == "pobj" and head.lower_ == "for" and _lemma(head.head) in ARRIVING_VERBS:
            support, head = True, head.head  # the journey's purpose: "flew to Geneva for talks"
        # "the verdict sparked protests", "led to riots": the event happened, and whoever
        # caused it is not the one who did it.
        caused = not support and (
            (phrase.dep_ in ("dobj", "obj", "nsubjpass") and _lemma(head) in CAUSATIVE_VERBS)
            or (phrase.dep_ == "pobj" and head.lower_ == "to" and _lemma(head.head) in CAUSATIVE_VERBS)
        )
        # "the trial of eleven men began", "fighting broke out": an event that is the subject
        # of a verb of occurrence or onset happened, whoever did it
        occurs = (
            phrase.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX")
            and (_lemma(head) in OCCURRENCE_VERBS or _lemma(head) in ONSET_VERBS)
        )
        # "the convoy came under attack by rebels", "he remains under arrest": the subject
        # undergoes the act, and a by/from phrase on the verb names who does it
        undergone = (
            phrase.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX")
            and _lemma(head.head) in UNDERGOING_VERBS
        )
        if undergone:
            anchor = head.head
            for agent in _prep_objects(anchor, ("by", "from")):
                actors = self.resolve(agent)
                via = f"by-phrase of '{anchor.lemma_} under'"
                if actors:
                    break
            for subject in _children(anchor, *SUBJECT_DEPS):
                recipients = self.resolve(subject)
                break
        if support:
            anchor = head
            subject, passive, via = self.subject_of(head)
            if passive:
                agent = self.agent_of(head)
                if agent is not None:
                    actors = self.resolve(agent)
            elif subject is not None:
                actors = self.resolve(subject)
            via = f"support verb '{head.lemma_}'"
        ethnic = any(c.lower_ in ETHNIC_WORDS for c in noun.children)
        # "Navalny's arrest", "her abduction": with no of-phrase, the possessor undergoes it
        undergoer = entry.possessor_undergoes and not _prep_objects(noun, ("of",))
        if not actors:
            for child in noun.children:
                if ethnic and child.dep_ != "poss":
                    continue  # "ethnic Albanian protesters": descent, not the state of Albania
                if undergoer and child.dep_ == "poss":
                    continue
                if child.dep_ == "poss" or (
                    child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in ("NORP", "GPE", "ORG")
                ) or self._armed_modifier(child):
                    actors = self.resolve(child)
                    via = "possessive or nationality modifier"
                    if (
                        child.dep_ != "poss"
                        and (
                            entry.type in (*SYMMETRIC_TYPES, "PROTEST")
                            or any(t.pos_ == "NOUN" for t in noun.doc[child.i + 1 : noun.i])
                        )
                        and all((a.why or "").startswith("capital ") for a in actors)
                    ):
                        # "the Geneva talks", "the Moscow summit", "the Cairo protest", "the
                        # Baghdad market attack": where, not who ("the Beijing crackdown" is
                        # still Beijing's)
                        actors = []
                    if actors:
                        break
        if not actors and _lemma(noun) in self.grammar.doer_of_nouns:
            # "the resignation of the minister", "the withdrawal of Russian troops": an event
            # without a patient has its doer in the of-phrase.
            for doer in _prep_objects(noun, ("of",)):
                actors = self.resolve(doer)
                via = "of-phrase of an intransitive event noun"
                if actors:
                    break
        if not actors:
            holder = self._responsible_party(noun)
            if holder is not None:
                actors = self.resolve(holder)
                via = "the party held responsible"
        if not actors:
            # "the offensive launched by militants", "an attack carried out by rebels"
            for made in _children(noun, "acl"):
                agent = self.agent_of(made) if _lemma(made) in self.grammar.support_verbs else None
                if agent is not None:
                    actors = self.resolve(agent)
                    via = f"by-phrase of '{made.lemma_}'"
                    if actors:
                        break
        if not actors:
            for agent in _prep_objects(noun, ("by", "from")) + _stray_by_phrase(
                noun, _noun_trigger_lemmas(self.coder.rules)
            ):
                actors = self.resolve(agent)
                via = "by-phrase"
                if actors:
                    break
        between = _prep_objects(noun, ("between", "among"))
        if not actors and between:
            parties = self.resolve(between[0])
            if len(parties) < 2:
                # "between government and rebel forces": government forces and rebel forces
                parties = self._split_coordinated_modifiers(between[0]) or parties
            if len(parties) >= 2:
                actors, recipients = parties[:1], parties[1:]
                via = "between-phrase"
        if not actors and _lemma(noun) in NOMINAL_ACTOR_LEMMAS:
            actors = self.resolve(noun)
            via = "the protesters themselves"
        borrowed = False
        # "reacted to the strike", "fired tear gas after the protest": whoever does the
        # clause's action is not the one who made the event named in such a phrase.
        oblique = noun.dep_ == "pobj" and noun.head.lower_ not in BORROWING_PREPS
        if not actors and entry.standalone and not support and not oblique and not caused:
            verb = _clause_verb(noun)
            # "Russia condemned the arrest of Navalny": who reacts to an event did not make it
            # "the ministry banned the opposition rally", "troops attacked the march": who
            # coerces or attacks an event did not make it either
            reacting = verb is not None and phrase.dep_ in ("dobj", "obj") and phrase.head.i == verb.i and (
                _lemma(verb) in _reaction_verb_lemmas(self.coder.rules)
                or _acts_on(verb, entry.type, self.coder.rules)
            )
            if verb is not None and _lemma(verb) not in self.grammar.reporting_verbs and not reacting:
                subject, passive, _ = self.subject_of(verb)
                if subject is not None and not passive and subject.i != noun.i:
                    actors = self.resolve(subject)
                    via = "subject of the clause"
                    anchor = verb
                    borrowed = bool(actors)
        if not actors and not entry.standalone and not (
            entry.implicit_actor and ((support and passive) or caused or undergone or occurs)
        ):
            return None  # "a curfew was imposed", "sparked riots" keep the actor their type implies
        if not recipients:
            slots = [s for s in entry.recipient if s not in ("between", "among")]
            # "the suspension of air links with Serbia", "the withdrawal of forces from Panama":
            # the parser often hangs the event's own phrases on its of-object
            inner = next(iter(_prep_objects(noun, ("of",))), None)
            for token in self.slot_tokens(noun, slots, obj=inner) + (
                self.slot_tokens(phrase, slots, obj=None) if phrase is not noun else []
            ):
                recipients = self.resolve(token)
                if recipients:
                    break
            if not recipients and support:
                for token in self.slot_tokens(head, [s for s in slots if s not in ("dobj", "poss")], obj=None):
                    recipients = self.resolve(token)
                    if recipients:
                        break
        if not recipients and entry.type == "ASSAULT":
            recipients = self._casualties(noun)
        destination = self._destination(entry, noun, None)
        if destination is None and support:
            destination = self._destination(entry, head, None)
        if borrowed and entry.destination and not recipients and destination is None:
            return None  # "before ending his trip": a bare noun borrowing a subject is too vague
        return _Candidate(entry=entry, trigger=noun, anchor=anchor, actors=actors, recipients=recipients,
                          actor_via=via, destination=destination)

    def _casualties(self, noun: Token) -> list[Actor]:
        """Who died or was hurt in an attack: "three civilians died in a US airstrike", "75
        militants reported dead in a U.S. offensive" (the attack's own target is unnamed)."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "in":
            return []
        harmed = noun.head.head
        # "reported dead in the offensive": the word of harm may complete the verb
        words = [harmed, *_children(harmed, "oprd", "acomp", "xcomp")]
        if not any(_lemma(w) in CASUALTY_WORDS for w in words):
            return []
        for subject in _children(harmed, *SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS):
            if subject.lower_ not in self.grammar.pronouns:
                return self.resolve(subject)
        return []

    def _responsible_party(self, noun: Token) -> Token | None:
        """The subject held responsible for an event noun: "X is responsible for the killings",
        "X was engaged in ethnic cleansing", "X is guilty of atrocities"; or the owner of a
        part in it: "his role in the abduction", "Syria's involvement in the attack"; or the
        party it is blamed on: "the attacks were blamed on X", "police blamed X for the attack"."""
        blamed = _blamed_party(noun)
        if blamed is not None:
            return blamed
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "of", "in", "behind"):
            return None
        holder = noun.head.head
        if noun.head.lower_ == "in" and _lemma(holder) in PART_NOUNS:
            return next(iter(_children(holder, "poss")), None)
        if _lemma(holder) not in RESPONSIBILITY_WORDS:
            return None
        if holder.pos_ == "VERB" and not _children(holder, "auxpass"):
            return None  # "fighters engaged in clashes" is the fighting itself (assault.engage)
        verb = holder.head if holder.dep_ in ("acomp", "amod") and holder.pos_ == "ADJ" else holder
        subject, _, _ = self.subject_of(verb)
        return subject

    def _destination(self, entry: TriggerEntry, token: Token, obj: Token | None) -> Place | None:
        if not entry.destination:
            return None
        for target in self.slot_tokens(token, entry.destination, obj=obj):
            for head in _conjuncts(target):
                place = self._place_for(head)
                if place is not None:
                    return place
        return None

    def _place_for(self, token: Token) -> Place | None:
        if token.lemma_.lower() in GENERIC_PLACE_HEADS:
            for inner in _prep_objects(token, ("of",)):
                return self._place_for(inner)
            # "in Montenegro province", "in Gaza city": the name modifies the generic head.
            for inner in _children(token, "compound"):
                if inner.pos_ == "PROPN":
                    return self._place_for(inner)
            return None
        if token.pos_ != "PROPN" and token.ent_type_ not in PLACE_LABELS:
            return None
        start, end = _np_span(token)
        span = self.sent.doc[start:end]
        words = [t for t in span if t.dep_ not in ("det",)]
        if not words:
            return None
        name = self.sent.doc[words[0].i : words[-1].i + 1].text
        return resolve_place(name, gazetteer=self.coder.gazetteer, countries=tuple(reversed(self.state.countries)), text=name)

    def _misread_place(self, token: Token) -> bool:
        """A name after "in/at/near" that the tagger took for a person ("in Sivas", "around
        Al Qaim") is a place to try unless the knowledge base knows it as someone."""
        if token.pos_ != "PROPN" or token.ent_type_ != "PERSON":
            return False
        start, end = _np_span(token)
        text, _ = self._phrase(start, end)
        return resolve_actor(
            text, kb=self.coder.kb, on=self.state.published, memory=self.state.memory, lower_text=self.uncased_names
        ) is None

    # ------------------------------------------------------------ mentions
    def location(self, candidate: _Candidate) -> Place | None:
        """Where the event happened: an "in/at X" phrase on the trigger or its clause."""
        heads = [candidate.trigger, candidate.anchor]
        # "met Xi in Beijing": the parser often hangs the place on the object.
        heads += [c for t in (candidate.trigger, candidate.anchor) for c in t.children if c.dep_ in ("dobj", "obj")]
        for token in heads:
            for target in _prep_objects(token, PLACE_PREPS):
                if (
                    target.ent_type_ in PLACE_LABELS
                    or (self.lower_text and target.pos_ in ("PROPN", "NOUN"))
                    or self._misread_place(target)
                ):
                    place = self._place_for(target)
                    if place is not None:
                        return place
        if candidate.destination is not None:
            return candidate.destination
        # "left Russia, where he had attended the summit": the clause's antecedent is the place.
        verb = candidate.anchor if candidate.anchor.pos_ in ("VERB", "AUX") else _clause_verb(candidate.anchor)
        if verb is not None and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            place = self._place_for(verb.head)
            if place is not None:
                return place
        # Otherwise a place named elsewhere in the sentence that is not one of the parties
        # ("Gaza" in "... killing four in Gaza, Palestinian officials said").
        taken = [(a.char_start, a.char_end) for a in (*candidate.actors, *candidate.recipients)
                 if a.char_start is not None and a.char_end is not None]
        scope_start, scope_end = _date_scope(candidate, self.sent)

        def locative(ent: SpacySpan) -> bool:  # "in Sivas", not "troops sent to Iraq"
            return ent.root.dep_ == "pobj" and ent.root.head.lower_ in PLACE_PREPS

        places = [e for e in _sentence_entities(self.sent)
                  if e.label_ in PLACE_LABELS or (locative(e) and self._misread_place(e.root))]
        for ent in sorted(places, key=lambda e: not locative(e)):
            start = ent.start_char - self.sent.start_char
            end = ent.end_char - self.sent.start_char
            if start < scope_start or end > scope_end:
                continue  # a place of another clause ("met Xi ..., and made a trip to South Korea")
            if any(start < b and a < end for a, b in taken):
                continue
            if ent.root.dep_ in ("compound", "amod", "nmod", "poss") and _lemma(ent.root.head) not in GENERIC_PLACE_HEADS:
                continue  # "with U.S. air support": a modifier names a party, not the place
            place = resolve_place(ent.text, gazetteer=self.coder.gazetteer,
                                  countries=tuple(reversed(self.state.countries)), text=ent.text)
            if place is not None:
                return place
        return None


_T = TypeVar("_T")
_PER_VERSION: dict[tuple[str, str], Any] = {}


def _per_version(name: str, rules: RuleSet, compute: Callable[[RuleSet], _T]) -> _T:
    """Compute a set derived from the trigger rules once per dictionary version."""
    key = (name, rules.version)
    if key not in _PER_VERSION:
        _PER_VERSION[key] = compute(rules)
    return _PER_VERSION[key]


def _obligation_modals(rules: RuleSet) -> frozenset[str]:
    """The modals of a reported obligation (the lemmas of ``request.obligation``; "must"
    without that entry), per dictionary version."""
    return _per_version("obligation modals", rules, lambda r: frozenset(
        lemma.lower() for lemma in r.entries[OBLIGATION_RULE].lemmas
    ) if OBLIGATION_RULE in r.entries else frozenset({"must"}))


def _noun_trigger_phrases(rules: RuleSet) -> frozenset[str]:
    """Every lemma of every noun trigger, lower-cased, per dictionary version."""
    return _per_version("noun phrases", rules, lambda r: frozenset(
        " ".join(lemma.lower().split()) for e in r.entries.values() if e.pos == "NOUN" for lemma in e.lemmas
    ))


def _noun_trigger_lemmas(rules: RuleSet) -> frozenset[str]:
    """The one-word lemmas of every noun trigger, per dictionary version."""
    return _per_version("noun words", rules, lambda r: frozenset(
        phrase for phrase in _noun_trigger_phrases(r) if " " not in phrase
    ))


def _verb_trigger_types(rules: RuleSet) -> dict[str, frozenset[str]]:
    """The event types each verb (the first word of a verb trigger's lemma) can trigger."""
    def compute(r: RuleSet) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {}
        for entry in r.entries.values():
            if entry.pos == "VERB":
                for lemma in entry.lemmas:
                    found.setdefault(lemma.lower().split()[0], set()).add(entry.type)
        return {verb: frozenset(types) for verb, types in found.items()}

    return _per_version("verb types", rules, compute)


def _names_event(noun: Token, rules: RuleSet) -> bool:
    """Whether a noun, with its modifiers, is a noun trigger ("lifting", "military operation")."""
    found = _noun_trigger_phrases(rules)
    words = [t.lower_ for t in noun.lefts if t.dep_ in ("compound", "amod")] + [_lemma(noun)]
    return any(" ".join(words[i:]) in found for i in range(len(words)))


def _negating_phrase(verb: Token) -> bool:
    """Whether a phrase like "by no means", "in no way", "under no circumstances" negates ``verb``."""
    return any(
        any(c.lower_ == "no" for c in pobj.children) and _lemma(pobj) in NEGATING_PHRASE_NOUNS
        for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("by", "in", "under", "on")
        for pobj in _children(prep, "pobj")
    )


def _acts_on(verb: Token, event_type: str, rules: RuleSet) -> bool:
    """Whether the verb coerces, attacks or sanctions (ACTING_ON_TYPES) and cannot itself
    code an event of ``event_type``: its subject acts on that event, not in it."""
    types = _verb_trigger_types(rules).get(_lemma(verb), frozenset())
    return bool(types & ACTING_ON_TYPES) and event_type not in types


def _reaction_verb_lemmas(rules: RuleSet) -> frozenset[str]:
    """The verbs of triggers that react to someone else's act (condemn, welcome, reject,
    demand, protest, discuss: REACTION_TYPES), per dictionary version; not "agree" or
    "approve", whose subject makes the act ("the EU agreed sanctions")."""
    # a verb that also triggers an act of its own subject ("approve" sanctions) is left out
    return _per_version("reaction verbs", rules, lambda r: frozenset(
        verb for verb, types in _verb_trigger_types(r).items() if types <= REACTION_TYPES
    ))


def _has_particle(verb: Token, word: str) -> bool:
    """Whether a phrasal verb carries the particle ("called off", "put off")."""
    return any(c.dep_ == "prt" and c.lower_ == word for c in verb.children)


def _verb_phrase_present(entry: TriggerEntry, verb: Token) -> bool:
    """Check a multi-word verb's other words among the verb's dependents.

    "call for" matches "called on Friday for an inquiry"; "open fire" needs the
    object "fire"; a plain lemma listed in the entry always matches.
    """
    lemma = _lemma(verb)
    rests = [words[1:] for words in (item.lower().split() for item in entry.lemmas) if words[0] == lemma]
    if _has_particle(verb, "off") and ["off"] not in rests:
        return False  # "called off the search" is no call, "broke off" no breaking
    if entry.object is not None and _has_particle(verb, "up") and ["up"] not in rests:
        return False  # "took up positions" is no taking of positions
    if not rests or any(not rest for rest in rests):
        return True
    # Not the verb's own infinitive "to": "tried to swear loyalty" is no "swear to"; not
    # inside its active subject: "the hostage release took place" is no "take hostage".
    # nor the subordinator that opens its clause: "for fighters pushed out of Syria" is no "push for"
    kids = [c for c in verb.children if c.dep_ not in ("aux", "auxpass", *SUBJECT_DEPS) and not (c.dep_ == "mark" and c.i < verb.i)]
    # "called Putin on Tuesday" is no "call on": a preposition of a day is not the particle
    kids = [c for c in kids if not (c.dep_ == "prep" and any(
        o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children
    ))]
    # of another clause hung on the verb only the words that join it count ("call for the US
    # to withdraw", "swore to fight"): "X said yes to A, however Y said no" has the first
    # clause as the second one's complement, and its "yes" is not the second verb's
    near = {c.lower_ for c in kids} | {
        g.lower_ for c in kids for g in c.children if c.dep_ not in CLAUSE_DEPS or g.dep_ in ("mark", "aux")
    }
    if verb.i >= 2 and verb.nbor(-1).text == "-" and not verb.nbor(-1).whitespace_ and not verb.nbor(-2).whitespace_:
        near.add(verb.nbor(-2).lower_)  # "lathi-charged", split by the tokeniser whatever the parse
    return any(all(word in near for word in rest) for rest in rests)


def _is_person(actor: Actor) -> bool:
    return (actor.id or "").startswith("person:")


def _as_mention(actor: Actor, token: Token, sent: SpacySpan) -> Actor:
    offset = token.idx - sent.start_char
    return Actor(
        text=token.text, name=actor.name, country=actor.country, sector=actor.sector, id=actor.id,
        why=f"pronoun -> {actor.text} ({actor.why})", char_start=offset, char_end=offset + len(token.text),
    )


def _clause_verb(token: Token) -> Token | None:
    current = token
    for _ in range(6):
        if current.head is current:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def _governor_chain(token: Token) -> list[Token]:
    """Verbs above ``token`` through xcomp/ccomp/acl links, nearest first."""
    chain = []
    current = token
    for _ in range(5):
        if current.dep_ not in ("xcomp", "ccomp", "acl", "advcl", "pcomp", "pobj", "dobj", "prep") or current.head is current:
            break
        current = current.head
        chain.append(current)
    return chain


def _status_and_tense(candidate: _Candidate, coder: _SentenceCoder) -> tuple[str, str]:
    """Return (status, tense) of a candidate event; see module docstring for the rules."""
    grammar = coder.grammar
    verb = candidate.anchor if candidate.anchor.pos_ in ("VERB", "AUX") else candidate.trigger
    if verb.pos_ not in ("VERB", "AUX"):
        verb = _clause_verb(verb) or verb  # "before ending his trip": the clause's verb
    if candidate.entry.subject_role == "recipient":
        speaker_verb = next((t for t in _governor_chain(verb) if t.pos_ in ("VERB", "AUX") and t is not verb), None)
        verb = speaker_verb or verb
    while (
        verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX")
        and not _children(verb, "aux", "auxpass", *SUBJECT_DEPS)
    ):
        # "will tighten sanctions and impose a blockade": a bare second verb shares the
        # first one's auxiliary and complement status.
        verb = verb.head
    if _mandative(verb) and not any(c.dep_ == "neg" for c in verb.children):
        return "hypothetical", "future"  # "suggested that he resign": asked for, not done
    if _yes_no_question(verb):
        return "hypothetical", "present"  # "Are we going to consent to this?": asked, not told
    chain = [verb, *_governor_chain(verb)]
    lemmas_aux: list[str] = []
    for token in chain[:3]:
        lemmas_aux.extend(c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass"))
    negated = any(c.dep_ == "neg" for c in verb.children) or _negating_phrase(verb) or any(
        _lemma(t) in grammar.negating_verbs for t in chain[1:3]
    )
    if any(_no_one(s) for s in _children(verb, *SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)):
        negated = True  # "nobody was arrested", "no one was hurt"
    if verb.i == candidate.trigger.i and any(_no_one(o) for o in _children(verb, "dobj")):
        negated = True  # "police arrested no one" (not "the rapes have no factual grounds")
    head = verb.head
    if verb.dep_ == "xcomp" and _lemma(head) not in DOUBLE_NEGATIVES and any(c.dep_ == "neg" for c in head.children):
        negated = True  # "did not have to use force", "does not want to meet"
    ability = verb.dep_ == "xcomp" and head.lower_ in ABILITY_WORDS
    if ability and (head.lower_ != "able" or any(c.dep_ == "neg" for c in (*head.children, *head.head.children))):
        return "negated", "past"  # "were unable to arrest them", "have not been able to arrest the kidnappers"
    if ability and head.head.tag_ == "VBD":
        return "occurred", "past"  # "police were able to arrest the gang": they did
    named = _named_event(candidate, grammar)
    if named:
        # "workers who did not join in the strike", "nobody was hurt in the clashes": the
        # clause denies something about the event, not the event itself.
        negated = False
    if candidate.trigger.pos_ == "NOUN" and any(c.dep_ == "neg" or c.lower_ == "no" for c in candidate.trigger.children):
        negated = True
    if _open_infinitive(verb) and not named and not negated:  # "refused to allow planes to land": denied
        # ("too early to judge the impact of the strike": the strike itself happened)
        return "hypothetical", "present"
    trigger = candidate.trigger
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj", "nsubjpass") and trigger.head.pos_ == "VERB":
        # "the talks were postponed", "called off the visit": the event did not take place
        lemma = _lemma(trigger.head)
        if lemma in ("call", "put"):
            lemma += " off" if _has_particle(trigger.head, "off") else ""
        if lemma in CANCELLING_VERBS:
            return "negated", "past"
        if lemma in POSTPONING_VERBS:
            return "planned", "future"
    if negated:
        return "negated", "past"
    marked = any(c.dep_ == "mark" and c.lower_ in grammar.hypothetical_markers for t in chain[:3] for c in t.children)
    if marked:
        return "hypothetical", "present"
    if _future(verb, grammar):
        return "planned", "future"
    governors = [verb, *_governor_chain(verb)][:6]
    # "will visit Moscow and then go on to Vladivostok, ending his trip on Nov. 24"
    governors += [t.head for t in governors if t.dep_ == "conj"]
    if candidate.trigger.pos_ != "VERB" and any(_future(t, grammar) for t in governors):
        # A noun event inside a future clause: "would visit Moscow, followed by a visit to ..."
        return "planned", "future"
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in grammar.hypothetical_modals for c in verb.children):
        return "hypothetical", "present"
    if (
        verb.dep_ == "xcomp"
        and _lemma(head) in ATTEMPT_VERBS
        and candidate.type in ATTEMPTED_TYPES
        and not _future(head, grammar)
    ):
        # "tried to kill the mayor", "attempted to seize the town": an attempted attack is
        # itself the attack (CAMEO codes attempts as the act), whatever its outcome ("did
        # not try to" is negated above).
        return "occurred", "past" if head.tag_ in ("VBD", "VBN") else "present"
    if verb.dep_ == "xcomp" and (
        _lemma(head) in ("be",) or _lemma(head) in grammar.intention_verbs or head.lower_ in PLANNED_ADJECTIVES
    ):
        return "planned", "future"
    if verb.dep_ == "xcomp" and head.dep_ == "xcomp" and _lemma(head.head) in ("be",):
        return "planned", "future"
    if verb.dep_ == "xcomp" and _lemma(head) in PHASE_VERBS and head.dep_ == "xcomp" and (
        _lemma(head.head) in grammar.intention_verbs or head.head.lower_ in PLANNED_ADJECTIVES
    ):
        return "planned", "future"  # "prepared to resume shelling": the shelling is planned too
    if coder.is_title and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.dep_ == "ROOT":
        return "planned", "future"
    if trigger.pos_ == "NOUN" and any(c.lower_ in PLANNED_MODIFIERS for c in trigger.children):
        return "planned", "future"
    if coder.is_title:
        return "occurred", "past"
    if verb.tag_ in ("VBD", "VBN") or any(a in ("did", "had", "has", "have", "was", "were") for a in lemmas_aux):
        return "occurred", "past"
    return "occurred", "present"


def _named_event(candidate: _Candidate, grammar: Grammar) -> bool:
    """Whether a noun event is only mentioned by its clause, whose verb neither stages nor
    reports its occurrence ("did not take part in the strike", not "did not hold a strike")."""
    noun = candidate.trigger
    if noun.pos_ == "VERB":
        return False
    verb = _clause_verb(noun)
    if verb is None or verb is noun:
        return False
    if _lemma(noun) in NOMINAL_ACTOR_LEMMAS and noun.dep_ in SUBJECT_DEPS:
        return True  # "protesters will not end their protest": the protesters still protest
    lemma = _lemma(verb)
    return lemma not in grammar.support_verbs and lemma not in OCCURRENCE_VERBS and lemma not in CAUSATIVE_VERBS


def _future(verb: Token, grammar: Grammar) -> bool:
    """Whether ``verb`` has a future or conditional auxiliary ("will", "'ll", "would")."""
    return any(c.dep_ == "aux" and (c.lower_ in grammar.future_auxiliaries or c.lower_ == "would") for c in verb.children)


def _date_scope(candidate: _Candidate, sent: SpacySpan, *, verb: Token | None = None) -> tuple[int, int]:
    """Character range of the event's own clause (or of ``verb``'s), relative to the sentence."""
    if verb is None:
        verb = candidate.anchor
        if candidate.entry.subject_role == "recipient":
            verb = next((t for t in _governor_chain(verb) if t.pos_ in ("VERB", "AUX")), verb)
    tokens = list(verb.subtree)
    start_i, end_i = tokens[0].i, tokens[-1].i + 1
    for child in verb.children:
        gerund = child.dep_ == "prep" and any(c.dep_ == "pcomp" for c in child.children)
        if child.dep_ == "prep" and child.lower_ in ATTRIBUTION_PREPS and not (
            child.left_edge.i <= candidate.trigger.i <= child.right_edge.i
        ):
            # "According to talks on Thursday, the incident was investigated": the source's day
            if child.i < candidate.trigger.i:
                start_i = max(start_i, child.right_edge.i + 1)
            else:
                end_i = min(end_i, child.left_edge.i)
        elif (child.dep_ in CLAUSE_BREAK_DEPS or gerund) and child.i > candidate.trigger.i:
            # "accused the US of trying to oust him in 2002": the gerund clause has its own day
            end_i = min(end_i, child.left_edge.i)
        elif child.dep_ in CLAUSE_BREAK_DEPS and child.i < candidate.trigger.i and child.dep_ != "ccomp":
            start_i = max(start_i, child.right_edge.i + 1)
    doc = sent.doc
    start_i = min(max(start_i, sent.start), sent.end - 1)
    last = min(max(start_i, end_i - 1), sent.end - 1)
    start_char = doc[start_i].idx - sent.start_char
    end_char = doc[last].idx + len(doc[last].text) - sent.start_char
    return start_char, end_char


def _spoken_noun(outer: _Candidate, token: Token) -> bool:
    return outer.entry.pos == "NOUN" and outer.entry.type in SPOKEN_NOUN_TYPES and token.i == outer.trigger.i


def _embedding_trigger(candidate: _Candidate, by_index: dict[int, _Candidate]) -> _Candidate | None:
    if candidate.anchor.i != candidate.trigger.i:
        # "requested military assistance", "threatened sanctions": a noun event whose support
        # verb is itself an embedding trigger is only requested, threatened or offered.
        outer = by_index.get(candidate.anchor.i)
        if (
            outer is not None and outer is not candidate and outer.trigger.i == candidate.anchor.i
            and outer.entry.embedded and outer.entry.type in NOUN_EMBEDDING_TYPES
        ):
            return outer
    for token in _content_chain(candidate.anchor):
        # "reiterated its demand that X ...": the parser often hangs the clause on the verb.
        for obj in _children(token, "dobj", "obj"):
            outer = by_index.get(obj.i)
            if outer is not None and obj.i < candidate.anchor.i and _spoken_noun(outer, obj):
                return outer
        outer = by_index.get(token.i)
        if outer is None or outer is candidate:
            continue
        if outer.entry.embedded:
            return outer
        if _spoken_noun(outer, token):
            return outer  # "a demand that Israel ease the curfew": the easing is only demanded
        if (
            outer.entry.type == "ACCUSE" and token.i == outer.trigger.i
            and candidate.anchor.dep_ == "pcomp" and candidate.anchor.head.lower_ in ("of", "for")
        ):
            return outer  # "accused the rebels of attacking a convoy": the attack is only alleged
        if outer.entry.type == "PROTEST" and candidate.entry.type in VOICED_BY_PROTEST:
            return outer  # "staged demonstrations to demand reforms": the demand is the protest's
    return None


def _content_chain(anchor: Token) -> list[Token]:
    """The first three governors of ``anchor`` whose content it can be: a clause of time or
    reason ("offered an allowance while they were striking", "agreed after troops
    withdrew") is no part of what its verb offers, agrees or demands."""
    chain = []
    current = anchor
    for governor in _governor_chain(anchor)[:3]:
        if current.dep_ == "advcl" and any(m.lower_ in CIRCUMSTANCE_MARKS for m in _children(current, "mark")):
            break
        chain.append(governor)
        current = governor
    return chain


def _intention_head(candidate: _Candidate, grammar_words: frozenset[str]) -> Token | None:
    verb = candidate.anchor
    if verb.dep_ == "xcomp" and _lemma(verb.head) in grammar_words:
        return verb.head
    return None


def code_sentence(
    sent: SpacySpan,
    *,
    sentence_index: int,
    coder: Coder,
    state: ArticleState,
    is_title: bool = False,
    sentence_start: int = 0,
) -> list[EventMention]:
    """Code one parsed sentence into event mentions.

    Args:
        sent: a sentence span of a parsed ``Doc``.
        sentence_index: its index in the article (0 is the title when there is one).
        coder: rules, matcher, knowledge base and gazetteer (:func:`load_coder`).
        state: the article's memory; updated with the actors this sentence names.
        is_title: read the sentence as a headline (present tense is past).
        sentence_start: character offset of the sentence in the article text.

    Returns:
        The mentions found, in trigger order.
    """
    worker = _SentenceCoder(sent, coder=coder, state=state, is_title=is_title)
    _fix_lemmas(sent, worker.grammar.lemma_fixes)
    _remember_entities(worker)
    # The phrase matcher runs on the sentence alone and answers in document offsets.
    matches = [(sent.doc.vocab.strings[match_id], start, end) for match_id, start, end in coder.matcher(sent)]
    candidates = worker.candidates(matches) if matches else []
    if matches:
        candidates += worker.obligations({c.anchor.i for c in candidates} | {c.trigger.i for c in candidates})
    by_index = {c.trigger.i: c for c in candidates}
    by_index.update({c.anchor.i: c for c in candidates if c.anchor.i not in by_index})
    mentions: list[EventMention] = []
    built: dict[int, tuple[_Candidate, int]] = {}  # trigger index -> (candidate, its mention's place)
    for candidate in candidates:
        candidate.type, candidate.cameo, candidate.mode = candidate.entry.type, candidate.entry.cameo, candidate.entry.mode
        if _state_protest(candidate):
            candidate.type, candidate.cameo, candidate.mode = "ACCUSE", "111", "disapprove"
    # Embedded events hand their arguments to the outer one before any is coded, whatever
    # their order in the sentence ("Iran threatened to cut ties with Russia").
    embedded: set[int] = set()
    for candidate in candidates:
        outer = _embedding_trigger(candidate, by_index)
        if outer is None:
            continue
        embedded.add(candidate.trigger.i)
        if (
            outer.entry.type == "AGREE"
            and candidate.entry.type in ANNOUNCED_CONFLICT_TYPES
            and candidate.anchor.head.i == outer.anchor.i
        ):
            # "vowed to attack the city" is a threat; "agreed to postpone the rally" is not.
            outer.type, outer.cameo, outer.mode = "THREATEN", "130", THREAT_MODE_BY_TYPE.get(candidate.entry.type)
        own_subject = candidate.anchor.dep_ == "ccomp" or candidate.actor_via == "object control"
        if not outer.actors and candidate.actors and not own_subject:
            # "threatened to cut ties": the one who would cut them threatens; not so the
            # doer of a clause with its own subject ("X demanded that troops be withdrawn")
            outer.actors = candidate.actors
        taken = {a.key for a in outer.actors}
        if not outer.recipients and outer.type == "REQUEST" and outer.trigger.pos_ == "NOUN" and candidate.actors:
            # "its demand that Israel ease restrictions": the one asked to act is the addressee.
            outer.recipients = [a for a in candidate.actors if a.key not in taken]
        if not outer.recipients and candidate.recipients:
            # "threatened to break relations with Russia": Russia is the threat's target.
            outer.recipients = [r for r in candidate.recipients if r.key not in taken]
    # "offered condolences", "offered an apology": the noun says what was offered, and the
    # offer is no separate promise
    expressed = {
        c.anchor.i for c in candidates
        if c.trigger.pos_ == "NOUN" and c.cameo in EXPRESSIVE_CAMEO and _lemma(c.anchor) in PROPOSING_VERBS
    }
    for candidate in candidates:
        entry = candidate.entry
        if candidate.trigger.i in embedded:
            continue
        if candidate.trigger.pos_ == "VERB" and candidate.trigger.i in expressed:
            continue
        status, tense = _status_and_tense(candidate, worker)
        if status == "negated" and candidate.type in COOPERATIVE_TYPES and _announced_refusal(candidate):
            # "will not meet their demands", "won't accept refugees": refusing to cooperate is
            # itself an event (REJECT), unlike "did not meet", which only says nothing happened.
            candidate.type, candidate.cameo, candidate.mode, status = "REJECT", "120", None, "occurred"
        intention = _intention_head(candidate, worker.grammar.intention_to_agree)
        if intention is not None and candidate.type in AGREE_CAMEO_BY_TYPE:
            candidate.cameo = AGREE_CAMEO_BY_TYPE[candidate.type]
            candidate.type, candidate.mode = "AGREE", None
            status = "occurred"
        if (
            candidate.trigger.pos_ == "NOUN"
            and candidate.anchor.i != candidate.trigger.i
            and _lemma(candidate.anchor) in PROPOSING_VERBS
            and candidate.type in AGREE_CAMEO_BY_TYPE
            and candidate.cameo not in EXPRESSIVE_CAMEO
            and status == "occurred"
        ):
            # "proposed talks with Finland", "offered aid": the offer is the event (CAMEO 03x).
            candidate.cameo = AGREE_CAMEO_BY_TYPE[candidate.type]
            candidate.type, candidate.mode = "AGREE", None
        if status == "planned" and candidate.type != "THREATEN" and _conditional(candidate, worker):
            # An act announced on a condition is an ultimatum whatever the act: "will boycott
            # the vote unless the president resigns", "will pull out its troops unless ...".
            candidate.mode = THREAT_MODE_BY_TYPE.get(candidate.type)
            candidate.type, candidate.cameo, status = "THREATEN", "130", "occurred"
        offered = candidate.type == "CONSULT" and bool(_condition_clauses(candidate.anchor, OFFER_MARKERS))
        if status == "planned" and (candidate.type in PROMISED_TYPES or offered) and not _foreseen(candidate.anchor):
            # A promise of cooperation is itself an event: "Finland will give Tanzania a grant"
            # ("is expected to lift the curfew" is a forecast by others, not a promise); so is
            # a meeting offered on a condition ("would meet the mediator if he ..."), where a
            # plain "will meet" is only a meeting to come.
            candidate.cameo = AGREE_CAMEO_BY_TYPE[candidate.type]
            candidate.type, candidate.mode, status = "AGREE", None, "occurred"
        elif status == "planned" and _readied(candidate):
            # "the army prepared to resume shelling", "troops are poised to storm the town":
            # an armed force getting ready to strike shows force (CAMEO 15x); the strike is
            # not yet made, and no one has said they will make it.
            police = any(a.sector == "COP" for a in candidate.actors)
            candidate.cameo, candidate.mode = ("153", "police") if police else ("154", "troops")
            candidate.type, status = "MOBILIZE", "occurred"
        elif (status == "planned" and candidate.type in ANNOUNCED_CONFLICT_TYPES) or (
            status == "hypothetical" and _conditional(candidate, worker)
        ):
            # An announced or conditional coercive act is a threat: "will extend the curfew",
            # "will withdraw its force unless ...".
            candidate.mode = THREAT_MODE_BY_TYPE.get(candidate.type)
            candidate.type, candidate.cameo, status = "THREATEN", "130", "occurred"
        if not candidate.recipients:
            candidate.recipients = worker.complement_recipients(candidate)
        anchor = candidate.anchor
        if not candidate.recipients and anchor.dep_ in ("advcl", "xcomp") and _children(anchor, "aux"):
            # "will visit Mauritania and Senegal to mediate": a purpose shares the parties
            outer = by_index.get(anchor.head.i)
            if outer is not None and outer is not candidate and outer.recipients:
                candidate.recipients = list(outer.recipients)
        speaker = _obligation_speaker(candidate, worker)
        if speaker:
            # "Russia said Sudan must return the helicopter": a demand by the speaker.
            candidate.recipients = candidate.actors or candidate.recipients
            candidate.actors = speaker
            candidate.type, candidate.cameo, candidate.mode, status = "REQUEST", "100", None, "occurred"
        if not candidate.actors:
            # "a youth was killed in police firing": the act it happened in names the doer;
            # so does an act that is the subject ("the attack by rebels killed ten soldiers")
            inners = _prep_objects(candidate.anchor, ("in", "during"))
            subject = candidate.subject if candidate.anchor.pos_ == "VERB" else None
            for inner in inners + ([subject] if subject is not None else []):
                other = by_index.get(inner.i)
                if other is None or other is candidate:
                    continue
                if inner is subject and all((a.why or "").startswith("implicit") for a in other.actors):
                    continue  # an unnamed attacker of the subject act is left to the weapon rule
                if not other.actors and other.entry.implicit_actor:
                    other.actors = [_implicit_actor(other, worker)]
                if other.actors:
                    candidate.actors = list(other.actors)
                    break
        if not candidate.actors and status == "occurred":
            _refer_back(candidate, state, sentence_index=sentence_index)
            candidate.headline_anaphor = (
                not candidate.actors and not is_title and 0 < sentence_index <= LEAD_SENTENCES
                and _definite_noun(candidate.trigger)
            )
        implied = not candidate.actors and bool(entry.implicit_actor)
        if implied:
            candidate.actors = [_implicit_actor(candidate, worker)]
        weapon = _weapon_doer(candidate, worker) if not candidate.actors and candidate.type == "ASSAULT" else None
        weapon_event = by_index.get(weapon.i) if weapon is not None else None
        if weapon_event is not None and weapon_event.type == candidate.type and candidate.mode is None:
            # "an airstrike struck the position": the strike's own mode and code say how
            candidate.mode, candidate.cameo = weapon_event.mode, weapon_event.cameo
        users = [u for acl in _children(weapon, "acl") if (u := worker.agent_of(acl)) is not None] if weapon else []
        if users:
            # "the missile fired by the army destroyed the warship": the army used it
            candidate.actors = worker.resolve(users[0])
        if weapon is not None and not candidate.actors:
            # "a missile hit the base", "the convoy was struck by a mortar shell": the weapon
            # stands for whoever used it, an unnamed armed actor.
            candidate.actors = [_unnamed_actor(
                worker, *_np_span(weapon), sector="UAF",
                why=f"implicit actor (UAF): the weapon '{weapon.text}' names no user",
            )]
        if not candidate.actors:
            continue
        if (
            status == "hypothetical" and candidate.type in THREAT_MODE_BY_TYPE
            and not _open_infinitive(candidate.anchor) and not _guessed_past(candidate.anchor)
            and not _asked_or_supposed(candidate.anchor, worker.grammar) and not _mandative(candidate.anchor)
            and not _yes_no_question(candidate.anchor)
        ):
            # "Turkey might cut ties", "X could strike": a conflict act held out as a
            # possibility is a threat (CAMEO 13x), which itself occurred. A possibility only
            # asked or supposed ("whether they have been killed", "if we get killed") is none.
            candidate.mode = THREAT_MODE_BY_TYPE[candidate.type]
            candidate.type, candidate.cameo, status = "THREATEN", "130", "occurred"
        if candidate.type == "CONSULT" and candidate.recipients and all(a.sector == "JRN" for a in candidate.recipients):
            continue  # "spoke to reporters", "told journalists": talking to the press consults no party
        location = worker.location(candidate)
        context_country = location.country if location and location.country else state.main_country()
        candidate.actors = [_with_context_country(a, context_country) for a in candidate.actors]
        if candidate.mode != "expel":
            # (an expelled diplomat is a foreigner: the place is the expelling state's own)
            candidate.recipients = [_with_context_country(a, context_country) for a in candidate.recipients]
        if implied and candidate.type == "ASSAULT":
            candidate.actors = _story_attacker(candidate, state, sentence_index=sentence_index)
        if entry.type == "CONSULT" and candidate.recipients == [] and candidate.destination is not None:
            place = candidate.destination
            candidate.recipients = [
                Actor(text=place.text or place.name, name=place.name, country=place.country, sector=None,
                      id=f"country:{place.country}", why=f"host of a visit to {place.name}")
            ]
        if (
            candidate.type in PLACE_RECIPIENT_TYPES
            and not candidate.recipients
            and location is not None
            and location.country
            and location.country not in {a.country for a in candidate.actors}
        ):
            # "Israel launched another air strike into Gaza City": the strike is on Gaza's side.
            candidate.recipients = [
                Actor(text=location.text or location.name, name=location.name, country=location.country,
                      sector=None, id=f"country:{location.country}",
                      why=f"target inferred from the place of the event ({location.name})")
            ]
        if candidate.type == "PROTEST" and not candidate.recipients and context_country:
            # A protest with no named target is aimed at the government where it happens.
            candidate.recipients = [
                Actor(text=candidate.trigger.text, name=None, country=context_country, sector="GOV",
                      id=None, why=f"implicit target: the government of {context_country}")
            ]
        if entry.type == "COERCE" and entry.mode in POPULATION_MODES and not candidate.recipients:
            # "imposed martial law", "a curfew was clamped": the people of the place are subject
            # to it (the state's own, where the state imposes it at home)
            country = context_country or next((a.country for a in candidate.actors if a.country), None)
            if country:
                candidate.recipients = [
                    Actor(text=candidate.trigger.text, name=None, country=country, sector="CVL", id=None,
                          why=f"implicit target: the population of {country} under the {entry.mode} order")
                ]
        mutual = candidate.type in SYMMETRIC_TYPES or candidate.cameo in MUTUAL_CAMEO
        if mutual and not candidate.recipients and len(candidate.actors) >= 2:
            candidate.recipients = list(reversed(candidate.actors))
        if location is None and candidate.same_as is not None:
            location = candidate.same_as[1].location
        if location is not None and state.place is None and not is_title and sentence_index <= LEAD_SENTENCES:
            state.place = location
        elif location is None and state.place is not None:
            # "Police are investigating the poisoning": the story's place, told in the lead
            location = replace(
                state.place, text=None, why=f"the story's place ({state.place.name}), set in the lead"
            )
        candidate.victims = _harmed_protesters(candidate, by_index)
        mentions.append(_build_mention(candidate, worker, status=status, tense=tense, location=location,
                                       sentence_index=sentence_index, sentence_start=sentence_start))
        built[candidate.trigger.i] = (candidate, len(mentions) - 1)
        if candidate.headline_anaphor:
            state.lead_anaphors.add(mentions[-1].mention_id)
    _target_the_doers(mentions, built)
    mentions = _drop_vaguer_duplicates(mentions)
    _remember_actors(worker, mentions)
    for mention in mentions:
        named = [a for a in mention.actor if a.country and not (a.why or "").startswith(("implicit", "carried"))]
        if mention.status == "occurred" and named:
            state.told[mention.type] = (sentence_index, mention)
            if mention.type == "ASSAULT" and len(named) == 1:
                state.attacker = (sentence_index, named[0])
    if any(m.type == "ASSAULT" and "strike" in m.trigger.text.lower() for m in mentions):
        state.armed_strikes = True
    if not is_title:
        note_story_date(sent.text, state=state, sentence_index=sentence_index)
    return mentions


def _harmed_protesters(candidate: _Candidate, by_index: dict[int, _Candidate]) -> bool:
    """Whether a protest read off the word "protesters" names them only as the ones harmed:
    killed, shot at or beaten in an attack of the same sentence, or dying ("four protesters
    died from gunfire")."""
    noun = candidate.trigger
    if candidate.type != "PROTEST" or noun.pos_ != "NOUN" or _lemma(noun) not in NOMINAL_ACTOR_LEMMAS:
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "fired tear gas at the protesters"
    elif noun.dep_ not in ("dobj", "obj", "nsubjpass", "nsubj"):
        return False
    if noun.dep_ == "nsubj":
        return _lemma(head) in DYING_VERBS
    harm = by_index.get(head.i)
    return harm is not None and harm is not candidate and harm.entry.type == "ASSAULT"


def _target_the_doers(mentions: list[EventMention], built: dict[int, tuple[_Candidate, int]]) -> None:
    """Give a reaction to an act its doers as recipients ("China condemned the arrest",
    the arrest being Russia's: Russia is condemned), when the reaction names no target."""
    for candidate, place in built.values():
        reaction = mentions[place]
        if reaction.recipient or reaction.type not in REACTED_TYPES or candidate.trigger.pos_ != "VERB":
            continue
        act = next(
            (built[c.i] for c in candidate.trigger.children if c.dep_ in ("dobj", "obj") and c.i in built), None
        )
        if act is None:
            continue
        own = {a.key for a in reaction.actor}
        doers = tuple(a for a in mentions[act[1]].actor if a.key not in own and not (a.why or "").startswith("implicit"))
        if doers:
            mentions[place] = replace(reaction, recipient=doers)


def _has_doer(candidate: _Candidate) -> bool:
    """Whether a candidate names its doer or its entry implies one."""
    return bool(candidate.actors) or candidate.entry.implicit_actor is not None


def _fix_lemmas(sent: SpacySpan, fixes: dict[str, str]) -> None:
    """Correct the lemmatiser's known misses on trigger words ("raped" is rape, not rap)."""
    for token in sent:
        fixed = fixes.get(token.lower_)
        if fixed is not None and token.pos_ in ("VERB", "NOUN"):
            token.lemma_ = fixed


def _in_description(token: Token) -> bool:
    """Whether ``token`` sits in a clause that describes a noun (relative clause, participle)."""
    current = token
    for _ in range(8):
        if current.dep_ in ("relcl", "acl"):
            return True
        if current.head.i == current.i or current.dep_ in ("ccomp", "advcl", "parataxis"):
            return False
        current = current.head
    return False


def _trend_subject(noun: Token) -> bool:
    """Whether a bare event noun names a trend or a kind rather than an event ("strikes are
    becoming longer", "a rise in protests", "prolonged strikes may hurt the company")."""
    phrase = noun.head if noun.dep_ == "compound" else noun  # "a rise in strike action"
    if any(c.dep_ in ("det", "poss", "nummod") for c in phrase.children):
        return False
    head = phrase.head
    if phrase.dep_ in ("nsubj", "nsubjpass") and _lemma(head) in TREND_WORDS:
        return True
    if (
        phrase.dep_ == "nsubj" and phrase.tag_ == "NNS" and _lemma(head) not in OCCURRENCE_VERBS
        and any(c.dep_ == "aux" and c.lower_ in GENERIC_MODALS for c in head.children)
    ):
        # "strikes could score short-term gains": what strikes in general may do ("protests
        # could erupt" is one possible event)
        return True
    return phrase.dep_ == "pobj" and head.lower_ in ("in", "of") and _lemma(head.head) in TREND_WORDS


def _open_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive a quality or a thing governs ("free to arrest us",
    "the power to arrest", "difficult to arrest him"): a possibility, neither done nor
    threatened."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ in ("xcomp", "acl", "relcl") and head.pos_ in ("ADJ", "NOUN"):
        # "ready to attack" is an intention; "quick to arrest them", a deed
        return head.lower_ not in PLANNED_ADJECTIVES and head.lower_ not in PROMPT_ADJECTIVES
    return verb.dep_ == "advcl" and head.pos_ == "ADJ" and head.lower_ in MODAL_ADJECTIVES


def _labels_object(verb: Token) -> bool:
    """Whether ``verb`` calls its object something: "called him a fascist" (the label as a
    second object, or hung by the parser on the object or its apposition)."""
    if _children(verb, "oprd"):
        return True
    for obj in _children(verb, "dobj"):
        for appos in [*_children(obj, "appos"), *(a for b in _children(obj, "appos") for a in _children(b, "appos"))]:
            if any(d.lower_ in ("a", "an") for d in _children(appos, "det")):
                return True
    return False


def _mandative(verb: Token) -> bool:
    """Whether ``verb`` is a bare verb with a third-person singular subject in a that-clause
    ("allies suggested that he resign", "insisted that the minister be removed"): the
    English mandative subjunctive, which asks for the act rather than reporting it. Plural
    subjects are left out, their bare verb is also the present tense ("they resign")."""
    if verb.dep_ != "ccomp" or verb.pos_ != "VERB" or _lemma(verb.head) not in MANDATIVE_VERBS:
        return False  # not "let the politician help the president battle ..." (a bare infinitive)
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        # only a bare "be" of a passive: "that he be removed"
        if not (len(auxiliaries) == 1 and auxiliaries[0].lower_ == "be" and verb.tag_ == "VBN"):
            return False
    elif verb.tag_ != "VB":
        return False
    subjects = _children(verb, "nsubj", "nsubjpass")
    return bool(subjects) and all(
        s.tag_ in ("NN", "NNP") or s.lower_ in ("he", "she", "it") for s in subjects
    ) and not any(c.dep_ == "conj" for s in subjects for c in s.children)


def _yes_no_question(verb: Token) -> bool:
    """Whether ``verb`` (or a verb it hangs on) asks a yes/no question: the sentence ends in
    a question mark and an auxiliary comes before the subject ("Are we going to consent to
    this nonsense?", "Shall the board instruct the police to arrest them?"). A wh-question
    ("Why did Russia attack?") takes the act as given and is left alone."""
    if not verb.sent.text.rstrip(" \"'”’").endswith("?"):
        return False
    for token in [verb, *_governor_chain(verb)][:3]:
        subjects = _children(token, *SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)
        auxiliaries = _children(token, "aux", "auxpass")
        if subjects and auxiliaries and min(a.i for a in auxiliaries) < subjects[0].i:
            return not any(t.tag_ in ("WRB", "WP", "WDT") for t in token.doc[token.sent.start : subjects[0].i])
    return False


def _blamed_party(noun: Token) -> Token | None:
    """The party an event noun is blamed on: "blamed the attacks on X", "the attacks were
    blamed on X", "blamed X for the attacks", "X was blamed for the attacks"."""
    if noun.dep_ in ("dobj", "nsubjpass") and _lemma(noun.head) == "blame":
        return next(iter(_prep_objects(noun.head, ("on",))), None)
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and _lemma(noun.head.head) == "blame":
        return next(iter(_children(noun.head.head, "nsubjpass", "dobj")), None)
    return None


def _counted(noun: Token) -> bool:
    """Whether a noun phrase is a count of people ("45", "scores", "two soldiers")."""
    words = (noun.lemma_.lower(), noun.lower_.removesuffix("s"))  # a headline's "Scores" is a name to the tagger
    return noun.tag_ == "CD" or any(w in QUANTITY_HEADS for w in words) or any(c.dep_ == "nummod" for c in noun.children)


def _guessed_past(verb: Token) -> bool:
    """Whether a modal verb phrase guesses at or judges the past ("might have been fired
    over by gangs", "may have killed", "should have been probed"): an uncertain report or
    a reproach, not an act held out as a threat or asked for."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return "have" in auxiliaries and any(a in ("might", "may", "could", "must", "should") for a in auxiliaries)


def _collective(actor: Actor, head: Token) -> bool:
    """Whether a "they" can be this actor: a plural phrase, or a state or an organisation
    ("Russia said they would ...", "the ministry said they ..."), not one official."""
    return head.tag_ in ("NNS", "NNPS") or (actor.id or "").startswith(("country:", "org:", "group:"))


def _no_one(subject: Token) -> bool:
    """Whether a subject denies that anyone did it ("nobody", "no one", "no police")."""
    return subject.lower_ in NEGATIVE_PRONOUNS or any(c.lower_ == "no" and c.dep_ == "det" for c in subject.children)


def _present_perfect(token: Token) -> bool:
    """Whether the clause of ``token`` is in the present perfect ("has accused", "have met")."""
    verb = token if token.pos_ in ("VERB", "AUX") else _clause_verb(token)
    while verb is not None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        if _children(verb, "aux", "auxpass"):
            break
        verb = verb.head  # "believes and has publicly accused": the auxiliary sits on the first verb
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s") for c in verb.children)


def _in_background(token: Token) -> bool:
    """Whether ``token`` sits in a phrase that gives an earlier event as the setting.

    "after a week of unrest", "since his hunger strike", "in response to the shelling",
    "in the wake of the execution": the phrase explains the news, it is not the news.
    """
    current = token
    for _ in range(8):
        head = current.head
        if current.pos_ in ("VERB", "AUX") and current.dep_ == "advcl" and head.i != current.i:
            # "called for action after an inquiry established that the killing was staged"
            return any(m.lower_ in BACKGROUND_PREPS for m in _children(current, "mark"))
        if head.i == current.i or (current.pos_ in ("VERB", "AUX") and current.dep_ not in ("pcomp", "ccomp")):
            return False
        if (
            current.dep_ in ("pobj", "pcomp")
            and (head.pos_ == "ADP" or head.dep_ == "prep")  # "following" is often tagged a verb
            and (head.lower_ in BACKGROUND_PREPS or _lemma(head.head) in BACKGROUND_NOUNS)
        ):
            return True
        current = head
    return False


def _actor_keys(mention: EventMention) -> frozenset[str]:
    """The keys of a mention's actors, as events group them."""
    return frozenset(a.key for a in mention.actor)


def _drop_vaguer_duplicates(mentions: list[EventMention]) -> list[EventMention]:
    """Drop a mention that repeats another of the same sentence with less detail.

    "Israel launched an air strike on Gaza, killing four": the killing is the strike,
    told again without its target. A mention goes when another one of the same type,
    status and actors names a recipient and it names none.
    """
    kept = []
    replaced: set[int] = set()
    for mention in mentions:
        fuller = next((
            other for other in mentions
            if other is not mention and other.type == mention.type and other.status == mention.status
            and _actor_keys(other) == _actor_keys(mention) and other.recipient and not mention.recipient
        ), None)
        if fuller is None:
            kept.append(mention)
        elif mention.mode and not fuller.mode:
            # "chlorine was used as a weapon in a rebel attack on the capital": the mention
            # that says how it was done stays, with the target (and the confidence) of the other
            kept.append(replace(
                mention, recipient=fuller.recipient, confidence=max(mention.confidence, fuller.confidence)
            ))
            replaced.add(id(fuller))
    return [m for m in kept if id(m) not in replaced]


def note_story_date(text: str, *, state: ArticleState, sentence_index: int) -> None:
    """Remember the day a body sentence sets for the story, for later undated events.

    :func:`code_sentence` calls it for every body sentence it codes; a caller that skips
    coding a sentence (no trigger in it) should still call it, since such a sentence
    often sets the day ("On Saturday, November 10, the king told Chavez to shut up.").

    Example: after "Talks collapsed on Monday." (sentence 1), an undated "Iran condemned
    China." in sentence 2 of an article published on Friday 2014-11-14 is dated 2014-11-10.
    """
    years = [e.year for e in find_temporal_expressions(text) if e.year is not None and not e.story_year]
    earlier_year = state.story_year  # "that year" in this sentence is one named before it
    state.story_year = years[-1] if years else earlier_year
    if state.published is None:
        return
    named = resolve_date(text, published=state.published, tense="past", story_year=earlier_year)
    if named.source == "text" and named.date and named.date <= state.published.isoformat():
        state.history = (sentence_index, named)
    found = narrative_day(named, published=state.published)
    if found is None:
        return
    state.narrative = (sentence_index, found)
    if state.lead is None and sentence_index <= LEAD_SENTENCES:
        state.lead = found


def _inherited_date(worker: _SentenceCoder, *, sentence_index: int) -> ResolvedDate | None:
    """The story's day for a past event whose own clause names none, or ``None``.

    A headline takes the day its lead sets ("McClellan resigns" / "McClellan announced on
    Wednesday that ..."); a body sentence takes the day set at most
    :data:`NARRATIVE_REACH` sentences before it.
    """
    state = worker.state
    if worker.is_title:
        return carry_date(state.lead, why=HEADLINE_FROM_LEAD) if state.lead else None
    if state.history is not None and worker.sent[0].lower_ in SEQUENCE_ADVERBS:
        # "The branch was founded in 1891 ... Eventually their leaders were arrested": a
        # sentence that goes on with the story stays in its time, however far back.
        where, found = state.history
        if sentence_index - where <= NARRATIVE_REACH:
            return carry_date(found, why=f"'{worker.sent[0].text}' goes on from sentence {where}")
    if state.narrative is None:
        return None
    where, found = state.narrative
    if sentence_index - where > NARRATIVE_REACH:
        return None
    return carry_date(found, why=f"carried from sentence {where}, which sets the story's day")


def _condition_clauses(verb: Token, markers: Sequence[str]) -> list[Token]:
    """Adverbial clauses of ``verb`` (or of its infinitive complement) opened by a marker."""
    heads = [verb, *_children(verb, "xcomp")]
    return [
        c for head in heads for c in head.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in markers for m in c.children)
    ]


def _foreseen(verb: Token) -> bool:
    """Whether others forecast the act ("is expected to lift", "is set to", "is likely to")."""
    head = verb.head
    return verb.dep_ == "xcomp" and (
        (_lemma(head) in ("expect", "schedule", "set") and bool(_children(head, "auxpass")))
        or head.lower_ in ("likely", "due", "poised", "unlikely")
    )


def _announced_refusal(candidate: _Candidate) -> bool:
    """Whether a negated event is a refusal: "will not", "would not", "cannot", "refuses to"."""
    verb = candidate.anchor if candidate.anchor.pos_ in ("VERB", "AUX") else candidate.trigger
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & REFUSING_AUXILIARIES:
        return True
    return verb.dep_ == "xcomp" and _lemma(verb.head) in ("refuse", "decline")


def _readied(candidate: _Candidate) -> bool:
    """Whether an armed actor gets ready to attack or coerce ("prepared to resume shelling")."""
    if candidate.type not in ("ASSAULT", "COERCE") or not any(a.sector in ARMED_SECTORS for a in candidate.actors):
        return False
    heads = _governor_chain(candidate.anchor)[:3]
    return any(_lemma(t) in READINESS_WORDS or t.lower_ in READINESS_WORDS for t in heads)


def _asked_or_supposed(verb: Token, grammar: Grammar) -> bool:
    """Whether ``verb``'s clause (or the clause it is conjoined to) opens with a marker of a
    question or supposition ("whether", "if", "unless")."""
    clauses = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(m.dep_ == "mark" and m.lower_ in grammar.hypothetical_markers for c in clauses for m in c.children)


def _conditional(candidate: _Candidate, worker: _SentenceCoder) -> bool:
    """Whether the event's clause is conditioned with "unless" (an ultimatum)."""
    verb = candidate.anchor
    return any(c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in verb.children)


def _stressed_need(verb: Token, worker: _SentenceCoder) -> tuple[Actor, list[Actor]] | None:
    """(speaker, addressees) when ``verb`` is what a party says another one needs to do:
    "Russia stressed the need for Iran to cooperate", "the conference stressed the
    obligation of the international community to act to lift the embargoes", "X said it
    was the duty of the administration to evict them"."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    current = verb
    for _ in range(4):  # up through "to act to lift" to the noun of obligation
        if current.dep_ not in ("acl", "advcl", "xcomp", "relcl", "dobj", "pobj") or current.head is current:
            return None
        current = current.head
        if current.pos_ == "NOUN" and _lemma(current) in OBLIGATION_NOUNS:
            break
        duty = [a for a in _children(current, "attr") if _lemma(current) == "be" and _lemma(a) in OBLIGATION_NOUNS]
        if duty:  # "it was the duty of Iran to release them": the infinitive hangs on "was"
            current = duty[0]
            break
    else:
        return None
    if current.dep_ == "attr" and _lemma(current.head) == "be":
        # "Jilani said it was the duty of the administration to evict them": who says so
        said = worker._reporting_speaker(current.head)
        said_by = [said] if said is not None else []
    elif current.dep_ in ("dobj", "obj") and current.head.pos_ == "VERB":
        speakers = [s for s in _children(current.head, *SUBJECT_DEPS) if s.pos_ != "PRON"]
        said_by = worker.resolve(speakers[0]) if speakers else []
    else:
        return None
    if not said_by:
        return None
    # whose obligation: "the need for Iran to ...", "the obligation of the community to ..."
    owners = _children(verb, *SUBJECT_DEPS) + _prep_objects(current, ("of", "for", "on"))
    addressees = next((found for owner in owners if (found := worker.resolve(owner))), [])
    return said_by[0], addressees


def _obligation_speaker(candidate: _Candidate, worker: _SentenceCoder) -> list[Actor]:
    """The speaker who says someone "must" (or "should", or "needs to") do something, or []
    when there is none, or when the speaker says it of itself ("Russia said it must
    withdraw": an intent). For a stressed need ("stressed the need for Iran to ..."), the
    party the need is on becomes the candidate's actors, to be made its recipients."""
    verb = candidate.anchor if candidate.anchor.pos_ in ("VERB", "AUX") else candidate.trigger
    need = _stressed_need(verb, worker) if verb.pos_ == "VERB" else None
    if need is not None:
        speaker, addressees = need
        if addressees:
            candidate.actors = addressees
        return [] if speaker.key in {a.key for a in candidate.actors} else [speaker]
    modals = _obligation_modals(worker.coder.rules)
    obliged = any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children) or _mandative(verb)
    if not obliged or _guessed_past(verb):
        return []  # ("should have been probed" reproaches the past; it asks nothing)
    speaker = worker._reporting_speaker(verb)
    if speaker is None or speaker.key in {a.key for a in candidate.actors}:
        return []
    return [speaker]


def _state_protest(candidate: _Candidate) -> bool:
    """Whether a protest is a state's, made in words (CAMEO 111), not in the street: "India
    protested the incursion", "Beijing protested", "Kuwait recalled its envoy in protest"."""
    return candidate.entry.type == "PROTEST" and _lemma(candidate.trigger) == "protest" and bool(
        candidate.actors
    ) and all(
        (a.id and a.sector in STATE_SECTORS)
        or ((a.id or "").startswith("country:") and not (a.why or "").startswith("country demonym"))
        for a in candidate.actors
    )  # not "Indians protested" (a crowd) nor "the employees" (named bodies and states only)


def _definite_noun(trigger: Token) -> bool:
    """Whether an event noun is definite ("the strike", "this offensive"): one told elsewhere."""
    return trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in trigger.children)


def refer_to_headline(
    headline: Sequence[EventMention], mentions: Sequence[EventMention], *, state: ArticleState
) -> list[EventMention]:
    """Give the lead's definite event nouns with no doer the doer the headline names.

    "75 Iraqi militants reported dead in U.S. offensive" / "The offensive was begun with
    U.S. air support ...": the lead's offensive is the headline's, so it takes the
    headline's actors (and recipients, where the headline has some), and the two tellings
    become one event. The headline is coded after the body (its short names resolve
    against it), so this is done once both are read. Only an occurred headline mention of
    the same type, with no other mode, and a doer named in it, is an antecedent.
    """
    if not state.lead_anaphors:
        return list(mentions)

    def fits(told: EventMention, mention: EventMention) -> bool:
        return (
            told.type == mention.type and told.status == mention.status == "occurred"
            and (None in (told.mode, mention.mode) or told.mode == mention.mode)
            and any(not (a.why or "").startswith(("implicit", "carried")) for a in told.actor)
        )

    out = []
    for mention in mentions:
        antecedent = None
        if mention.mention_id in state.lead_anaphors:
            antecedent = next((h for h in headline if fits(h, mention)), None)
        if antecedent is None:
            out.append(mention)
            continue
        why = f"carried: the doer of the {mention.type.lower()} in the headline ('{antecedent.trigger.text}')"
        out.append(replace(
            mention,
            actor=tuple(replace(a, why=why, char_start=None, char_end=None) for a in antecedent.actor),
            recipient=tuple(
                replace(a, char_start=None, char_end=None) for a in antecedent.recipient
            ) or mention.recipient,
        ))
    return out


def date_headline(headline: Sequence[EventMention], mentions: Sequence[EventMention]) -> list[EventMention]:
    """Give a headline event that the body tells again the body's date.

    A headline with no date of its own takes the day its lead sets; but when the body
    tells the same event (same type, status and actors; the first such telling), its date
    is the event's: "Russia apologises for violating Finnish airspace" / "... violated
    Finnish airspace on September 14" / "Russia has admitted to and apologised for ..."
    is an apology made on the day of the report, not on the day of the flight.
    """
    told = sorted(mentions, key=lambda m: (m.sentence_index, m.trigger.start))
    out = []
    for mention in headline:
        same = None
        if mention.date_reason == HEADLINE_FROM_LEAD:
            same = next((
                m for m in told
                if m.type == mention.type and m.status == mention.status
                and _actor_keys(m) == _actor_keys(mention) and m.date
            ), None)
        if same is None or same.date == mention.date:
            out.append(mention)
            continue
        out.append(replace(
            mention, date=same.date, date_precision=same.date_precision, date_source=same.date_source,
            date_reason=f"the date of the same event told in sentence {same.sentence_index}",
        ))
    return out


def _refer_back(candidate: _Candidate, state: ArticleState, *, sentence_index: int) -> None:
    """Make a definite event noun with no doer of its own the story's earlier event.

    "Transit workers walked off the job on Friday. ... Commuters were angry about the
    strike.": the strike is the walkout told before (same type, and same mode where both
    give one, within :data:`ANAPHORA_REACH` sentences); it takes that event's actors and,
    when it names none, its recipients, and later its date and place.
    """
    if not _definite_noun(candidate.trigger):
        return
    told = state.told.get(candidate.type)
    if told is None:
        return
    where, earlier = told
    other_mode = None not in (earlier.mode, candidate.mode) and earlier.mode != candidate.mode
    if not 0 < sentence_index - where <= ANAPHORA_REACH or other_mode:
        return
    why = f"carried: the doer of the {candidate.type.lower()} told in sentence {where} ('{earlier.trigger.text}')"
    candidate.actors = [replace(a, why=why, char_start=None, char_end=None) for a in earlier.actor]
    if not candidate.recipients:
        candidate.recipients = [replace(a, char_start=None, char_end=None) for a in earlier.recipient]
    candidate.same_as = told


def _story_attacker(candidate: _Candidate, state: ArticleState, *, sentence_index: int) -> list[Actor]:
    """The actors of an attack told with no doer: the side that made the story's last attack,
    else the implied actors as they are.

    Only within :data:`NARRATIVE_REACH` sentences, and never the victims' own side
    ("Israel struck Gaza. Two Israeli soldiers were killed." names no Israeli attacker).
    """
    if state.attacker is None:
        return candidate.actors
    where, actor = state.attacker
    if sentence_index - where > NARRATIVE_REACH or sentence_index == where:
        return candidate.actors
    if actor.country in {a.country for a in candidate.recipients}:
        return candidate.actors
    # the words stay the sentence's own (the verb that stands for the doer)
    return [replace(
        implied, name=actor.name, country=actor.country, sector=actor.sector, id=actor.id,
        why=f"carried: the attacker of sentence {where} ({actor.text})",
    ) for implied in candidate.actors]


def _implicit_actor(candidate: _Candidate, worker: _SentenceCoder) -> Actor:
    """The generic actor an event type implies when the text names none.

    "The strike is on": strikers (LAB); "protesters gathered": civilians (CVL);
    "a bomb killed five": unidentified armed forces (UAF); "he was arrested": police
    (COP). Its country comes from the event's place or the article.
    """
    entry = candidate.entry
    if candidate.subject is not None:
        start, end = _np_span(candidate.subject)
    elif candidate.trigger.pos_ == "NOUN":
        start, end = _np_span(candidate.trigger)
    else:  # "their leaders were arrested": no one named, the verb stands for the actor
        start, end = candidate.trigger.i, candidate.trigger.i + 1
    return _unnamed_actor(worker, start, end, sector=entry.implicit_actor,
                          why=f"implicit actor ({entry.implicit_actor}) of {entry.id}")


def _unnamed_actor(worker: _SentenceCoder, start: int, end: int, *, sector: str | None, why: str) -> Actor:
    """An actor known only by its sector, standing on the words ``start:end`` of the sentence."""
    span = worker.sent.doc[start:end]
    offset = span.start_char - worker.sent.start_char
    return Actor(
        text=span.text, name=None, country=None, sector=sector, id=None, why=why,
        char_start=offset, char_end=offset + len(span.text),
    )


def _weapon_doer(candidate: _Candidate, worker: _SentenceCoder) -> Token | None:
    """The weapon named as the doer of an attack (its subject or passive agent), if any."""
    doers = [candidate.subject, worker.agent_of(candidate.anchor)]
    for doer in doers:
        if doer is not None and _lemma(doer) in worker.grammar.weapon_nouns:
            return doer
    return None


def _representative_day(value: str | None) -> date | None:
    """A day standing for a date of any precision: "2013" -> 2013-07-01, "2014-10" -> 2014-10-15."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 7, 1)
    if len(parts) == 2:
        return date(parts[0], parts[1], 15)
    return date(parts[0], parts[1], parts[2])


def _with_context_country(actor: Actor, country: str | None) -> Actor:
    """Give a generic agent ("police", "protesters") the country the event is in."""
    if actor.country or not actor.sector or not country:
        return actor
    return Actor(
        text=actor.text, name=actor.name, country=country, sector=actor.sector, id=actor.id,
        why=f"{actor.why}; country {country} from the event's place or the article",
        char_start=actor.char_start, char_end=actor.char_end,
    )


def _build_mention(
    candidate: _Candidate,
    worker: _SentenceCoder,
    *,
    status: str,
    tense: str,
    location: Place | None,
    sentence_index: int,
    sentence_start: int,
) -> EventMention:
    sent = worker.sent
    coder = worker.coder
    ontology = coder.rules.ontology
    ptype = ontology.types[candidate.type]
    cameo = candidate.cameo or ptype.cameo
    trigger = candidate.trigger
    trigger_start = trigger.idx - sent.start_char
    scope = _date_scope(candidate, sent)
    perfect = _present_perfect(candidate.anchor)
    resolved = resolve_date(
        sent.text, published=worker.state.published, tense=tense, scope=scope, headline=worker.is_title,
        perfect=perfect, story_year=worker.state.story_year,
    )
    if resolved.source == "publication" and (
        candidate.anchor.pos_ not in ("VERB", "AUX") or candidate.anchor.dep_ in ("pcomp", "acl", "amod")
    ):
        # A noun or participle event with no date of its own takes its clause's
        # ("was founded in 1891 by protesting shearers").
        verb = _clause_verb(candidate.anchor)
        if verb is not None and _lemma(verb) not in worker.grammar.reporting_verbs:
            wider = resolve_date(
                sent.text, published=worker.state.published, tense=tense,
                scope=_date_scope(candidate, sent, verb=verb), headline=worker.is_title, perfect=perfect,
                story_year=worker.state.story_year,
            )
            resolved = wider if wider.source == "text" else resolved
    if candidate.same_as is not None and resolved.source == "publication":
        # "commuters were angry about the strike": the day of the strike told before
        where, earlier = candidate.same_as
        told_date = ResolvedDate(earlier.date, earlier.date_precision, "text", None, None)
        resolved = carry_date(told_date, why=f"the date of the event told in sentence {where}")
    elif (
        resolved.source == "publication"
        and status == "occurred"
        and (tense == "past" or worker.is_title)
        and not perfect
    ):
        # "has accused" is not set on the story's day: it stays on the publication date
        resolved = _inherited_date(worker, sentence_index=sentence_index) or resolved
    event_day = _representative_day(resolved.date)
    if resolved.source == "text" and event_day is not None and event_day != worker.state.published:
        candidate.actors = [actor_on(a, kb=coder.kb, on=event_day) for a in candidate.actors]
        candidate.recipients = [actor_on(a, kb=coder.kb, on=event_day) for a in candidate.recipients]
    confidence = candidate.entry.confidence
    if candidate.recipients:
        confidence += 0.1
    if candidate.actor_via in ("subject of the clause",) or any(a.why and a.why.startswith("pronoun") for a in candidate.actors):
        confidence -= 0.15
    if trigger.pos_ != "VERB":
        confidence -= 0.05
    if worker.is_title:
        confidence -= 0.1
    if status == "hypothetical":
        confidence -= 0.15  # "if he agrees": the condition is rarely the news
    elif status == "planned":
        confidence -= 0.15  # "will visit X to mediate": what is done now outranks what is scheduled
    if candidate.victims:
        confidence -= 0.3  # "police fired on the protesters": the shooting is the news, not a protest
    if _in_description(candidate.anchor):
        confidence -= 0.2  # "a resolution that aims to tighten sanctions": background, not the news
    elif _in_background(candidate.anchor):
        confidence -= 0.1
    confidence = round(min(0.99, max(0.05, confidence)), 3)
    mode = candidate.mode if candidate.mode in ptype.modes else None
    context = ontology.cameo[cameo].plover_context if cameo in ontology.cameo else ()
    mention_id = stable_id(worker.state.article_id, sentence_index, trigger_start, candidate.entry.id)
    return EventMention(
        mention_id=mention_id,
        article_id=worker.state.article_id,
        sentence_index=sentence_index,
        sentence_text=sent.text,
        type=candidate.type,
        mode=mode,
        context=context,
        cameo=cameo,
        goldstein=ontology.goldstein(cameo),
        quad_class=ptype.quad_class,
        trigger=Span(text=trigger.text, start=trigger_start, end=trigger_start + len(trigger.text)),
        actor=tuple(_dedupe(candidate.actors)),
        recipient=tuple(a for a in _dedupe(candidate.recipients) if a.key not in {b.key for b in candidate.actors}
                        or candidate.type in SYMMETRIC_TYPES or cameo in MUTUAL_CAMEO),
        date=resolved.date,
        date_precision=resolved.precision,
        date_source=resolved.source,
        date_reason=resolved.reason,
        status=status,  # type: ignore[arg-type]
        location=location,
        confidence=confidence,
        rule_id=candidate.entry.id,
        dictionary_version=coder.rules.version,
        sentence_start=sentence_start,
    )


def _dedupe(actors: Iterable[Actor]) -> list[Actor]:
    seen: set[str] = set()
    result = []
    for actor in actors:
        if actor.key in seen:
            continue
        seen.add(actor.key)
        result.append(actor)
    return result


def _remember_actors(worker: _SentenceCoder, mentions: Sequence[EventMention]) -> None:
    """Remember the actors of this sentence's events for later short mentions and pronouns."""
    seen: set[str] = set()
    for mention in mentions:
        for role, actors in (("recipient", mention.recipient), ("actor", mention.actor)):
            for actor in actors:
                if actor.key not in seen and not (actor.why or "").startswith(("pronoun", "group")):
                    seen.add(actor.key)
                    worker.state.note(actor, subject=role == "actor")


def _sentence_entities(sent: SpacySpan) -> list[SpacySpan]:
    """The named entities of a sentence. ``Span.ents`` rebuilds every entity of the whole
    document on each call; the document's list is kept in its ``user_data`` instead."""
    doc = sent.doc
    entities = doc.user_data.get("legation_entities")
    if entities is None:
        entities = doc.user_data["legation_entities"] = list(doc.ents)
    return [e for e in entities if sent.start <= e.start and e.end <= sent.end]


def _name_spans(sent: SpacySpan) -> list[tuple[int, int]]:
    """Token ranges of the sentence's names: entities widened to their whole proper-noun
    run ("Ryong Hae" -> "Choe Ryong Hae"), plus proper-noun phrases the NER missed."""
    spans: set[tuple[int, int]] = set()
    for ent in _sentence_entities(sent):
        if ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
            start, end = ent.start, ent.end
            while start > sent.start and sent.doc[start - 1].pos_ == "PROPN":
                start -= 1
            spans.add((start, end))
    for token in sent:
        if token.pos_ == "PROPN" and token.dep_ != "compound":
            start = token.i
            while start > sent.start and sent.doc[start - 1].pos_ == "PROPN":
                start -= 1
            spans.add((start, token.i + 1))
    return sorted(spans)


def _remember_entities(worker: _SentenceCoder) -> None:
    """Remember the sentence's named people, organisations and places before coding it."""
    seen: set[str] = set()
    doc = worker.sent.doc
    for start, end in _name_spans(worker.sent):
        span = doc[start:end]
        if start > 0 and doc[start - 1].lower_ in ETHNIC_WORDS:
            continue  # "ethnic Albanians" say nothing of Albania's part in the story
        actor = resolve_actor(
            span.text, kb=worker.coder.kb, on=worker.state.published, memory=worker.state.memory,
            allow_capital=False, offset=span.start_char - worker.sent.start_char, lower_text=worker.uncased_names,
        )
        if actor is not None and actor.key not in seen:
            seen.add(actor.key)
            worker.state.note(actor)
            worker.names_at[id(actor)] = span.start_char - worker.sent.start_char


HeadlineMask = Callable[[list[str]], list[bool]]
_HEADLINE_PUNCT = "'\"‘’“”()[]:;,.!?"


def normalize_headline(title: str, *, name_mask: HeadlineMask) -> str:
    """Lower-case the Title Case words of a headline that are not names.

    spaCy parses "Kim Jong Un Planning to Send Special Envoy to Russia" badly;
    "Kim Jong Un planning to send special envoy to Russia" well. Only case changes,
    so character offsets stay valid. ``name_mask(words)`` says which words are names; the
    first word is lower-cased too unless it is one ("Rebels attack army base near Goma":
    spaCy takes a capitalised "Rebels" for part of a name).
    """
    words = title.split(" ")
    cores = [w.strip(_HEADLINE_PUNCT) for w in words]
    alpha = [c for c in cores if c[:1].isalpha()]
    capitalised = [c for c in alpha if c[:1].isupper()]
    if len(capitalised) < max(3, int(0.6 * len(alpha))):
        return title
    names = name_mask(cores)
    out = []
    for position, (word, core) in enumerate(zip(words, cores, strict=True)):
        if not core or core.isupper() or not core[:1].isupper() or names[position]:
            out.append(word)
        else:
            out.append(word.replace(core, core[:1].lower() + core[1:], 1))
    return " ".join(out)
