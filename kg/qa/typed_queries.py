"""A question typed as a database person would type a query: 'SELECT title FROM nsc_members WHERE
name = 'Umerov'', 'putin_meetings WHERE status = 'possible' -> attendee', 'count(possible putin
meeting attendees)', 'EXISTS(florida_talks.participants WHERE name = 'Jared Kushner') -> yes/no'.
Nothing here runs: the query's words are read back as the keywords of a question, what is asked
first and the values its conditions name after it. Real SPARQL goes to the endpoint."""

from __future__ import annotations

import re

_SELECT = re.compile(
    r"^\W*(SELECT|GET|FETCH|FIND|LOOKUP|(?i:lookup|select|get|fetch)\s*:)\s+(?P<asked>.+?)"
    r"(\s+FROM\s+(?P<source>.+?))?(\s+WHERE\s+(?P<conditions>.+?))?\s*$"
)
# 'putin_meetings WHERE status = 'possible'': a table and its conditions, no SELECT
_WHERE = re.compile(r"^\W*(?P<source>[^?]+?)\s+WHERE\s+(?P<conditions>.+?)\s*$")
_CALL = re.compile(r"^\W*(?P<name>count|list|exists|len|sum)\s*\((?P<inside>[^()]*)\)(?P<rest>.*)$", re.I)
# '-> attendee', '-> yes/no', '-> ? (umerov's predecessor)': what the query returns
_RETURNS = re.compile(r"\s*(->|→|=>)\s*(?P<returns>[^>]*?)\s*$")
_YES_OR_NO = re.compile(r"^\W*(yes/no|y/n|true/false|bool(ean)?|\?\s*\(y/n\)|exists)\W*$", re.IGNORECASE)
_CHECK = re.compile(r"^\W*(check|assert|verify)\s*:\s*", re.IGNORECASE)
_MARKED_YES_OR_NO = re.compile(r"\s*\??\s*\(\s*(y/n|yes/no|true/false)\s*\)\W*$", re.IGNORECASE)
# 'location(talks with ukrainian delegation)', 'main_goals (long-term, for ukraine)': a field and its words
_AMONG = re.compile(r"^\W*(?P<field>.+?)\s+(IN|in)\s*[({](?P<options>[^(){}]*,[^(){}]*)[)}]\s*$")
_BRACKETED = re.compile(r"\s*\((?P<inside>[^()]*)\)")
_COMPARISON = re.compile(
    r"(?P<field>[\w.]+)\s*(?P<sign>==|!=|<>|=|\bIN\b|\bis not\b|\bis\b)\s*"
    r"(?P<value>\([^)]*\)|'[^']*'|\"[^\"]*\"|[^'\"=]+?)"
    r"(?=\s+(AND|and|&&)\s+|\s*$)",
)
_ARROW = re.compile(r"->|→|=>")
_CONJUNCTION = re.compile(r"\s+(AND|and|&&)\s+")
_TYPED = re.compile(
    r"(==|!=|->|→|=>|\bWHERE\b|^\W*(SELECT|GET|FETCH|LOOKUP)\b|(?i:^\W*(lookup|select|get|fetch)\s*:)|"
    r"(?i:\b(count|list|exists)\s*\())"
)


def _words(notation: str) -> str:
    """'florida_talks.participants': 'florida talks participants'."""
    return re.sub(r"\s+", " ", re.sub(r"[_.]", " ", notation)).strip(" '\"")


def _condition(comparison: re.Match[str]) -> str:
    field, sign, value = comparison["field"], comparison["sign"].lower(), comparison["value"].strip()
    if value.startswith("("):  # "IN ('Moscow','Florida')": the options
        options = [_words(v) for v in value.strip("()").split(",") if v.strip()]
        return " or ".join(options)
    value = _words(value)
    negated = sign in ("!=", "<>", "is not")
    if value.lower() in ("true", "yes", "1"):
        value = _words(field)
    elif value.lower() in ("false", "no", "0"):
        value, negated = _words(field), not negated
    return f"not {value}" if negated else value


def _conditions(conditions: str) -> tuple[str, str]:
    """A table's true flags, read as adjectives before it ('leaked = true': 'leaked'), and its
    other conditions in their words ('name = 'Marco Rubio'': 'Marco Rubio')."""
    kinds, read = [], []
    for part in _CONJUNCTION.split(conditions):
        if not part or part in ("AND", "and", "&&"):
            continue
        comparison = _COMPARISON.fullmatch(part.strip())
        if comparison is None:
            read.append(_words(part))
        elif comparison["sign"] in ("=", "==") and comparison["value"].strip().lower() == "true":
            kinds.append(_words(comparison["field"]))
        elif "." in comparison["field"]:  # 'talks.location = Florida': the talks' location
            read.append(f"the {_words(comparison['field'])} {_condition(comparison)}")
        else:
            read.append(_condition(comparison))
    return " ".join(kinds), " ".join(read)


def typed_query_read(text: str) -> str:
    """The question a query-like line asks, in its words; any other text as it is."""
    if not _TYPED.search(text) or len(_ARROW.findall(text)) > 1:
        return text  # 'Rubio -> government -> country = ?': a path, read as its words in order
    text = _CHECK.sub("", text)
    asked_for, returned, yes_or_no = "", "", False
    if marked := _MARKED_YES_OR_NO.search(text):
        text, yes_or_no = text[: marked.start()], True
    if returns := _RETURNS.search(text):
        text, target = text[: returns.start()], returns["returns"]
        if _YES_OR_NO.match(target):
            yes_or_no = True
        elif target.startswith("?"):  # '-> ? (umerov's predecessor)': whose it is
            text = f"{text} {_BRACKETED.sub(lambda m: ' of ' + m['inside'], target[1:]).strip()}"
        elif not re.match(r"^(list|values?|\d+ values?|which one)\b", target):
            returned = _words(target)
        elif target.lower().startswith("which one"):
            asked_for = "which"
    if call := _CALL.match(text):
        name, inside, rest = call["name"].lower(), call["inside"], call["rest"]
        read = typed_query_read(inside)
        if name in ("count", "len", "sum"):
            return f"how many {read}{_words(rest) and ', ' + _words(rest)}?"
        if name == "exists":
            yes_or_no = True
        text = f"{'list ' if name == 'list' else ''}{read} {rest}"
    if among := _AMONG.match(text):
        options = " or ".join(_words(v) for v in among["options"].split(",") if v.strip())
        text = f"{_BRACKETED.sub(lambda m: ' of ' + m['inside'], among['field'])}, {options}"
        asked_for = "which"
    text = _BRACKETED.sub(lambda m: " " + m["inside"].replace(",", ""), text)
    found = _SELECT.match(text) or _WHERE.match(text)
    if found:
        parts = [found.groupdict().get("asked") or "", found["source"] or "", found["conditions"] or ""]
        asked, source = _words(parts[0]), _words(parts[1])
        kinds, conditions = _conditions(parts[2])  # 'leaked = true': the leaked plans
        text = " ".join(p for p in (asked_for, asked, kinds, source, conditions, returned) if p)
    else:
        if comparison := _COMPARISON.search(text):
            text = text[: comparison.start()] + f"{_words(comparison['field'])} {_condition(comparison)}"
        text = " ".join(p for p in (asked_for, _words(text), returned) if p)
    text = text.rstrip(" ?")
    return f"{text}, yes or no?" if yes_or_no else text  # keywords, not a claim to check
