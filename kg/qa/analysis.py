"""The shape of a question: its form (who, where, how many, yes/no ...), the things it names,
the word for the kind of answer it wants, and the words left to say which relation it means."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.namespaces import DIP
from kg.qa.grammar import (
    ABOUT_STARTS,
    AUXILIARIES,
    COMMANDS,
    DETERMINERS,
    MAX_GENERIC_INSTANCES,
    META,
    NOW_WORDS,
    PAST_WORDS,
    SETTINGS,
    VERBS,
    WH,
    WHEN_WORDS,
    after_determiner,
    checks_a_claim,
    clause_starts_yes_no,
    condition_clause,
    context_clause,
    names_linked,
    question_form,
    starts_with,
    states_a_claim,
)
from kg.qa.lexicon import Lexicon
from kg.qa.linker import Linker, Mention
from kg.qa.text import STOPWORDS, key, stem, tokens

INCLUDING = frozenset(["including", "besides", "counting", "plus"])
UNSORTED = frozenset(  # classes every value of a code list has: they tell no kind apart
    ["http://www.w3.org/2002/07/owl#NamedIndividual", "http://www.w3.org/2004/02/skos/core#Concept"]
)
PREPOSITIONS = frozenset(["for", "in", "at", "on", "to", "from", "about", "with", "by", "during"])
NEGATIONS = frozenset(["not", "isnt", "isn't", "never", "no", "nt", "arent", "wasnt"])
CITED = frozenset(["mentioned", "cited", "listed", "referenced"])  # by the article: no relation


@dataclass
class Question:
    text: str
    words: list[str]
    mentions: list[Mention]
    form: str  # who | where | when | what | count | yesno | about | why | how
    type_words: set[str] = field(default_factory=set)
    relation_words: list[str] = field(default_factory=list)
    opposite_group: str | None = None
    choice: bool = False
    past: bool = False
    now: bool = False  # 'who leads it now?': the latest article's answer
    answer_role: str | None = None  # "subject" or "object" of the question's verb, when clear
    verb: str | None = None  # its stem, when the answer is its object: 'what did Rubio *say*'
    main_verb: str | None = None  # the stem of the verb whose subject or object is asked for
    reserved: dict[str, set[str]] = field(default_factory=dict)  # phrase words -> their properties
    asked_override: Mention | None = None

    @property
    def asked_generic(self) -> set[str]:
        """'What was the worry about ...': a class named right after a copula is the thing asked
        for; elsewhere ('what might the talks alter') it is a participant, not the answer."""
        if len(self.words) < 2 or self.words[1] not in ("is", "was", "are", "were"):
            return set()
        return {t for m in self.mentions if m.generic and m.start <= 3 for t in m.things}

    @property
    def settings(self) -> list[Mention]:
        """Names that set the scene ('in Florida') rather than being what is asked about."""
        return [m for m in self.entity_mentions if self._after_setting(m.start)]

    def _after_setting(self, start: int) -> bool:
        """'in Florida', 'at the Florida talks'."""
        before = self.words[max(0, start - 2) : start]
        if before and before[-1] in DETERMINERS:
            before = before[:-1]
        return bool(before) and before[-1] in SETTINGS

    @property
    def asked_mention(self) -> Mention | None:
        """What a yes/no question asks about: its last name that is not a setting ('in Florida')."""
        if self.asked_override is not None:
            return self.asked_override
        names = self.entity_mentions
        owners = self.possessors  # 'Europe's contributions': Europe qualifies what is asked
        asked = [m for m in names if m not in self.settings and m.text not in owners]
        return (asked or names or [None])[-1]

    @property
    def included_names(self) -> set[str]:
        """'How many, Witkoff included, ...': a name counted among the answers, not asked about."""
        found = set()
        for m in self.mentions:
            after = self.words[m.end] if m.end < len(self.words) else ""
            before = self.words[m.start - 1] if m.start > 0 else ""
            if after in ("included", "including", "too", "also") or before in INCLUDING:
                found.add(m.text)
        return found

    @property
    def possessors(self) -> set[str]:
        """Names written with a possessive 's: 'Russia's negotiator' must be Russia's."""
        folded = self.text.lower().replace("’", "'")
        return {m.text for m in self.mentions if f"{m.text}'s" in folded}

    def names_the_kind(self, mention: Mention) -> bool:
        """'Which Western allies ...', 'how many Western allies ...': the name stands where the
        kind asked for does, so its members are asked for and what follows is said of them all."""
        if self.form == "count" and mention.start == 0:
            return True  # 'western allies making commitments - how many?'
        at = next((i + 1 for i, w in enumerate(self.words) if w in ("which", "many", "count", "of")), None)
        while at is not None and at < len(self.words) and self.words[at] in DETERMINERS:
            at += 1
        return at == mention.start

    @property
    def entity_mentions(self) -> list[Mention]:
        return [m for m in self.mentions if not m.generic]

    @property
    def options(self) -> list[Mention]:
        """The names of a choice question's options: 'Florida or Moscow: ...'."""
        if not self.choice:
            return []
        chosen: list[Mention] = []
        by_end = {m.end: m for m in self.mentions}
        for last in self.mentions:  # 'american, russian or european': a list closed by 'or'
            at = or_before(self.words, last.start)
            if at is not None and at in by_end:
                chosen.append(last)
                previous = by_end[at]
                while previous is not None:
                    chosen.append(previous)
                    previous = by_end.get(previous.start)
        return sorted(set(chosen), key=lambda m: m.start)

    @property
    def option_nodes(self) -> set:
        import pyoxigraph as ox

        return {ox.NamedNode(t) for m in self.options for t in m.things}

    @property
    def named(self) -> set[str]:
        return {t for m in self.mentions if not m.generic for t in m.things}


def or_before(words: list[str], start: int) -> int | None:
    """Where the 'or' before a name stands ('moscow or florida', 'in moscow or in florida'),
    or None."""
    at = start - 2 if start >= 2 and words[start - 1] in SETTINGS else start - 1
    return at if at >= 1 and words[at] == "or" else None


class QuestionReader:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.linker = Linker(lexicon)

    def read(self, text: str) -> Question:
        claim = checks_a_claim(text)
        text = META.sub(" ", text)
        words = [w.replace(".", "") for w in tokens(text)]
        mentions = self._statuses_read(words, self._drop_phrase_words(words, self.linker.link(text)))
        form, _ = question_form(words)
        if (
            form != "yesno"
            and not (WH & set(words))
            and (
                clause_starts_yes_no(text)
                or claim
                or names_linked(text, words, mentions)
                or states_a_claim(text, words, {i for m in mentions for i in range(m.start, m.end)})
            )
        ):
            form = "yesno"
        about = starts_with(words, ABOUT_STARTS)
        covered = {i for m in mentions for i in range(m.start, m.end)}
        whole = all(i in covered for i in range(about, len(words)) if words[i] not in STOPWORDS)
        if about and len(mentions) == 1 and whole:
            person = any(self.lexicon.is_a(t, str(DIP.Person)) for t in mentions[0].things)
            if words[0] != "who" or person:  # 'who is Rustem Umerov?', not 'who is Ukraine's negotiator?'
                form = "about"
        question = Question(text, words, mentions, form)
        question.choice = self._is_choice(words, mentions)
        if question.choice and form == "yesno":
            form = question.form = "what"  # 'were the talks held in Moscow or in Florida?': which one
        question.past = bool(PAST_WORDS & set(words))
        question.now = bool(NOW_WORDS & set(words)) and not question.past
        question.answer_role = self._answer_role(words, covered)
        if question.answer_role == "object":
            question.verb = self._object_verb(words, covered)
        question.main_verb = question.verb or self._subject_verb(words, covered, question.answer_role)
        rest = [w for i, w in enumerate(words) if i not in covered]
        question.opposite_group = self._opposite(" ".join(rest))
        if question.opposite_group is None and form == "yesno" and "long" in rest:
            question.opposite_group = self.lexicon.opposites.get("long time")  # 'been ... long?'
        question.type_words = set() if question.choice else self._type_words(words, covered, form)
        if not WH & set(words):  # 'umerov's predecessor': a relation's word, not a kind of thing
            question.type_words = {w for w in question.type_words if not self.lexicon.names_a_relation(w)}
        capitals = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+", text)}
        question.mentions += self._class_mentions(words, covered, question.type_words, capitals)
        covered = {i for m in question.mentions for i in range(m.start, m.end)}
        clause = context_clause(words)  # 'when asked whether the job was finished': context only
        condition = condition_clause(text, words)  # 'if the talks succeed, ...': a condition only
        rest = [w for i, w in enumerate(words) if i not in covered and condition <= i < clause]
        command = words[0] if words and words[0] in COMMANDS else None  # 'name the ...', 'list ...'
        question.relation_words = [
            stem(w)
            for w in rest
            if w not in STOPWORDS
            and w != command
            and stem(w) not in question.type_words
            and w not in CITED
            and not (form == "count" and w == "number")
        ]
        if not mentions and form not in ("about",):
            question.relation_words = [stem(w) for w in rest if w not in STOPWORDS]
        if form not in ("yesno", "about"):  # 'who did Umerov thank': a value's word naming a relation too
            question.relation_words += [
                stem(m.text)
                for m in question.mentions
                if " " not in m.text
                and not any(self.lexicon.is_a(t, str(DIP.Agent)) for t in m.things)
                and self.lexicon.names_a_relation(stem(m.text))
            ]
        if form in ("where", "why"):
            question.relation_words.append(form)  # 'where' names a location, 'why' a reason
        if words and words[-1] == "for" and form == "what":
            question.relation_words.append("purpos")  # 'what is the meeting for': its purpose
        question.reserved = self._reserved(words)
        if question.opposite_group:  # 'for years' asks whether someone is new, to deny it
            question.relation_words.append(stem(self.lexicon.group_head[question.opposite_group]))
        return question

    def _class_mentions(
        self, words: list[str], covered: set[int], type_words: set[str], capitals: set[str]
    ) -> list[Mention]:
        """'the plan', 'the talks': a class named without a name, standing for its few instances."""
        found = []
        for i, word in enumerate(words):
            if i in covered or word in STOPWORDS or stem(word) in type_words:
                continue
            compound = i + 1 < len(words) and words[i + 1] in capitals and word in capitals
            if not after_determiner(words, i, covered) or compound:  # not 'the State Department'
                continue
            # the narrowest class first ('the talks': the negotiation, not every meeting), in a
            # fixed order whatever the hash seed
            classes = sorted(
                self.lexicon.class_named(stem(word)), key=lambda c: (len(self.lexicon.instances(c)), c)
            )
            for cls in classes:
                things = self.lexicon.instances(cls)
                if 0 < len(things) <= MAX_GENERIC_INSTANCES and not (
                    set(words[max(0, i - 2) : i]) & {"which", "what"}  # 'which talks': the kind asked for
                ):
                    found.append(Mention(i, i + 1, word, frozenset(things), exact=True, generic=True))
                    break
        return found

    def _reserved(self, words: list[str]) -> dict[str, set[str]]:
        """Words of a several-word property phrase standing in the question ('took over from'):
        they name those properties, and no other (not 'took part')."""
        text = f" {' '.join(words)} "
        reserved: dict[str, set[str]] = {}
        for prop, phrases in self.lexicon.question_phrases.items():
            for phrase in phrases:
                if len(phrase.split()) > 2 and f" {phrase} " in text:
                    owners = {prop, self.lexicon.inverse.get(prop, prop)}
                    for word in phrase.split():
                        if word not in STOPWORDS:
                            reserved.setdefault(stem(word), set()).update(owners)
        return reserved

    def _statuses_read(self, words: list[str], mentions: list[Mention]) -> list[Mention]:
        """'Not certain', "isn't confirmed": the other statuses of its list; 'certain, rather than
        merely possible': the status set against another is no constraint."""
        kept = []
        for m in mentions:
            if not m.things <= self.lexicon.values:
                kept.append(m)
                continue
            before = words[max(0, m.start - 3) : m.start]
            if any(w in ("rather", "than", "instead") for w in before[-2:]):
                continue
            if set(before) & NEGATIONS:
                others = self.lexicon.other_values(m.things)
                if others:
                    m = Mention(m.start, m.end, m.text, frozenset(others), m.exact, m.generic)
            kept.append(m)
        return kept

    def _drop_phrase_words(self, words: list[str], mentions: list[Mention]) -> list[Mention]:
        """'held in Moscow': a status word that begins a property's phrase is that phrase."""
        phrases = {p for ps in self.lexicon.question_phrases.values() for p in ps if " " in p}
        kept = []
        for m in mentions:
            status = m.things <= self.lexicon.values and m.end < len(words)
            if status and f"{m.text} {words[m.end]}" in phrases:
                continue
            kept.append(m)
        return kept

    @staticmethod
    def _answer_role(words: list[str], covered: set[int]) -> str | None:
        """'who replaced X' asks for the subject; 'whom did X replace', 'X replaced whom' and
        'who was X replaced by' ask for the object or the agent."""
        wh = ("who", "whom", "whose", "which", "what")
        start = next((k for k, w in enumerate(words) if w in wh), None)  # 'in Europe, what could ...'
        if start is None:
            return None
        i = start + 1
        noun = i < len(words) and i not in covered and words[i] not in AUXILIARIES and words[i] not in VERBS
        if words[start] in ("which", "what", "whose") and noun:
            i += 1  # the noun: which official ..., whose meeting ...
        if i >= len(words):
            return None
        if words[i] in AUXILIARIES or words[i] in VERBS:
            if words[-1] == "by" or (i + 2 < len(words) and words[i + 1] in ("being", "been")):
                return "subject"
            modal = ("did", "does", "do", "will", "would", "can", "could", "might", "may", "should")
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

    def _asks_for_a_place(self, type_words: set[str]) -> bool:
        places = {str(DIP.Place), str(DIP.City)}
        return any(self.lexicon.class_named(w) & places for w in type_words)

    @staticmethod
    def _subject_verb(words: list[str], covered: set[int], role: str | None) -> str | None:
        """The verb right after the question word (and its noun or modal): 'who *replaced* X',
        'which official *took* over'."""
        if role != "subject" or not words or words[0] not in WH or words[0] == "whose":
            return None  # 'whose plan was leaked': the answer owns the plan; it leaked nothing
        i = 1
        while i < len(words) and (i in covered or words[i] in STOPWORDS):
            i += 1  # 'which ukrainian ...'
        if words[0] in ("which", "what", "whose") and i < len(words) and words[i] not in VERBS:
            i += 1  # its noun: 'which official'
        while i < len(words) and (words[i] in VERBS or words[i].endswith("ly")):
            i += 1  # 'might', 'recently'
        return stem(words[i]) if i < len(words) and i not in covered else None

    @staticmethod
    def _object_verb(words: list[str], covered: set[int]) -> str | None:
        """The verb after 'did <someone>': the relation the question is about."""
        modal = next((i for i, w in enumerate(words) if w in AUXILIARIES), None)
        if modal is None or modal + 1 not in covered:
            return None
        after = next((i for i in range(modal + 1, len(words)) if i not in covered), None)
        return stem(words[after]) if after is not None and words[after] not in STOPWORDS else None

    def _is_choice(self, words: list[str], mentions: list[Mention]) -> bool:
        """'Florida or Moscow', 'certain or possible': two things of a kind, joined by 'or'
        (not 'expected, or possibly expected')."""
        return any(
            or_before(words, b.start) == a.end and self._same_kind(a, b) for a in mentions for b in mentions
        )

    def _same_kind(self, a: Mention, b: Mention) -> bool:
        def kinds(m: Mention) -> set[str]:
            return {k for t in m.things for k in self.lexicon.all_types(t)} - UNSORTED

        return bool(kinds(a) & kinds(b))

    def _opposite(self, rest: str) -> str | None:
        for phrase, group in self.lexicon.opposites.items():
            if f" {phrase} " in f" {key(rest)} ":
                return group
        return None

    def _type_words(self, words: list[str], covered: set[int], form: str) -> set[str]:
        """The noun after which/what/how many: the kind of answer wanted. A question of keywords
        alone ('zelensky diplomacy: meeting partner') ends with it."""
        lexicon = self.lexicon
        if form == "yesno":
            return set()
        if not WH & set(words) and words and words[0] not in COMMANDS:
            last = [w for i, w in enumerate(words) if i not in covered and w not in STOPWORDS]
            if last and last[-1] in WHEN_WORDS:
                return {"when"}  # 'zelensky macron meeting date?': a date, which the graph lacks
            return {stem(last[-1])} if last else set()
        for i, word in enumerate(words[:-1]):
            if word not in ("which", "what", "many", "count", "name", "list"):
                continue
            if word == "what" and i + 1 < len(words) and words[i + 1] in ("is", "was", "are", "were"):
                # 'what is Yermak's current position': the noun after the copula's name, if a class
                later = [w for j, w in enumerate(words[i + 2 :], start=i + 2) if j not in covered]
                nouns = [w for w in later if w not in STOPWORDS and w not in NOW_WORDS][:2]
                classes = [w for w in nouns if lexicon.class_named(stem(w))]
                if classes and any(j in covered for j in range(i + 2, len(words))):
                    return {stem(classes[0])}
                continue
            candidates = []
            for j in range(i + 1, min(i + 6, len(words))):  # 'which Florida city': past a name
                candidate = words[j]
                if candidate in VERBS or candidate in AUXILIARIES or candidate in PREPOSITIONS:
                    break  # 'set what for future conflicts': what is set, not a conflict
                if j not in covered and candidate not in STOPWORDS:
                    candidates.append(candidate)
            # 'what specific location': the word that names a kind, past its adjectives
            named = [c for c in candidates[:2] if lexicon.class_named(stem(c))]
            if named or candidates:
                return {stem((named or candidates)[0])}
        return set()
