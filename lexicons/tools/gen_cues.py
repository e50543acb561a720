#!/usr/bin/env python3
"""Generate lexicons/cues.tsv from the hand-written cue lists below.

The word lists in this file are the project's own work, written by hand from
general knowledge of English news style.  The script only expands each verb
lemma into its inflected forms (base, 3rd person -s, past, past participle,
-ing) and writes one TSV row per surface form.  Output is deterministic.

    python3 lexicons/tools/gen_cues.py            # rewrites lexicons/cues.tsv
    python3 lexicons/tools/gen_cues.py --check    # exit 1 if the file is stale

stdlib only.  The engine reads the TSV; the build never runs this script.
"""
import os
import sys

CLASSES = ("speech", "write", "belief", "prep", "noun", "frame")

# ---------------------------------------------------------------------------
# Inflection
# ---------------------------------------------------------------------------

# lemma -> (3sg, past, past participle, -ing); None = use the regular rule
IRREGULAR = {
    "say": ("says", "said", "said", "saying"),
    "find": ("finds", "found", "found", "finding"),
    "show": ("shows", "showed", "shown", "showing"),
    "tell": ("tells", "told", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thought", "thinking"),
    "feel": ("feels", "felt", "felt", "feeling"),
    "know": ("knows", "knew", "known", "knowing"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "go": ("goes", "went", "gone", "going"),
    "hit": ("hits", "hit", "hit", "hitting"),
    "shoot": ("shoots", "shot", "shot", "shooting"),
    "forecast": ("forecasts", "forecast", "forecast", "forecasting"),
    "foresee": ("foresees", "foresaw", "foreseen", "foreseeing"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "understand": ("understands", "understood", "understood", "understanding"),
    "take": ("takes", "took", "taken", "taking"),
    "make": ("makes", "made", "made", "making"),
    "put": ("puts", "put", "put", "putting"),
    "lay": ("lays", "laid", "laid", "laying"),
    "let": ("lets", "let", "let", "letting"),
    "strike": ("strikes", "struck", "struck", "striking"),
    "break": ("breaks", "broke", "broken", "breaking"),
    "sing": ("sings", "sang", "sung", "singing"),
    "spin": ("spins", "spun", "spun", "spinning"),
    "cut": ("cuts", "cut", "cut", "cutting"),
    "hold": ("holds", "held", "held", "holding"),
    "tear": ("tears", "tore", "torn", "tearing"),
    "read": ("reads", "read", "read", "reading"),
    "dig": ("digs", "dug", "dug", "digging"),
    "fight": ("fights", "fought", "fought", "fighting"),
    "give": ("gives", "gave", "given", "giving"),
    "overhear": ("overhears", "overheard", "overheard", "overhearing"),
    "browbeat": ("browbeats", "browbeat", "browbeaten", "browbeating"),
    "see": ("sees", "saw", "seen", "seeing"),
    "seek": ("seeks", "sought", "sought", "seeking"),
}

# final consonant doubled before -ed / -ing
DOUBLING = {
    "admit", "quip", "snap", "jab", "chat", "regret", "blog", "rebut", "nag",
    "jot", "sob", "rip", "slam", "fret", "shrug", "beg", "sum", "flip-flop",
    "commit", "stop", "aver", "concur", "demur", "pen", "brag", "sidestep",
    "extol", "compel", "refer", "dub", "plan", "prefer",
}

# extra spellings emitted in addition to the regular forms
EXTRA_FORMS = {
    "forecast": ["forecasted"],
    "counsel": ["counselled", "counselling"],
    "signal": ["signalled", "signalling"],
    "backpedal": ["backpedalled", "backpedalling"],
    "marvel": ["marvelled", "marvelling"],
    "cancel": ["cancelled", "cancelling"],
}

VOWELS = "aeiou"


def third_person(v):
    if v.endswith(("s", "x", "z", "ch", "sh")):
        return v + "es"
    if v.endswith("y") and len(v) > 1 and v[-2] not in VOWELS:
        return v[:-1] + "ies"
    if v.endswith("o") and not v.endswith("oo"):
        return v + "es"
    return v + "s"


def past(v):
    if v in DOUBLING:
        return v + v[-1] + "ed"
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and len(v) > 1 and v[-2] not in VOWELS:
        return v[:-1] + "ied"
    return v + "ed"


def gerund(v):
    if v in DOUBLING:
        return v + v[-1] + "ing"
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
        return v[:-1] + "ing"
    return v + "ing"


def verb_forms(v):
    """base, 3sg, past, past participle, -ing, extras (deduplicated, ordered)."""
    if v in IRREGULAR:
        s, p, pp, g = IRREGULAR[v]
        forms = [v, s, p, pp, g]
    else:
        forms = [v, third_person(v), past(v), past(v), gerund(v)]
    forms += EXTRA_FORMS.get(v, [])
    out = []
    for f in forms:
        if f not in out:
            out.append(f)
    return out


POSS = ("his", "her", "their")


def expand_poss(phrase):
    if "{poss}" not in phrase:
        return [phrase]
    return [phrase.replace("{poss}", p) for p in POSS]


def inflect_phrase(lemma):
    """'point out' -> point out / points out / pointed out / pointing out.

    The head verb is the first word unless another word is marked with '*'
    ('falsely *claim').  Returns (clean lemma, [surface forms])."""
    words = lemma.split()
    head = 0
    for i, w in enumerate(words):
        if w.startswith("*"):
            head = i
            words[i] = w[1:]
    clean = " ".join(words)
    forms = []
    for f in verb_forms(words[head]):
        forms.append(" ".join(words[:head] + [f] + words[head + 1:]))
    return clean, forms


# ---------------------------------------------------------------------------
# Hand-written lists.  Inflected blocks: "lemma  framing" per line.
# ---------------------------------------------------------------------------

SPEECH_VERBS = """
# neutral reporting verbs
say 0
# naming verbs that introduce a quoted word: called the talks “useful”
call 0
dub -0.1
label -0.1
term 0
brand -0.3
tell 0
add 0
note 0
explain 0
continue 0
reply 0
respond 0
answer 0
ask 0
inquire 0
enquire 0
query 0
announce 0
declare 0
proclaim 0
pronounce 0
state 0
remark 0
comment 0
mention 0
observe 0
describe 0
recount 0
narrate 0
recall 0
remember 0
reminisce 0
repeat 0
reiterate 0
restate 0
echo 0
disclose 0
reveal 0
divulge 0
confide 0
inform 0
notify 0
brief 0
testify 0
swear 0
attest 0
affirm 0
reaffirm 0
aver 0
avow 0
vouch 0
confirm 0
verify 0
corroborate 0
deny 0
refute 0
reject 0
counter 0
rebut 0
indicate 0
suggest 0
propose 0
posit 0
hint 0
signal 0
speculate 0
muse 0
reflect 0
clarify 0
elaborate 0
specify 0
detail 0
outline 0
summarize 0
summarise 0
characterize 0
characterise 0
portray 0
depict 0
stress 0
emphasize 0
emphasise 0
underscore 0
underline 0
highlight 0
argue 0
agree 0
concur 0
disagree 0
predict 0
forecast 0
warn 0
caution 0
remind 0
promise 0
pledge 0
vow 0
guarantee 0
urge 0
exhort 0
implore 0
beseech 0
entreat 0
appeal 0
invite 0
request 0
order 0
command 0
instruct 0
advise 0
recommend 0
counsel 0
speak 0
talk 0
exclaim 0
whisper 0
murmur 0
gasp 0
cry 0
laugh 0
chuckle 0
tease 0
rule 0
regret 0
interject 0
# light tone: warm or playful
joke 0.1
quip 0.1
jest 0.1
assure 0.1
apologize 0.1
apologise 0.1
# mild doubt, insistence or reluctance
insist -0.1
maintain -0.1
assert -0.1
contend -0.1
concede -0.1
acknowledge -0.1
demand -0.1
plead -0.1
object -0.1
protest -0.1
dispute -0.1
contest -0.1
challenge -0.1
question -0.1
demur -0.1
imply -0.1
lament -0.1
sigh -0.1
sob -0.1
fret -0.1
tout -0.1
retract -0.1
admit -0.2
complain -0.2
bemoan -0.2
beg -0.2
shout -0.2
chant -0.1
mutter -0.2
mumble -0.2
interrupt -0.2
retort -0.2
riposte -0.2
dismiss -0.2
criticize -0.2
criticise -0.2
charge -0.2
accuse -0.2
blame -0.2
groan -0.2
profess -0.2
claim -0.3
allege -0.3
purport -0.3
confess -0.3
condemn -0.3
decry -0.3
deplore -0.3
threaten -0.3
yell -0.3
stammer -0.3
stutter -0.3
blurt -0.3
fault -0.3
scream -0.4
# phrasal and multi-word speech cues
point out 0
# what someone pointed to or referred to is what they talked about
point to 0
refer to 0
express 0
go on 0
go on to say 0
go on to add 0
speak out 0
speak up 0
weigh in 0
chime in 0
pipe up 0
call for 0
call on 0
spell out 0
lay out 0
sum up 0
follow up 0
cry out 0
make clear 0
make the case 0
put it 0
sound the alarm 0
raise concerns 0
voice concern 0
voice concerns 0
express concern 0
express regret 0
express surprise 0
express hope 0.1
express confidence 0.1
express support 0.1
voice support 0.1
express doubt -0.1
express doubts -0.1
express frustration -0.1
take issue -0.2
push back -0.2
shoot back -0.2
call out -0.2
cut in -0.1
butt in -0.3
blurt out -0.3
own up -0.3
hold forth -0.3
go so far as to say -0.2
break {poss} silence 0
reportedly *say -0.1
reportedly *tell -0.1
allegedly *say -0.3
allegedly *tell -0.3
purportedly *say -0.3
"""

WRITE_VERBS = """
write 0
tweet 0
retweet 0
post 0
repost 0
blog 0
email 0
e-mail 0
text 0
message 0
report 0
publish 0
pen 0
jot 0
jot down 0
caption 0
read 0
editorialize -0.1
editorialise -0.1
scrawl -0.1
write back 0
"""

BELIEF_VERBS = """
believe 0
# findings and stances reported like speech: the poll shows, the study found,
# she wants, he plans, they declined to
show 0
find 0
learn 0
identify 0
offer 0
decide 0
favor 0
# (cite: "citing" is a prep cue below; "cited" is in SPEECH_FIXED if needed)
want 0
plan 0
prefer 0
# stances and intentions, reported as the holder's position ("Trump backed
# the bill", "she sees a path", "he seeks to"): PolNeAR-style attributions
support 0
oppose 0
defend 0
seek 0
intend 0
aim 0
see 0
decline 0
refuse -0.1
think 0
feel 0
fear 0
hope 0
expect 0
estimate 0
conclude 0
doubt 0
worry 0
know 0
assume 0
presume 0
reckon 0
suspect 0
suppose 0
guess 0
imagine 0
understand 0
realize 0
realise 0
recognize 0
recognise 0
figure 0
calculate 0
anticipate 0
foresee 0
consider 0
deem 0
reason 0
wonder 0
surmise 0
theorize 0
theorise 0
ponder 0
mull 0
"""

FRAME_VERBS = """
# hostile characterisations
slam -0.6
blast -0.6
rant -0.7
rave -0.5
fume -0.5
seethe -0.6
rage -0.6
lash out -0.6
lash into -0.6
rail against -0.6
rail at -0.6
hit back -0.4
hit out -0.5
fire back -0.4
strike back -0.4
lambaste -0.6
excoriate -0.6
berate -0.6
harangue -0.6
attack -0.5
assail -0.5
savage -0.7
pillory -0.6
castigate -0.6
vilify -0.7
demonize -0.6
demonise -0.6
smear -0.6
bash -0.5
trash -0.6
trash-talk -0.6
rubbish -0.5
skewer -0.5
eviscerate -0.7
hammer -0.5
rip -0.5
rip into -0.6
tear into -0.6
lay into -0.6
let fly -0.5
go after -0.4
take aim -0.4
take a swipe -0.5
take a dig -0.4
take a jab -0.4
take a shot -0.4
take potshots -0.5
swipe -0.4
jab -0.3
snipe -0.5
needle -0.3
goad -0.4
bristle -0.4
erupt -0.6
explode -0.6
thunder -0.5
bellow -0.5
roar -0.4
howl -0.5
bark -0.5
growl -0.5
snarl -0.6
snap -0.4
hiss -0.5
sneer -0.6
scoff -0.5
mock -0.5
ridicule -0.5
deride -0.5
belittle -0.5
disparage -0.5
insult -0.6
taunt -0.6
jeer -0.6
heckle -0.5
shriek -0.5
screech -0.6
holler -0.3
sputter -0.4
splutter -0.4
wail -0.3
chortle -0.2
giggle -0.1
denounce -0.4
scold -0.4
chide -0.3
rebuke -0.4
reprimand -0.4
admonish -0.3
upbraid -0.5
chastise -0.5
lecture -0.4
hector -0.6
browbeat -0.6
pontificate -0.5
preach -0.3
sermonize -0.4
sermonise -0.4
grandstand -0.6
insinuate -0.4
grumble -0.3
gripe -0.3
moan -0.4
whine -0.5
whinge -0.5
carp -0.4
bleat -0.5
kvetch -0.4
harp on -0.4
nag -0.4
spout -0.5
spew -0.7
parrot -0.5
ramble -0.5
blather -0.6
bluster -0.6
prattle -0.6
babble -0.6
drone on -0.5
sound off -0.4
mouth off -0.6
shout down -0.5
boast -0.4
brag -0.5
gloat -0.6
crow -0.4
trumpet -0.3
go on the attack -0.5
go on the offensive -0.4
go on a rant -0.7
go on a tirade -0.7
launch into a tirade -0.7
launch into a diatribe -0.7
launch into a rant -0.7
launch a tirade -0.7
launch an attack -0.5
launch a broadside -0.6
launch a scathing attack -0.7
unleash a tirade -0.7
hurl insults -0.7
trade insults -0.6
trade barbs -0.4
exchange barbs -0.4
# evasion, reversal, spin
double down -0.3
walk back -0.2
backtrack -0.3
backpedal -0.4
flip-flop -0.5
recant -0.3
dodge -0.4
sidestep -0.3
evade -0.4
deflect -0.3
duck -0.4
stonewall -0.5
equivocate -0.4
waffle -0.4
hedge -0.2
obfuscate -0.5
spin -0.4
brush off -0.3
brush aside -0.3
shrug off -0.2
play down -0.2
downplay -0.2
play up -0.2
talk up -0.1
hype -0.3
# writer flags the claim itself as false or unsupported
falsely *claim -0.8
falsely *say -0.7
falsely *assert -0.7
falsely *state -0.7
falsely *suggest -0.7
baselessly *claim -0.8
wrongly *claim -0.7
wrongly *say -0.6
misleadingly *claim -0.7
*claim without evidence -0.7
*say without evidence -0.6
*assert without evidence -0.6
# tone of the exchange
strike a defiant tone -0.2
strike a defiant note -0.2
strike a combative tone -0.4
strike a cautious tone 0
strike a somber tone 0
strike a hopeful tone 0.2
strike an optimistic tone 0.2
strike a softer tone 0.3
strike a conciliatory tone 0.4
strike a conciliatory note 0.4
# positive characterisations
praise 0.5
hail 0.5
laud 0.5
applaud 0.5
extol 0.5
acclaim 0.5
commend 0.4
welcome 0.4
celebrate 0.4
salute 0.4
congratulate 0.4
compliment 0.4
cheer 0.4
champion 0.4
thank 0.3
reassure 0.3
comfort 0.3
endorse 0.3
enthuse 0.3
rhapsodize 0.3
rhapsodise 0.3
console 0.2
soothe 0.2
encourage 0.2
gush 0.2
marvel 0.2
wax lyrical 0.3
pay tribute 0.5
pay homage 0.5
heap praise 0.6
sing the praises 0.5
speak highly 0.5
speak warmly 0.4
speak fondly 0.4
speak glowingly 0.5
extend an olive branch 0.4
offer an olive branch 0.4
offer reassurance 0.3
offer condolences 0.3
express gratitude 0.4
express sympathy 0.3
"""

# ---------------------------------------------------------------------------
# Fixed (uninflected) rows: "cue | lemma | framing"
# ---------------------------------------------------------------------------

PREP_FIXED = """
according to | according to | 0
in the words of | in the words of | 0
as quoted by | as quoted by | 0
quoted by | quoted by | 0
per | per | 0
as told to | as told to | 0
as reported by | as reported by | 0
as cited by | as cited by | 0
as stated by | as stated by | 0
as described by | as described by | 0
as recounted by | as recounted by | 0
as explained by | as explained by | 0
as noted by | as noted by | 0
as put by | as put by | 0
citing | cite | 0
quoting | quote | 0
in the view of | in the view of | 0
in the opinion of | in the opinion of | 0
in the estimation of | in the estimation of | 0
in the judgment of | in the judgment of | 0
in the judgement of | in the judgement of | 0
to quote | to quote | 0
to paraphrase | to paraphrase | 0
"""

SPEECH_FIXED = """
cite | cite | 0
talk about | talk | 0
talks about | talk | 0
cites | cite | 0
cited | cite | 0
is quoted as saying | be quoted as saying | 0
are quoted as saying | be quoted as saying | 0
was quoted as saying | be quoted as saying | 0
were quoted as saying | be quoted as saying | 0
has been quoted as saying | be quoted as saying | 0
have been quoted as saying | be quoted as saying | 0
is quoted saying | be quoted saying | 0
was quoted saying | be quoted saying | 0
were quoted saying | be quoted saying | 0
was cited as saying | be cited as saying | 0
is cited as saying | be cited as saying | 0
was reported as saying | be reported as saying | 0
is reported as saying | be reported as saying | 0
was reported to have said | be reported to have said | -0.1
is reported to have said | be reported to have said | -0.1
is said to have told | be said to have told | -0.1
was heard saying | be heard saying | 0
was heard to say | be heard to say | 0
was overheard saying | be overheard saying | 0
was recorded saying | be recorded saying | 0
was filmed saying | be filmed saying | 0
was caught on camera saying | be caught on camera saying | -0.2
was caught on tape saying | be caught on tape saying | -0.2
was caught on a hot mic saying | be caught on a hot mic saying | -0.2
"""

BELIEF_FIXED = """
is afraid | be afraid | 0
are afraid | be afraid | 0
was afraid | be afraid | 0
were afraid | be afraid | 0
is aware | be aware | 0
are aware | be aware | 0
was aware | be aware | 0
were aware | be aware | 0
is certain | be certain | 0
are certain | be certain | 0
was certain | be certain | 0
were certain | be certain | 0
is sure | be sure | 0
are sure | be sure | 0
was sure | be sure | 0
were sure | be sure | 0
is convinced | be convinced | 0
are convinced | be convinced | 0
was convinced | be convinced | 0
were convinced | be convinced | 0
is confident | be confident | 0
are confident | be confident | 0
was confident | be confident | 0
were confident | be confident | 0
is worried | be worried | 0
are worried | be worried | 0
was worried | be worried | 0
were worried | be worried | 0
is concerned | be concerned | 0
are concerned | be concerned | 0
was concerned | be concerned | 0
were concerned | be concerned | 0
is optimistic | be optimistic | 0
are optimistic | be optimistic | 0
was optimistic | be optimistic | 0
were optimistic | be optimistic | 0
is hopeful | be hopeful | 0
are hopeful | be hopeful | 0
was hopeful | be hopeful | 0
were hopeful | be hopeful | 0
# "voters view her as ...": not "viewed", which is most often a passive
# whose speaker follows "by" ("were viewed negatively by Putin")
view | view | 0
views | view | 0
viewing | view | 0
"""

FRAME_FIXED = """
conciliatory comments | conciliatory comments | 0.4
conciliatory remarks | conciliatory remarks | 0.4
conciliatory statement | conciliatory statement | 0.4
conciliatory words | conciliatory words | 0.4
warm words | warm words | 0.4
kind words | kind words | 0.4
glowing tribute | glowing tribute | 0.5
heartfelt tribute | heartfelt tribute | 0.5
fulsome praise | fulsome praise | 0.5
angry tirade | angry tirade | -0.7
bizarre rant | bizarre rant | -0.8
rambling speech | rambling speech | -0.6
rambling remarks | rambling remarks | -0.6
inflammatory remarks | inflammatory remarks | -0.6
inflammatory comments | inflammatory comments | -0.6
incendiary remarks | incendiary remarks | -0.6
incendiary rhetoric | incendiary rhetoric | -0.6
scathing criticism | scathing criticism | -0.6
scathing attack | scathing attack | -0.6
blistering attack | blistering attack | -0.6
stinging rebuke | stinging rebuke | -0.5
sharp rebuke | sharp rebuke | -0.5
veiled threat | veiled threat | -0.5
thinly veiled threat | thinly veiled threat | -0.6
baseless claims | baseless claims | -0.7
false claims | false claims | -0.7
unfounded claims | unfounded claims | -0.7
unsubstantiated claims | unsubstantiated claims | -0.6
misleading claims | misleading claims | -0.6
railed | rail | -0.6
lambast | lambaste | -0.6
lambasts | lambaste | -0.6
"""

# ---------------------------------------------------------------------------
# Noun phrases ("in a statement").  "noun | article | framing"; article is
# a / an / - (none).  Nouns marked + also get his/her/its/their variants.
# ---------------------------------------------------------------------------

NOUNS = """
statement | a | 0 +
written statement | a | 0
joint statement | a | 0
emailed statement | an | 0
email statement | an | 0
brief statement | a | 0
video statement | a | 0
prepared statement | a | 0
terse statement | a | -0.2
strongly worded statement | a | -0.3
scathing statement | a | -0.5
blistering statement | a | -0.5
defiant statement | a | -0.2
conciliatory statement | a | 0.4
heartfelt statement | a | 0.3
interview | an | 0 +
exclusive interview | an | 0
rare interview | a | 0
wide-ranging interview | a | 0
lengthy interview | a | 0
radio interview | a | 0
television interview | a | 0
tv interview | a | 0
phone interview | a | 0
telephone interview | a | 0
podcast interview | a | 0
post | a | 0 +
blog post | a | 0
social media post | a | 0
facebook post | a | 0
instagram post | an | 0
linkedin post | a | 0
truth social post | a | 0
heartfelt post | a | 0.3
emotional post | an | 0.1
cryptic post | a | -0.2
late-night post | a | -0.2
angry post | an | -0.4
furious post | a | -0.5
tweet | a | 0 +
late-night tweet | a | -0.2
series of posts | a | 0
series of tweets | a | 0
thread | a | 0
email | an | 0
internal email | an | 0
leaked email | a | 0
text message | a | 0
message | a | 0 +
video message | a | 0
recorded message | a | 0
voice message | a | 0
voicemail | a | 0
remarks | - | 0 +
brief remarks | - | 0
prepared remarks | - | 0
opening remarks | - | 0
closing remarks | - | 0
comments | - | 0 +
comment | a | 0
speech | a | 0 +
televised speech | a | 0
fiery speech | a | -0.4
impassioned speech | an | 0.2
emotional speech | an | 0.1
rambling speech | a | -0.6
address | an | 0
televised address | a | 0
radio address | a | 0
weekly address | a | 0
address to the nation | an | 0
letter | a | 0 +
open letter | an | 0
memo | a | 0 +
internal memo | an | 0
leaked memo | a | 0
note | a | 0
note to clients | a | 0
research note | a | 0
newsletter | a | 0
press release | a | 0
news release | a | 0
release | a | 0
announcement | an | 0
op-ed | an | 0 +
opinion piece | an | 0
essay | an | 0
column | a | 0 +
editorial | an | 0
article | an | 0
book | a | 0 +
memoir | a | 0 +
report | a | 0 +
study | a | 0
paper | a | 0
filing | a | 0
court filing | a | 0
motion | a | 0
lawsuit | a | 0
complaint | a | 0
court documents | - | 0
court papers | - | 0
deposition | a | 0
affidavit | an | 0
testimony | - | 0 +
sworn testimony | - | 0
written testimony | - | 0
ruling | a | 0 +
decision | a | 0
opinion | an | 0
dissent | a | 0
dissenting opinion | a | 0
communique | a | 0
communiqué | a | 0
joint communique | a | 0
declaration | a | 0
resolution | a | 0
readout | a | 0
transcript | a | 0
notice | a | 0
bulletin | a | 0
update | an | 0
video | a | 0
livestream | a | 0
broadcast | a | 0
podcast | a | 0
documentary | a | 0
sermon | a | 0
homily | a | 0
briefing | a | 0
press conference | a | 0
news conference | a | 0
phone call | a | 0
conference call | a | 0
debate | a | 0
hearing | a | 0
tirade | a | -0.7
rant | a | -0.7
diatribe | a | -0.7
broadside | a | -0.6
"""

# "at a ..." and "during a ..." and "on a ..." settings
SETTINGS = """
at a news conference | 0
at a press conference | 0
at a briefing | 0
at a news briefing | 0
at a press briefing | 0
at a rally | 0
at a campaign rally | 0
at a campaign event | 0
at an event | 0
at a forum | 0
at a summit | 0
at a conference | 0
at a town hall | 0
at a hearing | 0
at a meeting | 0
at a ceremony | 0
at a gathering | 0
during a news conference | 0
during a press conference | 0
during a briefing | 0
during an interview | 0
during a hearing | 0
during a speech | 0
during a debate | 0
during a visit | 0
during a call with reporters | 0
on a call with reporters | 0
on a conference call | 0
on an earnings call | 0
in an earnings call | 0
in a call with reporters | 0
on a podcast | 0
in the statement | 0
in the interview | 0
in the letter | 0
in the post | 0
in the memo | 0
in the filing | 0
in the ruling | 0
in the report | 0
"""

# where speech is posted: "said on x", "wrote on facebook", ...
PLATFORMS = [
    "x", "twitter", "facebook", "instagram", "truth social", "telegram",
    "social media", "linkedin", "threads", "bluesky", "youtube", "tiktok",
    "weibo", "substack", "a blog", "his blog", "her blog", "the platform",
]

# noun settings combined with say / write
SAY_SETTINGS = [
    "in a statement", "in an interview", "in a post", "in a tweet",
    "in an email", "in a letter", "in a speech", "in remarks", "in a video",
    "in a briefing", "in a news release", "in a press release",
    "in a filing", "in testimony", "in a written statement",
    "in an emailed statement", "in a joint statement", "in a message",
    "in a text message", "in a video message", "in a radio interview",
    "in a television interview", "in a phone interview", "in a podcast",
    "at a news conference", "at a press conference", "at a briefing",
    "at a rally", "at an event", "at a hearing", "on a call with reporters",
    "on television", "on tv", "on the radio", "on a podcast", "online",
]
WRITE_SETTINGS = [
    "in a statement", "in a post", "in a tweet", "in an email", "in a letter",
    "in a memo", "in an op-ed", "in a column", "in a blog post", "in a filing",
    "in a court filing", "in a report", "in a note", "in a note to clients",
    "in a text message", "in a message", "in a newsletter", "in an essay",
    "in an opinion piece", "in a book", "in a memoir", "in the ruling",
    "in a ruling", "in an opinion", "in a dissent", "online",
]
POST_SETTINGS = ["online", "a video", "a statement", "a message"]

# listeners for tell / speak to / talk to
LISTENERS = [
    "reporters", "journalists", "the media", "the press", "a news conference",
    "a press conference", "a briefing", "a news briefing", "parliament",
    "lawmakers", "legislators", "congress", "the senate", "the house",
    "the court", "the jury", "the judge", "the committee", "a committee",
    "the inquiry", "an inquiry", "the hearing", "a hearing", "a rally",
    "supporters", "the crowd", "a crowd", "the audience", "an audience",
    "delegates", "the conference", "a conference", "the summit",
    "the assembly", "the general assembly", "the security council",
    "the council", "the newspaper", "a newspaper", "the paper", "the outlet",
    "the station", "the network", "the broadcaster", "the magazine",
    "the agency", "the news agency", "news agency", "the website",
    "the publication", "investors", "analysts", "employees", "staff",
    "colleagues", "students", "police", "investigators", "state media",
    "state television", "state tv", "local media", "local television",
    "local tv", "a radio station", "a television station", "radio",
    "television", "viewers", "listeners", "members", "party members",
    "the party conference", "mps", "the house of commons", "the commons",
    "the cabinet", "ministers", "the nation", "the country", "the public",
    "voters", "residents", "troops", "soldiers", "worshippers",
    "the congregation", "graduates", "a forum", "the forum", "a town hall",
    "a panel", "the panel", "the interviewer", "an interviewer",
    "a reporter", "a journalist", "the podcast", "a podcast",
]
SPEAK_LISTENERS = [
    "reporters", "journalists", "the media", "the press", "supporters",
    "the crowd", "lawmakers", "the nation", "delegates", "an audience",
    "the audience", "state media", "state television", "local media",
    "investors", "analysts", "the newspaper", "the outlet", "the station",
    "the network", "the broadcaster", "the magazine", "the agency",
    "the news agency", "a reporter", "a journalist",
]
ADDRESS_TARGETS = [
    "reporters", "the nation", "the media", "supporters", "the crowd",
    "a rally", "the assembly", "the general assembly", "parliament",
    "congress", "the conference", "a news conference", "a press conference",
    "delegates", "lawmakers", "the summit", "the country", "the audience",
]


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

def fmt_framing(x):
    x = round(float(x), 2)
    if x == 0:
        return "0.0"
    s = "%.2f" % x
    if s.endswith("0"):
        s = s[:-1]
    return s


class Table:
    def __init__(self):
        self.rows = []          # (cue, lemma, class, framing) or ("#", text)
        self.seen = {}

    def comment(self, text):
        self.rows.append(("#", text))

    def add(self, cue, lemma, cls, framing):
        assert cls in CLASSES, cls
        cue = " ".join(cue.lower().split())
        if cue in NOUN_LIKE:
            return
        lemma = " ".join(lemma.lower().split())
        fr = fmt_framing(framing)
        assert -1.0 <= float(fr) <= 1.0, (cue, fr)
        row = (cue, lemma, cls, fr)
        if cue in self.seen:
            if self.seen[cue] == row:
                return
            raise SystemExit("duplicate cue %r: %r vs %r" % (cue, self.seen[cue], row))
        self.seen[cue] = row
        self.rows.append(row)


# Forms that in news copy are far more often nouns or other words than
# reporting verbs ("peace talks", "the State Department", "per cent"); the
# engine would read them as cues next to any capitalised word.
NOUN_LIKE = frozenset([
    "talk", "talks", "state", "states", "order", "orders", "ruling",
    "briefing", "thanks", "going on", "question", "questions", "comment",
    "comments", "remark", "remarks", "words", "posts", "per",
    "finding", "showing", "saw", "seen", "rule", "rules", "details",
    "email", "emails", "e-mail", "e-mails", "find", "contest", "contests",
    "challenge", "challenges", "terms"])


def parse_inflected(block):
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        lemma, framing = line.rsplit(None, 1)
        yield lemma, float(framing)


def parse_fixed(block):
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        yield [f.strip() for f in line.split("|")]


def add_inflected(t, block, cls):
    for lemma, framing in parse_inflected(block):
        for phrase in expand_poss(lemma):
            clean, forms = inflect_phrase(phrase)
            # "break {poss} silence" -> lemma "break silence"
            lem = inflect_phrase(" ".join(w for w in lemma.split() if w != "{poss}"))[0]
            for f in forms:
                t.add(f, lem, cls, framing)


def combos(t, verb, cls, tails, lemma_tail=False):
    _, forms = inflect_phrase(verb)
    for tail in tails:
        for f in forms:
            t.add(f + " " + tail, verb + (" " + tail if lemma_tail else ""), cls, 0)


def build():
    t = Table()
    t.comment("--- speech verbs (all inflections) ---")
    add_inflected(t, SPEECH_VERBS, "speech")
    t.comment("--- speech: passive and quoted-as forms ---")
    for cue, lemma, fr in parse_fixed(SPEECH_FIXED):
        t.add(cue, lemma, "speech", fr)
    t.comment("--- speech: say + setting ---")
    combos(t, "say", "speech", SAY_SETTINGS + ["on " + p for p in PLATFORMS])
    t.comment("--- speech: tell + listener, speak/talk to + listener, address ---")
    combos(t, "tell", "speech", LISTENERS)
    combos(t, "speak to", "speech", SPEAK_LISTENERS)
    combos(t, "talk to", "speech", ["reporters", "journalists", "the media",
                                     "the press", "supporters"])
    combos(t, "address", "speech", ADDRESS_TARGETS)
    t.comment("--- write verbs ---")
    add_inflected(t, WRITE_VERBS, "write")
    combos(t, "write", "write", WRITE_SETTINGS + ["on " + p for p in PLATFORMS])
    combos(t, "post", "write", ["on " + p for p in PLATFORMS] + POST_SETTINGS)
    combos(t, "share", "write", ["on " + p for p in PLATFORMS])
    combos(t, "tweet", "write", ["on x"])
    t.comment("--- belief verbs ---")
    add_inflected(t, BELIEF_VERBS, "belief")
    for cue, lemma, fr in parse_fixed(BELIEF_FIXED):
        t.add(cue, lemma, "belief", fr)
    t.comment("--- prepositional cues (precede the speaker) ---")
    for cue, lemma, fr in parse_fixed(PREP_FIXED):
        t.add(cue, lemma, "prep", fr)
    t.comment("--- speech nouns ---")
    for noun, art, rest in parse_fixed(NOUNS):
        parts = rest.split()
        fr, poss = parts[0], ("+" in parts[1:])
        # lemma of a noun cue = the noun phrase without preposition/article
        head = "in " + ("" if art == "-" else art + " ") + noun
        t.add(head, noun, "noun", fr)
        if poss:
            for p in ("his", "her", "its", "their"):
                t.add("in %s %s" % (p, noun), noun, "noun", fr)
    for cue, fr in parse_fixed(SETTINGS):
        words = cue.split()[1:]
        if words[0] in ("a", "an", "the"):
            words = words[1:]
        t.add(cue, " ".join(words), "noun", fr)
    t.comment("--- framing characterisations ---")
    add_inflected(t, FRAME_VERBS, "frame")
    for cue, lemma, fr in parse_fixed(FRAME_FIXED):
        t.add(cue, lemma, "frame", fr)
    return t


HEADER = """\
# cues.tsv -- reporting verbs, phrases and speech nouns that signal a quotation.
# GENERATED by lexicons/tools/gen_cues.py: edit the lists there and rerun it.
# Columns: cue<TAB>lemma<TAB>class<TAB>framing
#   cue, lemma  lowercase; cue may be multi-word; every inflection is its own row
#   class  speech | write | belief | prep | noun | frame;  framing  writer's tone in [-1, 1]
"""


def render():
    t = build()
    out = [HEADER]
    for row in t.rows:
        if row[0] == "#":
            out.append("\n# %s\n" % row[1])
        else:
            out.append("\t".join(row) + "\n")
    return "".join(out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(os.path.dirname(here), "cues.tsv")
    text = render()
    if "--check" in sys.argv[1:]:
        try:
            with open(path, encoding="utf-8") as f:
                cur = f.read()
        except OSError:
            cur = None
        if cur != text:
            print("cues.tsv is stale; run python3 lexicons/tools/gen_cues.py", file=sys.stderr)
            return 1
        return 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    n = sum(1 for l in text.splitlines() if l and not l.startswith("#"))
    print("wrote %s (%d rows)" % (path, n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
