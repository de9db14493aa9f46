"""Choosing what a question means: the path through the graph, from a thing it names to the
answers, whose words best match the question's, with the question's other names as constraints.

Scores are sums of word matches (a stem equal to a word of the path 1.0, the same lexicon group
0.8, a near spelling 0.6), plus one for each other name the path connects to, minus a little
for each extra hop. A path that leaves a named thing unconnected, or whose answers are not of
the kind the question asks for (who: an agent, where: a place), is not an interpretation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox
from rapidfuzz import fuzz

from kg.namespaces import DIP
from kg.qa.analysis import Question
from kg.qa.lexicon import Lexicon, stems_of
from kg.qa.text import stem
from kg.qa.walker import Hop, Path, Term, Walker, restrict

NUMERIC = ("integer", "decimal", "double", "float", "int", "long")
HOP_COST = 0.25
GLUE_COST = 0.1
UNEXPLAINED_COST = 1.0
RELATION_MISSED = 0.7
TOPIC_LINK_BONUS = 0.0
INCLUDED_BONUS = 0.5
EXPLAINED_BONUS = 0.5
LOOSE_COST = 0.8
ROLE_BONUS = 0.3
DESCRIBED = 0.3
OBJECT_REVERSED = 1.0
ROLE_REVERSED = 2.0
CONNECT_BONUS = 0.5
FORM_TYPES = {"who": str(DIP.Agent), "where": str(DIP.Place)}


@dataclass(frozen=True)
class Constraint:
    """Nodes at `step` must have `hop` to `value` (a named thing or code-list value), or, with
    `via`, a `via` hop to a relationship that has `hop` to `value` (Trump, holder of a tenure
    of the post 'President')."""

    step: int
    hop: Hop
    value: str
    via: Hop | None = None
    implied: bool = False  # added by the layer (current unless asked otherwise), not named


@dataclass(frozen=True)
class Segment:
    """Hops [start, end) of a path that read as one step, with the words that name it."""

    start: int
    end: int
    words: set[str]
    glue: bool


@dataclass
class Reading:
    """One interpretation: a path with its constraints, answers and score."""

    path: Path
    constraints: list[Constraint] = field(default_factory=list)
    score: float = 0.0
    matched: int = 0
    unconnected: list[str] = field(default_factory=list)
    loose: list[str] = field(default_factory=list)
    through: list[str] = field(default_factory=list)
    answer_classes: list[str] = field(default_factory=list)
    through_steps: list[int] = field(default_factory=list)
    missing: list = field(default_factory=list)
    included: set[str] = field(default_factory=set)
    text_filter: list[str] = field(default_factory=list)
    literal_constraints: list[tuple[int, Hop, ox.Literal]] = field(default_factory=list)
    exclude: set[str] = field(default_factory=set)  # named things that are not answers
    question_words: list[str] = field(default_factory=list)
    last_asked: bool = False  # the step to the answers is named (or needs no name)
    words_all_found: bool = False  # every relation word of the question fits the path

    @property
    def answers(self) -> set[Term]:
        return self.path.answers


def _signature(reading: Reading) -> str:
    """A stable order among readings that score the same."""
    hops = " ".join(("" if h.forward else "^") + h.prop for h in reading.path.hops)
    return f"{reading.path.start} {hops}"


class Interpreter:
    def __init__(self, lexicon: Lexicon, walker: Walker) -> None:
        self.lexicon = lexicon
        self.walker = walker

    def similarity(self, word: str, bag: set[str]) -> float:
        if word in bag:
            return 1.0
        groups = self.lexicon.groups.get(word)
        if groups and any(groups & self.lexicon.groups.get(w, set()) for w in bag):
            return 0.8
        if len(word) >= 5 and any(len(w) >= 5 and fuzz.ratio(word, w) >= 85 for w in bag):
            return 0.6
        return 0.0

    def path_words(self, path: Path) -> set[str]:
        words: set[str] = set()
        for hop in path.hops:
            words |= self.lexicon.prop_words(hop.prop, hop.forward)
        for step in path.steps[1:]:
            for node in sorted(step, key=str)[:20]:
                if isinstance(node, ox.NamedNode):
                    words |= self.lexicon.type_words(node.value)
        return words

    def answer_words(self, path: Path) -> set[str]:
        """The answers' classes, and the relations they have ('which envoy': an envoyOf), not
        their attributes (a resignation with a reason is not the reason)."""
        words: set[str] = set()
        for node in path.answers:
            if isinstance(node, ox.NamedNode):
                words |= self.lexicon.type_words(node.value)
                for hop, _ in self.walker.edges(node.value):
                    if hop.forward and hop.prop not in self.lexicon.datatype_properties:
                        words |= self.lexicon.term_words.get(hop.prop, set())
        if path.hops and any(isinstance(a, ox.Literal) for a in path.answers):
            words |= self.lexicon.prop_words(path.hops[-1].prop, path.hops[-1].forward)  # what the value is
        return words

    def readings(self, question: Question) -> list[Reading]:
        found: list[Reading] = []
        named = [m for m in question.mentions if not m.generic and not m.things <= self.lexicon.values]
        if question.form == "yesno" and len(named) > 1:
            # 'Was Yermak heading the team in Florida?': from its subject; the team is to be found
            named = [m for m in named if m is not question.asked_mention and m not in question.settings][
                :1
            ] or named
        subjects = [m for m in question.mentions if m.generic and not (m.things & question.asked_generic)]
        named = [m for m in named if m.text not in question.included_names] or named
        named = [m for m in named if m not in question.options] or named  # options are answers
        specific = [m for m in named if not all(self.lexicon.is_a(t, str(DIP.Country)) for t in m.things)]
        named = specific or named  # 'for Ukraine', 'Ukraine's future': a country is mostly a modifier
        for mention in (named + subjects) or question.mentions:
            for topic in sorted(mention.things):
                if topic in self.lexicon.values:
                    continue
                for path in self.walker.walk(topic):
                    reading = self.read_path(question, topic, path)
                    if reading is not None:
                        found.append(reading)
        return sorted(found, key=lambda r: (-round(r.score, 6), len(r.path.hops), _signature(r)))

    def _connect(self, question: Question, topic: str, reading: Reading) -> Reading | None:
        """Attach the question's other names to the path, narrowing it; None if it empties."""
        topic_mention = next(m for m in question.mentions if topic in m.things)
        options = question.options
        # a value the question repeats ('called ... productive') is the most telling: first
        reading = self._attach_literals(question, reading) or reading
        for mention in question.mentions:
            if mention is topic_mention or (mention in options and reading.answers & question.option_nodes):
                continue
            things = set(mention.things)
            in_answers = {t for t in things if ox.NamedNode(t) in reading.answers}
            if in_answers:
                reading.included |= in_answers
                continue
            asked = (  # the thing a yes/no question asks about: a status if it names one, else its last name
                question.form == "yesno"
                and mention is question.asked_mention
                and not any(m.things <= self.lexicon.values for m in question.mentions)
            )
            through = None if asked else self._through(reading, things)
            if through is not None:
                reading.path = through
                reading.through.append(mention.text)
                continue
            # 'by Yermak?': him, or not; 'has it been confirmed that Kushner ...': Kushner's own status
            attached = None if asked else self._attach(reading, things, own_status=question.form == "yesno")
            if attached is None:
                if mention.generic or (things <= self.lexicon.values and question.form == "yesno"):
                    continue
                if question.form == "yesno" and mention is question.mentions[-1]:
                    reading.missing.append(mention)  # 'led by Yermak?': maybe led by someone else
                elif (
                    any(self.lexicon.is_a(t, str(DIP.Person)) for t in things)
                    or things <= self.lexicon.values
                    or mention.text in question.possessors
                ):
                    reading.unconnected.append(mention.text)  # about someone else ('Russia's negotiator')
                else:
                    reading.loose.append(
                        mention.text
                    )  # 'aims for Ukraine': a modifier the graph leaves implicit
                continue
            constraint, narrowed = attached
            if not narrowed.answers:
                return None
            reading.path = narrowed
            reading.constraints.append(constraint)
        if not question.past:
            self._default_current(question, reading)
        return reading

    def _default_current(self, question: Question, reading: Reading) -> None:
        """'Who is Ukraine's chief negotiator?' asks for the current holder: through tenures,
        keep the current ones unless the question asks about a status or the past."""
        status = str(DIP.tenureStatus)
        if any(c.hop.prop == status for c in reading.constraints):
            return
        path = reading.path
        current = ox.NamedNode(str(DIP.Current))
        hop = Hop(status, True)
        for step in range(1, len(path.steps) - 1):
            tenures = [n for n in path.steps[step] if self.lexicon.is_a(n.value, str(DIP.Tenure))]
            keep = {n for n in tenures if (hop, current) in self.walker.edges(n.value)}
            if tenures and keep and len(keep) < len(tenures):
                narrowed = restrict(self.walker, path, step, keep)
                if narrowed.answers:
                    reading.path = narrowed
                    reading.constraints.append(Constraint(step, hop, current.value, implied=True))
                    return

    def _attach_literals(self, question: Question, reading: Reading) -> Reading | None:
        """A value the question repeats ('labelled productive') that some nodes between the start
        and the answers have and others not: keep those that have it."""
        words = {stem(w) for w in question.words}
        path = reading.path
        for step in range(1, len(path.steps) - 1):
            nodes = [n for n in path.steps[step] if isinstance(n, ox.NamedNode)]
            for node in nodes:
                for hop, value in self.walker.edges(node.value):
                    if not (hop.forward and isinstance(value, ox.Literal)):
                        continue
                    value_words = stems_of(value.value)
                    if not value_words or not value_words <= words:
                        continue
                    keep = {n for n in nodes if (hop, value) in self.walker.edges(n.value)}
                    if len(keep) == len(nodes):
                        continue
                    narrowed = restrict(self.walker, path, step, keep)
                    if not narrowed.answers:
                        continue
                    reading.path = narrowed
                    reading.literal_constraints.append((step, hop, value))
                    return reading
        return reading

    def _through(self, reading: Reading, things: set[str]) -> Path | None:
        """The path passes through the named thing ('Ukraine's negotiating role' on the way from
        Ukraine to the role's holder): keep only that node at that step."""
        path = reading.path
        for step in range(1, len(path.steps) - 1):
            keep = {n for n in path.steps[step] if isinstance(n, ox.NamedNode) and n.value in things}
            if keep:
                narrowed = restrict(self.walker, path, step, keep)
                if not narrowed.answers:
                    return None
                reading.through_steps.append(step)
                return narrowed
        return None

    def _attach(
        self, reading: Reading, things: set[str], own_status: bool = False
    ) -> tuple[Constraint, Path] | None:
        """A node of the path, nearest the answers first, with a fact about the named thing,
        directly or through a relationship; the path narrowed to the nodes that have it. A
        status ('now', 'possibly') qualifies only a relationship the path entered through its
        principal role: Yermak's own tenure, not the one in which he was replaced."""
        path = reading.path
        values = things <= self.lexicon.values
        nearest_answers = values and not own_status
        order = range(len(path.steps) - 1, -1, -1) if nearest_answers else [*range(1, len(path.steps)), 0]
        for step in order:
            if things <= self.lexicon.values and step and not self.lexicon.is_glue(path.hops[step - 1].prop):
                continue
            nodes = [
                n
                for n in sorted(path.steps[step], key=str)
                if isinstance(n, ox.NamedNode) and n.value not in self.lexicon.values
            ]  # a code-list value (certain, held) is shared by many facts: no anchor for a name
            links = [link for node in nodes for link in self._links(node.value, things)]
            if links:
                link = max(links, key=lambda k: self._link_fit(reading.question_words, k))
                keep = {n for n in nodes if self._has_link(n.value, link)}
                narrowed = restrict(self.walker, path, step, keep) if step else path
                return Constraint(step, link[1], link[2], link[0]), narrowed
        return None

    def _link_fit(self, words: list[str], link: tuple[Hop | None, Hop, str]) -> float:
        """How well the question's words name a constraint's link ('heading the team': leads,
        not memberOf); ties keep the first, in the walker's stable order."""
        bag = self.lexicon.prop_words(link[1].prop, link[1].forward)
        return sum(self.similarity(w, bag) for w in words)

    def _links(self, node: str, things: set[str]) -> list[tuple[Hop | None, Hop, str]]:
        found: list[tuple[Hop | None, Hop, str]] = []
        for hop, other in self.walker.edges(node):
            if isinstance(other, ox.NamedNode) and other.value in things:
                found.append((None, hop, other.value))
            elif self.walker.into_relationship(other) and not things <= self.lexicon.values:
                for hop2, far in self.walker.edges(other.value):
                    if isinstance(far, ox.NamedNode) and far.value in things and far.value != node:
                        found.append((hop, hop2, far.value))
        return found

    def _has_link(self, node: str, link: tuple[Hop | None, Hop, str]) -> bool:
        via, hop, value = link
        if via is None:
            return (hop, ox.NamedNode(value)) in self.walker.edges(node)
        return any(
            h == via and (hop, ox.NamedNode(value)) in self.walker.edges(r.value)
            for h, r in self.walker.edges(node)
            if isinstance(r, ox.NamedNode)
        )

    def _fitting(self, question: Question, answers: set[Term]) -> set[Term] | None:
        """The answers of the kind the question word asks for: who an agent, where a place,
        'which country' a country, 'the people' people; when a date, of which the graph has
        none yet (None: nothing can fit)."""
        if question.form == "when" or "when" in question.type_words:
            return None
        if question.form == "amount":  # 'how much aid in euros': only a number the graph states
            return {a for a in answers if isinstance(a, ox.Literal) and a.datatype.value.endswith(NUMERIC)}
        wanted = self.wanted_classes(question)
        if not wanted:
            return self._fitting_words(question, answers)
        values_pass = question.form not in FORM_TYPES  # 'who' and 'where' want things, not values
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

    def wanted_classes(self, question: Question) -> set[str]:
        wanted = {FORM_TYPES[question.form]} if question.form in FORM_TYPES else set()
        for word in question.type_words:
            wanted |= self.lexicon.class_named(word)
        return wanted

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
        if question.form != "yesno" and not question.choice:
            counted = question.named - {topic} if question.form == "count" else set()  # 'Witkoff included'
            named = {ox.NamedNode(t) for t in question.named - counted}
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

    def segments(self, path: Path) -> list[Segment]:
        """The path's steps as people name them: a hop, or the two hops into and out of a
        relationship ('Yermak ^holder tenure ofPost post' is one step: held)."""
        found: list[Segment] = []
        i = 0
        while i < len(path.hops):
            into = any(self.walker.into_relationship(n) for n in path.steps[i + 1])
            end = i + 2 if into and i + 1 < len(path.hops) else i + 1
            bag: set[str] = set()
            for j in range(i, end):
                bag |= self.lexicon.prop_words(path.hops[j].prop, path.hops[j].forward)
            if end - i == 2 and all(self.lexicon.is_glue(h.prop) for h in path.hops[i:end]):
                # entered and left through its principal roles (holder, post): it reads as its kind
                for node in list(path.steps[i + 1])[:20]:
                    bag |= self.lexicon.type_words(node.value)
            glue = end - i == 1 and self.lexicon.is_glue(path.hops[i].prop)
            found.append(Segment(i, end, bag, glue))
            i = end
        return found

    def _score(self, question: Question, reading: Reading) -> None:
        """Word matches weighted by rarity, each question word credited to the step (or, at half
        weight, the node types) it fits best; steps that no question word explains cost."""
        path = reading.path
        segments = self.segments(path)
        node_bag = self.node_words(path)
        constrained = {c.step for c in reading.constraints if not c.implied}
        constrained |= {c[0] for c in reading.literal_constraints}
        passed = set(reading.through_steps)
        described = set().union(*(self.attribute_words(a) for a in sorted(path.answers, key=str)[:20]))
        link_bag = set().union(
            *(self.lexicon.prop_words(c.hop.prop, c.hop.forward) for c in reading.constraints)
        )
        named_at = {  # steps a name pins down: not a status, not a country (mostly a modifier)
            c.step
            for c in reading.constraints
            if c.value not in self.lexicon.values and not self.lexicon.is_a(c.value, str(DIP.Country))
        }
        phrase_words: list[set[str]] = []
        claimed: set[str] = set()
        for g in segments:  # a phrase names one step: the first that has it
            words = set().union(*(self._phrase_words(question, path.hops[j]) for j in range(g.start, g.end)))
            if g.end - g.start == 2 and not words:
                words = self._class_phrase_words(question, path.steps[g.start + 1])
            phrase_words.append(words - claimed)
            claimed |= words
        explained = [
            bool(phrase_words[k])
            or g.end in passed  # the step lands on a thing the question names
            or (g.end < len(path.steps) - 1 and g.end in named_at)  # or on one a name pins down
            or (  # 'only a possibility', 'now': a status of the relationship names it
                all(self.lexicon.is_glue(path.hops[j].prop) for j in range(g.start, g.end))
                and any(g.start < step < g.end for step in constrained)
                and (g.end == len(path.steps) - 1 or not self._lands_on_agent(path, g.end))
            )
            for k, g in enumerate(segments)
        ]
        score = 0.0
        matched = 0
        on_links = 0
        first = path.hops[0]
        if first.prop == str(DIP.holds) and not first.forward:
            explained[0] = True  # a post's name stands for its holder: 'the Secretary of State'
        if len(segments) > 1 and self._own_act(path, segments[0]):
            explained[0] = True  # 'how did Rubio put it': what Rubio said
        asked_values = {t for m in question.mentions for t in m.things if t in self.lexicon.values}
        if asked_values and self._same_scheme(asked_values, path.answers):
            matched += 1
            explained[-1] = True  # 'did they settle it': a status asked about names the status step
        names_answer = any(isinstance(a, ox.Literal) for a in path.answers) or path.hops[-1].forward
        if names_answer and any(self.similarity(w, segments[-1].words) for w in question.type_words):
            matched += 1
            explained[-1] = True  # 'what sentiment', 'what cloud': the kind asked for names the last step
        if question.form == "yesno" and any(isinstance(a, ox.Literal) for a in path.answers):
            said = set().union(*(self.attribute_words(a) for a in path.answers))
            segments[-1] = Segment(segments[-1].start, segments[-1].end, segments[-1].words | said, False)
        for word in question.relation_words:
            sims = [self.similarity(word, g.words) for g in segments]
            if word in question.reserved:  # a word of another property's phrase names only that one
                owners = question.reserved[word]
                sims = [
                    s if self._segment_props(path, g) & owners else 0.0
                    for s, g in zip(sims, segments, strict=True)
                ]
            in_phrase = [k for k in range(len(segments)) if word in phrase_words[k]]
            best = (
                in_phrase[0]
                if in_phrase
                else max(range(len(segments)), key=lambda i: (sims[i] >= 0.8 and not explained[i], sims[i]))
            )
            node_sim = 0.5 * self.similarity(word, node_bag)
            link_sim = self.similarity(word, link_bag)  # 'alter ... in Eastern Europe': the constraint's link
            said_sim = DESCRIBED * self.similarity(
                word, described
            )  # 'set a precedent': the answer's own words
            value = max(sims[best], node_sim, link_sim, said_sim)
            if value > 0:
                matched += 1
                if sims[best] >= node_sim:
                    explained[best] = True
                if max(sims[best], link_sim) > 0:
                    on_links += 1  # a relation of the path, not a class or a description
            elif self.lexicon.relational(word):
                value = -RELATION_MISSED  # the question names a relation this path does not have
            score += self.lexicon.weight(word) * value
        if self._changes_subject(path, segments, explained, constrained) or self._borrowed_value(
            path, segments, explained
        ):
            reading.score, reading.matched = -10.0, matched
            return
        score += EXPLAINED_BONUS if all(explained) else 0.0  # every step asked for
        for segment, ok in zip(segments, explained, strict=True):
            if not ok:
                score -= GLUE_COST if segment.glue else UNEXPLAINED_COST
        score += sum(CONNECT_BONUS if c.step else TOPIC_LINK_BONUS for c in reading.constraints)
        score -= LOOSE_COST * len(reading.loose)
        if reading.included:
            score += INCLUDED_BONUS  # the answers are of the kind the question names ('the worry')
        status_asked = asked_values and self._same_scheme(asked_values, path.answers)
        if not status_asked and any(
            isinstance(a, ox.NamedNode) and a.value in self.lexicon.values for a in reading.answers
        ):
            last = path.hops[-1]
            if not any(
                self.similarity(w, self.lexicon.prop_words(last.prop, True)) for w in question.relation_words
            ):
                score -= UNEXPLAINED_COST  # a status is an answer only to a question about it
        score -= HOP_COST * max(0, sum(1 for g in segments if not g.glue) - 1)
        if question.answer_role and not segments[-1].glue:
            last = path.hops[segments[-1].end - 1]
            answer_is_subject = not last.forward
            verb_says = self._phrase_direction(question, last)
            if verb_says is not None and verb_says != question.answer_role:
                score -= ROLE_REVERSED  # 'who replaced Umerov' is not whom Umerov replaced
            elif answer_is_subject == (question.answer_role == "subject"):
                score += ROLE_BONUS
            else:  # 'what could these talks change': the answer is what is changed, not who changes it
                score -= OBJECT_REVERSED if question.answer_role == "object" else ROLE_BONUS
        if question.answer_role and self._reversed_link(question, reading):
            score -= ROLE_REVERSED  # 'who replaced Umerov': not the one Umerov replaced
        if question.form == "how" and any(isinstance(a, ox.NamedNode) for a in reading.answers):
            score -= 0.5  # "how did X put it" asks for words, not a thing
        if question.type_words:
            answer_bag = self.answer_words(path)
            fit = max(self.similarity(w, answer_bag) for w in question.type_words)
            score += fit if fit else -1.0
        reading.last_asked = explained[-1] or segments[-1].glue or not question.relation_words
        reading.words_all_found = on_links >= len(question.relation_words)
        reading.matched = (
            matched + len(reading.constraints) + len(reading.literal_constraints) + len(reading.through)
        )
        reading.score = score + CONNECT_BONUS * len(reading.through)

    def _borrowed_value(self, path: Path, segments: list[Segment], explained: list[bool]) -> bool:
        """A value ('several years') of something the path reached by a step nobody asked for:
        how long the war lasted is not how long the talks did."""
        if not any(isinstance(a, ox.Literal) for a in path.answers):
            return False
        return any(
            not ok and not g.glue and not self._own_act(path, g)
            for g, ok in zip(segments[:-1], explained[:-1], strict=True)
        )

    def _own_act(self, path: Path, segment: Segment) -> bool:
        """From the start to what it did ('how did Rubio put it': Rubio's statements)."""
        hop = path.hops[segment.start]
        return segment.start == 0 and not hop.forward and hop.prop in self.lexicon.agency

    def _phrase_direction(self, question: Question, hop: Hop) -> str | None:
        """The answer's role that the question's verb gives it on this hop, when the verb is
        one of a property's phrases and not of its inverse's ('replaced' is succeeded's, 'replaced
        by' succeededBy's): walking the property forward, its phrases make the answer the object."""
        inverse = self.lexicon.inverse.get(hop.prop)
        if inverse is None:
            return None
        own = self._says(question, hop.prop)
        other = self._says(question, inverse)
        if own == other:
            return None
        answer_is_object = own == hop.forward
        return "object" if answer_is_object else "subject"

    def _reversed_link(self, question: Question, reading: Reading) -> bool:
        """A constraint on the answers whose verb gives the answers the other role."""
        last = len(reading.path.steps) - 1
        flip = {"subject": "object", "object": "subject"}
        for c in reading.constraints:
            if c.step == last and c.via is None:
                said = self._phrase_direction(question, c.hop)  # role of the constraint's far end
                if said is not None and flip[said] != question.answer_role:
                    return True
        return False

    def _says(self, question: Question, prop: str) -> bool:
        """Whether one of the property's phrases stands whole, word for word, in the question
        (no synonyms here: 'successor' and 'predecessor' share a group but not a direction)."""
        words = " ".join(stem(w) for w in question.words)
        for phrase in self.lexicon.question_phrases.get(prop, ()):
            if f" {' '.join(stem(w) for w in phrase.split())} " in f" {words} ":
                return True
        return False

    def _segment_props(self, path: Path, segment: Segment) -> set[str]:
        return {path.hops[j].prop for j in range(segment.start, segment.end)}

    def _lands_on_agent(self, path: Path, step: int) -> bool:
        return any(
            isinstance(n, ox.NamedNode) and self.lexicon.is_a(n.value, str(DIP.Agent))
            for n in path.steps[step]
        )

    def _same_scheme(self, values: set[str], answers: set[Term]) -> bool:
        kinds = {c for v in values for c in self.lexicon.types.get(v, ())}
        return any(
            isinstance(a, ox.NamedNode) and kinds & self.lexicon.types.get(a.value, set()) for a in answers
        )

    def _changes_subject(
        self, path: Path, segments: list[Segment], explained: list[bool], pinned: set[int]
    ) -> bool:
        """A step no question word asks for that lands on another person or country before the
        answers: the path has wandered to facts about someone else. (From a post, its holder
        is what the post's name stands for: 'the Secretary of State said ...'; and a step whose
        landing the question pins down, 'the Ukrainian side', is asked for.)"""
        for k, segment in enumerate(segments[:-1]):
            if segment.end in pinned:
                continue
            if explained[k]:  # asked for; but reaching someone else over an unasked step is not
                if all(explained[:k]) or not self._lands_on_agent(path, segment.end):
                    continue
                return True
            first = path.hops[segment.start]
            if k == 0 and first.prop == str(DIP.holds) and not first.forward:
                continue
            landing = path.steps[segment.end]
            if any(
                isinstance(n, ox.NamedNode) and self.lexicon.is_a(n.value, str(DIP.Agent)) for n in landing
            ):
                return True
        return False

    def _phrase_words(self, question: Question, hop: Hop) -> set[str]:
        """The question's words that form a several-word phrase of the hop's property, word by
        word the same or of one lexicon group ("take over from" for "took over from")."""
        props = [hop.prop] if hop.forward else [hop.prop, self.lexicon.inverse.get(hop.prop, "")]
        words = [stem(w) for w in question.words]
        for prop in props:
            for phrase in self.lexicon.question_phrases.get(prop, ()):
                parts = [stem(w) for w in phrase.split()]
                at = self._find(words, parts) if len(parts) > 1 else -1
                if at >= 0:
                    return set(words[at : at + len(parts)])
        return set()

    def _class_phrase_words(self, question: Question, nodes: set[Term]) -> set[str]:
        """The question's words that form a several-word name of a relationship's class
        ('took part' for a participation)."""
        words = [stem(w) for w in question.words]
        classes = {
            c
            for n in sorted(nodes, key=str)[:5]
            if isinstance(n, ox.NamedNode)
            for c in self.lexicon.types.get(n.value, ())
        }
        for cls in sorted(classes):
            for phrase in self.lexicon.phrases.get(cls, ()):
                parts = [stem(w) for w in phrase.split()]
                at = self._find(words, parts) if len(parts) > 1 else -1
                if at >= 0:
                    return set(words[at : at + len(parts)])
        return set()

    def _find(self, words: list[str], parts: list[str]) -> int:
        """Where `parts` stand in `words` (word by word alike), or -1."""
        n = len(parts)
        for i in range(len(words) - n + 1):
            if all(self.similarity(words[i + j], {parts[j]}) >= 0.8 for j in range(n)):
                return i
        return -1

    def node_words(self, path: Path) -> set[str]:
        """The classes of every node on the path, and the names of the nodes between the
        start and the answers (an answer's own name is no evidence that it is meant)."""
        words: set[str] = set()
        for i, step in enumerate(path.steps[1:], start=1):
            for node in sorted(step, key=str)[:20]:
                if isinstance(node, ox.NamedNode):
                    words |= self.lexicon.type_words(node.value)
                    if i < len(path.steps) - 1:
                        words |= self.attribute_words(node)
        return words

    def describe_filter(self, question: Question, reading: Reading) -> Reading:
        """Among several answers, keep those whose own words (a description, a condition) the
        question repeats, when some do and others do not."""
        if len(reading.answers) < 2:
            return reading
        unmatched = [
            w for w in question.relation_words if not self.similarity(w, self.path_words(reading.path))
        ]
        if not unmatched:
            return reading
        overlap = {a: len(set(unmatched) & self.attribute_words(a)) for a in reading.answers}
        best = max(overlap.values())
        if best == 0 or list(overlap.values()).count(best) == len(overlap):
            return reading
        keep = {a for a, n in overlap.items() if n == best}
        reading.text_filter = sorted(set(unmatched) & set().union(*(self.attribute_words(a) for a in keep)))
        steps = [*reading.path.steps[:-1], keep]
        reading.path = Path(reading.path.start, reading.path.hops, steps)
        return reading

    def attribute_words(self, node: Term) -> set[str]:
        if isinstance(node, ox.Literal):
            return set(stems_of(node.value))
        words: set[str] = set()
        for hop, other in self.walker.edges(node.value):
            if hop.forward and isinstance(other, ox.Literal):
                words |= stems_of(other.value)
        words |= stems_of(self.lexicon.label.get(node.value, ""))
        return words
