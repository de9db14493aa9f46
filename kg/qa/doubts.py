"""A question asked as a doubt: a tag after a claim ('The talks were in Florida, weren't they?'),
a negative question ('Wasn't it Yermak who led ...?', 'Isn't Europe sending arms?'), a request
put as unlikely ('I don't suppose you know who ..., do you?') and what nobody has said yet
('Nobody's said who replaced Yermak, have they?'). The negation is the asker's hedge, not part
of the claim: a negative question asks whether the claim holds, and a claim denied before a
tag that is not ('Europe doesn't send arms, does it?') asks the same."""

from __future__ import annotations

import re

_AUX = r"is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|might|must"
_WH = r"who|whom|whose|what|which|where|when|how|whether|if"

# '..., weren't they?', '..., does it?', '..., innit?': the tag after a claim
_TAG = re.compile(
    rf"\s*[,—–]\s*(((?P<aux>{_AUX}|wo|ca|ai)(?P<negated>n['’]?t| not)?\s+"
    r"(it|he|she|they|we|you|ya|u|there|i|one|that|this))|innit|eh|yeah|no)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# 'isn't', "didn't", 'wasnt', 'won't', 'can't', 'does not': an auxiliary denied
_DENIED = re.compile(rf"\b(?P<aux>{_AUX})(n['’]?t| not)\b|\b(?P<odd>won|can)['’]?t\b", re.IGNORECASE)
_ODD = {"won": "will", "can": "can"}
# 'Isn't Europe ...', "Didn't Kushner ...": a negative question
_NEGATIVE_FIRST = re.compile(rf"^(?P<lead>\W*)(?P<aux>{_AUX})(n['’]?t)\b", re.IGNORECASE)

# 'I don't suppose you know ...', "you wouldn't happen to know ...": a request put as unlikely
_UNLIKELY_REQUEST = re.compile(
    r"^\W*((i (don['’]?t|do not) (suppose|imagine|expect)|i doubt|i bet)( that)? "
    r"(you|u|anyone|anybody|somebody|someone)|"
    r"you (wouldn['’]?t|don['’]?t|do not|won['’]?t|couldn['’]?t|can['’]?t|would not|could not))\s+"
    r"(happen to |would |might |could |can )?(?P<verb>knows?|tell|say|name|list|give)\b",
    re.IGNORECASE,
)
# "Nobody's said who ...", "I can't tell where ...", "we don't know which ...": what is not
# known yet, asked for
_NOT_KNOWN = re.compile(
    r"^\W*((nobody|no one|no-one)(['’]s| has| have| had)?\s+"
    r"(said|says|mentioned|told (us|me)|spelled out|explained|named|confirmed|reported|specified|"
    r"revealed|figured out|worked out|knows?|knew)|"
    r"((i|we)\s+)?(still\s+)?(don['’]?t|do not|can['’]?t|cannot|couldn['’]?t|could not)\s+"
    r"(know|tell|find( out)?|figure( out)?|work out|see|remember|recall|understand|say))\s+"
    rf"(?=({_WH})\b)",
    re.IGNORECASE,
)


def _affirmed(denied: re.Match) -> str:
    return _ODD[denied["odd"].lower()] if denied["odd"] else denied["aux"]


def undoubted(text: str) -> str:
    """The question without the doubt around it: 'The talks were in Florida, weren't they?'
    is 'The talks were in Florida?'; 'Isn't Europe sending arms?' is 'is Europe sending arms?';
    'I don't suppose you know who ..., do you?' is 'do you know who ...?'."""
    tag = _TAG.search(text)
    tag = tag if tag and tag.start() > 0 else None
    claim = text[: tag.start()] if tag else text
    asked = "?" if tag else ""
    if request := _UNLIKELY_REQUEST.match(claim):
        knows = request["verb"].lower().startswith("know")
        return f"{'do you know' if knows else 'could you ' + request['verb']}{claim[request.end() :]}{asked}"
    if unknown := _NOT_KNOWN.match(claim):
        return f"{claim[unknown.end() :]}{asked}"
    if tag and tag["aux"] and not tag["negated"]:  # "Europe doesn't send arms, does it?": whether it does
        claim = _DENIED.sub(_affirmed, claim, count=1)
    return f"{_NEGATIVE_FIRST.sub(lambda m: m['lead'] + m['aux'], claim)}{asked}"
