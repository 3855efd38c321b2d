"""Resolve a noun phrase to a PLOVER actor (country + sector + knowledge-base id).

Example::

    kb = load_knowledge_base(Settings())
    resolve_actor("Chinese President Xi Jinping", kb=kb, on=date(2024, 3, 1))
    # Actor(text="Chinese President Xi Jinping", name="Xi Jinping", country="CHN",
    #       sector="GOV", id="person:xi-jinping", why="person:xi-jinping role CHN/GOV valid ...")
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from legation.actors.kb import Entry, KnowledgeBase, Match, Role, normalize_token, tokenize
from legation.records import Actor

# Words that may precede a name without changing who is meant ("Mr. Kim", "President Xi").
_HONORIFICS = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "sir", "madam", "the", "president", "premier", "minister", "leader", "chairman", "general", "secretary", "senator", "chancellor", "king", "queen", "prince", "sheikh"]
)
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"])
# A definite reference to an earlier actor by its kind is short ("the ministry", "the rebel group").
_REFERENCE_WORDS = 4
# Head nouns of definite references to an earlier organisation ("the group said").
_ORG_NOUNS = frozenset(
    ["group", "organisation", "organization", "movement", "militia", "alliance", "bloc", "agency", "body", "union", "party", "coalition", "council", "committee", "company", "firm", "network", "faction"]
)
_PERSON_NOUNS = frozenset(
    ["president", "leader", "minister", "premier", "chancellor", "chairman", "chief", "king", "queen", "envoy", "secretary-general", "spokesman", "spokeswoman", "official", "general"]
)
ETHNIC_WORDS = frozenset(["ethnic"])  # "ethnic Albanians": descent, not the state
_STANCE_PREFIXES = frozenset({"anti", "pro"})
# Participles after a name that make it the actor's patron ("Iran-backed militias").
_PATRON_PARTICIPLES = frozenset({"backed", "sponsored", "funded", "supported", "armed", "trained", "financed"})
_KIND_RANK = {"person": 4, "organization": 3, "group": 3, "country": 2, "agent": 1}


@dataclass
class ActorMemory:
    """Who an article has named so far, so later short mentions can be resolved.

    One memory per article; :func:`resolve_actor` reads it, the caller fills it
    with :meth:`remember` after each resolved mention.
    """

    actors: list[Actor] = field(default_factory=list)

    def remember(self, actor: Actor) -> None:
        """Record a resolved actor (most recent last)."""
        if actor.id is None and actor.country is None:
            return
        self.actors.append(actor)

    def recall_name(self, word: str) -> Actor | None:
        """Return the latest person whose first or last name is ``word`` ("Kim", "Putin")."""
        key = normalize_token(word)
        acronym = len(word) > 1 and word.isupper()
        for actor in reversed(self.actors):
            if not (actor.id or "").startswith("person:") or not actor.name:
                continue
            if acronym and word not in tokenize(actor.name):
                continue  # "UN" is not the "Un" of Kim Jong Un
            parts = [normalize_token(p) for p in tokenize(actor.name)]
            if parts and key in (parts[0], parts[-1]):
                return actor
        return None

    def recall_reference(self, words: Sequence[str]) -> Actor | None:
        """Return the latest actor a definite reference ("the ministry") points back to."""
        head = normalize_token(words[-1])
        for actor in reversed(self.actors):
            said = {normalize_token(t) for t in tokenize(actor.text)}
            if head in said and (actor.id is None or not actor.id.startswith("country:")):
                return actor
        if len(words) > _REFERENCE_WORDS:
            # "the ministry", "the rebel group" point back to an actor of that kind; "the SA
            # Commercial Catering and Allied Workers Union" is a name of its own
            return None
        for actor in reversed(self.actors):
            kind = (actor.id or "").split(":", 1)[0]
            if head in _ORG_NOUNS and kind in ("org", "group"):
                return actor
            if head in _PERSON_NOUNS and kind == "person":
                return actor
        return None


def _pick_role(entry: Entry, on: date | None) -> tuple[Role | None, str]:
    """Choose the role of ``entry`` that holds on ``on`` and say how it was chosen."""
    dated = [r for r in entry.roles if r.dated]
    undated = [r for r in entry.roles if not r.dated]
    if on is None:
        current = [r for r in dated if r.valid_to is None]
        pool = current or undated or dated
        if not pool:
            return None, "no role"
        best = max(pool, key=lambda r: (r.sector != "ELI", r.valid_from or date.min))
        return best, "role " + best.describe()
    valid = [r for r in dated if r.valid_on(on)]
    if valid:
        best = max(valid, key=lambda r: (r.sector != "ELI", r.valid_from or date.min))
        return best, "role " + best.describe()
    if undated:
        best = max(undated, key=lambda r: r.sector is not None)
        return best, "default role " + best.describe()
    ended = [r for r in dated if r.valid_to is not None and r.valid_to < on]
    if ended:
        last = max(ended, key=lambda r: r.valid_to or date.min)
        former = Role(last.country, "ELI", last.valid_from, last.valid_to, last.title)
        return former, f"former {last.describe()} -> ELI"
    if dated:
        first = min(dated, key=lambda r: r.valid_from or date.max)
        return Role(first.country, None), f"before {first.describe()}"
    return None, "no role"


def actor_on(actor: Actor, *, kb: KnowledgeBase, on: date | None) -> Actor:
    """Re-derive a known person's or group's country and sector for the event's date.

    The phrase is resolved once (against the publication date); when the event has
    its own date ("met Xi last year"), the role valid then is the one that counts.
    """
    entry = kb.entries.get(actor.id or "")
    if entry is None or on is None or entry.kind not in ("person", "organization", "group"):
        return actor
    if not any(r.dated for r in entry.roles):
        return actor
    role, how = _pick_role(entry, on)
    if role is None or (role.country, role.sector) == (actor.country, actor.sector):
        return actor
    base = (actor.why or "").split(" role ")[0].split(" former ")[0]
    return Actor(
        text=actor.text, name=actor.name, country=role.country or actor.country, sector=role.sector,
        id=actor.id, why=f"{base} {how} (on the event date {on.isoformat()})",
        char_start=actor.char_start, char_end=actor.char_end,
    )


# Role nouns that name a kind of place: as a modifier they say where an actor is from
# ("the city authorities"), not who it is.
_PLACE_AGENTS = frozenset({
    "city", "cities", "town", "towns", "village", "villages", "region", "regions", "district",
    "districts", "province", "provinces", "county", "counties", "municipality", "area", "state",
})


def _best(matches: Sequence[Match], kb: KnowledgeBase) -> Match:
    return max(matches, key=lambda m: (_KIND_RANK.get(m.entry.kind, 0), kb.rank(m.entry.id)))


def _head_agent(agents: Sequence[Match], words: Sequence[str], kb: KnowledgeBase) -> Match:
    """The role noun that names the actor: a place noun before another role noun only says
    where it is from ("the city authorities", "the region authorities" are authorities)."""
    roles = [
        m for m in agents
        if not (" ".join(words[m.start:m.end]).lower() in _PLACE_AGENTS and any(o.start >= m.end for o in agents))
    ]
    return _best(roles or agents, kb)


def _make(
    phrase: str,
    *,
    offset: int,
    name: str | None,
    country: str | None,
    sector: str | None,
    actor_id: str | None,
    why: str,
) -> Actor:
    return Actor(
        text=phrase,
        name=name,
        country=country,
        sector=sector,
        id=actor_id,
        why=why,
        char_start=offset,
        char_end=offset + len(phrase),
    )


def _from_memory(phrase: str, actor: Actor, *, offset: int, how: str) -> Actor:
    return Actor(
        text=phrase,
        name=actor.name,
        country=actor.country,
        sector=actor.sector,
        id=actor.id,
        why=f"memory {how} -> {actor.id or actor.key} ({actor.text})",
        char_start=offset,
        char_end=offset + len(phrase),
    )


def _short_name(words: Sequence[str]) -> str | None:
    """Return the bare name of "Kim", "Mr. Kim" or "President Xi", else ``None``."""
    rest = [w for w in words if normalize_token(w) not in _HONORIFICS]
    if len(rest) != 1 or not rest[0][:1].isupper():
        return None
    return rest[0]


def _preceded_by(words: Sequence[str], match: Match, wanted: frozenset[str]) -> bool:
    """Whether the word just before ``match`` is one of ``wanted`` ("anti" Syria, "ethnic" Albanians)."""
    return match.start > 0 and normalize_token(words[match.start - 1]) in wanted


def _followed_by(words: Sequence[str], match: Match, wanted: frozenset[str]) -> bool:
    """Whether the word just after ``match`` is one of ``wanted`` (Iran "backed" militias)."""
    return match.end < len(words) and normalize_token(words[match.end]) in wanted


def _modifies_a_thing(words: Sequence[str], match: Match) -> bool:
    """Whether a capital only names which thing follows it ("the Paris Agreement", "the Kabul
    airport", "the Moscow metro"): a word follows it, not a possessive ("Moscow's decision")
    or punctuation."""
    rest = [normalize_token(w) for w in words[match.end:]]
    return bool(rest) and rest[0][:1].isalpha()


def resolve_actor(
    phrase: str,
    *,
    kb: KnowledgeBase,
    on: date | None,
    memory: ActorMemory | None = None,
    allow_capital: bool = True,
    offset: int = 0,
    lower_text: bool | None = None,
) -> Actor | None:
    """Resolve a noun phrase to an :class:`~legation.records.Actor`, or ``None``.

    Args:
        phrase: the words of the mention, e.g. ``"North Korean diplomats"``.
        kb: the knowledge base from :func:`~legation.actors.kb.load_knowledge_base`.
        on: the event date; roles of people are chosen for that day.
        memory: the article's memory of earlier actors, for "Kim" or "the ministry".
        allow_capital: whether a bare capital ("Moscow") stands for its government.
        offset: character offset of ``phrase`` in the sentence (for ``char_start``).
        lower_text: whether the sentence is all lower case (names then match in any
            case); ``None`` judges by the phrase alone. See ``KnowledgeBase.lookup``.

    Example:
        ``resolve_actor("Russian police", kb=kb, on=date(2024, 5, 1))`` gives
        country ``RUS``, sector ``COP``, why ``"demonym+agent country:RUS agent:police"``.
    """
    words = tokenize(phrase)
    if not words:
        return None
    if memory is not None and memory.actors:
        short = _short_name(words)
        if short is not None:
            earlier = memory.recall_name(short)
            if earlier is not None:
                return _from_memory(phrase, earlier, offset=offset, how=f"name {short}")
    # "anti-Syria journalist", "pro-Russian separatists", "anti-Putin protesters": a name
    # after "anti" or "pro" says whom the actor is for or against, not who the actor is;
    # "Iran-backed militias", "Turkey-backed fighters": a name before "backed" is the patron.
    matches = [
        m for m in kb.lookup(words, on=on, lower_text=lower_text)
        if not _preceded_by(words, m, _STANCE_PREFIXES) and not _followed_by(words, m, _PATRON_PARTICIPLES)
    ]
    junk = [m for m in matches if m.entry.junk]
    matches = [m for m in matches if not m.entry.junk]
    people = [m for m in matches if m.entry.kind == "person"]
    orgs = [m for m in matches if m.entry.kind in ("organization", "group")]
    agents = [m for m in matches if m.entry.kind == "agent"]
    places = [m for m in matches if m.entry.kind == "country"]
    agent = _head_agent(agents, words, kb) if agents else None
    agent_role = agent.entry.roles[0] if agent and agent.entry.roles else None

    if people:
        best = _best(people, kb)
        role, how = _pick_role(best.entry, on)
        country = role.country if role else None
        if country is None and places:
            country = _best(places, kb).entry.roles[0].country
        return _make(
            phrase,
            offset=offset,
            name=best.entry.name,
            country=country,
            sector=role.sector if role else None,
            actor_id=best.entry.id,
            why=f"{best.entry.id} {how}",
        )
    if orgs:
        best = _best(orgs, kb)
        role, how = _pick_role(best.entry, on)
        sector = role.sector if role else None
        why = f"{best.entry.id} {best.entry.kind} {how}"
        if sector is None and agent_role is not None and agent_role.sector:
            sector = agent_role.sector
            why += f" +{agent.entry.id}" if agent else ""
        country = role.country if role else None
        if country is None and len({m.entry.id for m in places}) == 1:
            # "Egyptian Islamic Jihad", "the Iraqi Red Crescent": a group known without a
            # country takes the one its own name gives.
            country = places[0].entry.roles[0].country if places[0].entry.roles else None
            why += f" +{places[0].entry.id}"
        return _make(
            phrase,
            offset=offset,
            name=best.entry.name,
            country=country,
            sector=sector,
            actor_id=best.entry.id,
            why=why,
        )
    if places:
        countries = {m.entry.id for m in places}
        if len(countries) > 1:
            return None  # "US-China talks", "the two Koreas": no single actor
        place = _best(places, kb)
        country = place.entry.roles[0].country if place.entry.roles else None
        if place.via == "demonym" and _preceded_by(words, place, ETHNIC_WORDS):
            # "ethnic Albanians in Serbia" are a community of the country they live in,
            # not Albania: no country here, so the event's place supplies it.
            return _make(
                phrase,
                offset=offset,
                name=None,
                country=None,
                sector=agent_role.sector if agent_role is not None and agent_role.sector else "CVL",
                actor_id=None,
                why=f"ethnic group ({place.entry.id} by descent, country from the context)",
            )
        if agent is not None and agent_role is not None:
            return _make(
                phrase,
                offset=offset,
                name=None,
                country=country,
                sector=agent_role.sector,
                actor_id=None,
                why=f"{place.via}+agent {place.entry.id} {agent.entry.id}",
            )
        if place.via == "capital":
            if not allow_capital or _modifies_a_thing(words, place):
                return None
            return _make(
                phrase,
                offset=offset,
                name=place.entry.name,
                country=country,
                sector="GOV",
                actor_id=place.entry.id,
                why=f"capital {place.entry.id}",
            )
        return _make(
            phrase,
            offset=offset,
            name=place.entry.name,
            country=country,
            sector=None,
            actor_id=place.entry.id,
            why=f"country {place.via} {place.entry.id}",
        )
    if memory is not None and memory.actors and normalize_token(words[0]) in _DETERMINERS:
        earlier = memory.recall_reference(words)
        if earlier is not None:
            return _from_memory(phrase, earlier, offset=offset, how=f"reference {phrase}")
    if agent is not None and agent_role is not None:
        return _make(
            phrase,
            offset=offset,
            name=None,
            country=agent_role.country,
            sector=agent_role.sector,
            actor_id=None,
            why=f"agent {agent.entry.id}",
        )
    del junk  # a junk phrase ("gas explosion") is known not to be an actor
    return None
