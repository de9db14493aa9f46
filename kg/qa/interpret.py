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

HOP_COST = 0.25
GLUE_COST = 0.1
UNEXPLAINED_COST = 0.6
ROLE_BONUS = 0.3
CONNECT_BONUS = 1.0
FORM_TYPES = {"who": str(DIP.Agent), "where": str(DIP.Place)}


@dataclass(frozen=True)
class Constraint:
    """Nodes at `step` must have `hop` to `value` (a named thing or code-list value)."""

    step: int
    hop: Hop
    value: str


@dataclass
class Reading:
    """One interpretation: a path with its constraints, answers and score."""

    path: Path
    constraints: list[Constraint] = field(default_factory=list)
    score: float = 0.0
    matched: int = 0
    unconnected: list[str] = field(default_factory=list)
    included: set[str] = field(default_factory=set)
    text_filter: list[str] = field(default_factory=list)

    @property
    def answers(self) -> set[Term]:
        return self.path.answers


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
            for node in list(step)[:20]:
                if isinstance(node, ox.NamedNode):
                    words |= self.lexicon.type_words(node.value)
        return words

    def answer_words(self, path: Path) -> set[str]:
        words: set[str] = set()
        for node in path.answers:
            if isinstance(node, ox.NamedNode):
                words |= self.lexicon.type_words(node.value)
        if path.hops:
            words |= self.lexicon.prop_words(path.hops[-1].prop, path.hops[-1].forward)
        return words

    def readings(self, question: Question) -> list[Reading]:
        found: list[Reading] = []
        for mention in question.mentions:
            for topic in mention.things:
                if topic in self.lexicon.values:
                    continue
                for path in self.walker.walk(topic):
                    reading = self.read_path(question, topic, path)
                    if reading is not None:
                        found.append(reading)
        return sorted(found, key=lambda r: -r.score)

    def _connect(self, question: Question, topic: str, reading: Reading) -> Reading | None:
        """Attach the question's other names to the path, narrowing it; None if it empties."""
        topic_mention = next(m for m in question.mentions if topic in m.things)
        for mention in question.mentions:
            if mention is topic_mention:
                continue
            things = set(mention.things)
            in_answers = {t for t in things if ox.NamedNode(t) in reading.answers}
            if in_answers:
                reading.included |= in_answers
                continue
            attached = self._attach(reading, things)
            if attached is None:
                if not (things <= self.lexicon.values and question.form == "yesno"):
                    reading.unconnected.append(mention.text)
                continue
            constraint, narrowed = attached
            if not narrowed.answers:
                return None
            reading.path = narrowed
            reading.constraints.append(constraint)
        return reading

    def _attach(self, reading: Reading, things: set[str]) -> tuple[Constraint, Path] | None:
        path = reading.path
        for step in range(len(path.steps) - 1, -1, -1):
            for node in path.steps[step]:
                if not isinstance(node, ox.NamedNode):
                    continue
                for hop, other in self.walker.edges(node.value):
                    if isinstance(other, ox.NamedNode) and other.value in things:
                        keep = {
                            n
                            for n in path.steps[step]
                            if isinstance(n, ox.NamedNode) and (hop, other) in self.walker.edges(n.value)
                        }
                        narrowed = restrict(self.walker, path, step, keep) if step else path
                        return Constraint(step, hop, other.value), narrowed
        return None

    def _fits_form(self, question: Question, reading: Reading) -> bool:
        wanted = FORM_TYPES.get(question.form)
        if question.form == "when":
            return False  # the ontology has no dates or times yet
        if wanted is None:
            return True
        return all(
            isinstance(a, ox.NamedNode) and self.lexicon.is_a(a.value, wanted) for a in reading.answers
        )

    def read_path(self, question: Question, topic: str, path: Path) -> Reading | None:
        if question.form != "yesno" and not question.choice:
            named = {ox.NamedNode(t) for t in question.named}
            answers = path.answers - named
            if not answers:
                return None
            if answers != path.answers:
                path = Path(path.start, path.hops, [*path.steps[:-1], answers])
        reading = self._connect(question, topic, Reading(path))
        if reading is None or reading.unconnected:
            return None
        if question.choice:
            chosen = {a for a in reading.answers if isinstance(a, ox.NamedNode) and a.value in question.named}
            if not chosen:
                return None
            reading.path = Path(path.start, path.hops, [*reading.path.steps[:-1], chosen])
        if question.form != "yesno" and not self._fits_form(question, reading):
            return None
        self._score(question, reading)
        return reading

    def _score(self, question: Question, reading: Reading) -> None:
        """Word matches weighted by rarity, each question word credited to the hop (or, at half
        weight, the node types) it fits best; hops that no question word explains cost."""
        hops = reading.path.hops
        hop_bags = [self.lexicon.prop_words(h.prop, h.forward) for h in hops]
        node_bag = self.node_words(reading.path)
        explained = [self._phrase_in(question, h) for h in hops]
        score = 0.0
        matched = 0
        for word in question.relation_words:
            sims = [self.similarity(word, bag) for bag in hop_bags]
            best = max(range(len(hops)), key=lambda i: sims[i])
            node_sim = 0.5 * self.similarity(word, node_bag)
            value = max(sims[best], node_sim)
            if value > 0:
                matched += 1
                if sims[best] >= node_sim:
                    explained[best] = True
            score += self.lexicon.weight(word) * value
        score += 0.5 * sum(self._phrase_in(question, h) for h in hops)
        for hop, ok in zip(hops, explained, strict=True):
            if not ok:
                score -= GLUE_COST if self.lexicon.is_glue(hop.prop) else UNEXPLAINED_COST
        score += CONNECT_BONUS * len(reading.constraints)
        score -= HOP_COST * (len(hops) - 1)
        if question.answer_role and not self.lexicon.is_glue(hops[-1].prop):
            answer_is_subject = not hops[-1].forward
            score += ROLE_BONUS if answer_is_subject == (question.answer_role == "subject") else -ROLE_BONUS
        if question.type_words:
            answer_bag = self.answer_words(reading.path)
            fit = max(self.similarity(w, answer_bag) for w in question.type_words)
            score += fit if fit else -1.0
        reading.matched = matched
        reading.score = score

    def _phrase_in(self, question: Question, hop: Hop) -> bool:
        """Whether a several-word phrase of the hop's property stands in the question, word by
        word the same or of one lexicon group ("take over from" for "took over from")."""
        props = [hop.prop] if hop.forward else [hop.prop, self.lexicon.inverse.get(hop.prop, "")]
        words = [stem(w) for w in question.words]
        for prop in props:
            for phrase in self.lexicon.question_phrases.get(prop, ()):
                parts = [stem(w) for w in phrase.split()]
                if len(parts) > 1 and self._contains(words, parts):
                    return True
        return False

    def _contains(self, words: list[str], parts: list[str]) -> bool:
        n = len(parts)
        return any(
            all(self.similarity(words[i + j], {parts[j]}) >= 0.8 for j in range(n))
            for i in range(len(words) - n + 1)
        )

    def node_words(self, path: Path) -> set[str]:
        words: set[str] = set()
        for step in path.steps[1:]:
            for node in list(step)[:20]:
                if isinstance(node, ox.NamedNode):
                    words |= self.lexicon.type_words(node.value)
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
