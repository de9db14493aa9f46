"""Choosing what a question means: the path through the graph, from a thing it names to the
answers, whose words best match the question's, with the question's other names as constraints.

Scores are sums of word matches (a stem equal to a word of the path 1.0, the same lexicon group
0.8, a near spelling 0.6), plus one for each other name the path connects to, minus a little
for each extra hop. A path that leaves a named thing unconnected, or whose answers are not of
the kind the question asks for (who: an agent, where: a place), is not an interpretation.
"""

from __future__ import annotations

from dataclasses import replace

import pyoxigraph as ox

from kg.namespaces import DIP
from kg.qa.constraints import Constraints
from kg.qa.grammar import ADJECTIVE_ENDINGS, MAX_GENERIC_INSTANCES, NEGATORS, WH
from kg.qa.lexicon import stems_of
from kg.qa.question import Question
from kg.qa.reading import Reading
from kg.qa.scoring import FORM_TYPES, MIN_SCORE, NUMERIC, Scoring
from kg.qa.text import STOPWORDS, stem
from kg.qa.walker import Hop, Path, Term

# after a negator, words that make it a negative question's, not a denial: "couldn't they set",
# "isn't the plan"; and "couldn't" typed with its apostrophe, whose 't' is a negator of its own
_ASKED_SUBJECTS = frozenset(["he", "she", "it", "they", "you", "we", "i", "there", "the", "t"])
MODALS = frozenset(["could", "might", "may", "will", "would", "can", "should"])
REASONLESS = {str(DIP.Agent), str(DIP.Place)}
PERSON_WORDS = {"which", "who", "whom", "whose", "name", "person", "people", "official", "officials"}


def _signature(reading: Reading) -> str:
    """A stable order among readings that score the same."""
    hops = " ".join(("" if h.forward else "^") + h.prop for h in reading.path.hops)
    return f"{reading.path.start} {hops}"


def _ranked(readings: list[Reading], words: frozenset[str] = frozenset()) -> list[Reading]:
    """Best score first; then more of the question matched; then answers that repeat more of the
    question's words ('whether the work was complete': 'more work remains'); then fewer hops;
    then a stable order."""

    def echoed(reading: Reading) -> int:
        said = set().union(*(stems_of(a.value) for a in reading.answers if isinstance(a, ox.Literal)))
        return len(said & words)

    return sorted(
        readings,
        key=lambda r: (-round(r.score, 6), -r.matched, -echoed(r), len(r.path.hops), _signature(r)),
    )


def _to_holders(hops: tuple[Hop, ...]) -> bool:
    """From a post to its holders: by 'holds' backwards, or through a tenure."""
    holds, of_post, holder = str(DIP.holds), str(DIP.ofPost), str(DIP.holder)
    if len(hops) == 1:
        return hops[0].prop == holds and not hops[0].forward
    return (
        len(hops) == 2
        and (hops[0].prop, hops[0].forward) == (of_post, False)
        and (hops[1].prop, hops[1].forward) == (holder, True)
    )


def _one_word(reading: Reading) -> bool:
    return bool(reading.answers) and all(
        isinstance(a, ox.Literal) and len(a.value.split()) == 1 for a in reading.answers
    )


def _in_one_word(ranked: list[Reading]) -> list[Reading]:
    """'In one word, what did Rubio say': when the best reading answers with phrases, the best
    that answers in one word comes first, if its score still stands."""
    if not ranked or _one_word(ranked[0]) or not all(isinstance(a, ox.Literal) for a in ranked[0].answers):
        return ranked
    fitting = next((r for r in ranked if _one_word(r) and r.score >= MIN_SCORE), None)
    return ranked if fitting is None else [fitting] + [r for r in ranked if r is not fitting]


class Interpreter(Constraints, Scoring):
    """Reads a question's meaning off the graph: the best-scoring readings first."""

    def readings(self, question: Question) -> list[Reading]:
        found: list[Reading] = []
        named = [m for m in question.mentions if not m.generic and not m.things <= self.lexicon.values]
        if question.form == "yesno" and len(named) > 1:
            # 'Was Yermak heading the team in Florida?': from its subject; the team is to be found
            subjects_first = [
                m for m in named if m is not question.asked_mention and m not in question.settings
            ]
            named = subjects_first[:1] or named
        subjects = [m for m in question.mentions if m.generic and not (m.things & question.asked_generic)]
        named = [m for m in named if m.text not in question.included_names] or named
        named = [m for m in named if m not in question.options] or named  # options are answers
        specific = [m for m in named if not all(self.lexicon.is_a(t, str(DIP.Country)) for t in m.things)]
        named = specific or named  # 'for Ukraine', 'Ukraine's future': a country is mostly a modifier
        unmodifying = [m for m in named if m not in question.kind_modifiers]
        named = unmodifying if unmodifying or subjects else named  # 'which US official': US says which
        if subjects and question.form != "yesno":  # 'the meeting in the US': the meeting, set there
            named = [m for m in named if m not in question.settings]
        starts = (named + subjects) or question.mentions
        if question.possessed and question.form != "yesno":
            starts = [question.possessed]  # 'whose peace plan ...': from the plan to its owner
        if not starts and question.relation_words:
            return self._said_in_values(question) or _ranked(
                self._from_events(question) + self._by_relation(question)
            )
        for mention in starts:
            for topic in sorted(mention.things):
                if topic in self.lexicon.values:
                    continue
                paths = self.walker.walk(topic)
                if question.form != "yesno" and question.names_the_kind(mention):
                    paths = self._of_members(paths)
                found += self._read_paths(question, topic, paths)
        if not found and question.form != "yesno" and all(m.things <= self.lexicon.values for m in starts):
            found = self._having_status(question, starts)
        asked = frozenset(stem(w) for w in question.words if w not in STOPWORDS)
        ranked = _ranked(found, asked)
        return _in_one_word(ranked) if question.one_word else ranked

    def _having_status(self, question: Question, mentions: list) -> list[Reading]:
        """'What remains unresolved?': a question naming only a status is answered by the things
        that have it."""
        found = []
        for mention in mentions:
            for value in sorted(mention.things):
                node = ox.NamedNode(value)
                holders: dict[str, set[Term]] = {}
                for quad in self.walker.store.quads_for_pattern(None, None, node):
                    prop = quad.predicate.value
                    if isinstance(quad.subject, ox.NamedNode) and self.walker.traversable(prop):
                        holders.setdefault(prop, set()).add(quad.subject)
                for prop, things in sorted(holders.items()):
                    path = Path(value, (Hop(prop, False),), [{node}, things])
                    found += self._read_paths(question, value, [path])
        return found

    @staticmethod
    def _of_members(paths: list[Path]) -> list[Path]:
        """'How many Western allies ...': a group named as the kind asked for is asked for its
        members, when it has any."""
        member = str(DIP.hasMember)
        members = [p for p in paths if p.hops[0].prop == member and p.hops[0].forward]
        # 'led by which chief negotiator': a post named as the kind is asked for its holders
        holders = [p for p in paths if _to_holders(p.hops)]
        return members or holders or paths

    def _said_in_values(self, question: Question) -> list[Reading]:
        """'How many people have been displaced?': a question that names nothing is answered
        only by a value that says every word of it beyond the kind asked for ('displaced' in
        'millions displaced'), read from the thing that has the value."""
        wanted = set(question.relation_words) - set(question.type_words)
        if not wanted:
            return []
        found = []
        content = {w for w in wanted if not self.lexicon.says(w)}
        if content and content != wanted:  # 'who said more work is needed': whoever said the rest
            for topic in self._saying_all(content):
                found += self._read_paths(question, topic, self.walker.walk(topic))
            if found:
                return _ranked(found)
        for topic in self._saying_all(wanted):
            saying = []
            for path in self.walker.walk(topic):
                values = [a for a in path.answers if isinstance(a, ox.Literal)]
                if len(path.hops) != 1 or not values:
                    continue
                said = set().union(*(stems_of(v.value) for v in values))
                if wanted <= said and not said <= wanted:  # a value that only repeats the question: no
                    saying.append(path)
            found += self._read_paths(question, topic, saying)
        return _ranked(found)

    def _saying_all(self, words: set[str]) -> list[str]:
        """The things with values that say every one of the words (stems), in a stable order."""
        return sorted(set.intersection(*(self.lexicon.said_by.get(w, set()) for w in words)))

    def _from_events(self, question: Question) -> list[Reading]:
        """'Who resigned?': a verb naming a kind of event ('resignation') is read from its events."""
        found = []
        event = str(DIP.Event)
        for word in question.relation_words:
            # 'who resigned', and by a word of its group 'who quit', 'who stepped down'
            for cls in sorted(self.lexicon.kind_named(word) or self.lexicon.class_of_word(word)):
                things = self.lexicon.instances(cls)
                if event in self.lexicon.supers.get(cls, set()) and 0 < len(things) <= MAX_GENERIC_INSTANCES:
                    rest = replace(question, relation_words=[w for w in question.relation_words if w != word])
                    for thing in sorted(things):  # the event is what the verb names: no step of its own
                        for reading in self._read_paths(rest, thing, self.walker.walk(thing)):
                            reading.score += self.lexicon.weight(word)
                            reading.matched += 1
                            found.append(reading)
        return found

    def _by_relation(self, question: Question) -> list[Reading]:
        """'Where will the envoys travel?': a question that names nothing but a relation is read
        from each thing that has the relation, one hop to its values (or, when none fits, from
        each value back to the things that have it)."""
        found: list[Reading] = []
        doers_by_prop: list[tuple[str, dict[str, set[Term]]]] = []
        for prop in sorted(self.lexicon.question_phrases):
            if not self.walker.traversable(prop):
                continue
            words = self.lexicon.prop_words(prop, True)
            if not any(self.similarity(w, words) >= 0.8 for w in question.relation_words if w not in WH):
                continue
            values: dict[str, set[Term]] = {}
            doers: dict[str, set[Term]] = {}  # 'which allies made commitments': read backwards too
            for quad in self.walker.store.quads_for_pattern(None, ox.NamedNode(prop), None):
                if isinstance(quad.subject, ox.NamedNode):
                    values.setdefault(quad.subject.value, set()).add(quad.object)
                    if isinstance(quad.object, ox.NamedNode):
                        doers.setdefault(quad.object.value, set()).add(quad.subject)
            found += self._one_hop(question, prop, True, values)
            doers_by_prop.append((prop, doers))
        if question.type_words and not any(r.score >= MIN_SCORE for r in found):
            for prop, doers in doers_by_prop:  # only for a kind asked, when no thing's own values answer
                found += self._one_hop(question, prop, False, doers)
        return _ranked(found)

    def _one_hop(
        self, question: Question, prop: str, forward: bool, ends: dict[str, set[Term]]
    ) -> list[Reading]:
        found = []
        for start, reached in sorted(ends.items()):
            path = Path(start, (Hop(prop, forward),), [{ox.NamedNode(start)}, reached])
            found += self._read_paths(question, start, [path])
        return found

    def _read_paths(self, question: Question, topic: str, paths: list[Path]) -> list[Reading]:
        readings = (self.read_path(question, topic, path) for path in paths)
        return [r for r in readings if r is not None]

    def _fitting(self, question: Question, answers: set[Term]) -> set[Term] | None:
        """The answers of the kind the question word asks for: who an agent, where a place,
        'which country' a country, 'the people' people; when a date, of which the graph has
        none yet (None: nothing can fit)."""
        if question.form == "when" or "when" in question.type_words:
            return None
        answers = {  # a flag ('true') answers only yes or no
            a for a in answers if not (isinstance(a, ox.Literal) and a.datatype.value.endswith("#boolean"))
        }
        unfit = REASONLESS if question.form == "why" else set()  # a reason is never someone, nor somewhere
        words = set(question.words)
        if (
            question.form == "what"
            and not question.type_words
            and "what" in words
            and not words & PERSON_WORDS
        ):
            unfit = {str(DIP.Person), str(DIP.Delegation), str(DIP.Group)}  # people: asked with who
        if any(isinstance(a, ox.NamedNode) and self.lexicon.all_types(a.value) & unfit for a in answers):
            return set()  # the path's answers are of a kind the question word rules out
        if question.form == "amount":  # 'how much aid in euros': only a number the graph states
            return {a for a in answers if isinstance(a, ox.Literal) and a.datatype.value.endswith(NUMERIC)}
        wanted = self.wanted_classes(question)
        if not wanted:
            return self._fitting_words(question, answers)
        # 'who' and 'where' want things, not values; so does 'which official'
        values_pass = question.form not in FORM_TYPES and (
            question.form == "count" or not self._kinds_named(question)
        )
        return {  # a value's kind is its property's, scored; classes sort things
            a
            for a in answers
            if (isinstance(a, ox.Literal) and values_pass)
            or (isinstance(a, ox.NamedNode) and wanted & self.lexicon.all_types(a.value))
        }

    def _fitting_words(self, question: Question, answers: set[Term]) -> set[Term]:
        """'Name the envoy ...': when the kind asked for is no class but some answers have it
        (an envoyOf) and others not, keep those that have it."""
        if not question.type_words or len(answers) < 2:
            return answers
        fit = {
            a
            for a in answers
            if any(self.similarity(w, self.answer_words(Path("", (), [{a}]))) for w in question.type_words)
        }
        return fit if fit else answers

    def _someone_elses_status(self, path: Path) -> bool:
        """A status (certain, current) read off a relationship the path reached sideways, such as
        another participant's participation in the same meeting: not the start's own."""
        if len(path.steps) < 3 or not any(
            isinstance(a, ox.NamedNode) and a.value in self.lexicon.values for a in path.answers
        ):
            return False
        holders = path.steps[-2]
        return any(self.walker.into_relationship(n) for n in holders) and len(path.steps) > 3

    def _kinds_named(self, question: Question) -> bool:
        """Whether the kind asked for ('which official') is a class of things (an agent, a place)."""
        kinds = {str(DIP.Agent), str(DIP.Place)}
        named = set().union(*(self.lexicon.class_named(w) for w in question.type_words))
        return any(kinds & ({c} | self.lexicon.supers.get(c, set())) for c in named)

    def wanted_classes(self, question: Question) -> set[str]:
        wanted = {FORM_TYPES[question.form]} if question.form in FORM_TYPES else set()
        kinds = set()
        for word in question.type_words:
            # 'participants' names a participation, whose answers are its agents
            relationship = str(DIP.Relationship)
            kinds |= {c for c in self.lexicon.kind_named(word) if relationship not in self.lexicon.supers[c]}
        if kinds and wanted and all(wanted & self.lexicon.supers.get(c, set()) for c in kinds):
            return kinds  # 'list the principals who ...': persons, a kind of the agents 'who' asks for
        return wanted | kinds

    def _answerable(self, node: Term) -> bool:
        """Relationships (tenures, participations) and evidence join facts; they are no answer."""
        if isinstance(node, ox.Literal):
            return True
        types = self.lexicon.all_types(node.value)
        return str(DIP.Relationship) not in types and str(DIP.Evidence) not in types

    def read_path(self, question: Question, topic: str, path: Path) -> Reading | None:
        excluded: set[str] = set()
        if not all(self._answerable(a) for a in path.answers) or self._someone_elses_status(path):
            return None
        if not self._counts_the_members(question, path):
            return None
        if question.form != "yesno" and not question.choice:
            included = question.included_names if question.form == "count" else set()
            # 'how many, Witkoff included, ...': a name among the answers
            counted = {t for m in question.mentions if m.text in included for t in m.things} - {topic}
            named = {ox.NamedNode(t) for t in (question.named | question.inner_names) - counted}
            named |= {
                ox.NamedNode(t)
                for m in question.mentions
                if m.generic
                for t in m.things
                if t not in question.asked_generic
            }
            excluded = {n.value for n in named}
            answers = path.answers - named
            if not answers:
                return None
            if answers != path.answers:
                path = Path(path.start, path.hops, [*path.steps[:-1], answers])
        reading = self._connect(
            question, topic, Reading(path, exclude=excluded, question_words=question.relation_words)
        )
        if reading is None or reading.unconnected:
            return None
        if self._not_an_owner(question, reading) or self._denies_a_value(question, reading):
            return None
        if question.choice:
            chosen = reading.answers & question.option_nodes
            if not chosen:
                return None
            reading.path = Path(path.start, path.hops, [*reading.path.steps[:-1], chosen])
        if question.form != "yesno":
            fitting = self._fitting(question, reading.answers)
            if not fitting:
                return None
            if fitting != reading.answers:
                reading.answer_classes = sorted(self.wanted_classes(question))
                reading.path = Path(
                    reading.path.start, reading.path.hops, [*reading.path.steps[:-1], fitting]
                )
        self._score(question, reading)
        return reading

    def _counts_the_members(self, question: Question, path: Path) -> bool:
        """'How many western allies ...', read from the allies: what is counted is their members,
        not what the path reaches past them (the place one member's envoys visit)."""
        words = question.words
        asked = next(
            (
                i
                for i, w in enumerate(words)
                if w == "many" or (w == "number" and words[i + 1 : i + 2] == ["of"])
            ),
            None,
        )
        if question.form != "count" or asked is None:
            return True
        counted_at = asked + (1 if words[asked] == "many" else 2)
        # 'how many committed western allies': past an adjective to the group
        group = next((m for m in question.mentions if counted_at <= m.start <= counted_at + 1), None)
        if group is None or path.start not in group.things:
            return True
        members = {
            o for hop, o in self.walker.edges(path.start) if hop.forward and hop.prop == str(DIP.hasMember)
        }
        return not members or path.answers <= members

    def _denies_a_value(self, question: Question, reading: Reading) -> bool:
        """'Who called the talks unproductive' (by then 'not productive'): a value a node of the
        path holds ('productive') that the question denies. The graph says the opposite of what
        is asked, so the path answers nothing (a yes/no question gets its 'no' elsewhere)."""
        if question.form == "yesno":
            return False
        words = question.words
        denied = {
            stem(w)
            for i, word in enumerate(words)
            if word in NEGATORS
            and not set(words[i + 1 : i + 2]) & _ASKED_SUBJECTS  # "couldn't they set ...": a question
            for w in words[i + 1 : i + 3]
            if w not in STOPWORDS
        }
        if not denied:
            return False
        return any(
            hop.forward
            and hop.prop in self.lexicon.datatype_properties
            and isinstance(value, ox.Literal)
            and denied & stems_of(value.value)
            for step in reading.path.steps
            for node in step
            if isinstance(node, ox.NamedNode)
            for hop, value in self.walker.edges(node.value)
        )

    def _not_an_owner(self, question: Question, reading: Reading) -> bool:
        """'Whose plan': one step from the plan to someone, by a property of doing or owning
        (an agent's, or one whose phrases say 'whose')."""
        possessed = question.possessed
        if possessed is None or question.form == "yesno" or reading.path.start not in possessed.things:
            return False
        path = reading.path
        if len(self.segments(path)) != 1:
            return True
        if len(path.hops) == 2:
            return False  # through a relationship: 'whose meeting with Putin': its participants'
        hop = path.hops[0]
        phrases = self.lexicon.question_phrases.get(hop.prop, ())
        return not (
            hop.forward and (hop.prop in self.lexicon.agency or any(p.startswith("whose") for p in phrases))
        )

    def describe_filter(self, question: Question, reading: Reading) -> Reading:
        """Among several answers, keep those whose own words (a description, a condition) the
        question repeats, when some do and others do not."""
        if len(reading.answers) < 2:
            return reading
        unmatched = [
            w for w in question.relation_words if not self.similarity(w, self.path_words(reading.path))
        ]
        said = {a: self.attribute_words(a) for a in reading.answers}
        # 'successful talks could set what': the verb after the modal, in some answers' own words
        # and not in all, says more than an adjective does
        named = {j for m in question.mentions for j in range(m.start, m.end)}
        verbs = {
            v
            for i, w in enumerate(question.words[:-1])
            if w in MODALS
            and not {i + 1, i + 2} & named  # 'could the talks set': no verb yet
            and not question.words[i + 1].endswith(ADJECTIVE_ENDINGS)  # 'could successful talks set'
            and (v := stem(question.words[i + 1])) in set().union(*said.values())
            and not all(v in words for words in said.values())
            # 'the aims the talks should secure': a verb that is an answer's name ('security') is no filter
            and not any(v in self.lexicon.name_words.get(a.value, set()) for a in said)
        }
        if not unmatched and not verbs:
            return reading
        overlap = {
            a: sum(s for w in unmatched if (s := self.similarity(w, said[a])) >= 0.8)
            + 2 * len(verbs & said[a])
            for a in said
        }
        best = max(overlap.values())
        if best == 0 or list(overlap.values()).count(best) == len(overlap):
            return reading
        keep = {a for a, n in overlap.items() if n == best}
        shared = (set(unmatched) | verbs).intersection(*(said[a] for a in keep))  # for the SPARQL to look for
        if not shared:  # 'comparable disputes' and 'similar conflicts': the answer's own words for them
            shared = set.intersection(
                *({x for w in unmatched for x in said[a] if self.similarity(w, {x}) >= 0.8} for a in keep)
            )
        if not shared:
            return reading  # each kept answer says a different word: no one filter keeps them all
        reading.text_filter = sorted(shared)
        steps = [*reading.path.steps[:-1], keep]
        reading.path = Path(reading.path.start, reading.path.hops, steps)
        return reading
