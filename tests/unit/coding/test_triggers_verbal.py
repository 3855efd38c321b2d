"""Word classes of the verbal-conflict and sanction trigger dictionary, on hand-built parses.

Each case is a sentence written for this test (not taken from any evaluation data), the
event type and mode it must give, and the types it must not give.
"""

from __future__ import annotations

import pytest
from trigger_checks import assert_codes, assert_skips

# word/POS/TAG/dep/head/lemma[/ENT]
CASES = [
    pytest.param(
        "Two/NUM/CD/nummod/2/two/CARDINAL Chinese/ADJ/JJ/amod/2/chinese/NORP activists/NOUN/NNS/nsubjpass/4/activist "
        "were/AUX/VBD/auxpass/4/be charged/VERB/VBN/ROOT/4/charge with/ADP/IN/prep/4/with fraud/NOUN/NN/pobj/5/fraud "
        "./PUNCT/./punct/4/.",
        ("ACCUSE", "allege"),
        (),
        id="charged-with-no-prosecutor-named",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE blocked/VERB/VBD/ROOT/1/block the/DET/DT/det/4/the aid/NOUN/NN/compound/4/aid "
        "package/NOUN/NN/dobj/1/package for/ADP/IN/prep/4/for Iran/PROPN/NNP/pobj/5/Iran/GPE ./PUNCT/./punct/1/.",
        ("REJECT", "yield"),
        (),
        id="aid-package-blocked",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE sought/VERB/VBD/ROOT/1/seek help/NOUN/NN/dobj/1/help from/ADP/IN/prep/1/from "
        "China/PROPN/NNP/pobj/3/China/GPE ./PUNCT/./punct/1/.",
        ("REQUEST", None),
        (),
        id="help-sought-from",
    ),
    pytest.param(
        "A/DET/DT/det/2/a Russian/ADJ/JJ/amod/2/russian/NORP spy/NOUN/NN/nsubjpass/4/spy was/AUX/VBD/auxpass/4/be "
        "sentenced/VERB/VBN/ROOT/4/sentence to/ADP/IN/prep/4/to death/NOUN/NN/pobj/5/death ./PUNCT/./punct/4/.",
        ("SANCTION", "convict"),
        (),
        id="sentenced-with-no-court-named",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE lashed/VERB/VBD/ROOT/1/lash out/ADP/RP/prt/1/out "
        "at/ADP/IN/prep/1/at Iran/PROPN/NNP/pobj/3/Iran/GPE over/ADP/IN/prep/1/over the/DET/DT/det/7/the "
        "tariffs/NOUN/NNS/pobj/5/tariff ./PUNCT/./punct/1/.",
        ("ACCUSE", "disapprove"),
        (),
        id="lashed-out-at",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE took/VERB/VBD/ROOT/1/take a/DET/DT/det/3/a "
        "swipe/NOUN/NN/dobj/1/swipe at/ADP/IN/prep/1/at China/PROPN/NNP/pobj/4/China/GPE on/ADP/IN/prep/1/on "
        "Monday/PROPN/NNP/pobj/6/Monday ./PUNCT/./punct/1/.",
        ("ACCUSE", "disapprove"),
        (),
        id="took-a-swipe-at",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE sued/VERB/VBD/ROOT/1/sue China/PROPN/NNP/dobj/1/China/GPE "
        "over/ADP/IN/prep/1/over the/DET/DT/det/5/the contract/NOUN/NN/pobj/3/contract ./PUNCT/./punct/1/.",
        ("ACCUSE", "allege"),
        (),
        id="sue",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE filed/VERB/VBD/ROOT/1/file a/DET/DT/det/3/a "
        "lawsuit/NOUN/NN/dobj/1/lawsuit against/ADP/IN/prep/1/against China/PROPN/NNP/pobj/4/China/GPE "
        "./PUNCT/./punct/1/.",
        ("ACCUSE", "allege"),
        (),
        id="filed-a-lawsuit",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE lodged/VERB/VBD/ROOT/1/lodge a/DET/DT/det/3/a "
        "protest/NOUN/NN/dobj/1/protest with/ADP/IN/prep/3/with Iran/PROPN/NNP/pobj/4/Iran/GPE "
        "./PUNCT/./punct/1/.",
        ("ACCUSE", "allege"),
        ("PROTEST",),
        id="lodged-a-diplomatic-protest",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE opened/VERB/VBD/ROOT/1/open a/DET/DT/det/3/a "
        "hearing/NOUN/NN/dobj/1/hearing on/ADP/IN/prep/1/on Tuesday/PROPN/NNP/pobj/4/Tuesday "
        "into/ADP/IN/prep/1/into the/DET/DT/det/8/the abuses/NOUN/NNS/pobj/6/abuse ./PUNCT/./punct/1/.",
        ("ACCUSE", "investigate"),
        (),
        id="hearing-into",
    ),
    pytest.param(
        "A/DET/DT/det/1/a diplomat/NOUN/NN/nsubjpass/3/diplomat was/AUX/VBD/auxpass/3/be "
        "placed/VERB/VBN/ROOT/3/place under/ADP/IN/prep/3/under investigation/NOUN/NN/pobj/4/investigation "
        "in/ADP/IN/prep/5/in Russia/PROPN/NNP/pobj/6/Russia/GPE ./PUNCT/./punct/3/.",
        ("ACCUSE", "investigate"),
        (),
        id="placed-under-investigation",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE complained/VERB/VBD/ROOT/1/complain that/SCONJ/IN/mark/5/that "
        "China/PROPN/NNP/nsubj/5/China/GPE had/AUX/VBD/aux/5/have broken/VERB/VBN/ccomp/1/break "
        "the/DET/DT/det/7/the deal/NOUN/NN/dobj/5/deal ./PUNCT/./punct/1/.",
        ("ACCUSE", "disapprove"),
        (),
        id="complained-that",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE protested/VERB/VBD/ROOT/1/protest that/SCONJ/IN/mark/5/that "
        "Russia/PROPN/NNP/nsubj/5/Russia/GPE had/AUX/VBD/aux/5/have broken/VERB/VBN/ccomp/1/break "
        "the/DET/DT/det/7/the deal/NOUN/NN/dobj/5/deal ./PUNCT/./punct/1/.",
        ("ACCUSE", "disapprove"),
        ("PROTEST",),
        id="protested-that-a-party-did",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE protested/VERB/VBD/ROOT/1/protest that/SCONJ/IN/mark/6/that "
        "the/DET/DT/det/4/the vote/NOUN/NN/nsubjpass/6/vote was/AUX/VBD/auxpass/6/be rigged/VERB/VBN/ccomp/1/rig "
        "./PUNCT/./punct/1/.",
        ("ACCUSE", "disapprove"),
        ("PROTEST",),
        id="protested-that-with-no-party-is-spoken",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE condemned/VERB/VBD/ROOT/1/condemn Iran/PROPN/NNP/poss/4/Iran/GPE "
        "'s/PART/POS/case/2/'s actions/NOUN/NNS/dobj/1/action ./PUNCT/./punct/1/.",
        ("ACCUSE", "disapprove"),
        (),
        id="condemned-a-partys-actions",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE held/VERB/VBD/ROOT/1/hold Iran/PROPN/NNP/dobj/1/Iran/GPE "
        "responsible/ADJ/JJ/advcl/1/responsible for/ADP/IN/prep/3/for the/DET/DT/det/6/the "
        "attack/NOUN/NN/pobj/4/attack ./PUNCT/./punct/1/.",
        ("ACCUSE", "allege"),
        (),
        id="held-responsible",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE attacked/VERB/VBD/ROOT/1/attack China/PROPN/NNP/poss/4/China/GPE "
        "'s/PART/POS/case/2/'s policies/NOUN/NNS/dobj/1/policy ./PUNCT/./punct/1/.",
        ("ACCUSE", "disapprove"),
        ("ASSAULT",),
        id="attacked-a-partys-policies",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE launched/VERB/VBD/ROOT/1/launch a/DET/DT/det/4/a "
        "scathing/ADJ/JJ/amod/4/scathing attack/NOUN/NN/dobj/1/attack on/ADP/IN/prep/4/on "
        "China/PROPN/NNP/pobj/5/China/GPE ./PUNCT/./punct/1/.",
        ("ACCUSE", "disapprove"),
        ("ASSAULT",),
        id="a-scathing-attack-is-in-words",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE said/VERB/VBD/ROOT/1/say yes/INTJ/UH/intj/1/yes "
        "to/ADP/IN/prep/1/to the/DET/DT/det/5/the proposal/NOUN/NN/pobj/3/proposal ./PUNCT/./punct/1/.",
        ("SUPPORT", None),
        ("REJECT",),
        id="said-yes-to",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE said/VERB/VBD/ROOT/1/say no/INTJ/UH/intj/1/no "
        "to/ADP/IN/prep/1/to the/DET/DT/det/5/the proposal/NOUN/NN/pobj/3/proposal ./PUNCT/./punct/1/.",
        ("REJECT", None),
        (),
        id="said-no-to",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE defied/VERB/VBD/ROOT/1/defy the/DET/DT/det/3/the "
        "ban/NOUN/NN/dobj/1/ban ./PUNCT/./punct/1/.",
        ("REJECT", None),
        (),
        id="defied-a-ban",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE ignored/VERB/VBD/ROOT/1/ignore calls/NOUN/NNS/dobj/1/call "
        "for/ADP/IN/prep/2/for restraint/NOUN/NN/pobj/3/restraint ./PUNCT/./punct/1/.",
        ("REJECT", None),
        (),
        id="ignored-calls",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE blocked/VERB/VBD/ROOT/1/block the/DET/DT/det/3/the "
        "resolution/NOUN/NN/dobj/1/resolution ./PUNCT/./punct/1/.",
        ("REJECT", "yield"),
        ("PROTEST",),
        id="blocked-a-resolution",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE turned/VERB/VBD/ROOT/1/turn down/ADP/RP/prt/1/down "
        "the/DET/DT/det/4/the offer/NOUN/NN/dobj/1/offer ./PUNCT/./punct/1/.",
        ("REJECT", None),
        (),
        id="turned-down",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE ruled/VERB/VBD/ROOT/1/rule out/ADP/RP/prt/1/out "
        "talks/NOUN/NNS/dobj/1/talk ./PUNCT/./punct/1/.",
        ("REJECT", None),
        ("CONSULT",),
        id="ruled-out",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE pushed/VERB/VBD/ROOT/1/push for/ADP/IN/prep/1/for "
        "sanctions/NOUN/NNS/pobj/2/sanction against/ADP/IN/prep/3/against Iran/PROPN/NNP/pobj/4/Iran/GPE "
        "./PUNCT/./punct/1/.",
        ("REQUEST", None),
        ("SANCTION",),
        id="pushed-for",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE renewed/VERB/VBD/ROOT/1/renew its/PRON/PRP$/poss/3/its "
        "call/NOUN/NN/dobj/1/call for/ADP/IN/prep/3/for calm/NOUN/NN/pobj/4/calm ./PUNCT/./punct/1/.",
        ("REQUEST", None),
        ("CONSULT",),
        id="call-for-noun",
    ),
    pytest.param(
        "The/DET/DT/det/1/the police/NOUN/NN/nsubj/2/police denied/VERB/VBD/ROOT/2/deny "
        "visas/NOUN/NNS/dobj/2/visa to/ADP/IN/prep/2/to the/DET/DT/det/7/the "
        "Iranian/ADJ/JJ/amod/7/iranian/NORP students/NOUN/NNS/pobj/4/student ./PUNCT/./punct/2/.",
        ("SANCTION", None),
        ("REJECT",),
        id="denied-visas",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE ended/VERB/VBD/ROOT/1/end all/DET/DT/det/3/all "
        "aid/NOUN/NN/dobj/1/aid to/ADP/IN/prep/1/to Iran/PROPN/NNP/pobj/4/Iran/GPE ./PUNCT/./punct/1/.",
        ("SANCTION", "discontinue"),
        (),
        id="ended-aid",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE withdrew/VERB/VBD/ROOT/1/withdraw its/PRON/PRP$/poss/3/its "
        "ambassador/NOUN/NN/dobj/1/ambassador from/ADP/IN/prep/3/from Iran/PROPN/NNP/pobj/4/Iran/GPE "
        "./PUNCT/./punct/1/.",
        ("SANCTION", "withdraw"),
        ("RETREAT",),
        id="withdrew-ambassador",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE expelled/VERB/VBD/ROOT/1/expel the/DET/DT/det/4/the "
        "UN/PROPN/NNP/compound/4/UN/ORG agency/NOUN/NN/dobj/1/agency ./PUNCT/./punct/1/.",
        ("SANCTION", "expel"),
        (),
        id="expelled-an-agency",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE imposed/VERB/VBD/ROOT/1/impose a/DET/DT/det/3/a "
        "blockade/NOUN/NN/dobj/1/blockade on/ADP/IN/prep/3/on Iran/PROPN/NNP/pobj/4/Iran/GPE "
        "./PUNCT/./punct/1/.",
        ("COERCE", "restrict"),
        ("SANCTION",),
        id="blockade-restricts-movement",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE imposed/VERB/VBD/ROOT/1/impose "
        "sanctions/NOUN/NNS/dobj/1/sanction on/ADP/IN/prep/2/on Iran/PROPN/NNP/pobj/3/Iran/GPE "
        "./PUNCT/./punct/1/.",
        ("SANCTION", None),
        (),
        id="sanctions-imposed",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE protested/VERB/VBD/ROOT/1/protest to/ADP/IN/prep/1/to "
        "China/PROPN/NNP/pobj/2/China/GPE over/ADP/IN/prep/1/over the/DET/DT/det/6/the "
        "arrests/NOUN/NNS/pobj/4/arrest ./PUNCT/./punct/1/.",
        ("ACCUSE", "disapprove"),
        ("PROTEST",),
        id="protested-to-a-government",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE launched/VERB/VBD/ROOT/1/launch legal/ADJ/JJ/amod/3/legal "
        "action/NOUN/NN/dobj/1/action against/ADP/IN/prep/3/against China/PROPN/NNP/pobj/4/China/GPE "
        "./PUNCT/./punct/1/.",
        ("ACCUSE", "allege"),
        (),
        id="legal-action-launched",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE suspended/VERB/VBD/ROOT/1/suspend Iran/PROPN/NNP/poss/4/Iran/GPE "
        "'s/PART/POS/case/2/'s membership/NOUN/NN/dobj/1/membership ./PUNCT/./punct/1/.",
        ("SANCTION", "discontinue"),
        (),
        id="membership-suspended",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE halted/VERB/VBD/ROOT/1/halt lending/NOUN/NN/dobj/1/lending "
        "to/ADP/IN/prep/2/to Iran/PROPN/NNP/pobj/3/Iran/GPE ./PUNCT/./punct/1/.",
        ("SANCTION", "discontinue"),
        (),
        id="lending-halted",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE submitted/VERB/VBD/ROOT/1/submit a/DET/DT/det/3/a "
        "request/NOUN/NN/dobj/1/request to/ADP/IN/prep/1/to China/PROPN/NNP/pobj/4/China/GPE "
        "./PUNCT/./punct/1/.",
        ("REQUEST", None),
        (),
        id="request-submitted",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE expressed/VERB/VBD/ROOT/1/express "
        "dissatisfaction/NOUN/NN/dobj/1/dissatisfaction with/ADP/IN/prep/2/with "
        "Iran/PROPN/NNP/pobj/3/Iran/GPE ./PUNCT/./punct/1/.",
        ("ACCUSE", "disapprove"),
        (),
        id="dissatisfaction-expressed",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE expressed/VERB/VBD/ROOT/1/express its/PRON/PRP$/poss/3/its "
        "opposition/NOUN/NN/dobj/1/opposition to/ADP/IN/prep/3/to the/DET/DT/det/7/the "
        "Chinese/ADJ/JJ/amod/7/chinese/NORP plan/NOUN/NN/pobj/4/plan ./PUNCT/./punct/1/.",
        ("REJECT", None),
        (),
        id="opposition-to-a-plan",
    ),
    pytest.param(
        "Russia/PROPN/NNP/poss/2/Russia/GPE 's/PART/POS/case/0/'s expulsion/NOUN/NN/nsubj/6/expulsion "
        "of/ADP/IN/prep/2/of Chinese/ADJ/JJ/amod/5/chinese/NORP diplomats/NOUN/NNS/pobj/3/diplomat "
        "angered/VERB/VBD/ROOT/6/anger Beijing/PROPN/NNP/dobj/6/Beijing/GPE ./PUNCT/./punct/6/.",
        ("SANCTION", "expel"),
        (),
        id="expulsion-of-diplomats",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE called/VERB/VBD/ROOT/1/call off/ADP/RP/prt/1/off "
        "talks/NOUN/NNS/dobj/1/talk with/ADP/IN/prep/3/with Iran/PROPN/NNP/pobj/4/Iran/GPE "
        "./PUNCT/./punct/1/.",
        ("SANCTION", "discontinue"),
        ("CONSULT",),
        id="talks-called-off",
    ),
    pytest.param(
        "Moscow/PROPN/NNP/nsubj/1/Moscow/GPE took/VERB/VBD/ROOT/1/take issue/NOUN/NN/dobj/1/issue "
        "with/ADP/IN/prep/1/with the/DET/DT/det/6/the Chinese/ADJ/JJ/amod/6/chinese/NORP "
        "remarks/NOUN/NNS/pobj/3/remark ./PUNCT/./punct/1/.",
        ("ACCUSE", "disapprove"),
        (),
        id="took-issue-with",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE branded/VERB/VBD/ROOT/1/brand the/DET/DT/det/4/the "
        "Iranian/ADJ/JJ/amod/4/iranian/NORP plan/NOUN/NN/dobj/1/plan a/DET/DT/det/6/a "
        "provocation/NOUN/NN/dobj/1/provocation ./PUNCT/./punct/1/.",
        ("ACCUSE", "disapprove"),
        (),
        id="branded-a-provocation",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE voted/VERB/VBD/ROOT/1/vote against/ADP/IN/prep/1/against "
        "the/DET/DT/det/5/the Chinese/ADJ/JJ/amod/5/chinese/NORP resolution/NOUN/NN/pobj/2/resolution "
        "./PUNCT/./punct/1/.",
        ("REJECT", None),
        (),
        id="voted-against",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE vowed/VERB/VBD/ROOT/1/vow revenge/NOUN/NN/dobj/1/revenge "
        "against/ADP/IN/prep/1/against China/PROPN/NNP/pobj/3/China/GPE ./PUNCT/./punct/1/.",
        ("THREATEN", "violence"),
        ("AGREE",),
        id="vowed-revenge",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE put/VERB/VBD/ROOT/1/put two/NUM/CD/nummod/4/two "
        "Iranian/ADJ/JJ/amod/4/iranian/NORP sailors/NOUN/NNS/dobj/1/sailor on/ADP/IN/prep/1/on "
        "trial/NOUN/NN/pobj/5/trial ./PUNCT/./punct/1/.",
        ("ACCUSE", "allege"),
        (),
        id="put-on-trial",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE arraigned/VERB/VBD/ROOT/1/arraign the/DET/DT/det/4/the "
        "American/ADJ/JJ/amod/4/american/NORP journalist/NOUN/NN/dobj/1/journalist ./PUNCT/./punct/1/.",
        ("ACCUSE", "allege"),
        (),
        id="arraigned",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE questioned/VERB/VBD/ROOT/1/question the/DET/DT/det/3/the "
        "sincerity/NOUN/NN/dobj/1/sincerity of/ADP/IN/prep/3/of Iran/PROPN/NNP/pobj/4/Iran/GPE ./PUNCT/./punct/1/.",
        ("ACCUSE", "disapprove"),
        (),
        id="questioned-the-sincerity-of",
    ),
]

# Other senses of the same words: the type must not be coded.
NOT_EVENTS = [
    pytest.param(
        "Choe/PROPN/NNP/compound/2/Choe Ryong/PROPN/NNP/compound/2/Ryong Hae/PROPN/NNP/nsubj/4/Hae "
        "is/AUX/VBZ/aux/4/be seeking/VERB/VBG/ROOT/4/seek a/DET/DT/det/7/a "
        "third/ADJ/JJ/amod/7/third term/NOUN/NN/dobj/4/term ./PUNCT/./punct/4/.",
        "REQUEST",
        id="seeking-a-term-is-no-request",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE seeks/VERB/VBZ/ROOT/1/seek to/PART/TO/aux/3/to expand/VERB/VB/xcomp/1/expand "
        "its/PRON/PRP$/poss/5/its influence/NOUN/NN/dobj/3/influence ./PUNCT/./punct/1/.",
        "REQUEST",
        id="seeking-to-is-trying-to",
    ),
    pytest.param(
        "The/DET/DT/det/2/the Iranian/ADJ/JJ/amod/2/iranian/NORP opposition/NOUN/NN/nsubj/3/opposition "
        "criticised/VERB/VBD/ROOT/3/criticise the/DET/DT/det/5/the budget/NOUN/NN/dobj/3/budget "
        "./PUNCT/./punct/3/.",
        "REJECT",
        id="the-political-opposition",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE took/VERB/VBD/ROOT/1/take charge/NOUN/NN/dobj/1/charge "
        "of/ADP/IN/prep/2/of the/DET/DT/det/5/the investigation/NOUN/NN/pobj/3/investigation "
        "./PUNCT/./punct/1/.",
        "ACCUSE",
        id="taking-charge",
    ),
    pytest.param(
        "The/DET/DT/det/1/the doctors/NOUN/NNS/nsubj/2/doctor said/VERB/VBD/ROOT/2/say no/DET/DT/det/4/no "
        "signs/NOUN/NNS/nsubjpass/6/sign were/AUX/VBD/auxpass/6/be found/VERB/VBN/ccomp/2/find "
        "./PUNCT/./punct/2/.",
        "REJECT",
        id="said-no-without-to",
    ),
    pytest.param(
        "Students/NOUN/NNS/nsubj/1/student protested/VERB/VBD/ROOT/1/protest against/ADP/IN/prep/1/against "
        "the/DET/DT/det/4/the fees/NOUN/NNS/pobj/2/fee ./PUNCT/./punct/1/.",
        "ACCUSE",
        id="marching-against-is-a-protest",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE ended/VERB/VBD/ROOT/1/end its/PRON/PRP$/poss/3/its "
        "talks/NOUN/NNS/dobj/1/talk with/ADP/IN/prep/3/with Iran/PROPN/NNP/pobj/4/Iran/GPE "
        "./PUNCT/./punct/1/.",
        "SANCTION",
        id="talks-that-end",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE expelled/VERB/VBD/ROOT/1/expel two/NUM/CD/nummod/3/two "
        "journalists/NOUN/NNS/dobj/1/journalist ./PUNCT/./punct/1/.",
        "SANCTION",
        id="expelling-individuals-is-deportation",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE ignored/VERB/VBD/ROOT/1/ignore warning/NOUN/NN/compound/3/warning "
        "shots/NOUN/NNS/dobj/1/shot ./PUNCT/./punct/1/.",
        "REJECT",
        id="warning-shots",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE made/VERB/VBD/ROOT/1/make a/DET/DT/det/4/a "
        "phone/NOUN/NN/compound/4/phone call/NOUN/NN/dobj/1/call to/ADP/IN/prep/4/to "
        "China/PROPN/NNP/pobj/5/China/GPE ./PUNCT/./punct/1/.",
        "REQUEST",
        id="phone-call",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE put/VERB/VBD/ROOT/1/put the/DET/DT/det/3/the "
        "plan/NOUN/NN/dobj/1/plan on/ADP/IN/prep/1/on hold/NOUN/NN/pobj/4/hold ./PUNCT/./punct/1/.",
        "ACCUSE",
        id="put-on-hold",
    ),
]


@pytest.mark.parametrize(("table", "expected", "absent"), CASES)
def test_verbal_triggers_code_word_class(table, expected, absent, code_table):
    assert_codes(code_table(table), expected, absent)


@pytest.mark.parametrize(("table", "absent"), NOT_EVENTS)
def test_verbal_triggers_skip_other_senses(table, absent, code_table):
    assert_skips(code_table(table), absent)


def test_lawsuit_target_is_the_recipient(code_table):
    mentions = code_table(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE filed/VERB/VBD/ROOT/1/file a/DET/DT/det/3/a "
        "lawsuit/NOUN/NN/dobj/1/lawsuit against/ADP/IN/prep/1/against China/PROPN/NNP/pobj/4/China/GPE "
        "./PUNCT/./punct/1/."
    )
    assert [
        (m.type, [a.country for a in m.actor], [a.country for a in m.recipient]) for m in mentions
    ] == [("ACCUSE", ["IRN"], ["CHN"])]


def test_criticised_actions_name_their_owner(code_table):
    mentions = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE condemned/VERB/VBD/ROOT/1/condemn Iran/PROPN/NNP/poss/4/Iran/GPE "
        "'s/PART/POS/case/2/'s actions/NOUN/NNS/dobj/1/action ./PUNCT/./punct/1/."
    )
    assert [(m.type, [a.country for a in m.recipient]) for m in mentions] == [("ACCUSE", ["IRN"])]


def test_noun_object_constraint_reads_the_of_phrase(code_table):
    """A constrained noun needs its object in the of-phrase, whose own phrases give the recipient."""
    suspension = (
        "China/PROPN/NNP/nsubj/1/China/GPE announced/VERB/VBD/ROOT/1/announce a/DET/DT/det/3/a "
        "suspension/NOUN/NN/dobj/1/suspension of/ADP/IN/prep/3/of air/NOUN/NN/compound/6/air "
        "links/NOUN/NNS/pobj/4/link with/ADP/IN/prep/6/with Russia/PROPN/NNP/pobj/7/Russia/GPE ./PUNCT/./punct/1/."
    )
    mentions = code_table(suspension)
    assert [(m.type, [a.country for a in m.recipient]) for m in mentions] == [("SANCTION", ["RUS"])]
    bare = (
        "China/PROPN/NNP/nsubj/1/China/GPE announced/VERB/VBD/ROOT/1/announce a/DET/DT/det/3/a "
        "suspension/NOUN/NN/dobj/1/suspension ./PUNCT/./punct/1/."
    )
    assert code_table(bare) == []


def test_object_that_is_another_event_does_not_satisfy_a_verb(code_table):
    """'announced the lifting of sanctions' lifts them; it imposes nothing."""
    table = (
        "China/PROPN/NNP/nsubj/1/China/GPE announced/VERB/VBD/ROOT/1/announce the/DET/DT/det/3/the "
        "lifting/NOUN/NN/dobj/1/lifting of/ADP/IN/prep/3/of sanctions/NOUN/NNS/pobj/4/sanction "
        "on/ADP/IN/prep/3/on Iran/PROPN/NNP/pobj/6/Iran/GPE ./PUNCT/./punct/1/."
    )
    mentions = code_table(table)
    assert [(m.type, [a.country for a in m.recipient]) for m in mentions] == [("RETREAT", ["IRN"])]


def test_complaint_target_is_what_is_complained_about(code_table):
    # "complained to the UN over Chinese raids": China is accused, the UN only hears it.
    mentions = code_table(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE complained/VERB/VBD/ROOT/1/complain to/ADP/IN/prep/1/to "
        "the/DET/DT/det/5/the/ORG United/PROPN/NNP/compound/5/United/ORG Nations/PROPN/NNP/pobj/2/Nations/ORG "
        "over/ADP/IN/prep/1/over Chinese/ADJ/JJ/amod/8/chinese/NORP raids/NOUN/NNS/pobj/6/raid "
        "./PUNCT/./punct/1/."
    )
    accusations = [m for m in mentions if m.type == "ACCUSE"]
    assert [([a.country for a in m.actor], [a.country for a in m.recipient]) for m in accusations] == [
        (["IRN"], ["CHN"])
    ]


def test_a_request_for_something_from_a_party_is_made_to_that_party(code_table):
    mention = assert_codes(code_table(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE asked/VERB/VBD/ROOT/1/ask for/ADP/IN/prep/1/for help/NOUN/NN/pobj/2/help "
        "from/ADP/IN/prep/3/from China/PROPN/NNP/pobj/4/China/GPE ./PUNCT/./punct/1/."
    ), ("REQUEST", None))
    assert [a.country for a in mention.recipient] == ["CHN"]


def test_votes_for_and_against(code_table):
    voted_for = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE voted/VERB/VBD/ROOT/1/vote in/ADP/IN/prep/1/in favour/NOUN/NN/pobj/2/favour "
        "of/ADP/IN/prep/3/of the/DET/DT/det/6/the resolution/NOUN/NN/pobj/4/resolution ./PUNCT/./punct/1/."
    )
    voted_against = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE voted/VERB/VBD/ROOT/1/vote against/ADP/IN/prep/1/against "
        "the/DET/DT/det/4/the resolution/NOUN/NN/pobj/2/resolution ./PUNCT/./punct/1/."
    )
    assert_codes(voted_for, ("SUPPORT", None), absent=("REJECT",))
    assert_codes(voted_against, ("REJECT", None), absent=("SUPPORT",))


def test_a_phrase_word_of_a_complement_clause_is_not_the_verbs_own(code_table):
    # "Russia said yes to talks, however Iran said no to talks": the first clause hangs on
    # the second "said" as its complement; its "yes" does not make Iran's answer a yes
    mentions = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE said/VERB/VBD/ccomp/8/say yes/INTJ/UH/intj/1/yes "
        "to/ADP/IN/prep/1/to talks/NOUN/NNS/pobj/3/talk ,/PUNCT/,/punct/8/, however/ADV/RB/advmod/8/however "
        "Iran/PROPN/NNP/nsubj/8/Iran/GPE said/VERB/VBD/ROOT/8/say no/INTJ/UH/intj/8/no to/ADP/IN/prep/8/to "
        "talks/NOUN/NNS/pobj/10/talk ./PUNCT/./punct/8/."
    )
    answers = {(m.type, a.country) for m in mentions for a in m.actor if m.type in ("SUPPORT", "REJECT")}
    assert answers == {("SUPPORT", "RUS"), ("REJECT", "IRN")}


def test_a_yes_vote_to_a_partys_plan_supports_that_party(code_table):
    mentions = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE voted/VERB/VBD/ROOT/1/vote yes/INTJ/UH/intj/1/yes "
        "to/ADP/IN/prep/1/to China/PROPN/NNP/poss/6/China/GPE 's/PART/POS/case/4/'s plan/NOUN/NN/pobj/3/plan "
        "./PUNCT/./punct/1/."
    )
    vote = assert_codes(mentions, ("SUPPORT", None), ("REJECT",))
    assert [a.country for a in vote.recipient] == ["CHN"]


def test_a_states_protest_is_made_in_words_a_crowds_in_the_street(code_table):
    state = code_table(
        "China/PROPN/NNP/nsubj/1/China/GPE protested/VERB/VBD/ROOT/1/protest the/DET/DT/det/3/the "
        "plan/NOUN/NN/dobj/1/plan ./PUNCT/./punct/1/."
    )
    assert_codes(state, ("ACCUSE", "disapprove"), ("PROTEST",))
    crowd = code_table("Russians/PROPN/NNPS/nsubj/1/Russians/NORP protested/VERB/VBD/ROOT/1/protest ./PUNCT/./punct/1/.")
    assert_codes(crowd, ("PROTEST", "demo"), ("ACCUSE",))


def test_a_warning_that_only_foretells_threatens_no_one(code_table):
    forecast = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE warned/VERB/VBD/ROOT/1/warn that/SCONJ/IN/mark/5/that "
        "prices/NOUN/NNS/nsubj/5/price will/AUX/MD/aux/5/will rise/VERB/VB/ccomp/1/rise ./PUNCT/./punct/1/."
    )
    assert_skips(forecast, "THREATEN")
    threat = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE warned/VERB/VBD/ROOT/1/warn that/SCONJ/IN/mark/5/that "
        "it/PRON/PRP/nsubj/5/it would/AUX/MD/aux/5/would retaliate/VERB/VB/ccomp/1/retaliate ./PUNCT/./punct/1/."
    )
    assert "THREATEN" in {m.type for m in threat}
    warned = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE warned/VERB/VBD/ROOT/1/warn China/PROPN/NNP/dobj/1/China/GPE "
        "that/SCONJ/IN/mark/6/that prices/NOUN/NNS/nsubj/6/price will/AUX/MD/aux/6/will rise/VERB/VB/ccomp/1/rise "
        "./PUNCT/./punct/1/."
    )
    assert "THREATEN" in {m.type for m in warned}


def test_a_warning_about_a_party_targets_it(code_table):
    mentions = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE warned/VERB/VBD/ROOT/1/warn that/SCONJ/IN/mark/5/that "
        "Iran/PROPN/NNP/nsubj/5/Iran/GPE would/AUX/MD/aux/5/would pay/VERB/VB/ccomp/1/pay ./PUNCT/./punct/1/."
    )
    threat = assert_codes(mentions, ("THREATEN", None))
    assert [a.country for a in threat.recipient] == ["IRN"]
