"""Finding the graph's things named in a question: exact names, then small typos."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from kg.qa.lexicon import Lexicon
from kg.qa.text import HONORIFIC, STOPWORDS, negates, tokens

MAX_NGRAM = 7
DEMONSTRATIVES = frozenset(["this", "that", "these", "those"])


@dataclass(frozen=True)
class Mention:
    """Tokens [start, end) of the question name these things."""

    start: int
    end: int
    text: str
    things: frozenset[str]
    exact: bool
    generic: bool = False  # a class word standing for its instances ("the plan")

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end


def _allowed_typos(text: str) -> int:
    length = len(text.replace(" ", ""))
    return 0 if length < 5 else 1 if length < 9 else 2


def _head_last(text: str) -> list[str]:
    """'national security council' for 'council of national security', 'secretary of the national
    security council' for 'secretary of council of national security': a name's head put before
    its modifiers and an 'of', as a learner of English or a translation has it."""
    before, of, modifiers = text.rpartition(" of ")
    modifiers = modifiers.removeprefix("the ")
    prefix, _, head = before.rpartition(" ")
    if not of or head in STOPWORDS or len(modifiers.split()) < 2:
        return []
    if any(w in STOPWORDS for w in modifiers.split()):
        return []
    if not prefix:
        return [f"{modifiers} {head}"]
    prefix = prefix.removesuffix(" the")
    return [f"{prefix} {modifiers} {head}", f"{prefix} the {modifiers} {head}"]


class Linker:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.keys = [k for k in lexicon.names if any(t not in STOPWORDS for t in k.split())]
        self.vocabulary = {t for k in self.keys for t in k.split()}

    def _exact(self, text: str) -> frozenset[str] | None:
        first, _, rest = text.partition(" ")
        if first in DEMONSTRATIVES and rest:
            text = f"the {rest}"  # 'these negotiations': the negotiations spoken of
        singular = text[:-3] + "y" if text.endswith("ies") else text[:-1] if text.endswith("s") else None
        bare = singular.replace(" of the ", " of ") if singular and " of the " in singular else None
        # a plural of a name ('the question of territories', 'of the territories'), its head first
        # ('council of national security')
        for candidate in (text, singular, bare, *_head_last(text)):
            if candidate and candidate in self.lexicon.names:
                return frozenset(self.lexicon.names[candidate])
        return None

    def _tail(self, text: str) -> frozenset[str] | None:
        """'security council' for 'national security council': the end of a longer name."""
        if " " not in text or any(w in STOPWORDS for w in text.split()):
            return None  # nor 'talks as productive', the end of a statement's description
        longer = [k for k in self.keys if k.endswith(" " + text)]
        if not longer:
            return None
        shortest = min(len(k) for k in longer)
        things = {t for k in longer if len(k) == shortest for t in self.lexicon.names[k]}
        return frozenset(things) if len(things) == 1 else None

    def _interrupted(self, words: list[str], fuzzy: bool = False) -> frozenset[str] | None:
        """'secretary of ukraine's national security council' for 'secretary of the national
        security council': a name of three or more words, all in the question in order, with one
        more word (an owner or a demonym) standing where the name has 'the' or nothing. Fuzzy,
        the name may have a small typo in a word no name has ('securty')."""
        if len(words) < 4 or words[0] in STOPWORDS or words[-1] in STOPWORDS:
            return None
        for extra in range(1, len(words) - 1):
            if words[extra] in STOPWORDS:
                continue
            rest = words[:extra] + words[extra + 1 :]
            if fuzzy and all(w in self.vocabulary for w in rest):
                continue
            for name in (" ".join(rest), " ".join([*rest[:extra], "the", *rest[extra:]])):
                content = [w for w in name.split() if w not in STOPWORDS]
                if len(content) < 3:
                    continue
                things = self._fuzzy(name) if fuzzy else self._exact_name(name)
                if things:
                    return things
        return None

    def _exact_name(self, name: str) -> frozenset[str] | None:
        return frozenset(self.lexicon.names[name]) if name in self.lexicon.names else None

    def _fuzzy(self, text: str) -> frozenset[str] | None:
        typos = _allowed_typos(text)
        if typos == 0:
            return None
        found = process.extractOne(text, self.keys, scorer=OSA.distance, score_cutoff=typos)
        if found is None:
            return None
        if negates(text, found[0]):
            return None  # 'uncertain' is no typo of 'certain'
        things = frozenset(self.lexicon.names[found[0]])
        if " " not in text and self.lexicon.is_english(text) and not things <= self.lexicon.values:
            return None  # 'thinks' is a word of its own, no typo of 'thanks' ('settle' is 'settled')
        mended = self.lexicon.spelled(text) if " " not in text else text
        if mended != text and OSA.distance(text, mended) < found[1]:
            return None  # 'negotiatons' is nearer 'negotiations', a word, than the name 'negotiator'
        return things

    def _possessive(self, word: str) -> str:
        """'ukraines team': a name's possessive written without its apostrophe."""
        names = self.lexicon.names
        if len(word) > 4 and word.endswith("s") and word not in names and word[:-1] in names:
            return word[:-1]
        return word

    def link(self, question: str) -> list[Mention]:
        """Longest names first, then shorter ones in the gaps; exact before fuzzy."""
        words = [self._possessive(w.replace(".", "")) for w in tokens(question)]
        mentions: list[Mention] = []
        for fuzzy in (False, True):
            for n in range(min(MAX_NGRAM, len(words)), 3, -1):
                for i in range(len(words) - n + 1):
                    things = self._interrupted(words[i : i + n], fuzzy)
                    mention = Mention(i, i + n, " ".join(words[i : i + n]), things or frozenset(), False)
                    if things and not any(mention.overlaps(m) for m in mentions):
                        mentions.append(mention)
        for fuzzy in (False, True):
            for n in range(min(MAX_NGRAM, len(words)), 0, -1):
                for i in range(len(words) - n + 1):
                    span = words[i : i + n]
                    if all(w in STOPWORDS for w in span) or (fuzzy and span[0] in STOPWORDS):
                        continue
                    text = " ".join(span)
                    things = self._fuzzy(text) if fuzzy else self._exact(text) or self._tail(text)
                    if not things and not fuzzy and i > 0 and words[i - 1] == "of":
                        things = self._exact(f"the {text}")  # 'goals of negotiations': of the ones named
                    if not things:
                        continue
                    mention = Mention(i, i + n, text, things, exact=not fuzzy)
                    if not any(mention.overlaps(m) for m in mentions):
                        mentions.append(mention)
        return sorted(mentions, key=lambda m: m.start)


# a word written with a capital where no sentence starts: '... meet Merkel?', not '... talks. Who'
_CAPITALISED = re.compile(r"(?<![.?!:;—–\-(\"“‘]\s)(?<![\"“‘(])\b([A-Z][A-Za-z]+)(?:['’]s)?\b")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


def unknown_names(text: str, lexicon: Lexicon) -> list[str]:
    """Names the question writes with a capital that the graph does not know, nor as a typo of a
    word it knows ('Merkel', 'France'): what is asked of them, the article does not say. A
    question in title case, and a row or heading in quotes, name nothing by their capitals."""
    text = HONORIFIC.sub("", _QUOTED.sub(" ", text))
    found = [(m.start(), m.group(1)) for m in _CAPITALISED.finditer(text)]
    content = [w for w in re.findall(r"[A-Za-z]+", text)[1:] if w.lower() not in STOPWORDS]
    if len(content) >= 3 and all(w[0].isupper() for w in content):
        return []  # 'Who Leads Ukraine's Delegation?': capitals say nothing
    unknown: list[str] = []
    end = -1
    for start, word in found:
        low = word.lower()
        if start == 0 or low in STOPWORDS or low in lexicon.spellings or low in lexicon.shorthands:
            continue
        if word.isupper() and low in ("faq", "us", "uk", "eu"):
            continue
        if lexicon.names_a_class(low) or lexicon.relational(low) or _typo_of_a_name(low, lexicon):
            continue
        if unknown and start == end + 1:
            unknown[-1] += f" {word}"  # 'Boris Johnson': one name
        else:
            unknown.append(word)
        end = start + len(word)
    return unknown


def _typo_of_a_name(word: str, lexicon: Lexicon) -> bool:
    """'Rubios', 'Umarovs', 'Macrone': a known word with a typo, or its possessive without the
    apostrophe."""
    for form in (word, word[:-1] if word.endswith("s") else None):
        if form and (
            form in lexicon.spellings
            or process.extractOne(
                form, lexicon.spellings, scorer=OSA.distance, score_cutoff=_allowed_typos(form)
            )
        ):
            return True
    return lexicon.spelled(word) != word
