"""Rewriting a question as typed into the plain form the grammar reads: hearsay ('is said to
be'), a belief ('did people think ...') and the article named around the question dropped,
descriptions set beside a name dropped, idioms said plainly ('go to the talks', 'bring the
dispute to a settlement'). How the question is asked for (a request, an instruction, 'yes or
no', the way it is typed) is read in `requests`; words in another order put back in
`word_order`; what is said around the question (a topic, a lead-in, an aside) in `surroundings`.
Each rewrite keeps what the question asks; only 'what does the key points table say about X'
and 'where do things stand on X' are reworded, as 'how is X described' and 'what is the status
of X'."""

from __future__ import annotations

import re

from kg.namespaces import DIP
from kg.qa.doubts import undoubted
from kg.qa.grammar import (
    AUXILIARIES,
    COMMANDS,
    CONDITIONS,
    LEADING_PREPOSITIONS,
    PREPOSITIONS,
    SOURCE_FIRST,
    SUBORDINATORS,
    WH,
)
from kg.qa.lexicon import Lexicon
from kg.qa.requests import (
    ASKED_OF_US,
    CHECKED_GUESS,
    CLAIM_AFTER_NOUN,
    CLAIM_LABEL,
    CONFIRMING,
    EMOJI,
    EMPHATIC_REQUEST,
    FILLERS,
    FOR_ME,
    FRAMING,
    GIVEN_FIRST,
    HESITATION,
    LISTING,
    MEANS_THAT,
    NAMED_ONE,
    NOTATION,
    NOUN_PHRASE,
    NUMBER_SIGN,
    OPENERS,
    OPINION_ASKED,
    PLAIN_WORDS,
    REQUEST,
    RESTATED,
    RETURNED,
    SOURCE_ASKED,
    SPOKEN_ASIDE,
    SPOKEN_OPENING,
    TICKET,
    TRAILING_ASIDE,
    WANTED,
    YES_OR_NO,
    YES_OR_NO_FIRST,
    YES_OR_NO_INSIDE,
    numbers_as_words,
    unaddressed,
    unlabelled,
    untagged,
)
from kg.qa.riddles import blank_asked, placeholder_asked, riddle_asked
from kg.qa.surroundings import (
    SOURCE,
    THERE_LAST,
    courtesies_dropped,
    heading_joined,
    interjection_dropped,
    lead_in_dropped,
    named_things,
    put_aside,
    question_first,
    read_then_asked,
    restarted,
    topic_framed_plainly,
    topic_put_back,
    when_first,
    without_dummy_it,
)
from kg.qa.text import HONORIFIC, STOPWORDS, key, stem, tokens
from kg.qa.typed_queries import typed_query_read
from kg.qa.word_order import (
    EMBEDDED,
    EMBEDDED_LAST,
    PASSIVE_MODAL,
    UNINVERTED,
    copula_first,
    perfect_put_back,
    pronoun_verb_inverted,
    question_word_first,
    said_what,
)

# '... that 28-point plan? Our correspondent has the details.': a sentence after the question
SAID_AFTER = re.compile(r"(?<=\?)\s+(?P<said>[A-Z][^?]*[.!])\s*$")
# 'is definitely going to meet Putin': will meet him; not 'going to Moscow' nor 'going to the talks'
GOING_TO = re.compile(
    r"\b(?P<be>is|are|was|were|am)\s+(?P<who>(?:(?!(is|are|was|were|am)\b)[\w'’-]+\s+){1,4}?)??"
    r"(?P<how>\w+ly\s+)?(gonna|going to)\s+(?=(?P<verb>\w+))",
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
    r"\b(reach|reached|achieve|achieved|find|found|strike|struck|get|got|(arrive|arrived|come|came) (at|to)) "
    r"(a|any) (settlement|resolution) (of|on|to|over|for|concerning|regarding|about) ",
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
    r"^\W*(?P<first>\w+([^\w?!]+\w+){0,8})\s*(?P<mark>[?!])\s+"
    r"(?P<asked>(what|who|which|how|where|whose|is|was|are|were|did|does|do|has|have|will|can|could)\b[^?]*\?|"
    r"(?P<command>(name|list|give|tell)\b[^?!]*[.?!]?))\W*$",
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
    rf"^\W*what (does|do|did) {SOURCE} "
    r"(suggest|indicate|imply|reveal|tell (us|me|readers)) "  # not 'say', read as it is (a table's word)
    r"(regarding|about|concerning|as to|on)\s+(?P<who>the identity of\s+)?(?P<topic>.+?)\W*$",
    re.IGNORECASE,
)
# 'What objectives does the report suggest the talks are meant to secure?': its telling asks nothing
SOURCE_INSIDE = re.compile(
    rf"(?<=\w)\s+(does|do|did) {SOURCE} (suggest|indicate|say|state|imply)( that)?\s+"
    r"(?P<subject>(the|these|this) [\w -]+?) (?P<aux>is|are|was|were|may|might|could|can|will|would)\b",
    re.IGNORECASE,
)
# 'Who does the article actually say headed ...', 'What does the piece claim the talks could
# alter': what it says is what is asked
_SOURCE_DOES = rf"(?<=\w)\s+(does|do|did) {SOURCE} "  # '... does the piece ...' inside a question
SOURCE_SAYS = re.compile(
    _SOURCE_DOES + r"(really |actually |in fact )?"
    r"(say|says|claim|claims|report|reports|state|states|assert|asserts|mention|mentions)( that)?"
    r"(?=\s)(?!\s+(about|of|on|regarding|concerning|as to)\b)",  # not 'what does it say about X'
    re.IGNORECASE,
)
# 'Which envoy does the piece describe as only possibly meeting Putin': which is described so
SOURCE_DESCRIBES = re.compile(
    _SOURCE_DOES
    + r"(really |actually )?(describe|present|portray|characteri[sz]e|depict|identify|list|name) as\b",
    re.IGNORECASE,
)
# 'What issue does the piece tie to the resignation': what is tied to it
SOURCE_TIES = re.compile(
    _SOURCE_DOES + r"(really |actually )?(tie|link|connect|relate|attribute|associate) to\b", re.IGNORECASE
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
# 'What was Rubio's comment on whether the work was done?': what he said about it
VIEW_OWNED = re.compile(
    r"^\W*(?i:what (is|was|were|are)) (?P<who>[A-Z][\w.-]*( [A-Z][\w.-]*)?)['’]s? "
    r"(?i:(comment|comments|remark|remarks|view|views|opinion|take|stance|verdict|assessment|position) "
    r"(on|of|about|regarding|concerning|as to))\s+",
)
# 'who got Rubio's job after him': who replaced him
GOT_ONES_JOB = re.compile(
    r"\bwho (got|took|inherited|landed|was given) (?P<owner>[\w-]+)['’]s (old )?"
    r"(job|post|position|role|seat)\b",
    re.IGNORECASE,
)
# 'the actual location of the talks': the location; 'Which one was the location': which was
ACTUAL = re.compile(
    r"\b(?<=the )((actual|real|true) |(exact|precise) (?!(words?|wording|phrase|phrasing|quote)\b))(?=[a-z])",
    re.IGNORECASE,
)
# 'Which feature of Eastern Europe could the talks change?': what they could change there
ASPECT_OF = re.compile(
    r"^\W*(which|what) (aspect|feature|part|element|facet|dimension|component|side) of (?P<whole>[^,?]+?) "
    r"(?P<rest>(could|might|may|would|will|did|does|do|can)\b[^?]*?)\s*\?*\s*$",
    re.IGNORECASE,
)
# 'who were all the people at the talks': which people were at them
WHO_WERE_THE_KIND = re.compile(
    r"^\W*who (?P<be>is|are|was|were) (all )?the (?P<kind>people|persons|officials|participants|attendees|"
    r"individuals|figures|men|envoys|negotiators|delegates) "
    r"(?=(at|in|present|attending|involved|taking part|participating|who (took|take) part)\b)",
    re.IGNORECASE,
)
# 'what is the country that leaked the plan': which country leaked it
THE_KIND_THAT = re.compile(
    r"^\W*(what|which) (is|was|are|were) the (?P<kind>[a-z]+) (that|which|who) (?=[a-z])", re.IGNORECASE
)
# 'Which was the location of the talks?': what was; 'which' with no noun of its own
WHICH_ALONE = re.compile(
    r"^\W*which (one )?(?=(is|was|are|were) (the|a|an)\b(?(1) [\w-]+ of\b))", re.IGNORECASE
)  # 'which one was the location of the talks', not 'which one is the maybe': one of those named
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
# 'does he think more work is needed', 'Does Rubio believe ...': what one named says he thinks
THINKS = re.compile(
    r"\b[Dd](o|oes|id) (?P<who>he|she|[A-Z][\w'’-]+( [A-Z][\w'’-]+)?) (think|believe|reckon)( that)?\b"
)
# 'Rubio thinks they must do more work?': a statement asked about, did he say so
THINKS_STATED = re.compile(
    r"^\W*(?P<who>[A-Z][\w'’-]+( [A-Z][\w'’-]+)?) (thinks|think|believes|believe|reckons|reckon)( that)?\b"
    r"(?=[^?]*\?\W*$)"
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
# 'umerov been chief negotiator for ages?': has he been
BEEN_FIRST = re.compile(r"^\W*(?P<subject>[\w'’-]+(\s[\w'’-]+)?)\s+(?=been\b)", re.IGNORECASE)
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
    r"(^\W*|(?<=,\s))by whom (was|were|is|are|has been|have been|had been) (?P<thing>.+?) "
    r"(?P<done>\w+ed|\w+en|led|held|made|said|set|put|run|thought|sent|brought)\b(?P<rest>[^?]*)\W*$",
    re.IGNORECASE,
)
# 'what was his exit clouded by?': what clouded his exit
WHAT_BY_LAST = re.compile(
    r"^(?P<wh>what|which \w+) (was|were|is|are) (?P<thing>[^?]+?) (?P<done>\w+ed) by\s*\?\W*$", re.IGNORECASE
)
# 'The talks were in Florida, is it correct?': a learner's 'right?'
TAG_CHECK = re.compile(
    r",?\s*\b(is (it|that|this) (correct|right|true|so)|(am i|is that|is this) right)\s*\?\W*$", re.IGNORECASE
)
# 'the country's negotiating role was taken over by whom?': by whom it was, asked first
BY_WHOM_LAST = re.compile(
    r"^(?P<lead>[^,?]*\w,\s*)?(?P<thing>[^,?]+?) (?P<be>was|were|is|are|has been|have been|had been) "
    r"(?P<done>\w+(ed|en)|led|held|made|met|run|sent|brought)(?P<particle> over| up| on)? by whom\W*$",
    re.IGNORECASE,
)


def _by_whom_first(found: re.Match[str]) -> str:
    lead = f", {found['lead'].strip(' ,')}" if found["lead"] else ""
    return f"by whom {found['be']} {found['thing']} {found['done']}{found['particle'] or ''}{lead}?"


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
# 'Is it your understanding that ...', 'Would it be fair to say that ...': a claim put as the
# listener's view, to be confirmed as 'is it true that ...'
CLAIM_AS_VIEW = re.compile(
    r"^\W*(is it (your|the|my|our) understanding|(would|do) you agree( with me)?|would you say|"
    r"(would it be|is it) (fair|accurate|correct|right|safe) to (say|state)|can (we|i|one) say|"
    r"am i (right|correct) (in thinking|to think|to say|in saying)|do you (believe|think)|"
    r"would you (confirm|accept)|are you (aware|saying)|"
    r"is it (really |actually |in fact )?(claimed|said|stated|reported|asserted)( anywhere)?"
    r"( in the (article|piece|report|text))?) that\s+",
    re.IGNORECASE,
)
# 'Did Umerov replace someone, and if so, who?', '... two aims for Ukraine, and if so, what are
# those two aims?': the question after 'if so' is what is asked; the claim before it, its setting
IF_SO = re.compile(
    r"^(?P<claim>[^?]+?)\s*[,;.?]?\s*(and |but )?if so\s*,?\s+"
    r"(?P<asked>(what|who|whom|whose|which|where|when|how)\b[^?]*?)\s*\?*\s*$",
    re.IGNORECASE,
)

# '..., if so, who was it?': the question word alone asks it
_POINTING_END = re.compile(r"\s+(is|was|are|were)\s+(it|they|that|those|these)$", re.IGNORECASE)


def if_so_asked(text: str) -> str:
    """'<claim>, and if so, what?': the question word asks about the claim ('what might the
    talks alter ...'); a longer question after 'if so' follows the claim as its own sentence."""
    found = IF_SO.match(text)
    if found is None:
        return text
    asked = _POINTING_END.sub("", found["asked"])
    if len(asked.split()) <= 2:  # 'who was it': who
        return f"{asked} {found['claim']}?"
    return f"{found['claim']}. {found['asked']}?"


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
    r"(before|prior to|ahead of) |"
    # 'who held it before him', 'who had the role before Umerov': who the predecessor was
    r"(?<=^who )(held|had|occupied|filled) (it|(the |that |this )([\w-]+ ){0,2}"
    r"(post|job|role|position|seat)) (before|prior to|ahead of) ",
    re.IGNORECASE,
)
# 'what is the identity of the secretary ...': who the secretary is
IDENTITY = re.compile(r"^\W*what(['’]s| is| was) the identity of\b", re.IGNORECASE)
# 'what is the name of the person who is leading ...', 'who is the man who ...': who is leading
THE_ONE_WHO = re.compile(
    r"^\W*(what|who)(['’]s| is| was) (the )?((full )?(name|identity) of )?(the|a|this|that) "
    r"(person|individual|official|man|woman|one|guy|fellow) (who|that)"
    r"(?=\s+(?-i:[a-z]))(?!\s+(the|a|an|he|she|they|it|we|you|i)\b)",  # not 'the person who Umerov replaced'
    re.IGNORECASE,
)
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
# 'was the dispute settled as a result of the talks': at them, no outcome of theirs asked for
AS_A_RESULT = re.compile(
    r"\bas an? (direct )?(result|consequence|outcome) of (?=(the|these|those)\b)", re.IGNORECASE
)
# 'the talks held down in Florida', 'they met over in Florida': held in Florida
DOWN_IN = re.compile(
    r"\b(?P<done>held|met|meeting|talks|were|was|happened|took place) (down|over|out) (?=(in|at)\b)",
    re.IGNORECASE,
)
# 'is military aid part of what Europe provides', '... part of Europe's contributions': among
# what it provides, not a part in the talks
PART_OF_WHAT = re.compile(r"\b(a |one )?part of (what\b|(?=[\w’'.-]+['’]s (\w+ )?\w+s\b))", re.IGNORECASE)
# 'Military aid: part of what Europe gives Ukraine?': whether it is
TOPIC_AMONG = re.compile(
    r"^(?![^:?]*\b(whether|if)\s)\W*(?P<topic>[^:?]*\w)(\s*[:—–-]\s*|\s+(is|are)\s+)(a |one )?"
    r"(part of|among|included in|one of) what\b",
    re.IGNORECASE,
)
# 'Umerov's predecessor, whose resignation cleared the way for him?': who that is
DESCRIBED_THEN_WHOSE = re.compile(r"^\W*(?P<np>[^,?]+?),\s+whose\b[^?]*\?\W*$", re.IGNORECASE)
_PROMPTS = frozenset(["state", "explain", "indicate", "specify", "quote", "recall", "determine", "clarify"])
_NO_DESCRIPTION_OPENS = (  # 'after all the drama, who stepped in': a setting, no one described
    PREPOSITIONS
    | LEADING_PREPOSITIONS
    | CONDITIONS
    | SUBORDINATORS
    | {"since", "once", "so", "and", "but", "then", "of", "among", "regarding", "concerning", "re", "as"}
)
# 'Country that controls or claims Ukrainian territories?': which country does; 'Country thanked
# by Umerov': which country was
KIND_THAT = re.compile(
    r"^\W*(?P<kind>[a-z]+)\s+((that|who)\s+(?=[a-z]+\b)|(?P<passive>(?=[a-z]+ed by\b)))", re.IGNORECASE
)
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
    r"^(?P<ask>\W*(give me|name|identify|tell me|list|find|return|state|get|fetch|retrieve)\s+)"
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
# 'is military aid part of the support ...', '(whether) military aid forms part of ...': whether it
# is among what the whole holds
PART_OF_WHOLE = re.compile(
    r"^\W*((?P<aux>is|are|was|were|does|do|did)\s+)?(?P<thing>[^?,]+?)\s+"
    r"((forms?|formed|makes? up|made up|constitutes?|constituted|is|are|was|were)\s+)?"
    r"(a |an |one )?(part|component|element|piece)\s+of\s+(?!what\b)",
    re.IGNORECASE,
)


KIND_THEN_PARTICIPLE = re.compile(r"^\W*(?P<kind>[a-z]+) (?P<doing>[a-z]+ing)\b(?=.*\?\s*$)", re.IGNORECASE)


def kind_first_asked(text: str, lexicon: Lexicon) -> str:
    """'Country holding or claiming Ukrainian land?', 'Official calling the talks productive?':
    a fact-checker's keywords, the kind of agent wanted and then what it does, ask which one
    does it."""
    found = KIND_THEN_PARTICIPLE.match(text)
    if found is None or WH & set(tokens(text)) or named_things(found["kind"], lexicon):
        return text
    kind = found["kind"].lower()
    agent = str(DIP.Agent)  # someone who does it: not 'talks being held in Florida?', a claim
    kinds = lexicon.kind_named(stem(kind))
    an_agent = any(lexicon.is_kind_of(k, agent) for k in kinds)
    if kind in AUXILIARIES or not (an_agent or (not kinds and lexicon.names_a_relation(stem(kind)))):
        return text
    be = "are" if kind.endswith("s") and not kind.endswith("ss") else "is"
    return f"which {kind} {be} {text[found.start('doing') :]}"


def part_among(text: str, lexicon: Lexicon) -> str:
    """'Is military aid part of the support ...' asks whether it is among what the support holds;
    a person or a country part of the talks took part, another question."""
    found = PART_OF_WHOLE.match(text)
    things = named_things(found["thing"], lexicon) - lexicon.values if found else set()
    if not things or not found:
        return text
    aux = (found["aux"] or "is").lower()
    aux = {"does": "is", "do": "are", "did": "was"}.get(aux, aux)
    whole = text[found.end() :]
    if any(lexicon.is_a(t, str(DIP.Person)) for t in things) and (
        "delegation" in tokens(whole)
        or any(lexicon.is_a(w, str(DIP.Delegation)) for w in named_things(whole, lexicon))
    ):
        return f"{aux} {found['thing']} a member of {whole}"  # 'was Kushner part of the delegation'
    if any(lexicon.is_a(t, str(DIP.Agent)) for t in things):
        return text  # 'was kushnir part of the talks': someone, a typo or not, who took part
    return f"{aux} {found['thing']} among {whole}"


# '..., including anyone who is only possibly attending': the possible are counted in already
WITH_THE_POSSIBLE = re.compile(
    r"[,?]?\s*\b(incl\.?|including|counting|plus)\s+(the\s+)?(maybes|possibles|possible ones|unsure ones)\b|"
    r",?\s*\b(including|counting|even|as well as)\s+(anyone|those|the ones|people|any|everyone)\s+"
    r"((who|that)\s+(is|are|was|were|might be|may be)\s+)?(only\s+)?(possibly|maybe|perhaps|tentatively)\b"
    r"[^?,]*|"
    # 'every individual expected, whether definitively or tentatively, to meet Putin'
    r",?\s*\b(whether|be it|either)\s+(definitely|definitively|certainly|confirmed|firmly|for sure|surely)\s+"
    r"(or|/)\s+(tentatively|possibly|maybe|not|probably|provisionally|unconfirmed)\b,?",
    re.IGNORECASE,
)
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
# 'leaning Russia's way', 'in Russia's favour': toward Russia
ONES_WAY = re.compile(
    r"\b(?P<verb>(lean|tilt|skew|slant)(s|ed|ing)?) in (?P<whom>[A-Z][\w-]*)['’]s favou?r\b|"
    r"\b(?P<whom2>[A-Z][\w-]*)['’]s (?:way|direction)\b"
)
# 'did the plan appear to favor Russia': how it was seen is what the article says of it
SEEMING = re.compile(r"\b(appear|appears|appeared|seem|seems|seemed) to (?=\w)", re.IGNORECASE)
# 'which envoy is stated as certain to meet Putin', '... is said to be certain', 'stated with certainty
# to be meeting': how sure the article is, which the status word says alone
REPORTED_CERTAINTY = re.compile(
    r"\b(stated|said|described|reported|mentioned|named|listed|cited|noted|given|presented|confirmed)"
    r"( (as|to be))? (?=(certain|sure|definite|definitely|likely|possibly|expected|due|only|just|"
    r"a possibility|a maybe|probable|uncertain|tentative|possible)\b)|"
    r"\b(stated|said|reported|mentioned|described|confirmed|known) "
    r"(?P<how>with certainty|for certain|for sure|definitely|certainly) to\b",
    re.IGNORECASE,
)
# 'did people think the plan favored Russia?': whether the belief holds, as the article says
BELIEF_ASKED = re.compile(
    r"(^\W*|,\s*)((did|do|does|was|were|is|are) )?"
    r"((people|ppl|folks|everyone|everybody|anyone|anybody|officials|they|observers|critics|many) "
    r"(think|believe|feel|reckon|consider|worried|worry|fear|afraid|concerned)|"
    r"there (any )?(concerns?|worry|worries|fears?)( (among|from|by|in) [\w'’ -]+?(?= that\b))?)( that)?\s+"
    r"(?!(about|over|regarding|abt|with)\b)",  # 'people worried about what': what they worried about
    re.IGNORECASE,
)
# '..., per the report, ...', 'according to the article,' inside the question: an aside
SOURCE_ASIDE = re.compile(rf",?\s*\b(per|according to|based on|in) {SOURCE}\s*,\s*", re.IGNORECASE)
# 'were the negotiations described in the article held in Florida': the article's telling, no relation
HOW_ASKED = re.compile(r"^([^:—–?]*[:—–]\s*)?how\b", re.IGNORECASE)  # after a topic: 'The issue: how ...'
TOLD_IN_SOURCE = re.compile(
    rf"\s*\b(described|discussed|covered|reported|mentioned|named|cited) (in|by) {SOURCE}\b", re.IGNORECASE
)


# 'Marco Rubio, the official who spoke about the talks, ...': a description set beside a name
# not one that holds the asking word itself: ', the official who took over ... was who, ...'
# nor 'Before talks, the plan of which country was leaked?', which asks
_APPOSITIVE = re.compile(
    r",\s*(the|a|an)\s+(\w+\s+){0,2}?(?<!\bof )(?<!\bby )(?<!\bfor )(?<!\bto )(?<!\bin )"
    r"(who|that|which)\s(?:(?!\b(who|whom|what|which)\b)[^,?])*(?=[,?]|$)",
    re.IGNORECASE,
)


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
# 'who has taken the role of negotiator': a post in lower case is one he became, not a man replaced
_POST_TAKEN = re.compile(
    r"\b(?P<verb>take|takes|taking|took|taken) (on )?the (job|post|role|position|office) of "
    r"(?=(?:the |a )?(?-i:[a-z]))",
    re.IGNORECASE,
)
_BECOME = {"take": "become", "takes": "becomes", "taking": "becoming", "took": "became", "taken": "become"}
_TAKES_PLACE = re.compile(
    r"\b(take|takes|taking|took|taken)\s+(?!(?:his|hers|its|this|the|a|an|their|our|my|your)\b)"
    r"(?P<who>\w+?(\s\w+?)?)['’]?s\s+"
    r"(place|job|seat|post|role)\b|"  # 'took rubios job' typed without the apostrophe too
    r"\b(take|takes|taking|took|taken)\s+(?P<name>(?-i:[A-Z]\w+))\s+(place|job|seat)\b",  # 'took Rubio place'
    re.IGNORECASE,
)


def place_taken(text: str) -> str:
    """'who took Rubio's place' asks who replaced him (not who took part, nor where it took place)."""
    text = _WHOSE_PLACE.sub(lambda m: f"whom did {m['who']} replace{m['rest']}?", text)
    text = _POST_TAKEN.sub(lambda m: _BECOME[m["verb"].lower()] + " ", text)
    return _PLACE_OF.sub("replaced ", _TAKES_PLACE.sub(lambda m: f"replaced {m['who'] or m['name']}", text))


# "what's his name?", "what was the negotiator's name": the one named is asked for
_NAME_ASKED = re.compile(r"^\W*what(['’]s| is| was)\s+(?P<who>.+?)['’]s?\s+name\W*$", re.IGNORECASE)


def name_asked_as_who(text: str) -> str:
    """ "What was Umerov's predecessor's name?" asks who Umerov's predecessor was."""
    found = _NAME_ASKED.match(text)
    return f"who is {found['who']}?" if found else text


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
    """'Country that controls or claims Ukrainian territories?' asks which country does, and
    'Country thanked by Umerov' which country was, when the first word names a kind or a
    relation and is no command ('State who ...')."""
    kind = KIND_THAT.match(text)
    if (
        kind
        and (noun := kind["kind"].lower()) not in STOPWORDS | COMMANDS | _PROMPTS
        and (lexicon.kind_named(stem(noun)) or lexicon.names_a_relation(stem(noun)))
        and not WH & set(tokens(text[kind.end() :]))
    ):
        return f"which {kind['kind']} {'was ' if kind['passive'] is not None else ''}{text[kind.end() :]}"
    return text


_NEGATING_PREFIX = re.compile(r"\b(?:un|non|in|im|dis)(?P<word>[a-z]{5,})\b", re.I)


def negation_spelled_out(text: str, lexicon: Lexicon) -> str:
    """'did Rubio call the talks unproductive': 'not productive', when the graph knows the word
    only without its negating prefix (it knows 'unresolved' as itself, a status)."""

    def spelled_out(found: re.Match[str]) -> str:
        known = lexicon.spellings
        if found[0].lower() in known or found["word"].lower() not in known:
            return found[0]
        return f"not {found['word']}"

    return _NEGATING_PREFIX.sub(spelled_out, text)


def without_said_after(text: str, lexicon: Lexicon) -> str:
    """'... that plan? Our correspondent has the details.' without the sentence after the
    question, when it names nothing; not '... ? Give me everyone.' nor '... ? Y/N.', which say
    how to answer."""
    after = SAID_AFTER.search(text)
    if after is None:
        return text
    said = tokens(after["said"])
    how_to_answer = len(said) < 3 or said[0] in COMMANDS | {"please", "pls"}
    if how_to_answer or named_things(after["said"], lexicon) - lexicon.values:
        return text
    return text[: after.start()]


def _will(going: re.Match, lexicon: Lexicon) -> str:
    """'is Witkoff going to meet Putin': will Witkoff meet him, when a verb of the lexicon follows."""
    if not lexicon.relational(stem(going["verb"].lower())):
        return going[0]
    return f"will {going['who'] or ''}{going['how'] or ''}"


def _source_regarding(found: re.Match[str], lexicon: Lexicon) -> str:
    """'What does the article tell us about the sentiment Umerov showed ...': what that is; not
    about a name alone ('... say about the territorial question'), read as it is."""
    topic = found["topic"]
    if not found["who"] and key(re.sub(r"^(the|a|an)\s+", "", topic, flags=re.I)) in lexicon.names:
        return found[0]  # what the table says about the territorial question: its status, read as it is
    return f"{'who' if found['who'] else 'what'} is {topic}?"


def _framing_left(found: re.Match[str], text: str) -> str:
    """What stands where the asker's framing was: nothing at an end, its colon inside ('Let me
    check something for our listeners: was it ...'), else a space."""
    if found.start() == 0 or found.end() == len(text):
        return ""
    return ": " if ":" in found[0] else " "


# 'I was listening earlier and, who was heading ...', 'I got confused there, was it ...': what
# the asker did, then the question
_ASKERS_DOING = re.compile(
    r"^\W*(i|i['’]ve|i['’]m|we)\b(?P<clause>( (?!that\b)[\w'’]+){1,6}?)"
    r"(\s*,\s*((and|but|so)\b)?|\s+(and|but|so)\b)\s*,?\s*"
    r"(?=(who|whom|what|which|where|when|how|was|were|is|are|did|do|does|has|have)\b)",
    re.IGNORECASE,
)


def askers_doing_dropped(text: str, lexicon: Lexicon) -> str:
    """The question without what the asker says of themself first, when that names nothing."""
    found = _ASKERS_DOING.match(text)
    if found is None or named_things(found["clause"], lexicon) - lexicon.values:
        return text
    return text[found.end() :]


# 'the security council of Ukraine': Ukraine's security council, one name with its owner
_OF_OWNER = re.compile(r"\bthe (?P<thing>[a-z][a-z -]{2,40}?) of (?P<owner>[A-Z][\w-]+)\b(?!['’])")


def owner_put_first(text: str, lexicon: Lexicon) -> str:
    """'the X of Ukraine' as 'Ukraine's X' when X names something and Ukraine is a country: the
    country then says whose X it is, not another thing the answer must be tied to."""

    def put_first(found: re.Match[str]) -> str:
        owners = named_things(found["owner"], lexicon)
        if not owners or not all(lexicon.is_a(t, str(DIP.Country)) for t in owners):
            return found[0]
        if key(found[0][4:]) in lexicon.names:
            return found[0]  # 'the National Security Council of Ukraine' is its name
        kinds = lexicon.class_named(stem(tokens(found["thing"])[-1]))
        if not any(
            lexicon.is_kind_of(k, str(DIP.Post)) or lexicon.is_kind_of(k, str(DIP.Organization))
            for k in kinds
        ):
            return found[0]  # 'the fighting in the war of Russia and Ukraine': no post or body of one country
        return f"{found['owner']}'s {found['thing']}"

    return _OF_OWNER.sub(put_first, text)


def _toward(found: re.Match[str]) -> str:
    return f"{found['verb']} toward {found['whom']}" if found["verb"] else f"toward {found['whom2']}"


def spoken_opening_dropped(text: str) -> str:
    """'Hi, yeah, um, so who ...' is 'who ...': a caller's greeting and fillers; 'Hi Nina, which
    ...' keeps its greeting for the letter's reading of it."""
    found = SPOKEN_OPENING.match(text)
    if found is None or not FILLERS & set(tokens(found[0])):
        return text
    return OPENERS.sub("", text[found.end() :])  # 'So tell us, whose ...': its command too


def _aside_dropped(found: re.Match[str]) -> str:
    """', you know, who ...' is ', who ...'; '..., you know?' is '...?'; 'you know, who' 'who'."""
    return ", " if found[1].startswith(",") and found[3].startswith(",") else ""


# the past of participles that are not: 'taken over by whom' is who took it over
_PAST_OF = {
    "taken": "took", "given": "gave", "chosen": "chose", "seen": "saw", "done": "did", "shaken": "shook",
    "written": "wrote", "spoken": "spoke", "broken": "broke", "begun": "began", "driven": "drove",
}  # fmt: skip
_PARTICLES = frozenset(["over", "up", "on", "in", "out", "down", "off"])


def _by_whom_done(found: re.Match[str]) -> str:
    """'by whom was the role taken over?' as 'who took over the role?'."""
    done = _PAST_OF.get(found["done"].lower(), found["done"])
    rest = found["rest"]
    particle = rest.split()[0] if rest.split() else ""
    if particle.lower() in _PARTICLES:  # 'taken over': the verb's own word, kept beside it
        return f"who {done} {particle} {found['thing']}{rest.strip()[len(particle) :]}?"
    return f"who {done} {found['thing']}{rest}?"


# 'Isn't Witkoff some president's envoy? Which one?': a negative question that says what the asker
# believes, then the question it leads to
_NEGATIVE_THEN_ASKED = re.compile(
    r"^\W*(?P<aux>is|are|was|were|did|does|do|could|can|has|have|will|would)n['’]?t\s+(?P<rest>[^?]+?)\s*\?"
    r"\s*(?P<then>[^?]+[?.]?)\W*$",
    re.IGNORECASE,
)
_SELF_DOUBT_AFTER = re.compile(
    r"\s*[,—–-]?\s*(?<=[?,—–-]|\s)\s*or (am i|have i got (it|that)) (misremembering|wrong|mistaken|confusing|"
    r"mixing|thinking of|remembering)\b[^?]*\?\W*$",
    re.IGNORECASE,
)
_MODAL_LAST = re.compile(r"\b(?P<modal>might|may|could|would|will|can)\s*\?\W*$", re.IGNORECASE)
_TAG_BEFORE_ASKED = re.compile(
    r",\s*(is|are|was|were|did|does|do|has|have|could|can|will|would)(n['’]?t)?\s+(he|she|it|they|there|we|you)"
    r"\s*\?\s*(?=(so\s+)?(who|whom|whose|what|which|where|when|how|why|is|are|was|were|did|does|do)\b[^?]*\?)",
    re.IGNORECASE,
)
_POINTS_TO_IT = re.compile(
    r"^(so\s+)?(which one|which ones|which|what|who|"
    r"(what|who|which one) (is|was|are|were) (it|they|that|those)( about)?|"
    r"i (can['’]?t|cannot|don['’]?t) (recall|remember) (who|what|which one) (it|that|they) (is|was|are|were)|"
    r"i['’]?ve forgotten (who|what|which one) (it|that) (was|ended up being))\W*$",
    re.IGNORECASE,
)
_INDEFINITE = re.compile(
    r"\b(?P<some>some kind of|some sort of|some|a|an|any|one|two|three|something|someone|somebody)\b",
    re.IGNORECASE,
)
_ASKED_FOR_INDEFINITE = {
    "something": "what",
    "someone": "who",
    "somebody": "who",
    "one": "which one",
    "two": "which two",
    "three": "which three",
}
_SUBJECT_FIRST = re.compile(
    r"there|(the|these|those|this|that) ([A-Z][\w-]* )*[\w-]+|[A-Z][\w-]*( [A-Z][\w-]*)*(['’]s [\w-]+)?"
)


def ellipsis_filled(text: str) -> str:
    """'Witkoff isn't the only one who might meet Putin. How many might?': how many might meet
    Putin, the verb the modal stands for said before."""
    ends = _MODAL_LAST.search(text)
    done = ends and re.search(rf"\b{ends['modal']} (?P<done>[^.?,;]+)", text)
    if not ends or not done or done.start() >= ends.start():
        return text
    return f"{text[: ends.end('modal')]} {done['done'].strip()}?"


def negative_then_asked(text: str, lexicon: Lexicon) -> str:
    """'Isn't Witkoff some president's envoy? Which one?' asks 'Witkoff is which president's
    envoy?'; 'Isn't Umerov on the council? What's his title there?' tells 'Umerov is on the
    council' and asks what follows."""
    text = _SELF_DOUBT_AFTER.sub("?", text)  # 'The talks were in Florida, weren't they? Or am I wrong?'
    text = _TAG_BEFORE_ASKED.sub(". ", text)  # 'The envoys aren't staying, are they? Where ...'
    text = ellipsis_filled(text)
    found = _NEGATIVE_THEN_ASKED.match(text)
    if found is None:
        return text
    if found["then"].lower().startswith("how many"):
        return text  # 'Wasn't the plan broken into a set number of points? How many?': read as it stands
    rest = found["rest"]
    subject = _SUBJECT_FIRST.match(rest)
    if subject is None:
        words = rest.split()
        named = [n for n in (2, 1) if " ".join(words[:n]).lower() in lexicon.names]
        if not named:
            return text
        subject_text, after = " ".join(words[: named[0]]), " ".join(words[named[0] :])
    else:
        subject_text, after = subject[0], rest[subject.end() :].strip()
    told = f"{subject_text} {found['aux'].lower()} {after}"
    if not _POINTS_TO_IT.match(found["then"].strip()):
        return f"{told}. {found['then']}" if found["then"].endswith("?") else text
    some = next((m for m in _INDEFINITE.finditer(told) if m["some"].lower().startswith("some")), None)
    some = some or _INDEFINITE.search(told, len(subject_text))
    if some is None:
        return text
    word = some["some"].lower()
    asked = _ASKED_FOR_INDEFINITE.get(word) or ("which " + word[5:] if word.startswith("some ") else "which")
    return f"{told[: some.start()]}{asked}{told[some.end() :]}?"


_SCENES_SUBJECT = re.compile(
    r"(the|these|those) ([A-Z][\w-]* )*[a-z][\w-]*(?= ([a-z]+ed|brought|took|met|held|went|began|got|came|"
    r"had|were|was)\b)"
)


def _scene_told_first(found: re.Match[str]) -> str:
    """'Since the plan leaked, did officials worry ...?' as 'The plan leaked. Did officials worry ...?'."""
    scene, question = found["scene"], found["question"].rstrip("?")
    there = THERE_LAST.search(question)
    if there and (
        subject := _SCENES_SUBJECT.match(scene)
    ):  # 'Since the Florida meetings ..., who was there?'
        question = f"{question[: there.start()]} at {subject[0]}"
    return f"{scene[0].upper()}{scene[1:]}. {question[0].upper()}{question[1:]}?"


# 'After the talks in Florida, to which city does the US plan to send envoys?': a time or a
# setting put first, then the question
SCENE_FIRST = re.compile(
    r"^\W*(?P<scene>(even )?(after|before|while|as(?! (for|to|regards)\b)|during|following|since|once|amid|"
    r"amidst|ahead of|in the wake of) [^,?]{3,80}?),\s*(?P<asked>(?!(and|but|so|then)\b)\w[^?]*\?)\W*$",
    re.IGNORECASE,
)
_ASKED_BACK = re.compile(r"\b(there|then|they|them|their|it|its|this|that|these|those)\b", re.IGNORECASE)
_HIS = re.compile(r"\b(he|him|his|she|her)\b", re.IGNORECASE)


def scene_dropped(text: str, lexicon: Lexicon) -> str:
    """The question without the setting put before it, when the question names something of its
    own and points back to nothing of the setting but the one person it names ('Before Umerov
    took over ..., his predecessor resigned amid what concerns?': Umerov's predecessor). A setting
    that names what the question is about stays ('After Yermak's resignation, who took over?')."""
    found = SCENE_FIRST.match(text)
    if not found or _ASKED_BACK.search(found["asked"]) or set(tokens(found["scene"])) & WH:
        return text  # 'Amid what concerns, according to the account, did ...': the question itself
    asked = found["asked"]
    if _HIS.search(asked):  # the person the setting opens on, its subject: 'Before Umerov took over, ...'
        opening = " ".join(tokens(found["scene"])[1:4])
        people = {t for t in named_things(opening, lexicon) if lexicon.is_a(t, str(DIP.Person))}
        if len(people) != 1:
            return text
        name = lexicon.label.get(next(iter(people)), "")
        asked = _HIS.sub(lambda m: f"{name}'s" if m[1].lower() in ("his", "her") else name, asked)
    if not named_things(asked, lexicon) - lexicon.values:
        return text
    return asked[0].upper() + asked[1:]


# 'Counting Trump's envoy Witkoff, ...', 'alongside Ukraine's new negotiator Rustem Umerov': a
# person's title put before the name
TITLED_NAME = re.compile(
    r"\b(?P<owner>[A-Z][\w-]*)['’]s "
    r"(?P<title>((?!(before|after|of|for|to|in|at|on|with|by|from|than|and|or)\b)[a-z][\w-]* ){1,3})"
    r"(?P<name>[A-Z][\w-]+( [A-Z][\w-]+)?)\b"
)


def _title_dropped(found: re.Match[str], lexicon: Lexicon) -> str:
    """The name alone when it names a person and the owner something the graph knows: what the
    title says is the person's own fact, not what is asked."""
    named = lexicon.names.get(found["name"].lower(), ())
    if not lexicon.names.get(found["owner"].lower()) or not any(
        lexicon.is_a(t, str(DIP.Person)) for t in named
    ):
        return found[0]
    return found["name"]


# 'Did Umerov lead the delegation, or was it Yermak?' (its 'or was it' already read as 'or')
SUBJECT_OPTION_LAST = re.compile(
    r"^\W*(?P<aux>(?i:did|does|do|was|is|were|are|has|had) )(?P<subject>[A-Z][\w'’-]*( [A-Z][\w'’-]*)?) "
    r"(?P<rest>[^?,]*?\w),? or (?P<other>[A-Z][\w'’-]*( [A-Z][\w'’-]*)?)\s*\?*\s*$"
)


def subject_option_put_first(text: str, lexicon: Lexicon) -> str:
    """A choice of who did it, the other option typed last: 'did Umerov or Yermak lead the
    delegation'. Only when the option is the subject's kind of thing and the words before it end
    in no such thing: in 'did Umerov replace Yermak or Rubio' the option is whom he replaced."""
    found = SUBJECT_OPTION_LAST.match(text)
    if not found:
        return text

    def kinds(name: str) -> set[str]:
        return {kind for thing in lexicon.names.get(name.lower(), ()) for kind in lexicon.types[thing]}

    option_kinds = kinds(found["other"])
    if not option_kinds & kinds(found["subject"]) or option_kinds & kinds(found["rest"].split()[-1]):
        return text
    return f"{found['aux']}{found['subject']} or {found['other']} {found['rest']}?"


def plain(text: str, lexicon: Lexicon) -> tuple[str, bool]:
    """The question in plain form, and whether its wrapping asked for yes or no ('say if ...',
    'tell me whether ...', '..., yes or no?')."""
    text = spoken_opening_dropped(SPOKEN_ASIDE.sub(_aside_dropped, text))
    text = askers_doing_dropped(text, lexicon)
    text = negative_then_asked(text, lexicon)
    text = GIVEN_FIRST.sub(_scene_told_first, text)
    text = scene_dropped(text, lexicon)
    text = TITLED_NAME.sub(lambda m: _title_dropped(m, lexicon), text)
    text = CHECKED_GUESS.sub(lambda m: f"{m['aux']} it {m['guess']} {m['wh'].lower()} {m['clause']}?", text)
    text = typed_query_read(text)
    for sign, words in NOTATION:
        text = sign.sub(words, text)
    text = TAG_CHECK.sub(", right?", text)
    text = lexicon.in_english(untagged(EMOJI.sub("", text)))
    text = heading_joined(undoubted(unlabelled(unaddressed(text))), lexicon)
    text = topic_framed_plainly(blank_asked(placeholder_asked(riddle_asked(text))))
    text = SOURCE_FIRST.sub("", text)  # 'Going by the article, who's the country ...'; again below
    text = negation_spelled_out(without_said_after(text, lexicon), lexicon)
    for mistake, meant in PLAIN_WORDS:
        text = mistake.sub(meant, text)
    text = subject_option_put_first(text, lexicon)
    if set(tokens(text)[:1]) & WH:  # 'who took over from Rubio — who was it?': asked once
        text = RESTATED.sub("?", text)
    text = numbers_as_words(text, lexicon)
    text = owner_put_first(text, lexicon)
    text = CLAIM_AS_VIEW.sub("is it true that ", if_so_asked(text))
    text = NEGATED_CLAIM.sub(lambda m: f"{m['be']} it {m['how']} that", text)
    text = EMPHATIC_REQUEST.sub("", text)
    text = FRAMING.sub(lambda m: _framing_left(m, text), text)
    text = courtesies_dropped(HESITATION.sub("", HONORIFIC.sub("", text)).strip())
    text = interjection_dropped(restarted(text, lexicon), lexicon)
    if (been := BEEN_FIRST.match(text)) and been["subject"].lower() in lexicon.names:
        text = f"has {text[been.start('subject') :]}"
    text = OR_NOT.sub(r"\1", ALREADY_NAMED.sub("", BEING_DONE.sub("", text)))
    text = FOR_ME.sub(lambda m: m["command"], WITH_THE_POSSIBLE.sub("", OR_NAH.sub("", text)))
    text = BLANK.sub("what", IN_CASE.sub("if", NUMBER_SIGN.sub("number of ", text)))
    short = SHORT_QUESTION_FIRST.match(text)
    if short and short["command"] and short["mark"] == "?":
        short = None  # 'who was at the talks? list everyone': how to answer the question before
    if short and not named_things(short["first"], lexicon) - lexicon.values:
        text = short["asked"]  # 'Is it game over? How did Rubio put it ...': the first asks nothing yet
    restated = RESTATED_AFTER.match(text)
    if restated and not named_things(text[: restated.start("asked")], lexicon) - lexicon.values:
        text = restated["asked"]  # the first question names nothing; the second points back to it
    text = SETTLEMENT_SOUGHT.sub("settle ", SETTLEMENT_REACHED.sub(lambda m: f"{m['thing']} settled", text))
    text = BROUGHT_TO_SETTLEMENT.sub(lambda m: f"{_SETTLE[m['bring'].lower()]} {m['thing']}", text)
    text = GOING_TO.sub(lambda m: _will(m, lexicon), LISTING.sub(r"\1list", text))
    if not HOW_ASKED.match(text):  # 'how are the talks described in the article' asks it
        text = TOLD_IN_SOURCE.sub("", text)
    text = TOPIC_AMONG.sub(lambda m: f"is {m['topic']} among what", text)
    text = COUNTED_AMONG.sub(lambda m: f"is {m['thing']} ", text)
    text = SOURCE_REGARDING.sub(lambda m: _source_regarding(m, lexicon), text)
    text = SOURCE_INSIDE.sub(lambda m: f" {m['aux']} {m['subject']}", text)
    text = SOURCE_DESCRIBES.sub(" is described as", SOURCE_SAYS.sub("", text))
    text = SOURCE_TIES.sub(" is tied to", text)
    text = SOURCE_PLACES.sub(lambda m: f"were {m['thing']} ", text)
    text = SOURCE_ATTRIBUTES.sub(lambda m: f"{m['aux']} {m['who']} have", text)
    text = GOT_ONES_JOB.sub(lambda m: f"who replaced {m['owner']}", text)
    text = VIEW_HELD.sub(lambda m: f"what did {m['who']} say about ", text)
    text = VIEW_OWNED.sub(lambda m: f"what did {m['who']} say about ", text)
    text = WHICH_ALONE.sub("what ", ACTUAL.sub("", text))
    text = THE_KIND_THAT.sub(lambda m: f"which {m['kind']} ", text)
    text = ASPECT_OF.sub(lambda m: f"what {m['rest']} in {m['whole']}?", text)
    text = WHO_WERE_THE_KIND.sub(lambda m: f"which {m['kind']} {m['be']} ", text)
    text = BARE_NAME_OF.sub(lambda m: f"{m['be']} the name of the ", OFFICIAL_TITLE.sub("", text))
    text = WHO_THE_KIND.sub(lambda m: f"which {m['kind']} {'was' if 'was' in m['be'] else 'is'} ", text)
    text = GONE_TO_TALKS.sub(lambda m: f"{_ATTEND[m['go'].lower()]} ", text)
    text = WORRIED_ABOUT.sub(lambda m: f"{m['wh']} were {m['who']} worried ", text)
    text = PART_OF_WHAT.sub(lambda m: f"among {m[2]}", JOB_DONE.sub("the work", text))
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
    text = WRITING_TIME.sub("now", DOWN_IN.sub(r"\g<done> ", AS_A_RESULT.sub("at ", text)))
    text = BACK_IN.sub("", RETROSPECT.sub(" ", text).strip())
    text = BY_WHOM_LAST.sub(_by_whom_first, text)
    text = BY_WHOM.sub(_by_whom_done, text)
    text = CLEFT_CLAIM.sub(lambda m: f"{'was' if m['be'] == 'was' else 'is'} it {m['claim']}?", text)
    text = pronoun_verb_inverted(without_dummy_it(read_then_asked(text, lexicon)), lexicon)
    text = SOURCE_FIRST.sub("", text)  # 'according to the table, where does ... stand'
    text = TRAILING_ASIDE.sub("", WANTED.sub("give me ", RETURNED.sub("give me ", TICKET.sub("", text))))
    text = RESTATED.sub("", text) if text.lower().startswith("give me ") else text
    text = OPENERS.sub("", FILLER.sub(lambda m: m["keep"] + " ", text))  # 'ok so did they like ...'
    text = place_taken(lexicon.unshortened(question_first(lead_in_dropped(text, lexicon))))
    text = BEFORE_SOMEONE.sub(lambda m: "the predecessor of " if m[1] else "was the predecessor of ", text)
    text = copula_first(perfect_put_back(question_word_first(without_appositives(text), lexicon), lexicon))
    text = WHICH_ALONE.sub("what ", text)  # once a lead-in is dropped
    text = WHAT_LIKE.sub(_described, text)
    whether = False
    text = THINKS.sub(lambda m: f"did {m['who']} say", text)
    if (stated := THINKS_STATED.match(text)) and stated["who"].lower() in lexicon.names:
        text = f"did {stated['who']} say{text[stated.end() :]}"
    if belief := BELIEF_ASKED.search(text):  # 'did people think X': whether X; 'people think X?' says so
        whether = bool(belief.group(2))
        text = text[: belief.start()] + belief.group(1) + text[belief.end() :]
    text = said_what(name_asked_as_who(topic_put_back(text)))
    text = WHAT_BY_LAST.sub(lambda m: f"{m['wh']} {m['done']} {m['thing']}?", text)
    text = HEARSAY.sub(lambda m: m["be"], OPENERS.sub("", text))
    text = ONES_WAY.sub(_toward, GOT_PASSIVE.sub("", text))
    text = REPORTED_CERTAINTY.sub(lambda m: "certain to" if m["how"] else "", SEEMING.sub("", text))
    text = IDENTITY.sub(lambda m: "who is" if "was" not in m[1] else "who was", text)
    text = THE_ONE_WHO.sub("who", text)
    text = SOURCE_ON.sub(lambda m: f"how is {m['topic'] or m['topic2']} described?", text)
    text = STANDING.sub(lambda m: f"what is the status of {m['topic'] or m['subject']}?", text)
    text = STANDING_INSIDE.sub("the status of ", text)
    text = SOURCE_CLAIMS.sub("", SOURCE_ASIDE.sub(" ", text)).strip()
    if request := REQUEST.match(text):
        whether = bool(request["whether"] or request["say_whether"])
        if whether and (asked_of_us := ASKED_OF_US.match(text, request.end())):
            request, whether = asked_of_us, False  # 'I wonder if you could list ...': a request
    elif request := SOURCE_ASKED.match(text) or OPINION_ASKED.match(text) or MEANS_THAT.match(text):
        whether = True
    text = text[request.end() :] if request else text
    if request and (again := REQUEST.match(text)):  # 'can you state whether ...', 'can you identify who ...'
        whether = whether or bool(again["whether"] or again["say_whether"])
        text = text[again.end() :]
    if request:
        text = RETURNED.sub("give me ", text)  # 'can you state the number of ...'
    if request or text.lower().startswith("give me "):  # 'identify the individual who served as ...'
        text = NAMED_ONE.sub("who", text)
    if request and not whether and CONFIRMING.search(request[0]) and CLAIM_AFTER_NOUN.match(text):
        whether = True
    if request and not whether and NOUN_PHRASE.match(text):
        text = f"what are {text}"  # 'do you know the words Rubio used ...': what they are
    text = PASSIVE_MODAL.sub(lambda m: f"{m['wh']} {m['modal']} {m['doer']} {m['verb']}{m['end']}", text)
    text = EMBEDDED.sub(lambda m: f"{m['wh']} {m['aux']} {m['subject']}", text)
    text = EMBEDDED_LAST.sub(lambda m: f"{m['wh']} {m['aux']} {m['subject']}?", text)
    text = UNINVERTED.sub(lambda m: f"{m['wh']} {m['aux']} {m['subject']} ", text)
    text = pronoun_verb_inverted(without_dummy_it(text), lexicon)  # 'remind me who it was that he ...'
    if asked_first := YES_OR_NO_FIRST.match(text) or CLAIM_LABEL.match(text):
        text, whether = text[asked_first.end() :], True
    if inside := YES_OR_NO_INSIDE.search(text):  # 'Did the talks, yes or no, resolve ...'
        text, whether = text[: inside.start()] + " " + text[inside.end() :], True
    if not whether:
        text = kind_first_asked(text, lexicon)
    if whether or text.lower().startswith(("is ", "are ", "was ", "were ", "does ", "do ", "did ")):
        text = part_among(text, lexicon)
    said_yes_or_no = YES_OR_NO.search(text)
    if said_yes_or_no and said_yes_or_no.start() > 0:
        text, whether = text[: said_yes_or_no.start()] + "?", True
    return text, whether
