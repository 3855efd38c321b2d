"""Word classes of the cooperation trigger dictionary, on hand-built parses.

Each case is a sentence written for this test (not taken from any evaluation data), the
event type and mode it must give, the recipients' countries it must find, and the types
it must not give.
"""

from __future__ import annotations

import pytest

from legation.coding import code_sentence

# word/POS/TAG/dep/head/lemma[/ENT]
CASES = [
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE apologised/VERB/VBD/ROOT/1/apologise to/ADP/IN/prep/1/to "
        "China/PROPN/NNP/pobj/2/China/GPE ./PUNCT/./punct/1/.",
        ("CONCEDE", None),
        {"CHN"},
        id="apology-is-a-concession",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE pardoned/VERB/VBD/ROOT/1/pardon the/DET/DT/det/4/the "
        "American/ADJ/JJ/amod/4/american/NORP prisoners/NOUN/NNS/dobj/1/prisoner ./PUNCT/./punct/1/.",
        ("CONCEDE", None),
        {"USA"},
        id="pardon-is-a-concession",
    ),
    pytest.param(
        "The/DET/DT/det/1/the resignation/NOUN/NN/nsubjpass/6/resignation of/ADP/IN/prep/1/of "
        "Xi/PROPN/NNP/compound/4/Xi Jinping/PROPN/NNP/pobj/2/Jinping/PERSON was/AUX/VBD/auxpass/6/be "
        "announced/VERB/VBN/ROOT/6/announce ./PUNCT/./punct/6/.",
        ("RETREAT", "resign"),
        set(),
        id="resignation-of-a-leader",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE brokered/VERB/VBD/ROOT/1/broker a/DET/DT/det/3/a "
        "truce/NOUN/NN/dobj/1/truce between/ADP/IN/prep/3/between Russia/PROPN/NNP/pobj/4/Russia/GPE "
        "and/CCONJ/CC/cc/5/and Iran/PROPN/NNP/conj/5/Iran/GPE ./PUNCT/./punct/1/.",
        ("AGREE", None),
        {"RUS", "IRN"},
        id="brokered-truce-between-parties",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE achieved/VERB/VBD/ROOT/1/achieve a/DET/DT/det/3/a "
        "settlement/NOUN/NN/dobj/1/settlement with/ADP/IN/prep/1/with China/PROPN/NNP/pobj/4/China/GPE "
        "./PUNCT/./punct/1/.",
        ("AGREE", None),
        {"CHN"},
        id="achieved-settlement",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE worked/VERB/VBD/ROOT/1/work out/ADP/RP/prt/1/out a/DET/DT/det/4/a "
        "compromise/NOUN/NN/dobj/1/compromise with/ADP/IN/prep/1/with China/PROPN/NNP/pobj/5/China/GPE "
        "./PUNCT/./punct/1/.",
        ("AGREE", None),
        {"CHN"},
        id="worked-out-compromise",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE opened/VERB/VBD/ROOT/1/open an/DET/DT/det/3/an "
        "embassy/NOUN/NN/dobj/1/embassy in/ADP/IN/prep/3/in Iran/PROPN/NNP/pobj/4/Iran/GPE "
        "./PUNCT/./punct/1/.",
        ("SUPPORT", None),
        {"IRN"},
        id="embassy-opened-in-country",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE swapped/VERB/VBD/ROOT/1/swap prisoners/NOUN/NNS/dobj/1/prisoner "
        "with/ADP/IN/prep/1/with China/PROPN/NNP/pobj/3/China/GPE ./PUNCT/./punct/1/.",
        ("RETREAT", "release"),
        {"CHN"},
        id="prisoner-swap",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE reopened/VERB/VBD/ROOT/1/reopen its/PRON/PRP$/poss/3/its "
        "border/NOUN/NN/dobj/1/border to/ADP/IN/prep/1/to Iranian/ADJ/JJ/amod/6/Iranian/NORP "
        "traders/NOUN/NNS/pobj/4/trader ./PUNCT/./punct/1/.",
        ("RETREAT", None),
        {"IRN"},
        id="border-reopened",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE admitted/VERB/VBD/ROOT/1/admit Chinese/ADJ/JJ/amod/3/Chinese/NORP "
        "inspectors/NOUN/NNS/dobj/1/inspector ./PUNCT/./punct/1/.",
        ("RETREAT", "access"),
        {"CHN"},
        id="inspectors-admitted",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE permitted/VERB/VBD/ROOT/1/permit aid/NOUN/NN/compound/3/aid "
        "deliveries/NOUN/NNS/dobj/1/delivery to/ADP/IN/prep/1/to Iran/PROPN/NNP/pobj/4/Iran/GPE "
        "./PUNCT/./punct/1/.",
        ("RETREAT", "access"),
        {"IRN"},
        id="aid-deliveries-permitted",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE granted/VERB/VBD/ROOT/1/grant an/DET/DT/det/3/an "
        "amnesty/NOUN/NN/dobj/1/amnesty to/ADP/IN/prep/1/to Iranian/ADJ/JJ/amod/6/Iranian/NORP "
        "prisoners/NOUN/NNS/pobj/4/prisoner ./PUNCT/./punct/1/.",
        ("CONCEDE", None),
        {"IRN"},
        id="amnesty-granted",
    ),
]

NOT_EVENTS = [
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE opened/VERB/VBD/ROOT/1/open a/DET/DT/det/3/a "
        "factory/NOUN/NN/dobj/1/factory ./PUNCT/./punct/1/.",
        "RETREAT",
        id="opening-a-factory",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE exchanged/VERB/VBD/ROOT/1/exchange views/NOUN/NNS/dobj/1/view "
        "./PUNCT/./punct/1/.",
        "RETREAT",
        id="exchanging-views",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE achieved/VERB/VBD/ROOT/1/achieve growth/NOUN/NN/dobj/1/growth "
        "./PUNCT/./punct/1/.",
        "AGREE",
        id="achieving-growth",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE restored/VERB/VBD/ROOT/1/restore the/DET/DT/det/3/the "
        "bridge/NOUN/NN/dobj/1/bridge ./PUNCT/./punct/1/.",
        "SUPPORT",
        id="restoring-a-bridge",
    ),
]


@pytest.mark.parametrize(("table", "expected", "recipients"), CASES)
def test_cooperation_triggers_code_word_class(table, expected, recipients, parse, coder, state):
    doc = parse(table)
    mentions = code_sentence(next(iter(doc.sents)), sentence_index=1, coder=coder, state=state())
    found = [(m.type, m.mode) for m in mentions]
    assert expected in found, found
    mention = next(m for m in mentions if (m.type, m.mode) == expected)
    assert {a.country for a in mention.recipient} == recipients, mention.recipient


@pytest.mark.parametrize(("table", "absent"), NOT_EVENTS)
def test_cooperation_triggers_skip_other_senses(table, absent, parse, coder, state):
    doc = parse(table)
    mentions = code_sentence(next(iter(doc.sents)), sentence_index=1, coder=coder, state=state())
    assert absent not in {m.type for m in mentions}, [(m.type, m.rule_id) for m in mentions]
