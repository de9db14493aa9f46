"""How the question's words meet the graph's: similarity of stems, the words of paths, nodes,
answers and phrases, and which way a verb points."""

from __future__ import annotations

import pyoxigraph as ox

from kg.namespaces import DIP
from kg.qa.lexicon import UNSORTED, Lexicon, stems_of
from kg.qa.question import Question
from kg.qa.reading import Segment
from kg.qa.text import near_spelling, stem
from kg.qa.walker import Hop, Path, Term, Walker


class Words:
    """Word matching over one lexicon and walker; the base of constraints and scoring."""

    def __init__(self, lexicon: Lexicon, walker: Walker) -> None:
        self.lexicon = lexicon
        self.walker = walker

    def similarity(self, word: str, bag: set[str]) -> float:
        if word in bag:
            return 1.0
        groups = self.lexicon.groups.get(word)
        if groups and any(groups & self.lexicon.groups.get(w, set()) for w in bag):
            return 0.8
        if near_spelling(word, bag):
            return 0.6
        return 0.0

    def names_hop(self, words: list[str], hop: Hop) -> bool:
        """Whether one of the words names the hop's property, itself or by a synonym (a typo
        is not enough)."""
        bag = self.lexicon.prop_words(hop.prop, hop.forward)
        return any(self.similarity(w, bag) >= 0.8 for w in words)

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
        """The answers' kinds, and the relations they have ('which envoy': an envoyOf), not
        their attributes (a resignation with a reason is not the reason)."""
        return self.answer_kinds(path) | self._answer_relations(path)

    def answer_kinds(self, path: Path) -> set[str]:
        """What the answers are: their classes, or for values the property that gives them."""
        words: set[str] = set()
        for node in path.answers:
            if isinstance(node, ox.NamedNode):
                words |= self.lexicon.type_words(node.value)
        if path.hops and any(isinstance(a, ox.Literal) for a in path.answers):
            words |= self.lexicon.prop_words(path.hops[-1].prop, path.hops[-1].forward)  # what the value is
        return words

    def _answer_relations(self, path: Path) -> set[str]:
        words: set[str] = set()
        for node in path.answers:
            if isinstance(node, ox.NamedNode):
                for hop, _ in self.walker.edges(node.value):
                    if hop.forward and hop.prop not in self.lexicon.datatype_properties:
                        words |= self.lexicon.term_words.get(hop.prop, set())
        return words

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

    def attribute_words(self, node: Term) -> set[str]:
        if isinstance(node, ox.Literal):
            return set(stems_of(node.value))
        words: set[str] = set()
        for hop, other in self.walker.edges(node.value):
            if hop.forward and isinstance(other, ox.Literal):
                words |= stems_of(other.value)
        words |= stems_of(self.lexicon.label.get(node.value, ""))
        return words

    def _phrase_words(self, question: Question, hop: Hop) -> set[str]:
        """The question's words that form a several-word phrase of the hop's property, word by
        word the same or of one lexicon group ("take over from" for "took over from")."""
        props = [hop.prop] if hop.forward else [hop.prop, self.lexicon.inverse.get(hop.prop, "")]
        words = [stem(w) for w in question.words]
        for prop in props:
            if found := self._phrase_in(words, self.lexicon.question_phrases.get(prop, ())):
                return found
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
            if found := self._phrase_in(words, self.lexicon.phrases.get(cls, ())):
                return found
        return set()

    def _phrase_in(self, words: list[str], phrases: set[str]) -> set[str]:
        """The words of the first several-word phrase that stands in `words`, or none."""
        for phrase in phrases:
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

    def _says(self, question: Question, prop: str) -> bool:
        """Whether one of the property's phrases stands whole, word for word, in the question
        (no synonyms here: 'successor' and 'predecessor' share a group but not a direction)."""
        return self.phrase_at(question, prop)[1] > 0

    def phrase_at(self, question: Question, prop: str) -> tuple[int, int, bool]:
        """Where the property's longest phrase stands whole, word for word, in the question, its
        length in words (0: none does), and whether it ends in 'by' (a passive: 'replaced by')."""
        words = [stem(w) for w in question.words]
        best = (0, 0, False)
        for phrase in self.lexicon.question_phrases.get(prop, ()):
            parts = [stem(w) for w in phrase.split()]
            for i in range(len(words) - len(parts) + 1):
                if words[i : i + len(parts)] == parts and len(parts) > best[1]:
                    best = (i, len(parts), parts[-1] == "by")
        return best

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

    def _segment_props(self, path: Path, segment: Segment) -> set[str]:
        return {path.hops[j].prop for j in range(segment.start, segment.end)}

    def _lands_on_agent(self, path: Path, step: int) -> bool:
        return any(
            isinstance(n, ox.NamedNode) and self.lexicon.is_a(n.value, str(DIP.Agent))
            for n in path.steps[step]
        )

    def same_scheme(self, values: set[str], answers: set[Term]) -> bool:
        kinds = {c for v in values for c in self.lexicon.types.get(v, ())} - UNSORTED
        return any(
            isinstance(a, ox.NamedNode) and kinds & self.lexicon.types.get(a.value, set()) for a in answers
        )
