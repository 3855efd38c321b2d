"""The coder on hand-built parses: arguments, voice, nominal events, status and dates."""

from __future__ import annotations

from datetime import date

import pytest

from legation.coding import code_sentence
from legation.events import group_mentions

# word/POS/TAG/dep/head/lemma[/ENT]; Friday 2014-11-14 is the publication date.
CASES = [
    pytest.param(
        "Choe_Ryong_Hae/PROPN/NNP/nsubj/1/Choe_Ryong_Hae/PERSON met/VERB/VBD/ROOT/1/meet "
        "Xi_Jinping/PROPN/NNP/dobj/1/Xi_Jinping/PERSON last/ADJ/JJ/amod/4/last year/NOUN/NN/npadvmod/1/year "
        "./PUNCT/./punct/1/.",
        {"type": "CONSULT", "actor": ["PRK"], "recipient": ["CHN"], "status": "occurred",
         "date": "2013", "precision": "year"},
        id="active-verb-object-last-year",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE met/VERB/VBD/ROOT/1/meet with/ADP/IN/prep/1/with "
        "China/PROPN/NNP/pobj/2/China/GPE ./PUNCT/./punct/1/.",
        {"type": "CONSULT", "actor": ["RUS"], "recipient": ["CHN"], "status": "occurred",
         "date": "2014-11-14", "precision": "day"},
        id="prepositional-recipient",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubjpass/2/Iran/GPE was/AUX/VBD/auxpass/2/be attacked/VERB/VBN/ROOT/2/attack "
        "by/ADP/IN/agent/2/by Russia/PROPN/NNP/pobj/3/Russia/GPE ./PUNCT/./punct/2/.",
        {"type": "ASSAULT", "actor": ["RUS"], "recipient": ["IRN"], "status": "occurred"},
        id="passive-with-agent",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE imposed/VERB/VBD/ROOT/1/impose sanctions/NOUN/NNS/dobj/1/sanction "
        "on/ADP/IN/prep/1/on Iran/PROPN/NNP/pobj/3/Iran/GPE ./PUNCT/./punct/1/.",
        {"type": "SANCTION", "actor": ["CHN"], "recipient": ["IRN"], "status": "occurred"},
        id="verb-with-object-constraint",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE held/VERB/VBD/ROOT/1/hold talks/NOUN/NNS/dobj/1/talk "
        "with/ADP/IN/prep/2/with China/PROPN/NNP/pobj/3/China/GPE ./PUNCT/./punct/1/.",
        {"type": "CONSULT", "actor": ["RUS"], "recipient": ["CHN"], "status": "occurred"},
        id="noun-with-support-verb",
    ),
    pytest.param(
        "Choe_Ryong_Hae/PROPN/NNP/nsubj/2/Choe_Ryong_Hae/PERSON would/AUX/MD/aux/2/would visit/VERB/VB/ROOT/2/visit "
        "Moscow/PROPN/NNP/dobj/2/Moscow/GPE on/ADP/IN/prep/2/on Monday/PROPN/NNP/pobj/4/Monday/DATE ./PUNCT/./punct/2/.",
        {"type": "CONSULT", "actor": ["PRK"], "recipient": ["RUS"], "status": "planned",
         "date": "2014-11-17", "precision": "day", "location": "Moscow"},
        id="planned-visit-to-a-capital",
    ),
    pytest.param(
        "North_Korea/PROPN/NNP/nsubj/1/North_Korea/GPE is/AUX/VBZ/ROOT/1/be to/PART/TO/aux/3/to "
        "send/VERB/VB/xcomp/1/send an/DET/DT/det/5/an envoy/NOUN/NN/dobj/3/envoy to/ADP/IN/dative/3/to "
        "Russia/PROPN/NNP/pobj/6/Russia/GPE ./PUNCT/./punct/1/.",
        {"type": "CONSULT", "actor": ["PRK"], "recipient": ["RUS"], "status": "planned"},
        id="is-to-send-an-envoy",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/3/Russia/GPE did/AUX/VBD/aux/3/do not/PART/RB/neg/3/not "
        "meet/VERB/VB/ROOT/3/meet China/PROPN/NNP/dobj/3/China/GPE ./PUNCT/./punct/3/.",
        {"type": "CONSULT", "actor": ["RUS"], "recipient": ["CHN"], "status": "negated"},
        id="negated",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE urged/VERB/VBD/ROOT/1/urge Russia/PROPN/NNP/dobj/1/Russia/GPE "
        "to/PART/TO/aux/4/to release/VERB/VB/xcomp/1/release prisoners/NOUN/NNS/dobj/4/prisoner ./PUNCT/./punct/1/.",
        {"type": "REQUEST", "actor": ["IRN"], "recipient": ["RUS"], "status": "occurred", "only": True},
        id="embedded-event-is-not-coded-twice",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/3/Russia/GPE and/CCONJ/CC/cc/0/and China/PROPN/NNP/conj/0/China/GPE "
        "plan/VERB/VBP/ROOT/3/plan to/PART/TO/aux/5/to discuss/VERB/VB/xcomp/3/discuss trade/NOUN/NN/dobj/5/trade "
        "./PUNCT/./punct/3/.",
        {"type": "AGREE", "actor": ["RUS", "CHN"], "recipient": ["RUS", "CHN"], "status": "occurred"},
        id="intention-to-meet-is-agree",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE said/VERB/VBD/ROOT/1/say it/PRON/PRP/nsubj/4/it "
        "would/AUX/MD/aux/4/would attack/VERB/VB/ccomp/1/attack China/PROPN/NNP/dobj/4/China/GPE ./PUNCT/./punct/1/.",
        {"type": "THREATEN", "actor": ["IRN"], "recipient": ["CHN"], "status": "occurred", "only": True},
        id="announced-attack-is-a-threat-by-the-speaker",
    ),
    pytest.param(
        "Police/NOUN/NNS/nsubj/1/police arrested/VERB/VBD/ROOT/1/arrest protesters/NOUN/NNS/dobj/1/protester "
        "in/ADP/IN/prep/1/in Moscow/PROPN/NNP/pobj/3/Moscow/GPE ./PUNCT/./punct/1/.",
        {"type": "COERCE", "actor": ["RUS"], "recipient": ["RUS"], "status": "occurred", "location": "Moscow"},
        id="generic-agents-take-the-place-country",
    ),
    pytest.param(
        # the tagger took the town for a person, and the place hangs on the second of two prepositions
        "Police/NOUN/NNS/nsubj/1/police arrested/VERB/VBD/ROOT/1/arrest protesters/NOUN/NNS/dobj/1/protester "
        "in/ADP/IN/prep/1/in and/CCONJ/CC/cc/3/and around/ADP/IN/conj/3/around Sivas/PROPN/NNP/pobj/5/Sivas/PERSON "
        "./PUNCT/./punct/1/.",
        {"type": "COERCE", "actor": ["TUR"], "recipient": ["TUR"], "status": "occurred", "location": "Sivas"},
        id="place-after-coordinated-prepositions-though-tagged-a-person",
    ),
    pytest.param(
        # of the places named in other phrases, the one where ("in Sivas") before a destination ("to China")
        "Police/NOUN/NNS/nsubj/1/police arrested/VERB/VBD/ROOT/1/arrest protesters/NOUN/NNS/dobj/1/protester "
        "opposing/VERB/VBG/acl/2/oppose the/DET/DT/det/5/the flights/NOUN/NNS/dobj/3/flight to/ADP/IN/prep/5/to "
        "China/PROPN/NNP/pobj/6/China/GPE at/ADP/IN/prep/3/at a/DET/DT/det/10/a rally/NOUN/NN/pobj/8/rally "
        "in/ADP/IN/prep/10/in Sivas/PROPN/NNP/pobj/11/Sivas/PERSON ./PUNCT/./punct/1/.",
        {"type": "COERCE", "actor": ["TUR"], "recipient": ["TUR"], "status": "occurred", "location": "Sivas"},
        id="a-place-where-before-a-place-whither",
    ),
]


@pytest.mark.parametrize(("table", "expected"), CASES)
def test_code_sentence_cases(table, expected, parse, coder, state):
    doc = parse(table)
    mentions = code_sentence(next(iter(doc.sents)), sentence_index=1, coder=coder, state=state())
    assert mentions, "no event coded"
    if expected.get("only"):
        assert len(mentions) == 1, [m.type for m in mentions]
    mention = mentions[0]
    assert mention.type == expected["type"]
    assert [a.country for a in mention.actor] == expected["actor"] or sorted(
        a.country for a in mention.actor
    ) == sorted(expected["actor"])
    if expected["type"] == "CONSULT" and "Xi" in table:
        assert mention.recipient[0].id == "person:xi-jinping"
    else:
        assert sorted(a.country for a in mention.recipient) == sorted(expected["recipient"])
    assert mention.status == expected["status"]
    if "date" in expected:
        assert (mention.date, mention.date_precision) == (expected["date"], expected["precision"])
    if "location" in expected:
        assert mention.location is not None and mention.location.name == expected["location"]
    assert 0 < mention.confidence <= 1
    assert mention.sentence_text == doc.text.strip()


def test_code_sentence_promise_of_aid_is_agree(parse, coder, state):
    doc = parse(
        "China/PROPN/NNP/nsubj/2/China/GPE will/AUX/MD/aux/2/will give/VERB/VB/ROOT/2/give Iran/PROPN/NNP/dative/2/Iran/GPE "
        "aid/NOUN/NN/dobj/2/aid ./PUNCT/./punct/2/."
    )
    mentions = code_sentence(next(iter(doc.sents)), sentence_index=1, coder=coder, state=state())
    assert [(m.type, m.cameo, m.status) for m in mentions] == [("AGREE", "033", "occurred")]
    assert [a.country for a in mentions[0].recipient] == ["IRN"]


def test_code_sentence_must_in_reported_speech_is_a_request(parse, coder, state):
    doc = parse(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE said/VERB/VBD/ROOT/1/say Iran/PROPN/NNP/nsubj/4/Iran/GPE "
        "must/AUX/MD/aux/4/must release/VERB/VB/ccomp/1/release prisoners/NOUN/NNS/dobj/4/prisoner ./PUNCT/./punct/1/."
    )
    mentions = code_sentence(next(iter(doc.sents)), sentence_index=1, coder=coder, state=state())
    assert [(m.type, [a.country for a in m.actor], [a.country for a in m.recipient]) for m in mentions] == [
        ("REQUEST", ["RUS"], ["IRN"])
    ]


def test_code_sentence_reporting_verb_alone_is_not_an_event(parse, coder, state):
    doc = parse("Russia/PROPN/NNP/nsubj/1/Russia/GPE said/VERB/VBD/ROOT/1/say nothing/PRON/NN/dobj/1/nothing ./PUNCT/./punct/1/.")
    assert code_sentence(next(iter(doc.sents)), sentence_index=1, coder=coder, state=state()) == []


def test_code_sentence_short_mention_uses_article_memory(parse, coder, state):
    article = state(date(2014, 11, 14))
    first = parse("Choe_Ryong_Hae/PROPN/NNP/nsubj/1/Choe_Ryong_Hae/PERSON arrived/VERB/VBD/ROOT/1/arrive ./PUNCT/./punct/1/.")
    code_sentence(next(iter(first.sents)), sentence_index=1, coder=coder, state=article)
    later = parse("Choe/PROPN/NNP/nsubj/1/Choe/PERSON met/VERB/VBD/ROOT/1/meet Xi_Jinping/PROPN/NNP/dobj/1/Xi_Jinping/PERSON ./PUNCT/./punct/1/.")
    mentions = code_sentence(next(iter(later.sents)), sentence_index=2, coder=coder, state=article)
    assert mentions and mentions[0].actor[0].id == "person:choe-ryong-hae"


def test_code_sentence_group_mention_takes_last_two_countries(parse, coder, state):
    article = state()
    first = parse("Russia/PROPN/NNP/nsubj/1/Russia/GPE borders/VERB/VBZ/ROOT/1/border North_Korea/PROPN/NNP/dobj/1/North_Korea/GPE ./PUNCT/./punct/1/.")
    code_sentence(next(iter(first.sents)), sentence_index=1, coder=coder, state=article)
    later = parse(
        "The/DET/DT/det/2/the two/NUM/CD/nummod/2/two sides/NOUN/NNS/nsubj/3/side met/VERB/VBD/ROOT/3/meet ./PUNCT/./punct/3/."
    )
    mentions = code_sentence(next(iter(later.sents)), sentence_index=2, coder=coder, state=article)
    assert mentions and sorted(a.country for a in mentions[0].actor) == ["PRK", "RUS"]


def test_code_sentence_ids_are_stable(parse, coder, state):
    table = CASES[1].values[0]
    first = code_sentence(next(iter(parse(table).sents)), sentence_index=1, coder=coder, state=state())
    second = code_sentence(next(iter(parse(table).sents)), sentence_index=1, coder=coder, state=state())
    assert [m.mention_id for m in first] == [m.mention_id for m in second]
    assert first[0].event_id == second[0].event_id


# Argument finding beyond the trigger's own clause: adjective predicates, complements,
# conditions, quantity phrases, ethnic groups, places, hosts and offers.
MORE_CASES = [
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE is/AUX/VBZ/ROOT/1/be willing/ADJ/JJ/acomp/1/willing to/PART/TO/aux/4/to "
        "withdraw/VERB/VB/xcomp/2/withdraw troops/NOUN/NNS/dobj/4/troop from/ADP/IN/prep/4/from "
        "China/PROPN/NNP/pobj/6/China/GPE ./PUNCT/./punct/1/.",
        {"type": "AGREE", "actor": ["IRN"], "recipient": ["CHN"], "status": "occurred"},
        id="subject-of-an-adjective-predicate",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE refused/VERB/VBD/ROOT/1/refuse to/PART/TO/aux/3/to sell/VERB/VB/xcomp/1/sell "
        "gas/NOUN/NN/dobj/3/gas to/ADP/IN/dative/3/to Iran/PROPN/NNP/pobj/5/Iran/GPE ./PUNCT/./punct/1/.",
        {"type": "REJECT", "actor": ["RUS"], "recipient": ["IRN"], "status": "occurred"},
        id="recipient-named-in-the-complement",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE threatened/VERB/VBD/ROOT/1/threaten to/PART/TO/aux/3/to quit/VERB/VB/xcomp/1/quit "
        "the/DET/DT/det/5/the talks/NOUN/NNS/dobj/3/talk unless/SCONJ/IN/mark/8/unless China/PROPN/NNP/nsubj/8/China/GPE "
        "apologized/VERB/VBD/advcl/3/apologize ./PUNCT/./punct/1/.",
        {"type": "THREATEN", "actor": ["IRN"], "recipient": ["CHN"], "status": "occurred"},
        id="threat-aimed-at-the-party-of-the-condition",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/2/China/GPE will/AUX/MD/aux/2/will withdraw/VERB/VB/ROOT/2/withdraw its/PRON/PRP$/poss/4/its "
        "troops/NOUN/NNS/dobj/2/troop unless/SCONJ/IN/mark/7/unless Iran/PROPN/NNP/nsubj/7/Iran/GPE "
        "pays/VERB/VBZ/advcl/2/pay ./PUNCT/./punct/2/.",
        {"type": "THREATEN", "actor": ["CHN"], "recipient": ["IRN"], "status": "occurred"},
        id="conditional-announcement-is-an-ultimatum",
    ),
    pytest.param(
        "Police/NOUN/NNS/nsubj/1/police detained/VERB/VBD/ROOT/1/detain dozens/NOUN/NNS/dobj/1/dozen of/ADP/IN/prep/2/of "
        "Iranian/ADJ/JJ/amod/7/Iranian/NORP and/CCONJ/CC/cc/4/and Chinese/ADJ/JJ/conj/4/Chinese/NORP "
        "students/NOUN/NNS/pobj/3/student in/ADP/IN/prep/1/in Moscow/PROPN/NNP/pobj/8/Moscow/GPE ./PUNCT/./punct/1/.",
        {"type": "COERCE", "actor": ["RUS"], "recipient": ["CHN", "IRN"], "status": "occurred"},
        id="people-named-after-a-quantity-word",
    ),
    pytest.param(
        "Ethnic/ADJ/JJ/amod/2/ethnic Russian/ADJ/JJ/amod/2/Russian/NORP students/NOUN/NNS/nsubj/3/student "
        "marched/VERB/VBD/ROOT/3/march in/ADP/IN/prep/3/in Beijing/PROPN/NNP/pobj/4/Beijing/GPE ./PUNCT/./punct/3/.",
        {"type": "PROTEST", "actor": ["CHN"], "recipient": ["CHN"], "status": "occurred"},
        id="ethnic-group-belongs-to-the-country-where-it-acts",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE lifted/VERB/VBD/ROOT/1/lift the/DET/DT/det/3/the curfew/NOUN/NN/dobj/1/curfew "
        "in/ADP/IN/prep/1/in Beijing/PROPN/NNP/pobj/4/Beijing/GPE ./PUNCT/./punct/1/.",
        {"type": "CONCEDE", "actor": ["RUS"], "recipient": ["CHN"], "status": "occurred"},
        id="concession-made-to-the-place-where-it-applies",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE granted/VERB/VBD/ROOT/1/grant asylum/NOUN/NN/dobj/1/asylum to/ADP/IN/dative/1/to "
        "Iranian/ADJ/JJ/amod/5/Iranian/NORP dissidents/NOUN/NNS/pobj/3/dissident ./PUNCT/./punct/1/.",
        {"type": "AID", "actor": ["CHN"], "recipient": ["IRN"], "status": "occurred"},
        id="asylum-is-aid",
    ),
    pytest.param(
        "Xi_Jinping/PROPN/NNP/nsubj/1/Xi_Jinping/PERSON hosted/VERB/VBD/ROOT/1/host "
        "Choe_Ryong_Hae/PROPN/NNP/dobj/1/Choe_Ryong_Hae/PERSON ./PUNCT/./punct/1/.",
        {"type": "CONSULT", "actor": ["PRK"], "recipient": ["CHN"], "status": "occurred"},
        id="the-guest-visits-the-host",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE proposed/VERB/VBD/ROOT/1/propose talks/NOUN/NNS/dobj/1/talk "
        "with/ADP/IN/prep/2/with China/PROPN/NNP/pobj/3/China/GPE ./PUNCT/./punct/1/.",
        {"type": "AGREE", "actor": ["RUS"], "recipient": ["CHN"], "status": "occurred"},
        id="proposed-talks-are-an-offer",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE replied/VERB/VBD/ROOT/1/reply by/ADP/IN/prep/1/by attacking/VERB/VBG/pcomp/2/attack "
        "Russian/ADJ/JJ/amod/5/Russian/NORP ships/NOUN/NNS/dobj/3/ship ./PUNCT/./punct/1/.",
        {"type": "ASSAULT", "actor": ["CHN"], "recipient": ["RUS"], "status": "occurred"},
        id="subject-of-the-verb-above-a-by-gerund",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE called/VERB/VBD/ROOT/1/call for/SCONJ/IN/mark/6/for the/DET/DT/det/4/the "
        "US/PROPN/NNP/nsubj/6/US/GPE to/PART/TO/aux/6/to withdraw/VERB/VB/advcl/1/withdraw ./PUNCT/./punct/1/.",
        {"type": "REQUEST", "actor": ["CHN"], "recipient": ["USA"], "status": "occurred"},
        id="asked-of-the-subject-of-a-for-to-clause",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE insisted/VERB/VBD/ROOT/1/insist on/ADP/IN/prep/1/on its/PRON/PRP$/poss/4/its "
        "demands/NOUN/NNS/pobj/2/demand that/SCONJ/IN/mark/9/that Russia/PROPN/NNP/poss/8/Russia/GPE "
        "'s/PART/POS/case/6/'s government/NOUN/NN/nsubj/9/government withdraw/VERB/VB/acl/4/withdraw ./PUNCT/./punct/1/.",
        {"type": "REQUEST", "actor": ["IRN"], "recipient": ["RUS"], "status": "occurred"},
        id="asked-of-the-subject-of-a-demand-clause",
    ),
    pytest.param(
        # "with strings attached, China": the bare noun hung on "strings" is not part of it
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE agreed/VERB/VBD/ROOT/1/agree to/PART/TO/aux/3/to sell/VERB/VB/xcomp/1/sell "
        "gas/NOUN/NN/dobj/3/gas to/ADP/IN/prep/3/to Iran/PROPN/NNP/pobj/5/Iran/GPE and/CCONJ/CC/cc/1/and "
        "with/ADP/IN/prep/1/with strings/NOUN/NNS/pobj/8/string attached/VERB/VBN/acl/9/attach ,/PUNCT/,/punct/9/, "
        "China/PROPN/NNP/npadvmod/9/China/GPE ./PUNCT/./punct/1/.",
        {"type": "AGREE", "actor": ["RUS"], "recipient": ["IRN"], "status": "occurred"},
        id="noun-phrase-leaves-out-a-bare-noun-modifier",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE suspended/VERB/VBD/ROOT/1/suspend part/NOUN/NN/dobj/1/part of/ADP/IN/prep/2/of "
        "an/DET/DT/det/6/an aid/NOUN/NN/compound/6/aid program/NOUN/NN/pobj/3/program for/ADP/IN/prep/6/for "
        "Iran/PROPN/NNP/pobj/7/Iran/GPE ./PUNCT/./punct/1/.",
        {"type": "SANCTION", "actor": ["CHN"], "recipient": ["IRN"], "status": "occurred"},
        id="recipient-of-the-whole-a-part-is-taken-from",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE refused/VERB/VBD/ROOT/1/refuse to/PART/TO/aux/3/to release/VERB/VB/xcomp/1/release "
        "the/DET/DT/det/5/the sailors/NOUN/NNS/dobj/3/sailor despite/SCONJ/IN/prep/3/despite calls/NOUN/NNS/pobj/6/call "
        "from/ADP/IN/prep/7/from China/PROPN/NNP/pobj/8/China/GPE ./PUNCT/./punct/1/.",
        {"type": "REJECT", "actor": ["IRN"], "recipient": ["CHN"], "status": "occurred"},
        id="refusal-aimed-at-whoever-presses-despite",
    ),
    pytest.param(
        "The/DET/DT/det/1/the Russians/PROPN/NNPS/nsubj/4/Russians/NORP of/ADP/IN/prep/1/of China/PROPN/NNP/pobj/2/China/GPE "
        "demanded/VERB/VBD/ROOT/4/demand autonomy/NOUN/NN/dobj/4/autonomy ./PUNCT/./punct/4/.",
        {"type": "REQUEST", "actor": ["CHN"], "recipient": [], "status": "occurred"},
        id="people-of-one-descent-belong-to-the-country-they-are-of",
    ),
    pytest.param(
        "Chinese/ADJ/JJ/amod/1/chinese/NORP negotiators/NOUN/NNS/nsubj/2/negotiator return/VERB/VBP/ROOT/2/return "
        "for/ADP/IN/prep/2/for talks/NOUN/NNS/pobj/3/talk with/ADP/IN/prep/4/with Russia/PROPN/NNP/pobj/5/Russia/GPE "
        "./PUNCT/./punct/2/.",
        {"type": "CONSULT", "actor": ["CHN"], "recipient": ["RUS"], "status": "occurred"},
        id="who-travels-for-talks-takes-part",
    ),
    pytest.param(
        "Three/NUM/CD/nummod/2/three Chinese/ADJ/JJ/amod/2/chinese/NORP civilians/NOUN/NNS/nsubj/3/civilian "
        "died/VERB/VBD/ROOT/3/die in/ADP/IN/prep/3/in a/DET/DT/det/7/a Russian/ADJ/JJ/amod/7/russian/NORP "
        "airstrike/NOUN/NN/pobj/4/airstrike ./PUNCT/./punct/3/.",
        {"type": "ASSAULT", "actor": ["RUS"], "recipient": ["CHN"], "status": "occurred"},
        id="who-died-in-an-attack-was-its-target",
    ),
]


@pytest.mark.parametrize(("table", "expected"), MORE_CASES)
def test_code_sentence_argument_cases(table, expected, parse, coder, state):
    doc = parse(table)
    mentions = code_sentence(next(iter(doc.sents)), sentence_index=1, coder=coder, state=state())
    found = [m for m in mentions if m.type == expected["type"]]
    assert found, [(m.type, m.rule_id) for m in mentions]
    mention = found[0]
    assert sorted(a.country for a in mention.actor) == sorted(expected["actor"])
    assert sorted(a.country for a in mention.recipient) == sorted(expected["recipient"])
    assert mention.status == expected["status"]


def test_code_sentence_weapon_backs_no_one(code_table):
    # "Russian troops supported by Chinese jets attacked Iran": air cover, not political support
    mentions = code_table(
        "Russian/ADJ/JJ/amod/1/russian/NORP troops/NOUN/NNS/nsubj/6/troop supported/VERB/VBN/acl/1/support "
        "by/ADP/IN/agent/2/by Chinese/ADJ/JJ/amod/5/chinese/NORP jets/NOUN/NNS/pobj/3/jet "
        "attacked/VERB/VBD/ROOT/6/attack Iran/PROPN/NNP/dobj/6/Iran/GPE ./PUNCT/./punct/6/.")
    assert [(m.type, [a.country for a in m.actor]) for m in mentions] == [("ASSAULT", ["RUS"])]


def test_code_sentence_hosting_verb_needs_a_guest(parse, coder, state):
    doc = parse(
        "Xi_Jinping/PROPN/NNP/nsubj/1/Xi_Jinping/PERSON received/VERB/VBD/ROOT/1/receive an/DET/DT/det/3/an "
        "award/NOUN/NN/dobj/1/award ./PUNCT/./punct/1/."
    )
    assert code_sentence(next(iter(doc.sents)), sentence_index=1, coder=coder, state=state()) == []


def test_code_sentence_event_noun_after_to_does_not_borrow_the_subject(parse, coder, state):
    doc = parse(
        "Police/NOUN/NNS/nsubj/1/police reacted/VERB/VBD/ROOT/1/react to/ADP/IN/prep/1/to the/DET/DT/det/4/the "
        "protest/NOUN/NN/pobj/2/protest ./PUNCT/./punct/1/."
    )
    mentions = code_sentence(next(iter(doc.sents)), sentence_index=1, coder=coder, state=state())
    assert not [m for m in mentions if m.type == "PROTEST" and any(a.sector == "COP" for a in m.actor)]


def test_code_sentence_event_noun_during_a_clause_borrows_the_subject(parse, coder, state):
    doc = parse(
        "Iranian/ADJ/JJ/amod/1/Iranian/NORP students/NOUN/NNS/nsubj/2/student gathered/VERB/VBD/ROOT/2/gather "
        "during/ADP/IN/prep/2/during the/DET/DT/det/5/the protest/NOUN/NN/pobj/3/protest ./PUNCT/./punct/2/."
    )
    mentions = code_sentence(next(iter(doc.sents)), sentence_index=1, coder=coder, state=state())
    assert [a.country for m in mentions if m.type == "PROTEST" for a in m.actor] == ["IRN"]


def test_code_sentence_condition_lowers_confidence(parse, coder, state):
    plain = parse("China/PROPN/NNP/nsubj/1/China/GPE apologized/VERB/VBD/ROOT/1/apologize ./PUNCT/./punct/1/.")
    conditional = parse(
        "If/SCONJ/IN/mark/2/if China/PROPN/NNP/nsubj/2/China/GPE apologizes/VERB/VBZ/advcl/5/apologize "
        ",/PUNCT/,/punct/5/, Iran/PROPN/NNP/nsubj/5/Iran/GPE waits/VERB/VBZ/ROOT/5/wait ./PUNCT/./punct/5/."
    )
    first = code_sentence(next(iter(plain.sents)), sentence_index=1, coder=coder, state=state())
    second = code_sentence(next(iter(conditional.sents)), sentence_index=1, coder=coder, state=state())
    assert first and second and second[0].status == "hypothetical"
    assert second[0].confidence < first[0].confidence


MONDAY = "Russia/PROPN/NNP/nsubj/1/Russia/GPE met/VERB/VBD/ROOT/1/meet China/PROPN/NNP/dobj/1/China/GPE on/ADP/IN/prep/1/on Monday/PROPN/NNP/pobj/3/Monday/DATE ./PUNCT/./punct/1/."
CONDEMNED = "Iran/PROPN/NNP/nsubj/1/Iran/GPE condemned/VERB/VBD/ROOT/1/condemn China/PROPN/NNP/dobj/1/China/GPE ./PUNCT/./punct/1/."
WILL_CONDEMN = "Iran/PROPN/NNP/nsubj/2/Iran/GPE will/AUX/MD/aux/2/will condemn/VERB/VB/ROOT/2/condemn China/PROPN/NNP/dobj/2/China/GPE ./PUNCT/./punct/2/."


def test_code_sentence_undated_past_event_takes_the_story_day(parse, coder, state):
    article = state()  # published Friday 2014-11-14
    code_sentence(next(iter(parse(MONDAY).sents)), sentence_index=1, coder=coder, state=article)
    later = code_sentence(next(iter(parse(CONDEMNED).sents)), sentence_index=2, coder=coder, state=article)
    assert [(m.date, m.date_source) for m in later] == [("2014-11-10", "text")]
    assert "carried" in (later[0].date_reason or "")


def test_code_sentence_story_day_does_not_reach_far_or_the_future(parse, coder, state):
    article = state()
    code_sentence(next(iter(parse(MONDAY).sents)), sentence_index=1, coder=coder, state=article)
    far = code_sentence(next(iter(parse(CONDEMNED).sents)), sentence_index=9, coder=coder, state=article)
    future = code_sentence(next(iter(parse(WILL_CONDEMN).sents)), sentence_index=2, coder=coder, state=article)
    assert [(m.date, m.date_source) for m in far] == [("2014-11-14", "publication")]
    assert [m.date_source for m in future] == ["publication"]


def test_code_sentence_sequence_adverb_stays_in_the_story_time(parse, coder, state):
    article = state()  # published 2014-11-14
    protested = (
        "Shearers/NOUN/NNS/nsubj/1/shearer protested/VERB/VBD/ROOT/1/protest in/ADP/IN/prep/1/in "
        "1891/NUM/CD/pobj/2/1891/DATE ./PUNCT/./punct/1/."
    )
    eventually = (
        "Eventually/ADV/RB/advmod/2/eventually police/NOUN/NN/nsubj/2/police arrested/VERB/VBD/ROOT/2/arrest "
        "their/PRON/PRP$/poss/4/their leaders/NOUN/NNS/dobj/2/leader ./PUNCT/./punct/2/."
    )
    plain = (
        "Police/NOUN/NN/nsubj/1/police arrested/VERB/VBD/ROOT/1/arrest their/PRON/PRP$/poss/3/their "
        "leaders/NOUN/NNS/dobj/1/leader ./PUNCT/./punct/1/."
    )
    code_sentence(next(iter(parse(protested).sents)), sentence_index=1, coder=coder, state=article)
    later = code_sentence(next(iter(parse(eventually).sents)), sentence_index=2, coder=coder, state=article)
    assert [(m.date, m.date_precision) for m in later] == [("1891", "year")]
    # without the adverb, an old year does not date a later sentence
    other = state()
    code_sentence(next(iter(parse(protested).sents)), sentence_index=1, coder=coder, state=other)
    again = code_sentence(next(iter(parse(plain).sents)), sentence_index=2, coder=coder, state=other)
    assert [(m.date, m.date_source) for m in again] == [("2014-11-14", "publication")]


def test_code_sentence_that_year_is_the_year_named_before(parse, coder, state):
    article = state()  # published 2014-11-14
    named = (
        "Shearers/NOUN/NNS/nsubj/1/shearer protested/VERB/VBD/ROOT/1/protest in/ADP/IN/prep/1/in "
        "2002/NUM/CD/pobj/2/2002/DATE ./PUNCT/./punct/1/."
    )
    that_year = (
        "Police/NOUN/NN/nsubj/1/police arrested/VERB/VBD/ROOT/1/arrest them/PRON/PRP/dobj/1/they "
        "on/ADP/IN/prep/1/on April/PROPN/NNP/pobj/3/April/DATE 13/NUM/CD/nummod/4/13/DATE of/ADP/IN/prep/4/of/DATE "
        "that/DET/DT/det/8/that/DATE year/NOUN/NN/pobj/6/year/DATE ./PUNCT/./punct/1/."
    )
    code_sentence(next(iter(parse(named).sents)), sentence_index=1, coder=coder, state=article)
    later = code_sentence(next(iter(parse(that_year).sents)), sentence_index=2, coder=coder, state=article)
    assert [(m.date, m.date_precision) for m in later] == [("2002-04-13", "day")]


def test_code_sentence_unnamed_attacker_is_the_story_attacker(parse, coder, state):
    attacked = (
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE shelled/VERB/VBD/ROOT/1/shell the/DET/DT/det/3/the "
        "town/NOUN/NN/dobj/1/town ./PUNCT/./punct/1/."
    )
    killed = (
        "A/DET/DT/det/1/a commander/NOUN/NN/nsubjpass/3/commander was/AUX/VBD/auxpass/3/be "
        "killed/VERB/VBN/ROOT/3/kill ./PUNCT/./punct/3/."
    )
    own_side = (
        "Two/NUM/CD/nummod/2/two Russian/ADJ/JJ/amod/2/Russian/NORP troops/NOUN/NNS/nsubjpass/4/troop "
        "were/AUX/VBD/auxpass/4/be killed/VERB/VBN/ROOT/4/kill ./PUNCT/./punct/4/."
    )
    article = state()
    code_sentence(next(iter(parse(attacked).sents)), sentence_index=1, coder=coder, state=article)
    (later,) = code_sentence(next(iter(parse(killed).sents)), sentence_index=2, coder=coder, state=article)
    assert [(a.country, a.text) for a in later.actor] == [("RUS", "killed")]  # the words stay this sentence's
    assert later.actor[0].why.startswith("carried")
    (theirs,) = code_sentence(next(iter(parse(own_side).sents)), sentence_index=3, coder=coder, state=article)
    assert not theirs.actor[0].why.startswith("carried")  # Russia did not kill its own troops
    (far,) = code_sentence(next(iter(parse(killed).sents)), sentence_index=9, coder=coder, state=article)
    assert not far.actor[0].why.startswith("carried")


def test_code_sentence_finds_a_subject_the_parser_joined_to_the_opening_phrase(parse, coder, state):
    # "Russia" hangs as a conjunct of "Ufa"; the verb has no subject of its own
    table = (
        "After/ADP/IN/prep/9/after the/DET/DT/det/2/the meeting/NOUN/NN/pobj/0/meeting in/ADP/IN/prep/2/in "
        "Ufa/PROPN/NNP/pobj/3/Ufa/GPE ,/PUNCT/,/punct/9/, Russia/PROPN/NNP/conj/4/Russia/GPE and/CCONJ/CC/cc/6/and "
        "China/PROPN/NNP/conj/6/China/GPE agreed/VERB/VBD/ROOT/9/agree to/PART/TO/aux/11/to hold/VERB/VB/xcomp/9/hold "
        "talks/NOUN/NNS/dobj/11/talk ./PUNCT/./punct/9/."
    )
    mentions = code_sentence(next(iter(parse(table).sents)), sentence_index=1, coder=coder, state=state())
    assert {a.country for m in mentions for a in m.actor} == {"RUS", "CHN"}, [(m.type, m.actor) for m in mentions]


def test_code_sentence_event_after_following_is_the_setting(parse, coder, state):
    # the parser tags "following" a verb; the arrest is the setting, as after "after"
    table = (
        "A/DET/DT/det/1/a protest/NOUN/NN/nsubj/2/protest took/VERB/VBD/ROOT/2/take place/NOUN/NN/dobj/2/place "
        "{prep} the/DET/DT/det/6/the arrest/NOUN/NN/pobj/4/arrest of/ADP/IN/prep/6/of "
        "Russian/ADJ/JJ/amod/9/Russian/NORP protesters/NOUN/NNS/pobj/7/protester ./PUNCT/./punct/2/."
    )
    scores = []
    for prep in ("following/VERB/VBG/prep/2/follow", "after/ADP/IN/prep/2/after"):
        mentions = code_sentence(next(iter(parse(table.format(prep=prep)).sents)), sentence_index=1, coder=coder,
                                 state=state())
        scores.append(next(m.confidence for m in mentions if m.type == "COERCE"))
    following, after = scores
    assert following == after


def test_code_sentence_present_perfect_keeps_the_publication_day(parse, coder, state):
    article = state()
    code_sentence(next(iter(parse(MONDAY).sents)), sentence_index=1, coder=coder, state=article)
    has_condemned = (
        "Iran/PROPN/NNP/nsubj/2/Iran/GPE has/AUX/VBZ/aux/2/have condemned/VERB/VBN/ROOT/2/condemn "
        "China/PROPN/NNP/dobj/2/China/GPE ./PUNCT/./punct/2/."
    )
    later = code_sentence(next(iter(parse(has_condemned).sents)), sentence_index=2, coder=coder, state=article)
    assert [(m.date, m.date_source) for m in later] == [("2014-11-14", "publication")]


def test_code_sentence_present_perfect_takes_no_last_week(parse, coder, state):
    # "last week" belongs to what was apologised for: "has" does not go with a past time
    has_apologised = (
        "Russia/PROPN/NNP/nsubj/2/Russia/GPE has/AUX/VBZ/aux/2/have apologised/VERB/VBN/ROOT/2/apologise "
        "to/ADP/IN/prep/2/to China/PROPN/NNP/pobj/3/China/GPE for/ADP/IN/prep/2/for the/DET/DT/det/7/the "
        "violation/NOUN/NN/pobj/5/violation last/ADJ/JJ/amod/9/last week/NOUN/NN/npadvmod/7/week/DATE "
        "./PUNCT/./punct/2/."
    )
    apologised = (
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE apologised/VERB/VBD/ROOT/1/apologise "
        "to/ADP/IN/prep/1/to China/PROPN/NNP/pobj/2/China/GPE for/ADP/IN/prep/1/for the/DET/DT/det/6/the "
        "violation/NOUN/NN/pobj/4/violation last/ADJ/JJ/amod/8/last week/NOUN/NN/npadvmod/6/week/DATE "
        "./PUNCT/./punct/1/."
    )
    perfect = code_sentence(next(iter(parse(has_apologised).sents)), sentence_index=1, coder=coder, state=state())
    past = code_sentence(next(iter(parse(apologised).sents)), sentence_index=1, coder=coder, state=state())
    assert [(m.type, m.date, m.date_source) for m in perfect] == [("CONCEDE", "2014-11-14", "publication")]
    assert [(m.type, m.date, m.date_precision) for m in past] == [("CONCEDE", "2014-11", "month")]


def test_code_sentence_according_to_phrase_does_not_date_the_event(parse, coder, state):
    according = (
        "According/VERB/VBG/prep/7/accord to/ADP/IN/prep/0/to talks/NOUN/NNS/pobj/1/talk on/ADP/IN/prep/2/on "
        "Thursday/PROPN/NNP/pobj/3/Thursday/DATE ,/PUNCT/,/punct/7/, Iran/PROPN/NNP/nsubj/7/Iran/GPE "
        "condemned/VERB/VBD/ROOT/7/condemn China/PROPN/NNP/dobj/7/China/GPE ./PUNCT/./punct/7/."
    )
    found = code_sentence(next(iter(parse(according).sents)), sentence_index=1, coder=coder, state=state())
    condemned = [m for m in found if m.type == "ACCUSE"]
    assert [(m.date, m.date_source) for m in condemned] == [("2014-11-14", "publication")]


ARRESTED_ON_MONDAY = (
    "Russia/PROPN/NNP/nsubj/1/Russia/GPE arrested/VERB/VBD/ROOT/1/arrest Choe/PROPN/NNP/dobj/1/Choe/PERSON "
    "on/ADP/IN/prep/1/on Monday/PROPN/NNP/pobj/3/Monday/DATE ./PUNCT/./punct/1/."
)
CONDEMNED_THE_ARREST = (
    "China/PROPN/NNP/nsubj/1/China/GPE condemned/VERB/VBD/ROOT/1/condemn the/DET/DT/det/3/the "
    "arrest/NOUN/NN/dobj/1/arrest ./PUNCT/./punct/1/."
)


def test_code_sentence_definite_event_noun_is_the_event_told_before(parse, coder, state):
    article = state()  # published Friday 2014-11-14
    first = code_sentence(next(iter(parse(ARRESTED_ON_MONDAY).sents)), sentence_index=1, coder=coder, state=article)
    later = code_sentence(next(iter(parse(CONDEMNED_THE_ARREST).sents)), sentence_index=3, coder=coder, state=article)
    arrest = next(m for m in later if m.type == "COERCE")
    assert [a.country for a in arrest.actor] == ["RUS"]
    assert arrest.actor[0].why.startswith("carried") and arrest.actor[0].char_start is None
    assert (arrest.date, arrest.date_precision) == ("2014-11-10", "day")
    events = group_mentions([*first, *later], coder_version="t")
    assert len([e for e in events if e.type == "COERCE"]) == 1
    # the condemnation names no target: the doer of the arrest it names is condemned
    condemned = next(m for m in later if m.type == "ACCUSE")
    assert [(a.country, a.text) for a in condemned.recipient] == [("RUS", "Russia")]


def test_code_sentence_definite_event_noun_does_not_reach_far_back(parse, coder, state):
    article = state()
    code_sentence(next(iter(parse(ARRESTED_ON_MONDAY).sents)), sentence_index=1, coder=coder, state=article)
    later = code_sentence(next(iter(parse(CONDEMNED_THE_ARREST).sents)), sentence_index=20, coder=coder, state=article)
    assert all(not (a.why or "").startswith("carried") for m in later for a in m.actor)


def test_code_sentence_headline_takes_the_day_of_the_lead(parse, coder, state):
    article = state()
    code_sentence(next(iter(parse(MONDAY).sents)), sentence_index=1, coder=coder, state=article)
    title = code_sentence(next(iter(parse(CONDEMNED).sents)), sentence_index=0, coder=coder, state=article, is_title=True)
    assert [(m.date, m.date_precision) for m in title] == [("2014-11-10", "day")]


# Type and ranking rules: signatures, offers, debt relief, embedded contents, duplicates.
TYPE_CASES = [
    pytest.param(
        "Russia/PROPN/NNP/nsubj/3/Russia/GPE and/CCONJ/CC/cc/0/and China/PROPN/NNP/conj/0/China/GPE "
        "signed/VERB/VBD/ROOT/3/sign a/DET/DT/det/5/a treaty/NOUN/NN/dobj/3/treaty ./PUNCT/./punct/3/.",
        {"type": "SUPPORT", "actor": ["CHN", "RUS"], "recipient": ["CHN", "RUS"]},
        id="signing-a-treaty-is-support-between-the-signatories",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE forgave/VERB/VBD/ROOT/1/forgive Iran/PROPN/NNP/poss/4/Iran/GPE "
        "'s/PART/POS/case/2/'s debt/NOUN/NN/dobj/1/debt ./PUNCT/./punct/1/.",
        {"type": "AID", "actor": ["RUS"], "recipient": ["IRN"]},
        id="debt-relief-is-aid",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE demanded/VERB/VBD/ROOT/1/demand the/DET/DT/det/3/the "
        "withdrawal/NOUN/NN/dobj/1/withdrawal of/ADP/IN/prep/3/of Chinese/ADJ/JJ/amod/6/Chinese/NORP "
        "troops/NOUN/NNS/pobj/4/troop ./PUNCT/./punct/1/.",
        {"type": "REQUEST", "actor": ["RUS"], "only": True},
        id="demanded-withdrawal-is-only-a-demand",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE repeated/VERB/VBD/ROOT/1/repeat its/PRON/PRP$/poss/3/its demand/NOUN/NN/dobj/1/demand "
        "that/SCONJ/IN/mark/6/that China/PROPN/NNP/nsubj/6/China/GPE lift/VERB/VB/acl/3/lift the/DET/DT/det/8/the "
        "curfew/NOUN/NN/dobj/6/curfew ./PUNCT/./punct/1/.",
        {"type": "REQUEST", "actor": ["IRN"], "recipient": ["CHN"], "only": True},
        id="content-of-a-demand-is-not-an-event",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE bombed/VERB/VBD/ROOT/1/bomb Iran/PROPN/NNP/dobj/1/Iran/GPE "
        ",/PUNCT/,/punct/1/, killing/VERB/VBG/advcl/1/kill four/NUM/CD/dobj/4/four ./PUNCT/./punct/1/.",
        {"type": "ASSAULT", "actor": ["RUS"], "recipient": ["IRN"], "only": True},
        id="the-killing-is-the-bombing-told-again",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/2/China/GPE will/AUX/MD/aux/2/will host/VERB/VB/ROOT/2/host Russia/PROPN/NNP/dobj/2/Russia/GPE "
        "and/CCONJ/CC/cc/2/and sign/VERB/VB/conj/2/sign a/DET/DT/det/7/a treaty/NOUN/NN/dobj/5/treaty ./PUNCT/./punct/2/.",
        {"type": "AGREE", "actor": ["CHN"], "rule": "support.sign"},
        id="second-verb-shares-the-future-of-the-first",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/3/China/GPE will/AUX/MD/aux/3/will not/PART/RB/neg/3/not meet/VERB/VB/ROOT/3/meet "
        "Iran/PROPN/NNP/poss/6/Iran/GPE 's/PART/POS/case/4/'s demands/NOUN/NNS/dobj/3/demand ./PUNCT/./punct/3/.",
        {"type": "REJECT", "actor": ["CHN"]},
        id="announced-refusal-to-cooperate-is-reject",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE issued/VERB/VBD/ROOT/1/issue a/DET/DT/det/3/a statement/NOUN/NN/dobj/1/statement "
        "urging/VERB/VBG/acl/3/urge China/PROPN/NNP/dobj/4/China/GPE to/PART/TO/aux/7/to "
        "withdraw/VERB/VB/xcomp/4/withdraw ./PUNCT/./punct/1/.",
        {"type": "REQUEST", "actor": ["IRN"], "recipient": ["CHN"]},
        id="a-statement-speaks-for-its-issuer",
    ),
    pytest.param(
        "The/DET/DT/det/2/the Russian/ADJ/JJ/amod/2/Russian/NORP envoys/NOUN/NNS/nsubj/6/envoy of/ADP/IN/prep/2/of "
        "northern/ADJ/JJ/amod/5/northern China/PROPN/NNP/pobj/3/China/GPE condemned/VERB/VBD/ROOT/6/condemn "
        "Iran/PROPN/NNP/dobj/6/Iran/GPE ./PUNCT/./punct/6/.",
        {"type": "ACCUSE", "actor": ["RUS"], "recipient": ["IRN"]},
        id="two-countries-in-one-phrase-fall-back-to-the-head",
    ),
    pytest.param(
        "Xi_Jinping/PROPN/NNP/nsubj/1/Xi_Jinping/PERSON left/VERB/VBD/ROOT/1/leave Russia/PROPN/NNP/dobj/1/Russia/GPE "
        ",/PUNCT/,/punct/2/, where/SCONJ/WRB/advmod/6/where he/PRON/PRP/nsubj/6/he attended/VERB/VBD/relcl/2/attend "
        "a/DET/DT/det/8/a summit/NOUN/NN/dobj/6/summit ./PUNCT/./punct/1/.",
        {"type": "CONSULT", "actor": ["CHN"], "recipient": ["RUS"]},
        id="summit-held-where-the-relative-clause-says-has-the-host-as-recipient",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE lifted/VERB/VBD/ROOT/1/lift the/DET/DT/det/3/the curfew/NOUN/NN/dobj/1/curfew "
        "in/ADP/IN/prep/1/in Beijing/PROPN/NNP/compound/6/Beijing/GPE city/NOUN/NN/pobj/4/city ./PUNCT/./punct/1/.",
        {"type": "CONCEDE", "actor": ["RUS"], "recipient": ["CHN"], "status": "occurred"},
        id="place-named-as-a-modifier-of-a-generic-place-noun",
    ),
]


@pytest.mark.parametrize(("table", "expected"), TYPE_CASES)
def test_code_sentence_type_cases(table, expected, parse, coder, state):
    doc = parse(table)
    mentions = code_sentence(next(iter(doc.sents)), sentence_index=1, coder=coder, state=state())
    if expected.get("only"):
        assert len(mentions) == 1, [(m.type, m.rule_id) for m in mentions]
    found = [m for m in mentions if m.type == expected["type"] and m.rule_id == expected.get("rule", m.rule_id)]
    assert found, [(m.type, m.rule_id) for m in mentions]
    assert sorted(a.country for a in found[0].actor) == sorted(expected["actor"])
    if "recipient" in expected:
        assert sorted(a.country for a in found[0].recipient) == sorted(expected["recipient"])


def test_code_sentence_event_in_a_relative_clause_ranks_lower(parse, coder, state):
    main = parse("Iran/PROPN/NNP/nsubj/1/Iran/GPE attacked/VERB/VBD/ROOT/1/attack China/PROPN/NNP/dobj/1/China/GPE ./PUNCT/./punct/1/.")
    described = parse(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE backed/VERB/VBD/ROOT/1/back Iran/PROPN/NNP/dobj/1/Iran/GPE ,/PUNCT/,/punct/2/, "
        "which/PRON/WDT/nsubj/5/which attacked/VERB/VBD/relcl/2/attack China/PROPN/NNP/dobj/5/China/GPE ./PUNCT/./punct/1/."
    )
    plain = code_sentence(next(iter(main.sents)), sentence_index=1, coder=coder, state=state())
    inner = [m for m in code_sentence(next(iter(described.sents)), sentence_index=1, coder=coder, state=state())
             if m.type == "ASSAULT"]
    assert plain and inner and inner[0].confidence < plain[0].confidence


def test_code_sentence_did_not_meet_stays_negated(parse, coder, state):
    table = CASES[7].values[0]  # "Russia did not meet China."
    mentions = code_sentence(next(iter(parse(table).sents)), sentence_index=1, coder=coder, state=state())
    assert [(m.type, m.status) for m in mentions] == [("CONSULT", "negated")]


def test_code_sentence_obligation_after_reiterate_is_a_request(parse, coder, state):
    doc = parse(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE reiterated/VERB/VBD/ROOT/1/reiterate that/SCONJ/IN/mark/5/that "
        "Iran/PROPN/NNP/nsubj/5/Iran/GPE must/AUX/MD/aux/5/must release/VERB/VB/ccomp/1/release "
        "prisoners/NOUN/NNS/dobj/5/prisoner ./PUNCT/./punct/1/."
    )
    mentions = code_sentence(next(iter(doc.sents)), sentence_index=1, coder=coder, state=state())
    assert [(m.type, [a.country for a in m.actor], [a.country for a in m.recipient]) for m in mentions] == [
        ("REQUEST", ["RUS"], ["IRN"])
    ]


def test_code_sentence_ethnic_group_does_not_make_its_homeland_the_story_country(parse, coder, state):
    article = state()
    doc = parse(
        "Ethnic/ADJ/JJ/amod/2/ethnic Russian/ADJ/JJ/amod/2/Russian/NORP protesters/NOUN/NNS/nsubj/3/protester "
        "gathered/VERB/VBD/ROOT/3/gather ./PUNCT/./punct/3/."
    )
    code_sentence(next(iter(doc.sents)), sentence_index=1, coder=coder, state=article)
    assert "RUS" not in article.countries


def test_code_sentence_accused_act_is_only_alleged(parse, coder, state):
    doc = parse(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE accused/VERB/VBD/ROOT/1/accuse Iran/PROPN/NNP/dobj/1/Iran/GPE "
        "of/ADP/IN/prep/1/of attacking/VERB/VBG/pcomp/3/attack China/PROPN/NNP/dobj/4/China/GPE ./PUNCT/./punct/1/."
    )
    mentions = code_sentence(next(iter(doc.sents)), sentence_index=1, coder=coder, state=state())
    assert [(m.type, [a.country for a in m.actor], [a.country for a in m.recipient]) for m in mentions] == [
        ("ACCUSE", ["RUS"], ["IRN"])
    ]


def test_code_sentence_planned_event_ranks_below_a_done_one(parse, coder, state):
    done = parse(CASES[1].values[0])  # "Russia met with China."
    planned = parse(
        "Russia/PROPN/NNP/nsubj/2/Russia/GPE will/AUX/MD/aux/2/will meet/VERB/VB/ROOT/2/meet with/ADP/IN/prep/2/with "
        "China/PROPN/NNP/pobj/3/China/GPE ./PUNCT/./punct/2/."
    )
    first = code_sentence(next(iter(done.sents)), sentence_index=1, coder=coder, state=state())
    second = code_sentence(next(iter(planned.sents)), sentence_index=1, coder=coder, state=state())
    assert second and second[0].status == "planned"
    assert second[0].confidence < first[0].confidence


@pytest.mark.parametrize(
    "table",
    [
        pytest.param(
            "Police/NOUN/NNS/nsubj/1/police arrived/VERB/VBD/ROOT/1/arrive in/ADP/IN/prep/1/in "
            "Beijing/PROPN/NNP/pobj/2/Beijing/GPE ./PUNCT/./punct/1/.",
            id="armed-forces-arriving-are-not-visiting",
        ),
        pytest.param(
            "Iran/PROPN/NNP/nsubj/1/Iran/GPE conducted/VERB/VBD/ROOT/1/conduct missions/NOUN/NNS/dobj/1/mission "
            "./PUNCT/./punct/1/.",
            id="a-mission-without-a-destination-is-not-a-visit",
        ),
    ],
)
def test_code_sentence_not_a_visit(table, parse, coder, state):
    mentions = code_sentence(next(iter(parse(table).sents)), sentence_index=1, coder=coder, state=state())
    assert not [m for m in mentions if m.type == "CONSULT"], [(m.type, m.rule_id) for m in mentions]


def test_code_sentence_adjectival_passive_states_the_subjects_stance(parse, coder, state):
    doc = parse(
        "Iran/PROPN/NNP/nsubjpass/2/Iran/GPE is/AUX/VBZ/auxpass/2/be opposed/VERB/VBN/ROOT/2/oppose to/ADP/IN/prep/2/to "
        "Chinese/ADJ/JJ/amod/5/Chinese/NORP mediation/NOUN/NN/pobj/3/mediation ./PUNCT/./punct/2/."
    )
    mentions = code_sentence(next(iter(doc.sents)), sentence_index=1, coder=coder, state=state())
    assert [(m.type, [a.country for a in m.actor], [a.country for a in m.recipient]) for m in mentions] == [
        ("REJECT", ["IRN"], ["CHN"])
    ]


def test_code_sentence_of_phrase_of_an_intransitive_event_noun_is_the_doer(code_table):
    mentions = code_table(
        "The/DET/DT/det/1/the withdrawal/NOUN/NN/nsubj/7/withdrawal of/ADP/IN/prep/1/of "
        "Russian/ADJ/JJ/amod/4/russian/NORP troops/NOUN/NNS/pobj/2/troop from/ADP/IN/prep/1/from "
        "Iran/PROPN/NNP/pobj/5/Iran/GPE began/VERB/VBD/ROOT/7/begin ./PUNCT/./punct/7/.")
    assert [(m.type, [a.country for a in m.actor], [a.country for a in m.recipient]) for m in mentions] == [
        ("RETREAT", ["RUS"], ["IRN"])
    ]


def test_code_sentence_owner_of_the_object_is_the_recipient(code_table):
    mentions = code_table(
        "China/PROPN/NNP/nsubj/1/China/GPE condemned/VERB/VBD/ROOT/1/condemn the/DET/DT/det/3/the "
        "actions/NOUN/NNS/dobj/1/action of/ADP/IN/prep/3/of the/DET/DT/det/6/the police/NOUN/NN/pobj/4/police "
        "./PUNCT/./punct/1/.")
    assert [(m.type, [a.sector for a in m.recipient]) for m in mentions] == [("ACCUSE", ["COP"])]


@pytest.mark.parametrize(
    ("aux", "expected"),
    [("", ("ASSAULT", "occurred")), ("will/AUX/MD/aux/2/will ", ("THREATEN", "occurred"))],
    ids=["tried-to-kill-is-an-attack", "will-try-to-kill-is-a-threat"],
)
def test_code_sentence_attempted_attack(aux, expected, code_table):
    verb = "try/VERB/VB" if aux else "tried/VERB/VBD"
    head = 2 if aux else 1
    words = "Militants/NOUN/NNS/nsubj/{h}/militant {aux}{verb}/ROOT/{h}/try to/PART/TO/aux/{k}/to kill/VERB/VB/xcomp/{h}/kill "
    words += "the/DET/DT/det/{m}/the mayor/NOUN/NN/dobj/{k}/mayor ./PUNCT/./punct/{h}/."
    table = words.format(h=head, k=head + 2, m=head + 4, aux=aux, verb=verb)
    mentions = code_table(table)
    assert [(m.type, m.status) for m in mentions] == [expected]


def test_code_sentence_event_named_as_the_setting_ranks_lower(code_table):
    mentions = code_table(
        "The/DET/DT/det/1/the police/NOUN/NN/nsubj/2/police arrested/VERB/VBD/ROOT/2/arrest "
        "after/ADP/IN/prep/2/after the/DET/DT/det/6/the Iranian/ADJ/JJ/amod/6/iranian/NORP attack/NOUN/NN/pobj/3/attack "
        "on/ADP/IN/prep/6/on Russia/PROPN/NNP/pobj/7/Russia/GPE ./PUNCT/./punct/2/.")
    ranked = sorted(mentions, key=lambda m: -m.confidence)
    assert [m.type for m in ranked] == ["COERCE", "ASSAULT"], [(m.type, m.confidence) for m in ranked]


def test_code_sentence_passive_support_verb_keeps_the_implied_actor(code_table):
    mentions = code_table(
        "An/DET/DT/det/1/an attack/NOUN/NN/nsubjpass/3/attack was/AUX/VBD/auxpass/3/be launched/VERB/VBN/ROOT/3/launch "
        "on/ADP/IN/prep/3/on Iran/PROPN/NNP/pobj/4/Iran/GPE ./PUNCT/./punct/3/.")
    assert [(m.type, [a.sector for a in m.actor], [a.country for a in m.recipient]) for m in mentions] == [
        ("ASSAULT", ["UAF"], ["IRN"])
    ]


def test_code_sentence_capital_as_recipient_stands_for_its_government(code_table):
    mentions = code_table(
        "China/PROPN/NNP/nsubj/1/China/GPE criticized/VERB/VBD/ROOT/1/criticize Moscow/PROPN/NNP/dobj/1/Moscow/GPE "
        "./PUNCT/./punct/1/.")
    assert [(m.type, [a.country for a in m.recipient]) for m in mentions] == [("ACCUSE", ["RUS"])]


def test_code_sentence_infinitive_to_is_not_the_particle_of_a_two_word_verb(code_table):
    mentions = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE tried/VERB/VBD/ROOT/1/try to/PART/TO/aux/3/to swear/VERB/VB/xcomp/1/swear "
        "loyalty/NOUN/NN/dobj/3/loyalty ./PUNCT/./punct/1/.")
    assert "AGREE" not in [m.type for m in mentions]


def test_code_sentence_unplaced_event_takes_the_place_of_the_lead(parse, coder, state):
    article = state()
    met = (
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE met/VERB/VBD/ROOT/1/meet China/PROPN/NNP/dobj/1/China/GPE "
        "in/ADP/IN/prep/1/in Moscow/PROPN/NNP/pobj/3/Moscow/GPE ./PUNCT/./punct/1/."
    )
    first = code_sentence(next(iter(parse(met).sents)), sentence_index=1, coder=coder, state=article)
    later = code_sentence(next(iter(parse(CONDEMNED).sents)), sentence_index=2, coder=coder, state=article)
    assert [m.location.name for m in first] == ["Moscow"]
    assert [(m.location.name, m.location.text) for m in later] == [("Moscow", None)]
    assert "set in the lead" in (later[0].location.why or "")


def test_code_sentence_nationality_modifier_is_not_the_place(code_table):
    mentions = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE attacked/VERB/VBD/ROOT/1/attack Iran/PROPN/NNP/dobj/1/Iran/GPE "
        "with/ADP/IN/prep/1/with China/PROPN/NNP/compound/6/China/GPE 's/PART/POS/case/4/'s "
        "support/NOUN/NN/pobj/3/support ./PUNCT/./punct/1/.")
    assert [(m.type, m.location) for m in mentions if m.type == "ASSAULT"] == [("ASSAULT", None)]


def test_code_sentence_reported_obligation_on_a_party_is_a_request_whatever_the_verb(code_table):
    mentions = code_table(
        "China/PROPN/NNP/nsubj/1/China/GPE said/VERB/VBD/ROOT/1/say Iran/PROPN/NNP/nsubj/4/Iran/GPE "
        "must/AUX/MD/aux/4/must ensure/VERB/VB/ccomp/1/ensure security/NOUN/NN/dobj/4/security ./PUNCT/./punct/1/.")
    assert [(m.type, [a.country for a in m.actor], [a.country for a in m.recipient]) for m in mentions] == [
        ("REQUEST", ["CHN"], ["IRN"])
    ]
    weather = code_table(
        "China/PROPN/NNP/nsubj/1/China/GPE said/VERB/VBD/ROOT/1/say the/DET/DT/det/3/the weather/NOUN/NN/nsubj/5/weather "
        "must/AUX/MD/aux/5/must improve/VERB/VB/ccomp/1/improve ./PUNCT/./punct/1/.")
    assert weather == []


def test_code_sentence_caused_event_keeps_its_implied_actor(code_table):
    mentions = code_table(
        "The/DET/DT/det/1/the verdict/NOUN/NN/nsubj/2/verdict sparked/VERB/VBD/ROOT/2/spark riots/NOUN/NNS/dobj/2/riot "
        "./PUNCT/./punct/2/.")
    assert [(m.type, [a.sector for a in m.actor]) for m in mentions] == [("PROTEST", ["CVL"])]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            "Nobody/PRON/NN/nsubjpass/2/nobody was/AUX/VBD/auxpass/2/be arrested/VERB/VBN/ROOT/2/arrest ./PUNCT/./punct/2/.",
            [("COERCE", "negated")],
            id="nobody-was-arrested",
        ),
        pytest.param(
            "Police/NOUN/NN/nsubj/1/police arrested/VERB/VBD/ROOT/1/arrest no/DET/DT/det/3/no one/NOUN/NN/dobj/1/one "
            "./PUNCT/./punct/1/.",
            [("COERCE", "negated")],
            id="arrested-no-one",
        ),
        pytest.param(
            "Police/NOUN/NN/nsubj/3/police have/AUX/VBP/aux/3/have not/PART/RB/neg/3/not been/AUX/VBN/ROOT/3/be "
            "able/ADJ/JJ/acomp/3/able to/PART/TO/aux/6/to arrest/VERB/VB/xcomp/4/arrest them/PRON/PRP/dobj/6/they "
            "./PUNCT/./punct/3/.",
            [("COERCE", "negated")],
            id="not-been-able-to-arrest",
        ),
        pytest.param(
            "Police/NOUN/NN/nsubj/1/police were/AUX/VBD/ROOT/1/be unable/ADJ/JJ/acomp/1/unable to/PART/TO/aux/4/to "
            "arrest/VERB/VB/xcomp/2/arrest them/PRON/PRP/dobj/4/they ./PUNCT/./punct/1/.",
            [("COERCE", "negated")],
            id="unable-to-arrest",
        ),
        pytest.param(
            "Police/NOUN/NN/nsubj/1/police were/AUX/VBD/ROOT/1/be able/ADJ/JJ/acomp/1/able to/PART/TO/aux/4/to "
            "arrest/VERB/VB/xcomp/2/arrest them/PRON/PRP/dobj/4/they ./PUNCT/./punct/1/.",
            [("COERCE", "occurred")],
            id="were-able-to-arrest",
        ),
        pytest.param(
            "The/DET/DT/det/1/the police/NOUN/NN/nsubj/4/police did/AUX/VBD/aux/4/do not/PART/RB/neg/4/not "
            "have/VERB/VB/ROOT/4/have to/PART/TO/aux/6/to use/VERB/VB/xcomp/4/use force/NOUN/NN/dobj/6/force "
            "./PUNCT/./punct/4/.",
            [("ASSAULT", "negated")],
            id="did-not-have-to-use-force",
        ),
        pytest.param(
            "Police/NOUN/NNS/nsubj/1/police are/AUX/VBP/ROOT/1/be free/ADJ/JJ/acomp/1/free to/PART/TO/aux/4/to "
            "arrest/VERB/VB/xcomp/2/arrest us/PRON/PRP/dobj/4/we ./PUNCT/./punct/1/.",
            [("COERCE", "hypothetical")],
            id="free-to-arrest-is-neither-done-nor-threatened",
        ),
        pytest.param(
            "Police/NOUN/NNS/nsubj/1/police found/VERB/VBD/ROOT/1/find it/PRON/PRP/nsubj/3/it "
            "difficult/ADJ/JJ/ccomp/1/difficult to/PART/TO/aux/5/to arrest/VERB/VB/advcl/3/arrest "
            "protesters/NOUN/NNS/dobj/5/protester ./PUNCT/./punct/1/.",
            [("COERCE", "hypothetical"), ("PROTEST", "occurred")],
            id="difficult-to-arrest-parsed-as-a-clause-of-the-adjective",
        ),
        pytest.param(
            "Police/NOUN/NNS/nsubj/1/police were/AUX/VBD/ROOT/1/be quick/ADJ/JJ/acomp/1/quick to/PART/TO/aux/4/to "
            "arrest/VERB/VB/xcomp/2/arrest protesters/NOUN/NNS/dobj/4/protester ./PUNCT/./punct/1/.",
            [("COERCE", "occurred"), ("PROTEST", "occurred")],
            id="quick-to-arrest-is-done",
        ),
        pytest.param(
            "Russian/ADJ/JJ/amod/1/russian/NORP troops/NOUN/NNS/nsubj/4/troop may/AUX/MD/aux/4/may have/AUX/VB/aux/4/have "
            "attacked/VERB/VBN/ROOT/4/attack Iran/PROPN/NNP/dobj/4/Iran/GPE ./PUNCT/./punct/4/.",
            [("ASSAULT", "hypothetical")],
            id="may-have-attacked-guesses-at-the-past-and-threatens-nothing",
        ),
        pytest.param(
            "Iran/PROPN/NNP/nsubj/1/Iran/GPE suggested/VERB/VBD/ROOT/1/suggest attacking/VERB/VBG/xcomp/1/attack "
            "Russia/PROPN/NNP/dobj/2/Russia/GPE ./PUNCT/./punct/1/.",
            [("THREATEN", "occurred")],
            id="a-suggested-attack-is-held-out-not-made",
        ),
        pytest.param(
            "Iran/PROPN/NNP/nsubj/1/Iran/GPE welcomed/VERB/VBD/ROOT/1/welcome a/DET/DT/det/4/a "
            "Chinese/ADJ/JJ/amod/4/chinese/NORP commitment/NOUN/NN/dobj/1/commitment not/PART/RB/neg/7/not "
            "to/PART/TO/aux/7/to attack/VERB/VB/acl/4/attack Russia/PROPN/NNP/dobj/7/Russia/GPE ./PUNCT/./punct/1/.",
            [("ASSAULT", "negated"), ("SUPPORT", "occurred")],
            id="commitment-not-to-attack-denies-the-attack",
        ),
        pytest.param(
            "Riot/NOUN/NN/compound/1/riot police/NOUN/NNS/nsubj/2/police arrested/VERB/VBD/ROOT/2/arrest "
            "protesters/NOUN/NNS/dobj/2/protester ./PUNCT/./punct/2/.",
            [("COERCE", "occurred"), ("PROTEST", "occurred")],
            id="riot-police-is-no-riot",
        ),
        pytest.param(
            "An/DET/DT/det/2/an arrest/NOUN/NN/compound/2/arrest warrant/NOUN/NN/nsubjpass/4/warrant was/AUX/VBD/auxpass/4/be "
            "issued/VERB/VBN/ROOT/4/issue ./PUNCT/./punct/4/.",
            [],
            id="an-arrest-warrant-is-no-arrest",
        ),
    ],
)
def test_code_sentence_status_and_modifier_cases(table, expected, code_table):
    mentions = code_table(table)
    assert sorted((m.type, m.status) for m in mentions) == expected


def test_code_sentence_passive_act_takes_the_doer_of_the_act_it_happened_in(code_table):
    mentions = code_table(
        "Two/NUM/CD/nummod/1/two protesters/NOUN/NNS/nsubjpass/3/protester were/AUX/VBD/auxpass/3/be "
        "killed/VERB/VBN/ROOT/3/kill in/ADP/IN/prep/3/in police/NOUN/NN/compound/6/police firing/NOUN/NN/pobj/4/firing "
        "./PUNCT/./punct/3/.")
    assert {(m.type, tuple(a.sector for a in m.actor)) for m in mentions if m.type == "ASSAULT"} == {("ASSAULT", ("COP",))}


def test_code_sentence_event_noun_phrase_hung_on_its_of_object_counts(code_table):
    mentions = code_table(
        "China/PROPN/NNP/nsubj/1/China/GPE announced/VERB/VBD/ROOT/1/announce the/DET/DT/det/3/the "
        "withdrawal/NOUN/NN/dobj/1/withdrawal of/ADP/IN/prep/3/of troops/NOUN/NNS/pobj/4/troop "
        "from/ADP/IN/prep/5/from Iran/PROPN/NNP/pobj/6/Iran/GPE ./PUNCT/./punct/1/.")
    assert [(m.type, [a.country for a in m.recipient]) for m in mentions] == [("RETREAT", ["IRN"])]


def test_code_sentence_purpose_shares_the_parties_of_its_verb(code_table):
    mentions = code_table(
        "China/PROPN/NNP/nsubj/2/China/GPE will/AUX/MD/aux/2/will visit/VERB/VB/ROOT/2/visit Iran/PROPN/NNP/dobj/2/Iran/GPE "
        "to/PART/TO/aux/5/to mediate/VERB/VB/advcl/2/mediate ./PUNCT/./punct/2/.")
    assert {(m.type, tuple(a.country for a in m.recipient)) for m in mentions} >= {("AGREE", ("IRN",))}


def test_code_sentence_refusal_targets_the_country_its_complement_acts_in(code_table):
    mentions = code_table(
        "China/PROPN/NNP/nsubj/1/China/GPE refused/VERB/VBD/ROOT/1/refuse to/PART/TO/aux/3/to deploy/VERB/VB/xcomp/1/deploy "
        "troops/NOUN/NNS/dobj/3/troop in/ADP/IN/prep/3/in Iran/PROPN/NNP/pobj/5/Iran/GPE ./PUNCT/./punct/1/.")
    assert [(m.type, [a.country for a in m.recipient]) for m in mentions if m.type == "REJECT"] == [("REJECT", ["IRN"])]


def test_code_sentence_particle_off_makes_another_verb(code_table):
    mentions = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE called/VERB/VBD/ROOT/1/call off/ADP/RP/prt/1/off its/PRON/PRP$/poss/4/its "
        "search/NOUN/NN/dobj/1/search ./PUNCT/./punct/1/.")
    assert "CONSULT" not in [m.type for m in mentions]


def test_code_sentence_arriving_peacekeepers_make_no_visit(code_table):
    mentions = code_table(
        "UN/PROPN/NNP/compound/1/UN/ORG peacekeepers/NOUN/NNS/nsubj/2/peacekeeper arrived/VERB/VBD/ROOT/2/arrive "
        "in/ADP/IN/prep/2/in Iran/PROPN/NNP/pobj/3/Iran/GPE ./PUNCT/./punct/2/.")
    assert "CONSULT" not in [m.type for m in mentions]


def test_code_sentence_calling_someone_something_is_no_phone_call(code_table):
    labelled = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE called/VERB/VBD/ROOT/1/call Iran/PROPN/NNP/dobj/1/Iran/GPE "
        "a/DET/DT/det/4/a threat/NOUN/NN/oprd/1/threat ./PUNCT/./punct/1/.")
    assert "CONSULT" not in [m.type for m in labelled]
    # "called Iran on Monday" is a call, and its "on" of a day no "call on"
    phoned = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE called/VERB/VBD/ROOT/1/call Iran/PROPN/NNP/dobj/1/Iran/GPE "
        "on/ADP/IN/prep/1/on Monday/PROPN/NNP/pobj/3/Monday/DATE ./PUNCT/./punct/1/.")
    assert [(m.type, m.mode) for m in phoned] == [("CONSULT", "phone")]


def test_code_sentence_an_arriving_force_or_deployment_makes_no_visit(code_table):
    for noun in ("force", "deployment"):
        mentions = code_table(
            f"A/DET/DT/det/2/a Chinese/ADJ/JJ/amod/2/chinese/NORP {noun}/NOUN/NN/nsubj/3/{noun} "
            "arrived/VERB/VBD/ROOT/3/arrive in/ADP/IN/prep/3/in Iran/PROPN/NNP/pobj/4/Iran/GPE ./PUNCT/./punct/3/.")
        assert "CONSULT" not in [m.type for m in mentions], noun


@pytest.mark.parametrize(
    "table",
    [
        "Protests/NOUN/NNS/nsubj/2/protest are/AUX/VBP/aux/2/be becoming/VERB/VBG/ROOT/2/become longer/ADJ/JJR/acomp/2/long "
        "in/ADP/IN/prep/2/in Russia/PROPN/NNP/pobj/4/Russia/GPE ./PUNCT/./punct/2/.",
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE saw/VERB/VBD/ROOT/1/see a/DET/DT/det/3/a rise/NOUN/NN/dobj/1/rise "
        "in/ADP/IN/prep/3/in protests/NOUN/NNS/pobj/4/protest ./PUNCT/./punct/1/.",
    ],
    ids=["protests-are-becoming-longer", "a-rise-in-protests"],
)
def test_code_sentence_trend_is_no_event(table, code_table):
    assert "PROTEST" not in [m.type for m in code_table(table)]


def test_code_sentence_entry_matching_the_object_head_wins(code_table):
    # "ease the ban" and "drop bombs" both list a word of the phrase; the head noun decides.
    mentions = code_table(
        "Banned/VERB/VBN/amod/1/ban munitions/NOUN/NNS/nsubjpass/3/munition were/AUX/VBD/auxpass/3/be "
        "dropped/VERB/VBN/ROOT/3/drop on/ADP/IN/prep/3/on Iran/PROPN/NNP/pobj/4/Iran/GPE ./PUNCT/./punct/3/.")
    assert [(m.type, m.rule_id, [a.sector for a in m.actor]) for m in mentions] == [
        ("ASSAULT", "assault.drop", ["UAF"])
    ]


@pytest.mark.parametrize(
    ("subject", "expected"),
    [("missile/NOUN/NN/nsubj/2/missile", [("ASSAULT", ["UAF"], ["IRN"])]),
     ("storm/NOUN/NN/nsubj/2/storm", [])],
    ids=["a-weapon-stands-for-its-user", "a-storm-is-no-attacker"],
)
def test_code_sentence_weapon_as_the_doer_of_an_attack(subject, expected, code_table):
    mentions = code_table(
        f"A/DET/DT/det/1/a {subject} hit/VERB/VBD/ROOT/2/hit Iranian/ADJ/JJ/amod/4/iranian/NORP "
        "troops/NOUN/NNS/dobj/2/troop ./PUNCT/./punct/2/.")
    assert [(m.type, [a.sector for a in m.actor], [a.country for a in m.recipient]) for m in mentions] == expected


def test_code_sentence_weapon_event_lends_its_mode(code_table):
    mentions = code_table(
        "An/DET/DT/det/1/an airstrike/NOUN/NN/nsubj/2/airstrike hit/VERB/VBD/ROOT/2/hit Iranian/ADJ/JJ/amod/4/iranian/NORP "
        "troops/NOUN/NNS/dobj/2/troop ./PUNCT/./punct/2/.")
    hit = [m for m in mentions if m.trigger.text == "hit"]
    assert [(m.type, m.mode) for m in hit] == [("ASSAULT", "aerial")]


def test_code_sentence_security_forces_retake_a_district(code_table):
    mentions = code_table(
        "Police/NOUN/NNS/nsubj/1/police recaptured/VERB/VBD/ROOT/1/recapture the/DET/DT/det/3/the "
        "district/NOUN/NN/dobj/1/district ./PUNCT/./punct/1/.")
    assert [(m.type, m.mode, [a.sector for a in m.actor]) for m in mentions] == [("COERCE", "seize", ["COP"])]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ("Rebels/NOUN/NNS/nsubj/1/rebel retook/VERB/VBD/ROOT/1/retook the/DET/DT/det/3/the "
         "town/NOUN/NN/dobj/1/town ./PUNCT/./punct/1/.", [("COERCE", "seize")]),
        ("Police/NOUN/NNS/nsubj/1/police caned/VERB/VBD/ROOT/1/can the/DET/DT/det/3/the "
         "protesters/NOUN/NNS/dobj/1/protester ./PUNCT/./punct/1/.", [("ASSAULT", "beat"), ("PROTEST", "demo")]),
    ],
    ids=["retook-is-retake", "caned-is-cane-not-can"],
)
def test_code_sentence_corrects_the_lemmatisers_misses(table, expected, code_table):
    assert [(m.type, m.mode) for m in code_table(table)] == expected


def test_code_sentence_event_describing_the_object_does_not_outrank_the_main_verb(code_table):
    # "Russia said it backed a UN resolution that imposed sanctions on China": the backing is the news.
    mentions = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE said/VERB/VBD/ROOT/1/say it/PRON/PRP/nsubj/3/it "
        "backed/VERB/VBD/ccomp/1/back a/DET/DT/det/6/a UN/PROPN/NNP/compound/6/UN/ORG "
        "resolution/NOUN/NN/dobj/3/resolution that/PRON/WDT/nsubj/8/that imposed/VERB/VBD/relcl/6/impose "
        "sanctions/NOUN/NNS/dobj/8/sanction on/ADP/IN/prep/8/on China/PROPN/NNP/pobj/10/China/GPE ./PUNCT/./punct/1/.")
    ranked = sorted(mentions, key=lambda m: -m.confidence)
    assert [(m.type, [a.country for a in m.actor]) for m in ranked] == [("SUPPORT", ["RUS"]), ("SANCTION", ["UNO"])]


@pytest.mark.parametrize(
    ("verb", "expected"),
    [("participate/VERB/VB/ROOT/4/participate in/ADP/IN/prep/4/in strike/NOUN/NN/pobj/5/strike", "occurred"),
     ("comment/VERB/VB/ROOT/4/comment on/ADP/IN/prep/4/on strike/NOUN/NN/pobj/5/strike", "occurred"),
     ("stage/VERB/VB/ROOT/4/stage a/DET/DT/det/6/a strike/NOUN/NN/dobj/4/strike", "negated")],
    ids=["took-no-part-in-a-strike-that-happened", "no-comment-on-it", "did-not-stage-it"],
)
def test_code_sentence_negated_clause_about_an_event_noun(verb, expected, code_table):
    # "The police did not participate in the strike": the strike itself still took place.
    mentions = code_table(
        f"The/DET/DT/det/1/the police/NOUN/NN/nsubj/4/police did/AUX/VBD/aux/4/do not/PART/RB/neg/4/not "
        f"{verb} ./PUNCT/./punct/4/."
    )
    strikes = [m for m in mentions if m.trigger.text == "strike"]
    assert [m.status for m in strikes] == [expected]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ("Farmers/NOUN/NNS/nsubj/1/farmer sprayed/VERB/VBD/ROOT/1/spray the/DET/DT/det/4/the "
         "herbicide/NOUN/NN/compound/4/herbicide Roundup/PROPN/NNP/dobj/1/roundup ./PUNCT/./punct/1/.", []),
        ("Police/NOUN/NNS/nsubj/1/police Stage/VERB/VBP/ROOT/1/stage Roundup/PROPN/NNP/dobj/1/roundup "
         "Of/ADP/IN/prep/2/of Protesters/NOUN/NNS/pobj/3/protester", ["COERCE"]),
        ("Farmers/NOUN/NNS/nsubj/4/farmer in/ADP/IN/prep/0/in the/DET/DT/det/3/the valley/NOUN/NN/pobj/1/valley "
         "sprayed/VERB/VBD/ROOT/4/spray the/DET/DT/det/6/the Roundup/NOUN/NN/dobj/4/roundup on/ADP/IN/prep/4/on "
         "their/PRON/PRP$/poss/9/their fields/NOUN/NNS/pobj/7/field ./PUNCT/./punct/4/.", []),
    ],
    ids=["a-product-name-is-no-roundup", "a-title-case-line-keeps-its-event-words", "tagged-as-a-common-noun"],
)
def test_code_sentence_capitalised_noun_inside_a_sentence_is_a_name(table, expected, code_table):
    assert [m.type for m in code_table(table) if m.trigger.text == "Roundup"] == expected


@pytest.mark.parametrize(
    "table",
    [
        "It/PRON/PRP/nsubj/1/it attacked/VERB/VBD/ROOT/1/attack China/PROPN/NNP/dobj/1/China/GPE ./PUNCT/./punct/1/.",
        "The/DET/DT/det/1/the party/NOUN/NN/nsubj/2/party said/VERB/VBD/ROOT/2/say it/PRON/PRP/nsubj/5/it "
        "would/AUX/MD/aux/5/would attack/VERB/VB/ccomp/2/attack China/PROPN/NNP/dobj/5/China/GPE ./PUNCT/./punct/2/.",
    ],
    ids=["a-name-after-the-pronoun", "an-unknown-speaker"],
)
def test_code_sentence_pronoun_does_not_take_a_later_name(table, code_table):
    assert [[a.country for a in m.actor] for m in code_table(table)] in ([], [[None]])


def test_code_sentence_offered_condolences_are_support_not_an_offer(code_table):
    mentions = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE offered/VERB/VBD/ROOT/1/offer condolences/NOUN/NNS/dobj/1/condolence "
        "to/ADP/IN/prep/1/to China/PROPN/NNP/pobj/3/China/GPE ./PUNCT/./punct/1/.")
    assert [(m.type, [a.country for a in m.recipient]) for m in mentions] == [("SUPPORT", ["CHN"])]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ("Iran/PROPN/NNP/nsubj/1/Iran/GPE is/AUX/VBZ/ROOT/1/be responsible/ADJ/JJ/acomp/1/responsible "
         "for/ADP/IN/prep/2/for the/DET/DT/det/5/the killings/NOUN/NNS/pobj/3/killing ./PUNCT/./punct/1/.",
         [("ASSAULT", ["IRN"])]),
        ("Russian/ADJ/JJ/amod/1/russian/NORP troops/NOUN/NNS/nsubjpass/3/troop were/AUX/VBD/auxpass/3/be "
         "engaged/VERB/VBN/ROOT/3/engage in/ADP/IN/prep/3/in ethnic/ADJ/JJ/amod/6/ethnic "
         "cleansing/NOUN/NN/pobj/4/cleansing ./PUNCT/./punct/3/.",
         [("ASSAULT", ["RUS"])]),
    ],
    ids=["responsible-for-killings", "engaged-in-ethnic-cleansing"],
)
def test_code_sentence_party_held_responsible_is_the_doer(table, expected, code_table):
    assert [(m.type, [a.country for a in m.actor]) for m in code_table(table)] == expected


def test_code_sentence_interrogative_who_is_nobody(code_table):
    mentions = code_table(
        "Police/NOUN/NNS/nsubj/1/police know/VERB/VBP/ROOT/1/know who/PRON/WP/nsubj/3/who "
        "attacked/VERB/VBD/ccomp/1/attack China/PROPN/NNP/dobj/3/China/GPE ./PUNCT/./punct/1/.")
    assert not [m for m in mentions if any(a.country == "UNO" for a in m.actor)]


def test_code_sentence_place_in_a_title_names_the_country_not_a_first_name(code_table):
    # "Toronto police officer David Miller": Toronto gives Canada; David is a town in Panama too.
    mentions = code_table(
        "Toronto/PROPN/NNP/compound/1/Toronto/GPE police/NOUN/NN/compound/3/police David/PROPN/NNP/compound/3/David/PERSON "
        "Miller/PROPN/NNP/nsubj/4/Miller/PERSON arrested/VERB/VBD/ROOT/4/arrest two/NUM/CD/nummod/6/two "
        "men/NOUN/NNS/dobj/4/man ./PUNCT/./punct/4/.")
    assert [(m.type, [(a.country, a.sector) for a in m.actor]) for m in mentions] == [("COERCE", [("CAN", "COP")])]


def test_code_sentence_ready_to_talk_is_an_intent_to_meet(code_table):
    # CAMEO 036: "Iran is ready to hold talks with China" expresses intent, like "willingness to talk".
    mentions = code_table(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE is/AUX/VBZ/ROOT/1/be ready/ADJ/JJ/acomp/1/ready to/PART/TO/aux/4/to "
        "hold/VERB/VB/xcomp/2/hold talks/NOUN/NNS/dobj/4/talk with/ADP/IN/prep/4/with China/PROPN/NNP/pobj/6/China/GPE "
        "./PUNCT/./punct/1/.")
    assert [(m.type, m.cameo, m.status, [a.country for a in m.recipient]) for m in mentions] == [
        ("AGREE", "036", "occurred", ["CHN"])
    ]


@pytest.mark.parametrize(
    ("place", "country"),
    [("Anbar", "IRQ"), ("Helmand", "AFG")],  # provinces, not cities: from ISO 3166-2
)
def test_code_sentence_group_of_a_province_takes_its_country(place, country, code_table):
    # "protesters of Anbar": a group with no country of its own is from the place it is of.
    mentions = code_table(
        f"Troops/NOUN/NNS/nsubj/1/troop attacked/VERB/VBD/ROOT/1/attack protesters/NOUN/NNS/dobj/1/protester "
        f"of/ADP/IN/prep/2/of {place}/PROPN/NNP/pobj/3/{place}/GPE ./PUNCT/./punct/1/.")
    assert [[(a.country, a.sector) for a in m.recipient] for m in mentions if m.type == "ASSAULT"] == [
        [(country, "CVL")]
    ]


def test_code_sentence_object_that_is_an_event_with_its_modifier_is_no_weapon(code_table):
    # "launched military operations, including missiles": the operations are the event
    # (assault.operation.n), not a missile launch (mobilize.weapons)
    mentions = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE launched/VERB/VBD/ROOT/1/launch military/ADJ/JJ/amod/3/military "
        "operations/NOUN/NNS/dobj/1/operation ,/PUNCT/,/punct/3/, including/VERB/VBG/prep/3/include "
        "missiles/NOUN/NNS/pobj/5/missile ./PUNCT/./punct/1/.")
    assert [(m.type, [a.country for a in m.actor]) for m in mentions] == [("ASSAULT", ["RUS"])]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # a day is no target: rockets fired "on Monday" are a launch, not an attack
        ("Iran/PROPN/NNP/nsubj/1/Iran/GPE fired/VERB/VBD/ROOT/1/fire rockets/NOUN/NNS/dobj/1/rocket "
         "on/ADP/IN/prep/1/on Monday/PROPN/NNP/pobj/3/Monday/DATE ./PUNCT/./punct/1/.", "MOBILIZE"),
        # a participle on the weapon names its target
        ("Iran/PROPN/NNP/nsubj/1/Iran/GPE fired/VERB/VBD/ROOT/1/fire a/DET/DT/det/3/a missile/NOUN/NN/dobj/1/missile "
         "aimed/VERB/VBN/acl/3/aim at/ADP/IN/prep/4/at Chinese/ADJ/JJ/amod/7/chinese/NORP troops/NOUN/NNS/pobj/5/troop "
         "./PUNCT/./punct/1/.", "ASSAULT"),
    ],
)
def test_code_sentence_fired_weapons_need_a_target_not_a_day(table, expected, code_table):
    assert [m.type for m in code_table(table) if m.trigger.text == "fired"] == [expected]


def test_code_sentence_event_noun_with_participle_by_agent(code_table):
    # "the offensive launched by Russia": the participle's agent made the offensive
    mentions = code_table(
        "The/DET/DT/det/1/the offensive/NOUN/NN/nsubj/5/offensive launched/VERB/VBN/acl/1/launch by/ADP/IN/agent/2/by "
        "Russia/PROPN/NNP/pobj/3/Russia/GPE surprised/VERB/VBD/ROOT/5/surprise China/PROPN/NNP/dobj/5/China/GPE "
        "./PUNCT/./punct/5/.")
    assert [(m.type, [a.country for a in m.actor]) for m in mentions] == [("ASSAULT", ["RUS"])]


def test_code_sentence_act_as_subject_lends_its_named_doer(code_table):
    # "The attack carried out by Russia killed ten protesters": the killing is Russia's, not
    # an unknown attacker's ("the attack" itself names nobody)
    mentions = code_table(
        "The/DET/DT/det/1/the attack/NOUN/NN/nsubj/6/attack carried/VERB/VBN/acl/1/carry out/ADP/RP/prt/2/out "
        "by/ADP/IN/agent/2/by Russia/PROPN/NNP/pobj/4/Russia/GPE killed/VERB/VBD/ROOT/6/kill "
        "ten/NUM/CD/nummod/8/ten/CARDINAL protesters/NOUN/NNS/dobj/6/protester ./PUNCT/./punct/6/.")
    killed = [m for m in mentions if m.trigger.text == "killed"]
    assert [[a.id for a in m.actor] for m in killed] == [["country:RUS"]]


def test_code_sentence_coordinated_verbs_share_the_object(code_table):
    # "arrested and beat Chinese protesters": both acts fall on the protesters
    mentions = code_table(
        "Police/NOUN/NNS/nsubj/1/police arrested/VERB/VBD/ROOT/1/arrest and/CCONJ/CC/cc/1/and beat/VERB/VBD/conj/1/beat "
        "Chinese/ADJ/JJ/amod/5/chinese/NORP protesters/NOUN/NNS/dobj/3/protester ./PUNCT/./punct/1/.")
    assert sorted((m.type, [a.country for a in m.recipient]) for m in mentions if m.type != "PROTEST") == [
        ("ASSAULT", ["CHN"]), ("COERCE", ["CHN"])
    ]


def test_code_sentence_passive_conjunct_borrows_its_subject_as_undergoer(code_table):
    # "rebels attacked the town and were repelled by troops": the rebels are repelled
    mentions = code_table(
        "Chinese/ADJ/JJ/amod/1/chinese/NORP rebels/NOUN/NNS/nsubj/2/rebel attacked/VERB/VBD/ROOT/2/attack "
        "the/DET/DT/det/4/the town/NOUN/NN/dobj/2/town and/CCONJ/CC/cc/2/and were/AUX/VBD/auxpass/7/be "
        "repelled/VERB/VBN/conj/2/repel by/ADP/IN/agent/7/by Russian/ADJ/JJ/amod/10/russian/NORP "
        "troops/NOUN/NNS/pobj/8/troop ./PUNCT/./punct/2/.")
    repelled = [m for m in mentions if m.trigger.text == "repelled"]
    assert [([a.country for a in m.actor], [a.country for a in m.recipient]) for m in repelled] == [
        (["RUS"], ["CHN"])
    ]


@pytest.mark.parametrize(("by_dep", "by_head"), [("prep", 4), ("prep", 3)])
def test_code_sentence_passive_by_phrase_the_parser_misattached(code_table, by_dep, by_head):
    # "fighters were provided weapons by Russia": the by-phrase hung on the object left
    # after the passive, or labelled a plain preposition of the verb, is still the giver
    mentions = code_table(
        "Kurdish/ADJ/JJ/amod/1/kurdish/NORP fighters/NOUN/NNS/nsubjpass/3/fighter were/AUX/VBD/auxpass/3/be "
        f"provided/VERB/VBN/ROOT/3/provide weapons/NOUN/NNS/dobj/3/weapon by/ADP/IN/{by_dep}/{by_head}/by "
        "Russia/PROPN/NNP/pobj/5/Russia/GPE ./PUNCT/./punct/3/.")
    assert [(m.type, [a.country for a in m.actor]) for m in mentions] == [("AID", ["RUS"])]


def test_code_sentence_who_bans_an_event_did_not_hold_it(code_table):
    # "Russian police banned the opposition rally": the ban is the police's, the rally not
    mentions = code_table(
        "Russian/ADJ/JJ/amod/1/russian/NORP police/NOUN/NNS/nsubj/2/police banned/VERB/VBD/ROOT/2/ban "
        "the/DET/DT/det/5/the opposition/NOUN/NN/compound/5/opposition rally/NOUN/NN/dobj/2/rally ./PUNCT/./punct/2/.")
    sectors = {m.type: [a.sector for a in m.actor] for m in mentions}
    assert sectors["COERCE"] == ["COP"]
    assert sectors["PROTEST"] != ["COP"]


def test_code_sentence_verb_phrase_words_not_inside_the_subject(code_table):
    # "the hostage release took place": no "take hostage" in it
    mentions = code_table(
        "The/DET/DT/det/2/the hostage/NOUN/NN/compound/2/hostage release/NOUN/NN/nsubj/3/release "
        "took/VERB/VBD/ROOT/3/take place/NOUN/NN/dobj/3/place in/ADP/IN/prep/3/in Doha/PROPN/NNP/pobj/5/Doha/GPE "
        "./PUNCT/./punct/3/.")
    assert [m.type for m in mentions if m.type == "ASSAULT"] == []


def test_code_sentence_forces_withdrawn_by_no_one_named_retreat_themselves(code_table):
    mentions = code_table(
        "Russian/ADJ/JJ/amod/1/russian/NORP troops/NOUN/NNS/nsubjpass/3/troop were/AUX/VBD/auxpass/3/be "
        "withdrawn/VERB/VBN/ROOT/3/withdraw from/ADP/IN/prep/3/from the/DET/DT/det/6/the border/NOUN/NN/pobj/4/border "
        "./PUNCT/./punct/3/.")
    assert [(m.type, [a.country for a in m.actor]) for m in mentions] == [("RETREAT", ["RUS"])]


@pytest.mark.parametrize(("nationality", "expected"), [("", [None]), ("Russian/ADJ/JJ/amod/4/russian/NORP ", ["RUS"])])
def test_code_sentence_expelled_diplomats_are_foreigners(code_table, nationality, expected):
    # "China expelled two Russian diplomats": they are the target; bare "two diplomats" are
    # nobody's, not China's own (the place of the expulsion)
    words = nationality.split()
    shift = len(words)
    mentions = code_table(
        "China/PROPN/NNP/nsubj/1/China/GPE expelled/VERB/VBD/ROOT/1/expel two/NUM/CD/nummod/"
        f"{3 + shift}/two/CARDINAL {nationality}diplomats/NOUN/NNS/dobj/1/diplomat ./PUNCT/./punct/1/.")
    assert [(m.type, [a.country for a in m.recipient]) for m in mentions] == [("SANCTION", expected)]


def test_code_sentence_breaking_a_ceasefire_agreement_is_fighting(code_table):
    mentions = code_table(
        "Russian/ADJ/JJ/amod/1/russian/NORP troops/NOUN/NNS/nsubj/2/troop broke/VERB/VBD/ROOT/2/break "
        "the/DET/DT/det/5/the ceasefire/NOUN/NN/compound/5/ceasefire agreement/NOUN/NN/dobj/2/agreement "
        "./PUNCT/./punct/2/.")
    assert [(m.type, m.cameo) for m in mentions] == [("ASSAULT", "196")]


def test_code_sentence_a_trial_that_begins_is_a_prosecution(code_table):
    # "the trial of two Chinese activists began": a court, unnamed, prosecutes them
    mentions = code_table(
        "The/DET/DT/det/1/the trial/NOUN/NN/nsubj/6/trial of/ADP/IN/prep/1/of two/NUM/CD/nummod/5/two/CARDINAL "
        "Chinese/ADJ/JJ/amod/5/chinese/NORP activists/NOUN/NNS/pobj/2/activist began/VERB/VBD/ROOT/6/begin "
        "./PUNCT/./punct/6/.")
    assert [(m.type, [a.sector for a in m.actor], [a.country for a in m.recipient]) for m in mentions] == [
        ("ACCUSE", ["JUD"], ["CHN"])
    ]


def test_code_sentence_freed_from_house_arrest_is_a_release_only(code_table):
    # "released the former president from house arrest": a president is someone to free;
    # the arrest the release ends is no new arrest
    mentions = code_table(
        "Russian/ADJ/JJ/amod/1/russian/NORP police/NOUN/NNS/nsubj/2/police released/VERB/VBD/ROOT/2/release "
        "the/DET/DT/det/5/the former/ADJ/JJ/amod/5/former president/NOUN/NN/dobj/2/president from/ADP/IN/prep/2/from "
        "house/NOUN/NN/compound/8/house arrest/NOUN/NN/pobj/6/arrest ./PUNCT/./punct/2/.")
    assert [(m.type, m.mode) for m in mentions] == [("RETREAT", "release")]


def test_code_sentence_protesters_dispersed_by_no_one_named(code_table):
    # the police, unnamed, disperse them; the protest itself still took place
    mentions = code_table(
        "The/DET/DT/det/1/the protesters/NOUN/NNS/nsubjpass/3/protester were/AUX/VBD/auxpass/3/be "
        "dispersed/VERB/VBN/ROOT/3/disperse with/ADP/IN/prep/3/with tear/ADJ/JJ/amod/6/tear gas/NOUN/NN/pobj/4/gas "
        "./PUNCT/./punct/3/.")
    assert sorted((m.type, [a.sector for a in m.actor]) for m in mentions) == [
        ("COERCE", ["COP"]), ("PROTEST", ["CVL"])
    ]


def test_code_sentence_unresolved_speaker_does_not_take_the_clause_subject(code_table):
    # "Mahant Das demanded that Russian troops be withdrawn": the troops demand nothing
    mentions = code_table(
        "Mahant/PROPN/NNP/compound/1/Mahant/PERSON Das/PROPN/NNP/nsubj/2/Das/PERSON demanded/VERB/VBD/ROOT/2/demand "
        "that/SCONJ/IN/mark/7/that Russian/ADJ/JJ/amod/5/russian/NORP troops/NOUN/NNS/nsubjpass/7/troop "
        "be/AUX/VB/auxpass/7/be withdrawn/VERB/VBN/ccomp/2/withdraw ./PUNCT/./punct/2/.")
    assert not any(m.type == "REQUEST" and [a.country for a in m.actor] == ["RUS"] for m in mentions)


def test_code_sentence_headline_verbs_parsed_as_a_clause_share_the_subject(code_table):
    # "Russia strikes back at US, expels diplomats": the parser hangs the first verb as a
    # clause of the second, which has no subject of its own
    mentions = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE strikes/VERB/VBZ/ccomp/6/strike back/ADV/RB/advmod/1/back "
        "at/ADP/IN/prep/1/at US/PROPN/NNP/pobj/3/US/GPE ,/PUNCT/,/punct/6/, expels/VERB/VBZ/ROOT/6/expel "
        "diplomats/NOUN/NNS/dobj/6/diplomat")
    expel = [m for m in mentions if m.type == "SANCTION"]
    assert [[a.country for a in m.actor] for m in expel] == [["RUS"]]


def test_code_sentence_bare_participle_after_a_passive_is_passive(code_table):
    # "two protesters were killed and three Russian troops wounded": the troops are wounded
    mentions = code_table(
        "Two/NUM/CD/nummod/2/two/CARDINAL Chinese/ADJ/JJ/amod/2/chinese/NORP protesters/NOUN/NNS/nsubjpass/4/protester "
        "were/AUX/VBD/auxpass/4/be killed/VERB/VBN/ROOT/4/kill and/CCONJ/CC/cc/4/and three/NUM/CD/nummod/8/three/CARDINAL "
        "Russian/ADJ/JJ/amod/8/russian/NORP troops/NOUN/NNS/nsubj/9/troop wounded/VERB/VBN/conj/4/wound "
        "./PUNCT/./punct/4/.")
    wounded = [m for m in mentions if m.trigger.text == "wounded"]
    assert wounded and all("troops" not in (a.text or "") for m in wounded for a in m.actor)
    assert all("RUS" in [a.country for a in m.recipient] for m in wounded)


@pytest.mark.parametrize(("verb", "lemma", "status"), [("postponed", "postpone", "planned"), ("annulled", "annul", "negated")])
def test_code_sentence_postponed_or_cancelled_event_did_not_happen(code_table, verb, lemma, status):
    mentions = code_table(
        "The/DET/DT/det/1/the talks/NOUN/NNS/nsubjpass/7/talk between/ADP/IN/prep/1/between "
        "Russia/PROPN/NNP/pobj/2/Russia/GPE and/CCONJ/CC/cc/3/and China/PROPN/NNP/conj/3/China/GPE "
        f"were/AUX/VBD/auxpass/7/be {verb}/VERB/VBN/ROOT/7/{lemma} ./PUNCT/./punct/7/.")
    assert [(m.type, m.status) for m in mentions] == [("CONSULT", status)]


def test_code_sentence_an_act_others_expect_is_no_promise(code_table):
    # "Russia is expected to lift the curfew": planned, not an agreement by Russia
    mentions = code_table(
        "Russia/PROPN/NNP/nsubjpass/2/Russia/GPE is/AUX/VBZ/auxpass/2/be expected/VERB/VBN/ROOT/2/expect "
        "to/PART/TO/aux/4/to lift/VERB/VB/xcomp/2/lift the/DET/DT/det/6/the curfew/NOUN/NN/dobj/4/curfew "
        "./PUNCT/./punct/2/.")
    assert [(m.type, m.status) for m in mentions] == [("CONCEDE", "planned")]


def test_code_sentence_named_event_under_an_open_infinitive_occurred(code_table):
    # "too early to judge the strike": the judging is open, the strike happened
    mentions = code_table(
        "It/PRON/PRP/nsubj/1/it is/AUX/VBZ/ROOT/1/be too/ADV/RB/advmod/3/too early/ADJ/JJ/acomp/1/early to/PART/TO/aux/5/to "
        "judge/VERB/VB/xcomp/3/judge the/DET/DT/det/7/the strike/NOUN/NN/dobj/5/strike ./PUNCT/./punct/1/.")
    assert [(m.type, m.status) for m in mentions] == [("PROTEST", "occurred")]


def test_code_sentence_staged_is_stage_not_stag(parse, coder, state):
    # the lemmatiser's "staged" -> "stag" would hide the support verb of "staged a protest"
    doc = parse(
        "Chinese/ADJ/JJ/amod/1/chinese/NORP protesters/NOUN/NNS/nsubj/2/protester staged/VERB/VBD/ROOT/2/stag "
        "a/DET/DT/det/4/a sit-in/NOUN/NN/dobj/2/sit-in ./PUNCT/./punct/2/.")
    mentions = code_sentence(next(iter(doc.sents)), sentence_index=1, coder=coder, state=state())
    assert doc[2].lemma_ == "stage"
    assert any(m.type == "PROTEST" and m.trigger.text == "sit-in" for m in mentions)


def test_code_sentence_meeting_offered_on_a_condition_is_an_offer(code_table):
    offered = code_table(
        "Iran/PROPN/NNP/nsubj/2/Iran/GPE would/AUX/MD/aux/2/would meet/VERB/VB/ROOT/2/meet China/PROPN/NNP/dobj/2/China/GPE "
        "if/SCONJ/IN/mark/7/if sanctions/NOUN/NNS/nsubjpass/7/sanction were/AUX/VBD/auxpass/7/be lifted/VERB/VBN/advcl/2/lift "
        "./PUNCT/./punct/2/."
    )
    planned = code_table(
        "Iran/PROPN/NNP/nsubj/2/Iran/GPE will/AUX/MD/aux/2/will meet/VERB/VB/ROOT/2/meet China/PROPN/NNP/dobj/2/China/GPE "
        "./PUNCT/./punct/2/."
    )
    assert [(m.type, m.cameo, m.status) for m in offered if m.rule_id == "consult.meet"] == [("AGREE", "036", "occurred")]
    assert [(m.type, m.status) for m in planned] == [("CONSULT", "planned")]


def test_code_sentence_an_armed_force_getting_ready_to_strike_mobilizes(code_table):
    prepared = code_table(
        "Troops/NOUN/NNS/nsubj/1/troop prepared/VERB/VBD/ROOT/1/prepare to/PART/TO/aux/3/to resume/VERB/VB/xcomp/1/resume "
        "shelling/VERB/VBG/xcomp/3/shell the/DET/DT/det/6/the town/NOUN/NN/dobj/4/town ./PUNCT/./punct/1/."
    )
    vowed = code_table(
        "Troops/NOUN/NNS/nsubj/1/troop vowed/VERB/VBD/ROOT/1/vow to/PART/TO/aux/3/to shell/VERB/VB/xcomp/1/shell "
        "the/DET/DT/det/5/the town/NOUN/NN/dobj/3/town ./PUNCT/./punct/1/."
    )
    assert [(m.type, m.mode, m.cameo, m.status) for m in prepared] == [("MOBILIZE", "troops", "154", "occurred")]
    assert "MOBILIZE" not in {m.type for m in vowed}  # saying so is a threat, not a posture


def test_code_sentence_curfew_binds_the_population_of_the_place(code_table):
    mentions = code_table(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE imposed/VERB/VBD/ROOT/1/impose a/DET/DT/det/3/a curfew/NOUN/NN/dobj/1/curfew "
        "./PUNCT/./punct/1/."
    )
    curfew = next(m for m in mentions if m.type == "COERCE")
    assert [(a.country, a.sector) for a in curfew.recipient] == [("IRN", "CVL")]


def test_code_sentence_lifted_embargo_on_sales_to_a_country_targets_it(code_table):
    mentions = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE lifted/VERB/VBD/ROOT/1/lift the/DET/DT/det/3/the embargo/NOUN/NN/dobj/1/embargo "
        "on/ADP/IN/prep/3/on sales/NOUN/NNS/pobj/4/sale to/ADP/IN/prep/1/to China/PROPN/NNP/pobj/6/China/GPE ./PUNCT/./punct/1/."
    )
    lifted = next(m for m in mentions if m.type == "RETREAT")
    assert [a.country for a in lifted.recipient] == ["CHN"]


def test_code_sentence_they_is_not_one_official_who_speaks(code_table):
    one = code_table(
        "The/DET/DT/det/1/the diplomat/NOUN/NN/nsubj/2/diplomat said/VERB/VBD/ROOT/2/say they/PRON/PRP/nsubj/5/they "
        "would/AUX/MD/aux/5/would attack/VERB/VB/ccomp/2/attack China/PROPN/NNP/dobj/5/China/GPE ./PUNCT/./punct/2/."
    )
    many = code_table(
        "The/DET/DT/det/1/the diplomats/NOUN/NNS/nsubj/2/diplomat said/VERB/VBD/ROOT/2/say they/PRON/PRP/nsubj/5/they "
        "would/AUX/MD/aux/5/would attack/VERB/VB/ccomp/2/attack China/PROPN/NNP/dobj/5/China/GPE ./PUNCT/./punct/2/."
    )
    assert not any("diplomat" in (a.why or "") for m in one for a in m.actor)
    assert any("diplomat" in (a.why or "") for m in many for a in m.actor)


def test_code_sentence_a_capital_before_talks_is_where_they_are(code_table):
    venue = code_table(
        "The/DET/DT/det/2/the Moscow/PROPN/NNP/compound/2/Moscow/GPE talks/NOUN/NNS/nsubj/3/talk "
        "collapsed/VERB/VBD/ROOT/3/collapse ./PUNCT/./punct/3/."
    )
    owner = code_table(
        "Moscow/PROPN/NNP/poss/2/Moscow/GPE 's/PART/POS/case/0/'s talks/NOUN/NNS/nsubj/3/talk "
        "collapsed/VERB/VBD/ROOT/3/collapse ./PUNCT/./punct/3/."
    )
    assert not any(a.country == "RUS" for m in venue for a in m.actor)
    assert [a.country for m in owner for a in m.actor] == ["RUS"]


def test_code_sentence_a_weapon_or_its_user_destroys(code_table):
    weapon = code_table(
        "A/DET/DT/det/1/a missile/NOUN/NN/nsubj/2/missile destroyed/VERB/VBD/ROOT/2/destroy the/DET/DT/det/4/the "
        "depot/NOUN/NN/dobj/2/depot ./PUNCT/./punct/2/."
    )
    user = code_table(
        "The/DET/DT/det/1/the missile/NOUN/NN/nsubj/5/missile fired/VERB/VBN/acl/1/fire by/ADP/IN/agent/2/by "
        "troops/NOUN/NNS/pobj/3/troop destroyed/VERB/VBD/ROOT/5/destroy the/DET/DT/det/7/the depot/NOUN/NN/dobj/5/depot "
        "./PUNCT/./punct/5/."
    )
    destroyed = [m for m in weapon if m.rule_id == "assault.property"]
    assert [a.sector for m in destroyed for a in m.actor] == ["UAF"]
    destroyed = [m for m in user if m.rule_id == "assault.property"]
    assert [a.sector for m in destroyed for a in m.actor] == ["MIL"]


def test_code_sentence_protesters_named_as_the_harmed_are_not_the_news(code_table):
    shot = code_table(
        "Police/NOUN/NN/nsubj/1/police fired/VERB/VBD/ROOT/1/fire at/ADP/IN/prep/1/at protesters/NOUN/NNS/pobj/2/protester "
        "./PUNCT/./punct/1/."
    )
    died = code_table(
        "Four/NUM/CD/nummod/1/four protesters/NOUN/NNS/nsubj/2/protester died/VERB/VBD/ROOT/2/die "
        "./PUNCT/./punct/2/."
    )
    gathered = code_table(
        "Protesters/NOUN/NNS/nsubj/1/protester gathered/VERB/VBD/ROOT/1/gather ./PUNCT/./punct/1/."
    )
    ordinary = min(m.confidence for m in gathered if m.type == "PROTEST")
    assert all(m.confidence <= ordinary - 0.25 for m in shot + died if m.type == "PROTEST")
    assert any(m.type == "ASSAULT" for m in shot)


def test_code_sentence_of_two_subjects_the_one_next_to_the_verb_acts(code_table):
    mentions = code_table(
        "Injuries/NOUN/NNS/nsubj/3/injury as/SCONJ/IN/mark/3/as police/NOUN/NN/nsubj/3/police "
        "dispersed/VERB/VBD/ROOT/3/disperse protesters/NOUN/NNS/dobj/3/protester ./PUNCT/./punct/3/."
    )
    dispersed = next(m for m in mentions if m.type == "COERCE")
    assert [a.text for a in dispersed.actor] == ["police"]


def test_code_sentence_an_armed_kind_before_an_event_noun_is_its_doer(code_table):
    condemned = code_table(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE condemned/VERB/VBD/ROOT/1/condemn the/DET/DT/det/4/the "
        "police/NOUN/NN/compound/4/police attack/NOUN/NN/dobj/1/attack on/ADP/IN/prep/4/on "
        "protesters/NOUN/NNS/pobj/5/protester ./PUNCT/./punct/1/."
    )
    attack = next(m for m in condemned if m.type == "ASSAULT")
    assert [a.sector for a in attack.actor] == ["COP"]
    # "military aid" is a kind of aid, not aid given by an army
    suspended = code_table(
        "China/PROPN/NNP/nsubj/1/China/GPE suspended/VERB/VBD/ROOT/1/suspend part/NOUN/NN/dobj/1/part "
        "of/ADP/IN/prep/2/of a/DET/DT/det/7/a military/ADJ/JJ/amod/6/military aid/NOUN/NN/compound/7/aid "
        "program/NOUN/NN/pobj/3/program for/ADP/IN/prep/7/for Iran/PROPN/NNP/pobj/8/Iran/GPE ./PUNCT/./punct/1/."
    )
    assert not [a for m in suspended for a in m.actor if a.sector == "MIL"]


def test_drop_vaguer_duplicates_keeps_the_mode_of_the_vaguer_telling():
    from dataclasses import replace

    from legation.coding.extract import _drop_vaguer_duplicates
    from legation.records import Actor, EventMention, Span, stable_id

    russia = Actor(text="Russia", name="Russia", country="RUS", sector=None, id="country:RUS")
    iran = Actor(text="Iran", name="Iran", country="IRN", sector=None, id="country:IRN")
    attack = EventMention(
        mention_id=stable_id("a", 0, 30), article_id="a", sentence_index=0,
        sentence_text="Russia used chlorine as a weapon in an attack on Iran.", type="ASSAULT", mode=None,
        context=(), cameo="190", goldstein=-10.0, quad_class=4, trigger=Span("attack", 38, 44),
        actor=(russia,), recipient=(iran,), date=None, date_precision=None, date_source=None,
        status="occurred", location=None, confidence=0.9, rule_id="assault.noun", dictionary_version="d1",
    )
    used = replace(attack, mention_id=stable_id("a", 0, 7), mode="unconventional", cameo="1951",
                   trigger=Span("used", 7, 11), recipient=(), confidence=0.8, rule_id="assault.chemical")
    kept = _drop_vaguer_duplicates([attack, used])
    assert [(m.rule_id, m.mode, [a.country for a in m.recipient], m.confidence) for m in kept] == [
        ("assault.chemical", "unconventional", ["IRN"], 0.9)
    ]
    # without a mode of its own, the vaguer telling simply goes
    assert [m.rule_id for m in _drop_vaguer_duplicates([attack, replace(used, mode=None)])] == ["assault.noun"]


def test_refer_to_headline_names_the_doer_of_the_leads_definite_event(parse, coder, state):
    from legation.coding import refer_to_headline

    story = state()
    lead = code_sentence(next(iter(parse(
        "The/DET/DT/det/1/the offensive/NOUN/NN/nsubj/2/offensive began/VERB/VBD/ROOT/2/begin "
        "on/ADP/IN/prep/2/on Monday/PROPN/NNP/pobj/3/Monday/DATE ./PUNCT/./punct/2/."
    ).sents)), sentence_index=1, coder=coder, state=story)
    headline = code_sentence(next(iter(parse(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE attacks/VERB/VBZ/ROOT/1/attack Iran/PROPN/NNP/dobj/1/Iran/GPE"
    ).sents)), sentence_index=0, coder=coder, state=story, is_title=True)
    assert [a.country for m in lead for a in m.actor if m.type == "ASSAULT"] != ["RUS"]
    lead = refer_to_headline(headline, lead, state=story)
    offensive = next(m for m in lead if m.type == "ASSAULT")
    assert ([a.country for a in offensive.actor], [a.country for a in offensive.recipient]) == (["RUS"], ["IRN"])
    assert offensive.actor[0].why.startswith("carried")
    # an indefinite event noun is an event of its own
    other = state()
    own = code_sentence(next(iter(parse(
        "An/DET/DT/det/1/an offensive/NOUN/NN/nsubj/2/offensive began/VERB/VBD/ROOT/2/begin ./PUNCT/./punct/2/."
    ).sents)), sentence_index=1, coder=coder, state=other)
    headline = code_sentence(next(iter(parse(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE attacks/VERB/VBZ/ROOT/1/attack Iran/PROPN/NNP/dobj/1/Iran/GPE"
    ).sents)), sentence_index=0, coder=coder, state=other, is_title=True)
    assert refer_to_headline(headline, own, state=other) == own


def test_date_headline_takes_the_date_of_the_bodys_telling():
    from dataclasses import replace

    from legation.coding import date_headline
    from legation.coding.extract import HEADLINE_FROM_LEAD
    from legation.records import Actor, EventMention, Span, stable_id

    russia = Actor(text="Russia", name="Russia", country="RUS", sector=None, id="country:RUS")
    headline = EventMention(
        mention_id=stable_id("a", 0, 7), article_id="a", sentence_index=0,
        sentence_text="Russia apologises for the flight", type="CONCEDE", mode=None, context=(), cameo="055",
        goldstein=7.0, quad_class=1, trigger=Span("apologises", 7, 17), actor=(russia,), recipient=(),
        date="2014-11-10", date_precision="day", date_source="text", status="occurred", location=None,
        confidence=0.8, rule_id="concede.apologize", dictionary_version="d1", date_reason=HEADLINE_FROM_LEAD,
    )
    body = replace(headline, mention_id=stable_id("a", 3, 11), sentence_index=3,
                   sentence_text="Russia has apologised.", trigger=Span("apologised", 11, 21),
                   date="2014-11-14", date_source="publication", date_reason=None)
    [dated] = date_headline([headline], [body])
    assert (dated.date, dated.date_reason) == ("2014-11-14", "the date of the same event told in sentence 3")
    assert dated.event_key == body.event_key  # one event with two mentions
    # a headline with a date of its own keeps it; so does one the body does not tell again
    own = replace(headline, date_reason=None)
    assert date_headline([own], [body]) == [own]
    assert date_headline([headline], [replace(body, type="ACCUSE")]) == [headline]


def test_code_sentence_should_in_reported_speech_asks_others_not_oneself(code_table):
    def coded(table):
        return [(m.type, [a.country for a in m.actor], [a.country for a in m.recipient]) for m in code_table(table)]

    assert coded(
        "China/PROPN/NNP/nsubj/1/China/GPE said/VERB/VBD/ROOT/1/say Iran/PROPN/NNP/nsubj/4/Iran/GPE "
        "should/AUX/MD/aux/4/should release/VERB/VB/ccomp/1/release prisoners/NOUN/NNS/dobj/4/prisoner ./PUNCT/./punct/1/."
    ) == [("REQUEST", ["CHN"], ["IRN"])]
    # said of the speaker itself: an intent, no demand
    assert coded(
        "China/PROPN/NNP/nsubj/1/China/GPE said/VERB/VBD/ROOT/1/say it/PRON/PRP/nsubj/4/it "
        "should/AUX/MD/aux/4/should ensure/VERB/VB/ccomp/1/ensure security/NOUN/NN/dobj/4/security ./PUNCT/./punct/1/."
    ) == []
    # "should have" reproaches the past and asks for nothing
    assert not [row for row in coded(
        "China/PROPN/NNP/nsubj/1/China/GPE said/VERB/VBD/ROOT/1/say Iran/PROPN/NNP/nsubj/5/Iran/GPE "
        "should/AUX/MD/aux/5/should have/AUX/VB/aux/5/have released/VERB/VBN/ccomp/1/release "
        "prisoners/NOUN/NNS/dobj/5/prisoner ./PUNCT/./punct/1/."
    ) if row[0] == "REQUEST"]


def test_uncased_names_reads_the_whole_sentence(parse):
    from legation.coding.extract import _uncased_names

    cased = parse(
        "The/DET/DT/det/3/the United/PROPN/NNP/compound/2/United Nations/PROPN/NNP/compound/3/Nations "
        "conference/NOUN/NN/nsubj/4/conference urged/VERB/VBD/ROOT/4/urge immediate/ADJ/JJ/amod/6/immediate "
        "action/NOUN/NN/dobj/4/action ./PUNCT/./punct/4/."
    )
    assert not _uncased_names(next(iter(cased.sents)))
    lower = parse(
        "This/DET/DT/det/1/this story/NOUN/NN/nsubj/2/story is/AUX/VBZ/ROOT/2/be from/ADP/IN/prep/2/from "
        "March/PROPN/NNP/pobj/3/March :/PUNCT/:/punct/2/: police/NOUN/NN/nsubj/7/police arrested/VERB/VBD/ccomp/2/arrest "
        "two/NUM/CD/nummod/9/two bajrang/PROPN/NNP/compound/10/bajrang dal/PROPN/NNP/compound/11/dal "
        "activists/NOUN/NNS/dobj/7/activist in/ADP/IN/prep/7/in the/DET/DT/det/15/the old/ADJ/JJ/amod/15/old "
        "city/NOUN/NN/pobj/12/city on/ADP/IN/prep/7/on friday/PROPN/NNP/pobj/16/friday evening/NOUN/NN/npadvmod/7/evening "
        "after/ADP/IN/prep/7/after the/DET/DT/det/22/the clashes/NOUN/NNS/pobj/19/clash ./PUNCT/./punct/2/."
    )
    assert _uncased_names(next(iter(lower.sents)))


def test_code_sentence_a_stressed_need_for_another_party_is_a_request(code_table):
    def coded(noun):
        return [(m.type, [a.country for a in m.actor], [a.country for a in m.recipient]) for m in code_table(
            "Russia/PROPN/NNP/nsubj/1/Russia/GPE stressed/VERB/VBD/ROOT/1/stress the/DET/DT/det/3/the "
            f"{noun}/NOUN/NN/dobj/1/{noun} for/SCONJ/IN/mark/7/for Iran/PROPN/NNP/nsubj/7/Iran/GPE to/PART/TO/aux/7/to "
            "release/VERB/VB/advcl/3/release prisoners/NOUN/NNS/dobj/7/prisoner ./PUNCT/./punct/1/."
        )]

    assert ("REQUEST", ["RUS"], ["IRN"]) in coded("need")
    assert "REQUEST" not in {t for t, _, _ in coded("plan")}


def test_code_sentence_a_duty_the_speaker_names_is_a_request(code_table):
    mentions = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE said/VERB/VBD/ROOT/1/say it/PRON/PRP/nsubj/3/it was/AUX/VBD/ccomp/1/be "
        "the/DET/DT/det/5/the duty/NOUN/NN/attr/3/duty of/ADP/IN/prep/5/of Iran/PROPN/NNP/pobj/6/Iran/GPE "
        "to/PART/TO/aux/9/to release/VERB/VB/xcomp/3/release the/DET/DT/det/11/the prisoners/NOUN/NNS/dobj/9/prisoner "
        "./PUNCT/./punct/1/."
    )
    assert ("REQUEST", ["RUS"], ["IRN"]) in [
        (m.type, [a.country for a in m.actor], [a.country for a in m.recipient]) for m in mentions
    ]


def test_code_sentence_an_unlisted_organisation_is_a_party_of_its_kind(code_table):
    def coded(kind, ent="ORG"):
        return [(m.type, [(a.country, a.sector) for a in m.actor]) for m in code_table(
            "The/DET/DT/det/3/the Toronto/PROPN/NNP/compound/2/Toronto/ORG Transit/PROPN/NNP/compound/3/Transit/ORG "
            f"{kind}/PROPN/NNP/nsubj/4/{kind}/{ent} rejected/VERB/VBD/ROOT/4/reject the/DET/DT/det/6/the "
            "contract/NOUN/NN/dobj/4/contract ./PUNCT/./punct/4/."
        )]

    # its last word gives the sector, a place in its name the country
    assert coded("Commission") == [("REJECT", [("CAN", "GOV")])]
    assert coded("Union") == [("REJECT", [("CAN", "LAB")])]
    # a name of no listed kind, or one the parser does not call an organisation, is no one
    assert coded("Alliance") == []
    assert coded("Commission", ent="PERSON") == []


def test_code_sentence_a_later_they_is_the_plural_party_before_it(code_table):
    mentions = code_table(
        "The/DET/DT/det/1/the diplomat/NOUN/NN/nsubj/2/diplomat met/VERB/VBD/ROOT/2/meet the/DET/DT/det/4/the "
        "rebels/NOUN/NNS/dobj/2/rebel after/SCONJ/IN/mark/7/after they/PRON/PRP/nsubj/7/they "
        "rejected/VERB/VBD/advcl/2/reject the/DET/DT/det/9/the offer/NOUN/NN/dobj/7/offer ./PUNCT/./punct/2/."
    )
    # one diplomat is no "they": the rebels are
    assert [[(a.text, a.sector) for a in m.actor] for m in mentions if m.type == "REJECT"] == [[("they", "REB")]]


def test_code_sentence_the_main_clause_they_is_not_a_noun_of_its_own_sentence(code_table):
    mentions = code_table(
        "After/ADP/IN/prep/6/after meeting/VERB/VBG/pcomp/0/meet the/DET/DT/det/3/the rebels/NOUN/NNS/dobj/1/rebel "
        ",/PUNCT/,/punct/6/, they/PRON/PRP/nsubj/6/they rejected/VERB/VBD/ROOT/6/reject the/DET/DT/det/8/the "
        "offer/NOUN/NN/dobj/6/offer ./PUNCT/./punct/6/."
    )
    assert [m for m in mentions if m.type == "REJECT"] == []


def test_code_sentence_a_clause_of_time_is_no_content_of_an_offer(code_table):
    mentions = code_table(
        "The/DET/DT/det/1/the diplomat/NOUN/NN/nsubj/2/diplomat offered/VERB/VBD/ROOT/2/offer talks/NOUN/NNS/dobj/2/talk "
        "while/SCONJ/IN/mark/7/while the/DET/DT/det/6/the rebels/NOUN/NNS/nsubj/7/rebel attacked/VERB/VBD/advcl/2/attack "
        "the/DET/DT/det/9/the army/NOUN/NN/dobj/7/army ./PUNCT/./punct/2/."
    )
    assert [(m.type, m.status) for m in mentions if m.type == "ASSAULT"] == [("ASSAULT", "occurred")]


def test_code_sentence_an_event_in_an_after_clause_ranks_below_the_news(code_table):
    attack = "the/DET/DT/det/{0}/the rebels/NOUN/NNS/nsubj/{1}/rebel attacked/VERB/VBD/{2}/attack the/DET/DT/det/{3}/the army/NOUN/NN/dobj/{1}/army"
    alone = code_table(attack.format(1, 2, "ROOT/2", 4) + " ./PUNCT/./punct/2/.")
    after = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE called/VERB/VBD/ROOT/1/call for/ADP/IN/prep/1/for talks/NOUN/NNS/pobj/2/talk "
        "after/SCONJ/IN/mark/7/after " + attack.format(6, 7, "advcl/1", 9) + " ./PUNCT/./punct/1/."
    )
    told = {m.type: m.confidence for m in after}
    assert told["ASSAULT"] < [m.confidence for m in alone if m.type == "ASSAULT"][0]
    assert told["ASSAULT"] <= told["REQUEST"]


def test_code_sentence_a_possibility_only_asked_about_is_no_threat(code_table):
    def coded(marker):
        head = 5 if marker else 4
        words = f"{marker}/SCONJ/IN/mark/{head}/{marker} " if marker else ""
        return [(m.type, m.status) for m in code_table(
            f"Nobody/PRON/NN/nsubj/1/nobody knows/VERB/VBZ/ROOT/1/know {words}Iran/PROPN/NNP/nsubj/{head}/Iran/GPE "
            f"could/AUX/MD/aux/{head}/could attack/VERB/VB/ccomp/1/attack China/PROPN/NNP/dobj/{head}/China/GPE "
            "./PUNCT/./punct/1/."
        )]

    assert coded("") == [("THREATEN", "occurred")]  # "(nobody knows) Iran could attack China"
    assert coded("whether") == [("ASSAULT", "hypothetical")]
    assert coded("if") == [("ASSAULT", "hypothetical")]


def test_code_sentence_a_participle_with_a_by_agent_is_passive_whatever_its_subject_label(code_table):
    mentions = code_table(
        "The/DET/DT/det/1/the rebels/NOUN/NNS/nsubj/8/rebel who/PRON/WP/nsubj/4/who ,/PUNCT/,/punct/2/, "
        "supported/VERB/VBN/relcl/1/support by/ADP/IN/agent/4/by Russia/PROPN/NNP/pobj/5/Russia/GPE ,/PUNCT/,/punct/8/, "
        "attacked/VERB/VBD/ROOT/8/attack Iran/PROPN/NNP/dobj/8/Iran/GPE ./PUNCT/./punct/8/."
    )
    support = [m for m in mentions if m.type == "SUPPORT"]
    assert [[a.country for a in m.actor] for m in support] == [["RUS"]]
    assert [[a.sector for a in m.recipient] for m in support] == [["REB"]]


def test_code_sentence_the_subordinator_before_a_verb_is_not_its_particle(code_table):
    mentions = code_table(
        "There/PRON/EX/expl/1/there is/VERB/VBZ/ROOT/1/be talk/NOUN/NN/attr/1/talk for/SCONJ/IN/mark/7/for "
        "hundreds/NOUN/NNS/nsubj/7/hundred of/ADP/IN/prep/4/of rebels/NOUN/NNS/pobj/5/rebel "
        "pushed/VERB/VBN/acl/2/push out/ADP/IN/prep/7/out of/ADP/IN/prep/8/of Iran/PROPN/NNP/pobj/9/Iran/GPE ./PUNCT/./punct/1/."
    )
    assert [m.type for m in mentions if m.type == "REQUEST"] == []


def test_code_sentence_a_mandative_subjunctive_is_a_demand(code_table):
    def coded(verb, tag, governor="suggested/VERB/VBD/ROOT/1/suggest"):
        return [(m.type, m.status, [a.country for a in m.actor], [a.country for a in m.recipient]) for m in code_table(
            f"Russia/PROPN/NNP/nsubj/1/Russia/GPE {governor} that/SCONJ/IN/mark/4/that "
            f"Iran/PROPN/NNP/nsubj/4/Iran/GPE {verb}/VERB/{tag}/ccomp/1/attack China/PROPN/NNP/dobj/4/China/GPE "
            "./PUNCT/./punct/1/."
        )]

    # "Russia suggested that Iran attack China": asked for by Russia, not done by Iran
    assert coded("attack", "VB") == [("REQUEST", "occurred", ["RUS"], ["IRN"])]
    # "Russia said that Iran attacked China": reported as done
    assert coded("attacked", "VBD", governor="said/VERB/VBD/ROOT/1/say") == [("ASSAULT", "occurred", ["IRN"], ["CHN"])]
    # a bare verb after a verb that takes no subjunctive is no demand
    assert "REQUEST" not in [t for t, *_ in coded("attack", "VB", governor="helped/VERB/VBD/ROOT/1/help")]


def test_code_sentence_a_counted_headline_subject_is_killed_not_killing(parse, coder, state):
    def coded(subject_rows, *, is_title=True):
        doc = parse(
            f"{subject_rows} killed/VERB/VBD/ROOT/2/kill in/ADP/IN/prep/2/in Iran/PROPN/NNP/pobj/3/Iran/GPE"
        )
        return [(m.type, [a.text for a in m.actor], [a.text for a in m.recipient]) for m in code_sentence(
            next(iter(doc.sents)), sentence_index=0, coder=coder, state=state(), is_title=is_title
        )]

    # "Two troops killed in Iran": the headline drops "were"; the troops are the victims
    assert coded("Two/NUM/CD/nummod/1/two troops/NOUN/NNS/nsubj/2/troop") == [("ASSAULT", ["killed"], ["Two troops"])]
    # a body sentence keeps its voice, and so does an uncounted headline subject
    assert coded("Two/NUM/CD/nummod/1/two troops/NOUN/NNS/nsubj/2/troop", is_title=False)[0][1] == ["Two troops"]
    assert coded("The/DET/DT/det/1/the troops/NOUN/NNS/nsubj/2/troop")[0][1] == ["The troops"]


def test_code_sentence_a_capital_before_a_place_noun_is_where_not_who(code_table):
    def actors(rows, head):
        mentions = code_table(
            f"The/DET/DT/det/{head}/the {rows} killed/VERB/VBD/ROOT/{head + 1}/kill five/NUM/CD/dobj/{head + 1}/five "
            f"./PUNCT/./punct/{head + 1}/."
        )
        return {a.text for m in mentions for a in m.actor}

    # "The Moscow market attack": Moscow says where; "the Moscow attack" may be Moscow's
    assert "Moscow" not in actors(
        "Moscow/PROPN/NNP/compound/3/Moscow/GPE market/NOUN/NN/compound/3/market attack/NOUN/NN/nsubj/4/attack", 3
    )
    assert "Moscow" in actors("Moscow/PROPN/NNP/compound/2/Moscow/GPE attack/NOUN/NN/nsubj/3/attack", 2)


def test_code_sentence_a_yes_no_question_tells_no_event(code_table):
    asked = code_table(
        "Did/AUX/VBD/aux/2/do Russia/PROPN/NNP/nsubj/2/Russia/GPE attack/VERB/VB/ROOT/2/attack "
        "Iran/PROPN/NNP/dobj/2/Iran/GPE ?/PUNCT/./punct/2/?"
    )
    assert [(m.type, m.status) for m in asked] == [("ASSAULT", "hypothetical")]
    # "Why did Russia attack Iran?" takes the attack as given
    why = code_table(
        "Why/ADV/WRB/advmod/3/why did/AUX/VBD/aux/3/do Russia/PROPN/NNP/nsubj/3/Russia/GPE attack/VERB/VB/ROOT/3/attack "
        "Iran/PROPN/NNP/dobj/3/Iran/GPE ?/PUNCT/./punct/3/?"
    )
    assert [(m.type, m.status) for m in why] == [("ASSAULT", "occurred")]


def test_code_sentence_an_attack_blamed_on_a_party_is_its_act(code_table):
    mentions = code_table(
        "The/DET/DT/det/1/the attacks/NOUN/NNS/nsubjpass/3/attack were/AUX/VBD/auxpass/3/be blamed/VERB/VBN/ROOT/3/blame "
        "on/ADP/IN/prep/3/on the/DET/DT/det/6/the rebels/NOUN/NNS/pobj/4/rebel ./PUNCT/./punct/3/."
    )
    assert [(m.type, [a.sector for a in m.actor]) for m in mentions if m.type == "ASSAULT"] == [("ASSAULT", ["REB"])]
    accused = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE blamed/VERB/VBD/ROOT/1/blame the/DET/DT/det/3/the attacks/NOUN/NNS/dobj/1/attack "
        "on/ADP/IN/prep/1/on Iran/PROPN/NNP/pobj/4/Iran/GPE ./PUNCT/./punct/1/."
    )
    assert ("ACCUSE", ["RUS"], ["IRN"]) in [
        (m.type, [a.country for a in m.actor], [a.country for a in m.recipient]) for m in accused
    ]


def test_code_sentence_a_terrorist_threat_is_a_danger_not_a_threat_made(code_table):
    mentions = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE sees/VERB/VBZ/ROOT/1/see the/DET/DT/det/3/the rebels/NOUN/NNS/dobj/1/rebel "
        "as/ADP/IN/prep/1/as a/DET/DT/det/7/a terrorist/ADJ/JJ/amod/7/terrorist threat/NOUN/NN/pobj/4/threat "
        "./PUNCT/./punct/1/."
    )
    assert [m for m in mentions if m.type == "THREATEN" and any(a.sector == "REB" for a in m.actor)] == []
