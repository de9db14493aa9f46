"""How a question is asked for, apart from what it asks: a request or an instruction wrapped
around it ('could you tell me who ...', 'Return the country whose ...', 'Look up whether ...'),
a worksheet's prompt, a ticket's label, an interview's speaker ('Q:'), the asker's framing ('for
the record'), how the answer should look ('country name only', 'yes or no'), and the way it is
typed: emoji, a data person's notation, a text message's '2' and '4' for 'to' and 'for'."""

from __future__ import annotations

import re
import tomllib
from importlib.resources import files

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
# 'can you confirm the negotiations took place in Florida': a claim to confirm, its verb after the noun
CONFIRMING = re.compile(r"\b(confirm|verify|check)\b", re.IGNORECASE)
CLAIM_AFTER_NOUN = re.compile(
    r"^\W*(the|a|an) ((?!(who|that|which|whom)\b)[\w'’-]+ ){0,4}?"
    r"(is|are|was|were|took|has|have|had|did|will|would|could|might|may|[a-z]{3,}ed)\b",
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


def rewrites_from(name: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The rewrites of a TOML file of this package (see `rewrites_in`)."""
    return rewrites_in(files("kg.qa").joinpath(name).read_text(encoding="utf-8"), name)


def rewrites_in(toml: str, source: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The [[rewrite]] rows of a TOML text, compiled, in their order: each a `pattern`, the
    `plain` words that replace it, `case = "exact"` where case matters, and a `why`."""
    compiled = []
    for row in tomllib.loads(toml)["rewrite"]:
        if unknown := set(row) - {"why", "pattern", "plain", "case"}:
            raise ValueError(
                f"{source}: unknown keys {sorted(unknown)} in a rewrite of {row.get('pattern')!r}"
            )
        if row.get("case", "exact") != "exact":
            raise ValueError(f"{source}: case must be 'exact' or left out, not {row['case']!r}")
        flags = 0 if row.get("case") == "exact" else re.IGNORECASE
        compiled.append((re.compile(row["pattern"], flags), row["plain"]))
    return tuple(compiled)


# words typed another way, said plainly: kg/qa/plain_words.toml, applied in its order
PLAIN_WORDS = rewrites_from("plain_words.toml")


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
