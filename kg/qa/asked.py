"""The kind of answer a question asks for: the noun after which / what / how many ('which
envoy', 'what specific location'), or the head noun of a question of keywords alone ('main aims
of the talks'). It is returned stemmed, as the lexicon's words are."""

from __future__ import annotations

from kg.qa.grammar import (
    AUXILIARIES,
    COMMANDS,
    NOW_WORDS,
    NUMBERS,
    PREPOSITIONS,
    VERBS,
    WH,
    WHEN_WORDS,
    finite_verb,
)
from kg.qa.lexicon import KIND_WORDS, Lexicon
from kg.qa.text import STOPWORDS, stem

HEAD_ENDS = PREPOSITIONS | {"of", "after", "before", "toward", "towards", "regarding", "concerning", "over"}
PARTICLES = frozenset(["out", "up", "off", "down", "forth", "toward", "towards"])  # 'set out', 'lean toward'
BOUND_TO = frozenset(["set", "due", "likely", "sure", "going", "expected", "about"])  # '... to meet'
VAGUE_NOUNS = frozenset(["thing", "things", "stuff", "ones"])
ASKING = frozenset(["which", "what", "many", "count", "name", "list", "give", "identify"])
DATE_NOUNS = frozenset(["date", "day", "year", "month"])
GROUP_DETERMINERS = frozenset(["the", "all", "these", "those"])
NAMES = frozenset(["name", "names", "list", "identity", "identities"])


def asked_kind(lexicon: Lexicon, words: list[str], covered: set[int], form: str) -> set[str]:
    """The word for the kind of answer wanted, if the question names one. `covered` holds the
    positions of words that name things, which are never the kind."""
    if form == "yesno":
        return set()
    if not WH & set(words) and words and words[0] not in COMMANDS:
        return _keywords_kind(words, covered)
    fronted = _fronted_group(words, covered)
    if fronted is not None:
        return fronted
    for i, word in enumerate(words[:-1]):
        if word == "who" and (noun := _who_is_the(lexicon, words, covered, i)) is not None:
            return {stem(words[noun])}  # 'who is the envoy definitely meeting putin': an envoy
        if word == "number" and words[i + 1] == "of" and form == "count":
            i, word = i + 1, "many"  # 'what is the number of envoys ...': as 'how many envoys'
        elif word not in ASKING:
            continue
        if form == "count" and word == "what" and "number" in words[i + 1 : i + 4]:
            continue
        if word == "many" and form == "count" and (words[i + 1] in AUXILIARIES or words[i + 1] in VERBS):
            return {"agent"}  # 'how many may meet Putin': those who do it, not the meetings
        if word == "what" and i + 1 < len(words) and words[i + 1] in ("is", "was", "are", "were"):
            after_copula = _kind_after_copula(lexicon, words, covered, i + 2)
            if after_copula is not None:
                return after_copula
            continue
        after = _kind_after(lexicon, words, covered, i + 1)
        if after is not None:
            return after
    return set()


def _who_is_the(lexicon: Lexicon, words: list[str], covered: set[int], i: int) -> int | None:
    """'who is the envoy definitely meeting putin': the noun after 'who is the' is the kind asked
    for when a clause, not 'of' or a name, follows it ('who is the envoy of trump' asks whose,
    'who is the new chief negotiator' the holder)."""
    if i + 4 >= len(words) or words[i + 1] not in ("is", "was", "are", "were") or words[i + 2] != "the":
        return None
    noun = i + 3
    if noun in covered and noun + 2 < len(words) and noun + 1 not in covered:
        noun += 1  # 'who was the American official that ...': past the modifier to the noun
    after = words[noun + 1]
    found = (
        noun not in covered
        and words[noun] not in STOPWORDS
        and (lexicon.class_named(stem(words[noun])) or lexicon.names_a_relation(stem(words[noun])))
        and (noun + 1 not in covered or after.endswith("ly"))  # a name's modifier: 'the new chief ...'
        and after not in HEAD_ENDS
        and after not in ("'s", "s")
    )
    return noun if found else None


def _fronted_group(words: list[str], covered: set[int]) -> set[str] | None:
    """'of the envoys, which one meets putin', 'who will meet putin among the envoys': the group
    the answer is picked from is the kind asked for."""
    among = next(
        (i for i, w in enumerate(words[:-2]) if w == "among" and words[i + 1] in GROUP_DETERMINERS), None
    )
    if among is not None and words[0] in ("who", "which") and among + 2 not in covered:
        noun = words[among + 2]
        return {stem(noun)} if noun.endswith("s") and noun not in STOPWORDS else None
    if len(words) < 5 or words[0] != "of" or words[1] not in GROUP_DETERMINERS:
        return None
    which = next((j for j in range(2, min(6, len(words) - 1)) if words[j] in ("which", "who")), None)
    if which is None or words[which + 1] not in ("one", "ones", "of", "is", "are", "will"):
        return None
    group = [w for j, w in enumerate(words[2:which], start=2) if j not in covered and w not in STOPWORDS]
    return {stem(group[-1])} if group else None


def _before_a_name(words: list[str], covered: set[int], word: str, head: int) -> bool:
    """Whether a word stands right before a name, as its adjective ('leaked peace plan')."""
    return any(w == word and i + 1 in covered for i, w in enumerate(words[:head]))


def _keywords_kind(words: list[str], covered: set[int]) -> set[str]:
    """A question of keywords alone ('zelensky diplomacy: meeting partner') ends with its kind."""
    free = [(i, w) for i, w in enumerate(words) if i not in covered and w not in STOPWORDS]
    if free and (free[-1][1] in WHEN_WORDS or DATE_NOUNS & {w for _, w in free[:2]}):
        return {"when"}  # 'zelensky macron meeting date?', 'the exact day umerov was appointed'
    # 'main aims of the talks', 'new chief negotiator after the shakeup': the head noun comes
    # before the first preposition (not one inside a name: 'secretary of state's verdict on ...')
    head = next((i for i, w in enumerate(words) if i and i not in covered and w in HEAD_ENDS), len(words))
    last = [w for i, w in free if i < head] or [w for _, w in free]
    if len(last) > 2 and last[-1] in PARTICLES:
        last = last[:-2]  # 'priorities set out for ukraine': the noun before the verb
    if len(last) > 1 and last[-1] in BOUND_TO:
        last = last[:-1]  # 'envoy set to meet putin': the envoy, who is to meet him
    if len(last) > 1 and last[-1].endswith("ing") and not last[-2].endswith(("ly", "ing")):
        last = last[:-1]  # 'envoy definitely meeting putin': the envoy, who meets
    elif len(last) > 1 and last[-1].endswith("ed") and _before_a_name(words, covered, last[-1], head):
        last = last[:-1]  # 'origin country leaked peace plan': a country; the plan is the leaked one
    return {stem(last[-1])} if last else set()


def _kind_after_copula(lexicon: Lexicon, words: list[str], covered: set[int], start: int) -> set[str] | None:
    """'what is Yermak's current position': the noun after the copula's name, if it names a
    class; None when the words name no kind."""
    end = next(  # 'what are the goals for ukraine that the talks ...': not past the clause
        (j for j in range(start, len(words)) if words[j] in ("that", "which", "who")), len(words)
    )
    noun_at = next((j for j in range(start, end) if j not in covered and words[j] not in STOPWORDS), end)
    if noun_at + 1 < end and noun_at + 1 in covered and words[noun_at + 1] not in STOPWORDS:
        end = noun_at + 1  # 'what is the reaction Putin offered to the talks': a clause after the noun
    if noun_at < end and not lexicon.class_named(stem(words[noun_at])):
        # 'what was the verdict of the diplomat on the sessions': the sessions are not asked for
        end = next((j for j in range(noun_at + 1, end) if words[j] in HEAD_ENDS), end)
    later = [w for j, w in enumerate(words[start:end], start=start) if j not in covered]
    nouns = [  # 'what were people worried about': people are who worried, not the kind asked
        w
        for w in later
        if w not in STOPWORDS | NOW_WORDS and w not in NUMBERS and not lexicon.names_people(stem(w))
    ][:3]
    if set(nouns) & WHEN_WORDS:
        return {"when"}  # 'what was the exact date of ...': a date, which the graph lacks
    if VAGUE_NOUNS & set(nouns[:2]):  # 'the two long-term things the talks ...' too
        return set()  # 'what are the two things the talks ...': no kind; the talks do it
    classes = [w for w in nouns if lexicon.class_named(stem(w))]
    doing = [  # 'what are the talks aiming at': the talks do it; they are not the kind asked
        w for w in later if w.endswith("ing") and w not in STOPWORDS and lexicon.relational(stem(w))
    ]
    if classes and doing and later.index(doing[0]) > later.index(classes[0]):
        return None
    if classes and any(j in covered for j in range(start, len(words))):
        return {stem(classes[0])}
    return None


def _kind_after(lexicon: Lexicon, words: list[str], covered: set[int], start: int) -> set[str] | None:
    """The noun a few words after the asking word, past names and adjectives; None when there
    is none, so that a later asking word is tried."""
    right_after = start  # the word right after the asking word
    while start + 1 < len(words) and words[start] in ("the", "all", "me", "us"):
        start += 1  # 'give me the names of all the people'
    if start + 1 < len(words) and words[start] in KIND_WORDS | NAMES and words[start + 1] == "of":
        start += 2  # 'which kind of suspicion': a suspicion; 'the names of the people': people
    candidates = []
    named_before = False  # a name before the first candidate: 'western allies *making* commitments'
    for j in range(start, min(start + 5, len(words))):  # 'which Florida city': past a name
        candidate = words[j]
        if candidate in VERBS or candidate in AUXILIARIES or candidate in PREPOSITIONS:
            break  # 'set what for future conflicts': what is set, not a conflict
        if (
            j == right_after
            and candidate.endswith("ing")
            and j + 1 in covered
            and lexicon.relational(stem(candidate))
        ):
            return set()  # 'how many meeting putin': how many people do it, no kind named
        if candidate in ("the", "a", "an") and candidates:
            break  # 'how many points the plan had': the next noun phrase is the subject
        if named_before and not candidates and finite_verb(candidate):
            break  # 'what Rubio said': a clause, its subject named, asks for the object
        if j not in covered and candidate not in STOPWORDS:
            candidates.append(candidate)
        named_before = named_before or (j in covered and not candidates)
    if candidates and candidates[-1] in VAGUE_NOUNS:
        return set()  # 'what things does it put first': no kind, only 'what'
    # 'what single-word description', 'which warring sides': the noun after the modifier
    first = candidates[0] if candidates else ""
    modifier = first.endswith("ing") and first not in lexicon.groups and not named_before
    if len(candidates) > 1 and ("-" in first or modifier):
        candidates = candidates[1:]
    # 'what specific location': the word that names a kind, past its adjectives
    named = [
        c
        for k, c in enumerate(candidates[:2])
        if (lexicon.class_named(stem(c)) or lexicon.names_people(stem(c)))  # 'which individual'
        and not (k and c.endswith("ing"))  # 'envoy meeting'
    ]
    if len(named) == 2 and candidates.index(named[1]) == 1 and _narrows(lexicon, *named):
        return {stem(named[1])}  # 'which partner state': a state is a kind of partner
    return {stem((named or candidates)[0])} if named or candidates else None


def _narrows(lexicon: Lexicon, first: str, second: str) -> bool:
    """Whether a kind the second word names is a kind of what the first names ('partner
    state'), so the two make one noun; not 'which country's plan', where the first owns."""
    wider, narrower = lexicon.class_named(stem(first)), lexicon.class_named(stem(second))
    return any(lexicon.supers.get(c, set()) & wider for c in narrower)
