"""Police vocabulary of the policing trigger dictionary, on hand-built parses.

Each case is a sentence written for this test (not taken from any evaluation data), the
event type and mode it must give, and the types it must not give.
"""

from __future__ import annotations

import pytest
from trigger_checks import assert_codes, assert_skips

# word/POS/TAG/dep/head/lemma[/ENT]
CASES = [
    pytest.param(
        "the/DET/DT/det/1/the activist/NOUN/NN/nsubjpass/3/activist was/AUX/VBD/auxpass/3/be held/VERB/VBN/ROOT/3/hold "
        "incommunicado/ADV/RB/advmod/3/incommunicado for/ADP/IN/prep/3/for weeks/NOUN/NNS/pobj/5/week ./PUNCT/./punct/3/.",
        ("COERCE", "arrest"),
        (),
        id="held-incommunicado",
    ),
    pytest.param(
        "the/DET/DT/det/2/the police/NOUN/NN/compound/2/police lathi/NOUN/NN/nsubj/4/lathi -/PUNCT/HYPH/punct/4/- "
        "charged/VERB/VBD/ROOT/4/charge the/DET/DT/det/6/the mob/NOUN/NN/dobj/4/mob ./PUNCT/./punct/4/.",
        ("ASSAULT", "crowd-control"),
        ("ACCUSE",),
        id="lathi-charged-with-lathi-parsed-as-the-subject",
    ),
    pytest.param(
        "prohibitory/NOUN/NN/compound/1/prohibitory orders/NOUN/NNS/nsubjpass/3/order were/AUX/VBD/auxpass/3/be "
        "clamped/VERB/VBN/ROOT/3/clamp in/ADP/IN/prep/3/in the/DET/DT/det/7/the old/ADJ/JJ/amod/7/old "
        "city/NOUN/NN/pobj/4/city ./PUNCT/./punct/3/.",
        ("COERCE", "restrict"),
        (),
        id="prohibitory-orders-clamped",
    ),
    pytest.param(
        "Combing/VERB/VBG/amod/1/comb operations/NOUN/NNS/nsubjpass/3/operation were/AUX/VBD/auxpass/3/be "
        "carried/VERB/VBN/ROOT/3/carry out/ADP/RP/prt/3/out in/ADP/IN/prep/3/in the/DET/DT/det/7/the "
        "hills/NOUN/NNS/pobj/5/hill ./PUNCT/./punct/3/.",
        ("MOBILIZE", "police"),
        (),
        id="combing-lemmatised-as-comb",
    ),
    pytest.param(
        "The/DET/DT/det/1/the bandobust/NOUN/NN/nsubj/2/bandobust continued/VERB/VBD/ROOT/2/continue "
        "near/ADP/IN/prep/2/near the/DET/DT/det/5/the temple/NOUN/NN/pobj/3/temple ./PUNCT/./punct/2/.",
        ("MOBILIZE", "police"),
        (),
        id="bandobust-spelling",
    ),
    pytest.param(
        "Police/NOUN/NN/nsubj/1/police enforced/VERB/VBD/ROOT/1/enforce nakabandi/NOUN/NN/dobj/1/nakabandi "
        "on/ADP/IN/prep/1/on the/DET/DT/det/5/the highway/NOUN/NN/pobj/3/highway ./PUNCT/./punct/1/.",
        ("MOBILIZE", "police"),
        (),
        id="nakabandi",
    ),
    pytest.param(
        "Police/NOUN/NN/nsubj/1/police threw/VERB/VBD/ROOT/1/throw a/DET/DT/det/4/a security/NOUN/NN/compound/4/security "
        "cordon/NOUN/NN/dobj/1/cordon around/ADP/IN/prep/1/around the/DET/DT/det/7/the stadium/NOUN/NN/pobj/5/stadium "
        "./PUNCT/./punct/1/.",
        ("MOBILIZE", "police"),
        ("PROTEST", "ASSAULT"),
        id="security-cordon-thrown",
    ),
    pytest.param(
        "Checkposts/NOUN/NNS/nsubjpass/3/checkpost have/AUX/VBP/aux/3/have been/AUX/VBN/auxpass/3/be set/VERB/VBN/ROOT/3/set "
        "up/ADP/RP/prt/3/up at/ADP/IN/prep/3/at every/DET/DT/det/8/every crossing/NOUN/NN/pobj/6/crossing "
        "./PUNCT/./punct/3/.",
        ("MOBILIZE", "police"),
        ("PROTEST",),
        id="checkposts-set-up-with-no-one-named",
    ),
    pytest.param(
        "Police/NOUN/NN/nsubj/1/police intensified/VERB/VBD/ROOT/1/intensify the/DET/DT/det/3/the "
        "hunt/NOUN/NN/dobj/1/hunt for/ADP/IN/prep/3/for the/DET/DT/det/6/the protesters/NOUN/NNS/pobj/4/protester "
        "./PUNCT/./punct/1/.",
        ("MOBILIZE", "police"),
        (),
        id="hunt-intensified",
    ),
    pytest.param(
        "Police/NOUN/NN/nsubj/1/police had/VERB/VBD/ROOT/1/have registered/VERB/VBN/amod/3/register "
        "cases/NOUN/NNS/dobj/1/case against/ADP/IN/prep/3/against the/DET/DT/det/6/the "
        "protesters/NOUN/NNS/pobj/4/protester ./PUNCT/./punct/1/.",
        ("ACCUSE", "allege"),
        (),
        id="registered-parsed-as-a-modifier",
    ),
    pytest.param(
        "Police/NOUN/NN/nsubj/1/police scanned/VERB/VBD/ROOT/1/scan the/DET/DT/det/3/the "
        "train/NOUN/NN/dobj/1/train ./PUNCT/./punct/1/.",
        ("MOBILIZE", "police"),
        (),
        id="police-scan",
    ),
    pytest.param(
        "The/DET/DT/det/1/the road/NOUN/NN/nsubjpass/3/road was/AUX/VBD/auxpass/3/be cleared/VERB/VBN/ROOT/3/clear "
        "after/ADP/IN/prep/3/after the/DET/DT/det/6/the intervention/NOUN/NN/pobj/4/intervention "
        "of/ADP/IN/prep/6/of police/NOUN/NN/pobj/7/police ./PUNCT/./punct/3/.",
        ("MOBILIZE", "police"),
        (),
        id="intervention-of-police",
    ),
    pytest.param(
        "Sharma/PROPN/NNP/nsubjpass/2/Sharma/PERSON was/AUX/VBD/auxpass/2/be produced/VERB/VBN/ROOT/2/produce "
        "before/ADP/IN/prep/2/before the/DET/DT/det/5/the magistrate/NOUN/NN/pobj/3/magistrate ./PUNCT/./punct/2/.",
        ("MOBILIZE", "police"),
        (),
        id="named-suspect-produced-in-court",
    ),
    pytest.param(
        "The/DET/DT/det/1/the pilgrims/NOUN/NNS/nsubjpass/3/pilgrim were/AUX/VBD/auxpass/3/be "
        "escorted/VERB/VBN/ROOT/3/escort to/ADP/IN/prep/3/to the/DET/DT/det/6/the station/NOUN/NN/pobj/4/station "
        "./PUNCT/./punct/3/.",
        ("MOBILIZE", "police"),
        (),
        id="escorted-with-no-escort-named",
    ),
    pytest.param(
        "Additional/ADJ/JJ/amod/1/additional forces/NOUN/NNS/nsubjpass/3/force were/AUX/VBD/auxpass/3/be "
        "deployed/VERB/VBN/ROOT/3/deploy in/ADP/IN/prep/3/in the/DET/DT/det/6/the city/NOUN/NN/pobj/4/city "
        "./PUNCT/./punct/3/.",
        ("MOBILIZE", "police"),
        (),
        id="additional-forces-deployed-with-no-one-named",
    ),
]

NOT_EVENTS = [
    pytest.param(
        "Doctors/NOUN/NNS/nsubj/1/doctor counted/VERB/VBD/ROOT/1/count registered/VERB/VBN/amod/3/register "
        "cases/NOUN/NNS/dobj/1/case of/ADP/IN/prep/3/of dengue/NOUN/NN/pobj/4/dengue ./PUNCT/./punct/1/.",
        "ACCUSE",
        id="registered-cases-of-a-disease",
    ),
    pytest.param(
        "Protesters/NOUN/NNS/nsubj/1/protester formed/VERB/VBD/ROOT/1/form a/DET/DT/det/3/a "
        "cordon/NOUN/NN/dobj/1/cordon around/ADP/IN/prep/1/around the/DET/DT/det/6/the statue/NOUN/NN/pobj/4/statue "
        "./PUNCT/./punct/1/.",
        "MOBILIZE",
        id="crowd-forms-a-cordon",
    ),
    pytest.param(
        "Picket/NOUN/NN/compound/1/picket lines/NOUN/NNS/nsubjpass/3/line were/AUX/VBD/auxpass/3/be "
        "formed/VERB/VBN/ROOT/3/form outside/ADP/IN/prep/3/outside the/DET/DT/det/6/the depot/NOUN/NN/pobj/4/depot "
        "./PUNCT/./punct/3/.",
        "MOBILIZE",
        id="strikers-picket-line-is-not-a-police-picket",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE set/VERB/VBD/ROOT/1/set up/ADP/RP/prt/1/up a/DET/DT/det/5/a "
        "security/NOUN/NN/compound/5/security council/NOUN/NN/dobj/1/council ./PUNCT/./punct/1/.",
        "MOBILIZE",
        id="security-council-set-up",
    ),
    pytest.param(
        "Russia/PROPN/NNP/poss/3/Russia/GPE 's/PART/POS/case/0/'s military/ADJ/JJ/amod/3/military "
        "intervention/NOUN/NN/nsubjpass/5/intervention was/AUX/VBD/auxpass/5/be criticised/VERB/VBN/ROOT/5/criticise "
        "./PUNCT/./punct/5/.",
        "MOBILIZE",
        id="military-intervention-is-not-police-work",
    ),
]


@pytest.mark.parametrize(("table", "expected", "absent"), CASES)
def test_policing_triggers_code_word_class(table, expected, absent, code_table):
    assert_codes(code_table(table), expected, absent)


@pytest.mark.parametrize(("table", "absent"), NOT_EVENTS)
def test_policing_triggers_skip_other_senses(table, absent, code_table):
    assert_skips(code_table(table), absent)


def test_a_state_deploying_additional_forces_sends_troops_not_police(code_table):
    # "additional forces" is listed police vocabulary, but a state (no police or government
    # sector) sending them to a border mobilises its military.
    mention = assert_codes(code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE deployed/VERB/VBD/ROOT/1/deploy additional/ADJ/JJ/amod/3/additional "
        "forces/NOUN/NNS/dobj/1/force to/ADP/IN/prep/1/to the/DET/DT/det/6/the border/NOUN/NN/pobj/4/border "
        "./PUNCT/./punct/1/."
    ), ("MOBILIZE", "troops"))
    assert [a.country for a in mention.actor] == ["RUS"]
    assert "police" not in {m.mode for m in code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE deployed/VERB/VBD/ROOT/1/deploy additional/ADJ/JJ/amod/3/additional "
        "forces/NOUN/NNS/dobj/1/force ./PUNCT/./punct/1/."
    )}
