"""Rewriting a question as typed into the plain form the grammar reads: shorthand written out,
a chat's openers, a request or a worksheet's prompt, hearsay ('is said to be'), a belief ('did
people think ...') and the article named around the question dropped, a question word typed
last put first, a participle put after its subject, descriptions set beside a name dropped.
What is said around the question (a topic, a lead-in, an aside) is read in `surroundings`.
Each rewrite keeps what the question asks; only 'what does the key points table say about X'
and 'where do things stand on X' are reworded, as 'how is X described' and 'what is the status
of X'."""

from __future__ import annotations

import re

from kg.qa.grammar import (
    AUXILIARIES,
    COMMANDS,
    CONDITIONS,
    LEADING_PREPOSITIONS,
    PREPOSITIONS,
    SOURCE_FIRST,
    SUBORDINATORS,
    VERBS,
    WH,
)
from kg.qa.lexicon import Lexicon
from kg.qa.surroundings import (
    SOURCE,
    courtesies_dropped,
    lead_in_dropped,
    named_things,
    put_aside,
    question_first,
    read_then_asked,
    restarted,
    topic_put_back,
    when_first,
    without_dummy_it,
)
from kg.qa.text import HONORIFIC, STOPWORDS, stem, tokens

# 'and who ...', 'ok so were the talks ...', 'btw which ...': a chat's openers, no part of the question
OPENERS = re.compile(
    r"^\W*((and|so|ok|okay|btw|well|hey|also|wait|now|oh|hmm|hold (up|on)|hang on|listen|look(?! up\b)|"
    r"alright|right(?! now\b))\b[,\s—–-]+)+",
    re.IGNORECASE,
)
# a request wrapped around the question: 'could you tell me who ...', 'do you know whether ...',
# 'I'd like to know ...'; what is left is the question ('list ...', 'who ...', 'the talks were ...')
REQUEST = re.compile(
    r"^\W*(please\s+)?"
    r"((can|could|would|will) you (please )?((confirm|check|verify) (for me |to me )?)?|"
    r"do you (happen to )?know |sum up |summari[sz]e |"
    r"i(['’]?d| would) (like|love) to know |(i )?(want|need) to know |i(['’]?m| am| was)? wonder(ing)? |"
    r"i(['’]?m| am) curious (to know )?|i(['’]?m| am) trying to (find out|figure out|work out|understand) |"
    r"remind me |help me (find out |understand )?)"
    r"((tell|show|remind) (me|us|the (court|jury|committee|panel|listeners|viewers|audience)) |let me know |"
    r"find out |figure out |check )?(?P<whether>(whether|if) )?|"
    # 'say if Yermak leads the delegation', 'tell me whether ...'
    r"^\W*(please\s+)?(say|tell( me| us)?|answer|let me know|check|confirm|verify|state|indicate|determine|"
    r"establish|find out|work out|figure out|explain|clarify|specify|look up|find|see|ascertain|report|"
    r"search for|research) (?P<say_whether>whether|if) |"
    # a worksheet's prompt: 'identify what the talks may alter', 'explain briefly what ...'
    r"^\W*(please\s+)?(state|identify|explain|quote|describe|indicate|determine|establish|specify|clarify|"
    r"recall|find out|work out|figure out|find|look up|report|tell (the (court|jury|committee|panel)|us))"
    r"( briefly| in brief| in a word| in one word| in short)?\s+"
    r"(?=(what|who|whom|which|where|when|how|whose)\b)",
    re.IGNORECASE,
)
# 'is definitely going to meet Putin': will meet him; not 'going to Moscow' nor 'going to the talks'
GOING_TO = re.compile(
    r"\b(?P<be>is|are|was|were|am)\s+(?P<who>(?:(?!(is|are|was|were|am)\b)[\w'’-]+\s+){1,4}?)??"
    r"(?P<how>\w+ly\s+)?(gonna|going to)\s+(?=(?P<verb>\w+))",
    re.IGNORECASE,
)
# a noun phrase left once a request is taken off: 'do you happen to know *the words Rubio used*'
NOUN_PHRASE = re.compile(r"^\W*(the|a|an) \w", re.IGNORECASE)
# a question in a statement's order, as after 'I wonder': 'what the talks might establish',
# 'where the talks were held'; its subject opens with a determiner, so 'which official was
# appointed' (the official is who was) is left alone
# 'I wondered what precisely the concern about that plan was': what the concern was
EMBEDDED_LAST = re.compile(
    r"^\W*(?P<wh>what|who|where|when|how|which)\s+((precisely|exactly)\s+)?"
    r"(?P<subject>(the|this|that|these|those|his|her|their|its)\s+[^?]+?)\s+(?P<aux>is|are|was|were)\W*$",
    re.IGNORECASE,
)
EMBEDDED = re.compile(
    r"^\W*(?P<wh>what|where|when|how|why|who|whom)\s+"
    r"(?P<subject>(the|a|an|this|these|those|his|her|their|its)\s+[\w'’-]+(\s+[\w'’-]+)?|they|he|she|people|officials|observers|critics)\s+"
    r"(?P<aux>is|are|was|were|did|does|do|will|would|could|might|may|can|should|has|have|had)\b",
    re.IGNORECASE,
)
# 'what in Eastern Europe may be altered by the talks?': what may the talks alter, the doer last
PASSIVE_MODAL = re.compile(
    r"^(?P<wh>\W*(what|which)\b[^?]*?)\s+(?P<modal>may|might|could|can|will|would)\s+be\s+"
    r"(?P<verb>\w+ed)\s+by\s+(?P<doer>(the|these|this|those)\s+[\w'’ -]+?)(?P<end>\s*[?.!]?\s*)$",
    re.IGNORECASE,
)
# 'was a settlement of the dispute reached': was the dispute settled
SETTLEMENT_REACHED = re.compile(
    r"\b(a|any) (settlement|resolution) (of|on|to|over|for) (?P<thing>[\w'’ -]+?) "
    r"(reached|achieved|found|struck|agreed( on| upon)?)\b",
    re.IGNORECASE,
)
# 'did the talks bring the dispute to a settlement': did they settle it
BROUGHT_TO_SETTLEMENT = re.compile(
    r"\b(?P<bring>bring|brings|brought|bringing) (?P<thing>[\w'’ -]+?) "
    r"to an? (settlement|resolution|close|end)\b",
    re.IGNORECASE,
)
_SETTLE = {"bring": "settle", "brings": "settles", "brought": "settled", "bringing": "settling"}
# 'did they reach a settlement of the dispute': did they settle it
SETTLEMENT_SOUGHT = re.compile(
    r"\b(reach|reached|achieve|achieved|find|found|strike|struck|get|got) (a|any) (settlement|resolution) "
    r"(of|on|to|over|for) ",
    re.IGNORECASE,
)
# 'so is it done or not? what did rubio say abt that': a question about a pronoun, then the one
# asked, which points back to it
RESTATED_AFTER = re.compile(
    r"^[^?]*\b(it|this|that|they)\b[^?]*\?\s+(?P<asked>(what|who|which|how|did|does|do|is|was)\b"
    r"[^?]*\b(that|it|this)\W*)$",
    re.IGNORECASE,
)
# 'Is it game over? How did Rubio put it when ...': a short question first, then the one asked
SHORT_QUESTION_FIRST = re.compile(
    r"^\W*(?P<first>\w+([^\w?]+\w+){0,3})\s*\?\s+(?P<asked>(what|who|which|how|where|whose)\b[^?]*\?)\W*$",
    re.IGNORECASE,
)
# 'enumerate the people ...', 'run through the goals ...': other words for 'list'
LISTING = re.compile(
    r"^(\W*(please\s+)?)(enumerate|itemi[sz]e|spell out|run through|go through|rattle off)\b", re.IGNORECASE
)
# 'I was wondering if you could list ...': what follows 'if you could' is asked for
ASKED_OF_US = re.compile(r"(you|u) (could|can|would|might) (please )?", re.IGNORECASE)
# a ticket's label and its reader: 'Requirement: ...', 'Acceptance: ...', 'As a reader I need ...'
TICKET = re.compile(
    r"^\W*((ticket|requirement|acceptance( criteria)?|user story|story|task|spec|todo|to-do|query|request)"
    r"\s*(#?\d+)?\s*[:—–-]\s*)?(as an? [\w -]{1,30}?,?\s+(?=i\b))?",
    re.IGNORECASE,
)
# 'return the country that ...', 'answer names the envoy whose ...': a request for a thing
RETURNED = re.compile(
    r"^\W*(please\s+)?((return|output|retrieve|fetch|report|find|look up|identify|state|describe|determine|"
    r"specify|provide|tell (the (court|jury|committee|panel)|us))"
    r"( in (a|one) word)?|((the )?(answer|output|response|result)\s+(should |must )?"
    r"(names?|gives?|lists?|states?|returns?|provides?|identif(y|ies)|contains?|includes?)))\s+"
    r"(?=(the|a|an|all|every|[\w-]+['’]s)\b)",
    re.IGNORECASE,
)
# 'the name of the person who served as ...', 'give me the official who ...': who did
NAMED_ONE = re.compile(
    r"^\W*(give me\s+)?(the )?((full )?(name|names|identity|identities) of )?(the |each |every |any )?"
    r"(person|individual|official|people|individuals|officials|man|woman|one|ones) (who|that)\b",
    re.IGNORECASE,
)
# 'I need the country whose plan leaked': a request for a thing is a command to name it
WANTED = re.compile(
    r"^\W*(i(\s+(really|just))?\s+)?(need|want|would like|['’]d like)\s+(just |only )?(?=(the|a|an|exact) )",
    re.IGNORECASE,
)
# '... about US support. What was it?': the question restated, once its thing is named
RESTATED = re.compile(
    r"(?<=\w)\s*[.;]\s*(what|who|which) (was|is|were|are) (it|they|that|he|she)\W*$", re.IGNORECASE
)
# '... round of discussions? Name them.', '... Keep it short.', '... thanks!': an aside after the question
TRAILING_ASIDE = re.compile(
    r"(?<=[\w?])\s*[.?!]?\s+((name|list|give) (them|it|those|these|em|'em)( all)?( please| pls| plz)?|"
    r"keep it (short|brief)|"
    r"thanks|thank you|thx|please)\W*$|"
    r",\s*(do you know|if you know|any idea)\W*$|"  # 'who's the secretary ..., do you know?'
    r"(?<=\?)\s*(list|name|bullet)( (them|it|those|these))?( all)?( please| pls)?\W*$|"  # '...? list please'
    # '... — whose? Country only.', '... ? Name pls.', '... ? One line.': how to answer, not what
    r"(?<=\?)\s*((country|name|names|surname|number|date|place|city) only|one (line|word|sentence)|"
    r"(short|brief) answer|briefly|name( pls| please)?)\W*$|"
    # '..., country name only.', '... . City name only.', '..., just the name': how to answer
    r"(?<=\w)\s*[,.;:]\s*((just|only) (the )?(country|city|place|person|full|first|last|sur)?\s*"
    r"(names?|number|figure|count|date|word)|(country|city|place|person|full|first|last|sur)?\s*"
    r"(names?|number|figure|count|date|word) only|"
    r"(using|in|with|quoting) (his|her|their|the) (exact|own|actual) (words|phrasing|wording|quotes?)"
    r"( if possible)?)\W*$",
    re.IGNORECASE,
)
# 'what does the key points table say about the territory question', 'in the chart, what does it
# say about ...': how the table describes it
SOURCE_ON = re.compile(
    r"^\W*(?:(?:in|from) the [\w -]*?(?:table|chart|summary|faq|key points)\s*,\s*)?"
    r"what(['’]s| does| do| did| is)? (the )?(article['’]s )?"
    r"(key[- ]points( table)?|table( of key points)?|chart|summary|it) "
    r"(say|said|says|note|notes|report|state)"
    r" (about|abt|of|on) (where |how )?(?P<topic>.+?)( stands| is| stand)?\W*$|"
    # 'key points table says what abt the territory issue?'
    r"^\W*(the )?(key[- ]points( table)?|table( of key points)?|chart|summary) (says|said|say) what "
    r"(about|abt|of|on) (?P<topic2>.+?)\W*$",
    re.IGNORECASE,
)
# 'where do things stand on the annexed territories', 'where does the territory question stand':
# its status
STANDING = re.compile(
    r"^\W*where (do|does|did) ((things|matters|we|they) stand (on|with|regarding|over) (?P<topic>.+?)|"
    r"(?P<subject>.+?) stand( now| today| currently)?)\W*$",
    re.IGNORECASE,
)
# 'how do they sum up where things stand on territory': the status of territory, inside a question
STANDING_INSIDE = re.compile(
    r"\bwhere (?:do |does |did )?(?:things|matters) (?:stand|stood) (?:on|with|regarding|over) ",
    re.IGNORECASE,
)
# 'what were the talks like', 'what did rubio say the talks were like': how they were described
WHAT_LIKE = re.compile(
    r"^\W*what (?:(?P<aux>did|does|do) (?P<speaker>.+?) (?:say|think|feel) )?(?:(?:that )?(?P<topic1>.+?) "
    r"(?P<be1>is|was|are|were)|(?P<be2>is|was|are|were) (?P<topic2>.+?)) like\W*$",
    re.IGNORECASE,
)


def _described(m: re.Match) -> str:
    topic = m["topic1"] or m["topic2"]
    if m["speaker"]:
        return f"how {m['aux']} {m['speaker']} describe {topic}?"
    return f"how {m['be1'] or m['be2']} {topic} described?"


# 'the article suggests that the talks could ...': a claim the article makes is the question
SOURCE_CLAIMS = re.compile(
    rf"(^\W*|\b){SOURCE} (says|suggests|states|mentions|reports|notes|claims|indicates|implies|explains)"
    r"( that)?\s+",
    re.IGNORECASE,
)
# 'What does the text suggest regarding the identity of the person who ...': who that is
SOURCE_REGARDING = re.compile(
    rf"^\W*what (does|do|did) {SOURCE} (suggest|indicate|imply|reveal)"
    r" (regarding|about|concerning|as to|on)\s+(?P<who>the identity of\s+)?(?P<topic>.+?)\W*$",
    re.IGNORECASE,
)
# 'What objectives does the report suggest the talks are meant to secure?': its telling asks nothing
SOURCE_INSIDE = re.compile(
    rf"(?<=\w)\s+(does|do|did) {SOURCE} (suggest|indicate|say|state|imply)( that)?\s+"
    r"(?P<subject>(the|these|this) [\w -]+?) (?P<aux>is|are|was|were|may|might|could|can|will|would)\b",
    re.IGNORECASE,
)
# 'Does the report situate the talks in Florida?': were they there
SOURCE_PLACES = re.compile(
    rf"^\W*(does|do|did) {SOURCE} (situate|place|locate|put|set) (?P<thing>.+?) (?=(in|at)\b)", re.IGNORECASE
)
# 'What view does the report attribute to Putin regarding the talks?': what view does he have
SOURCE_ATTRIBUTES = re.compile(
    rf"\b(?P<aux>does|do|did) {SOURCE} (attribute|ascribe|assign) to (?P<who>.+?)"
    r"(?= (regarding|about|on|concerning|as to)\b)",
    re.IGNORECASE,
)
# 'What view does Putin have on the talks?': what he said of them
VIEW_HELD = re.compile(
    r"^\W*what (view|views|opinion|opinions|stance|take|reaction|thoughts) (does|did|do) (?P<who>.+?) "
    r"(have|hold|express|take|voice) (on|of|about|regarding|toward|towards|concerning)\s+",
    re.IGNORECASE,
)
# 'who got Rubio's job after him': who replaced him
GOT_ONES_JOB = re.compile(
    r"\bwho (got|took|inherited|landed|was given) (?P<owner>[\w-]+)['’]s (old )?"
    r"(job|post|position|role|seat)\b",
    re.IGNORECASE,
)
# 'does the article say that the talks were held in Florida?': whether the claim holds
SOURCE_ASKED = re.compile(
    rf"^\W*(does|did|do) {SOURCE} (say|suggest|state|mention|report|confirm|indicate|claim|imply)"
    r" (that|whether|if)\s+",
    re.IGNORECASE,
)
# "Umerov's official title": the title; 'official' as an adjective names no one
OFFICIAL_TITLE = re.compile(
    r"\b(official|formal|exact|actual|proper) (?=(title|role|position|post|job|capacity|designation)\b)",
    re.IGNORECASE,
)
# 'What is name of secretary at ...': a learner's 'the name of the secretary'
BARE_NAME_OF = re.compile(r"\b(?P<be>is|was|['’]s) name of (?!(the|a|an|this|that)\b)", re.IGNORECASE)
# "Who's the country grabbing chunks of Ukraine", "who's the bigwig gushing that ...": which one is
WHO_THE_KIND = re.compile(
    r"^\W*who(?P<be>['’]s| is| was) the (?P<kind>[a-z]+) (?=[a-z]+ing\b)", re.IGNORECASE
)
# 'did Kushner go to the Florida talks': attend them; not 'go to Moscow', a trip
GONE_TO_TALKS = re.compile(
    r"\b(?P<go>go|went|goes|going|gone) to (?=(the|those|these|that) ([\w-]+ )?"
    r"(talks|negotiations|meeting|meetings|summit|discussions|sessions)\b)",
    re.IGNORECASE,
)
_ATTEND = {"go": "attend", "went": "attended", "goes": "attends", "going": "attending", "gone": "attended"}
# 'what did people worry about with the plan': what they were worried about, not who worried
WORRIED_ABOUT = re.compile(
    r"\b(?P<wh>what|which \w+) (did|do|does) (?P<who>people|ppl|they|officials|anyone|observers|critics|many|"
    r"allies|ukrainians) (worry|fear|fret|stress) (?=(about|abt|over|regarding|with|w/)\W)",
    re.IGNORECASE,
)
# 'do you think Kushner was there?', 'reckon the talks were in Florida?', 'Whether Umerov is ...?':
# whether the claim after it holds
OPINION_ASKED = re.compile(
    r"^\W*((((do|did) (you|u|ya)|d['’]?(you|ya)|you|ya) )?"
    r"(think|reckon|suppose|believe|figure|guess)( that)?|"
    r"whether)\s+(?!(who|whom|whose|what|which|where|when|how|why)\b)",
    re.IGNORECASE,
)
# 'which envoy is said to be only possibly meeting Putin': how it is told, not what is asked
HEARSAY = re.compile(
    r"\b(?P<be>is|are|was|were) (said|reported|understood|believed|thought) to be\b", re.IGNORECASE
)
# 'was it like leaning toward Russia', 'did the talks like go down in florida': 'like' as a filler
FILLER = re.compile(
    r"\b(?P<keep>was|were|are|did|talks|negotiations|discussions|meetings?|plan|they|people|so|it),? like,? "
    r"(?=\w+ing\b|go\b|get\b|end\b|take\b|who\b|what\b)",
    re.IGNORECASE,
)
# '... or nah? ⏳', 'list em pls 📝': emoji and pictographs say nothing a word does not
EMOJI = re.compile("[\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+\\s*")
# a data person's notation: 'Umerov.predecessor = ?', 'US_envoys.destination', 'role=lead',
# 'Witkoff -> envoy_of -> ?', 'goals[]': words joined by signs, read as the words
NOTATION = (
    (re.compile(r"(?<=[A-Za-z])_(?=[A-Za-z])"), " "),
    (re.compile(r"(?<=[a-z]{2})\.(?=[a-z]{2})", re.IGNORECASE), " "),
    (re.compile(r"\[\d*\]|\(\)"), ""),
    (re.compile(r"\s*(==|=|->|→)\s*\?"), "?"),
    (re.compile(r"\s*(==|=|->|→)\s*"), " "),
)
# 'umerov been chief negotiator for ages?': has he been
BEEN_FIRST = re.compile(r"^\W*(?P<subject>[\w'’-]+(\s[\w'’-]+)?)\s+(?=been\b)", re.IGNORECASE)
# 'um was jared kushner part of the talks': a hesitation says nothing
# an interview transcript's speaker ('Q: Who ...', 'Interviewer: ...'): who asks, not what
SPEAKER = re.compile(
    r"^\W*(q|question|interviewer|reporter|journalist|host|anchor|presenter|moderator|user|counsel)\s*[:.]\s+",
    re.IGNORECASE,
)
# 'Just to be clear, were ...', 'state for the record who ...', 'identify for the court the person
# ...': the asker's framing of the question, no part of it
FRAMING = re.compile(
    r",?\s*\b((just )?(to be (clear|sure|precise|exact)|to clarify|for clarity|for the avoidance of doubt|"
    r"just checking)|"
    r"for the (record|court|jury|committee|panel|listeners|viewers|audience|benefit of [\w ]{1,20}?))"
    r"\b\s*,?\s*",
    re.IGNORECASE,
)
# 'Do let me know who ...', 'Kindly tell who ...': the emphasis on a request, no part of it
EMPHATIC_REQUEST = re.compile(
    r"^\W*(please\s+)?(do|kindly)\s+(?=(tell|let|say|share|inform|explain)\b)", re.IGNORECASE
)
HESITATION = re.compile(r"\b(u+m+|u+h+|e+r+m+|hm+)\b[,.]*\s*", re.IGNORECASE)
# 'what did rubio say about whether the job was done or not': whether it was done
OR_NOT = re.compile(r"(\b(whether|if)\b[^?]*?),? or not\b", re.IGNORECASE)
OR_NAH = re.compile(r",?\s+or (nah|nope)\s*(?=\?|$)", re.IGNORECASE)  # 'is europe sending aid or nah?'
# 'whether the job was done': the work, not someone's post
JOB_DONE = re.compile(
    r"\b(the|their|this) job(?= (is|was|being|were|be|had been|has been|got) "
    r"((all|fully|completely|really) )?(done|finished|complete|completed|over|wrapped up)\b)",
    re.IGNORECASE,
)
# 'by whom was the plan proposed?': who proposed it
BY_WHOM = re.compile(
    r"^\W*by whom (was|were|is|are|has been|have been|had been) (?P<thing>.+?) "
    r"(?P<done>\w+ed|\w+en|led|held|made|said|set|put|run|thought|sent|brought)\b(?P<rest>[^?]*)\W*$",
    re.IGNORECASE,
)
# 'it is Umerov who leads the delegation, right?': is it Umerov who leads it
CLEFT_CLAIM = re.compile(
    r"^\W*it (?P<be>is|was|'s) (?P<claim>.+? (who|that) .+?),? "
    r"(right|correct|true|no|isn't it|wasn't it)\W*$",
    re.IGNORECASE,
)
# 'Is it not the case that ...', "Isn't it true that ...": a claim put to be confirmed, as 'is it
# the case that ...'
NEGATED_CLAIM = re.compile(
    r"\b(?P<be>is|was)(n['’]?t it| it not) (?P<how>the case|true|so|correct|right) that\b", re.IGNORECASE
)
# 'the conflict under negotiation', 'the talks in question': the thing is already named
ALREADY_NAMED = re.compile(
    r"\s*\b(under (negotiation|discussion|consideration|review)|in question|at hand)\b", re.IGNORECASE
)
# 'the terms being worked out during the round': the terms of the round, not a settled issue
BEING_DONE = re.compile(
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)\s+being \w+ed( out| up| over)?\b", re.IGNORECASE
)
# 'the guy before Umerov': his predecessor
BEFORE_SOMEONE = re.compile(
    r"\bthe (guy|man|woman|person|one|official|negotiator) "
    # 'the man who held the negotiating post before Umerov'
    r"((who|that) (held|had|occupied|filled) (the |that |this )?"
    r"([\w-]+ ){0,2}(post|job|role|position|seat) )?"
    r"(before|prior to|ahead of) ",
    re.IGNORECASE,
)
# 'what is the identity of the secretary ...': who the secretary is
IDENTITY = re.compile(r"^\W*what(['’]s| is| was) the identity of\b", re.IGNORECASE)
# 'at the time the article was written', 'as of writing': now, as the article tells it
WRITING_TIME = re.compile(
    rf"\b(at the time (of writing|{SOURCE} was (written|published))|as of (writing|publication)|"
    r"when (it|the article|the piece|the report) was (written|published))\b",
    re.IGNORECASE,
)
# 'looking back, who ...', '... back then?', 'at the time, what ...': a historian's distance, no time
# asked ('at the time of the talks' names one)
RETROSPECT = re.compile(
    r"(^\W*|,\s*|\s+)(looking back|in hindsight|in retrospect|back then|back in the day|at the time|"
    r"at that time|at that point|in that period|during that period|in those days|back at that point)"
    r"(?!\s+(of|when|that|the|it|they|he|she|this|these|those)\b)\s*,?(?=\s|\W*$)",
    re.IGNORECASE,
)
_OWNED = {True: "'s", False: ""}  # 'whose' asks for an owner: 'which envoy's'
_DO = {"is": "does", "are": "do", "was": "did", "were": "did"}
# 'so what was the concern', once what came before it is dropped
LINKING_WORD = re.compile(r"^(so|but|then)\s+", re.IGNORECASE)
# 'back in those Florida talks, who ...': in those talks
BACK_IN = re.compile(r"^back (?=(in|at|during) )", re.IGNORECASE)
# 'is military aid part of what Europe provides': among what it provides, not a part in the talks
PART_OF_WHAT = re.compile(r"\b(a |one )?part of what\b", re.IGNORECASE)
# 'Military aid: part of what Europe gives Ukraine?': whether it is
TOPIC_AMONG = re.compile(
    r"^\W*(?P<topic>[^:?]*\w)\s*[:—–-]\s*(a |one )?(part of|among|included in|one of) what\b", re.IGNORECASE
)
# 'Umerov's predecessor, whose resignation cleared the way for him?': who that is
DESCRIBED_THEN_WHOSE = re.compile(r"^\W*(?P<np>[^,?]+?),\s+whose\b[^?]*\?\W*$", re.IGNORECASE)
_PROMPTS = frozenset(["state", "explain", "indicate", "specify", "quote", "recall", "determine", "clarify"])
_NO_DESCRIPTION_OPENS = (  # 'after all the drama, who stepped in': a setting, no one described
    PREPOSITIONS
    | LEADING_PREPOSITIONS
    | CONDITIONS
    | SUBORDINATORS
    | {"since", "once", "so", "and", "but", "then", "of", "among"}
)
# 'Country that controls or claims Ukrainian territories?': which country does
KIND_THAT = re.compile(r"^\W*(?P<kind>[a-z]+)\s+(that|who)\s+(?=[a-z]+\b)", re.IGNORECASE)
# 'who might go to see Putin', 'end up going to meet him': the going says nothing of its own
GOING_TO_SEE = re.compile(
    r"\b(go|goes|going|went|gone|come|comes|coming|came|travel|travels|travelling|traveling|head|heads|heading)"
    r"\s+(to|and)\s+(?=(see|meet|visit|talk|speak|sit)\b)",
    re.IGNORECASE,
)
# 'Had the negotiations proved fruitful, what ...', 'Should the talks succeed, ...': a condition
INVERTED_CONDITION = re.compile(
    r"^\W*(had|should|were)\s+(?P<condition>[^,?]+),\s*(?=(who|whom|whose|what|which|where|how)\b)",
    re.IGNORECASE,
)
# 'Among the envoys, who ...', 'Of the two Americans, whose meeting ...': which envoy, which American's
PARTITIVE_FIRST = re.compile(
    r"^\W*(of|among|out of|between) (all )?(the|these|those|both)( two| three| four)? "
    r"(?P<kind>[a-z][\w-]*?)s,?\s+"
    r"(?P<wh>whose|who|which one|which)\b",
    re.IGNORECASE,
)
# 'give me the country whose government Rubio serves in': which country's government he serves in
WHOSE_RELATIVE = re.compile(
    r"^(?P<ask>\W*(give me|name|identify|tell me|list|find|return|state)\s+)"
    r"(the|a) (?P<kind>[a-z]+) whose\s+",
    re.IGNORECASE,
)
# "whose country's peace plan": which country's
WHOSE_OWNER = re.compile(
    r"\bwhose (?=(country|nation|government|state)(['’]s\b|\s+(does|did|do|is|was)\b))", re.IGNORECASE
)
# 'does military aid count among Europe's contributions': is it among them
COUNTED_AMONG = re.compile(
    r"^\W*(does|do|did)\s+(?P<thing>[^?]+?)\s+(count|figure|feature|rank)\s+(?=(among|as one of)\b)",
    re.IGNORECASE,
)
# '..., including anyone who is only possibly attending': the possible are counted in already
WITH_THE_POSSIBLE = re.compile(
    r"[,?]?\s*\b(incl\.?|including|counting|plus)\s+(the\s+)?(maybes|possibles|possible ones|unsure ones)\b|"
    r",?\s*\b(including|counting|even|as well as)\s+(anyone|those|the ones|people|any|everyone)\s+"
    r"(who|that)\s+(is|are|was|were|might be|may be)\s+(only\s+)?(possibly|maybe|perhaps|tentatively)\b"
    r"[^?,]*",
    re.IGNORECASE,
)
# 'name for me everyone who ...', 'count for us the allies': the command, for whom aside
FOR_ME = re.compile(r"\b(?P<command>name|list|count|give|show|identify|tell)\s+for (me|us)\b", re.IGNORECASE)
# '# people who could meet Putin', 'in case the talks succeed, ...', 'could set a ___ for ...': a
# flashcard's signs and blanks
NUMBER_SIGN = re.compile(r"^\W*#\s*", re.IGNORECASE)
IN_CASE = re.compile(r"^\W*in case\b", re.IGNORECASE)
BLANK = re.compile(r"\b((a|an|the)\s+)?_{2,}", re.IGNORECASE)
# 'which country got Umerov's thanks': which country did Umerov thank
GOT_THANKS = re.compile(
    r"^(?P<asked>[^?]*?\b(which|what|who)\b[^?]*?)\s+(got|gets|received|receives|earned|was given) "
    r"(?P<who>[\w -]+?)['’]s (thanks|gratitude)\b",
    re.IGNORECASE,
)
# 'who replaced Rubio in the post of Secretary of State': as Secretary of State, a post named
IN_THE_POST_OF = re.compile(r"\bin the (post|role|position|office|job|seat) of\b", re.IGNORECASE)
# 'who ended up being the one negotiating for them': who negotiated
THE_ONE_DOING = re.compile(
    r"\b(being|be) the (one|person|man|woman|official|guy) (?=\w+ing\b)", re.IGNORECASE
)
# 'what are they trying to put first': what do they put first; the trying says nothing of its own,
# and trying to get is seeking
TRYING_TO = re.compile(
    r"^(?P<asked>([^,?]*,\s*)?\W*(what|which|who|whom)\b[^?]*?)\s+(?P<be>are|is|were|was)\s+"
    r"(?P<subject>(the|these|those|they|this|it|he|she)\b[^?]*?)\s+"
    r"(trying|aiming|seeking|hoping|attempting|looking|working|striving) to\s+"
    r"(?P<get>(get|obtain|gain|win)\b)?",
    re.IGNORECASE,
)
# 'the plan that got leaked': 'got' before a participle only makes it passive
GOT_PASSIVE = re.compile(r"\b(?:got|gets|get|getting) (?=\w+ed\b)", re.IGNORECASE)
# 'leaning Russia's way': toward Russia
ONES_WAY = re.compile(r"\b(?P<whom>[A-Z][\w-]*)['’]s (?:way|direction)\b")
# 'did the plan appear to favor Russia': how it was seen is what the article says of it
SEEMING = re.compile(r"\b(appear|appears|appeared|seem|seems|seemed) to (?=\w)", re.IGNORECASE)
# 'did people think the plan favored Russia?': whether the belief holds, as the article says
BELIEF_ASKED = re.compile(
    r"(^\W*|,\s*)((did|do|does|was|were|is|are) )?"
    r"((people|ppl|folks|everyone|everybody|anyone|anybody|officials|they|observers|critics|many) "
    r"(think|believe|feel|reckon|consider|worried|worry|fear|afraid|concerned)|"
    r"there (any )?(concerns?|worry|worries|fears?)( (among|from|by|in) [\w'’ -]+?(?= that\b))?)( that)?\s+",
    re.IGNORECASE,
)
# '..., per the report, ...', 'according to the article,' inside the question: an aside
SOURCE_ASIDE = re.compile(rf",?\s*\b(per|according to|based on|in) {SOURCE}\s*,\s*", re.IGNORECASE)
# 'were the negotiations described in the article held in Florida': the article's telling, no relation
TOLD_IN_SOURCE = re.compile(
    rf"\s*\b(described|discussed|covered|reported|mentioned|named|cited) (in|by) {SOURCE}\b", re.IGNORECASE
)
# 'answer yes or no - is further work needed?': the question after the instruction, yes or no
YES_OR_NO_FIRST = re.compile(
    r"^\W*((please )?(answer|say|reply|return|give|output)( with)?( a)? )?(yes or no|yes/no|y/n)"
    r"(\s*[:,.\-–—]\s*|\s+(on|about|regarding|as to)\s+((whether|if)\s+)?)",
    re.IGNORECASE,
)
# 'fact check: Kushner was at the Florida talks': the claim after the label, to confirm or deny
CLAIM_LABEL = re.compile(
    r"^\W*((fact[- ]?check|verify|confirm|check)\s*[:\-–—]\s*|"
    # 'Pls confirm Kushner was in the room?', 'Confirm talks took place in FL?': a claim to check
    r"((pls|please)\s+)?(confirm|verify)( that)?\s+"
    r"(?!(whether|if|who|whom|whose|what|which|where|when|how|for)\b))",
    re.IGNORECASE,
)
# '..., yes or no?', '... or not?': a yes/no question says so at its end
YES_OR_NO = re.compile(
    r"[\s,.;?(\[]*\b(say |answer |reply |respond )?"
    r"(yes or no|yes no|or not|yes/no|y/n|true or false|bool|boolean)\W*$",
    re.IGNORECASE,
)

YES_OR_NO_INSIDE = re.compile(r"\s*[,(—–]\s*(yes or no|yes/no|y/n|true or false)\s*[,)—–]\s*", re.IGNORECASE)

# 'countries fighting the war - which', 'leaked peace plan - whose (country)': the question word
# typed last, after a dash or a colon
_TRAILING_WH = re.compile(
    r"^(?P<body>.*\w['’]?)\s*[-–—:,]\s*(?P<wh>whose|who|which|what|where|when|(full |first )?name|surname)\b"
    r"(?P<pronoun>\s+(is|was|are|were)\s+(he|she|it|they|this|that))?\s*(\((?P<kind>[^)]*)\)|(?P<noun>\w+))?\W*$"
    # 'security council secretary who', 'leaked peace plan whose country'
    r"|^(?P<bare>[\w-]+(\s[\w-]+){1,}?)\s+(?P<bare_wh>who|whose(\s(country|nation|government))?)\W*$",
    re.IGNORECASE,
)
# 'they could establish this for how conflicts are settled — what?': 'this' stands for what is asked
_PLACEHOLDER = re.compile(r"\bthis\b(?=\s+(for|to|in|on|at|with|by|from|as|about)\b|\W*$)", re.IGNORECASE)
_ONLY = frozenset(["only", "just", "also", "merely"])
# 'umerov predecessor resign why', 'allies making commitments count': keywords, then what is asked
_TRAILING_ADVERB = re.compile(
    r"^(?P<body>\w[\w'’-]*(\s[\w'’-]+)+?)\s+(?P<wh>why|when|where|how many|count|number)\W*$",
    re.IGNORECASE,
)
# 'the position Yermak holds now is what?': the question word last, after the copula
_COPULA_THEN_WH = re.compile(
    r"^(?P<subject>\w.*?)\s+(?P<be>is|was|are|were)\s+(?P<wh>what|who)\W*$", re.IGNORECASE
)


# 'how is described the question of territories?': the participle before its subject
_PARTICIPLE_FIRST = re.compile(
    r"^(?P<lead>[^,]*,\s*)?(?P<ask>(how|what|why) (is|was|are|were)) (?P<done>described|called|"
    r"characteri[sz]ed|depicted|portrayed|presented|labell?ed|considered|seen|viewed|named) "
    r"(?P<subject>(the|a|an|this|that) .+?)\W*$",
    re.IGNORECASE,
)


# 'how is the secretary of the council called': what the name of the secretary is
_CALLED = re.compile(
    r"^(?P<lead>[^,]*,\s*)?(how|what) (is|was) (?P<subject>(the|this|that) .+?) (called|named)\W*$",
    re.IGNORECASE,
)
# 'What has said Rubio about ...', 'In the middle of which worries has resigned the predecessor of
# Umerov?': a perfect's participle before its subject, as in French or Spanish
_PERFECT_BEFORE_SUBJECT = re.compile(
    r"^(?P<asked>\W*([\w ]+ )?(what|who|whom|which|where|when|how)\b[^?]*?) (?P<aux>has|have|had) "
    r"(?P<done>said|told|met|led|done|made|held|left|given|taken|\w+ed) "
    r"(?P<subject>(the [\w -]+? of )?[\w'’-]+( [\w'’-]+)?)"
    r"(?P<rest>( (about|of|on|for|with|to|as|in|over)\b[^?]*)?)\W*$",
    re.IGNORECASE,
)


# 'what has Rubio said about ...': what he said
_PERFECT_SAID = re.compile(
    r"\b(has|have|had) (?P<who>[\w'’-]+( [\w'’-]+){0,3}) (said|stated)\b", re.IGNORECASE
)


def perfect_put_back(text: str, lexicon: Lexicon) -> str:
    """'What has said Rubio about the talks?' is 'what has Rubio said about the talks?'; the
    subject a name, or a noun of a name ('the predecessor of Umerov')."""
    found = _PERFECT_BEFORE_SUBJECT.match(text)
    if found is None:
        return _PERFECT_SAID.sub(lambda m: f"did {m['who']} say", text)
    subject = found["subject"]
    named = subject.lower().split(" of ")[-1]
    if named not in lexicon.names and named.split()[-1] not in lexicon.names:
        return text
    return _PERFECT_SAID.sub(
        lambda m: f"did {m['who']} say",
        f"{found['asked']} {found['aux']} {subject} {found['done']}{found['rest']}?",
    )


def copula_first(text: str) -> str:
    """'The concern the plan raised was what?' is 'what was the concern the plan raised?';
    'how is described the question' is 'how is the question described'; 'how is the secretary
    called' asks the secretary's name."""
    if found := _PARTICIPLE_FIRST.match(text):
        text = f"{found['lead'] or ''}{found['ask']} {found['subject']} {found['done']}?"
    if found := _CALLED.match(text):
        return f"{found['lead'] or ''}what is the name of {found['subject']}?"
    found = _COPULA_THEN_WH.match(text)
    return f"{found['wh']} {found['be']} {found['subject']}?" if found else text


# 'Marco Rubio, the official who spoke about the talks, ...': a description set beside a name
_APPOSITIVE = re.compile(r",\s*(the|a|an)\s+(\w+\s+){0,2}?(who|that|which)\s[^,?]*", re.IGNORECASE)


def without_appositives(text: str) -> str:
    """The question without descriptions set beside its names: they tell the reader who is
    meant, and ask nothing ('which government employs Marco Rubio, the official who spoke
    about the talks?')."""
    return _APPOSITIVE.sub("", text)


# 'whose shoes is Umerov filling', 'whose place did he take': whom he replaced
_WHOSE_PLACE = re.compile(
    r"^\W*whose (shoes|place|seat|spot|job|post|role) (is|was|did|has|had) (?P<who>.+?) "
    r"(fill|filling|filled|take|taking|took|taken|step into|stepping into|stepped into)\b(?P<rest>[^?]*)\W*$",
    re.IGNORECASE,
)
# 'who took the place of Rubio': who replaced him
_PLACE_OF = re.compile(
    r"\b(take|takes|taking|took|taken) the (place|job|seat|post|role) of (?=\w)", re.IGNORECASE
)
_TAKES_PLACE = re.compile(
    r"\b(take|takes|taking|took|taken)\s+(?!(?:his|hers|its|this|the|a|an|their|our|my|your)\b)"
    r"(?P<who>\w+?(\s\w+?)?)['’]?s\s+"
    r"(place|job|seat|post|role)\b",  # 'took rubios job' typed without the apostrophe too
    re.IGNORECASE,
)


def place_taken(text: str) -> str:
    """'who took Rubio's place' asks who replaced him (not who took part, nor where it took place)."""
    text = _WHOSE_PLACE.sub(lambda m: f"whom did {m['who']} replace{m['rest']}?", text)
    return _PLACE_OF.sub("replaced ", _TAKES_PLACE.sub(lambda m: f"replaced {m['who']}", text))


# "what's his name?", "what was the negotiator's name": the one named is asked for
_NAME_ASKED = re.compile(r"^\W*what(['’]s| is| was)\s+(?P<who>.+?)['’]s?\s+name\W*$", re.IGNORECASE)


def name_asked_as_who(text: str) -> str:
    """ "What was Umerov's predecessor's name?" asks who Umerov's predecessor was."""
    found = _NAME_ASKED.match(text)
    return f"who is {found['who']}?" if found else text


def question_word_first(text: str, lexicon: Lexicon) -> str:
    """A question whose question word comes last, said the usual way round: 'countries
    fighting the war - which' is 'which countries fighting the war'; 'envoy meeting putin -
    who' is 'which envoy meeting putin' (the noun is the kind of person asked for), and so is
    'security council secretary who' (a post's name), but not 'zelensky to meet who'."""
    found = _TRAILING_WH.match(text)
    if found is None:
        adverb = _TRAILING_ADVERB.match(text)
        if adverb and not WH & set(tokens(adverb["body"])):
            wh = adverb["wh"].lower()
            return f"{'how many' if wh in ('count', 'number') else wh} {adverb['body']}?"
        return text
    if (
        found["bare"]
        and found["bare_wh"].lower() == "who"
        and not lexicon.ends_a_name(tokens(found["bare"])[-1])
    ):
        return text
    if found["noun"] and found["wh"].lower() != "whose":
        return text  # '..., which country' is a question of its own; 'plan - whose country' asks the owner
    body, asked = found["body"] or found["bare"], (found["wh"] or found["bare_wh"]).lower()
    if asked.endswith("name"):
        return f"who is {body}?"  # 'Zelensky's expected partner — surname?': who it is
    wh = asked.split()[0]
    if wh == "what" and _PLACEHOLDER.search(body):
        return _PLACEHOLDER.sub("what", body) + "?"  # 'they could establish this for ... — what?'
    first = next(
        (w for w in tokens(body) if not (w.endswith("ly") or w in _ONLY)), ""
    )  # 'only possibly joining'
    if found["pronoun"] and not (first in VERBS or first.endswith(("ing", "ed"))):
        return text  # 'Umerov's predecessor - who was it?': a topic, then its question
    if wh == "whose":
        body = re.sub(r"^(the|a|an)\s+", "", body, flags=re.IGNORECASE)  # not 'whose the plan'
    if wh == "who" and not (first in VERBS or first.endswith(("ing", "ed"))):
        if not (lexicon.kind_named(stem(first)) or lexicon.names_a_relation(stem(first))):
            return f"who is the {body}?"  # 'secretary of Ukraine's NSC - who': a title, who holds it
        wh = "which"  # 'envoy definitely meeting putin - who': which envoy
    return f"{wh} {body}?"  # 'whose (country)': the owner's kind the question adds is implied


def described_asked(text: str, lexicon: Lexicon) -> str:
    """'Umerov's predecessor, whose resignation cleared the way for him?' asks who that is; not
    'after all the drama, whose ...', a setting, nor a name already known."""
    described = DESCRIBED_THEN_WHOSE.match(text)
    if (
        described
        and described["np"].strip().lower() not in lexicon.names
        and not (WH | AUXILIARIES) & set(tokens(described["np"]))
        and tokens(described["np"])[0] not in _NO_DESCRIPTION_OPENS
        and not WH & set(tokens(text[described.end("np") :])[1:])
    ):
        return f"who is {described['np'].strip()}?"
    return text


def kind_asked(text: str, lexicon: Lexicon) -> str:
    """'Country that controls or claims Ukrainian territories?' asks which country does, when
    the first word names a kind or a relation and is no command ('State who ...')."""
    kind = KIND_THAT.match(text)
    if (
        kind
        and (noun := kind["kind"].lower()) not in STOPWORDS | COMMANDS | _PROMPTS
        and (lexicon.kind_named(stem(noun)) or lexicon.names_a_relation(stem(noun)))
        and not WH & set(tokens(text[kind.end() :]))
    ):
        return f"which {kind['kind']} {text[kind.end() :]}"
    return text


def _will(going: re.Match, lexicon: Lexicon) -> str:
    """'is Witkoff going to meet Putin': will Witkoff meet him, when a verb of the lexicon follows."""
    if not lexicon.relational(stem(going["verb"].lower())):
        return going[0]
    return f"will {going['who'] or ''}{going['how'] or ''}"


# a text message's '2' and '4' for 'to' and 'for': 'going 2 meet putin', 'thank 4 support', '4 ukraine';
# not a number of things ('the 2 goals', '28 pts')
_SPELLED_BY_NUMBER = re.compile(r"(?<![\w.,-])(?P<digit>[24])\s+(?=(?P<next>[\w'’]+))", re.IGNORECASE)
_AFTER_THEM = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "them",
        "him",
        "me",
        "us",
        "u",
        "you",
        "this",
        "that",
        "these",
        "those",
        "now",
        "sure",
        "real",
    ]
)
_BEFORE_TO = frozenset(
    [
        "going",
        "go",
        "goes",
        "went",
        "gone",
        "headed",
        "heading",
        "new",
        "due",
        "next",
        "back",
        "trying",
        "want",
    ]
)


def numbers_as_words(text: str, lexicon: Lexicon) -> str:
    """'who is going 2 meet putin' is going to; 'who did umerov thank 4 support' thanked for it."""

    def spelled(found: re.Match) -> str:
        before = tokens(text[: found.start()])
        after = found["next"].lower()
        word = {"2": "to", "4": "for"}[found["digit"]]
        follows_a_verb = bool(before) and before[-1] not in _AFTER_THEM
        going = word == "to" and bool(before) and before[-1] in _BEFORE_TO
        if after in _AFTER_THEM or after in lexicon.names or going:
            return f"{word} "
        if word == "for" and lexicon.relational(stem(after)) and (follows_a_verb or not before):
            return f"{word} "  # 'thank 4 support'
        return found[0]

    return _SPELLED_BY_NUMBER.sub(spelled, text)


def plain(text: str, lexicon: Lexicon) -> tuple[str, bool]:
    """The question in plain form, and whether its wrapping asked for yes or no ('say if ...',
    'tell me whether ...', '..., yes or no?')."""
    for sign, words in NOTATION:
        text = sign.sub(words, text)
    text = numbers_as_words(SPEAKER.sub("", EMOJI.sub("", text).strip()), lexicon)
    text = NEGATED_CLAIM.sub(lambda m: f"{m['be']} it {m['how']} that", text)
    text = EMPHATIC_REQUEST.sub("", text)
    text = FRAMING.sub(lambda m: " " if m.start() and not m[0].startswith(",") else "", text)
    text = courtesies_dropped(HESITATION.sub("", HONORIFIC.sub("", text)).strip())
    text = restarted(text, lexicon)
    if (been := BEEN_FIRST.match(text)) and been["subject"].lower() in lexicon.names:
        text = f"has {text[been.start('subject') :]}"
    text = OR_NOT.sub(r"\1", ALREADY_NAMED.sub("", BEING_DONE.sub("", text)))
    text = FOR_ME.sub(lambda m: m["command"], WITH_THE_POSSIBLE.sub("", OR_NAH.sub("", text)))
    text = BLANK.sub("what", IN_CASE.sub("if", NUMBER_SIGN.sub("number of ", text)))
    short = SHORT_QUESTION_FIRST.match(text)
    if short and not named_things(short["first"], lexicon) - lexicon.values:
        text = short["asked"]  # 'Is it game over? How did Rubio put it ...': the first asks nothing yet
    restated = RESTATED_AFTER.match(text)
    if restated and not named_things(text[: restated.start("asked")], lexicon) - lexicon.values:
        text = restated["asked"]  # the first question names nothing; the second points back to it
    text = SETTLEMENT_SOUGHT.sub("settle ", SETTLEMENT_REACHED.sub(lambda m: f"{m['thing']} settled", text))
    text = BROUGHT_TO_SETTLEMENT.sub(lambda m: f"{_SETTLE[m['bring'].lower()]} {m['thing']}", text)
    text = GOING_TO.sub(lambda m: _will(m, lexicon), LISTING.sub(r"\1list", text))
    if not text.lower().startswith("how"):  # 'how are the talks described in the article' asks it
        text = TOLD_IN_SOURCE.sub("", text)
    text = TOPIC_AMONG.sub(lambda m: f"is {m['topic']} among what", text)
    text = COUNTED_AMONG.sub(lambda m: f"is {m['thing']} ", text)
    text = SOURCE_REGARDING.sub(lambda m: f"{'who' if m['who'] else 'what'} is {m['topic']}?", text)
    text = SOURCE_INSIDE.sub(lambda m: f" {m['aux']} {m['subject']}", text)
    text = SOURCE_PLACES.sub(lambda m: f"were {m['thing']} ", text)
    text = SOURCE_ATTRIBUTES.sub(lambda m: f"{m['aux']} {m['who']} have", text)
    text = GOT_ONES_JOB.sub(lambda m: f"who replaced {m['owner']}", text)
    text = VIEW_HELD.sub(lambda m: f"what did {m['who']} say about ", text)
    text = BARE_NAME_OF.sub(lambda m: f"{m['be']} the name of the ", OFFICIAL_TITLE.sub("", text))
    text = WHO_THE_KIND.sub(lambda m: f"which {m['kind']} {'was' if 'was' in m['be'] else 'is'} ", text)
    text = GONE_TO_TALKS.sub(lambda m: f"{_ATTEND[m['go'].lower()]} ", text)
    text = WORRIED_ABOUT.sub(lambda m: f"{m['wh']} were {m['who']} worried ", text)
    text = PART_OF_WHAT.sub("among what", JOB_DONE.sub("the work", text))
    text = PARTITIVE_FIRST.sub(lambda m: f"which {m['kind']}{_OWNED[m['wh'].lower() == 'whose']}", text)
    text = WHOSE_RELATIVE.sub(lambda m: f"{m['ask']}which {m['kind']}'s ", text)
    text = kind_asked(described_asked(text, lexicon), lexicon)
    text = GOING_TO_SEE.sub("", LINKING_WORD.sub("", put_aside(text, lexicon)))
    text = INVERTED_CONDITION.sub(lambda m: f"if {m['condition']}, ", WHOSE_OWNER.sub("which ", text))
    text = when_first(without_dummy_it(THE_ONE_DOING.sub("", IN_THE_POST_OF.sub("as", text))))
    text = GOT_THANKS.sub(lambda m: f"{m['asked']} did {m['who']} thank", text)
    text = TRYING_TO.sub(  # 'trying to get' is seeking
        lambda m: f"{m['asked']} {_DO[m['be'].lower()]} {m['subject']} {'seek' if m['get'] else ''}", text
    )
    text = BACK_IN.sub("", RETROSPECT.sub(" ", WRITING_TIME.sub("now", text)).strip())
    text = BY_WHOM.sub(lambda m: f"who {m['done']} {m['thing']}{m['rest']}?", text)
    text = CLEFT_CLAIM.sub(lambda m: f"{'was' if m['be'] == 'was' else 'is'} it {m['claim']}?", text)
    text = without_dummy_it(read_then_asked(text, lexicon))
    text = SOURCE_FIRST.sub("", text)  # 'according to the table, where does ... stand'
    text = TRAILING_ASIDE.sub("", WANTED.sub("give me ", RETURNED.sub("give me ", TICKET.sub("", text))))
    text = RESTATED.sub("", text) if text.lower().startswith("give me ") else text
    text = OPENERS.sub("", FILLER.sub(lambda m: m["keep"] + " ", text))  # 'ok so did they like ...'
    text = BEFORE_SOMEONE.sub("the predecessor of ", text)
    text = place_taken(lexicon.unshortened(question_first(lead_in_dropped(text, lexicon))))
    text = copula_first(perfect_put_back(question_word_first(without_appositives(text), lexicon), lexicon))
    text = WHAT_LIKE.sub(_described, text)
    whether = False
    if belief := BELIEF_ASKED.search(text):  # 'did people think X': whether X; 'people think X?' says so
        whether = bool(belief.group(2))
        text = text[: belief.start()] + belief.group(1) + text[belief.end() :]
    text = name_asked_as_who(topic_put_back(text))
    text = HEARSAY.sub(lambda m: m["be"], OPENERS.sub("", text))
    text = ONES_WAY.sub(lambda m: f"toward {m['whom']}", GOT_PASSIVE.sub("", text))
    text = IDENTITY.sub(lambda m: "who is" if "was" not in m[1] else "who was", SEEMING.sub("", text))
    text = SOURCE_ON.sub(lambda m: f"how is {m['topic'] or m['topic2']} described?", text)
    text = STANDING.sub(lambda m: f"what is the status of {m['topic'] or m['subject']}?", text)
    text = STANDING_INSIDE.sub("the status of ", text)
    text = SOURCE_CLAIMS.sub("", SOURCE_ASIDE.sub(" ", text)).strip()
    if request := REQUEST.match(text):
        whether = bool(request["whether"] or request["say_whether"])
        if whether and (asked_of_us := ASKED_OF_US.match(text, request.end())):
            request, whether = asked_of_us, False  # 'I wonder if you could list ...': a request
    elif request := SOURCE_ASKED.match(text) or OPINION_ASKED.match(text):
        whether = True
    text = text[request.end() :] if request else text
    if request and (again := REQUEST.match(text)):  # 'can you state whether ...', 'can you identify who ...'
        whether = whether or bool(again["whether"] or again["say_whether"])
        text = text[again.end() :]
    if request:
        text = NAMED_ONE.sub("who", RETURNED.sub("give me ", text))  # 'can you state the number of ...'
    if request and not whether and NOUN_PHRASE.match(text):
        text = f"what are {text}"  # 'do you know the words Rubio used ...': what they are
    text = PASSIVE_MODAL.sub(lambda m: f"{m['wh']} {m['modal']} {m['doer']} {m['verb']}{m['end']}", text)
    text = EMBEDDED.sub(lambda m: f"{m['wh']} {m['aux']} {m['subject']}", text)
    text = EMBEDDED_LAST.sub(lambda m: f"{m['wh']} {m['aux']} {m['subject']}?", text)
    if asked_first := YES_OR_NO_FIRST.match(text) or CLAIM_LABEL.match(text):
        text, whether = text[asked_first.end() :], True
    if inside := YES_OR_NO_INSIDE.search(text):  # 'Did the talks, yes or no, resolve ...'
        text, whether = text[: inside.start()] + " " + text[inside.end() :], True
    said_yes_or_no = YES_OR_NO.search(text)
    if said_yes_or_no and said_yes_or_no.start() > 0:
        text, whether = text[: said_yes_or_no.start()] + "?", True
    return text, whether
