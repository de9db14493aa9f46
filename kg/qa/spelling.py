"""How the question layer reads words as typed: shorthand written out ('govt'), and typos
mended into the lexicon's own words, with an English word list (pyspellchecker) telling which
typed words are words of their own ('listed' is no typo of 'lasted')."""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import OSA, Prefix
from spellchecker import SpellChecker

from kg.qa.text import stem


@cache
def _english() -> SpellChecker:
    """An English word list with frequencies: which words are words, and the likeliest mend."""
    return SpellChecker(distance=1)


def _written_forms(meanings: dict[str, str]) -> re.Pattern[str] | None:
    """One pattern for every written form, the longest first, each a whole word or phrase."""
    if not meanings:
        return None
    forms = "|".join(re.escape(f) for f in sorted(meanings, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])({forms})(?![\w'’]|\.\w)", re.IGNORECASE)  # not the 'U' of 'U.S.'


def _written_out(pattern: re.Pattern[str] | None, meanings: dict[str, str], text: str) -> str:
    return pattern.sub(lambda m: meanings[m.group(1).lower()], text) if pattern else text


class Spelling:
    """The lexicon's spelling: it reads `shorthands` and `spellings` from the lexicon files."""

    shorthands: dict[str, str]
    borrowings: dict[str, str]
    spellings: set[str]
    _spelling_list: list[str]
    _spelled_stems: set[str]
    _shorthand_pattern: re.Pattern[str] | None
    _borrowing_pattern: re.Pattern[str] | None

    def in_english(self, text: str) -> str:
        """The question with the words of other languages typed in it said in English: '¿Quién
        was ...' is 'who was ...', 'Combien de Western allies ...' 'how many Western allies'."""
        text = text.replace("¿", "").replace("¡", "")
        if self._borrowing_pattern is None:
            self._borrowing_pattern = _written_forms(self.borrowings)
        return _written_out(self._borrowing_pattern, self.borrowings, text)

    def unshortened(self, text: str) -> str:
        """The question with its shorthand written out: 'which countrys govt' is 'which
        countrys government', '28-pt plan' the '28-point plan'."""
        if self._shorthand_pattern is None:
            self._shorthand_pattern = _written_forms(self.shorthands)
        return _written_out(self._shorthand_pattern, self.shorthands, text)

    @staticmethod
    def is_english(word: str) -> bool:
        return word in _english()

    def spelled(self, word: str) -> str:
        """A word as the lexicon spells it, when it is a typo of one ('commnets', 'suport'). An
        English word stays as typed ('listed' is no 'lasted'), and so does a typo of a word the
        lexicon does not know: only the words that name something here are worth mending."""
        if len(word) < 5 or word in self.spellings:
            return word
        if not self._spelled_stems:
            self._spelling_list = sorted(self.spellings)
            self._spelled_stems = {stem(w) for w in self.spellings}
        if word in _english():
            return word
        known_stem = stem(word) in self._spelled_stems  # a form of a word the lexicon has, or a typo one away
        typos = 1 if known_stem or len(word) < 9 else 2
        found = process.extract(
            word, self._spelling_list, scorer=OSA.distance, score_cutoff=typos, limit=None
        )
        if known_stem and (not found or any(stem(w) == stem(word) for w, _, _ in found)):
            return word  # a form kept as typed; but 'offical' is 'official', though it stems as 'office' does
        if found:  # the lexicon's own words: the nearest, keeping the most first letters
            fewest = min(distance for _, distance, _ in found)
            nearest = [w for w, distance, _ in found if distance == fewest]
            return max(nearest, key=lambda w: _kept_start(word, w))
        # else the likeliest English word among those the lexicon has ('coments': comments, not moments)
        english = _english()
        ours = [c for c in english.candidates(word) or () if stem(c) in self._spelled_stems]
        return max(ours, key=lambda c: (english.word_usage_frequency(c), c)) if ours else word


def _kept_start(typed: str, word: str) -> int:
    """How many first letters a mend keeps: a typo falls late in a word more often than early,
    so 'leakd' is 'leaked' (or 'leak') rather than 'lead'."""
    return Prefix.similarity(typed, word)
