"""The coder on hand-built parses: arguments, voice, nominal events, status and dates."""

from __future__ import annotations

from datetime import date

import pytest

from legation.coding import code_sentence

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
