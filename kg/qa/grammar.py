"""The small grammar of English questions: word lists and the tests on word sequences that
tell a question's form (who, where, how many, yes/no ...) and its clauses apart."""

from __future__ import annotations

import re
from itertools import pairwise

from kg.qa.linker import Mention
from kg.qa.text import STOPWORDS, stem, tokens

AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "did",
        "does",
        "do",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
    ]
)
YES_NO_STARTS = AUXILIARIES  # a question opening with one asks yes or no
COUNT_STARTS = (("how", "many"), ("count",), ("number", "of"))
ABOUT_STARTS = (("tell", "me", "about"), ("what", "about"), ("describe",), ("about",), ("who", "is"))
WHEN_WORDS = frozenset(["when", "date", "day", "year", "month", "time", "week"])
MAX_GENERIC_INSTANCES = 3
SETTINGS = frozenset(["in", "at", "on", "during", "from", "to"])
PREPOSITIONS = SETTINGS | {"for", "about", "with", "by"}
COMMANDS = frozenset(["list", "name", "count", "identify", "give", "show", "tell", "describe"])
VERBS = frozenset(
    [
        "might",
        "may",
        "could",
        "can",
        "must",
        "shall",
        "will",
        "would",
        "should",
        "did",
        "does",
        "do",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "get",  # the passive's: 'how many allies get named'
        "gets",
        "got",
    ]
)

NOW_WORDS = frozenset(
    ["now", "currently", "current", "presently", "today", "nowadays", "latest", "still", "incumbent"]
)
NOW_SAID = frozenset(["now", "currently", "presently", "nowadays", "today"])  # adverbs of now, no more
NEGATORS = frozenset(  # as tokens: "isn't" is 'isn' and 't'; typed without its apostrophe, 'isnt'
    [
        *("no", "not", "never", "none", "nothing", "nobody", "neither", "nor", "t"),
        *("isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "hasnt", "havent", "hadnt"),
        *("wont", "cant", "couldnt", "wouldnt"),
    ]
)
PAST_WORDS = frozenset(
    ["was", "were", "former", "formerly", "previous", "previously", "before", "earlier", "ex", "used"]
)


_CLAIM = re.compile(
    r"^\s*(is it (true|the case|correct|accurate|right)|true or false|fact[- ]?check|verify)\b"
    r"|(,|\s)(right|correct|true)\s*\??\s*$",
    re.I,
)


def names_linked(text: str, words: list[str], mentions: list[Mention]) -> bool:
    """'kushner part of the florida talks?': two names apart and a question mark, no question
    word (not 'new ukrainian chief negotiator?', one name modifying the next)."""
    possessive = "'s " in text.lower().replace("’", "'")  # 'Umerov's title ...?' asks for a thing
    ordered = sorted(mentions, key=lambda m: m.start)
    # apart, or three in a row: 'europe military aid ukraine?'
    apart = any(b.start > a.end for a, b in pairwise(ordered)) or len(ordered) > 2
    return (
        text.rstrip().endswith("?") and apart and bool(words) and words[0] not in COMMANDS and not possessive
    )


CLAIM_VERBS = frozenset(  # and irregular pasts, which no '-ed' gives away ('the talks took place in FL?')
    [
        "is",
        "are",
        "was",
        "were",
        "been",
        "be",
        "says",
        "said",
        "has",
        "have",
        "had",
        "took",
        "met",
        "led",
        "held",
        "made",
        "gave",
        "did",
        "went",
        "came",
        "became",
        "left",
        "sent",
    ]
)


def states_a_claim(text: str, words: list[str], covered: set[int]) -> bool:
    """'territory issue solved in florida?', 'umerov been chief negotiator long?': a statement
    with a verb and a question mark (not 'new chief negotiator after the shakeup?')."""
    if not text.rstrip().endswith("?") or not words or words[0] in COMMANDS:
        return False
    modifiers = {w.lower() for w in _AFTER_POSSESSIVE.findall(text)}  # 'Zelensky's expected counterpart?'
    return has_claim_verb(words, covered, modifiers)


_AFTER_POSSESSIVE = re.compile(r"\b\w+['’]s\s+(\w+ed)\b(?=\s+\w)")


def has_claim_verb(words: list[str], covered: set[int], modifiers: set[str] | None = None) -> bool:
    """A verb of a statement among the words no name covers ('solved', 'took', 'been'), or one in
    the present ('the talks happen in Florida?', a learner's 'the meeting take place ...?'); not
    a past form that modifies a noun after a possessive."""
    return any(
        i not in covered
        and (
            w in CLAIM_VERBS
            or (_past_form(w) and i > 0 and w not in (modifiers or ()))
            or (i > 0 and w in PRESENT_CLAIM_VERBS)
            or (i > 0 and w in ("take", "takes") and words[i + 1 : i + 2] == ["place"])
        )
        for i, w in enumerate(words)
    )


# verbs in the present that are seldom a noun or a modifier ('support', 'lead' often are)
PRESENT_CLAIM_VERBS = frozenset(
    ["happen", "happens", "remain", "remains", "include", "includes", "represent", "represents", "meets",
     "leads", "holds", "wants", "thinks", "believes", "supports", "favors", "favours", "needs", "helps",
     "plans", "controls", "claims", "occurs", "occur"]
)  # fmt: skip


def checks_a_claim(text: str) -> bool:
    """'Is it true that ...', '..., right?': a claim to confirm or deny."""
    return bool(_CLAIM.search(text))


_SOURCE = (  # the article and its parts, named as the source of what is asked
    r"(the|this) (news )?(article|passage|extract|excerpt|faq( section| page| part)?|table|"
    r"summary( table| chart)?|"
    r"chart|"
    r"key[- ]points?( table| section)?|table (with|of) (the )?(main|key) points|piece|story|report|text|"
    r"overview|account)( of (the )?key[- ]points)?"
)
SOURCE_FIRST = re.compile(
    rf"(^\W*|(?<=[:;—–]\s))(according to|per|in|from|based on|going by|judging by|going on) {_SOURCE}\s*,\s*",
    re.IGNORECASE,
)
META = re.compile(
    r"\b(in (one|a single|a few) (words?|quotes)|^\W*(one|a single) word\s*,|"
    rf"(according to|per|in|from|based on) {_SOURCE}|{_SOURCE} (says|said|states|lists?|gives?)\b|"
    r"(according to|per) (the )?(faq( section| page| part)?|key[- ]points?( table| section)?|summary table)|"
    rf"{_SOURCE}(?= (describes?|calls?|characteri[sz]es?|mentions?|puts?)\b)|"
    r"is it (true|the case|correct|accurate|right) that|true or false)\b",
    re.IGNORECASE,
)
ONE_WORD = re.compile(r"\b(in (one|a single) word|(one|single)[- ]word)\b", re.IGNORECASE)
WH = frozenset(["who", "whom", "whose", "what", "which", "where", "when", "why", "how"])


def clause_starts_yes_no(text: str) -> bool:
    """'According to Rubio, is more work needed?': a clause that opens with an auxiliary."""
    for clause in text.replace(":", ",").replace(";", ",").split(","):
        words = tokens(clause)
        if words and words[0] in YES_NO_STARTS:
            return True
    return False


DETERMINERS = frozenset(["the", "this", "that", "these", "those", "whose"])  # whose plan: a plan


def after_determiner(words: list[str], i: int, covered: set[int]) -> bool:
    """'the talks', 'the leaked plan': a definite description (up to one word between); or
    the first word of a headline-like question ('talks were in florida, right?')."""
    return (
        i == 0
        or (i == 1 and words[0] in AUXILIARIES | CONDITIONS)  # 'were talks in FL?', 'if talks fail
        or (i >= 1 and words[i - 1] in ("where", "when", "why", "how"))  # '(where) talks (were) held'
        or (i == 1 and 0 not in covered and "-" in words[0])  # 'us-ukraine talks: where?'
        or (i >= 1 and words[i - 1] in DETERMINERS)
        or (i >= 2 and words[i - 2] in DETERMINERS and i - 1 not in covered)
        or (i >= 3 and words[i - 3] in DETERMINERS and _modifiers(words[i - 2 : i], {i - 2, i - 1} & covered))
        # 'what could successful talks set': an adjective opens it, after the verb's helper
        or (i >= 2 and i - 1 not in covered and _adjective(words[i - 1]) and words[i - 2] in AUXILIARIES)
    )


ADJECTIVE_ENDINGS = ("ful", "ous", "ive", "ent", "ant", "ic", "ial", "al", "able", "ible", "less")


def _adjective(word: str) -> bool:
    """'successful', 'productive', 'recent': a word that by its ending qualifies a noun."""
    return len(word) > 4 and word.endswith(ADJECTIVE_ENDINGS) and word not in STOPWORDS


def _modifiers(words: list[str], named: set[int]) -> bool:
    """'most recent' in 'the most recent talks': words before a noun that name nothing, nor
    join ('the forms of assistance' is no kind of assistance)."""
    return not named and not any(w in STOPWORDS for w in words)


SUBORDINATORS = frozenset(["when", "while", "whether"])


def context_clause(words: list[str]) -> int:
    """Where a subordinate clause after the main question starts (or the end): 'when asked
    whether ...', 'to signal that the deal was not done' (what the words were for)."""
    return next(
        (
            i
            for i, w in enumerate(words)
            if i > 3 and (w in SUBORDINATORS or (w == "to" and i + 2 < len(words) and words[i + 2] == "that"))
        ),
        len(words),
    )


LEADING_PREPOSITIONS = frozenset(["following", "after", "before", "despite", "according", "per", "given"])
CONDITIONS = frozenset(
    [
        "if",
        "should",
        "assuming",
        "once",
        "unless",
        "when",
        "provided",
        "although",
        "though",
        "even",
        "despite",
    ]
)
RESUMING = frozenset(["they", "it", "this", "these", "then", "what", "who", "which"])


def condition_clause(text: str, words: list[str]) -> int:
    """Where a leading condition ('if the talks succeed, ...') ends: at its comma or where the
    main clause resumes ('... they could set what'); 0 when the question opens with none."""
    if not words or words[0] not in CONDITIONS:
        return 0
    for mark in (",", " - ", " – ", ":"):  # 'if talks succeed - what do they set ...'
        if mark in text:
            head, rest = text.split(mark, 1)
            asks_a_time = words[1:2] and words[1] in AUXILIARIES
            if words[0] == "when" and (asks_a_time or not WH & set(tokens(rest)[:1])):
                return 0  # 'when did ...' asks a time; 'when it came to X, what did he say' does not
            return len(tokens(head))
    if words[0] == "when":
        return 0
    return next((i for i, w in enumerate(words) if i > 1 and w in RESUMING), 0)


NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}


def asked_number(words: list[str]) -> int | None:
    """'which two goals', 'name three issues', 'goals for ukraine (the two)': how many answers
    the question expects."""
    for i, word in enumerate(words):
        if word not in NUMBERS:
            continue
        if i == 0:  # 'two long-term goals for Ukraine?': keywords opening with how many
            if len(words) > 2 and words[1] not in STOPWORDS and not words[1].isdigit():
                return NUMBERS[word]
            continue
        if words[i - 1] in ("which", "what", "name", "list", "identify", "give", "the"):
            return NUMBERS[word]
        if i == len(words) - 1 and (words[i - 1] == "the" or word.isdigit()):
            return NUMBERS[word]  # 'goals for ukraine (the two)', '... (2)'
    return None


def starts_with(words: list[str], prefixes: tuple[tuple[str, ...], ...]) -> int:
    """Length of the first prefix `words` starts with, or 0."""
    for prefix in prefixes:
        if tuple(words[: len(prefix)]) == prefix:
            return len(prefix)
    return 0


_BEFORE_A_TIME = frozenset(
    [
        "me",
        "us",
        "just",
        "only",
        "the",
        "exact",
        "specific",
        "precise",
        "actual",
        "calendar",
        "scheduled",
        "planned",
        "expected",
        "proposed",
        "agreed",
        "confirmed",
        "official",
    ]
)


def _asks_a_time(words: list[str]) -> bool:
    """'which date', 'on what exact day', 'by what date': a time word in the question word's
    noun phrase."""
    start = 1 if words[0] in ("on", "at", "by", "in") else 0
    if words[start] in COMMANDS or words[start] == "the":  # 'name the date on which ...', 'the day ...'
        begins = start + (words[start] in COMMANDS)
        after = [w for w in words[begins : start + 6] if w not in _BEFORE_A_TIME]
        return bool(after) and after[0] in WHEN_WORDS - {"time"}
    if words[start] not in ("what", "which"):
        return False
    for word in words[start + 1 : start + 4]:
        if word in WHEN_WORDS:
            return True
        if word in AUXILIARIES or word in VERBS or finite_verb(word):
            return False  # 'what Rubio said when ...': the time is the saying's, not asked
    return False


def question_form(words: list[str]) -> tuple[str, int]:
    """The question's form and where its body starts."""
    if not words:
        return "what", 0
    if tuple(words[:2]) == ("how", "much"):
        return "amount", 2  # an amount: a number the graph states, never a count of things
    if n := starts_with(words, COUNT_STARTS):
        return "count", n
    joined = " ".join(words)
    counted = re.search(r"(^|\b(what|which|the|a) )((total|exact|precise|overall) )?number of\b", joined)
    if "how many" in joined or counted:
        return "count", 0  # 'western allies making commitments - how many?', 'what is the number of ...'
    if words[0] in YES_NO_STARTS:
        return "yesno", 1
    if words[0] in ("who", "whom", "whose"):
        return "who", 1
    if words[0] == "where":
        return "where", 1
    if words[0] == "when" or _asks_a_time(words):
        return "when", 1
    if words[0] == "why":
        return "why", 1
    if words[0] == "how":
        return "how", 1
    if words[0] in COMMANDS and "who" in words[1:5]:
        return "who", words.index("who") + 1  # 'list all who could meet Putin'
    if words[0] in ("what", "which", "name", "list", "identify"):
        return "what", 1
    for i, word in enumerate(words):
        if word in ("who", "whom", "whose", "where", "when", "what", "which", "how") and not relative(
            words, i
        ):
            return question_form(words[i:])[0], 0
    return "what", 0


def relative(words: list[str], i: int) -> bool:
    """'the plan *whose* leak preceded the talks came from which country': a relative pronoun
    after a noun, with the question's own question word still to come."""
    return (
        words[i] in ("whose", "who", "which")
        and i > 0
        and words[i - 1] not in STOPWORDS | AUXILIARIES
        and any(w in WH for w in words[i + 1 :])
    )


_BEFORE_THE_NOUN = frozenset(["all", "else", "exactly", "just", "actually", "really", "single"])


def answer_role(words: list[str], covered: set[int]) -> str | None:
    """'who replaced X' asks for the subject; 'whom did X replace', 'X replaced whom' and
    'who was X replaced by' ask for the object or the agent."""
    wh = ("who", "whom", "whose", "which", "what")
    start = next((k for k, w in enumerate(words) if w in wh), None)  # 'in Europe, what could ...'
    if start is None:
        return None
    if start > 1 and _verb_before(words, start - 1, covered):
        return "object"  # 'talks could change what thing', 'umerov thanked which country'
    if _statement_verb(words, covered, start) is not None:
        return "object"  # 'rubio described the talks as what': the wh-word last, as the object
    i = start + 1
    while i < len(words) and (words[i] in _BEFORE_THE_NOUN or words[i] in NUMBERS):
        i += 1  # 'who all was at the talks', 'who else was there', 'what one word did he use'
    noun = i < len(words) and i not in covered and words[i] not in AUXILIARIES and words[i] not in VERBS
    if words[start] in ("which", "what", "whose") and noun:
        i += 1  # the noun: which official ..., whose meeting ...
    if i >= len(words):
        return None
    if i in covered and words[start] in ("who", "whom", "what"):
        after = next((j for j in range(i, len(words)) if j not in covered), len(words))
        if after < len(words) and words[after] not in AUXILIARIES and finite_verb(words[after]):
            return "object"  # 'who umerov succeeded', 'what rubio called the talks': a clause's object
    if words[i] in AUXILIARIES or words[i] in VERBS:
        if words[-1] == "by" or (i + 2 < len(words) and words[i + 1] in ("being", "been")):
            return "subject"
        modal = ("did", "does", "do", "will", "would", "can", "could", "might", "may", "should")
        if words[i] in ("is", "was", "are", "were") and _doing(words, i + 1, covered):
            return "subject"  # 'who was leading the team', 'who is in charge of it'
        subject_named = i + 1 in covered or words[i + 1 : i + 2] in _PRONOUN_SUBJECTS
        if words[i] in ("is", "was", "are", "were") and start == 0 and subject_named:
            after = next((j for j in range(i + 2, len(words)) if j not in covered), len(words))
            doing = after < len(words) and words[after].endswith("ing") and len(words[after]) > 5
            if doing and words[after + 1 : after + 2] != ["to"]:  # not 'is Washington planning to ...'
                return "object"  # 'which country was Umerov thanking': what he was doing it to
        if words[i] not in modal:
            return None
        bare_verb = (  # 'who may meet Putin': the verb follows at once ('what could the talks alter'
            # does not; and 'what might shift' is shifted, not shifting)
            words[start] in ("who", "which")
            and i + 1 < len(words)
            and i + 1 not in covered
            and words[i + 1] not in STOPWORDS
            and words[i] not in ("did", "does", "do")
        )
        return "subject" if bare_verb else "object"
    return "subject"


_PRONOUN_SUBJECTS = (["he"], ["she"], ["they"])
_MODALS = frozenset(["could", "might", "may", "will", "would", "can"])


def intransitive_what(words: list[str], covered: set[int]) -> bool:
    """'what could change in Eastern Europe', 'Eastern Europe: what might shift?': 'what', a
    modal and a verb with no subject between and no object after; what changes is named by
    either end of a relation ('an outcome affects a place'), so no direction is asked."""
    if "what" not in words:
        return False
    i = words.index("what") + 1
    while i < len(words) and (i in covered or words[i] in PREPOSITIONS):
        i += 1  # 'what in Eastern Europe might shift'
    if i + 1 >= len(words) or words[i] not in _MODALS or i + 1 in covered:
        return False
    rest = range(i + 2, len(words))
    return all(words[j] in PREPOSITIONS or words[j] in STOPWORDS or j in covered for j in rest)


def _doing(words: list[str], i: int, covered: set[int]) -> bool:
    """A progressive verb ('leading') or 'in charge' after a copula: the subject does it."""
    if i >= len(words) or i in covered:
        return False
    if words[i : i + 2] == ["in", "charge"]:
        return True
    return progressive(words[i]) and words[i] not in STOPWORDS


def progressive(word: str) -> bool:
    """'leading', 'aiming': an '-ing' form long enough not to be 'king' or 'ring'."""
    return word.endswith("ing") and len(word) > 5


_SUBJECTS = frozenset(["people", "ppl", "they", "officials", "anyone", "everyone", "he", "she", "we", "you"])


def has_light_verb(words: list[str], covered: set[int]) -> bool:
    """'what problem did people have with the plan': the verb after 'did' and its subject is
    'have', which says nothing of who does what to whom."""
    aux = next((i for i, w in enumerate(words) if w in ("did", "does", "do")), None)
    if aux is None:
        return False
    after = (w for i, w in enumerate(words) if i > aux and i not in covered and w not in _SUBJECTS | {"the"})
    return next(after, None) in ("have", "has", "had")


def _past_form(word: str) -> bool:
    """'settled', 'succeeded': a regular past (not 'red', 'need')."""
    return word.endswith("ed") and len(word) > 4


def _a_verb(word: str) -> bool:
    return word not in STOPWORDS and (word in VERBS or _past_form(word))


def finite_verb(word: str) -> bool:
    """A verb that can follow its subject in a statement: 'what Rubio *said*', 'what he *called* them'."""
    return (word in CLAIM_VERBS and word not in AUXILIARIES) or _a_verb(word)


def _verb_before(words: list[str], i: int, covered: set[int]) -> bool:
    """A verb right before a question word that asks for its object: after a modal ('could
    change what'), in the past ('thanked which'), or after its named subject ('Witkoff
    represents which'); not the noun ending a leading phrase ('... domestic politics, which')."""
    word = words[i]
    if i in covered or word in STOPWORDS | AUXILIARIES:
        return False
    return words[i - 1] in VERBS or word.endswith("ed") or (word.endswith("s") and i - 1 in covered)


def _by_whom(words: list[str]) -> bool:
    """'Ukraine's delegation was led by whom': a passive ending in its question word."""
    return len(words) > 3 and words[-2] == "by" and words[-1] in ("whom", "who") and words[0] not in WH


def subject_verb(words: list[str], covered: set[int], role: str | None) -> str | None:
    """The verb right after the question word (and its noun or modal): 'who *replaced* X',
    'which official *took* over'; in a passive ending 'by whom', the verb before 'by'."""
    if _by_whom(words) and len(words) - 3 not in covered:
        return stem(words[-3])
    if role != "subject" or not words or words[0] not in WH or words[0] == "whose":
        return None  # 'whose plan was leaked': the answer owns the plan; it leaked nothing
    i = 1
    while i < len(words) and (i in covered or words[i] in STOPWORDS):
        i += 1  # 'which ukrainian ...'
    if words[0] in ("which", "what") and i < len(words) and words[i] not in VERBS:
        i += 1  # its noun: 'which official'
    while i < len(words) and (words[i] in VERBS or words[i].endswith("ly")):
        i += 1  # 'might', 'recently'
    return stem(words[i]) if i < len(words) and i not in covered else None


# 'plan to', 'want to': the verb after them is the relation asked
INTENDING = frozenset(
    ["plan", "plans", "want", "wants", "intend", "intends", "hope", "hopes", "expect", "aim", "try"]
)


def _statement_verb(words: list[str], covered: set[int], start: int) -> int | None:
    """In a statement ending in its question word ('rubio described the talks as what'), the
    position of the verb right after the named subject."""
    first = 1 if words[:1] == ["the"] else 0  # 'the secretary of state described ...'
    if start != len(words) - 1 or first not in covered:
        return None
    verb = next((i for i in range(first, len(words)) if i not in covered), start)
    between = words[verb + 1 : start]
    if (words[start - 1] != "as" and words[start - 1] in STOPWORDS) or any(
        w in AUXILIARIES or w in VERBS for w in between
    ):
        return None  # 'worried people because of what', 'feared the plan did what': no object asked
    return verb if verb < start - 1 and words[verb] not in AUXILIARIES and _a_verb(words[verb]) else None


def object_verb(words: list[str], covered: set[int]) -> str | None:
    """The verb after 'did <someone>': the relation the question is about; or after the subject
    of a statement ending in its question word."""
    wh = next((k for k, w in enumerate(words) if w in WH), None)
    stated = None if wh is None else _statement_verb(words, covered, wh)
    if stated is not None:
        return stem(words[stated])
    modal = next((i for i, w in enumerate(words) if w in AUXILIARIES), None)
    if modal is None or modal + 1 not in covered:
        return None
    after = next((i for i in range(modal + 1, len(words)) if i not in covered), None)
    if after is not None and words[after] in INTENDING and words[after + 1 : after + 2] == ["to"]:
        after = min(after + 2, len(words) - 1)  # 'does washington plan to send whom': the sending is asked
    return stem(words[after]) if after is not None and words[after] not in STOPWORDS else None
