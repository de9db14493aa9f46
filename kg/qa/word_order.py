"""A question whose words come in another order than the grammar reads, put back: the question
word typed last ('countries fighting the war - which'), a participle before its subject ('how
is described the question'), a perfect before its subject as in French or Spanish ('What has
said Rubio about ...'), a question in a statement's order ('what the talks might establish'),
and the copula before its question word ('The concern the plan raised was what?')."""

from __future__ import annotations

import re

from kg.qa.grammar import AUXILIARIES, COMMANDS, VERBS, WH
from kg.qa.lexicon import Lexicon
from kg.qa.text import stem, tokens

# a question in a statement's order, as after 'I wonder': 'what the talks might establish',
# 'where the talks were held'; its subject opens with a determiner, so 'which official was
# appointed' (the official is who was) is left alone
# 'I wondered what precisely the concern about that plan was': what the concern was
EMBEDDED_LAST = re.compile(
    r"^\W*(?P<wh>what|who|where|when|how|which)\s+((precisely|exactly)\s+)?"
    r"(?P<subject>((the|this|that|these|those|his|her|their|its)\s+|(?-i:[A-Z][\w-]*)['’]s\s+)[^?]+?)"
    r"\s+(?P<aux>is|are|was|were)\W*$",  # "who Umerov's predecessor was": a name's, too
    re.IGNORECASE,
)

EMBEDDED = re.compile(  # also after a condition: 'Assuming the talks succeed, what they could ...'
    r"(^\W*|(?<=,\s))(?P<wh>what|where|when|how|why|who|whom)\s+"
    r"(?P<subject>(the|a|an|this|these|those|his|her|their|its)\s+[\w'’-]+(\s+[\w'’-]+)?|they|he|she|people|officials|observers|critics|"
    # 'what successful negotiations could set for ...': a bare plural before a modal and its verb
    r"(?!(many|much|few|several|some|all|most|both|more|other)\b)(?-i:[a-z]+\s+[a-z]+s)(?=\s+(could|would|might|may|can|should|will)\s+"
    r"(?!(the|a|an|this|these|those|his|her|their|its|not|be|have|they|he|she|it|we|you|i|both|all)\b)(?-i:[a-z]+)\b))\s+"
    r"(?P<aux>is|are|was|were|did|does|do|will|would|could|might|may|can|should|has|have|had)\b",
    re.IGNORECASE,
)

# 'what thing in Eastern Europe the talks may change?': a learner's question left uninverted
UNINVERTED = re.compile(
    r"^\W*(?P<wh>(what|which)(\s+(?!(of|in|for|about|on|from|is|was|are|were)\b)[a-z]+)?"
    r"(\s+(in|of|for|about|on|from)\s+[^?,]+?)?)\s+"
    r"(?P<subject>(the|these|this|those)\s+[a-z]+)\s+(?P<aux>may|might|could|can|will|would|should|did|does|do)\s+"
    r"(?=(?!(the|a|an|this|these|those|not|be)\b)(?-i:[a-z]+)\b)",
    re.IGNORECASE,
)

# 'what in Eastern Europe may be altered by the talks?': what may the talks alter, the doer last
PASSIVE_MODAL = re.compile(
    r"^(?P<wh>\W*(what|which)\b[^?]*?)\s+(?P<modal>may|might|could|can|will|would)\s+be\s+"
    r"(?P<verb>\w+ed|set|made|done|brought|put|held|seen|given|taken)\s+by\s+"
    r"(?P<doer>((the|these|this|those)\s+)?[\w'’ -]+?)"
    r"(?P<end>(\s+(for|in|to|on|across)\b[^?]*)?\s*[?.!]?\s*)$",  # 'set by fruitful talks for ...'
    re.IGNORECASE,
)

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

# 'what did Rubio say the talks were?', a learner's 'Secretary of State say the talks was what?':
# how he described them
_SAID_TO_BE = re.compile(
    r"^(what (did|does|do) (?P<who>[^?]+?) (say|call)|(?P<who2>[^?]+?) (say|said|says|call|called|calls)) "
    r"(?P<thing>(the|this|these|those) [^?]+?) (is|was|are|were)( what)?\W*$",
    re.IGNORECASE,
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
    if found := _PERFECT_BEFORE_SUBJECT.match(text):
        subject = found["subject"]
        named = subject.lower().split(" of ")[-1]
        if named in lexicon.names or named.split()[-1] in lexicon.names:
            text = f"{found['asked']} {found['aux']} {subject} {found['done']}{found['rest']}?"
    return _PERFECT_SAID.sub(lambda m: f"did {m['who']} say", text)


# 'what fruitful negotiations could set for future conflicts': what the negotiations could set,
# the verb's object missing before its preposition (not 'what talks could take place in ...')
_MODAL_AFTER_SUBJECT = re.compile(
    r"^\W*what\s+(the\s+)?(?P<subject>([a-z-]+\s+)?(talks|negotiations|discussions|meetings?|round))\s+"
    r"(?P<modal>could|might|may|would|will|can|should)\s+(?P<verb>[a-z]+)\s+(?=(for|in|to|across|within)\b|\W*$)",
    re.IGNORECASE,
)


def copula_first(text: str) -> str:
    """'The concern the plan raised was what?' is 'what was the concern the plan raised?';
    'how is described the question' is 'how is the question described'; 'how is the secretary
    called' asks the secretary's name; 'what fruitful talks could set for ...' is 'what could
    the fruitful talks set for ...'."""
    if (said := _SAID_TO_BE.match(text)) and (said["who"] or said[0].rstrip("?. ").lower().endswith(" what")):
        text = f"how did {said['who'] or said['who2']} describe {said['thing']}?"
    text = _MODAL_AFTER_SUBJECT.sub(lambda m: f"what {m['modal']} the {m['subject']} {m['verb']} ", text)
    if found := _PARTICIPLE_FIRST.match(text):
        text = f"{found['lead'] or ''}{found['ask']} {found['subject']} {found['done']}?"
    if found := _CALLED.match(text):
        return f"{found['lead'] or ''}what is the name of {found['subject']}?"
    found = _COPULA_THEN_WH.match(text)
    return f"{found['wh']} {found['be']} {found['subject']}?" if found else text


def keywords_asked(text: str, lexicon: Lexicon) -> str:
    """A search box's keywords, lowercase and with no question word: 'number western allies
    commitments ukraine' asks how many; 'main goals negotiations ukraine' which of the kind
    after the adjective they open with."""
    words = tokens(text)
    if text != text.lower() or "?" in text or not 2 <= len(words) <= 8 or WH & set(words):
        return text
    named = words[0] in lexicon.names and words[0] not in _KEYWORD_ADJECTIVES  # 'rubio word ...'
    if words[0] in AUXILIARIES | COMMANDS or named:
        return text
    if words[0] in ("number", "count", "total") and words[1] != "of":
        return f"how many {text.split(None, 1)[1]}?"
    if words[0] in _KEYWORD_ADJECTIVES and lexicon.kind_named(stem(words[1])):
        return f"which {text}?"  # 'main goals negotiations ukraine'
    return text  # not 'talks held in florida': a claim; nor 'envoy sure to meet putin', read as it is


_KEYWORD_ADJECTIVES = frozenset(
    ["main", "key", "top", "primary", "chief", "principal", "european", "american"]
)


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
        return keywords_asked(text, lexicon)
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


# 'Putin say what about it?', 'Rubio said what about the talks?': what he said, asked in place
_SAID_WHAT = re.compile(r"^\W*(?P<who>[\w'’.-]+( [\w'’.-]+){0,3}?) (say|said|says) what\b", re.IGNORECASE)


# 'What Putin said about the talks?', 'What Rubio says of them': what he said, in a learner's order
SAID_FIRST = re.compile(
    r"^\W*(?P<wh>(?i:what|how))\s+(?P<who>[A-Z][\w'’-]+(\s[A-Z][\w'’-]+)?)\s+"
    r"((?i:has|had)\s+)?(said|says|say)\s+"
    r"(?=(about|of|regarding|on|concerning|when|after)\b)"
)


def said_what(text: str) -> str:
    """'Putin say what about the Florida talks?' and 'What Putin said about the Florida talks?'
    are 'what did Putin say about them?'."""
    text = SAID_FIRST.sub(lambda m: f"{m['wh']} did {m['who']} say ", text)
    return _SAID_WHAT.sub(lambda m: f"what did {m['who']} say", text)


# 'who he succeeded', 'which president he acts on behalf of', left when a cleft's 'it was that'
# goes: a pronoun subject and its verb after the question word, with no auxiliary
_VERB_AFTER_PRONOUN = re.compile(
    r"^\W*(?P<wh>(?i:who|whom|what|which [a-z]+)) "
    r"(?P<subject>(?i:he|she|they)|[A-Z][\w’'-]+( [A-Z][\w’'-]+)?) (?P<verb>[a-z]{3,}?(ed|s))\b",
)


def pronoun_verb_inverted(text: str, lexicon: Lexicon) -> str:
    """'who he succeeded?' asked as 'who did he succeed?', 'which president he acts for' as
    'which president does he act for'."""
    found = _VERB_AFTER_PRONOUN.match(text)
    if found is None:
        return text
    verb = found["verb"].lower()
    after = tokens(text[found.end() :])[:1]
    if set(after) & AUXILIARIES:
        return text  # 'what Ukrainian officials were worried about': a noun, then its verb
    past = verb.endswith("ed")
    base = next((b for b in _bases(verb, past) if lexicon.is_english(b) and b not in AUXILIARIES), None)
    if base is None or (not past and found["subject"].lower() == "they"):
        return text  # 'what they stress': no third person ending to read
    aux = "did" if past else "does"
    return f"{found['wh']} {aux} {found['subject']} {base}{text[found.end() :]}"


def _bases(verb: str, past: bool) -> list[str]:
    """The base forms a past or a third person form may come from: 'succeeded' succeed,
    'replaced' replace, 'stopped' stop; 'acts' act, 'goes' go."""
    if past:
        return [verb[:-2], verb[:-1], verb[:-3] if verb[-3:-2] == verb[-4:-3] else ""]
    return [verb[:-1], verb[:-2] if verb.endswith("es") else ""]
