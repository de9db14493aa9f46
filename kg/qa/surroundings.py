"""What is said around a question, and how it is read once that is set aside: a topic typed
first ('yermak - why did he leave?'), what the asker read or denies before a dash, a radio host's
lead-in sentence, something put aside or counted in ('Setting aside the envoys' trip, who ...'),
a leading when-clause, and an 'it' that stands for nothing. A pronoun of the question stands for
the one person or thing the words around it name."""

from __future__ import annotations

import re
from functools import partial

from kg.namespaces import DIP
from kg.qa.grammar import (
    AUXILIARIES,
    COMMANDS,
    CONDITIONS,
    LEADING_PREPOSITIONS,
    NEGATORS,
    NOW_WORDS,
    PREPOSITIONS,
    SOURCE_FIRST,
    WH,
    WHEN_WORDS,
    finite_verb,
)
from kg.qa.lexicon import Lexicon, stems_of
from kg.qa.text import STOPWORDS, key, stem, tokens

# the article itself, named around a question about what it says: 'the report', 'the piece's key points'
SOURCE = (
    r"(the |this )?(article|report|piece|story|text|account|coverage|author|writer|"
    r"faq( section| page| part)?|"
    r"key[- ]points( table)?|table( (with|of) (the )?(main|key) points)?)"
    r"(['’]s( [\w-]+){1,2}| of key points)?"
)
# a letter's courtesies around the question: 'if it is not too much trouble, ...', '..., if I may
# ask?', '..., would you happen to know?', '..., or am I mistaken?'; they ask nothing
_COURTESY = re.compile(
    r"(,\s*|\b)(if (it is|it's|it isn't|it is not) (not )?(too much )?(trouble|a bother)|"
    r"if i may( ask| say so)?|if you (do not|don't) mind( my asking| me asking)?|"
    r"if you would be so (kind|good)|"
    r"if you please|i(['’]m| am) afraid|"
    r"(sorry|apologies|forgive me)( if| for)? [^,—–?]*?\b(question|asking|ask|obvious|silly|dumb|basic)"
    r"( but| though)?)\b\s*,?|"
    r",\s*((would|do) you happen to know|or am i (mistaken|misremembering|wrong)|"
    r"or have i got (it|that) wrong)(?=\W*$)",
    re.IGNORECASE,
)
# a letter's request for what it asks: 'I would be most grateful if you could tell me who ...',
# 'Would you be so kind as to tell me which ...', 'Might you tell an old reader which ...'
_POLITE_REQUEST = re.compile(
    r"(?P<joint>(,\s*)?\b(and|so|but)\s+|^\W*|(?<=[.!?;:,—–-])\s*)"
    r"((i(['’]d| would| should) be (most |very |so |truly )?(grateful|obliged|glad|delighted) if you "
    r"(could|would|might|can)( kindly| please)?|would you be (so |very )?kind (enough )?(as )?to|"
    r"(might|may|could|would|can) you( kindly| please)?|would you mind|please)\s+"
    r"(tell|remind|let|enlighten|inform)(ing)?\s+"
    r"(me|us|the (court|jury|committee|panel)|an? [\w ]{1,20}?(reader|woman|man|lady|gentleman))"
    r"(\s+know)?\s+|i (was |am |have been )?wonder(ed|ing)?,?\s+|(remind|tell) me,?\s+)"
    r"(?=(who|whom|whose|what|which|where|when|how|whether|if|the names? of|were|was|is|are|did|does|do)\b)",
    re.IGNORECASE,
)
# the words a question after an aside or a denial opens with
_OPENING = (
    r"who|whom|whose|what|which|where|when|how|did|does|do|is|are|was|were|has|have|had|will|would|can|could"
)
_ASKING = rf"(so |but |then )?({_OPENING})\b"
# 'Setting aside the envoys' trip, who ...', 'Forget the American side for a moment — who ...',
# 'Not the US mediators — which ...', 'Counting the possible as well, who ...': what the asker puts
# aside or counts in is said before the question, and asks nothing
ASIDE_FIRST = re.compile(
    r"^\W*((?P<how>forget( about)?|leaving|setting|putting|leave|set|put|ignoring|ignore|apart from|"
    r"aside from|other than|besides|beyond|excluding|never mind|not|counting|including|"
    # 'Unlike Umerov, who represents Ukraine, which country ...', 'Now that Umerov has taken over,
    # what ...': a contrast or a setting, no part of what is asked
    r"unlike|while|whereas|although|though|rather than|instead of|alongside|just as|now that|"
    r"compared (with|to)|in contrast (to|with)|as opposed to|in addition to|as well as)\b[^?,—–]*?"
    r"(,\s*(who|which)\b[^?,—–]*)?"
    r"|with\b[^?,—–]*\b(gone|out|over|aside|removed|ousted|resigned|departed|in place|done)\b[^?,—–]*?"
    r"|[^?,—–]*\baside)"
    rf"(\s*[—–]+\s*|\s+-\s+|,\s+)(?={_ASKING})",
    re.IGNORECASE,
)
# 'When the 28-point plan surfaced, what was the worry about it?': the time of the thing the
# pronoun stands for
WHEN_FIRST = re.compile(
    r"^\W*(when|once|after|as soon as)\s+(?P<subject>(the|a|an|this|that|these|those)\s[^,]*?)\s+"
    r"((was|were|is|are|got|had|has)\s+)?\w+(ed|ped|t)\b[^,?]*,\s*"
    r"(?P<question>(who|what|which|where|how|whose)\b.+)$",
    re.IGNORECASE,
)
# 'how many allies are named', 'which allies does the article mention': the article's naming is
# no relation of theirs; the things it names are the things there are
NAMED_IN_SOURCE = re.compile(
    rf"^(?P<asked>\W*(how many|which|what)\b.*?)\s+((are|were|is|was|get|gets)( actually)? "
    rf"(named|mentioned|listed|cited|identified)|(does|do|did) ({SOURCE}|it|they)( actually)? "
    r"(name|mention|list|cite|identify))(?P<rest>\b[^?]*\W*)$",
    re.IGNORECASE,
)
# 'what was it about the plan that worried people': what worried people about it
WHAT_ABOUT_IT = re.compile(
    r"^\W*what (is|was) it about (?P<thing>.+?) that (?P<rest>[^?]+?)\W*$", re.IGNORECASE
)
# 'Could you settle it: was it Florida or Moscow where the talks took place?': where they took
# place, the choice and what asks for it aside
CHOICE_CLEFT = re.compile(
    r"^([^?]*[:;—–]\s*)?\W*(was|is) it [\w .'’-]+? or [\w .'’-]+?,? (?P<wh>where|when|who)\s+", re.IGNORECASE
)
# 'whose peace plan was it that leaked': a cleft, whose plan leaked
WH_CLEFT = re.compile(
    r"^(?P<asked>\W*(who|what|which|whose)\b[^?]*?)\s+(?P<be>is|was|were|are) it "
    # 'what was it Rubio said', 'who was it heading up ...': the cleft without its 'that'
    r"((that|who|which)\s+|(?=(?P<doing>[a-z]+ing)\b)|(?=([A-Z]|the\b|they\b|he\b|she\b)))",
    re.IGNORECASE,
)


# 'yermak - why did he leave?': a topic, then a question that points back to it
_TOPIC_THEN_QUESTION = re.compile(
    r"^(?P<topic>[^-–—:,?]*\w)\s*(\s[-–—]|:|,)\s*(?P<question>(who|what|which|where|when|why|how|"
    r"did|does|do|is|are|was|were|has|have|had|will|would|can|could|should)\b.*)$",
    re.IGNORECASE,
)
# 'Rubio, on whether the job's done, what were his words?': what the question is about, between
_TOPIC_ASIDE_QUESTION = re.compile(
    r"^(?P<topic>[^-–—:,?]*\w),\s*(?P<aside>(on|about|regarding|concerning|as to) [^,?]+),\s*"
    r"(?P<question>(who|what|which|where|when|why|how)\b[^?]*)\?\W*$",
    re.IGNORECASE,
)
# 'Territory dispute, Florida talk settle it?': a short topic, then a comment on it
# 'Ukraine's negotiating post, after the turmoil at home: who filled it?': a topic with an aside
_ASIDED_TOPIC = re.compile(
    r"^(?P<topic>[^-–—:,?]*\w,\s+(after|before|during|amid|following|since|in|at|on|with)\b[^-–—:,?]*\w)"
    r"\s*(\s[-–—]|:)\s*(?P<question>(who|what|which|where|when|why|how|"
    r"did|does|do|is|are|was|were|has|have|had|will|would|can|could|should)\b.*)$",
    re.IGNORECASE,
)
THERE_LAST = re.compile(r"\s+there(?=\W*$)", re.IGNORECASE)  # the place named first, not 'is there a ...'
_TOPIC_THEN_COMMENT = re.compile(
    r"^(?P<topic>[^-–—:,?]*\w),\s*(?P<question>[^,?]*\b(it|them)\s*\?)\W*$", re.IGNORECASE
)
# 'regarding the war these talks aim to end, which sides are fighting it': the war is the topic
_TOPIC_OPENER = re.compile(
    r"^(what about|how about|as for|as to|regarding|concerning|on the subject of|looking at|speaking of|"
    r"with regard to|with respect to|in relation to|as regards|in connection with|when it comes to|"
    r"in terms of)\s+",
    re.IGNORECASE,
)
_PRONOUNS = re.compile(
    r"\b(he|she|him|her|it|they|them|his|its|their|that)\b(?! (is|was|are|were)\b)", re.IGNORECASE
)
_POSSESSIVE_PRONOUNS = frozenset(["his", "its", "their"])
# 'Umerov's new role': a person's thing, not a person ('Umerov's predecessor', 'Ukraine's secretary')
_OWNERS_THING = re.compile(
    r"^(the )?(?P<owner>[A-Z][\w-]*( [A-Z][\w-]*)?)(['’]s?)? ([a-z-]+ )?"
    r"(role|job|post|position|title|appointment|resignation|departure|statement|remarks|words|comments|"
    r"plan|meeting|trip|visit|career|tenure|take|view|views|stance|reaction|opinion|assessment)$"
)


# 'The draft lists "Jared Kushner" among the figures (para 5) — did he take part in the talks?':
# before the dash, what the asker read; after it, a question that stands alone
_READ_THEN_ASKED = re.compile(
    r"^(?P<read>.*\b(says?|said|states?|mentions?|lists?|notes?|reports?|appears?|claims?|writes?|quotes?|read|heard)"
    r"\b.*?)\s+[-–—]\s+(?P<question>(who|what|which|where|when|why|how|did|does|do|is|are|was|were|"
    r"has|have|had|will|would|can|could)\b.*)$",
    re.IGNORECASE,
)
# 'Rubio isn't a Ukrainian official — which country's government does he work for?': a denial,
# then the question, which may point back to what it names
_DENIED_THEN_ASKED = re.compile(
    r"^(?P<read>[^?—–]*(\bnot|n['’]t|\bisnt|\bwasnt|\bdoesnt|\bdont|\bnever)\b[^?—–]*?)\s*[—–]+\s*"
    rf"((so|but|then)\s+)?(?P<question>({_OPENING}|there)\b.*)$",
    re.IGNORECASE,
)
# 'Location check (lead): were the talks ... held in Florida?': a label naming nothing, then the question
_LABELLED = re.compile(
    r"^(?P<label>[^:?]{1,40}):\s*(?P<question>(who|what|which|where|when|why|how|did|does|do|is|are|was|"
    r"were|has|have|had|will|would|can|could)\b.*)$",
    re.IGNORECASE,
)
# a pronoun that stands for a topic put first, not a dummy 'it': 'Future conflicts: ... set for them?'
_PRONOUN_OF_A_TOPIC = re.compile(r"\b(they|them|their|he|him|his|she|her)\b", re.IGNORECASE)
_VERDICT_WORDS = re.compile(r"\b(yes|no|true|false|y/n)\b", re.IGNORECASE)  # 'true or false: ...' asks
_PERSONAL_PRONOUNS = re.compile(r"\b(he|she|him|her|his)\b", re.IGNORECASE)
_THING_PRONOUNS = re.compile(r"\b(it|they|them|its|their)\b", re.IGNORECASE)
_LAST_THING = re.compile(r"\b(about|the)\s+(?P<thing>(?!.*\b(the|about)\b)[^,;()\"“”]*)$", re.IGNORECASE)


def read_then_asked(text: str, lexicon: Lexicon) -> str:
    """The question after what the asker read, its pronoun standing for the one person ('he')
    the reading names, or for the thing it ends with ('them': the talks in Florida); the whole
    text when the question needs what was read or its pronoun could stand for several."""
    labelled = _LABELLED.match(text)
    if (
        labelled
        and not named_things(labelled["label"], lexicon)
        and not _VERDICT_WORDS.search(labelled["label"])
        and not _PRONOUN_OF_A_TOPIC.search(labelled["question"])
    ):
        return labelled["question"]
    denied = _DENIED_THEN_ASKED.match(text)
    found = _READ_THEN_ASKED.match(text) or denied
    if found is None:
        return text
    question = found["question"]
    people = {t for t in named_things(found["read"], lexicon) if lexicon.is_a(t, str(DIP.Person))}
    last = _LAST_THING.search(found["read"])
    for pronouns, person in ((_PERSONAL_PRONOUNS, True), (_THING_PRONOUNS, False)):
        if not pronouns.search(question):
            continue
        if person and len(people) == 1:
            name = lexicon.label[next(iter(people))]
        elif denied:
            continue  # 'the table doesn't call it settled — so how does it describe ...': the source
        elif not person and last:
            name = last["thing"]  # 'Witkoff was involved in the talks in Florida — was Kushner part of them?'
        else:
            return text
        question = pronouns.sub(partial(_named_instead, name), question)
    return question if denied or named_things(question, lexicon) else text  # not 'what was the concern?'


def _pronouns_named(question: str, choices: tuple[tuple[re.Pattern, set[str]], ...], lexicon: Lexicon) -> str:
    """The question with each kind of pronoun it uses in place of the one thing of that kind
    named around it; a pronoun that could stand for several is left as it is."""
    for pronouns, among in choices:
        if pronouns is _IT and _ITS_OWN.match(question):
            continue  # 'which country did he thank for its support': the country's own
        if pronouns.search(question) and len(among) == 1 and (thing := next(iter(among))) in lexicon.label:
            question = pronouns.sub(partial(_named_instead, lexicon.label[thing]), question)
    return question


def _name_as_said(text: str, thing: str, lexicon: Lexicon) -> str:
    """The longest of the thing's names the text uses ('meeting with putin'), else its label: a
    label may name more ('meeting of Witkoff and Kushner with Putin') than the asker did."""
    words = tokens(text)
    for n in range(min(len(words), 8), 0, -1):
        for i in range(len(words) - n + 1):
            said = " ".join(words[i : i + n])
            if thing in lexicon.names.get(said, ()):
                return said.removeprefix("the ")
    return lexicon.label.get(thing, "")


def _named_instead(name: str, pronoun: re.Match) -> str:
    return f"{name}'s" if pronoun[1].lower() in ("his", "its", "their") else name


def named_things(text: str, lexicon: Lexicon, nested: bool = False) -> set[str]:
    """The things the text names by one of their names, word for word, the longest name first:
    'the talks in Florida' names the talks, not Florida as well, unless names inside names are
    asked for too ('a meeting with Putin' names Putin, whom a 'him' may stand for)."""
    words, found, covered = tokens(text), set(), set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            span = set(range(i, i + n))
            things = lexicon.names.get(" ".join(words[i : i + n]), ())
            if things and (nested or not span & covered):
                found |= set(things)
                covered |= span
    return found


# a memo's heading, then what it asks of it: 'Putin Meeting — number of potential attendees?',
# 'Andriy Yermak — current position held?'; a defined term in brackets: '(the 'Round')'
_HEADING_THEN_ASKED = re.compile(r"^\W*(?P<heading>[^—–:?]*\w\)?)\s*[—–:]\s*(?P<asked>[^—–:?]*\w\)?)[?.\s]*$")
_CLAIMED = frozenset(["whether", "if", "yes", "true", "more", "further", "still", "no", "any", "enough"])
_DEFINED_TERM = re.compile(r"\s*\((the )?['‘’\"“][^'‘’\"“”)]{1,30}['’\"”]\)")


def heading_joined(text: str, lexicon: Lexicon) -> str:
    """'Putin Meeting — number of potential attendees (Witkoff included)?' asks, as keywords,
    'Putin Meeting number of potential attendees (Witkoff included)': a short heading that
    states nothing, then a thing asked of it; not 'europe to ukraine: military aid included?',
    whose words after the colon name a thing to state a claim of, nor a question after it."""
    text = _DEFINED_TERM.sub("", text)
    found = _HEADING_THEN_ASKED.match(re.sub(r"(?<=\w)[–—](?=\w)", "-", text))  # 'Zelensky–Macron ...'
    if found is None:
        return text
    heading, asked = tokens(found["heading"]), tokens(found["asked"])
    if (
        not heading
        or len(heading) > 6
        or len(asked) < 2
        or set(heading) & (AUXILIARIES | WH | NEGATORS)
        or any(finite_verb(w) for w in heading)  # 'The table doesn't call it settled — so how ...'
    ):
        return text
    if asked[:2] in (["identity", "of"], ["identities", "of"], ["name", "of"], ["names", "of"]):
        return f"{found['heading']}: who is {found['asked'].split(maxsplit=2)[2]}?"  # who the one asked of is
    if asked[0] in WH and asked[1] in ("the", "a", "an"):  # '— what the Talks may alter': the clause asks
        return f"{found['asked']}, {found['heading']}?"
    if asked[:2] == ["nature", "of"]:  # '— nature of the concern raised ...': the concern
        return f"{found['heading']} {found['asked'].split(maxsplit=2)[2]}"
    if (
        set(asked) & (AUXILIARIES | WH | _CLAIMED)  # a question or a claim after the heading
        or named_things(" ".join(asked[:2]), lexicon) - lexicon.values  # 'Military aid: part of ...?'
    ):
        return text
    if asked[:2] == ["number", "of"]:
        return f"{found['asked']} for {found['heading']}"  # a count, said first
    return f"{found['heading']} {found['asked']}"


def when_first(text: str) -> str:
    """'When the 28-point plan surfaced, what was the worry about it?' asks of the plan:
    its name takes the place of the pronoun; the time it sets is context."""
    found = WHEN_FIRST.match(text)
    if found is None or not (pronoun := _THING_PRONOUNS.search(found["question"])):
        return text
    question = found["question"]
    return question[: pronoun.start()] + _named_instead(found["subject"], pronoun) + question[pronoun.end() :]


# 'Rubio is Secretary of State, but Witkoff is an envoy of which president?': what is granted
# before 'but' is no part of the question after it
_GRANTED_FIRST = re.compile(
    r"^(?!\W*(who|whom|whose|what|which|where|when|how|is|are|was|were|did|does|do|has|have|can|could|would|"
    r"will|might|may)\b)"  # 'Which American might, but is not certain to, meet Putin?' is one question
    rf"[^?]*?,\s*but\s+(?=[^?]*\b(who|whom|whose|what|which|where|when|how)\b|{_ASKING}|according to\b)",
    re.IGNORECASE,
)


# 'Who, on both the American and the Ukrainian sides, took part ...': an aside after the question word
_INTERRUPTING = re.compile(
    r"^\W*(?P<wh>who|whom|what|which|where|how many|which [a-z]+|how many [a-z]+)\s*,\s*"
    r"(?P<aside>[^,?]{3,80}?)\s*,\s*(?=\w)",
    re.IGNORECASE,
)
_PLACE_ASIDE = re.compile(
    r"(in|at|within|inside|across) (?-i:[A-Z])", re.IGNORECASE
)  # where, not 'on both sides'
# 'Was Umerov critical of American backing, or what sentiment did he express?': the question after 'or'
_OR_INSTEAD = re.compile(
    r"^\W*(is|are|was|were|did|does|do|has|have)\b[^?]*?,\s*or\s+(?=(what|which|who|whom|whose|where|how)\b)",
    re.IGNORECASE,
)
# '... favoring Russia rather than Ukraine?', '... in Florida rather than somewhere else, such as Moscow?':
# the other option, set against what is asked, is no part of it
_RATHER_THAN = re.compile(
    r",?\s+(rather than|instead of)\s+[^,?]{1,40}(,\s*(such as|like)\s+[^,?]+)?(?=\?|$)", re.IGNORECASE
)


def put_aside(text: str, lexicon: Lexicon) -> str:
    """The question without what is put aside in it ('Setting aside the envoys' trip, who ...',
    'Unlike Umerov, ...', 'Rubio is ..., but ...', '... rather than Ukraine?', 'Was it ..., or
    what ...?', 'Who, on both sides, ...'), or counted in when that names no one
    ('Counting the possible as well, who ...'); 'Counting Witkoff, how many ...' says who is
    among the answers, and stays."""
    if (found := _INTERRUPTING.match(text)) and _PLACE_ASIDE.match(found["aside"]):
        text = f"{found['wh']} {text[found.end() :].rstrip(' ?')} {found['aside']}?"  # 'What, in Europe, ...'
    text = _RATHER_THAN.sub("", _INTERRUPTING.sub(lambda m: f"{m['wh']} ", text))
    if instead := _OR_INSTEAD.match(text):
        return _named_from(text[: instead.end()], text[instead.end() :], lexicon)
    story = _COMMA_LEAD_IN.match(text)
    if story and _tells_a_story(story["context"]):
        return text  # a story told in clauses: its last comma comes before the question
    found = ASIDE_FIRST.match(text)
    if found is None:
        granted = _GRANTED_FIRST.match(text)
        if granted is None or not named_things(text[granted.end() :], lexicon) - lexicon.values:
            return text  # 'Umerov's predecessor resigned, but under what concern?': the question needs it
        return _named_from(text[: granted.end()], text[granted.end() :], lexicon)
    counted = found["how"] and found["how"].lower() in ("counting", "including")
    if counted and named_things(found[0], lexicon) - lexicon.values:
        # 'Counting Witkoff, how many of them ...': how many, counting him; the count's own words after it
        rest = text[found.end() :]
        asked = re.sub(r"^(how many) of (them|those|these)\b", r"\1", rest, flags=re.IGNORECASE)
        return f"{asked.rstrip(' ?')}, {found[0].strip(' ,—–-')}?" if asked != rest else text
    return _named_from(found[0], text[found.end() :], lexicon)


def _named_from(aside: str, question: str, lexicon: Lexicon) -> str:
    """The question, its 'he' or 'his' standing for the one person the aside names ('Although
    Rubio was upbeat, what did he say ...')."""
    return _pronouns_named(question, ((_PERSONAL_PRONOUNS, _people_in(aside, lexicon)),), lexicon)


def _people_in(text: str, lexicon: Lexicon) -> set[str]:
    """The people the text names, inside other names too ('a meeting with Putin': Putin)."""
    return {t for t in named_things(text, lexicon, nested=True) if lexicon.is_a(t, str(DIP.Person))}


# 'As far as the Florida talks go, ...', 'When it comes to Umerov's new role, ...', "In the article's
# discussion of Western commitments, ...": a topic set before the question, said as 'regarding'
_TOPIC_FRAME = re.compile(
    r"^\W*(as far as (?P<far>[^,?]+?) (go|goes|went|is concerned|are concerned|was concerned|were concerned)|"
    r"(when it comes to|as for|as regards|in terms of|speaking of|on the subject of|turning to|"
    r"with (regard|respect) to|in relation to|in connection with|in the (article|report|piece|story)['’]s "
    r"(discussion|account|coverage|description|treatment|mention|section) of|"
    r"(walk|talk|take) (us|me) through|help (us|me) understand|tell (us|me) about|let['’]s talk about)"
    r"\s+(?P<topic>[^,:?]+?))\s*[,:]\s*"
    r"(?=(who|whom|whose|what|which|where|when|how|is|are|was|were|did|does|do|has|have)\b)",
    re.IGNORECASE,
)
# "In the article's account, ...", "By the report's telling, ...": the source, no topic
_SOURCES_ACCOUNT = re.compile(
    r"^\W*(in|by|from|on) the (article|report|piece|story|text)['’]s (account|telling|version|words|view|"
    r"reckoning)\s*,\s*",
    re.IGNORECASE,
)
# 'Of the envoys mentioned, which one is certain ...': which of them
_OF_THE_GROUP = re.compile(
    r"^\W*(of|among|out of) (?P<group>the [^,?]+?)\s*,\s*(which|who)( one| ones| of them| person)?"
    r"\s+(?=[a-z])",
    re.IGNORECASE,
)


def topic_framed_plainly(text: str) -> str:
    """A topic or a group set before the question, said the one way the rest of the reading
    knows: 'regarding the talks, ...', 'which of the envoys ...'."""
    text = _SOURCES_ACCOUNT.sub("", text)
    text = _OF_THE_GROUP.sub(lambda m: f"which of {m['group']} ", text)
    return _TOPIC_FRAME.sub(lambda m: f"regarding {m['far'] or m['topic']}, ", text)


def topic_put_back(text: str) -> str:
    """'yermak - why did he leave?' is 'why did yermak leave?': the topic typed first takes the
    place of the pronoun that points back to it ('what about Europe, are they ...' too, and a
    learner's 'Territory dispute, Florida talk settle it?')."""
    if aside := _TOPIC_ASIDE_QUESTION.match(text):  # 'Rubio, on whether it is done, what were his words?'
        text = f"{aside['topic']}, {aside['question'].rstrip()} {aside['aside']}?"
    found = _TOPIC_THEN_QUESTION.match(text) or _TOPIC_THEN_COMMENT.match(text) or _ASIDED_TOPIC.match(text)
    if found is None or (found.re is _TOPIC_THEN_COMMENT and len(tokens(found["topic"])) > 4):
        return text
    topic, question = found["topic"].strip().replace(",", ""), found["question"]
    there = THERE_LAST.search(question)
    if there and not question.lower().startswith("how "):  # 'The Florida negotiations — who was there?'
        return f"{question[: there.start()]} at {topic}{question[there.end() :]}"
    topic = _TOPIC_OPENER.sub("", re.split(r"[.!]\s+", topic)[-1])  # 'Hopeful article. If they ...'
    pronoun = _PRONOUNS.search(question)
    opening = tokens(topic)[0]
    if pronoun is None or opening in CONDITIONS | PREPOSITIONS | LEADING_PREPOSITIONS | WH | AUXILIARIES:
        return text  # 'if talks succeed - what do they set': a condition, no topic
    words = set(tokens(topic))
    if words & _CLAUSE_VERBS and not words & {"who", "that", "which"}:
        return text  # 'the article says the talks could change something, what is it': a sentence, no topic
    possessive = pronoun.group(1).lower() in _POSSESSIVE_PRONOUNS
    if _PERSONAL_PRONOUNS.fullmatch(pronoun.group(1)) and (owner := _OWNERS_THING.match(topic)):
        topic = owner["owner"]  # 'Umerov's new role, who did he take over from': he is Umerov
    name = f"{topic}'s" if possessive and not topic.endswith("'s") else topic
    return question[: pronoun.start()] + name + question[pronoun.end() :]


# a topic with one of these is a sentence of its own (unless a relative clause holds it)
_CLAUSE_VERBS = frozenset(["says", "said", "could", "would", "can", "will", "might", "may", "should", "must"])


# 'Putin's meeting sounds uncertain. Whose is only possible?': a sentence that sets the scene,
# then the question
_CONTEXT_THEN_QUESTION = re.compile(r"^(?P<context>[^?]*\w)[.!;]\s+(?P<question>[^.!?;]*\w\W*\?)\W*$")
_ASKING_FIRST = WH | AUXILIARIES | {"please", "tell", "remind", "i", "im", "id"}


# 'Let me just confirm the location for everyone: were these talks held in Florida?': a lead-in,
# then the question
# 'Somewhere in Florida a room was booked for the talks. Name the exact venue that played host.':
# a clue, then a command to name what it points to
_COMMAND_LAST = re.compile(
    r"^(?P<context>[^?]*\w['’\"”)]?)\s*[.!;]\s+"
    r"(?P<command>(name|list|give|identify|tell me)\b[^.!?;:]*\w)\W*$",
    re.IGNORECASE,
)
_POINTING = frozenset(["both", "them", "it", "all", "these", "those", "each", "everyone", "one", "me", "us"])
_LEAD_IN = re.compile(  # 'Sounds promising. But did Rubio ...?': the question after its 'but'
    r"^(?P<context>[^?]*\w['’\"”)]?)\s*[.!;:]\s+((but|and|so|then|still)\b,?\s*)?"
    r"(?P<question>[^.!?;:]*\w\W*\?)\W*$",
    re.IGNORECASE,
)
# 'Umerov gives a shout-out to the supporters — which country is he thanking?': a lead-in clause
# before a dash; not a noun phrase put first ('A meeting that is only possible — whose is it?')
_DASHED_LEAD_IN = re.compile(
    r"^(?!\W*(a|an|the|this|that|these|those)\b)(?P<context>[^?]*\w['’\"”)]?)\s+(-|[—–]+)\s+"
    r"(?P<question>[^.!?;:—–]*\w\W*\?)\W*$",
    re.IGNORECASE,
)
# 'With all the reshuffling in Kyiv and the names in the news, did Kushner ...?': a long story
# told in clauses, and after its last comma the question
_COMMA_LEAD_IN = re.compile(
    r"^(?!\W*(who|whom|whose|what|which|where|how|is|are|was|were|did|does|do|has|have|can|could|would|will)\b)"
    r"(?!\W*when\s+(is|are|was|were|did|does|do|has|have|will)\b)"  # 'When he ...,' opens a story
    r"(?P<context>[^?]*\w['’\"”)]?)\s*,\s+((so|and|then|but)\s+)?"
    r"(?P<question>(could|can|would|who|whom|whose|what|which|where|when|how|is|are|was|were|did|does|do|has|"
    r"have)\b[^?;]*\w\W*\?)\W*$",
    re.IGNORECASE,
)
_SHORTEST_STORY = 10  # words before a comma that tell a story, not a setting ('In Florida, who ...')
_SUBORDINATING = frozenset(  # 'Now that a round has taken place, ...': a setting, no story
    ["now", "that", "since", "because", "as", "once", "while", "although", "though", "given"]
)
_RELATIVES = frozenset(["which", "who", "whom", "that", "whose"])
_SHORTEST_SENTENCE = 5  # with a verb, words that tell one: 'Yermak resigned and Umerov took over'
_TOLD_VERBS = frozenset(
    ["is", "are", "was", "were", "has", "have", "had", "took", "said", "made", "met",
     "could", "may", "might", "will"]
)  # fmt: skip
# 'Regarding the plan ...,', 'Among the forms of support ...,': a topic or a group the question is of
_TOPIC_FIRST = frozenset(["regarding", "concerning", "about", "as", "among", "of", "out", "re", "on"])


def _tells_a_story(context: str) -> bool:
    """'With all the reshuffling in Kyiv and the names in the news': a story before the question's
    comma; not a topic ('Regarding the plan that leaked ...') nor the question's own start ('On
    what specific date, insofar as ...'). A shorter one tells it in a sentence of its own, its
    subject first and then its verb ('Trump's envoy Witkoff was at the talks, ...'), where a
    setting opens on a preposition ('In Florida, ...')."""
    words = tokens(context)
    if _asks(words) or not words or words[0] in _TOPIC_FIRST:
        return False
    if len(words) >= _SHORTEST_STORY:
        return True
    setting_first = words[0] in PREPOSITIONS | LEADING_PREPOSITIONS | CONDITIONS | _SUBORDINATING
    # 'The person which Umerov has replaced, who is it?': a thing described, not a story
    described = words[0] in ("the", "a", "an") and bool(set(words[1:4]) & _RELATIVES)
    return (
        not described
        and len(words) >= _SHORTEST_SENTENCE
        and (not setting_first or "," in context)  # 'When the plan leaked, officials worried, ...'
        and any(w in _TOLD_VERBS or (w.endswith("ed") and len(w) > 4) for w in words[1:])
    )


def _asks(words: list[str]) -> bool:
    """Words that open a question: 'which venue ...', 'On what date ...'; not 'When the article
    mentions Witkoff ...', which tells when."""
    asking = WH - {"when"}
    if not words:
        return False
    return words[0] in asking or (words[0] in PREPOSITIONS and bool(set(words[1:3]) & asking))


# 'which one', 'which of the two', 'either': a choice among the options the lead-in names
_OF_THE_OPTIONS = re.compile(  # not 'which of the envoys', a kind named again
    r"\b(which one|which of (them|those|these|the two|both)|either|of (the|those|these) two)\b", re.IGNORECASE
)
# 'Everyone says Umerov is new, but new compared to whom? Who did he replace?': a question asked
# again, its pronoun standing for what the first names
_ASKED_AGAIN = re.compile(
    r"^(?P<context>[^?]*\w([^?\s]*\s+){7,}[^?]*\?)\s+(?P<question>[^.!?;:]*\b(he|she|his|her)\b[^.!?;:]*\?)\W*$",
    re.IGNORECASE,
)
# 'According to Rubio, is ...', 'In that table, how ...', 'This Rubio — for which ...': a question
# after a short preface
_PREFACED = re.compile(
    rf"^[^,—–?]{{1,60}}?(,|\s[—–-]+)\s*(for |from |in |of |to |by )?(so |but |then )?({_OPENING})\b",
    re.IGNORECASE,
)
_LAST_SENTENCE = re.compile(r"(?:^|[.!?;]\s+)(?P<sentence>[^.!?;]+)$")
# 'Secretary of Ukr.': a short fragment whose last word is cut short
_ABBREVIATED = re.compile(r"^\W*(\w+\W+){0,2}[A-Z][a-z]{1,3}$")
_LONGEST_LEAD_IN = 16  # words; a longer lead-in tells a story, and only its pronouns' names are kept
_SUBJECT_NOUN = re.compile(  # 'A plan was leaked', 'I read about a plan that was leaked'
    r"^\W*((i|we) (read|heard|saw|know|knew) (about|of) )?(the|a|an) (?P<noun>[a-z][\w-]*) "
    r"((that|which) )?(is|was|has|had|got)\b",
    re.IGNORECASE,
)
# a sentence's subject after the scene its opening sets: 'Before the talks, a 28-point plan leaked'
_CLAUSE_SUBJECT = re.compile(
    r"^\W*((before|after|during|ahead of|amid|since|in|at|on) [^,]+,\s*)?"
    r"(?P<subject>(the|a|an) ([\w'’-]+ ){0,5}?[\w'’-]+) (is|was|were|are|has|had|got|[a-z]+ed)\b",
    re.IGNORECASE,
)
# 'was Kushner there as well': at the place or the meeting the lead-in names; not 'is there a ...'
_THERE_AT = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\bthere\b(?!\s+(is|are|was|were|be)\b)", re.I
)
_MEETING_WITH = re.compile(r"\b(meet|meets|meeting|met|see|seeing|sit down)( with)? (?P<whom>[A-Z][\w-]+)\b")
_BARE_MEETING = re.compile(
    r"\b(whose|the|a|this|that) (meeting|sit-down|sitdown)\b(?! with\b)", re.IGNORECASE
)
_THEIR = re.compile(r"\b(their)\b", re.IGNORECASE)  # 'Ukrainian officials got worried; what was their concern
_IT = re.compile(r"\b(it|its)\b", re.IGNORECASE)  # not 'them': 'Two Americans ... Which of them ...'
_ITS_OWN = re.compile(r"^\W*which \w+\b[^?]*\bits\b", re.IGNORECASE)  # 'which country ... its support'
# 'You mention Western allies ... How many of them are named?': the one group the lead-in names
_COUNTED_THEM = re.compile(r"(?<=\bhow many of )(them)\b", re.IGNORECASE)
_GROUPS = (DIP.Coalition, DIP.Group, DIP.Delegation)
# a question's words that point back to its lead-in: 'What's his title there?', 'Which of them ...'
_REFERRING = re.compile(
    r"\b(he|she|him|her|his|hers|it|its|they|them|their|theirs|there|then|that|this|these|those|such|same|"
    r"other|another|former|latter|one)\b(?! (days|week|year|time|point|moment)\b)",  # not 'these days'
    re.IGNORECASE,
)
# 'did he indicate that the work ...': 'that' opens what was said, and points nowhere
_SAID_THAT = re.compile(
    r"\b(?P<verb>indicate|indicated|say|said|says|think|thinks|thought|suggest|suggested|believe|claim|claimed|"
    r"note|noted|stress|stressed|admit|admitted|mean|meant|imply|implied|signal|signaled|signalled|"
    r"worry|worried|fear|feared|concerned|hope|hoped|expect|expected|feel|felt|agree|agreed) that\b",
    re.IGNORECASE,
)
# 'who were the people taking part?': a question that ends where the event taken part in would be
_TAKING_PART_END = re.compile(
    r"^\W*(who|whom|which|how many)\b[^?]*\b(taking part|took part|participating|participated|involved|"
    r"present|attending|attended|participants)(?=\W*$)",
    re.IGNORECASE,
)
# 'What exactly were people worried about?': a question that ends on its preposition
_ASKED_ABOUT = re.compile(
    r"^\W*(what|who|whom)\b[^?]*\b(about|of|over|regarding|concerning)(?=\W*$)", re.IGNORECASE
)
_DEMONSTRATIVE_NOUN = re.compile(
    r"\b(the|that|these|those|this|such)\s+(?P<noun>[a-z][\w-]*)\b", re.IGNORECASE
)
# 'at that meeting', 'those talks'; not 'the country that controls them'
_DEMONSTRATIVE = re.compile(
    r"\b((?P<by>(at|in|of|on|for|from|with|to|into|during|after|before|over|by|about)\s+)that|"
    r"these|those|this|such)\s+(?=[a-z])(?!(days|week|year|time|point|moment)\b)",
    re.IGNORECASE,
)


def without_dummy_it(text: str) -> str:
    """The question without an 'it' that stands for nothing: 'what was it about the plan that
    worried people', 'whose plan was it that leaked', 'how many allies does it name', 'was it
    Florida or Moscow where they met'."""
    text = CHOICE_CLEFT.sub(lambda m: f"{m['wh']} ", text)
    text = NAMED_IN_SOURCE.sub(lambda m: f"{m['asked']} are there{m['rest']}", text)
    text = WHAT_ABOUT_IT.sub(lambda m: f"what {m['rest']} about {m['thing']}?", text)
    return WH_CLEFT.sub(lambda m: f"{m['asked']} {m['be'] + ' ' if m['doing'] else ''}", text)


# 'Honestly, were the talks in Florida?', 'Crikey! Did Kushner go?': a word or two before a yes/no
# question, set off by a comma
_INTERJECTION = re.compile(
    r"^\W*(?P<lead>[a-z][\w'’ -]{0,30}?)\s*[,!]+\s+"
    r"(?=(is|are|was|were|did|does|do|has|have|had|will|would|could|can|should|might|may)\s+\w)",
    re.IGNORECASE,
)
# words before the comma that change what is asked: 'Currently, is ...', 'Before that, was ...'
_SAYS_WHEN_OR_HOW_SURE = NOW_WORDS | WHEN_WORDS | NEGATORS | {
    "before", "after", "previously", "formerly", "originally", "initially", "already", "ever", "yet",
    "possibly", "potentially", "probably", "definitely", "certainly", "officially", "eventually",
    "ultimately", "also", "too", "again", "both", "either", "only", "then", "there", "if", "unless",
}  # fmt: skip
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its"])


def _points_back(question: str) -> bool:
    """A pronoun for a person or a thing named before the question."""
    return bool(_PERSONAL_PRONOUNS.search(question) or _THING_PRONOUNS.search(question))


def interjection_dropped(text: str, lexicon: Lexicon) -> str:
    """The yes/no question without the interjection before it ('Honestly, were the talks held in
    Florida?'), which would be read as a word of the question; a lead-in that names something or
    says when or how sure ('In Florida, did ...', 'Currently, is ...') stays."""
    found = _INTERJECTION.match(text)
    if found is None:
        return text
    words = tokens(found["lead"])
    interjection = (
        0 < len(words) <= 3
        and not set(words) & _SAYS_WHEN_OR_HOW_SURE
        and words[0] not in PREPOSITIONS | _TOPIC_FIRST | WH | _DETERMINERS
        and not named_things(found["lead"], lexicon)
        and not _points_back(text[found.end() :])  # 'The plan, was it leaked?': a topic
    )
    return text[found.end() :] if interjection else text


def _noun_phrase_alone(context: str, lexicon: Lexicon) -> bool:
    """'Ukraine's negotiating post, after the turmoil at home': a short thing named, then an
    aside, with no verb to make it a sentence; not 'Let me just confirm the location for
    everyone', nor 'Umerov gives a big shout-out to the supporters'."""
    thing, comma, _ = context.partition(",")
    words = tokens(context)
    opens_on_a_name = words[0] in lexicon.names or " ".join(words[:2]) in lexicon.names
    return (
        bool(comma)
        and len(tokens(thing)) <= 6
        and (words[0] in ("the", "a", "an") or opens_on_a_name)
        and not any(map(finite_verb, words))
    )


def lead_in_dropped(text: str, lexicon: Lexicon) -> str:
    """The question after a radio host's lead-in ('Let me just confirm the location for
    everyone: were these talks held in Florida?'), its pronoun standing for the one person, or
    the one thing, the lead-in names, and 'these talks' for 'the talks'; the lead-in stays,
    after the question, when it names more than the question then does ('Umerov wears another
    hat on the council. What's his title there?'); the whole text when the question names
    nothing once so read ('Putin's meeting sounds certain. Whose is only possible?'), or the
    lead-in is a topic ('Yermak these days: what job does he hold?'). A question that ends on
    its preposition asks about the one thing the lead-in names ('The 28-point plan caused a lot
    of anxiety. What were people worried about?'); one with no word pointing back is asked
    alone ('Some mention Moscow, others Florida. Where did the meeting take place?')."""
    command = _COMMAND_LAST.match(text)
    if command and not _COMMAND_LAST.match(command["context"] + "."):
        context = tokens(command["context"])
        said = [w for w in tokens(command["command"])[1:] if w not in STOPWORDS and w not in _POINTING]
        if said and not _asks(context) and context[:1] != ["please"] and not set(context[:1]) & COMMANDS:
            # the clue's words would be read as what is asked; not 'Name both!'; a pronoun stands
            # for the one person the clue names ('A meeting with Putin is on the cards. Name everyone
            # who may meet him.')
            people = _people_in(command["context"], lexicon)
            return _pronouns_named(command["command"], ((_PERSONAL_PRONOUNS, people),), lexicon)
    found = _LEAD_IN.match(text) or _DASHED_LEAD_IN.match(text) or _ASKED_AGAIN.match(text)
    if found is None and (story := _COMMA_LEAD_IN.match(text)):
        found = story if _tells_a_story(story["context"]) else None
    if found and _OF_THE_OPTIONS.search(found["question"]):
        return text  # 'Moscow or Florida — which one was it?': the options stay before the question
    in_situ = (  # 'I'm not from around here - Rubio is an official for which country?'
        found is not None
        and found.re is _DASHED_LEAD_IN
        and bool(WH & set(tokens(found["question"])))
        and tokens(found["question"])[0] not in LEADING_PREPOSITIONS | PREPOSITIONS
    )
    if found and found.re is _DASHED_LEAD_IN and _asks(tokens(found["context"])):
        return text  # 'In which place in Florida — which venue — were they held?': the question itself
    if found and _ABBREVIATED.search(found["context"]):
        return text  # 'Secretary of Ukr. NSC — who?': a word cut short, not a sentence's end
    opening = tokens(found["question"])[:2] if found else []
    if found is None or (
        opening[0] not in WH | AUXILIARIES
        and not (opening[0] in PREPOSITIONS and opening[1:] and opening[1] in WH)  # 'at which venue ...'
        and not _PREFACED.match(found["question"])
        and not in_situ
    ):
        return text
    between = text[found.end("context") : found.start("question")]
    context_words = tokens(found["context"])
    said_by_someone = context_words[0] in ("i", "im", "we", "you", "he", "she", "they")
    if (
        re.search("[:—–-]", between)
        and (len(context_words) <= 6 or _noun_phrase_alone(found["context"], lexicon))
        and not said_by_someone
    ):
        return text  # a topic, put back in the question by topic_put_back ('the post, after ...: who ...')
    question, named = (
        without_dummy_it(SOURCE_FIRST.sub("", found["question"])),
        named_things(found["context"], lexicon) - lexicon.values,
    )
    if not named_things(question, lexicon) - lexicon.values and (
        inside := _asked_inside(found["context"], question)
    ):
        return inside  # 'I never caught the name of the guy leading Ukraine's side. Who was it?'
    people = _people_in(found["context"], lexicon)
    context = found["context"].lower().replace("’", "'")
    owners = {  # not 'I saw Kushner's name': that is him
        t for t in people if re.search(rf"\b{key(lexicon.label.get(t, t)).split()[-1]}'s (?!name\b)", context)
    }
    groups = {t for t in named if any(lexicon.is_a(t, str(kind)) for kind in _GROUPS)}
    question = _pronouns_named(
        question,
        (
            (_PERSONAL_PRONOUNS, people - owners),
            (_IT, named - people),
            (_COUNTED_THEM, groups),
            (_THEIR, groups),
        ),
        lexicon,
    )
    if _IT.search(question) and (clause := _CLAUSE_SUBJECT.match(found["context"])):
        # 'Before the talks, a 28-point US plan leaked and caused alarm. Did officials worry that it
        # leaned ...': the one thing the clause's subject names
        its = named_things(clause["subject"], lexicon) - lexicon.values
        question = _pronouns_named(question, ((_IT, its),), lexicon)
    subject = _SUBJECT_NOUN.match(found["context"])
    if not named - people and subject and lexicon.class_named(stem(subject["noun"].lower())):
        # 'A plan was leaked. Was it seen as ...': the kind of thing the lead-in speaks of
        question = _IT.sub(f"the {subject['noun']}", question, count=1)
    question = _DEMONSTRATIVE_NOUN.sub(partial(_named_by_its_noun, named, lexicon), question)
    meetings = [t for t in named if lexicon.is_a(t, str(DIP.Meeting))]
    meeting = _name_as_said(found["context"], meetings[0], lexicon) if len(meetings) == 1 else None
    if meeting is not None:  # 'Witkoff was at the Florida talks, was Kushner there too?': at them
        question = _THERE_AT.sub(f"at the {meeting}", question)
    if (met := _MEETING_WITH.search(found["context"])) and lexicon.names.get(met["whom"].lower()):
        # 'Two Americans could meet Putin, but whose meeting is only a maybe?': the meeting with him
        question = _BARE_MEETING.sub(lambda m: f"{m[0]} with {met['whom']}", question, count=1)
    resolved = question  # its pronouns and 'that plan' named
    question = _DEMONSTRATIVE.sub(lambda m: f"{m['by'] or ''}the ", question)
    asked = named_things(question, lexicon) - lexicon.values
    story = len(context_words) > _LONGEST_LEAD_IN
    if _DENIAL.search(found["context"]) and not _PRONOUN.search(question) and not story:
        return question  # 'Kushner wasn't in Florida. Where did the talks take place?': no condition of it
    if len(named) == 1 and not asked and (open_end := _ASKED_ABOUT.search(question)) and not story:
        # 'The 28-point plan caused a lot of anxiety. What were people worried about?': about the plan
        return f"{question[: open_end.end()]} {lexicon.label.get(next(iter(named)), '')}?"
    if meeting is not None and not asked and (ended := _TAKING_PART_END.search(question)):
        # 'The Florida talks brought officials together ...; who were the people taking part?': in them
        return f"{question[: ended.end()]} in the {meeting}?"
    if _SOURCE_SUMMARY.match(found["context"]):  # 'The article is about talks ... Which official ...'
        ended = None if asked else _TAKING_PART_END.search(question)
        return f"{question[: ended.end()]} in the talks?" if ended else question
    if not asked and found.re is _COMMA_LEAD_IN:
        return text  # 'Insofar as the article says who took part ..., who were those participants?'
    if not asked and story and (last := _LAST_SENTENCE.search(found["context"])):
        return (
            f"{question.rstrip(' ?')}, {last['sentence']}?"  # 'What was that word?': what the story ends on
        )
    if not asked and not named and not story and not _REFERRING.search(question):
        return question  # 'Hopeful article. What could the talks establish ...': a reaction, nothing asked
    if not asked and named and opening[0] in PREPOSITIONS and _REFERRING.search(resolved):
        return f"{question.rstrip(' ?')}, {found['context']}?"  # '...; at which venue did they meet?'
    if not asked:
        return text
    if found.re is _ASKED_AGAIN:
        return f"{question.rstrip(' ?')}, {found['context']}"  # the first question says what is asked
    if story:
        return question  # a letter's story before its question: its names are no part of what is asked
    if _ASKERS_REPORT.match(found["context"]) and not _POINTS_BACK.search(question):
        return question  # 'I recall Kushner in politics years back. Did he take part ...': background
    left = named - asked
    pointing = _SAID_THAT.sub(r"\g<verb>", without_dummy_it(resolved))  # 'who took over from him': from Rubio
    if _ITS_OWN.match(pointing):  # 'which country ... for its support': its own, no pointing back
        pointing = re.sub(r"\bits\b", "", pointing)
    if not _REFERRING.search(pointing):
        return question  # 'Some say Moscow, some Florida. Where did the meeting take place?' asks no more
    return f"{question.rstrip(' ?')}, {found['context']}?" if left else question


_PRONOUN = re.compile(  # a word of the question that may point back to the lead-in
    r"\b(he|she|him|her|his|hers|it|its|they|them|their|there|then|that|this|those|these)\b", re.I
)
# a sentence that denies: 'Kushner wasn't in Florida'; not 'definite, not merely possible'
_DENIAL = re.compile(
    r"\b((is|are|was|were|did|does|do|has|have|had)(n['’]?t| not)|isnt|wasnt|werent|arent|doesnt|didnt|"
    r"never)\b",
    re.IGNORECASE,
)
# a question that points back to where or when the lead-in says: 'What's his title there?'
_POINTS_BACK = re.compile(r"\b(there|then)\b|\b(it|that|this|them)\W*$", re.IGNORECASE)
# what the asker knows, read or recalls before asking: 'I recall ...', 'I'm trying to get a sense of ...'
_ASKERS_REPORT = re.compile(r"^\W*(i|i['’]m|i am|i['’]ve|we|we['’]ve)\b", re.IGNORECASE)
# a reader's summary of the article before the question: it names what the whole article is about,
# which the question's 'those talks' points back to, and nothing the question then asks of
_SOURCE_SUMMARY = re.compile(
    r"^\W*(so,? )?(the|this) (article|piece|story|report|text|faq|[\w-]+ section|section)( section)? "
    r"(is about|is all about|describes|covers|reports on|opens with|starts with|tells( us)? about|"
    r"talks about|discusses)\b",
    re.IGNORECASE,
)
# a short question that only points back: 'Who was it?', "What's his name?", 'Which country does it mean?'
_POINTING_BACK = re.compile(
    r"^\W*(?P<wh>who|what|which(?P<noun> [a-z]+)?)\b(?=[^?]*\b(it|that|this|he|she|his|her|they|them|name)\b)"
    r"[^?]{0,40}\?\W*$",
    re.IGNORECASE,
)
# what the lead-in leaves open: 'claimed by someone', 'the name of the guy leading ...', 'trying to
# work out who runs the council'
_SOMEONE = re.compile(
    r"\b(someone|somebody|(some|one|another) (of the )?"
    r"(american |ukrainian |russian |european |western |us )?"
    r"(?P<kind>country|nation|official|person|envoy|envoys|one))\b",
    re.IGNORECASE,
)
# 'The article mentions that the secretary of Ukraine's council is also the new negotiator; what
# is that person's name?': who the one described is
_DESCRIBED_IS = re.compile(
    r"^\W*((the|this) (article|report|text|piece|story|passage) (says|mentions|notes|reports|states|tells us)"
    r" (that )?)?(?P<who>(the|a|an) [^,;]+?) (is|was) (also |now )?(?P<rest>[^,;]+)$",
    re.IGNORECASE,
)
_THAT_PERSON = re.compile(r"\b(that|this|the) (person|man|woman|official|individual)\b|\b(he|she)\b", re.I)
# 'a basic question from someone new to this': the asker, not what is asked
_ASKERS_OWN = re.compile(r"\b(question|new to (this|it|the)|like me|like myself)\b", re.IGNORECASE)
# "Ukraine's national security council has a secretary. What is that person's name?": who holds it
_HAS_ONE = re.compile(r"^\W*(?P<owner>[^,;]+?) (has|had) (a|an) (?P<one>[a-z][\w -]*?)\W*$", re.IGNORECASE)
_THE_NAME_OF = re.compile(r"\bthe name of (?P<who>(the|a|an|this|that) [^,.;:]+)$", re.IGNORECASE)
_IS_IT = re.compile(r"^\W*(is|was|are|were|did|does|do) (it|that|this|they|he|she)\W*$", re.IGNORECASE)
_WHETHER_AT_END = re.compile(r"\b(whether|if) (?P<claim>[^,.;:?]+)$", re.IGNORECASE)
_ONE_DOING = re.compile(r"^(the|a|an|this|that) (?P<kind>[a-z]+) (?P<rest>[a-z]+ing\b.*)$", re.IGNORECASE)
_EMBEDDED_AT_END = re.compile(
    r"\b(work out|figure out|find out|know|understand|remember|recall|tell|sure|unsure|wonder|wondering|"
    r"confused (about|as to)|clear (on|about))\s+(?P<asked>(who|which)\b[^,.;:]+)$",
    re.IGNORECASE,
)


def _asked_inside(context: str, question: str) -> str | None:
    """The question a lead-in asks, when the question after it only points back: 'The article
    says territories are claimed by someone. Which country does it mean?' asks which country
    claims them; 'I never caught the name of the guy leading Ukraine's side. Who was it?' who
    that guy is; 'I'm trying to work out who runs the council. What's his name?' who runs it."""
    found = _POINTING_BACK.match(question)
    if found is None:
        whether = _WHETHER_AT_END.search(context) if _IS_IT.match(question) else None
        return f"{whether['claim']}?" if whether else None  # "I can't remember whether X — is it?"
    someone = [] if _ASKERS_OWN.search(context) else list(_SOMEONE.finditer(context))
    if found["wh"].lower() != "what" and someone:
        last = someone[-1]
        asked = f"which{found['noun']}" if found["noun"] else "who"
        return f"{context[: last.start()]}{asked}{context[last.end() :]}?"
    if named := _THE_NAME_OF.search(context):
        doing = _ONE_DOING.match(named["who"])  # 'the guy leading ...': which guy is leading it
        return f"which {doing['kind']} is {doing['rest']}?" if doing else f"who is {named['who']}?"
    if embedded := _EMBEDDED_AT_END.search(context):
        return f"{embedded['asked']}?"
    if (described := _DESCRIBED_IS.match(context)) and _THAT_PERSON.search(question):
        return f"who is {described['who']}?"  # '... the secretary of the council is also ...; name?'
    if (holder := _HAS_ONE.match(context)) and found["wh"].lower() in ("who", "what"):
        return f"who is the {holder['one']} of {holder['owner']}?"  # '... council has a secretary. Name?'
    return None


def _named_by_its_noun(named: set[str], lexicon: Lexicon, found: re.Match) -> str:
    """'those allies', 'the allies' after a lead-in naming the Western allies: the Western allies."""
    if key(found["noun"]) in lexicon.demonyms:
        return found[0]  # 'the Ukrainian side': an adjective, not 'the Ukrainian officials'
    noun = stem(found["noun"].lower())
    things = [t for t in named if t in lexicon.label and noun in stems_of(lexicon.label[t])]
    owned = found.string[found.end() : found.end() + 2] in ("'s", "’s")
    pointing = found[1].lower() in ("that", "this") or owned
    if not things and pointing:  # 'There was a shake-up in Ukraine. Who took over the country's role?'
        things = [t for t in named if t in lexicon.label and lexicon.class_named(noun) & lexicon.all_types(t)]
    return lexicon.label[things[0]] if len(things) == 1 else found[0]


def question_first(text: str) -> str:
    """A question put after a sentence that sets its scene is read first, the scene after it."""
    found = _CONTEXT_THEN_QUESTION.match(text)
    if found is None:
        return text
    context, question = tokens(found["context"]), found["question"]
    if len(context) < 3 or context[0] in _ASKING_FIRST or tokens(question)[0] not in _ASKING_FIRST:
        return text  # 'Did U.S. envoys meet?' is one question
    return f"{question.rstrip('?').rstrip()}, {found['context']}?"


def courtesies_dropped(text: str) -> str:
    """A letter's question without its courtesies, its request as 'Could you tell me ...?', and
    the sentences before it kept as its lead-in: 'I read ... Ukrainians sent people to Florida,
    and I would be most grateful if you could tell me who led their side at that meeting.'"""
    text = _COURTESY.sub(lambda m: "" if m[0].startswith(",") else " ", text)
    requests = list(_POLITE_REQUEST.finditer(text))  # the last is the question; before it, the scene
    if not requests:
        return re.sub(r"\s{2,}", " ", text).strip()
    request = requests[-1]
    before = text[: request.start()].rstrip(" ,")
    asked = without_dummy_it(text[request.end() :].strip().rstrip(".!").rstrip())  # 'who was it that ...'
    if re.search(r"[.!?]\s", asked):
        return text  # 'I wondered whether I had it right. Was it ...?': no request of ours
    if len(tokens(before)) >= _SHORTEST_STORY and text[: request.start()].rstrip().endswith(","):
        return f"Could you tell me {asked.rstrip('?')}?"  # a story told in clauses: no condition of it
    if before and text[: request.start()].rstrip().endswith(",") and not re.search(r"[.!?;]\s", before):
        # 'Should the talks prove fruitful, please tell me what ...': the condition, after the question
        return f"Could you tell me {asked.rstrip('?')}, {before[0].lower()}{before[1:]}?"
    lead = f"{before}. " if before and before[-1] not in ".!?;:—–-" else f"{before} " if before else ""
    return f"{lead}Could you tell me {asked.rstrip('?')}?"


# 'Which country does Rubio — sorry, whose government does Rubio work for?': a question begun,
# dropped at a dash and asked again; 'Who's for sure — not maybe, for sure — going to ...': an
# aside between dashes
_RESTART = re.compile(
    rf"^(?P<dropped>\W*((and|so|but|ok|okay|well|now),?\s+)?({_OPENING}|who's|what's|where's)\b[^—–?]*?),?\s*"
    r"[—–]+\s*"
    r"((no|sorry|wait|no wait|let me rephrase|i mean|rather|or rather|actually|um|uh|er)\b[,.]?\s*"
    r"([—–]+\s*)?)*"
    rf"(?P<again>({_OPENING}|who's|what's|where's)\b[^—–]*)$",
    re.IGNORECASE,
)
_DASHED_ASIDE = re.compile(
    rf"\s*[—–]+\s*(no|not|sorry|i mean|wait)\b[^—–?]*[—–]+(?!\s*({_OPENING}|who's|what's|where's)\b)\s*",
    re.IGNORECASE,
)
_ASKED_OF = re.compile(
    r"^\W*(is|are|was|were|did|does|do)\s+(?P<subject>(the|these|those)\s+[\w-]+)\b", re.IGNORECASE
)
_I_MEAN = re.compile(r",?\s*\bi mean\b\s*(?=\W*$)", re.IGNORECASE)


def restarted(text: str, lexicon: Lexicon) -> str:
    """A question asked again after a dash, its pronoun standing for the one thing the dropped
    start names ('Were the talks — did they take place in Florida, I mean?'); an aside between
    dashes left out."""
    text = _I_MEAN.sub("", _DASHED_ASIDE.sub(" ", text))
    found = _RESTART.match(text)
    if found is None:
        return text
    again, named = found["again"], named_things(found["dropped"], lexicon) - lexicon.values
    if named and not named_things(again, lexicon) - lexicon.values and not _REFERRING.search(again):
        return f"{found['dropped'].rstrip(' ,')}?"  # "How many points in that plan — what's the count?"
    people = {t for t in named if lexicon.is_a(t, str(DIP.Person))}
    again = _pronouns_named(again, ((_PERSONAL_PRONOUNS, people), (_THING_PRONOUNS, named - people)), lexicon)
    if (subject := _ASKED_OF.match(found["dropped"])) and _THING_PRONOUNS.search(again):
        # 'Were the talks — did they ...': the subject begun with
        again = _THING_PRONOUNS.sub(lambda m: _named_instead(subject["subject"], m), again, count=1)
    return again
