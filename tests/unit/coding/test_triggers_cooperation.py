"""Word classes of the cooperation trigger dictionary, on hand-built parses.

Each case is a sentence written for this test (not taken from any evaluation data), the
event type and mode it must give, the recipients' countries it must find, and the types
it must not give.
"""

from __future__ import annotations

import pytest
from trigger_checks import assert_codes, assert_skips

# word/POS/TAG/dep/head/lemma[/ENT]
CASES = [
    pytest.param(
        "The/DET/DT/det/1/the curfew/NOUN/NN/nsubjpass/3/curfew was/AUX/VBD/auxpass/3/be lifted/VERB/VBN/ROOT/3/lift "
        "in/ADP/IN/prep/3/in Moscow/PROPN/NNP/pobj/4/Moscow/GPE ./PUNCT/./punct/3/.",
        ("CONCEDE", None),
        {"RUS"},
        id="a-curfew-lifted-by-no-one-named-is-the-authorities-concession",
    ),
    pytest.param(
        "Xi_Jinping/PROPN/NNP/nsubj/2/Xi_Jinping/PERSON has/AUX/VBZ/aux/2/have given/VERB/VBN/ROOT/2/give "
        "up/ADP/RP/prt/2/up his/PRON/PRP$/poss/5/his duties/NOUN/NNS/dobj/2/duty ./PUNCT/./punct/2/.",
        ("RETREAT", "resign"),
        set(),
        id="giving-up-ones-duties-is-resigning",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE sent/VERB/VBD/ROOT/1/send rescue/NOUN/NN/compound/3/rescue "
        "teams/NOUN/NNS/dobj/1/team to/ADP/IN/prep/1/to China/PROPN/NNP/pobj/4/China/GPE ./PUNCT/./punct/1/.",
        ("AID", None),
        {"CHN"},
        id="rescue-teams-sent-are-aid-not-envoys",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE sent/VERB/VBD/ROOT/1/send a/DET/DT/det/3/a team/NOUN/NN/dobj/1/team "
        "to/ADP/IN/prep/1/to China/PROPN/NNP/pobj/4/China/GPE ./PUNCT/./punct/1/.",
        ("CONSULT", "visit"),
        {"CHN"},
        id="a-team-sent-is-an-envoy",
    ),
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
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE settled/VERB/VBD/ROOT/1/settle its/PRON/PRP$/poss/4/its "
        "border/NOUN/NN/compound/4/border dispute/NOUN/NN/dobj/1/dispute with/ADP/IN/prep/4/with "
        "Russia/PROPN/NNP/pobj/5/Russia/GPE ./PUNCT/./punct/1/.",
        ("AGREE", None),
        {"RUS"},
        id="dispute-settled",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE granted/VERB/VBD/ROOT/1/grant diplomatic/ADJ/JJ/amod/3/diplomatic "
        "recognition/NOUN/NN/dobj/1/recognition to/ADP/IN/dative/1/to China/PROPN/NNP/pobj/4/China/GPE "
        "./PUNCT/./punct/1/.",
        ("SUPPORT", None),
        {"CHN"},
        id="recognition-granted",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE voiced/VERB/VBD/ROOT/1/voice support/NOUN/NN/dobj/1/support "
        "for/ADP/IN/prep/2/for the/DET/DT/det/6/the Chinese/ADJ/JJ/amod/6/chinese/NORP "
        "proposal/NOUN/NN/pobj/3/proposal ./PUNCT/./punct/1/.",
        ("SUPPORT", None),
        {"CHN"},
        id="support-voiced-for",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/2/China/GPE has/AUX/VBZ/aux/2/have committed/VERB/VBN/ROOT/2/commit "
        "to/ADP/IN/prep/2/to reforms/NOUN/NNS/pobj/3/reform ./PUNCT/./punct/2/.",
        ("AGREE", None),
        set(),
        id="committed-to",
    ),
    pytest.param(
        "The/DET/DT/det/2/the/ORG United/PROPN/NNP/compound/2/United/ORG Nations/PROPN/NNP/nsubj/3/Nations/ORG "
        "approved/VERB/VBD/ROOT/3/approve a/DET/DT/det/5/a loan/NOUN/NN/dobj/3/loan to/ADP/IN/prep/3/to "
        "Iran/PROPN/NNP/pobj/6/Iran/GPE ./PUNCT/./punct/3/.",
        ("AID", None),
        {"IRN"},
        id="loan-approved",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE sent/VERB/VBD/ROOT/1/send peacekeepers/NOUN/NNS/dobj/1/peacekeeper "
        "to/ADP/IN/dative/1/to Iran/PROPN/NNP/pobj/3/Iran/GPE ./PUNCT/./punct/1/.",
        ("AID", None),
        {"IRN"},
        id="peacekeepers-sent",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE backed/VERB/VBD/ROOT/1/back down/ADP/RP/prt/1/down "
        "./PUNCT/./punct/1/.",
        ("CONCEDE", None),
        set(),
        id="backed-down",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE acquitted/VERB/VBD/ROOT/1/acquit the/DET/DT/det/4/the "
        "Chinese/ADJ/JJ/amod/4/chinese/NORP journalist/NOUN/NN/dobj/1/journalist ./PUNCT/./punct/1/.",
        ("CONCEDE", None),
        {"CHN"},
        id="acquittal-is-a-concession",
    ),
    pytest.param(
        "The/DET/DT/det/2/the Chinese/ADJ/JJ/amod/2/chinese/NORP union/NOUN/NN/nsubj/3/union "
        "called/VERB/VBD/ROOT/3/call off/ADP/RP/prt/3/off the/DET/DT/det/6/the "
        "strike/NOUN/NN/dobj/3/strike ./PUNCT/./punct/3/.",
        ("CONCEDE", None),
        set(),
        id="strike-called-off",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE accepted/VERB/VBD/ROOT/1/accept the/DET/DT/det/4/the "
        "Chinese/ADJ/JJ/amod/4/chinese/NORP demands/NOUN/NNS/dobj/1/demand ./PUNCT/./punct/1/.",
        ("CONCEDE", None),
        {"CHN"},
        id="demands-accepted",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE legalised/VERB/VBD/ROOT/1/legalise "
        "opposition/NOUN/NN/compound/3/opposition parties/NOUN/NNS/dobj/1/party ./PUNCT/./punct/1/.",
        ("CONCEDE", None),
        set(),
        id="parties-legalised",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE trained/VERB/VBD/ROOT/1/train "
        "Iranian/ADJ/JJ/amod/3/iranian/NORP soldiers/NOUN/NNS/dobj/1/soldier ./PUNCT/./punct/1/.",
        ("AID", None),
        {"IRN"},
        id="soldiers-trained",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE deployed/VERB/VBD/ROOT/1/deploy "
        "peacekeepers/NOUN/NNS/dobj/1/peacekeeper to/ADP/IN/prep/1/to Iran/PROPN/NNP/pobj/3/Iran/GPE "
        "./PUNCT/./punct/1/.",
        ("AID", None),
        {"IRN"},
        id="peacekeepers-deployed",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE resumed/VERB/VBD/ROOT/1/resume trade/NOUN/NN/dobj/1/trade "
        "with/ADP/IN/prep/2/with Iran/PROPN/NNP/pobj/3/Iran/GPE ./PUNCT/./punct/1/.",
        ("COOPERATE", None),
        {"IRN"},
        id="trade-resumed",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE hosts/VERB/VBZ/ROOT/1/host many/ADJ/JJ/amod/4/many "
        "Chinese/ADJ/JJ/amod/4/chinese/NORP refugees/NOUN/NNS/dobj/1/refugee ./PUNCT/./punct/1/.",
        ("AID", None),
        {"CHN"},
        id="hosting-refugees-is-aid",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/3/Russia/GPE will/AUX/MD/aux/3/will not/PART/RB/neg/3/not "
        "accept/VERB/VB/ROOT/3/accept more/ADJ/JJR/amod/6/more Iranian/ADJ/JJ/amod/6/iranian/NORP "
        "refugees/NOUN/NNS/dobj/3/refugee ./PUNCT/./punct/3/.",
        ("REJECT", None),
        {"IRN"},
        id="refusing-refugees-is-a-rejection",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE funded/VERB/VBD/ROOT/1/fund Russian/ADJ/JJ/amod/3/russian/NORP "
        "militias/NOUN/NNS/dobj/1/militia ./PUNCT/./punct/1/.",
        ("AID", None),
        {"RUS"},
        id="funding-a-party",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE lent/VERB/VBD/ROOT/1/lend Iran/PROPN/NNP/dative/1/Iran/GPE "
        "two/NUM/CD/compound/4/two billion/NUM/CD/nummod/5/billion dollars/NOUN/NNS/dobj/1/dollar "
        "./PUNCT/./punct/1/.",
        ("AID", None),
        {"IRN"},
        id="money-lent",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE lent/VERB/VBD/ROOT/1/lend its/PRON/PRP$/poss/3/its "
        "support/NOUN/NN/dobj/1/support to/ADP/IN/prep/1/to China/PROPN/NNP/pobj/4/China/GPE "
        "./PUNCT/./punct/1/.",
        ("SUPPORT", None),
        {"CHN"},
        id="support-lent",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE paid/VERB/VBD/ROOT/1/pay tribute/NOUN/NN/dobj/1/tribute "
        "to/ADP/IN/prep/2/to China/PROPN/NNP/pobj/3/China/GPE ./PUNCT/./punct/1/.",
        ("SUPPORT", None),
        {"CHN"},
        id="tribute-paid",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE expressed/VERB/VBD/ROOT/1/express regret/NOUN/NN/dobj/1/regret "
        "over/ADP/IN/prep/2/over the/DET/DT/det/5/the incident/NOUN/NN/pobj/3/incident ./PUNCT/./punct/1/.",
        ("CONCEDE", None),
        set(),
        id="regret-expressed",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/2/Iran/GPE deeply/ADV/RB/advmod/2/deeply regretted/VERB/VBD/ROOT/2/regret "
        "the/DET/DT/det/4/the incident/NOUN/NN/dobj/2/incident ./PUNCT/./punct/2/.",
        ("CONCEDE", None),
        set(),
        id="incident-regretted",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE admitted/VERB/VBD/ROOT/1/admit serious/ADJ/JJ/amod/3/serious "
        "mistakes/NOUN/NNS/dobj/1/mistake ./PUNCT/./punct/1/.",
        ("CONCEDE", None),
        set(),
        id="mistakes-admitted",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE reduced/VERB/VBD/ROOT/1/reduce its/PRON/PRP$/poss/3/its "
        "troops/NOUN/NNS/dobj/1/troop in/ADP/IN/prep/1/in Iran/PROPN/NNP/pobj/4/Iran/GPE ./PUNCT/./punct/1/.",
        ("RETREAT", "withdraw"),
        {"IRN"},
        id="troops-reduced",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE teamed/VERB/VBD/ROOT/1/team up/ADP/RP/prt/1/up "
        "with/ADP/IN/prep/1/with China/PROPN/NNP/pobj/3/China/GPE ./PUNCT/./punct/1/.",
        ("COOPERATE", None),
        {"CHN"},
        id="teamed-up-with",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE welcomed/VERB/VBD/ROOT/1/welcome China/PROPN/NNP/poss/4/China/GPE "
        "'s/PART/POS/case/2/'s decision/NOUN/NN/dobj/1/decision ./PUNCT/./punct/1/.",
        ("SUPPORT", None),
        {"CHN"},
        id="decision-welcomed",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE dropped/VERB/VBD/ROOT/1/drop its/PRON/PRP$/poss/3/its "
        "demand/NOUN/NN/dobj/1/demand for/ADP/IN/prep/3/for elections/NOUN/NNS/pobj/4/election ./PUNCT/./punct/1/.",
        ("CONCEDE", None),
        set(),
        id="dropped-its-demand",
    ),
    pytest.param(
        "Protesters/NOUN/NNS/nsubj/1/protester ended/VERB/VBD/ROOT/1/end their/PRON/PRP$/poss/3/their "
        "protest/NOUN/NN/dobj/1/protest ./PUNCT/./punct/1/.",
        ("CONCEDE", None),
        set(),
        id="protesters-ended-their-protest",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE nominated/VERB/VBD/ROOT/1/nominate Xi/PROPN/NNP/compound/3/Xi "
        "Jinping/PROPN/NNP/dobj/1/Jinping/PERSON as/ADP/IN/prep/1/as president/NOUN/NN/pobj/4/president "
        "./PUNCT/./punct/1/.",
        ("SUPPORT", None),
        {"CHN"},
        id="nominated-a-person",
    ),
]

NOT_EVENTS = [
    pytest.param(
        "Chinese/ADJ/JJ/amod/1/chinese/NORP factories/NOUN/NNS/nsubj/2/factory "
        "struggled/VERB/VBD/ROOT/2/struggle to/PART/TO/aux/4/to meet/VERB/VB/xcomp/2/meet "
        "demand/NOUN/NN/dobj/4/demand ./PUNCT/./punct/2/.",
        "CONCEDE",
        id="meeting-market-demand",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE committed/VERB/VBD/ROOT/1/commit a/DET/DT/det/3/a "
        "crime/NOUN/NN/dobj/1/crime ./PUNCT/./punct/1/.",
        "AGREE",
        id="committing-a-crime",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE has/VERB/VBZ/ROOT/1/have the/DET/DT/det/3/the "
        "support/NOUN/NN/dobj/1/support of/ADP/IN/prep/3/of China/PROPN/NNP/pobj/4/China/GPE "
        "./PUNCT/./punct/1/.",
        "SUPPORT",
        id="support-received-is-not-stated",
    ),
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
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE funded/VERB/VBD/ROOT/1/fund the/DET/DT/det/3/the "
        "study/NOUN/NN/dobj/1/study ./PUNCT/./punct/1/.",
        "AID",
        id="funding-names-no-recipient",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE lent/VERB/VBD/ROOT/1/lend credibility/NOUN/NN/dobj/1/credibility "
        "to/ADP/IN/prep/1/to the/DET/DT/det/5/the plan/NOUN/NN/pobj/3/plan ./PUNCT/./punct/1/.",
        "AID",
        id="lending-credibility",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE hosts/VERB/VBZ/ROOT/1/host many/ADJ/JJ/amod/4/many "
        "Chinese/ADJ/JJ/amod/4/chinese/NORP refugees/NOUN/NNS/dobj/1/refugee ./PUNCT/./punct/1/.",
        "CONSULT",
        id="hosting-refugees-is-no-visit",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE welcomed/VERB/VBD/ROOT/1/welcome China/PROPN/NNP/poss/4/China/GPE "
        "'s/PART/POS/case/2/'s decision/NOUN/NN/dobj/1/decision ./PUNCT/./punct/1/.",
        "CONSULT",
        id="welcoming-a-decision-is-no-visit",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE nominated/VERB/VBD/ROOT/1/nominate the/DET/DT/det/3/the "
        "film/NOUN/NN/dobj/1/film ./PUNCT/./punct/1/.",
        "SUPPORT",
        id="nominating-a-film",
    ),
]


@pytest.mark.parametrize(("table", "expected", "recipients"), CASES)
def test_cooperation_triggers_code_word_class(table, expected, recipients, code_table):
    mention = assert_codes(code_table(table), expected)
    assert {a.country for a in mention.recipient} == recipients, mention.recipient


@pytest.mark.parametrize(("table", "absent"), NOT_EVENTS)
def test_cooperation_triggers_skip_other_senses(table, absent, code_table):
    assert_skips(code_table(table), absent)


def test_by_no_means_giving_up_a_claim_is_a_refusal(code_table):
    mention = assert_codes(code_table(
        "Iran/PROPN/NNP/nsubj/5/Iran/GPE will/AUX/MD/aux/5/will by/ADP/IN/prep/5/by no/DET/DT/det/4/no "
        "means/NOUN/NN/pobj/2/means abandon/VERB/VB/ROOT/5/abandon its/PRON/PRP$/poss/8/its nuclear/ADJ/JJ/amod/8/nuclear "
        "program/NOUN/NN/dobj/5/program ./PUNCT/./punct/5/."
    ), ("REJECT", None))
    assert [a.country for a in mention.actor] == ["IRN"]


def test_protesters_who_will_not_end_their_protest_refuse(code_table):
    mentions = code_table(
        "Protesters/NOUN/NNS/nsubj/3/protester will/AUX/MD/aux/3/will not/PART/RB/neg/3/not end/VERB/VB/ROOT/3/end "
        "their/PRON/PRP$/poss/5/their protest/NOUN/NN/dobj/3/protest ./PUNCT/./punct/3/."
    )
    assert_codes(mentions, ("REJECT", None))
    assert all(m.status != "negated" for m in mentions if m.type == "PROTEST"), mentions


def test_an_agreement_between_coordinated_modifiers_has_both_parties(code_table):
    # "between government and rebel forces": government forces and rebel forces, even where
    # the whole phrase names one party
    mention = assert_codes(code_table(
        "The/DET/DT/det/1/the agreement/NOUN/NN/nsubj/7/agreement between/ADP/IN/prep/1/between "
        "Russian/ADJ/JJ/amod/6/Russian/NORP and/CCONJ/CC/cc/3/and rebel/NOUN/NN/conj/3/rebel "
        "troops/NOUN/NNS/pobj/2/troop took/VERB/VBD/ROOT/7/take effect/NOUN/NN/dobj/7/effect ./PUNCT/./punct/7/."
    ), ("AGREE", None))
    assert len(mention.actor) == 1 and len(mention.recipient) == 1
    assert [a.text for a in (*mention.actor, *mention.recipient)] == ["Russian troops", "rebel troops"]


# Aid whose parties the parser hides: (table, actor countries, recipient countries).
HIDDEN_AID_PARTIES = [
    pytest.param(
        "China/PROPN/NNP/nsubjpass/2/China/GPE was/AUX/VBD/auxpass/2/be provided/VERB/VBN/ROOT/2/provide "
        "weapons/NOUN/NNS/dobj/2/weapon by/ADP/IN/agent/2/by Russia/PROPN/NNP/pobj/4/Russia/GPE ./PUNCT/./punct/2/.",
        ["RUS"], ["CHN"],
        id="passive-subject-of-a-giving-verb-that-keeps-its-object-is-the-recipient",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/7/China/GPE ,/PUNCT/,/punct/0/, provided/VERB/VBD/acl/0/provide weapons/NOUN/NNS/dobj/2/weapon "
        "by/ADP/IN/agent/2/by Russia/PROPN/NNP/pobj/4/Russia/GPE ,/PUNCT/,/punct/0/, protested/VERB/VBD/ROOT/7/protest "
        "./PUNCT/./punct/7/.",
        ["RUS"], ["CHN"],
        id="participle-with-a-by-agent-is-passive-whatever-its-tag",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE granted/VERB/VBD/ROOT/1/grant asylum/NOUN/NN/dobj/1/asylum "
        "to/ADP/IN/prep/1/to Chinese/ADJ/JJ/amod/5/Chinese/NORP troops/NOUN/NNS/nsubj/6/troop "
        "holed/VERB/VBN/advcl/1/hole up/ADP/RP/prt/6/up ./PUNCT/./punct/1/.",
        ["RUS"], ["CHN"],
        id="preposition-left-without-its-object-takes-the-next-noun-phrase",
    ),
]


@pytest.mark.parametrize(("table", "actors", "recipients"), HIDDEN_AID_PARTIES)
def test_aid_parties_the_parser_hides(table, actors, recipients, code_table):
    mention = assert_codes(code_table(table), ("AID", None))
    assert [a.country for a in mention.actor] == actors
    assert [a.country for a in mention.recipient] == recipients


def test_freed_victims_are_rescued_by_police_and_released_by_captors(code_table):
    rescued = code_table(
        "Police/NOUN/NNS/nsubj/1/police freed/VERB/VBD/ROOT/1/free ten/NUM/CD/nummod/4/ten "
        "trafficking/NOUN/NN/compound/4/trafficking victims/NOUN/NNS/dobj/1/victim ./PUNCT/./punct/1/."
    )
    released = code_table(
        "Protesters/NOUN/NNS/nsubj/1/protester freed/VERB/VBD/ROOT/1/free ten/NUM/CD/nummod/3/ten "
        "hostages/NOUN/NNS/dobj/1/hostage ./PUNCT/./punct/1/."
    )
    assert_codes(rescued, ("AID", None), absent=("RETREAT",))
    assert_codes(released, ("RETREAT", "release"), absent=("AID",))


def test_peacekeeping_troops_sent_are_protection_not_a_show_of_force(code_table):
    verb = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE deployed/VERB/VBD/ROOT/1/deploy peacekeeping/NOUN/NN/compound/3/peacekeeping "
        "troops/NOUN/NNS/dobj/1/troop to/ADP/IN/prep/1/to China/PROPN/NNP/pobj/4/China/GPE ./PUNCT/./punct/1/."
    )
    noun = code_table(
        "The/DET/DT/det/1/the deployment/NOUN/NN/nsubj/6/deployment of/ADP/IN/prep/1/of Russian/ADJ/JJ/amod/5/russian/NORP "
        "peacekeeping/NOUN/NN/compound/5/peacekeeping troops/NOUN/NNS/pobj/2/troop began/VERB/VBD/ROOT/6/begin ./PUNCT/./punct/6/."
    )
    plain = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE deployed/VERB/VBD/ROOT/1/deploy troops/NOUN/NNS/dobj/1/troop "
        "./PUNCT/./punct/1/."
    )
    assert_codes(verb, ("AID", None), absent=("MOBILIZE",))
    assert_codes(noun, ("AID", None), absent=("MOBILIZE",))
    assert_codes(plain, ("MOBILIZE", "troops"), absent=("AID",))


def test_invited_to_is_done_to_the_subject_not_a_stance_it_takes(code_table):
    mentions = code_table(
        "Iran/PROPN/NNP/nsubjpass/2/Iran/GPE was/AUX/VBD/auxpass/2/be invited/VERB/VBN/ROOT/2/invite "
        "to/ADP/IN/prep/2/to talks/NOUN/NNS/pobj/3/talk ./PUNCT/./punct/2/."
    )
    assert not [m for m in mentions if m.type == "AGREE" and [a.country for a in m.actor] == ["IRN"]]


def test_people_on_the_move_make_no_visit(code_table):
    moved = code_table(
        "Protesters/NOUN/NNS/nsubj/1/protester travelled/VERB/VBD/ROOT/1/travel to/ADP/IN/prep/1/to "
        "Moscow/PROPN/NNP/pobj/2/Moscow/GPE ./PUNCT/./punct/1/."
    )
    assert_skips(moved, "CONSULT")
    envoy = code_table(
        "A/DET/DT/det/2/a Chinese/ADJ/JJ/amod/2/chinese/NORP diplomat/NOUN/NN/nsubj/3/diplomat "
        "travelled/VERB/VBD/ROOT/3/travel to/ADP/IN/prep/3/to Moscow/PROPN/NNP/pobj/4/Moscow/GPE ./PUNCT/./punct/3/."
    )
    assert_codes(envoy, ("CONSULT", "visit"))
