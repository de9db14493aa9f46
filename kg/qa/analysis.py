"""The shape of a question: its form (who, where, how many, yes/no ...), the things it names,
the word for the kind of answer it wants, and the words left to say which relation it means."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.namespaces import DIP
from kg.qa.asked import BOUND_TO, PARTICLES, VAGUE_NOUNS, asked_kind
from kg.qa.grammar import (
    ABOUT_STARTS,
    COMMANDS,
    DETERMINERS,
    META,
    NEGATORS,
    NOW_SAID,
    NOW_WORDS,
    NUMBERS,
    ONE_WORD,
    PAST_WORDS,
    PREPOSITIONS,
    VERBS,
    WH,
    WHEN_WORDS,
    answer_role,
    asked_number,
    checks_a_claim,
    clause_starts_yes_no,
    condition_clause,
    context_clause,
    has_claim_verb,
    has_light_verb,
    intransitive_what,
    names_linked,
    object_verb,
    question_form,
    starts_with,
    states_a_claim,
    subject_verb,
)
from kg.qa.lexicon import UNSORTED, Lexicon
from kg.qa.linker import Linker, Mention
from kg.qa.nounphrases import NounPhrases
from kg.qa.question import Question, and_before, or_before
from kg.qa.rewrites import plain
from kg.qa.text import STOPWORDS, key, stem, tokens

JOINING = frozenset(["and", "or", "both", "either", "the", "as", "well"])
CITED = frozenset(["mentioned", "cited", "listed", "referenced"])  # by the article: no relation
# the article's parts named as where it says so ('how does the key-points table put it'): no relation
SOURCE_PARTS = frozenset(["table", "chart", "faq", "piece", "key-points", "key-point"])


# 'how did Rubio describe / view / sum up the talks', 'how did they go': how they were judged, in words
HOW_OF_JUDGING = frozenset(stem(w) for w in [
    "describe", "described", "call", "called", "put", "view", "viewed", "see", "saw", "seen", "characterize",
    "characterise", "term", "portray", "word", "sound", "look", "seem", "perceive", "regard", "rate",
    "assess", "judge", "sum", "summarize", "summarise", "label", "go", "went", "going", "fare", "fared",
    "turn", "turned", "end", "ended", "react", "reacted", "respond", "responded", "feel", "felt", "say",
    "said", "think", "thought", "become", "became", "get", "got",
])  # fmt: skip
# verbs that say little before a noun that says it all: 'offered a readout', 'made a statement'
LIGHT_VERBS = frozenset(
    ["offer", "give", "gave", "given", "made", "make", "provid", "issu", "deliv", "attach"]
)
LIGHT_DETERMINERS = frozenset(["a", "an", "the", "his", "her", "their", "its", "any", "some"])


class QuestionReader(NounPhrases):
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.linker = Linker(lexicon)

    def read(self, text: str) -> Question:
        text, whether = plain(text, self.lexicon)
        claim = checks_a_claim(text)
        one_word = bool(ONE_WORD.search(text))
        text = META.sub(" ", text)
        words = [w.replace(".", "") for w in tokens(text)]
        mentions = self._mentions(words, text)
        named = {i for m in mentions for i in range(m.start, m.end)}
        spelled = [
            w if i in named or w in STOPWORDS else self.lexicon.spelled(w) for i, w in enumerate(words)
        ]
        if spelled != words:  # 'security council secratary': a name the typo hid
            words = spelled
            mentions = self._mentions(words, " ".join(words))
        form, _ = question_form(words[condition_clause(text, words) :])  # 'should they succeed, what ...'
        if whether:
            form = "yesno"
        if (
            form != "yesno"
            and not (WH & set(words))
            and not self._kind_first(words, mentions)
            and not self._post_first(words, mentions)
            and not (words and words[0] in NUMBERS)  # 'Two long-term goals for Ukraine?': the goals
            and not self._owner_first_says(text, words, mentions)
            and (
                clause_starts_yes_no(text)
                or claim
                or (names_linked(text, words, mentions) and not self._ends_in_what_is_asked(words, mentions))
                or states_a_claim(text, words, self._covered_by_names(mentions))
                or (self._status_stated(words, mentions) and not self._ends_in_what_is_asked(words, mentions))
                or (text.rstrip().endswith("?") and self._opposite(" ".join(words)) is not None)
            )
        ):
            form = "yesno"
        elif (
            form == "what"
            and not (WH & set(words))
            and self._post_first(words, mentions)
            and not self._owner_first_says(text, words, mentions)  # "Secretary of State's description"
        ):
            form = "who"  # "Ukraine's chief negotiator in Florida?": who holds the post
        about = starts_with(words, ABOUT_STARTS)
        if form != "yesno":  # 'the resignation happened amid what': that it happened is no condition
            mentions = [m for m in mentions if m.things != {str(DIP.Held)}]
        elif any(m.things & self.lexicon.values and m.things != {str(DIP.Held)} for m in mentions):
            # 'did the talks settle the dispute already': the settling is asked, 'already' no status
            mentions = [m for m in mentions if m.text != "already"]
        covered = {i for m in mentions for i in range(m.start, m.end)}
        covered |= self._kind_after_name(words, mentions)  # 'the latest round of *talks*'
        whole = all(i in covered for i in range(about, len(words)) if words[i] not in STOPWORDS)
        if about and len(mentions) == 1 and whole:
            person = any(self.lexicon.is_a(t, str(DIP.Person)) for t in mentions[0].things)
            if words[0] != "who" or person:  # 'who is Rustem Umerov?', not 'who is Ukraine's negotiator?'
                form = "about"
        question = Question(text, words, mentions, form, one_word=one_word)
        question.options = self._options(words, mentions)
        if form == "count" and question.included_names:  # 'possibly meeting Putin, incl Witkoff'
            question.mentions = mentions = self._from_the_status_up(mentions)
        if question.choice and form == "yesno":
            form = question.form = "what"  # 'were the talks held in Moscow or in Florida?': which one
            if self._places_offered(question):
                form = question.form = "where"  # 'did they meet in Florida or in Moscow?': where
        unnamed = {w for i, w in enumerate(words) if i not in covered}  # not 'the latest round'
        past = PAST_WORDS & unnamed
        if unnamed & NOW_SAID:
            past -= {"was", "were"}  # 'what job was Yermak holding now': the tense follows the asker's story
        question.past = bool(past)
        current = any(m.things == {str(DIP.Current)} for m in mentions)  # 'the current position of ...'
        question.now = bool(NOW_WORDS & unnamed or current) and not question.past
        question.intransitive = intransitive_what(words, covered)
        question.answer_role = None if question.intransitive else answer_role(words, covered)
        if question.answer_role == "object" and has_light_verb(words, covered):
            question.answer_role = None  # 'what problem did people have with it': 'have' has no direction
        if question.answer_role == "object":
            question.verb = object_verb(words, covered)
        question.main_verb = question.verb or subject_verb(words, covered, question.answer_role)
        rest = [w for i, w in enumerate(words) if i not in covered]
        question.opposite_group = self._opposite(" ".join(rest))
        if question.opposite_group is None and form == "yesno" and "long" in rest:
            question.opposite_group = self.lexicon.opposites.get("long time")  # 'been ... long?'
        question.type_words = set() if question.choice else asked_kind(self.lexicon, words, covered, form)
        if not WH & set(words):  # 'umerov's predecessor': a relation's word, not a kind of thing
            # 'envoy definitely meeting putin', 'envoy certain to meet putin': the one doing it is the
            # kind asked for (not before a name's '-ing': 'putins reaction florida meeting')
            doing = {
                stem(w)
                for i, w in enumerate(words)
                if any(
                    j not in covered
                    and (
                        words[j].endswith("ing")
                        or (  # 'certain to meet', 'set to meet'; not 'reaction to the talks'
                            words[j] == "to"
                            and j + 1 < len(words)
                            and j + 1 not in covered
                            and (j - 1 in covered or words[j - 1] in BOUND_TO)
                        )
                    )
                    for j in range(i + 1, min(i + 3, len(words)))
                )
            }
            relations = {
                w for w in question.type_words if w not in doing and self.lexicon.names_a_relation(w)
            }
            question.type_words -= relations
            question.head_relation = next(iter(relations), None)
        question.inner_names = self._inner_names(words, question.mentions)
        question.speakers = self._speakers(words, question.mentions)
        question.number = asked_number(words) if form not in ("count", "yesno") else None
        if form != "yesno":  # 'which country ... for its support': the answer is the supporter
            question.answers_act = {
                stem(words[i + 1]) for i, w in enumerate(words[:-1]) if w in ("its", "their")
            }
            if question.answer_role == "object":  # 'which country did he thank for (the) support'
                acts = (
                    i + 2 if words[i + 1 : i + 2] == ["the"] else i + 1
                    for i, w in enumerate(words)
                    if w == "for"
                )
                question.answers_act |= {  # not 'what could they set for the similar conflicts'
                    stem(words[j])
                    for j in acts
                    if j < len(words) and j not in covered and self.lexicon.names_a_relation(stem(words[j]))
                }
            question.answers_act |= {  # 'the support from what country': the country supports
                stem(words[i - 1])
                for i, w in enumerate(words[:-1])
                if i and w == "from" and words[i + 1] in ("what", "which")
            }
        said = self._said_by_owner(question) if question.verb is None else None
        if said:
            question.type_words = set()  # what was said is asked, whatever it is about
        question.kind_modifiers = [
            m
            for m in question.mentions
            if (question.before_the_kind(m) and self.lexicon.kind_named(stem(words[m.end])))
            or self._after_the_kind(words, m, question.type_words)
        ]
        capitals = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+", text)}
        question.mentions += self._class_mentions(words, covered, question.type_words, capitals)
        covered = {i for m in question.mentions for i in range(m.start, m.end)}
        clause = context_clause(words)  # 'when asked whether the job was finished': context only
        condition = condition_clause(text, words)  # 'if the talks succeed, ...': a condition only
        covered |= self._kind_after_name(words, question.mentions)
        covered |= self._time_phrases(words, covered)
        command = words[0] if words and words[0] in COMMANDS else None  # 'name the ...', 'list ...'

        phrases = {
            start: found
            for start, found in self.lexicon.phrases_in(words).items()
            if not covered & set(range(start, found[0]))
        }
        in_phrases = {i for start, (end, _) in phrases.items() for i in range(start + 1, end)}

        def free(i: int, w: str, end: int, dropped: frozenset[str]) -> bool:
            """A word of the clause no name covers and no phrase's start takes in ('sorted *out*')."""
            return (
                i not in covered
                and i not in in_phrases
                and condition <= i < end
                and (i in phrases or w not in dropped)
            )

        def word_at(i: int, w: str) -> str:
            return phrases[i][1] if i in phrases else stem(w)

        also_kinds = {  # 'which principals and interlocutors': the second names the kind too
            i
            for i in range(2, len(words))
            if words[i - 1] in ("and", "or")
            and stem(words[i - 2]) in question.type_words
            and (
                self.lexicon.class_named(stem(words[i]))
                or self.lexicon.names_people(stem(words[i]))
                or (words[i - 2].endswith("s") and words[i].endswith("s"))  # 'officials and envoys'
            )
        }

        light = {  # 'offered a readout', 'the contributions made to': the noun says what is done
            i
            for i in range(len(words))
            if stem(words[i]) in LIGHT_VERBS
            and (
                (
                    (after := next((w for w in words[i + 1 : i + 4] if w not in LIGHT_DETERMINERS), None))
                    and self.lexicon.relational(stem(after))
                )
                or (i and i - 1 not in covered and self.lexicon.relational(stem(words[i - 1])))
                or _noun_before_its_doer(i, words, covered, self.lexicon)  # 'the contributions Europe makes'
            )
        }

        for_its = question.for_its  # 'favor Russia's interests': favor Russia

        def relation_words(end: int) -> list[str]:
            return [
                word_at(i, w)
                for i, w in enumerate(words)
                if free(i, w, end, STOPWORDS | PARTICLES)
                and i not in also_kinds | light | for_its
                and w != command
                and stem(w) not in question.type_words
                and w not in CITED | SOURCE_PARTS
                and not (w == "key" and i + 1 < len(words) and words[i + 1] in ("points", "point"))
                and not (w in ("points", "point") and i and words[i - 1] == "key" and "table" in words)
                and not (form == "count" and w == "number")
                and w not in NUMBERS  # 'the 2 goals': how many, no relation
                and w not in VAGUE_NOUNS  # 'one of the things Europe gives': no relation of its own
                and not (form != "count" and self.lexicon.names_people(stem(w)))  # "did people think"
            ]

        question.relation_words = relation_words(clause)
        if not question.relation_words:  # 'what concerns were there when Yermak resigned': the clause asks
            clause = len(words)
            question.relation_words = relation_words(clause)
        if not mentions and form not in ("about",):
            question.relation_words = [  # every word but the article's own, its phrases joined
                word_at(i, w)
                for i, w in enumerate(words)
                if free(i, w, clause, STOPWORDS | SOURCE_PARTS | PARTICLES)
            ]
        if form not in ("yesno", "about"):  # 'who did Umerov thank': a value's word naming a relation too
            question.relation_words += [
                stem(m.text)
                for m in question.mentions
                if " " not in m.text
                and not any(self.lexicon.is_a(t, str(DIP.Agent)) for t in m.things)
                and self.lexicon.names_a_relation(stem(m.text))
            ]
        if form == "count" and question.included_names:  # 'including Witkoff', 'in the count': no relation
            dropped = {"count"} | ({"includ"} if "including" in words else set())
            question.relation_words = [w for w in question.relation_words if w not in dropped]
        inclusion = {"includ", "contain", "cover", "compris", "involv", "extend", "encompass", "span"}
        if form == "yesno" and set(question.relation_words) - inclusion:
            # 'does Europe's support include military aid': whether it is among the support
            question.relation_words = [w for w in question.relation_words if w not in inclusion]
        if form in ("where", "why"):
            question.relation_words.append(form)  # 'where' names a location, 'why' a reason
        if self._manner_asked(form, words, question.relation_words):
            question.relation_words.append("manner")  # 'how did Yermak resign': in what manner
        # 'which government does Rubio work for': a phrase, no purpose asked
        phrased = len(words) > 1 and " ".join(words[-2:]) in self.lexicon.all_phrases
        if words and words[-1] == "for" and form == "what" and not phrased:
            question.relation_words.append("purpos")  # 'what is the meeting for': its purpose
        question.reserved = self._reserved(words)
        if said:  # 'Putin's reaction to the talks', 'Rubio's take': what he said of them
            if said not in self.lexicon.saying_words:  # 'reaction' still names the sentiment
                question.relation_words = [w for w in question.relation_words if w != said]
            question.relation_words.append("say")
            question.verb = "say"
        if question.opposite_group and form == "yesno":  # 'for years' asks whether someone is new, to deny it
            question.relation_words.append(stem(self.lexicon.group_head[question.opposite_group]))
        return question

    def _manner_asked(self, form: str, words: list[str], relation_words: list[str]) -> bool:
        """'How did Yermak resign?' asks in what manner he did; not 'how did Rubio describe the
        talks' (his words), 'how long ...' or 'how did the talks go' (how they were judged)."""
        if form != "how" or words[1:2] not in (["did"], ["was"], ["were"], ["does"], ["do"]):
            return False
        return bool(relation_words) and not any(
            w in self.lexicon.saying_words or w in HOW_OF_JUDGING for w in relation_words
        )

    def _mentions(self, words: list[str], text: str) -> list[Mention]:
        """The names in the question, with statuses read in their context."""
        mentions = self._drop_phrase_words(words, self.linker.link(text))
        return self._statuses_read(words, [self._group_as_kind(words, m) for m in mentions])

    def _group_as_kind(self, words: list[str], mention: Mention) -> Mention:
        """'which US officials took part': a group's name after the asking word asks for people of
        that kind; the words before its head ('US') name what they belong to."""
        head = mention.end - 1
        if (
            mention.start == 0
            or words[mention.start - 1] not in ("which", "many")  # not 'what Ukrainian officials feared'
            or head == mention.start
            or not self.lexicon.names_people(stem(words[head]))
            or not all(self.lexicon.is_a(t, str(DIP.Group)) for t in mention.things)
        ):
            return mention
        owner = self.linker.link(" ".join(words[mention.start : head]))
        if len(owner) != 1 or owner[0].end != head - mention.start:
            return mention
        return replace(owner[0], start=mention.start, end=head)

    def _reserved(self, words: list[str]) -> dict[str, set[str]]:
        """Words of a several-word property phrase standing in the question ('took over from'):
        they name those properties, and no other (not 'took part')."""
        text = f" {' '.join(words)} "
        reserved: dict[str, set[str]] = {}
        for prop, phrases in self.lexicon.question_phrases.items():
            for phrase in phrases:
                parts = phrase.split()
                joined = len(parts) > 2 or (len(parts) == 2 and not set(parts) & STOPWORDS)  # 'took part'
                if joined and f" {phrase} " in text:
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
            if any(w in ("rather", "than", "instead") for w in before[-2:]) or "opposed" in before:
                continue
            if set(before) & NEGATORS:
                others = self.lexicon.other_values(m.things)
                if others:
                    m = Mention(m.start, m.end, m.text, frozenset(others), m.exact, m.generic)
            kept.append(m)
        return self._statuses_joined(words, kept)

    def _from_the_status_up(self, mentions: list[Mention]) -> list[Mention]:
        """A count that includes a name reads its status as a lower bound: 'how many possibly
        meet Putin, Witkoff included' counts the certain with the possible."""
        return [
            Mention(m.start, m.end, m.text, self.lexicon.and_stronger(m.things), m.exact)
            if m.things <= self.lexicon.values
            else m
            for m in mentions
        ]

    def _statuses_joined(self, words: list[str], mentions: list[Mention]) -> list[Mention]:
        """'confirmed or possible', 'both the definite and the possible': either status."""
        values = self.lexicon.values
        joined: list[Mention] = []
        for m in mentions:
            last = joined[-1] if joined else None
            between = set(words[last.end : m.start]) if last else set()
            if last is not None and " " in last.text and m.start == last.end and m.things <= last.things:
                # 'expected, or possibly expected': the status repeated inside the list
                text = " ".join(words[last.start : m.end])
                joined[-1] = Mention(last.start, m.end, text, last.things, exact=True)
                continue
            if (
                last is not None
                and last.things | m.things <= values
                and between <= JOINING
                and between & {"and", "or"}
                and self.lexicon.other_values(last.things) & m.things
            ):
                text = " ".join(words[last.start : m.end])
                either = self.lexicon.and_stronger(last.things | m.things)  # a range
                joined[-1] = Mention(last.start, m.end, text, either, exact=True)
                continue
            joined.append(m)
        return joined

    def _drop_phrase_words(self, words: list[str], mentions: list[Mention]) -> list[Mention]:
        """'held in Moscow': a status word that begins a property's phrase is that phrase; 'seen
        as favoring Russia': a name whose first word ends a phrase is the name after it."""
        phrases = self.lexicon.several_word_phrases
        kept = []
        for m in mentions:
            if m.things <= self.lexicon.values and m.end < len(words):
                after = words[m.end]
                if f"{m.text} {after}" in phrases or (after == "by" and self._agent_at(mentions, m.end + 1)):
                    continue  # 'held in', 'held by Umerov': a verb, no status ('resolved by the talks' is)
            rest = " ".join(words[m.start + 1 : m.end])
            ending = (
                any(  # a phrase of two to four words ending with the name's first word
                    " ".join(words[k : m.start + 1]) in phrases for k in range(max(0, m.start - 3), m.start)
                )
                or (
                    words[m.start].endswith("ing")  # 'viewed as favoring Russia'
                    and words[m.start] in self.lexicon.all_phrases
                    and any(self.lexicon.is_a(t, str(DIP.Agent)) for t in self.lexicon.names.get(rest, ()))
                )
            )
            if ending and rest in self.lexicon.names:
                m = Mention(m.start + 1, m.end, rest, frozenset(self.lexicon.names[rest]), exact=True)
            kept.append(m)
        return kept

    def _agent_at(self, mentions: list[Mention], start: int) -> bool:
        """Whether a person or another agent is named at `start`, or one word (its article) on."""
        return any(
            n.start in (start, start + 1) and any(self.lexicon.is_a(t, str(DIP.Agent)) for t in n.things)
            for n in mentions
        )

    def _status_stated(self, words: list[str], mentions: list[Mention]) -> bool:
        """Keywords with a status in its verb's form after a name: 'territorial dispute settled
        florida talks' asks whether it was settled."""
        if not words or words[0] in COMMANDS:
            return False
        return any(
            m.things <= self.lexicon.values
            and m.start > 0
            and m.end - m.start == 1
            and words[m.start].endswith("ed")
            for m in mentions
        ) and any(not m.things <= self.lexicon.values for m in mentions)

    def _ends_in_what_is_asked(self, words: list[str], mentions: list[Mention]) -> bool:
        """'latest discussion round: ukraine priorities?', 'umerov re us support: sentiment?':
        keywords that end in a noun no name covers, which names the things asked for (not
        'europe to ukraine: military aid included?', which ends in the claim's verb)."""
        last = words[-1] if words else ""
        if any(m.end == len(words) for m in mentions) or last.endswith(("ed", "ing")):
            return False
        plural = last.endswith("s") and not last.endswith("ss") and len(last) > 3
        return (
            plural
            or last in WHEN_WORDS  # 'zelensky-macron meeting scheduled date': when
            or self.lexicon.names_a_relation(stem(last))
            or bool(self.lexicon.class_named(stem(last)))
        )

    def _covered_by_names(self, mentions: list[Mention]) -> set[int]:
        """Words that name things, not a status: 'settled' in 'territory issue settled?' is the
        claim's verb."""
        return {i for m in mentions if not m.things <= self.lexicon.values for i in range(m.start, m.end)}

    def _kind_first(self, words: list[str], mentions: list[Mention]) -> bool:
        """'envoy definitely meeting Putin?': keywords that open with the kind of thing wanted
        ask which one, not whether."""
        named_at = {m.start for m in mentions if not m.things <= self.lexicon.values}
        if not words or named_at & {0, 1} or words[0] in STOPWORDS:
            return False  # not 'Took Jared Kushner part ...?', a verb before its subject
        if len(words) > 1 and (words[1] in DETERMINERS or words[1] in PREPOSITIONS):
            return False  # 'took the talks place ...?', 'according to Rubio, ...'
        if words[0] in VERBS or words[0].endswith(("ing", "ed")):
            return False
        first = stem(words[0])
        person = str(DIP.Person)  # someone: not 'plan tilted toward Russia?' nor 'delegation led by ...?'
        kinds = self.lexicon.kind_named(first)
        if not kinds:
            return self.lexicon.names_a_relation(first)  # 'envoy', 'negotiator'
        return any(self.lexicon.is_kind_of(c, person) for c in kinds)

    def _owner_first_says(self, text: str, words: list[str], mentions: list[Mention]) -> bool:
        """'Rubio's exact words on whether the job is done?': what the one named first said is
        asked for, not whether it holds."""
        first = next((m for m in mentions if m.start == 0), None)
        opening = text.lower().replace("’", "'").replace(".", "").lstrip()
        if first is None or not opening.startswith((f"{first.text}'s ", f"{first.text}' ")):
            return False  # "Rubio's words on ...", "Ukrainian officials' concern about ..."
        nouns = [stem(w) for w in words[first.end : first.end + 2] if w not in STOPWORDS]
        if any(self.lexicon.says(n) for n in nouns):
            return True
        # "Ukrainian officials' concern about the plan?": the relation's noun, with no verb after it
        rest = self._covered_by_names(mentions) | set(range(first.end + 1))
        return bool(nouns) and self.lexicon.relational(nouns[0]) and not has_claim_verb(words, rest)

    def _post_first(self, words: list[str], mentions: list[Mention]) -> bool:
        """'Ukr. chief negotiator at the Florida talks?': keywords that open with a post, or with
        its country and then the post, and state no claim, ask who holds it."""
        at = {m.start: m for m in mentions}
        first = at.get(0)
        if first is None:
            return False
        if any(self.lexicon.is_a(t, str(DIP.Place)) for t in first.things):
            first = at.get(first.end)  # the post's country before it
        if first is None or not any(self.lexicon.is_a(t, str(DIP.Post)) for t in first.things):
            return False
        person = str(DIP.Person)  # 'Ukraine's chief negotiator Umerov?' names its holder to confirm
        named = any(self.lexicon.is_a(t, person) for m in mentions if m.start >= first.end for t in m.things)
        return not named and not has_claim_verb(words, self._covered_by_names(mentions))

    def _places_offered(self, question: Question) -> bool:
        place = str(DIP.Place)
        return question.choice and all(
            any(self.lexicon.is_a(t, place) for t in m.things) for m in question.options
        )

    def _options(self, words: list[str], mentions: list[Mention]) -> list[Mention]:
        """A choice question's options: things of one kind joined by 'or' ('Florida or Moscow',
        'american, russian or european', 'certain or possible'; not 'expected, or possibly
        expected', nor the talks in 'the talks: Moscow or Florida')."""
        chosen: list[Mention] = []
        by_end = {m.end: m for m in mentions}
        for last in mentions:
            at = or_before(words, last.start)
            if at is None:
                at = and_before(words, last.start)
                if at is None or at not in by_end or not self._offered(words, by_end[at], last):
                    continue
            if at not in by_end or not self._same_kind(by_end[at], last):
                continue
            chosen.append(last)
            previous = by_end.get(at)
            # of the kind both sides of 'or' share: not the delegation in 'talks with the
            # delegation, Florida or Moscow', though Moscow may stand for Russia, an agent too
            while (
                previous is not None
                and self._same_kind(previous, last)
                and self._same_kind(previous, by_end[at])
            ):
                chosen.append(previous)
                previous = by_end.get(previous.start)  # the list before, its commas dropped
        return sorted(set(chosen), key=lambda m: m.start)

    @staticmethod
    def _offered(words: list[str], first: Mention, last: Mention) -> bool:
        """Two names joined by 'and' are options when the question offers them: 'between Florida
        and Moscow', 'which of Yermak and Umerov', or 'Moscow and Florida, which one' before any
        question word."""
        if first.start >= 1 and words[first.start - 1] == "between":  # not 'talks between X and Y'
            return first.start == 1 or words[first.start - 2] in ("as", "choose", "choosing", "pick")
        if first.start >= 2 and words[first.start - 2 : first.start] in (["which", "of"], ["who", "of"]):
            return True  # 'which of Yermak and Umerov is the chief negotiator'
        if first.start >= 3 and words[first.start - 3 : first.start] == ["which", "one", "of"]:
            return True
        return not WH & set(words[: first.start]) and "which" in words[last.end :]

    def _same_kind(self, a: Mention, b: Mention) -> bool:
        def kinds(m: Mention) -> set[str]:
            return {k for t in m.things for k in self.lexicon.all_types(t)} - UNSORTED

        return bool(kinds(a) & kinds(b))

    def _opposite(self, rest: str) -> str | None:
        for phrase, group in self.lexicon.opposites.items():
            if f" {phrase} " in f" {key(rest)} ":
                return group
        return None


def _noun_before_its_doer(at: int, words: list[str], covered: set[int], lexicon: Lexicon) -> bool:
    """'the contributions Europe makes': a noun that says what is done, then who does it, then
    the light verb."""
    first = at
    while first - 1 in covered:
        first -= 1
    return (
        first < at and first >= 1 and first - 1 not in covered and lexicon.relational(stem(words[first - 1]))
    )
