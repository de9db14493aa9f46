"""Words of questions and labels, made comparable: normalised, tokenised, stemmed."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer
from rapidfuzz import fuzz

_STEMMER = snowballstemmer.stemmer("english")
_TOKEN = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")
_BRITISH = re.compile(r"(?<=\w{4})is(e|ed|es|ing|ation|ations)$")
_BRITISH_OUR = re.compile(r"(?<=\w{3})our(s|ed|ing|ite|ites|able)?$")  # 'favouring', 'honour'; not 'four'

# 'Mr. Umerov', 'Mrs Smith': a courtesy title before a name, which names nothing itself
HONORIFIC = re.compile(r"\b(mr|mrs|ms|messrs|mister|dr)\b\.?\s*(?=[A-Z])", re.IGNORECASE)

STOPWORDS = frozenset(
    [
        "now",  # time words: 'who leads it now' asks for the latest answer (grammar.NOW_WORDS)
        "currently",
        "presently",
        "nowadays",
        "today",
        "still",
        "incumbent",
        "context",  # 'in the Eastern European context': in Eastern Europe
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "about",
        "regarding",  # a preposition, as "about" is
        "concerning",
        "as",
        "into",
        "over",
        "during",
        "per",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "done",
        "has",
        "have",
        "had",
        "having",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "must",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "their",
        "his",
        "her",
        "him",
        "himself",  # 'did Putin himself say': Putin
        "herself",
        "themselves",
        "itself",
        "he",
        "she",
        "they",
        "them",
        "i",
        "me",
        "my",
        "we",
        "our",
        "you",
        "your",
        "and",
        "or",
        "but",
        "if",
        "then",
        "than",
        "so",
        "not",
        "no",
        "yes",
        "any",
        "some",
        "all",
        "each",
        "every",
        "both",
        "which",
        "what",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "why",
        "how",
        "much",
        "many",
        "name",
        "names",  # 'the names of the people': the people
        "eventually",  # 'could end up meeting': could meet
        "list",
        "tell",
        "me",
        "please",
        "article",
        "question",
        "among",
        "between",
        "within",
        "besides",
        "apart",
        "aside",
        "right",
        "true",
        "exactly",
        "basically",
        "supposed",  # "supposed to meet": as planned, which the status says
        "main",  # an adjective of rank: "main aims" are the aims
        "primary",
        "roughly",
        "one",
        "two",
        "actually",
        "really",
        "w",  # shorthand: 'meeting w/ macron', 'worried abt the plan'
        "abt",
        "well",  # 'as well': too
        "too",  # intensifiers: 'too pro-russia?' asks whether it is
        "very",
        "quite",
        "overly",
        "just",
        "only",
        "also",
        "ever",
    ]
)
WH_WORDS = frozenset(["who", "whom", "whose", "what", "which", "where", "when", "why", "how"])


def fold(text: str) -> str:
    """Lower case, straight quotes, no accents, no possessive 's."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = text.replace("–", "-").replace("—", "-").lower()
    text = re.sub(r"\bpro-(?=[a-z])", "pro ", text)  # 'pro-russian': for Russia
    return re.sub(r"(\w)'s?\b", r"\1", text)


def tokens(text: str) -> list[str]:
    """Word tokens of folded text; dots inside abbreviations kept (u.s.)."""
    return [t.rstrip(".") for t in _TOKEN.findall(fold(text))]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    word = word.replace(".", "")
    word = _BRITISH.sub(lambda m: "iz" + m.group(1), word)
    word = _BRITISH_OUR.sub(lambda m: "or" + (m.group(1) or ""), word)
    return _STEMMER.stemWord(word)


def content_words(text: str) -> list[str]:
    return [t for t in tokens(text) if t not in STOPWORDS]


def key(text: str) -> str:
    """The lookup key of a name or phrase: folded tokens joined by spaces, dots dropped. A name
    with its article ("the negotiations") is found only with it: "future conflicts" is not "the
    conflict"."""
    return " ".join(t.replace(".", "") for t in tokens(text))


def near_spelling(word: str, bag: set[str] | frozenset[str]) -> bool:
    """A small typo of a word of the bag ('predecesor'); short words are too easily confused."""
    return len(word) >= 5 and any(
        len(w) >= 5 and fuzz.ratio(word, w) >= 85 and not negates(word, w) for w in bag
    )


def negates(word: str, other: str) -> bool:
    """'unproductive' is no typo of 'productive': it says the opposite."""
    return any(
        word == prefix + other or other == prefix + word for prefix in ("un", "in", "im", "non", "dis")
    )


def join_labels(labels: list[str]) -> str:
    """'a, b and c'."""
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
