"""The readings a question refuses outright: a path that wanders to someone else's facts,
borrows another thing's value, answers with what someone else said, or gives the answer the
other role of the question's verb."""

from __future__ import annotations

import pyoxigraph as ox

from kg.namespaces import DIP
from kg.qa.question import Question
from kg.qa.reading import Segment
from kg.qa.roles import Roles
from kg.qa.text import stem
from kg.qa.walker import Path


class Refusals(Roles):
    def _borrowed_value(self, path: Path, segments: list[Segment], explained: list[bool]) -> bool:
        """A value ('several years') of something the path reached by a step nobody asked for:
        how long the war lasted is not how long the talks did."""
        if not any(isinstance(a, ox.Literal) for a in path.answers):
            return False
        return any(
            not ok and not g.glue and not self._own_act(path, g)
            for g, ok in zip(segments[:-1], explained[:-1], strict=True)
        )

    def _someone_else_asked(self, question: Question, path: Path, segments: list[Segment]) -> bool:
        """'Was Yermak the leader of the delegation?': a step no word of the question names, from
        a person to other people (his successor, the post's holder now), before the answers: the
        path asks the question of someone else."""
        if not self.lexicon.is_a(path.start, str(DIP.Person)):
            return False
        said = [w for w in question.relation_words if w not in _describing(question)]
        for segment in segments[:-1]:
            if any(self.similarity(w, segment.words) for w in said):
                continue
            landing = [n for n in path.steps[segment.end] if isinstance(n, ox.NamedNode)]
            if landing and all(
                n.value != path.start and self.lexicon.is_a(n.value, str(DIP.Person)) for n in landing
            ):
                return True
        return False

    def _another_speaker(self, question: Question, path: Path) -> bool:
        """'How did Rubio describe the talks (with the Ukrainians)': what someone else said,
        reached over the talks, answers another question."""
        if not question.speakers:
            return False
        return any(
            not hop.forward
            and hop.prop in self.lexicon.agency
            and not {n.value for n in path.steps[j] if isinstance(n, ox.NamedNode)} & question.speakers
            for j, hop in enumerate(path.hops)
        )

    def _answer_acted_upon(self, question: Question, path: Path) -> bool:
        """'To which country did Umerov give thanks for its backing': the answer does the
        backing; a last step that makes it the one backed answers another question."""
        last = path.hops[-1]
        inverse = self.lexicon.inverse.get(last.prop)
        if not question.answers_act or inverse is None:
            return False
        for word in question.answers_act:
            own = self.similarity(word, self._phrase_stems(last.prop)) >= 0.8
            other = self.similarity(word, self._phrase_stems(inverse)) >= 0.8
            if own != other:
                return own == last.forward  # forward along the noun's own property: the object
        return False

    def _phrase_stems(self, prop: str) -> set[str]:
        return {stem(w) for phrase in self.lexicon.question_phrases.get(prop, ()) for w in phrase.split()}

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


PARTICIPLES = frozenset(["held", "led", "made", "set", "done", "given", "taken", "seen", "sent", "put"])


def _describing(question: Question) -> set[str]:
    """Participles that describe a thing named after the subject ('at the talks *held* in
    Florida'): they say what the thing is, not what the subject did."""
    words = question.words
    return {
        stem(words[m.end])
        for m in question.mentions[1:]
        if m.end + 1 < len(words)
        and (words[m.end] in PARTICIPLES or (words[m.end].endswith("ed") and len(words[m.end]) > 4))
        and words[m.end + 1] in ("in", "at", "on", "by", "during", "before", "after")
    }
