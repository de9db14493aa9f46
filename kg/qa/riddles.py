"""A question put as a quiz sheet puts it: a riddle, the answer speaking of itself ('I hold the
secretary's title on Ukraine's national security council. Whisper my name!' asks who holds that
title), a clue naming the answer vaguely, or a sentence with a gap ('... was headed by ____.')."""

from __future__ import annotations

import re

# how a riddle asks its answer to name itself
_WHO_AM_I = re.compile(
    r"\s*[—–:-]?\s*\b(who am i|what am i|who could i be|name me|whisper my name|say my name|"
    r"guess (who i am|my name)|what(['’]s| is) my name|tell me my name|who is speaking)\b\W*$",
    re.IGNORECASE,
)
# the answer speaking: 'I'm the certain one', 'I slid into it and became ...'
_I_DO = re.compile(r"\b(?P<i>I(['’]m|['’]ve| am| was| have| had)?)\s+(?P<verb>[a-z]+)?", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_BE = {"i'm": "is", "i’m": "is", "i am": "is", "i was": "was", "i've": "has", "i’ve": "has", "i have": "has"}
_MINE = ((re.compile(r"\bmy\b", re.IGNORECASE), "their"), (re.compile(r"\bme\b"), "them"))
_IRREGULAR = {"have": "has", "do": "does", "go": "goes", "be": "is"}


_PAST = frozenset(  # past forms not ending in '-ed', which stay as they are
    [
        "slid",
        "became",
        "took",
        "led",
        "met",
        "went",
        "was",
        "were",
        "held",
        "said",
        "made",
        "gave",
        "got",
        "came",
        "left",
        "stood",
        "sat",
        "thought",
        "told",
        "won",
        "lost",
        "ran",
        "spoke",
        "wrote",
        "put",
        "set",
        "let",
        "had",
        "did",
    ]
)


def _third_person(verb: str) -> str:
    """'hold' as 'holds'; a past form ('slid', 'became', 'stepped') stays as it is."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("ed") or verb in _PAST:
        return verb
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _sentences(text: str) -> list[str]:
    """The clue's sentences, before the ask."""
    return [s for s in _SENTENCE.split(text.strip()) if s]


def riddle_asked(text: str) -> str:
    """The riddle's clue asked as a question about whoever speaks in it; other text as it is."""
    ask = _WHO_AM_I.search(text)
    if not ask:
        return text
    clues = _sentences(text[: ask.start()])
    speaking = next((i for i in range(len(clues) - 1, -1, -1) if _I_DO.search(clues[i])), None)
    if speaking is None:
        return text
    clue = clues[speaking].rstrip(" .!—–-")
    found = _I_DO.search(clue)
    said = found["i"].lower()
    if said in _BE:
        asked = f"who {_BE[said]} {found['verb'] or ''}"
    elif found["verb"]:
        asked = f"who {_third_person(found['verb'].lower())}"
    else:
        return text
    clue = clue[: found.start()] + asked + clue[found.end() :]
    for mine, theirs in _MINE:
        clue = mine.sub(theirs, clue)
    context = " ".join(clues[:speaking])
    return f"{context} {clue[0].upper()}{clue[1:]}?".strip()


# '... held or claimed by another power. Name that country.': the clue names the answer vaguely,
# the ask points back to it
_POINTING_BACK = re.compile(
    r"(?<=[.!?])\s+((can you |now )?(name|identify|guess|tell me) (that|this|the) (?P<kind>[a-z]+)|"
    r"(which|what) (?P<kind2>[a-z]+) (is|was) (it|that)|what (is|was) (it|that)|"
    r"who (is|was) (it|that|he|she))\W*$",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(
    r"\b(another|a certain|some|a particular|an unnamed|one) "
    r"(?P<noun>power|country|nation|state|city|capital|person|official|envoy|figure|man|woman|place|thing)\b",
    re.IGNORECASE,
)


def placeholder_asked(text: str) -> str:
    """'Certain Ukrainian lands are held or claimed by another power. Name that country.' asks
    'held or claimed by which country?'; other text as it is."""
    ask = _POINTING_BACK.search(text)
    if not ask:
        return text
    clues = _sentences(text[: ask.start()])
    if not clues or not (vague := _PLACEHOLDER.search(clues[-1])):
        return text
    kind = ask["kind"] or ask["kind2"] or vague["noun"]
    asked = "what" if kind.lower() in ("thing", "it") else f"which {kind}"
    clue = clues[-1].rstrip(" .!")
    return f"{clue[: vague.start()]}{asked}{clue[vague.end() :]}?"


# a quiz sheet's gap: '____', '[blank]', '(blank)', or '...' standing where a word would
_GAP = r"(_{2,}|\[\s*blank\s*\]|\(\s*blank\s*\)|(?<=\s)\.{3}(?=[\s'’\"”]|$)|(?<=['‘\"“])\.{3}(?=['’\"”]))"
_GAPS_JOINED = re.compile(rf"{_GAP}(\s*(,|and|or)\s*{_GAP})+")
_GAP_ONLY = re.compile(_GAP)
_COUNTED_GAP = re.compile(rf"{_GAP}(?=\s+[A-Za-z-]+\s+[a-z]+s\b|\s+[a-z]+s\b)")  # '____ Western allies'
_TITLED_GAP = re.compile(rf"\b(?P<title>President|Secretary|Minister|Chancellor|Prime Minister)\s+{_GAP}")
# 'headed by ____', 'sit down with ... for talks': a person or a country asked after its preposition
_AFTER_PREPOSITION = re.compile(
    rf"\b(?P<prep>by|with|to|of|for)\s+{_GAP}(?=\s*,\s*who\b)|\b(?P<prep2>by|with)\s+{_GAP}(?=\s*(for|in|at|on|to|\.|$))",
    re.IGNORECASE,
)  # '... belonged to ____, who then resigned'
_PEOPLE = re.compile(
    r"\b(who|person|people|individuals?|envoys?|officials?|man|woman|negotiator|figures?)\b", re.IGNORECASE
)
_COPULA_GAP = re.compile(
    rf"^\W*(?P<setting>[^,]+,\s*)?(?P<subject>[^,]+?)\s+(?P<be>is|are|was|were)\s*:?\s*{_GAP}\W*$",
    re.IGNORECASE,
)


def blank_asked(text: str) -> str:
    """'Kyiv's delegation was headed by ____.' asks 'headed by whom?'; '... the talks '...'.'
    asks what; other text as it is."""
    if not _GAP_ONLY.search(text) or "?" in text:
        return text
    text = _GAPS_JOINED.sub("____", text)  # 'Ukraine's ____ and ____': one gap, its answers several
    text = _TITLED_GAP.sub(lambda m: f"which {m['title']}", text)
    text = _COUNTED_GAP.sub("how many", text)
    text = _AFTER_PREPOSITION.sub(lambda m: f"{m['prep'] or m['prep2']} whom", text)
    if said := _COPULA_GAP.match(text):  # 'The envoy who will meet Putin is ____.': who that is
        subject = said["subject"]
        if subject.split()[0].lower() in ("the", "a", "an", "this", "these", "those"):
            subject = subject[0].lower() + subject[1:]  # not 'Ukraine's goals'
        asked = f"{'who' if _PEOPLE.search(subject) else 'what'} {said['be'].lower()} {subject}?"
        return f"{said['setting']}{asked}" if said["setting"] else asked[0].upper() + asked[1:]
    gap = _GAP_ONLY.search(text)
    if gap:
        text = text[: gap.start()] + "what" + text[gap.end() :]
    return text.rstrip(" .:;!") + "?"
