"""Word classes of the conflict and policing trigger dictionaries, on hand-built parses.

Each case is a sentence written for this test (not taken from any evaluation data), the
event type and mode it must give, and the types it must not give.
"""

from __future__ import annotations

import pytest
from trigger_checks import assert_codes, assert_skips

# word/POS/TAG/dep/head/lemma[/ENT]
CASES = [
    # ------------------------------------------------------------------ protest
    pytest.param(
        "Protesters/NOUN/NNS/nsubj/1/protester gathered/VERB/VBD/ROOT/1/gather outside/ADP/IN/prep/1/outside "
        "the/DET/DT/det/4/the court/NOUN/NN/pobj/2/court ./PUNCT/./punct/1/.",
        ("PROTEST", "demo"),
        (),
        id="crowd-gathers",
    ),
    pytest.param(
        "They/PRON/PRP/nsubj/1/they waved/VERB/VBD/ROOT/1/wave placards/NOUN/NNS/dobj/1/placard "
        "./PUNCT/./punct/1/.",
        ("PROTEST", "demo"),
        (),
        id="placards-waved",
    ),
    pytest.param(
        "Protesters/NOUN/NNS/nsubj/1/protester stoned/VERB/VBD/ROOT/1/stone police/NOUN/NN/compound/3/police "
        "vehicles/NOUN/NNS/dobj/1/vehicle ./PUNCT/./punct/1/.",
        ("PROTEST", "riot"),
        (),
        id="vehicles-stoned",
    ),
    pytest.param(
        "The/DET/DT/det/1/the town/NOUN/NN/nsubjpass/3/town was/AUX/VBD/auxpass/3/be rocked/VERB/VBN/ROOT/3/rock "
        "by/ADP/IN/agent/3/by unrest/NOUN/NN/pobj/4/unrest ./PUNCT/./punct/3/.",
        ("PROTEST", "riot"),
        (),
        id="unrest-without-actor",
    ),
    pytest.param(
        "Protesters/NOUN/NNS/nsubj/1/protester blocked/VERB/VBD/ROOT/1/block the/DET/DT/det/3/the "
        "road/NOUN/NN/dobj/1/road ./PUNCT/./punct/1/.",
        ("PROTEST", "obstruct"),
        (),
        id="road-blocked",
    ),
    pytest.param(
        "Protesters/NOUN/NNS/nsubj/1/protester burned/VERB/VBD/ROOT/1/burn tyres/NOUN/NNS/dobj/1/tyre "
        "./PUNCT/./punct/1/.",
        ("PROTEST", "riot"),
        (),
        id="tyres-burned",
    ),
    pytest.param(
        "Teachers/NOUN/NNS/nsubj/1/teacher are/AUX/VBP/ROOT/1/be on/ADP/IN/prep/1/on a/DET/DT/det/6/a "
        "go/VERB/VB/compound/6/go -/PUNCT/HYPH/punct/6/- slow/NOUN/NN/pobj/2/slow ./PUNCT/./punct/1/.",
        ("PROTEST", "strike"),
        (),
        id="hyphenated-go-slow",
    ),
    pytest.param(
        "Striking/ADJ/JJ/amod/1/striking miners/NOUN/NNS/nsubj/2/miner lost/VERB/VBD/ROOT/2/lose "
        "their/PRON/PRP$/poss/4/their jobs/NOUN/NNS/dobj/2/job ./PUNCT/./punct/2/.",
        ("PROTEST", "strike"),
        (),
        id="striking-workers",
    ),
    pytest.param(
        "Miners/NOUN/NNS/nsubj/1/miner went/VERB/VBD/ROOT/1/go on/ADP/IN/prep/1/on the/DET/DT/det/4/the "
        "rampage/NOUN/NN/pobj/2/rampage ./PUNCT/./punct/1/.",
        ("PROTEST", "riot"),
        (),
        id="went-on-the-rampage",
    ),
    pytest.param(
        "Volunteers/NOUN/NNS/nsubj/1/volunteer courted/VERB/VBD/ROOT/1/court arrest/NOUN/NN/dobj/1/arrest "
        "./PUNCT/./punct/1/.",
        ("PROTEST", "demo"),
        ("COERCE",),
        id="courting-arrest-is-a-protest",
    ),
    pytest.param(
        "Protesters/NOUN/NNS/nsubj/1/protester blocked/VERB/VBD/ROOT/1/block Main_Street/PROPN/NNP/dobj/1/Main_Street "
        "./PUNCT/./punct/1/.",
        ("PROTEST", "obstruct"),
        (),
        id="named-road-blocked-by-a-crowd",
    ),
    pytest.param(
        "Protesters/NOUN/NNS/nsubj/1/protester turned/VERB/VBD/ROOT/1/turn violent/ADJ/JJ/acomp/1/violent "
        "./PUNCT/./punct/1/.",
        ("PROTEST", "riot"),
        (),
        id="crowd-turned-violent",
    ),
    pytest.param(
        "Protesters/NOUN/NNS/nsubj/1/protester called/VERB/VBD/ROOT/1/call a/DET/DT/det/3/a bandh/NOUN/NN/dobj/1/bandh "
        "./PUNCT/./punct/1/.",
        ("PROTEST", "strike"),
        (),
        id="bandh-called",
    ),
    pytest.param(
        "Protesters/NOUN/NNS/nsubj/1/protester called/VERB/VBD/ROOT/1/call a/DET/DT/det/3/a "
        "boycott/NOUN/NN/dobj/1/boycott of/ADP/IN/prep/3/of Russian/ADJ/JJ/amod/6/Russian/NORP "
        "goods/NOUN/NNS/pobj/4/good ./PUNCT/./punct/1/.",
        ("PROTEST", "boycott"),
        (),
        id="boycott-noun",
    ),
    pytest.param(
        "Protesters/NOUN/NNS/nsubj/1/protester began/VERB/VBD/ROOT/1/begin civil/ADJ/JJ/amod/3/civil "
        "disobedience/NOUN/NN/dobj/1/disobedience ./PUNCT/./punct/1/.",
        ("PROTEST", "demo"),
        (),
        id="civil-disobedience",
    ),
    pytest.param(
        "Protesters/NOUN/NNS/nsubj/1/protester signed/VERB/VBD/ROOT/1/sign a/DET/DT/det/3/a "
        "petition/NOUN/NN/dobj/1/petition ./PUNCT/./punct/1/.",
        ("PROTEST", "demo"),
        (),
        id="petition-signed",
    ),
    pytest.param(
        "Protesters/NOUN/NNS/nsubj/1/protester handed/VERB/VBD/ROOT/1/hand Xi_Jinping/PROPN/NNP/dative/1/Xi_Jinping/PERSON "
        "a/DET/DT/det/4/a memorandum/NOUN/NN/dobj/1/memorandum ./PUNCT/./punct/1/.",
        ("PROTEST", "demo"),
        (),
        id="memorandum-handed-over",
    ),
    pytest.param(
        "Protesters/NOUN/NNS/nsubj/1/protester threw/VERB/VBD/ROOT/1/throw eggs/NOUN/NNS/dobj/1/egg "
        "at/ADP/IN/prep/1/at the/DET/DT/det/5/the police/NOUN/NN/pobj/3/police ./PUNCT/./punct/1/.",
        ("PROTEST", "riot"),
        (),
        id="eggs-thrown",
    ),
    # ------------------------------------------------------------------ arrests
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE demanded/VERB/VBD/ROOT/1/demand the/DET/DT/det/3/the "
        "arrest/NOUN/NN/dobj/1/arrest of/ADP/IN/prep/3/of the/DET/DT/det/6/the officers/NOUN/NNS/pobj/4/officer "
        "./PUNCT/./punct/1/.",
        ("REQUEST", None),
        ("COERCE",),
        id="demanding-an-arrest-is-a-request",
    ),
    pytest.param(
        "Protesters/NOUN/NNS/nsubjpass/2/protester were/AUX/VBD/auxpass/2/be held/VERB/VBN/ROOT/2/hold "
        "in/ADP/IN/prep/2/in custody/NOUN/NN/pobj/3/custody ./PUNCT/./punct/2/.",
        ("COERCE", "arrest"),
        (),
        id="held-in-custody",
    ),
    pytest.param(
        "Police/NOUN/NNS/nsubj/1/police held/VERB/VBD/ROOT/1/hold the/DET/DT/det/3/the "
        "protesters/NOUN/NNS/dobj/1/protester ./PUNCT/./punct/1/.",
        ("COERCE", "arrest"),
        (),
        id="police-hold-people",
    ),
    pytest.param(
        "Police/NOUN/NNS/nsubj/1/police apprehended/VERB/VBD/ROOT/1/apprehend the/DET/DT/det/3/the "
        "protesters/NOUN/NNS/dobj/1/protester ./PUNCT/./punct/1/.",
        ("COERCE", "arrest"),
        (),
        id="apprehend-a-person",
    ),
    pytest.param(
        "Russia/PROPN/NNP/poss/2/Russia/GPE 's/PART/POS/case/0/'s crackdown/NOUN/NN/ROOT/2/crackdown "
        "on/ADP/IN/prep/2/on protesters/NOUN/NNS/pobj/3/protester",
        ("COERCE", "restrict"),
        (),
        id="crackdown-is-not-an-arrest",
    ),
    # ----------------------------------------------------------- police action
    pytest.param(
        "Police/NOUN/NNS/nsubj/1/police patrolled/VERB/VBD/ROOT/1/patrol the/DET/DT/det/3/the "
        "streets/NOUN/NNS/dobj/1/street ./PUNCT/./punct/1/.",
        ("MOBILIZE", "police"),
        (),
        id="police-patrol",
    ),
    pytest.param(
        "Police/NOUN/NNS/nsubj/1/police searched/VERB/VBD/ROOT/1/search the/DET/DT/det/3/the "
        "house/NOUN/NN/dobj/1/house ./PUNCT/./punct/1/.",
        ("MOBILIZE", "police"),
        ("COERCE", "ASSAULT"),
        id="police-search-is-not-force",
    ),
    pytest.param(
        "Police/NOUN/NNS/nsubj/1/police registered/VERB/VBD/ROOT/1/register a/DET/DT/det/3/a "
        "case/NOUN/NN/dobj/1/case against/ADP/IN/prep/1/against the/DET/DT/det/6/the "
        "protesters/NOUN/NNS/pobj/4/protester ./PUNCT/./punct/1/.",
        ("ACCUSE", "allege"),
        (),
        id="case-registered",
    ),
    pytest.param(
        "A/DET/DT/det/1/a case/NOUN/NN/nsubjpass/3/case was/AUX/VBD/auxpass/3/be registered/VERB/VBN/ROOT/3/register "
        "against/ADP/IN/prep/3/against protesters/NOUN/NNS/pobj/4/protester ./PUNCT/./punct/3/.",
        ("ACCUSE", "allege"),
        (),
        id="case-registered-passive",
    ),
    pytest.param(
        "Police/NOUN/NNS/nsubj/1/police questioned/VERB/VBD/ROOT/1/question the/DET/DT/det/3/the "
        "protesters/NOUN/NNS/dobj/1/protester ./PUNCT/./punct/1/.",
        ("ACCUSE", "investigate"),
        (),
        id="police-questioning",
    ),
    pytest.param(
        "Two/NUM/CD/nummod/1/two men/NOUN/NNS/nsubjpass/3/man were/AUX/VBD/auxpass/3/be killed/VERB/VBN/ROOT/3/kill "
        "in/ADP/IN/prep/3/in police/NOUN/NN/compound/6/police firing/VERB/VBG/pobj/4/fire ./PUNCT/./punct/3/.",
        ("ASSAULT", "firearms"),
        (),
        id="police-firing-gerund",
    ),
    pytest.param(
        "Police/NOUN/NNS/nsubj/3/police lathi/NOUN/NN/npadvmod/3/lathi -/PUNCT/HYPH/punct/3/- "
        "charged/VERB/VBD/ROOT/3/charge the/DET/DT/det/5/the protesters/NOUN/NNS/dobj/3/protester ./PUNCT/./punct/3/.",
        ("ASSAULT", "crowd-control"),
        ("ACCUSE",),
        id="hyphenated-lathi-charge",
    ),
    pytest.param(
        "Police/NOUN/NNS/nsubj/1/police brought/VERB/VBD/ROOT/1/bring the/DET/DT/det/3/the "
        "situation/NOUN/NN/dobj/1/situation under/ADP/IN/prep/1/under control/NOUN/NN/pobj/4/control "
        "./PUNCT/./punct/1/.",
        ("MOBILIZE", "police"),
        (),
        id="situation-brought-under-control",
    ),
    pytest.param(
        "Protesters/NOUN/NNS/nsubj/1/protester lodged/VERB/VBD/ROOT/1/lodge an/DET/DT/det/3/an fir/NOUN/NN/dobj/1/fir "
        "against/ADP/IN/prep/1/against the/DET/DT/det/6/the police/NOUN/NN/pobj/4/police ./PUNCT/./punct/1/.",
        ("ACCUSE", "allege"),
        (),
        id="complaint-lodged",
    ),
    pytest.param(
        "The/DET/DT/det/2/the police/NOUN/NN/compound/2/police interrogation/NOUN/NN/nsubj/5/interrogation "
        "of/ADP/IN/prep/2/of protesters/NOUN/NNS/pobj/3/protester continued/VERB/VBD/ROOT/5/continue "
        "./PUNCT/./punct/5/.",
        ("ACCUSE", "investigate"),
        (),
        id="interrogation-noun",
    ),
    pytest.param(
        "A/DET/DT/det/2/a police/NOUN/NN/compound/2/police escort/NOUN/NN/nsubj/3/escort "
        "accompanied/VERB/VBD/ROOT/3/accompany the/DET/DT/det/5/the convoy/NOUN/NN/dobj/3/convoy ./PUNCT/./punct/3/.",
        ("MOBILIZE", "police"),
        (),
        id="police-escort-noun",
    ),
    pytest.param(
        "Police/NOUN/NNS/nsubj/1/police exchanged/VERB/VBD/ROOT/1/exchange fire/NOUN/NN/dobj/1/fire "
        "with/ADP/IN/prep/1/with protesters/NOUN/NNS/pobj/3/protester ./PUNCT/./punct/1/.",
        ("ASSAULT", None),
        (),
        id="armed-exchange-of-fire",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE launched/VERB/VBD/ROOT/1/launch a/DET/DT/det/4/a "
        "military/ADJ/JJ/amod/4/military operation/NOUN/NN/dobj/1/operation ./PUNCT/./punct/1/.",
        ("ASSAULT", None),
        (),
        id="military-operation-launched",
    ),
    # ------------------------------------------------------------------ weapons
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE fired/VERB/VBD/ROOT/1/fire missiles/NOUN/NNS/dobj/1/missile "
        "at/ADP/IN/prep/1/at Iran/PROPN/NNP/pobj/3/Iran/GPE ./PUNCT/./punct/1/.",
        ("ASSAULT", "heavy-weapons"),
        ("MOBILIZE",),
        id="missiles-fired-at-a-target",
    ),
    pytest.param(
        "North_Korea/PROPN/NNP/nsubj/1/North_Korea/GPE fired/VERB/VBD/ROOT/1/fire a/DET/DT/det/3/a "
        "missile/NOUN/NN/dobj/1/missile ./PUNCT/./punct/1/.",
        ("MOBILIZE", "weapons"),
        ("ASSAULT",),
        id="missile-fired-without-target",
    ),
    pytest.param(
        "An/DET/DT/det/1/an airstrike/NOUN/NN/nsubj/2/airstrike hit/VERB/VBD/ROOT/2/hit the/DET/DT/det/4/the "
        "market/NOUN/NN/dobj/2/market ./PUNCT/./punct/2/.",
        ("ASSAULT", "aerial"),
        (),
        id="airstrike-without-attacker",
    ),
    pytest.param(
        "Russian/ADJ/JJ/amod/1/Russian/NORP warplanes/NOUN/NNS/nsubj/2/warplane pounded/VERB/VBD/ROOT/2/pound "
        "the/DET/DT/det/4/the town/NOUN/NN/dobj/2/town ./PUNCT/./punct/2/.",
        ("ASSAULT", "aerial"),
        (),
        id="warplanes-name-the-means",
    ),
    pytest.param(
        "A/DET/DT/det/1/a curfew/NOUN/NN/nsubjpass/3/curfew was/AUX/VBD/auxpass/3/be clamped/VERB/VBN/ROOT/3/clamp "
        "on/ADP/IN/prep/3/on the/DET/DT/det/6/the town/NOUN/NN/pobj/4/town ./PUNCT/./punct/3/.",
        ("COERCE", "curfew"),
        (),
        id="curfew-clamped-with-no-one-named",
    ),
    pytest.param(
        "The/DET/DT/det/1/the government/NOUN/NN/nsubj/2/government declared/VERB/VBD/ROOT/2/declare a/DET/DT/det/5/a "
        "state/NOUN/NN/compound/5/state emergency/NOUN/NN/dobj/2/emergency ./PUNCT/./punct/2/.",
        ("COERCE", "martial-law"),
        (),
        id="state-of-emergency-is-martial-law-not-curfew",
    ),
    pytest.param(
        "The/DET/DT/det/1/the town/NOUN/NN/nsubjpass/3/town was/AUX/VBD/auxpass/3/be placed/VERB/VBN/ROOT/3/place "
        "under/ADP/IN/prep/3/under curfew/NOUN/NN/pobj/4/curfew ./PUNCT/./punct/3/.",
        ("COERCE", "curfew"),
        (),
        id="a-town-placed-under-curfew",
    ),
    pytest.param(
        "They/PRON/PRP/nsubj/1/they blockaded/VERB/VBD/ROOT/1/blockade roads/NOUN/NNS/dobj/1/road "
        "./PUNCT/./punct/1/.",
        ("PROTEST", "obstruct"),
        (),
        id="unnamed-crowd-blocks-roads",
    ),
    pytest.param(
        "They/PRON/PRP/nsubj/1/they took/VERB/VBD/ROOT/1/take to/ADP/IN/prep/1/to the/DET/DT/det/4/the "
        "streets/NOUN/NNS/pobj/2/street ./PUNCT/./punct/1/.",
        ("PROTEST", "demo"),
        (),
        id="took-to-the-streets",
    ),
    pytest.param(
        "Barricades/NOUN/NNS/nsubjpass/2/barricade were/AUX/VBD/auxpass/2/be erected/VERB/VBN/ROOT/2/erect "
        "across/ADP/IN/prep/2/across the/DET/DT/det/6/the main/ADJ/JJ/amod/6/main road/NOUN/NN/pobj/3/road "
        "./PUNCT/./punct/2/.",
        ("PROTEST", "obstruct"),
        (),
        id="barricades-erected",
    ),
    pytest.param(
        "Strikers/NOUN/NNS/nsubj/1/striker hurled/VERB/VBD/ROOT/1/hurl rocks/NOUN/NNS/dobj/1/rock "
        "and/CCONJ/CC/cc/2/and petrol/NOUN/NN/compound/5/petrol bombs/NOUN/NNS/conj/2/bomb at/ADP/IN/prep/1/at "
        "the/DET/DT/det/8/the police/NOUN/NN/pobj/6/police ./PUNCT/./punct/1/.",
        ("PROTEST", "riot"),
        ("ASSAULT",),
        id="crowd-throws-rocks-and-petrol-bombs",
    ),
    pytest.param(
        "Pupils/NOUN/NNS/nsubj/1/pupil boycotted/VERB/VBD/ROOT/1/boycott classes/NOUN/NNS/dobj/1/class "
        "./PUNCT/./punct/1/.",
        ("PROTEST", "boycott"),
        (),
        id="boycott-by-an-unknown-group",
    ),
    # ------------------------------------------------------------- police actions
    pytest.param(
        "Police/NOUN/NN/nsubj/1/police used/VERB/VBD/ROOT/1/use force/NOUN/NN/dobj/1/force "
        "against/ADP/IN/prep/1/against the/DET/DT/det/5/the students/NOUN/NNS/pobj/3/student ./PUNCT/./punct/1/.",
        ("ASSAULT", "crowd-control"),
        (),
        id="police-used-force",
    ),
    pytest.param(
        "Police/NOUN/NN/nsubj/1/police thrashed/VERB/VBD/ROOT/1/thrash the/DET/DT/det/3/the "
        "protesters/NOUN/NNS/dobj/1/protester ./PUNCT/./punct/1/.",
        ("ASSAULT", "beat"),
        (),
        id="protesters-thrashed",
    ),
    pytest.param(
        "The/DET/DT/det/1/the trader/NOUN/NN/nsubjpass/3/trader was/AUX/VBD/auxpass/3/be hacked/VERB/VBN/ROOT/3/hack "
        "to/ADP/IN/prep/3/to death/NOUN/NN/pobj/4/death ./PUNCT/./punct/3/.",
        ("ASSAULT", None),
        ("COERCE",),
        id="hacked-to-death",
    ),
    pytest.param(
        "The/DET/DT/det/1/the area/NOUN/NN/nsubjpass/3/area was/AUX/VBD/auxpass/3/be "
        "cordoned/VERB/VBN/ROOT/3/cordone off/ADP/RP/prt/3/off ./PUNCT/./punct/3/.",
        ("MOBILIZE", "police"),
        (),
        id="area-cordoned-off",
    ),
    pytest.param(
        "Police/NOUN/NN/nsubj/1/police recovered/VERB/VBD/ROOT/1/recover two/NUM/CD/nummod/3/two "
        "pistols/NOUN/NNS/dobj/1/pistol ./PUNCT/./punct/1/.",
        ("MOBILIZE", "police"),
        (),
        id="police-recovered-weapons",
    ),
    pytest.param(
        "A/DET/DT/det/1/a case/NOUN/NN/nsubjpass/3/case was/AUX/VBD/auxpass/3/be lodged/VERB/VBN/ROOT/3/lodge "
        "against/ADP/IN/prep/3/against the/DET/DT/det/6/the driver/NOUN/NN/pobj/4/driver ./PUNCT/./punct/3/.",
        ("ACCUSE", "allege"),
        (),
        id="case-lodged",
    ),
    pytest.param(
        "Police/NOUN/NN/nsubj/1/police chargesheeted/VERB/VBD/ROOT/1/chargesheete six/NUM/CD/nummod/3/six "
        "traders/NOUN/NNS/dobj/1/trader ./PUNCT/./punct/1/.",
        ("ACCUSE", "allege"),
        (),
        id="chargesheeted",
    ),
    pytest.param(
        "Vigilance/NOUN/NN/nsubjpass/3/vigilance was/AUX/VBD/auxpass/3/be being/AUX/VBG/auxpass/3/be "
        "maintained/VERB/VBN/ROOT/3/maintain at/ADP/IN/prep/3/at the/DET/DT/det/6/the station/NOUN/NN/pobj/4/station "
        "./PUNCT/./punct/3/.",
        ("MOBILIZE", "police"),
        (),
        id="vigilance-maintained",
    ),
    pytest.param(
        "The/DET/DT/det/1/the army/NOUN/NN/nsubj/2/army held/VERB/VBD/ROOT/2/hold flag/NOUN/NN/compound/4/flag "
        "marches/NOUN/NNS/dobj/2/march ./PUNCT/./punct/2/.",
        ("MOBILIZE", "police"),
        ("PROTEST",),
        id="flag-march-is-not-a-protest",
    ),
    pytest.param(
        "The/DET/DT/det/1/the jawans/NOUN/NNS/nsubj/2/jawan patrolled/VERB/VBD/ROOT/2/patrol the/DET/DT/det/4/the "
        "lanes/NOUN/NNS/dobj/2/lane ./PUNCT/./punct/2/.",
        ("MOBILIZE", "police"),
        (),
        id="unknown-force-patrols",
    ),
    pytest.param(
        "The/DET/DT/det/1/the bomber/NOUN/NN/nsubj/2/bomber blew/VERB/VBD/ROOT/2/blow himself/PRON/PRP/dobj/2/himself "
        "up/ADP/RP/prt/2/up near/ADP/IN/prep/2/near the/DET/DT/det/7/the checkpoint/NOUN/NN/pobj/5/checkpoint "
        "./PUNCT/./punct/2/.",
        ("ASSAULT", "suicide-attack"),
        (),
        id="blew-himself-up",
    ),
    pytest.param(
        "Three/NUM/CD/nummod/1/three men/NOUN/NNS/nsubj/2/man raped/VERB/VBD/ROOT/2/rap a/DET/DT/det/4/a "
        "woman/NOUN/NN/dobj/2/woman ./PUNCT/./punct/2/.",
        ("ASSAULT", "sexual"),
        (),
        id="raped-lemmatised-as-rap",
    ),
    pytest.param(
        "The/DET/DT/det/1/the town/NOUN/NN/nsubjpass/3/town was/AUX/VBD/auxpass/3/be recaptured/VERB/VBN/ROOT/3/recapture "
        "on/ADP/IN/prep/3/on Friday/PROPN/NNP/pobj/4/Friday/DATE ./PUNCT/./punct/3/.",
        ("COERCE", "seize"),
        (),
        id="town-recaptured-by-someone-unnamed",
    ),
    pytest.param(
        "Police/NOUN/NN/nsubj/1/police fired/VERB/VBD/ROOT/1/fire tear/NOUN/NN/compound/3/tear gas/NOUN/NN/dobj/1/gas "
        "in/ADP/IN/prep/1/in clashes/NOUN/NNS/pobj/4/clash with/ADP/IN/prep/5/with protesters/NOUN/NNS/pobj/6/protester "
        "./PUNCT/./punct/1/.",
        ("PROTEST", "riot"),
        (),
        id="clashes-with-protesters-are-a-riot",
    ),
    pytest.param(
        "Gunmen/NOUN/NNS/nsubj/1/gunman assassinated/VERB/VBD/ROOT/1/assassinate the/DET/DT/det/3/the "
        "mayor/NOUN/NN/dobj/1/mayor ./PUNCT/./punct/1/.",
        ("ASSAULT", "targeted"),
        (),
        id="assassinated",
    ),
    pytest.param(
        "The/DET/DT/det/1/the party/NOUN/NN/nsubj/2/party began/VERB/VBD/ROOT/2/begin collecting/VERB/VBG/xcomp/2/collect "
        "signatures/NOUN/NNS/dobj/3/signature ./PUNCT/./punct/2/.",
        ("PROTEST", "demo"),
        (),
        id="collecting-signatures",
    ),
    pytest.param(
        "Dockers/NOUN/NNS/nsubj/1/docker called/VERB/VBD/ROOT/1/call a/DET/DT/det/4/a total/ADJ/JJ/amod/4/total "
        "shutdown/NOUN/NN/dobj/1/shutdown of/ADP/IN/prep/4/of the/DET/DT/det/7/the port/NOUN/NN/pobj/5/port "
        "./PUNCT/./punct/1/.",
        ("PROTEST", "strike"),
        (),
        id="total-shutdown",
    ),
    pytest.param(
        "Police/NOUN/NNS/nsubj/1/police prevented/VERB/VBD/ROOT/1/prevent the/DET/DT/det/3/the "
        "marchers/NOUN/NNS/dobj/1/marcher from/ADP/IN/prep/1/from crossing/VERB/VBG/pcomp/4/cross "
        "the/DET/DT/det/7/the bridge/NOUN/NN/dobj/5/bridge ./PUNCT/./punct/1/.",
        ("MOBILIZE", "police"),
        ("ASSAULT",),
        id="police-prevent",
    ),
    pytest.param(
        "Police/NOUN/NNS/nsubj/1/police identified/VERB/VBD/ROOT/1/identify the/DET/DT/det/3/the "
        "looters/NOUN/NNS/dobj/1/looter ./PUNCT/./punct/1/.",
        ("MOBILIZE", "police"),
        (),
        id="police-identify",
    ),
    pytest.param(
        "During/ADP/IN/prep/3/during interrogation/NOUN/NN/pobj/0/interrogation he/PRON/PRP/nsubj/3/he "
        "named/VERB/VBD/ROOT/3/name two/NUM/CD/nummod/5/two accomplices/NOUN/NNS/dobj/3/accomplice "
        "./PUNCT/./punct/3/.",
        ("ACCUSE", "investigate"),
        (),
        id="unnamed-interrogation",
    ),
    pytest.param(
        "Each/DET/DT/det/1/each bus/NOUN/NN/nsubj/2/bus had/VERB/VBD/ROOT/2/have an/DET/DT/det/5/an "
        "armed/ADJ/JJ/amod/5/armed escort/NOUN/NN/dobj/2/escort ./PUNCT/./punct/2/.",
        ("MOBILIZE", "police"),
        (),
        id="armed-escort",
    ),
    pytest.param(
        "Russian/ADJ/JJ/amod/1/russian/NORP troops/NOUN/NNS/nsubj/2/troop drove/VERB/VBD/ROOT/2/drive "
        "the/DET/DT/det/4/the villagers/NOUN/NNS/dobj/2/villager from/ADP/IN/prep/2/from their/PRON/PRP$/poss/7/their "
        "homes/NOUN/NNS/pobj/5/home ./PUNCT/./punct/2/.",
        ("ASSAULT", None),
        (),
        id="troops-drive-villagers-from-their-homes",
    ),
    pytest.param(
        "The/DET/DT/det/1/the police/NOUN/NN/nsubj/2/police ordered/VERB/VBD/ROOT/2/order the/DET/DT/det/4/the "
        "newspaper/NOUN/NN/dobj/2/newspaper to/PART/TO/aux/6/to close/VERB/VB/xcomp/2/close ./PUNCT/./punct/2/.",
        ("COERCE", "censor"),
        (),
        id="authorities-order-a-newspaper",
    ),
    pytest.param(
        "A/DET/DT/det/2/a Russian/ADJ/JJ/amod/2/russian/NORP spy/NOUN/NN/nsubjpass/4/spy was/AUX/VBD/auxpass/4/be "
        "executed/VERB/VBN/ROOT/4/execute ./PUNCT/./punct/4/.",
        ("ASSAULT", "execute"),
        (),
        id="execution-with-no-executioner-named",
    ),
    pytest.param(
        "The/DET/DT/det/1/the beating/NOUN/NN/nsubj/6/beating of/ADP/IN/prep/1/of protesters/NOUN/NNS/pobj/2/protester "
        "by/ADP/IN/prep/1/by police/NOUN/NN/pobj/4/police shocked/VERB/VBD/ROOT/6/shock Moscow/PROPN/NNP/dobj/6/Moscow/GPE "
        "./PUNCT/./punct/6/.",
        ("ASSAULT", "beat"),
        (),
        id="beating-noun-by-police",
    ),
    pytest.param(
        "Russia/PROPN/NNP/poss/2/Russia/GPE 's/PART/POS/case/0/'s annexation/NOUN/NN/nsubj/5/annexation of/ADP/IN/prep/2/of "
        "territory/NOUN/NN/pobj/3/territory drew/VERB/VBD/ROOT/5/draw sanctions/NOUN/NNS/dobj/5/sanction ./PUNCT/./punct/5/.",
        ("COERCE", "seize"),
        (),
        id="annexation-noun",
    ),
    pytest.param(
        "The/DET/DT/det/1/the deportation/NOUN/NN/nsubjpass/7/deportation of/ADP/IN/prep/1/of migrants/NOUN/NNS/pobj/2/migrant "
        "by/ADP/IN/prep/1/by Russia/PROPN/NNP/pobj/4/Russia/GPE was/AUX/VBD/auxpass/7/be criticised/VERB/VBN/ROOT/7/criticise "
        "./PUNCT/./punct/7/.",
        ("COERCE", "deport"),
        (),
        id="deportation-noun-by-a-state",
    ),
    pytest.param(
        "The/DET/DT/det/1/the demolition/NOUN/NN/nsubj/7/demolition of/ADP/IN/prep/1/of homes/NOUN/NNS/pobj/2/home "
        "by/ADP/IN/prep/1/by Russian/ADJ/JJ/amod/6/Russian/NORP troops/NOUN/NNS/pobj/4/troop continued/VERB/VBD/ROOT/7/continue "
        "./PUNCT/./punct/7/.",
        ("ASSAULT", None),
        (),
        id="demolition-noun-by-troops",
    ),
    pytest.param(
        "Russian/ADJ/JJ/amod/1/Russian/NORP troops/NOUN/NNS/nsubj/2/troop charged/VERB/VBD/ROOT/2/charge the/DET/DT/det/5/the "
        "army/NOUN/NN/compound/5/army camp/NOUN/NN/dobj/2/camp ./PUNCT/./punct/2/.",
        ("ASSAULT", None),
        ("ACCUSE",),
        id="charging-a-camp-is-an-attack",
    ),
    pytest.param(
        "Police/NOUN/NNS/nsubj/1/police charged/VERB/VBD/ROOT/1/charge the/DET/DT/det/3/the suspect/NOUN/NN/dobj/1/suspect "
        "./PUNCT/./punct/1/.",
        ("ACCUSE", "allege"),
        ("ASSAULT",),
        id="charging-a-suspect-is-an-accusation",
    ),
    pytest.param(
        "Police/NOUN/NNS/nsubj/1/police intercepted/VERB/VBD/ROOT/1/intercept five/NUM/CD/nummod/3/five/CARDINAL "
        "militants/NOUN/NNS/dobj/1/militant ./PUNCT/./punct/1/.",
        ("COERCE", "arrest"),
        (),
        id="intercepting-people-is-an-arrest",
    ),
    pytest.param(
        "Shells/NOUN/NNS/nsubj/6/shell fired/VERB/VBN/acl/0/fire by/ADP/IN/agent/1/by troops/NOUN/NNS/pobj/2/troop "
        "towards/ADP/IN/prep/1/towards Iran/PROPN/NNP/pobj/4/Iran/GPE fell/VERB/VBD/ROOT/6/fall short/ADV/RB/advmod/6/short "
        "./PUNCT/./punct/6/.",
        ("ASSAULT", "heavy-weapons"),
        (),
        id="weapon-is-the-object-of-its-participle",
    ),
    pytest.param(
        "The/DET/DT/det/1/the convoy/NOUN/NN/nsubj/2/convoy came/VERB/VBD/ROOT/2/come under/ADP/IN/prep/2/under "
        "attack/NOUN/NN/pobj/3/attack from/ADP/IN/prep/2/from Russian/ADJ/JJ/amod/7/Russian/NORP troops/NOUN/NNS/pobj/5/troop "
        "./PUNCT/./punct/2/.",
        ("ASSAULT", None),
        (),
        id="came-under-attack-from",
    ),
    pytest.param(
        "Iran/PROPN/NNP/nsubj/1/Iran/GPE condemned/VERB/VBD/ROOT/1/condemn the/DET/DT/det/4/the "
        "terrorist/ADJ/JJ/amod/4/terrorist strikes/NOUN/NNS/dobj/1/strike on/ADP/IN/prep/4/on "
        "China/PROPN/NNP/pobj/5/China/GPE ./PUNCT/./punct/1/.",
        ("ASSAULT", None),
        ("PROTEST",),
        id="terrorist-strikes-are-no-air-strikes",
    ),
    pytest.param(
        "Chinese/ADJ/JJ/amod/1/chinese/NORP troops/NOUN/NNS/nsubj/2/troop took/VERB/VBD/ROOT/2/take up/ADP/RP/prt/2/up "
        "positions/NOUN/NNS/dobj/2/position near/ADP/IN/prep/2/near the/DET/DT/det/7/the border/NOUN/NN/pobj/5/border "
        "./PUNCT/./punct/2/.",
        ("MOBILIZE", "troops"),
        ("COERCE",),
        id="troops-take-up-positions",
    ),
]

NOT_EVENTS = [
    pytest.param(
        "The/DET/DT/det/1/the town/NOUN/NN/nsubj/2/town lived/VERB/VBD/ROOT/2/live under/ADP/IN/prep/2/under "
        "virtual/ADJ/JJ/amod/6/virtual house/NOUN/NN/compound/6/house arrest/NOUN/NN/pobj/3/arrest "
        "./PUNCT/./punct/2/.",
        "COERCE",
        id="virtual-house-arrest-is-a-figure",
    ),
    pytest.param(
        "The/DET/DT/det/1/the hostel/NOUN/NN/nsubj/2/hostel is/AUX/VBZ/ROOT/2/be located/VERB/VBN/acomp/2/locate "
        "near/ADP/IN/prep/3/near the/DET/DT/det/7/the police/NOUN/NN/compound/7/police station/NOUN/NN/pobj/4/station "
        "./PUNCT/./punct/2/.",
        "MOBILIZE",
        id="located-near-a-police-station",
    ),
    pytest.param(
        "Protesters/NOUN/NNS/nsubj/1/protester engaged/VERB/VBD/ROOT/1/engage in/ADP/IN/prep/1/in "
        "clashes/NOUN/NNS/pobj/2/clash with/ADP/IN/prep/3/with police/NOUN/NN/pobj/4/police ./PUNCT/./punct/1/.",
        "ASSAULT",
        id="crowd-clashing-is-not-armed-fighting",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE blocked/VERB/VBD/ROOT/1/block the/DET/DT/det/3/the "
        "appointment/NOUN/NN/dobj/1/appointment ./PUNCT/./punct/1/.",
        "PROTEST",
        id="blocking-an-appointment-is-not-a-protest",
    ),
    pytest.param(
        "He/PRON/PRP/nsubj/1/he suffered/VERB/VBD/ROOT/1/suffer a/DET/DT/det/4/a cardiac/ADJ/JJ/amod/4/cardiac "
        "arrest/NOUN/NN/dobj/1/arrest ./PUNCT/./punct/1/.",
        "COERCE",
        id="cardiac-arrest",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE held/VERB/VBD/ROOT/1/hold Iran/PROPN/NNP/nsubj/3/Iran/GPE "
        "responsible/ADJ/JJ/ccomp/1/responsible ./PUNCT/./punct/1/.",
        "COERCE",
        id="held-responsible",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE apprehended/VERB/VBD/ROOT/1/apprehend trouble/NOUN/NN/dobj/1/trouble "
        "./PUNCT/./punct/1/.",
        "COERCE",
        id="apprehending-trouble",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE intercepted/VERB/VBD/ROOT/1/intercept a/DET/DT/det/3/a "
        "missile/NOUN/NN/dobj/1/missile ./PUNCT/./punct/1/.",
        "COERCE",
        id="intercepting-a-missile",
    ),
    pytest.param(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE questioned/VERB/VBD/ROOT/1/question the/DET/DT/det/3/the "
        "decision/NOUN/NN/dobj/1/decision ./PUNCT/./punct/1/.",
        "ACCUSE",
        id="questioning-a-decision",
    ),
    pytest.param(
        "China/PROPN/NNP/nsubj/1/China/GPE sealed/VERB/VBD/ROOT/1/seal the/DET/DT/det/3/the "
        "deal/NOUN/NN/dobj/1/deal ./PUNCT/./punct/1/.",
        "MOBILIZE",
        id="sealing-without-police",
    ),
    pytest.param(
        "Negotiators/NOUN/NNS/nsubj/1/negotiator thrashed/VERB/VBD/ROOT/1/thrash out/ADP/RP/prt/1/out "
        "a/DET/DT/det/4/a deal/NOUN/NN/dobj/1/deal ./PUNCT/./punct/1/.",
        "ASSAULT",
        id="thrashing-out-a-deal",
    ),
    pytest.param(
        "Somebody/PRON/NN/nsubj/1/somebody hacked/VERB/VBD/ROOT/1/hack the/DET/DT/det/3/the "
        "website/NOUN/NN/dobj/1/website ./PUNCT/./punct/1/.",
        "ASSAULT",
        id="hacking-a-website-kills-no-one",
    ),
    pytest.param(
        "Police/NOUN/NN/nsubj/1/police blocked/VERB/VBD/ROOT/1/block the/DET/DT/det/3/the "
        "road/NOUN/NN/dobj/1/road ./PUNCT/./punct/1/.",
        "PROTEST",
        id="police-closing-a-road",
    ),
    pytest.param(
        "The/DET/DT/det/1/the economy/NOUN/NN/nsubj/2/economy recovered/VERB/VBD/ROOT/2/recover "
        "./PUNCT/./punct/2/.",
        "MOBILIZE",
        id="recovery-without-police",
    ),
    pytest.param(
        "The/DET/DT/det/1/the court/NOUN/NN/nsubj/2/court rapped/VERB/VBD/ROOT/2/rap the/DET/DT/det/4/the "
        "police/NOUN/NN/dobj/2/police ./PUNCT/./punct/2/.",
        "ASSAULT",
        id="court-raps-police",
    ),
    pytest.param(
        "Democrats/PROPN/NNPS/nsubj/1/Democrats regained/VERB/VBD/ROOT/1/regain control/NOUN/NN/dobj/1/control "
        "of/ADP/IN/prep/2/of the/DET/DT/det/5/the House/PROPN/NNP/pobj/3/House ./PUNCT/./punct/1/.",
        "COERCE",
        id="regaining-control-of-a-chamber",
    ),
    pytest.param(
        "The/DET/DT/det/1/the court/NOUN/NN/nsubj/3/court will/AUX/MD/aux/3/will sit/VERB/VB/ROOT/3/sit "
        "on/ADP/IN/prep/3/on march/NOUN/NN/pobj/4/march 15/NUM/CD/nummod/5/15 ./PUNCT/./punct/3/.",
        "PROTEST",
        id="lower-case-month-march",
    ),
    pytest.param(
        "His/PRON/PRP$/poss/1/his beating/NOUN/NN/nsubj/2/beating shocked/VERB/VBD/ROOT/2/shock the/DET/DT/det/4/the "
        "town/NOUN/NN/dobj/2/town ./PUNCT/./punct/2/.",
        "ASSAULT",
        id="his-beating-names-no-doer",
    ),
]


@pytest.mark.parametrize(("table", "expected", "absent"), CASES)
def test_conflict_triggers_code_word_class(table, expected, absent, code_table):
    assert_codes(code_table(table), expected, absent)


@pytest.mark.parametrize(("table", "absent"), NOT_EVENTS)
def test_conflict_triggers_skip_other_senses(table, absent, code_table):
    assert_skips(code_table(table), absent)


def test_stopping_a_protest_restricts_the_protesters_and_keeps_the_protest(code_table):
    mentions = code_table(
        "Russian/ADJ/JJ/amod/1/russian/NORP police/NOUN/NNS/nsubj/2/police prevented/VERB/VBD/ROOT/2/prevent "
        "the/DET/DT/det/4/the rally/NOUN/NN/dobj/2/rally ./PUNCT/./punct/2/.")
    assert sorted((m.type, m.mode) for m in mentions) == [("COERCE", "restrict"), ("PROTEST", "demo")]


def test_unnamed_curfew_is_the_authorities_act(code_table):
    mentions = code_table(
        "A/DET/DT/det/1/a curfew/NOUN/NN/nsubjpass/3/curfew was/AUX/VBD/auxpass/3/be clamped/VERB/VBN/ROOT/3/clamp "
        "on/ADP/IN/prep/3/on the/DET/DT/det/6/the town/NOUN/NN/pobj/4/town ./PUNCT/./punct/3/."
    )
    assert [(m.type, [a.sector for a in m.actor]) for m in mentions] == [("COERCE", ["GOV"])]



def test_troops_deployed_by_no_one_named_are_the_mobilising_side(code_table):
    mention = assert_codes(code_table(
        "Russian/ADJ/JJ/amod/1/Russian/NORP troops/NOUN/NNS/nsubjpass/3/troop were/AUX/VBD/auxpass/3/be "
        "deployed/VERB/VBN/ROOT/3/deploy to/ADP/IN/prep/3/to the/DET/DT/det/6/the border/NOUN/NN/pobj/4/border "
        "./PUNCT/./punct/3/."
    ), ("MOBILIZE", "troops"))
    assert [(a.country, a.sector) for a in mention.actor] == [("RUS", "MIL")]


def test_an_event_noun_takes_a_by_phrase_the_parser_hung_higher(code_table):
    # "by Russian troops" hangs on "suffered"; it names who made the raids
    mention = assert_codes(code_table(
        "Militants/NOUN/NNS/nsubj/1/militant suffered/VERB/VBD/ROOT/1/suffer losses/NOUN/NNS/dobj/1/loss "
        "in/ADP/IN/prep/2/in raids/NOUN/NNS/pobj/3/raid by/ADP/IN/prep/1/by Russian/ADJ/JJ/amod/7/Russian/NORP "
        "troops/NOUN/NNS/pobj/5/troop ./PUNCT/./punct/1/."
    ), ("ASSAULT", None))
    assert [(a.country, a.sector) for a in mention.actor] == [("RUS", "MIL")]


def test_the_possessor_of_an_arrest_with_no_of_phrase_is_the_one_arrested(code_table):
    mention = assert_codes(code_table(
        "Xi/PROPN/NNP/compound/1/Xi Jinping/PROPN/NNP/poss/3/Jinping 's/PART/POS/case/1/'s arrest/NOUN/NN/nsubj/4/arrest "
        "shocked/VERB/VBD/ROOT/4/shock Moscow/PROPN/NNP/dobj/4/Moscow/GPE ./PUNCT/./punct/4/."
    ), ("COERCE", "arrest"))
    assert [a.name for a in mention.recipient] == ["Xi Jinping"]
    assert [a.sector for a in mention.actor] == ["COP"]
    # with an of-phrase the possessor makes the arrest
    mention = assert_codes(code_table(
        "Russia/PROPN/NNP/poss/2/Russia/GPE 's/PART/POS/case/0/'s arrest/NOUN/NN/nsubj/5/arrest of/ADP/IN/prep/2/of "
        "protesters/NOUN/NNS/pobj/3/protester drew/VERB/VBD/ROOT/5/draw criticism/NOUN/NN/dobj/5/criticism "
        "./PUNCT/./punct/5/."
    ), ("COERCE", "arrest"))
    assert [a.country for a in mention.actor] == ["RUS"]


def test_a_kidnapping_noun_takes_the_owner_of_a_role_in_it(code_table):
    mention = assert_codes(code_table(
        "Russia/PROPN/NNP/poss/2/Russia/GPE 's/PART/POS/case/0/'s role/NOUN/NN/nsubj/6/role in/ADP/IN/prep/2/in "
        "the/DET/DT/det/5/the kidnapping/NOUN/NN/pobj/3/kidnapping angered/VERB/VBD/ROOT/6/anger "
        "China/PROPN/NNP/dobj/6/China/GPE ./PUNCT/./punct/6/."
    ), ("ASSAULT", "abduct"))
    assert [a.country for a in mention.actor] == ["RUS"]


def test_who_condemns_an_arrest_did_not_make_it(code_table):
    mentions = code_table(
        "China/PROPN/NNP/nsubj/1/China/GPE condemned/VERB/VBD/ROOT/1/condemn the/DET/DT/det/3/the "
        "arrest/NOUN/NN/dobj/1/arrest of/ADP/IN/prep/3/of protesters/NOUN/NNS/pobj/4/protester ./PUNCT/./punct/1/."
    )
    arrest = assert_codes(mentions, ("COERCE", "arrest"))
    assert [a.sector for a in arrest.actor] == ["COP"], arrest.actor


def test_a_by_phrase_on_another_event_noun_is_not_borrowed(code_table):
    mentions = code_table(
        "The/DET/DT/det/1/the beating/NOUN/NN/nsubj/6/beating of/ADP/IN/prep/1/of protesters/NOUN/NNS/pobj/2/protester "
        "by/ADP/IN/prep/1/by police/NOUN/NN/pobj/4/police shocked/VERB/VBD/ROOT/6/shock Moscow/PROPN/NNP/dobj/6/Moscow/GPE "
        "./PUNCT/./punct/6/."
    )
    assert all(a.sector != "COP" for m in mentions if m.type == "PROTEST" for a in m.actor), mentions


def test_who_agrees_sanctions_imposes_them(code_table):
    # "agree" is no reaction to someone else's act: the sanctions are the subject's own
    mentions = code_table(
        "Russia/PROPN/NNP/nsubj/1/Russia/GPE agreed/VERB/VBD/ROOT/1/agree sanctions/NOUN/NNS/dobj/1/sanction "
        "on/ADP/IN/prep/2/on China/PROPN/NNP/pobj/3/China/GPE ./PUNCT/./punct/1/."
    )
    sanction = assert_codes(mentions, ("SANCTION", None))
    assert [a.country for a in sanction.actor] == ["RUS"]


def test_an_eviction_is_coercion_by_the_police_when_no_one_is_named(code_table):
    named = code_table(
        "Iranian/ADJ/JJ/amod/1/iranian/NORP police/NOUN/NNS/nsubj/2/police evicted/VERB/VBD/ROOT/2/evict "
        "protesters/NOUN/NNS/dobj/2/protester ./PUNCT/./punct/2/."
    )
    evicted = assert_codes(named, ("COERCE", None), ("ASSAULT",))
    assert [(a.country, a.sector) for a in evicted.actor] == [("IRN", "COP")]
    unnamed = code_table(
        "Protesters/NOUN/NNS/nsubjpass/2/protester were/AUX/VBD/auxpass/2/be evicted/VERB/VBN/ROOT/2/evict "
        "./PUNCT/./punct/2/."
    )
    evicted = assert_codes(unnamed, ("COERCE", None))
    assert [a.sector for a in evicted.actor] == ["COP"]


def test_a_crowd_that_disperses_was_not_dispersed(code_table):
    left = code_table("Protesters/NOUN/NNS/nsubj/1/protester dispersed/VERB/VBD/ROOT/1/disperse ./PUNCT/./punct/1/.")
    assert_skips(left, "COERCE")
    driven = code_table(
        "Police/NOUN/NNS/nsubj/1/police dispersed/VERB/VBD/ROOT/1/disperse them/PRON/PRP/dobj/1/they "
        "./PUNCT/./punct/1/."
    )
    assert_codes(driven, ("COERCE", "restrict"))
    shared = code_table(
        "Police/NOUN/NNS/nsubj/1/police dispersed/VERB/VBD/ROOT/1/disperse and/CCONJ/CC/cc/1/and "
        "disarmed/VERB/VBD/conj/1/disarm them/PRON/PRP/dobj/3/they ./PUNCT/./punct/1/."
    )
    assert "COERCE" in {m.type for m in shared}


def test_the_month_is_no_march(code_table):
    month = code_table(  # lower-case text: "they will hold the march 15 programme"
        "they/PRON/PRP/nsubj/2/they will/AUX/MD/aux/2/will hold/VERB/VB/ROOT/2/hold the/DET/DT/det/6/the "
        "march/PROPN/NNP/nmod/6/march/DATE 15/NUM/CD/nummod/4/15/DATE programme/NOUN/NN/dobj/2/programme "
        "./PUNCT/./punct/2/."
    )
    assert_skips(month, "PROTEST")
    walk = code_table(
        "Protesters/NOUN/NNS/nsubj/1/protester began/VERB/VBD/ROOT/1/begin a/DET/DT/det/3/a march/NOUN/NN/dobj/1/march "
        "./PUNCT/./punct/1/."
    )
    assert_codes(walk, ("PROTEST", "demo"))
    market = code_table(
        "The/DET/DT/det/1/the dollar/NOUN/NN/nsubj/2/dollar checked/VERB/VBD/ROOT/2/check its/PRON/PRP$/poss/4/its "
        "march/NOUN/NN/dobj/2/march higher/ADV/RBR/advmod/2/high ./PUNCT/./punct/2/."
    )
    assert_skips(market, "PROTEST")
