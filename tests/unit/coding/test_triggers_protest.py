"""Protest vocabulary of the conflict trigger dictionary, on hand-built parses.

Each case is a sentence written for this test (not taken from any evaluation data), the
event type and mode it must give, and the types it must not give.
"""

from __future__ import annotations

import pytest
from trigger_checks import assert_codes, assert_skips

from legation.coding import code_sentence

# word/POS/TAG/dep/head/lemma[/ENT]
CASES = [
    pytest.param(
        "The/DET/DT/det/1/the farmers/NOUN/NNS/poss/3/farmer '/PART/POS/case/1/' agitation/NOUN/NN/nsubj/4/agitation "
        "entered/VERB/VBD/ROOT/4/enter its/PRON/PRP$/poss/7/its third/ADJ/JJ/amod/7/third day/NOUN/NN/dobj/4/day "
        "./PUNCT/./punct/4/.",
        ("PROTEST", "demo"),
        ("ASSAULT",),
        id="agitation-as-protest-campaign",
    ),
    pytest.param(
        "Agitators/NOUN/NNS/nsubj/1/agitator shouted/VERB/VBD/ROOT/1/shout at/ADP/IN/prep/1/at "
        "the/DET/DT/det/4/the minister/NOUN/NN/pobj/2/minister ./PUNCT/./punct/1/.",
        ("PROTEST", "demo"),
        (),
        id="agitators-imply-a-protest",
    ),
    pytest.param(
        "Picketing/NOUN/NN/nsubj/1/picketing continued/VERB/VBD/ROOT/1/continue outside/ADP/IN/prep/1/outside "
        "the/DET/DT/det/4/the depot/NOUN/NN/pobj/2/depot ./PUNCT/./punct/1/.",
        ("PROTEST", "demo"),
        (),
        id="picketing-noun",
    ),
    pytest.param(
        "Two/NUM/CD/nummod/1/two activists/NOUN/NNS/nsubj/2/activist began/VERB/VBD/ROOT/2/begin a/DET/DT/det/6/a "
        "fast/ADJ/JJ/amod/6/fast unto/ADP/IN/amod/6/unto death/NOUN/NN/dobj/2/death ./PUNCT/./punct/2/.",
        ("PROTEST", "strike"),
        ("ASSAULT",),
        id="fast-unto-death",
    ),
    pytest.param(
        "A/DET/DT/det/2/a class/NOUN/NN/compound/2/class boycott/NOUN/NN/nsubj/3/boycott "
        "paralysed/VERB/VBD/ROOT/3/paralyse the/DET/DT/det/5/the campus/NOUN/NN/dobj/3/campus ./PUNCT/./punct/3/.",
        ("PROTEST", "boycott"),
        (),
        id="class-boycott-without-its-makers",
    ),
    pytest.param(
        "Road/NOUN/NN/compound/1/road blockades/NOUN/NNS/nsubj/2/blockade cut/VERB/VBD/ROOT/2/cut "
        "off/ADP/RP/prt/2/off the/DET/DT/det/5/the town/NOUN/NN/dobj/2/town ./PUNCT/./punct/2/.",
        ("PROTEST", "obstruct"),
        (),
        id="road-blockades",
    ),
    pytest.param(
        "Officers/NOUN/NNS/nsubj/1/officer staged/VERB/VBD/ROOT/1/stage a/DET/DT/det/4/a blue/ADJ/JJ/amod/4/blue "
        "flu/NOUN/NN/dobj/1/flu ./PUNCT/./punct/1/.",
        ("PROTEST", "strike"),
        (),
        id="blue-flu-sickout",
    ),
    pytest.param(
        "The/DET/DT/det/1/the tool/NOUN/NN/compound/3/tool -/PUNCT/HYPH/punct/3/- down/NOUN/NN/nsubj/4/down "
        "entered/VERB/VBD/ROOT/4/enter a/DET/DT/det/7/a second/ADJ/JJ/amod/7/second week/NOUN/NN/dobj/4/week "
        "./PUNCT/./punct/4/.",
        ("PROTEST", "strike"),
        (),
        id="hyphenated-tool-down",
    ),
    pytest.param(
        "Teachers/NOUN/NNS/nsubj/1/teacher began/VERB/VBD/ROOT/1/begin a/DET/DT/det/6/a national/ADJ/JJ/amod/6/national "
        "go/NOUN/NN/amod/6/go -/PUNCT/HYPH/punct/6/- slow/ADJ/JJ/dobj/1/slow ./PUNCT/./punct/1/.",
        ("PROTEST", "strike"),
        (),
        id="go-slow-tagged-as-an-adjective",
    ),
    pytest.param(
        "Thousands/NOUN/NNS/nsubj/1/thousand rallied/VERB/VBD/ROOT/1/rally outside/ADJ/JJ/amod/3/outside "
        "parliament/NOUN/NN/dobj/1/parliament ./PUNCT/./punct/1/.",
        ("PROTEST", "demo"),
        (),
        id="rallied-outside-parliament-parsed-as-an-object",
    ),
    pytest.param(
        "Protests/NOUN/NNS/nsubj/2/protest could/AUX/MD/aux/2/could erupt/VERB/VB/ROOT/2/erupt again/ADV/RB/advmod/2/again "
        "./PUNCT/./punct/2/.",
        ("PROTEST", "demo"),
        (),
        id="protests-could-erupt-is-one-possible-event",
    ),
]

NOT_EVENTS = [
    pytest.param(
        "Troops/NOUN/NNS/nsubj/1/troops marched/VERB/VBD/ROOT/1/march into/ADP/IN/prep/1/into "
        "the/DET/DT/det/4/the town/NOUN/NN/pobj/2/town ./PUNCT/./punct/1/.",
        "PROTEST",
        id="troops-marching-is-no-protest-march",
    ),
    pytest.param(
        "Analysts/NOUN/NNS/nsubj/1/analyst expect/VERB/VBP/ROOT/1/expect more/ADJ/JJR/amod/3/more "
        "strikes/NOUN/NNS/dobj/1/strike ./PUNCT/./punct/1/.",
        "PROTEST",
        id="more-strikes-expected-is-no-strike",
    ),
    pytest.param(
        "The/DET/DT/det/1/the patient/NOUN/NN/nsubj/2/patient showed/VERB/VBD/ROOT/2/show signs/NOUN/NNS/dobj/2/sign "
        "of/ADP/IN/prep/3/of agitation/NOUN/NN/pobj/4/agitation ./PUNCT/./punct/2/.",
        "PROTEST",
        id="signs-of-agitation-is-a-state-of-mind",
    ),
    pytest.param(
        "Residents/NOUN/NNS/nsubj/1/resident stayed/VERB/VBD/ROOT/1/stay away/ADV/RB/advmod/1/away "
        "from/ADP/IN/prep/2/from the/DET/DT/det/5/the area/NOUN/NN/pobj/3/area ./PUNCT/./punct/1/.",
        "PROTEST",
        id="staying-away-from-danger",
    ),
    pytest.param(
        "The/DET/DT/det/1/the firm/NOUN/NN/nsubj/2/firm demonstrated/VERB/VBD/ROOT/2/demonstrate its/PRON/PRP$/poss/5/its "
        "new/ADJ/JJ/amod/5/new system/NOUN/NN/dobj/2/system ./PUNCT/./punct/2/.",
        "PROTEST",
        id="demonstrated-a-system",
    ),
    pytest.param(
        "She/PRON/PRP/nsubj/1/she demonstrated/VERB/VBD/ROOT/1/demonstrate how/SCONJ/WRB/advmod/5/how the/DET/DT/det/4/the "
        "plan/NOUN/NN/nsubj/5/plan works/VERB/VBZ/ccomp/1/work ./PUNCT/./punct/1/.",
        "PROTEST",
        id="demonstrated-how-it-works",
    ),
    pytest.param(
        "Investors/NOUN/NNS/nsubj/1/investor welcomed/VERB/VBD/ROOT/1/welcome a/DET/DT/det/3/a rally/NOUN/NN/dobj/1/rally "
        "that/PRON/WDT/nsubj/5/that added/VERB/VBD/relcl/3/add 6/NUM/CD/nummod/7/6 percent/NOUN/NN/dobj/5/percent "
        "./PUNCT/./punct/1/.",
        "PROTEST",
        id="market-rally",
    ),
    pytest.param(
        "Stocks/NOUN/NNS/nsubj/1/stock rallied/VERB/VBD/ROOT/1/rally on/ADP/IN/prep/1/on Monday/PROPN/NNP/pobj/2/Monday/DATE "
        "./PUNCT/./punct/1/.",
        "PROTEST",
        id="stocks-rallied",
    ),
    pytest.param(
        "Strikes/NOUN/NNS/nsubj/2/strike could/AUX/MD/aux/2/could hurt/VERB/VB/ROOT/2/hurt the/DET/DT/det/4/the "
        "economy/NOUN/NN/dobj/2/economy ./PUNCT/./punct/2/.",
        "PROTEST",
        id="what-strikes-in-general-could-do",
    ),
    pytest.param(
        "He/PRON/PRP/nsubjpass/2/he was/AUX/VBD/auxpass/2/be convicted/VERB/VBN/ROOT/2/convict of/ADP/IN/prep/2/of "
        "obstructing/VERB/VBG/pcomp/3/obstruct the/DET/DT/det/6/the investigation/NOUN/NN/dobj/4/investigation "
        "./PUNCT/./punct/2/.",
        "PROTEST",
        id="obstructing-an-investigation",
    ),
]


@pytest.mark.parametrize(("table", "expected", "absent"), CASES)
def test_protest_triggers_code_word_class(table, expected, absent, code_table):
    assert_codes(code_table(table), expected, absent)


@pytest.mark.parametrize(("table", "absent"), NOT_EVENTS)
def test_protest_triggers_skip_other_senses(table, absent, code_table):
    assert_skips(code_table(table), absent)


AIR_STRIKES = (
    "Russia/PROPN/NNP/nsubj/1/Russia/GPE launched/VERB/VBD/ROOT/1/launch air/NOUN/NN/compound/3/air "
    "strikes/NOUN/NNS/dobj/1/strike on/ADP/IN/prep/1/on Tuesday/PROPN/NNP/pobj/4/Tuesday/DATE ./PUNCT/./punct/1/."
)
THE_STRIKES = (
    "The/DET/DT/det/1/the strikes/NOUN/NNS/nsubj/2/strike destroyed/VERB/VBD/ROOT/2/destroy "
    "the/DET/DT/det/4/the depot/NOUN/NN/dobj/2/depot ./PUNCT/./punct/2/."
)


def test_the_strikes_after_air_strikes_are_no_walkout(parse, coder, state):
    article = state()
    first = code_sentence(next(iter(parse(AIR_STRIKES).sents)), sentence_index=1, coder=coder, state=article)
    assert "ASSAULT" in {m.type for m in first}
    later = code_sentence(next(iter(parse(THE_STRIKES).sents)), sentence_index=2, coder=coder, state=article)
    assert_skips(later, "PROTEST")
    # the same sentence in a story with no armed strikes is a walkout
    assert_codes(code_sentence(next(iter(parse(THE_STRIKES).sents)), sentence_index=2, coder=coder,
                               state=state()), ("PROTEST", "strike"))


def test_a_crowd_verb_in_a_verbless_parse_is_active(code_table):
    # the parser made "protesters" the root and "gathered" a passive-looking participle
    mentions = code_table(
        "In/ADP/IN/prep/3/in Moscow/PROPN/NNP/pobj/0/Moscow/GPE ,/PUNCT/,/punct/3/, protesters/NOUN/NNS/ROOT/3/protester "
        "gathered/VERB/VBN/acl/3/gather ./PUNCT/./punct/3/."
    )
    assert "protest.gather" in {m.rule_id for m in mentions}, [(m.type, m.rule_id) for m in mentions]


def test_a_protest_in_defiance_of_a_party_targets_it(code_table):
    # not the government of the place (China), as an unnamed target would be
    mentions = code_table(
        "Protesters/NOUN/NNS/nsubj/1/protester marched/VERB/VBD/ROOT/1/march in/ADP/IN/prep/1/in "
        "Beijing/PROPN/NNP/pobj/2/Beijing/GPE in/ADP/IN/prep/1/in defiance/NOUN/NN/pobj/4/defiance of/ADP/IN/prep/5/of "
        "Russia/PROPN/NNP/pobj/6/Russia/GPE ./PUNCT/./punct/1/."
    )
    march = next(m for m in mentions if m.rule_id == "protest.march")
    assert [a.country for a in march.recipient] == ["RUS"]
