"""How a question is asked for, apart from what it asks: a request or an instruction wrapped
around it ('could you tell me who ...', 'Return the country whose ...', 'Look up whether ...'),
a worksheet's prompt, a ticket's label, an interview's speaker ('Q:'), the asker's framing ('for
the record'), how the answer should look ('country name only', 'yes or no'), and the way it is
typed: emoji, a data person's notation, a text message's '2' and '4' for 'to' and 'for'."""

from __future__ import annotations

import re

from kg.qa.lexicon import Lexicon
from kg.qa.surroundings import SOURCE
from kg.qa.text import stem, tokens

# 'and who ...', 'ok so were the talks ...', 'btw which ...': a chat's openers, no part of the question
OPENERS = re.compile(
    r"^\W*((and|so|ok|okay|btw|well|hey|yeah|yep|also|wait|now|oh|hmm|hold (up|on)|hang on|listen|"
    r"look(?! up\b)|"
    r"tell (us|me)(?=\s*,)|"
    r"alright|right(?! now\b))\b[,\s—–-]+)+",
    re.IGNORECASE,
)

# a request wrapped around the question: 'could you tell me who ...', 'do you know whether ...',
# 'I'd like to know ...'; what is left is the question ('list ...', 'who ...', 'the talks were ...')
REQUEST = re.compile(
    r"^\W*(please\s+)?"
    r"((can|could|would|will) (you|somebody|someone|anybody|anyone) (please )?(just )?"
    r"((confirm|check|verify) (for me |to me )?)?|"
    r"(do|does) (you|we|anyone|anybody|somebody|someone) (happen to )?(know|remember|recall) |"
    r"sum up |summari[sz]e |"
    r"i(['’]?d| would| should) (like|love) to know |(i )?(want|need) to know |"
    r"i(['’]?m| am| was)? wonder(ing)? |"
    r"i(['’]?m| am) curious (to know )?|i(['’]?m| am) trying to (find out|figure out|work out|understand) |"
    r"remind me |help me (find out |understand )?|(walk|talk|take) (me|us) through )"
    r"((tell|show|remind) (me|us|the (court|jury|committee|panel|listeners|viewers|audience)) |let me know |"
    r"find out |figure out |check )?(?P<whether>(whether|if) )?|"
    # 'say if Yermak leads the delegation', 'tell me whether ...'
    r"^\W*(please\s+)?(say|tell( me| us)?|answer|let me know|check|confirm|verify|state|indicate|determine|"
    r"establish|find out|work out|figure out|explain|clarify|specify|look up|find|see|ascertain|report|"
    r"search for|research) (?P<say_whether>whether|if),? |"
    # a worksheet's prompt: 'identify what the talks may alter', 'explain briefly what ...'
    r"^\W*(please\s+)?(state|identify|explain|discuss|outline|quote|describe|indicate|determine|establish|specify|clarify|"
    r"recall|find out|work out|figure out|find|look up|report|tell (the (court|jury|committee|panel)|us))"
    r"( briefly| in brief| in a word| in one word| in short)?\s+"
    r"(?=(what|who|whom|which|where|when|how|whose)\b)",
    re.IGNORECASE,
)

# a noun phrase left once a request is taken off: 'do you happen to know *the words Rubio used*'
NOUN_PHRASE = re.compile(r"^\W*(the|a|an|any) \w", re.IGNORECASE)

# 'enumerate the people ...', 'run through the goals ...': other words for 'list'
LISTING = re.compile(
    r"^(\W*(please\s+)?)(enumerate|itemi[sz]e|spell out|run through|go through|rattle off)\b", re.IGNORECASE
)

# 'I was wondering if you could list ...': what follows 'if you could' is asked for
ASKED_OF_US = re.compile(r"(you|u) (could|can|would|might) (please )?", re.IGNORECASE)

# a ticket's label and its reader: 'Requirement: ...', 'Acceptance: ...', 'As a reader I need ...'
TICKET = re.compile(
    r"^\W*(?P<label>(ticket|requirement|acceptance( criteria)?|user story|story|task|spec|todo|to-do|query|"
    r"request|"
    # meeting minutes' items: 'Open question — ...', 'TBD: ...', 'Action: confirm whether ...'
    r"open (question|item|point|issue|q)|issue|action( item| point)?|tbd|tbc|to (confirm|check|verify)|"
    r"follow[- ]?up|agenda( item)?|pending|item|ask)"
    r"\s*(#?\d+)?\s*[:—–-]\s*)?(?P<reader>as an? [\w -]{1,30}?,?\s+(?=i\b))?",
    re.IGNORECASE,
)

# 'return the country that ...', 'answer names the envoy whose ...': a request for a thing
RETURNED = re.compile(
    r"^\W*((please|kindly)\s+)?((return|output|retrieve|fetch|get|report|find( out)?|look up|identify|state|"
    r"describe|explain|outline|determine|specify|provide|locate|point out|pick out|indicate|set out|"
    r"tell (the (court|jury|committee|panel)|us))"
    r"( in (a|one) word| in the (text|article|passage|report|story|extract|excerpt))?|"
    r"((the )?(answer|output|response|result)\s+(should |must )?"
    r"(names?|gives?|lists?|states?|returns?|provides?|identif(y|ies)|contains?|includes?)))\s+"
    r"(?=(the|a|an|all|every|[\w-]+['’]s)\b)",
    re.IGNORECASE,
)

# 'the name of the person who served as ...', 'give me the official who ...': who did
NAMED_ONE = re.compile(
    r"^\W*(give me\s+)?(the )?((full )?(name|names|identity|identities) of )?(the |each |every |any |all )?"
    r"(person|individual|official|people|individuals|officials|man|woman|one|ones|fella|fellow|guy|bloke|"
    r"chap|those) (who|that)\b",
    re.IGNORECASE,
)

# 'I need the country whose plan leaked': a request for a thing is a command to name it
WANTED = re.compile(
    r"^\W*((i(\s+(really|just))?\s+)?(need|want|would like|['’]d like)|"
    r"(get|grab|fetch|find|pull up) (me|us))\s+"
    r"(just |only )?(?=(the|a|an|exact) )",
    re.IGNORECASE,
)

# '... about US support. What was it?': the question restated, once its thing is named
RESTATED = re.compile(
    r"(?<=\w)\s*[.;—–]\s*(what|who|which) (was|is|were|are) (it|they|that|he|she)\W*$", re.IGNORECASE
)

# '... round of discussions? Name them.', '... Keep it short.', '... thanks!': an aside after the question
_THANKS_GIVEN = "".join(  # 'Umerov expressed his thanks.': the thanks asked about, no sign-off
    rf"(?<!\b{word})"
    for word in ("the", "his", "her", "their", "its", "our", "my", "your", "give", "gave", "given")
)
TRAILING_ASIDE = re.compile(
    r"(?<=[\w?])" + _THANKS_GIVEN + r"\s*[.?!]?\s+"
    r"((name|list|give) (them|it|those|these|em|'em)( all)?( please| pls| plz)?|"
    r"(give|show|send) (us|me) the (full|whole|complete|entire) (list|lot|rundown)( please)?|"
    r"keep it (short|brief)|"
    r"thanks( (so|very) much| a lot| a bunch| heaps| in advance| again)?|"
    r"thank you( (so|very) much| in advance)?|"
    r"thx|ty|tia|cheers|much appreciated|appreciate it|"
    r"please( (confirm|advise|help|respond|reply|let (me|us) know|and thanks?( you)?))?)\W*$|"
    r"(?<=\?)\s*(please )?(confirm|advise|verify|check)( (location|name|names|details|asap|please))?\W*$|"
    r",\s*(do you know|if you know|any idea|mate|folks|guys|pal|fair dinkum|d['’]?(ye|you|ya) know|"
    r"do ye know|(ye|you) know|aye|at all|"
    r"(can|could) (you|ye|u) (list|name) (them|it|those)( all)?( for (us|me))?)\W*$|"
    r"(?<=\?)\s*i can['’]?t (quite )?(recall|remember)\W*$|"  # 'who's the secretary ..., do you know?'
    r"(?<=\?)\s*((are|r) )?(you|u|ya) (sure|certain)\W*$|"  # '... in florida? u sure?'
    r"(?<=\?)\s*(list|name|bullet)( (them|it|those|these))?( all)?( please| pls)?\W*$|"  # '...? list please'
    r"(?<=\?)\s*(give me|tell me|what['’]s) the (count|number|total|figure)\W*$|"  # '...? Give me the count.'
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

# 'does the article say that the talks were held in Florida?': whether the claim holds
SOURCE_ASKED = re.compile(
    rf"^\W*(does|did|do) {SOURCE} (say|suggest|state|mention|report|confirm|indicate|claim|imply)"
    r" ((that|whether|if)\s+|(?=(?!(who|whom|whose|what|which|where|when|why|how|anything|something|much|so|"
    r"it|this|that|anybody|anyone|somebody|someone)\b)\w+ \w))",  # 'does the article say Kushner was ...'
    re.IGNORECASE,
)

# 'People call it a breakthrough, so does that mean the dispute got settled?': whether it does
MEANS_THAT = re.compile(
    r"^(.*[,;:—–-]\s*)?(so )?(does|did) (that|this|it) (mean|imply)( that)?\s+", re.IGNORECASE
)
# 'do you think Kushner was there?', 'reckon the talks were in Florida?', 'Whether Umerov is ...?':
# whether the claim after it holds
OPINION_ASKED = re.compile(
    r"^\W*((((do|did) (you|u|ya)|d['’]?(you|ya)|you|ya) )?"
    r"(think|reckon|suppose|believe|figure|guess)( that)?|"
    r"whether),?\s+(?!(who|whom|whose|what|which|where|when|how|why)\b)",
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
    # a crossword clue's letter count: '(6)', '(5,4)'; not '(2)', how many answers are wanted
    (re.compile(r"\s*\(([3-9]|\d\d)([,-]\s*\d+)*\)(?=\W*$)"), ""),
    # an exam's marks: '(2 marks)', '[1 mark]', '(3 pts)'
    (re.compile(r"\s*[(\[]\s*\d+\s*(marks?|pts?|points?)\s*[)\]]", re.IGNORECASE), ""),
)

# '... ? #UkrainePolitics #peacetalks', '@SecRubio', '#EasternEurope': a post's tags after the question
# say nothing; one inside it is the words it joins
TRAILING_TAGS = re.compile(r"(?<=[?.!])(\s*[#@]\w+)+\s*$")
TAG = re.compile(r"[#@](?P<words>[A-Za-z]\w*)")
# words typed another way, said plainly: a learner's 'people which maybe will meet Putin' (who may),
# a dialect's 'o'' and dropped g, 'the worry surrounding', 'which place exactly in Florida'
PLAIN_WORDS = (
    (re.compile(r"\b(maybe will|will maybe|maybe can|maybe could|maybe would)\b", re.IGNORECASE), "may"),
    (
        re.compile(
            r"\b(?P<who>people|persons?|officials?|envoys?|leaders?|individuals?) "
            r"(which|that(?= (may|might|could|will|would|can|did|do|does|is|are|was|were|have|has|had)\b))\b",
            re.IGNORECASE,
        ),
        r"\g<who> who",
    ),
    # 'how did Rubio indicate whether the work had been completed': what he answered to it
    (
        re.compile(
            r"^(?P<asked>(how|what|in what (terms|words|way)) (did|does|do) [^?]+? )"
            r"(say|indicate|signal|state|put it|express)( on| as to)? whether\b",
            re.IGNORECASE,
        ),
        r"\g<asked>answer whether",
    ),
    (re.compile(r"^in what (terms|way|manner)\b", re.IGNORECASE), "how"),
    # 'who are the people who can meet Putin', 'how many people can ...': who could
    (
        re.compile(
            r"(?<=\w )(who|that|people|persons|officials|envoys|individuals) can (?=\w)", re.IGNORECASE
        ),
        r"\1 could ",
    ),
    # 'does military aid constitute one of Europe's contributions': is it one of them
    (
        re.compile(
            r"^(does|do|did) (?P<thing>[^?]+?) (constitute|form|represent|count as|make up|rank among) "
            r"(?P<among>one of|part of|among|a part of)\b",
            re.IGNORECASE,
        ),
        r"is \g<thing> \g<among>",
    ),
    # 'In Florida, what place were the negotiations held?': what place in Florida
    (
        re.compile(
            r"^in (?P<place>[^,?\s]+( [^,?\s]+){0,2}), "
            r"(?P<asked>(what|which) (place|venue|building|location|site|spot|hotel|city))\b",
            re.IGNORECASE,
        ),
        r"\g<asked> in \g<place>",
    ),
    # 'If you include Witkoff, how many people could ...': counting him
    (re.compile(r"^\W*if (you|we) (include|count|add)\b", re.IGNORECASE), "counting"),
    # 'was the plan good for Russia': favouring it; not 'who said the talks were good'
    (
        re.compile(
            r"\b(good|beneficial|advantageous|favou?rable) (for|to) (?=(the )?(?-i:[A-Z]))", re.IGNORECASE
        ),
        "favoring ",
    ),
    # 'Were the talks in Florida, or was it Moscow?': the other option
    (
        re.compile(
            r",?\s*\bor (was it|is it|were they|are they|was that|was he|is he|did they|did it)\s+(?=\w)",
            re.IGNORECASE,
        ),
        " or ",
    ),
    # 'everyone who may meet Putin, whether confirmed or not': any certainty
    (
        re.compile(
            r",?\s*\b(whether )?(confirmed|certain|definite|definitely|sure|for sure) or (not|unconfirmed)\b",
            re.IGNORECASE,
        ),
        "",
    ),
    # 'the ukraine talks': the talks, not Ukraine and a word for them ('Ukraine peace talks' is the process)
    (re.compile(r"(?<![\w-])(ukraine|ukrainian) talks\b", re.IGNORECASE), "talks"),
    # 'meeting or possibly meeting Putin': certainly or possibly
    (
        re.compile(r"\b(\w+) or (possibly|maybe|perhaps|potentially) \1\b(?P<rest>[^?]*)", re.IGNORECASE),
        r"\1\g<rest>, certainly or possibly",
    ),
    # 'Which individuals does the article place at the Florida negotiations?': who was at them
    (
        re.compile(
            r"^(?P<wh>(which|what) [\w ]+?|who) (does|did) (the )?"
            r"(article|piece|report|text|story|faq|table) (place|put|show|have|list) (at|in) ",
            re.IGNORECASE,
        ),
        r"\g<wh> were at ",
    ),
    # 'Who does the article identify as the secretary of ...': who is the secretary
    (
        re.compile(
            r"^(?P<wh>who|(which|what) \w+) (does|did) (the )?(article|piece|report|text|story|faq|table) "
            r"(identify|describe|name|list|mention|give) as (?=(the|a|an) )",
            re.IGNORECASE,
        ),
        r"\g<wh> is ",
    ),
    # 'who only might get to sit down with Putin': no more than possibly
    (re.compile(r"\b(only (might|may|could)|(might|may|could) only)\b", re.IGNORECASE), "will only possibly"),
    (
        re.compile(
            r"(?<=\w )maybe "
            r"(?=(meet|see|attend|join|visit|go|change|alter|shift|set|bring|lead|affect|get|become)\b)",
            re.IGNORECASE,
        ),
        "may ",
    ),
    (re.compile(r",?\s*\b(among|amongst) other things\b", re.IGNORECASE), ""),
    # "Ukraine's security council secretary is named what?", 'what is the chief negotiator called?'
    (
        re.compile(r"^\W*(?P<x>[^?,]+?) (is|was) (named|called) what(?=\W*(,|$))", re.IGNORECASE),
        r"what is the name of \g<x>",
    ),
    (
        re.compile(r"^\W*what (is|was) (?P<x>[^?,]+?) (named|called)(?=\W*(,|$))", re.IGNORECASE),
        r"what is the name of \g<x>",
    ),
    # 'which specific building': the kind asked is the building
    (
        re.compile(
            r"\b(?P<wh>which|what) (specific|exact|particular|precise|actual) (?=[a-z]+ or [a-z]+\b)",
            re.IGNORECASE,
        ),
        r"\g<wh> ",
    ),
    # 'did they meet in Florida, or was it in Moscow?': a choice of two places
    (re.compile(r",?\s*\bor (was|is|were) it (?=(in|at) \w)", re.IGNORECASE), " or "),
    # 'the Western allies cited ... number how many?': how many of them there are
    (
        re.compile(
            r"^\W*(?P<x>[^?,]+?) (number|numbered|total|totalled|totaled|are|were) how many\b", re.IGNORECASE
        ),
        r"how many \g<x>",
    ),
    # 'what was everyone worried about': what people were; no kind of thing asked
    (re.compile(r"\b(is|was|are|were) (everyone|everybody|anyone|anybody)\b", re.IGNORECASE), "were people"),
    # 'thanked the support of which country': thanked the country for it
    (
        re.compile(
            r"\b(?P<verb>thank|thanks|thanked|thanking) (the |for the )?(?P<noun>support|backing|help|aid|"
            r"assistance) of (?P<wh>which|what) (?P<kind>country|nation|state|government|ally)\b",
            re.IGNORECASE,
        ),
        r"\g<verb> \g<wh> \g<kind> for its \g<noun>",
    ),
    # 'grateful for the support of which country': the country supports, as in 'which country's support'
    (
        re.compile(
            r"\bthe (?P<noun>support|backing|help|aid|assistance) of (?P<wh>which|what) "
            r"(?P<kind>country|nation|state|government|ally)\b",
            re.IGNORECASE,
        ),
        r"\g<wh> \g<kind>'s \g<noun>",
    ),
    # a lookup's fields: 'Get name: secretary of ...', 'Get count of people who ...'
    (
        re.compile(r"^\W*(get|return|lookup|look up|fetch) (the )?name\s*[:\-–—]\s*", re.IGNORECASE),
        "who is the ",
    ),
    (
        re.compile(r"^\W*(get|return|lookup|look up|fetch) (the )?(count|number) of\b", re.IGNORECASE),
        "how many",
    ),
    # 'Get what the talks could change': the question the lookup asks
    (
        re.compile(
            r"^\W*(get|return|fetch|retrieve|lookup|look up)\s*:?\s+(?=(what|who|whom|which|where|how)\b)",
            re.IGNORECASE,
        ),
        "",
    ),
    # 'how did Rubio characterize whether the work was complete': what he said about it
    (
        re.compile(
            r"^\W*how(,? (per|according to|in) the (article|text|piece|report|story),)? "
            r"(?P<aux>did|does|do) (?P<who>[^?,]+?) (characteri[sz]e|describe|assess|judge|put|sum up) "
            r"(?=(whether|if)\b)",
            re.IGNORECASE,
        ),
        r"what \g<aux> \g<who> say about ",
    ),
    # a hedge before the question: 'To the extent the article addresses it, ...'
    (
        re.compile(
            r"^\W*(to the extent|insofar as|in so far as|as far as) (that )?"
            r"the (article|text|piece|report|story) "
            r"(addresses|covers|says|discusses|mentions|states|tells) (it|this|that|so|us)\s*,\s*",
            re.IGNORECASE,
        ),
        "",
    ),
    # 'what was said by Rubio about whether ...': what he said about it
    (
        re.compile(
            r"^\W*what (was|were|has been|had been) (said|stated|remarked) by (?P<who>[^?,]+?) "
            r"(?=(about|on|regarding|concerning)\b)",
            re.IGNORECASE,
        ),
        r"what did \g<who> say ",
    ),
    # 'the name of whoever is secretary ...': of the one who is
    (
        re.compile(r"\b(of|for) whoever (?=(is|was|leads|led|heads|headed|holds|held)\b)", re.IGNORECASE),
        r"\1 the person who ",
    ),
    # a headline's verb without its subject: 'Stepped in as Kyiv's negotiator after the shake-up'
    (
        re.compile(
            r"^\W*(?=(took over|stepped in|stepped up|took charge|took the helm) as\b)", re.IGNORECASE
        ),
        "who ",
    ),
    # 'who became Secretary of State instead of Rubio': who replaced him as that
    (
        re.compile(
            r"\b(became|become|becomes|was made|was named|was appointed) (?P<post>[^?,]+?) "
            r"(instead of|in place of|in lieu of) (?P<who>[^?,]+)",
            re.IGNORECASE,
        ),
        r"replaced \g<who> as \g<post>",
    ),
    # 'Any idea what the talks could change?', 'Any idea if Kushner took part?': a request
    (
        re.compile(
            r"^\W*((do )?(you )?(have |got )?any idea|have you (got )?any idea)\s+"
            r"(?=(what|who|whom|whose|which|where|when|why|how|if|whether)\b)",
            re.IGNORECASE,
        ),
        "tell me ",
    ),
    # a saying before the question: 'When all is said and done, ...'
    (
        re.compile(
            r"^\W*(when all is said and done|at the end of the day|all things considered),?\s*", re.IGNORECASE
        ),
        "",
    ),
    # 'what sort of concerns': what concerns
    (re.compile(r"\b(?P<wh>what|which) (sort|sorts) of (?=\w)", re.IGNORECASE), r"\g<wh> "),
    # 'concerns swirling round when he quit': concerns there were
    (
        re.compile(
            r"\b(swirling|circulating|floating)( (a)?round| about| over (it|him|that))?"
            r"(?= when\b)",
            re.IGNORECASE,
        ),
        "there",
    ),
    # idioms of a long time: 'for donkey's years', 'for yonks', 'for ages'
    (
        re.compile(r"\bfor (donkey['’]?s years|yonks|ages|an age|aeons|eons|a good while)\b", re.IGNORECASE),
        "for a long time",
    ),
    # 'remind me who it was that he succeeded': the cleft in a question's order
    (
        re.compile(
            r"\b(?P<wh>who|whom|what|which [a-z]+) it (?P<be>is|was) (?=(that|who|whom)\b)", re.IGNORECASE
        ),
        r"\g<wh> \g<be> it ",
    ),
    # 'Putin may be met by whom': a passive's modal, not the status 'maybe'
    (re.compile(r"\bmay be (?=\w+ by\b)", re.IGNORECASE), "might be "),
    # 'what building or place ...': the narrower kind asked; 'place' widens it to anywhere at all
    (
        re.compile(
            r"\b(?P<wh>what|which) (?P<kind>[a-z]+) or (place|location|spot|site|area)\b", re.IGNORECASE
        ),
        r"\g<wh> \g<kind>",
    ),
    # a learner's 'is the job finish': finished
    (re.compile(r"\b(?P<be>is|was|are|were) finish\b", re.IGNORECASE), r"\g<be> finished"),
    # 'the objectives to which the latest round accords priority': that it prioritizes
    (
        re.compile(
            r"\b(to|on) which (?P<subject>[^?.,;]+?) "
            r"(give|gives|gave|accords?|accorded|attach|attaches|attached|place|places|placed|put|puts) "
            r"(top |the highest |highest |most |the most )?(priority|precedence)\b",
            re.IGNORECASE,
        ),
        r"that \g<subject> prioritizes",
    ),
    # 'principal negotiator on behalf of Ukraine': Ukraine's negotiator, not whoever represents it
    (
        re.compile(
            r"\b(?P<role>(negotiator|envoy|representative|emissary|delegate|diplomat)s?) on behalf of\b",
            re.IGNORECASE,
        ),
        r"\g<role> for",
    ),
    (re.compile(r"\b(?P<modal>must|should|can|could|might) to (?=[a-z])", re.IGNORECASE), r"\g<modal> "),
    # 'the plan helps Russia too much', 'gave Moscow too much': it favours Russia
    (
        re.compile(
            r"\b(help|helps|helped|helping|benefit|benefits|benefited|benefiting|give|gives|gave|giving|"
            r"reward|rewards|rewarded|concede|concedes|conceded) "
            r"(?P<who>[A-Z][\w-]+) (far |way |much )?too much\b"
        ),
        r"favors \g<who>",
    ),
    (re.compile(r"\bin the (run|lead)[- ]up to\b", re.IGNORECASE), "before"),  # 'leaked in the run-up to ...'
    # 'Witkoff is the envoy of what president?': the question word in place, with its kind
    (
        re.compile(
            r"(?<=[a-z] )(?P<prep>of|for|to|from|with|by|in|at|as) what (?=[a-z]+\W*$)", re.IGNORECASE
        ),
        r"\g<prep> which ",
    ),
    # "meet Putin without any 'possibly' attached": definitely
    (
        re.compile(
            r"\s*\b(without|with no) (any |a )?['‘\"“]?(possibly|maybe|perhaps|probably)['’\"”]?"
            r"( attached| about it| qualifier| hedge)?",
            re.IGNORECASE,
        ),
        " definitely",
    ),
    # 'individuals for whom a meeting with Putin is envisaged': who may take part in it
    (
        re.compile(
            r"\bfor whom (?P<event>(a|an|the) [^,?.]+?) (is|was|are|were) "
            r"(planned|envisaged|envisioned|expected|scheduled|foreseen|anticipated|arranged)\b",
            re.IGNORECASE,
        ),
        r"who may take part in \g<event>",
    ),
    # 'the plan that had 28 parts': the 28-point plan, named by its size
    (
        re.compile(
            r"\b(?P<plan>(peace )?(plan|proposal|framework)),? "
            r"((that|which) (had|has|contained|contains|includes|included)|with) "
            r"(?P<n>\d+) (points|parts|provisions|items|clauses|sections)\b",
            re.IGNORECASE,
        ),
        r"\g<n>-point \g<plan>",
    ),
    # 'the big meeting in Florida': the meeting
    (
        re.compile(
            r"(?<=\bthe )(big|major|important|huge|crucial|high-level|high-stakes) "
            r"(?=(meeting|talks|summit|negotiations|discussions|round)\b)",
            re.IGNORECASE,
        ),
        "",
    ),
    # 'who was the man in charge of ...': who was in charge
    (
        re.compile(
            r"^(?P<ask>\W*who (is|was)) the (man|woman|person|guy|one|official) "
            r"(?=(in charge|responsible)\b)",
            re.IGNORECASE,
        ),
        r"\g<ask> ",
    ),
    (re.compile(r"\b(said|says) (a )?(thank you|thanks)\b", re.IGNORECASE), "thanked"),  # a learner's
    (re.compile(r"\b(is|was|are|were) (working|acting) as\b", re.IGNORECASE), r"\1 serving as"),
    # 'the work isn't finished': a denied 'finished' is one word, not a denial of more work needed
    (
        re.compile(
            r"\b(?P<be>is|was|are|were|has|have)(n['’]?t| not)( yet| still)?( been)? "
            r"(finished|complete|completed|done|over)\b",
            re.IGNORECASE,
        ),
        r"\g<be> unfinished",
    ),
    # 'who could be sitting down with Putin. Give us all the names.': the names of those asked for
    (
        re.compile(
            r"(?<=\w)\s*[.?!]\s*(please\s+)?(give|list|tell)( me| us)?( all| all of)?( the| their)? names"
            r"( of (them|everyone|all of them))?( please)?\W*$",
            re.IGNORECASE,
        ),
        "?",
    ),
    # 'Which of Washington's envoys ...': which of the US envoys; 'Which American's meeting ...': whose
    (
        re.compile(r"\b(?P<which>(?i:which|who|how many)) of (?P<owner>[A-Z][\w.-]*)['’]s\s+"),
        r"\g<which> of the \g<owner> ",
    ),
    (
        re.compile(
            r"^\W*which (american|russian|ukrainian|european)['’]s\s+",  # not 'which country's': its kind
            re.IGNORECASE,
        ),
        "whose ",
    ),
    # 'did the parties settle ...': they, the sides of the talks
    (re.compile(r"\b(did|do|have|had|will|could|can) the (two )?(parties|sides)\b", re.I), r"\1 they"),
    # 'Yermak running Ukraine's side?': leading it (not 'running the show', a phrase of its own)
    (
        re.compile(
            r"\brunn(ing|in['’]?) (?!the show\b)(?=(the|his|her|their|its|\w+['’]s|\w+ side)\b)",
            re.IGNORECASE,
        ),
        "leading ",
    ),
    # 'who all might go see Putin': who might see him
    (re.compile(r"\b(?P<wh>who|what) all\b", re.IGNORECASE), r"\g<wh>"),
    (re.compile(r"\b(go|goes|went|come|came)( and| to)? (?P<verb>see|meet|visit)\b", re.I), r"\g<verb>"),
    # 'Count together with Witkoff, how many ...': counting him
    (re.compile(r"^\W*count (together with|also|in|with)\s+", re.IGNORECASE), "counting "),
    # 'how much persons', 'how much Western allies': a count of things
    (
        re.compile(
            r"\bhow much (?=([A-Z]\w+ )?"
            r"(persons|people|(?!(does|is|was|has|this|us|as|yes)\b)(?-i:[a-z]+[^s\W]s))\b)",
            re.IGNORECASE,
        ),
        "how many ",
    ),
    # 'who was actually heading ...': the speaker's doubt, not the question's
    (re.compile(r"(?<=\w )actually\s+(?=\w)", re.IGNORECASE), ""),
    # '... in Florida this time?': the round asked about is the one the article tells
    (re.compile(r"\s+this (time|time around|time round|round)(?=\W*$)", re.IGNORECASE), ""),
    # 'what were people worrying?': the worry without its 'about'
    (re.compile(r"\b(worrying|worried|concerned|fearing)(?=\s*[?.!]*\s*$)", re.IGNORECASE), r"\1 about"),
    # 'the plan of 28 points': the 28-point plan
    (
        re.compile(
            r"\b(?P<head>plan|proposal|deal|framework) of (?P<n>\d+) (?P<unit>point|step|clause|item)s\b",
            re.IGNORECASE,
        ),
        r"\g<n>-\g<unit> \g<head>",
    ),
    # Singapore's and Malaysia's particles ('who lead the team ah?', 'say all the names lah'), 'who
    # one' for who, and 'got' before a verb for 'did' ('Kushner got join the talks or not?')
    (re.compile(r"(?<=\w)\s*,?\s+(ah|lah|leh|lor|meh|hor)\b(?=\s*([?.!,]|$))", re.IGNORECASE), ""),
    (re.compile(r"\b(?P<wh>who|what|where|which|when) one\b(?=\s*[?.!]*\s*$)", re.IGNORECASE), r"\g<wh>"),
    (
        re.compile(
            r"\bgot (?=(join|give|go|meet|attend|take|say|send|make|see|help|lead|sign|agree|support|thank|"
            r"resolve|settle|mention|name|leak|replace|show|offer|express)\b)",
            re.IGNORECASE,
        ),
        "did ",
    ),
    # a spoken dialect's 'o'', 'wi'', 'ye' and dropped g: 'the name o' the fella', 'controllin''
    (re.compile(r"\bo['’](?=\s)", re.IGNORECASE), "of"),
    (re.compile(r"\bwi['’](?=\s)", re.IGNORECASE), "with"),
    (re.compile(r"\bye\b", re.IGNORECASE), "you"),
    (re.compile(r"\b(?P<stem>[a-z]{2,})in['’](?=\W|$)", re.IGNORECASE), r"\g<stem>ing"),
    # 'the worry surrounding that plan': the worry about it
    (
        re.compile(r"\b(?P<worry>worry|worries|concerns?|fears?|anxiety) (surrounding|around|over)\b", re.I),
        r"\g<worry> about",
    ),
    # 'in which place in Florida — which venue — were they held': the question word restated aside
    (re.compile(r"\s*[—–]\s*(which|what) [a-z]+\s*[—–]\s*", re.IGNORECASE), " "),
    (re.compile(r"\s*,\s*(which|what) [a-z]+ or [a-z]+\s*,\s*", re.I), " "),  # ', which building or venue,'
    (re.compile(r"\b((what|which) (place|city|town|building|venue|location)) inside\b", re.I), r"\1 in"),
    (re.compile(r"\b((which|what) [a-z]+) (exactly|precisely|specifically|actually)\b", re.I), r"\1"),
    # 'has taken over the role': took it over (not 'took over from')
    (re.compile(r"\b(has|have) taken (?P<particle>over|up)\b", re.IGNORECASE), r"took \g<particle>"),
)


def untagged(text: str) -> str:
    """The question without a post's tags: those after it dropped, those inside it read as
    their words ('#RussiaUkraineWar' is 'Russia Ukraine War', '@SecRubio' 'Sec Rubio')."""
    text = TRAILING_TAGS.sub("", text)
    return TAG.sub(lambda m: re.sub(r"(?<=[a-z])(?=[A-Z])", " ", m["words"]), text)


# 'um was jared kushner part of the talks': a hesitation says nothing
# an interview transcript's speaker ('Q: Who ...', 'Interviewer: ...'): who asks, not what
SPEAKER = re.compile(
    r"^\W*((q|question|interviewer|reporter|journalist|host|anchor|presenter|moderator|user|counsel)\s*[:.]|"
    r"(q|question|item|no\.?)\s*\d+\s*[:.)]|\d+\s*[.)])\s+",  # a quiz's numbering: 'Q3.', '4)'
    re.IGNORECASE,
)

# 'Just to be clear, were ...', 'state for the record who ...', 'identify for the court the person
# ...': the asker's framing of the question, no part of it
FRAMING = re.compile(
    r",?\s*\b((just )?(to be (clear|sure|precise|exact)|to clarify|for clarity|for the avoidance of doubt|"
    r"just checking|(just )?to (confirm|double[- ]check|check|verify))|"
    r"(so,? )?for (the|our) (record|court|jury|committee|panel|listeners|viewers|audience|readers|"
    r"benefit of [\w'’ ]{1,30}(?=\s*,))|"
    # 'For viewers just joining us: ...': whom the question is said for
    r"(so,? )?for (those|viewers|listeners|anyone|people|readers) (just )?(joining|tuning in|catching up)"
    r"( us)?( now)?)"
    r"\b\s*[,:]?\s*",
    re.IGNORECASE,
)

# 'Hey Google, who ...', 'Alexa ask the news bot whether ...', 'OK assistant how many ...': a voice
# assistant's wake word, and whom it is to ask
WAKE_WORD = re.compile(
    r"^\W*((hey|hi|ok|okay|yo)\s+)?(google|siri|alexa|cortana|bixby|assistant|computer|chatbot|bot|speaker)\b[,.!:\s]*"
    r"(ask (the )?([\w-]+ )?(bot|app|assistant|service|agent)\s+)?",
    re.IGNORECASE,
)
# 'Do let me know who ...', 'Kindly tell who ...': the emphasis on a request, no part of it
EMPHATIC_REQUEST = re.compile(
    r"^\W*(please\s+)?(do|kindly)\s+(?=(tell|let|say|share|inform|explain)\b)", re.IGNORECASE
)

HESITATION = re.compile(r"\b(u+m+|u+h+|e+r+m+|hm+)\b[,.]*\s*", re.IGNORECASE)
# a caller's greeting and fillers before the question: 'Hi, yeah, um, so ...', 'Oh hi, so, ...'; not a
# letter's 'Hi Nina,', which names whom it is to
FILLERS = frozenset(["oh", "um", "uh", "yeah", "yep", "so", "well"])
_GREETINGS = ("ok", "okay", "hi", "hello", "hey")
SPOKEN_OPENING = re.compile(
    rf"^\W*(({'|'.join(sorted(FILLERS) + list(_GREETINGS))})\b[,!.]?\s*)+", re.IGNORECASE
)
# 'Since the plan leaked before the talks, did officials worry ...?', 'Now that X, who ...': a
# reason or a scene given first, read as a sentence told before the question
GIVEN_FIRST = re.compile(
    r"^\W*(since|given that|now that|seeing that|seeing as|because|considering that|while|whereas|"
    r"even though|although|though) (?P<scene>[^,?]{8,}?),\s*"
    r"(?P<question>(who|whom|whose|what|which|where|when|why|how|is|are|was|were|did|does|do|has|have|had|"
    r"could|can|will|would)\b(?![^?]*\b(it|its)\b)[^?,]*\?*)\W*$",  # 'it' for the scene: dropped as an aside
    re.IGNORECASE,
)
# 'Who leads the delegation - is it Umerov?', 'Where the talks took place - was it Florida?': a
# guess to confirm, as 'is it Umerov who leads the delegation?'
CHECKED_GUESS = re.compile(
    r"^\W*(?P<wh>who|where|when)\s+(?!(is|was|are|were|did|does|do|will|has|have|had)\b)"
    r"(?P<clause>[^?]+?)\s*(?:[-–—:,;]|\.\.\.)\s*(?P<aux>is|was|are|were) (it|that|he|she|they) "
    r"(?!(true|right|correct|so|possible|known|certain|clear|likely)\b)(?P<guess>[^?,]+?)"
    r"(,\s*(according to|in|from|per) [^?,]*)?\W*$",
    re.IGNORECASE,
)
# a caller's 'you know', 'I mean', 'like' between commas: said while thinking, no part of what is asked
SPOKEN_ASIDE = re.compile(
    r"(,\s*|^\W*)(you know|ya know|y['’]know|i mean|like)\s*(,\s*|(?=[?.!]\s*$))",
    re.IGNORECASE,
)

# 'name for me everyone who ...', 'count for us the allies': the command, for whom aside
FOR_ME = re.compile(r"\b(?P<command>name|list|count|give|show|identify|tell)\s+for (me|us)\b", re.IGNORECASE)

# '# people who could meet Putin', 'in case the talks succeed, ...', 'could set a ___ for ...': a
# flashcard's signs and blanks
NUMBER_SIGN = re.compile(r"^\W*#\s*", re.IGNORECASE)

# 'answer yes or no - is further work needed?': the question after the instruction, yes or no
YES_OR_NO_FIRST = re.compile(
    r"^\W*((please )?(answer|say|reply|return|give|output|get|lookup|look up)( with)?( a)? )?"
    r"(\(?(yes or no|yes/no|y/n|boolean)\)?)"
    r"(\s*[:,.\-–—]\s*|\s+(on|about|regarding|as to)\s+((whether|if)\s+)?)",
    re.IGNORECASE,
)

# 'fact check: Kushner was at the Florida talks': the claim after the label, to confirm or deny
CLAIM_LABEL = re.compile(
    r"^\W*((fact[- ]?check|verify|confirm|check)\s*[:\-–—]\s*|"
    # 'It is true that the leaked plan ...?': a learner's 'is it true that'
    r"it(['’]s| is) (true|correct|right|the case) that\s+(?=[^?]*\?\W*$)|"
    # 'Pls confirm Kushner was in the room?', 'Confirm talks took place in FL?': a claim to check
    r"((pls|please)\s+)?(confirm|verify)( that)?\s+"
    r"(?!(whether|if|who|whom|whose|what|which|where|when|how|for)\b))",
    re.IGNORECASE,
)

# '..., yes or no?', '... or not?': a yes/no question says so at its end
YES_OR_NO = re.compile(
    r"[\s,.;?(\[]*\b(say |answer |reply |respond )?"
    r"(yes or no|yes no|or not|yes/no|y/n|true or false|true/false|t/f|bool|boolean)\W*$",
    re.IGNORECASE,
)

YES_OR_NO_INSIDE = re.compile(r"\s*[,(—–]\s*(yes or no|yes/no|y/n|true or false)\s*[,)—–]\s*", re.IGNORECASE)

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
        after_a_determiner = bool(before) and before[-1] in _AFTER_THEM  # 'the 4 points': a number
        going = word == "to" and bool(before) and before[-1] in _BEFORE_TO
        if after in _AFTER_THEM or after in lexicon.names or going:
            return f"{word} "
        if word == "for" and lexicon.relational(stem(after)) and not after_a_determiner:
            return f"{word} "  # 'thank 4 support'
        return found[0]

    return _SPELLED_BY_NUMBER.sub(spelled, text)


# 'Hi,', 'Hello there!', 'Dear support team,', 'Good morning all -': a greeting before the question
GREETING = re.compile(
    r"^\W*((hi|hello|hey|hiya|howdy|greetings|good (morning|afternoon|evening|day)|dear)"
    r"(\s+(there|all|everyone|everybody|folks|team|guys|y['’]?all|support( team)?|sir( or madam)?|madam|"
    r"[\w-]+))?\s*[,!.:—–-]+|(hi|hello|hiya|howdy)\s)\s*",
    re.IGNORECASE,
)


def unlabelled(text: str) -> str:
    """The question without a ticket's or the minutes' label ('TBD: ...', 'Open question — ...');
    signs before the question stay ('# of envoys')."""
    return TICKET.sub(lambda m: "" if m["label"] or m["reader"] else m[0], text)


# '... ? Kind regards, Anna', '... . Best, Tom': a letter's sign-off and its writer
SIGN_OFF = re.compile(
    r"(?<=[.?!])\s+(((kind|best|warm|many) )?(regards|thanks|wishes)|best|cheers|sincerely|yours( truly)?)"
    r"(,?\s+[\w.]+){0,2}\W*$",
    re.IGNORECASE,
)


# 'mum who is ...', 'dad was jared kushner ...', 'ELI5: ...', '... eli5': whom a child asks, and how
CALLED_ON = re.compile(
    r"^\W*(mum|mom|mam|mummy|mommy|dad|daddy|grandma|grandpa|granny|nana|eli5|explain like i['’]?m (5|five))"
    r"\b[,:!]?\s+|[\s,.;:-]*\beli5\W*$",
    re.IGNORECASE,
)


def unaddressed(text: str) -> str:
    """The question without who says it to whom: a greeting, a sign-off, a child's 'mum', an
    interview's 'Q:', a voice assistant's 'Hey Google' (no name the article should know)."""
    text = CALLED_ON.sub("", GREETING.sub("", SIGN_OFF.sub("", text.strip())))
    return WAKE_WORD.sub("", SPEAKER.sub("", text))
