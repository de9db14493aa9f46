"""Yes or no: whether a reading of a yes/no question confirms what it asks, contradicts it,
or neither (then the question layer says the article does not say)."""

from __future__ import annotations

import pyoxigraph as ox

from kg.namespaces import DIP
from kg.qa.constraints import GENERIC_KINDS
from kg.qa.grammar import NEGATORS, WHEN_WORDS
from kg.qa.interpret import Interpreter
from kg.qa.lexicon import Lexicon, stems_of
from kg.qa.question import Question
from kg.qa.reading import Reading
from kg.qa.text import STOPWORDS, stem
from kg.qa.walker import Path

AUXILIARIES_BE = frozenset(["is", "are", "was", "were", "been", "being", "be"])
RESTATED = 0.5  # share of the question's own words a statement must say
NEAR_FACTS = 2  # how far from a yes's path a named thing may be ('the talks between the US and ...')


HYPOTHETICAL = frozenset(["could", "might", "may", "would", "can", "possibly", "potentially", "if", "should"])


def _path_nodes(path: Path) -> set[str]:
    """The things a path starts from and passes through, up to its answers."""
    return {path.start} | {n.value for step in path.steps for n in step if isinstance(n, ox.NamedNode)}


def _held(reading: Reading, detours: bool = True) -> set[str]:
    """The things a reading's path passes or is held to: its nodes, the things it includes among
    its answers, and its conditions' values (those reached by a detour only if asked for)."""
    held = {c.value for c in reading.constraints if detours or not c.via}
    return _path_nodes(reading.path) | reading.included | held


class Verdicts:
    """The verdicts of yes/no readings, from the lexicon and the interpreter's word matching."""

    def __init__(self, lexicon: Lexicon, interpreter: Interpreter) -> None:
        self.lexicon = lexicon
        self.interpreter = interpreter

    def _flag_of_another(self, question: Question, reading: Reading) -> bool:
        """A flag reached from someone over a step no word asks for (from the US to the plan
        it proposed): the flag is the plan's, and says nothing of what the US did."""
        on_path = _path_nodes(reading.path) | {c.value for c in reading.constraints}
        subject = next(iter(question.entity_mentions), None)
        if subject is not None and not subject.things & on_path:
            return True  # 'did the US leak the plan', read off the plan alone: the US is left out
        first = reading.path.hops[0]
        if not self.lexicon.is_a(reading.path.start, str(DIP.Agent)):
            return False
        if len(reading.path.hops) > 2:
            return True  # 'was Yermak appointed': the newness of the tenure of the post he left
        if len(reading.path.hops) < 2 or self.lexicon.is_glue(first.prop):
            return False
        return not self.interpreter.names_hop(question.relation_words, first)

    def _said_by_its_name(self, question: Question, reading: Reading, asked: frozenset[str]) -> bool:
        """'was the plan seen as favouring russian interests': what the path's steps do not say,
        the name of the thing reached says ('favoring Russian interests', a concern)."""
        said = set().union(*(self.lexicon.name_words.get(t, set()) for t in asked))
        steps = [g.words for g in self.interpreter.segments(reading.path)]
        return all(
            self.interpreter.similarity(w, said) or any(self.interpreter.similarity(w, bag) for bag in steps)
            for w in question.relation_words
        )

    def verdict(self, question: Question, reading: Reading) -> bool | None:
        found = self._verdict(question, reading)
        if found and self._named_far_off(question, reading):
            return None  # 'does Europe give military aid to Russia': Europe's aid comes nowhere near Russia
        if found and self._setting_left_out(question, reading):
            return None  # 'did Witkoff meet Putin in Florida': that meeting is not said to be there
        if found and self._person_left_out(question, reading):
            return None  # 'Florida talks Ukrainian lead: Yermak?': a path from Ukraine to the talks
        if found and self._through_another_person(question, reading):
            return None  # 'did Yermak head the delegation': the one who holds his old post does
        if found and self._resolution_left_out(question, reading):
            return None  # 'was the question of territory resolved at the talks': the talks addressed it
        return found

    def _resolution_left_out(self, question: Question, reading: Reading) -> bool:
        """A question of whether something was resolved, on a path that reaches no resolution
        status: that the issue was on the table says nothing of its being settled."""
        objects = {m.start for m in question.mentions}  # not 'unsettled Ukraine': a verb and its object
        asked = {
            t
            for m in question.mentions
            if m.end not in objects
            for t in m.things
            if self.lexicon.is_a(t, str(DIP.ResolutionStatus))
        }
        if not asked:
            return False
        return not any(self.lexicon.is_a(t, str(DIP.ResolutionStatus)) for t in _held(reading))  # answers too

    def _through_another_person(self, question: Question, reading: Reading) -> bool:
        """A path from a person that passes through someone else the question does not name: what
        it ends on is that other person's doing, and says nothing of the first."""
        start = reading.path.start
        if not self.lexicon.is_a(start, str(DIP.Person)):
            return False
        # each hop but the last with what it reaches (steps[0] is the start, the last the answers)
        for hop, step in zip(reading.path.hops[:-1], reading.path.steps[1:-1], strict=True):
            people = {n.value for n in step if isinstance(n, ox.NamedNode)}
            if (
                people
                and start not in people
                and not people & question.named
                and all(self.lexicon.is_a(p, str(DIP.Person)) for p in people)
                and not self.interpreter.names_hop(question.relation_words, hop)  # not 'Umerov's predecessor'
            ):
                return True
        return False

    def _person_left_out(self, question: Question, reading: Reading) -> bool:
        """A person the question names whom the path neither passes nor is held to, other than
        by a detour ('Yermak?': the one who replaced him stressed what the talks put first)."""
        passed = _held(reading, detours=False)
        return any(
            not m.things & passed and all(self.lexicon.is_a(t, str(DIP.Person)) for t in m.things)
            for m in question.entity_mentions
        )

    def _setting_left_out(self, question: Question, reading: Reading) -> bool:
        """A place the question sets what it asks in ('in Florida', 'at the talks') that the
        path neither passes nor is held to."""
        passed = _held(reading)
        known = self.lexicon.values | self.lexicon.classes
        return any(
            m.start
            and question.words[m.start - 1] in ("in", "at")
            and question.words[max(m.start - 2, 0)] not in NEGATORS  # 'in Florida, not in Russia?'
            and not m.things & (passed | known)
            for m in question.entity_mentions
        )

    def _named_far_off(self, question: Question, reading: Reading) -> bool:
        """A thing the question names that is neither on the path nor two facts away from it: a
        yes read off the path would say nothing of it."""
        near = _held(reading)
        known = self.lexicon.values | self.lexicon.classes
        for _ in range(NEAR_FACTS):  # not through a status or a class, which half the graph shares
            near |= {
                t.value
                for n in near
                if n in self.lexicon.types and n not in known
                for _, t in self.interpreter.walker.edges(n)
            }
        return any(not m.things <= known and not m.things & near for m in question.entity_mentions)

    def _verdict(self, question: Question, reading: Reading) -> bool | None:
        """Yes when the path reaches what the question names; no when it reaches something else
        where the question names one thing (a different leader, 'resolved' for 'unresolved');
        None when the graph neither confirms nor contradicts."""
        targets = question.named - {reading.path.start}
        answers = {a.value for a in reading.answers if isinstance(a, ox.NamedNode)}
        values = {t for t in targets if t in self.lexicon.values}
        asked = question.asked_mention.things if question.asked_mention else frozenset()
        statuses = any(m.things <= self.lexicon.values for m in question.mentions)  # 'resolved?' asks that
        if not statuses and self.interpreter.to_setting(question, reading.path):
            on_path = _path_nodes(reading.path) | {c.value for c in reading.constraints}
            if question.asked_override is not None and not asked & on_path:
                return None  # 'did Yermak head the delegation in Florida': where it met says nothing of him
            asked = asked | {a.value for a in reading.path.answers if isinstance(a, ox.NamedNode)}
            # 'did the meetings ... take place in Florida': where they took place is asked
        if self._roles_swapped(question, reading):
            return None  # 'does Russia favor the plan': the plan favours Russia, which is not asked
        if self._subject_left_out(question, reading):
            return (
                None  # 'did the talks favor Russian interests': the plan did; the talks are not on the path
            )
        if reading.included & asked - self.lexicon.values:  # the thing asked about, not 'the talks'
            # 'was the plan a Russian proposal': reaching Russia is a yes only by the relation asked,
            # and 'did Rubio call the talks a failure' only if the path has a place for 'failure'
            by_name = self._said_by_its_name(question, reading, asked)
            said = reading.words_all_found or by_name
            # the last step is asked for when a word says it, or when the name of what it reaches
            # says what the question asks ('did the plan favor Russian interests': a concern)
            last_named = self._last_named(question, reading)
            long_way = len([g for g in self.interpreter.segments(reading.path) if not g.glue]) > 2 and all(
                self.lexicon.is_a(t, str(DIP.Person)) for t in asked
            )  # not 'the session with the Ukrainian interlocutors': a delegation representing Ukraine
            # a long way round whose last step no word names says nothing of the thing it ends on
            # ('Florida talks Ukrainian lead: Yermak?': priorities Umerov stressed, whom he succeeded)
            named = said and (
                (by_name and (last_named or not long_way)) or (reading.last_asked and last_named)
            )
            if self.interpreter.rivalled(reading.path.start, targets - values - _held(reading)):
                return None  # 'is Rubio the secretary of state of Ukraine': the post is the US's
            return True if named else None
        if values:
            found = {  # of the same list as the values asked about: a meeting's status is no certainty
                a
                for a in answers & self.lexicon.values
                if self.interpreter.same_scheme(values, {ox.NamedNode(a)})
            }
            if found & values and found - values:
                return None  # certain for one meeting, possible for another: the path is too coarse
            if found:
                return bool(found & values)
        literals = [a for a in reading.answers if isinstance(a, ox.Literal)]
        if literals and all(a.datatype.value.endswith("boolean") for a in literals):
            if self._flag_of_another(question, reading):
                return None  # 'did the US leak the plan': the plan was leaked, by whom is not said
            flag = reading.path.hops[-1].prop
            flag_words = self.lexicon.prop_words(flag, True) | stems_of(self.lexicon.label.get(flag, ""))
            if not question.opposite_group and not any(
                self.interpreter.similarity(stem(w), flag_words) for w in question.words if w not in STOPWORDS
            ):
                return None  # a flag no word asks about: 'did Yermak replace Umerov' is not 'is it new'
            if (WHEN_WORDS - {"time", "week"}) & set(question.words):  # not 'for a long time'
                return None  # 'does the article give the date of his appointment': a date is no flag
            value = any(a.value == "true" for a in literals)
            return (not value) if question.opposite_group else value
        if reading.missing:
            return self._contradicted(question, reading)
        attached = {c.value for c in reading.constraints}
        direct = len(self.interpreter.segments(reading.path)) == 1
        if (
            direct
            and targets
            and targets - values <= attached
            and reading.matched
            and not values
            and self._words_found(question, reading)
        ):
            return True  # every other thing named is where the path says it is
        if not targets and self._done_by_subject(question, reading):
            return True  # 'did Yermak resign': what he did, said in a step or two
        entity_targets = targets - values - attached
        if entity_targets:
            return None  # the path does not reach what was asked about: no verdict from it
        if literals:
            if not self._restated(question, reading, literals):
                return None
            if self._only_possible(question, reading):
                return None  # 'did the talks bring a settlement': one could come of them, no more
            # 'no more work is needed' denies what was said, and so does 'was the work finished'
            denied = bool(NEGATORS & set(question.words)) or bool(question.opposite_group)
            return not denied  # 'the job is finished and no more work is needed': one denial, twice
        return None

    def _done_by_subject(self, question: Question, reading: Reading) -> bool:
        """'Did Yermak resign?', 'Did Witkoff attend?': a name and a verb alone, in the active
        voice, read on a short path every relation word names (not 'was Yermak appointed', whose
        subject is the verb's object)."""
        short = len(reading.path.hops) <= 2
        active = not AUXILIARIES_BE & set(question.words)
        alone = all(reading.path.start in m.things for m in question.mentions)  # not 'led the delegation'
        return (
            short
            and alone
            and active
            and reading.score > 0
            and reading.matched > 0
            and bool(question.relation_words)
            and reading.words_all_found
            and bool(reading.answers)
        )

    def _words_found(self, question: Question, reading: Reading) -> bool:
        """Every relation word of the question fits the path or names what it reaches ('does
        Europe give military help': military aid); not 'does Europe send troops'."""
        if reading.words_all_found:
            return True
        steps = set().union(*(g.words for g in self.interpreter.segments(reading.path)))
        names = set().union(*(self.lexicon.name_words.get(a.value, set()) for a in reading.answers))
        return all(
            self.interpreter.similarity(w, steps) or self.interpreter.similarity(w, names)
            for w in question.relation_words
        )

    def _roles_swapped(self, question: Question, reading: Reading) -> bool:
        """'Did Yermak replace Umerov?' on a path where Umerov replaced Yermak: between two
        things of one kind, the question's verb is a phrase of a step's property (or, not as
        much, of its inverse), and the question names the step's subject after the verb and its
        object before it (the other way round in the passive)."""
        path = reading.path
        answers = {a.value for a in reading.answers if isinstance(a, ox.NamedNode)}
        kinds = self.lexicon.all_types(path.start) - GENERIC_KINDS
        if not any(kinds & self.lexicon.all_types(a) for a in answers):
            return False  # things of different kinds ('Russia', 'the plan'): the order tells nothing
        for hop in path.hops:
            inverse = self.lexicon.inverse.get(hop.prop)
            own = self.interpreter.phrase_at(question, hop.prop)
            other = self.interpreter.phrase_at(question, inverse) if inverse else (0, 0, False)
            if own[1] == other[1]:
                continue  # neither, or both as much: no direction
            at, _, by_phrase = max(own, other, key=lambda found: found[1])
            passive = bool(AUXILIARIES_BE & set(question.words[:at]))
            if passive and not by_phrase and "by" not in question.words[at + 1 :]:
                continue  # 'was Kushner involved in the talks': no agent named
            start_is_subject = hop.forward == (own[1] > other[1])
            subject, obj = ({path.start}, answers) if start_is_subject else (answers, {path.start})
            if passive and not by_phrase:
                subject, obj = obj, subject
            before = [m for m in question.entity_mentions if m.end <= at]
            after = [m for m in question.entity_mentions if m.start > at]
            return bool(before and after and before[-1].things & obj and after[0].things & subject)
        return False

    def _last_named(self, question: Question, reading: Reading) -> bool:
        """The step that reaches the thing asked about is one the question's words name (not a
        plan favouring Russia, which holds Ukrainian land, for 'did Ukraine see ...')."""
        named = [g for g in self.interpreter.segments(reading.path) if not g.glue]
        words = named[-1].words if named else set()
        return not question.relation_words or any(
            self.interpreter.similarity(w, words) for w in question.relation_words
        )

    def _contradicted(self, question: Question, reading: Reading) -> bool | None:
        """'Led by Yermak?' when the graph says led by Umerov: no, if what the last step the
        question names reaches is of the kind asked about ('part of the American side' names
        a step to US posts, whose holders are not asked about: no 'no' from Rubio)."""
        if len(reading.missing) > 1:
            return None  # which of them the answers stand for is not known
        asked = {t for m in reading.missing for t in m.things}
        if asked & _path_nodes(reading.path):
            return None  # 'did Umerov thank the US for its support': the path passes the US on its way
        if any(self.lexicon.is_a(t, str(DIP.Group)) for t in asked):
            return None  # 'Ukrainian officials' not among those named: a group may still be among them
        kinds = {  # the ontology's own kinds: org:Organization would make the EU a coalition
            c for t in asked for c in self.lexicon.all_types(t) if c.startswith(str(DIP))
        } - GENERIC_KINDS
        named = [
            g
            for g in self.interpreter.segments(reading.path)
            if not g.glue and any(self.interpreter.similarity(w, g.words) for w in question.relation_words)
        ]
        reached = reading.path.steps[named[-1].end] if named else reading.answers
        if reading.matched and self._of_kind(reading.answers, kinds) and self._of_kind(reached, kinds):
            return False
        return None

    def _of_kind(self, nodes: set, kinds: set[str]) -> bool:
        return any(isinstance(n, ox.NamedNode) and kinds & self.lexicon.all_types(n.value) for n in nodes)

    def _subject_left_out(self, question: Question, reading: Reading) -> bool:
        """The question's subject, or a thing named by its kind before the one asked about ('the
        talks'), that the path neither passes nor is tied to: what the path says is not said of it."""
        asked = question.asked_mention
        if asked is None:
            return False
        passed = _path_nodes(reading.path) | reading.included
        on_path = passed | {c.value for c in reading.constraints}
        things = sorted(
            (m for m in question.mentions if not m.things <= self.lexicon.values), key=lambda m: m.start
        )
        subject = things[0] if things and not things[0].generic else None  # 'the talks' is checked below
        tied = {  # by a link the question names, not 'the one who replaced Yermak leads it'
            c.value
            for c in reading.constraints
            if self.lexicon.is_glue(c.hop.prop) or self.interpreter.names_hop(question.relation_words, c.hop)
        }
        if subject is not None and subject is not asked and not subject.things & (passed | tied):
            return True  # 'did Yermak lead the delegation at the talks', read off the talks alone
        return any(
            m.generic and m is not asked and m.start < asked.start and not m.things & on_path
            for m in question.mentions
        )

    def _only_possible(self, question: Question, reading: Reading) -> bool:
        """A path from or through an outcome that could come about, for a question that asks
        what did."""
        outcome = str(DIP.PotentialOutcome)
        possible = any(self.lexicon.is_a(n, outcome) for n in _path_nodes(reading.path))
        return possible and not HYPOTHETICAL & set(question.words)

    def _restated(self, question: Question, reading: Reading, literals: list[ox.Literal]) -> bool:
        """Whether one of the literals says what the question asks, word for word or by synonym:
        'is further work required' and "more work needs to be done"."""
        path_words = self.interpreter.path_words(reading.path)  # 'resign amid': the path's own words
        asked = [
            stem(w)
            for w in question.words
            if w not in STOPWORDS
            and not self._named_word(question, w)
            and not self.interpreter.similarity(stem(w), path_words)
        ]
        for literal in literals:
            said = stems_of(literal.value)
            hits = sum(1 for w in asked if self.interpreter.similarity(w, set(said)) > 0)
            if asked and hits / len(asked) >= RESTATED:
                return True
        return False

    @staticmethod
    def _named_word(question: Question, word: str) -> bool:
        return any(word in m.text.split() for m in question.mentions)
