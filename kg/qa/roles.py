"""Who does what to whom: the answer's role that the question's verb gives it, checked on the
path's last step or on a link that pins the answers."""

from __future__ import annotations

from kg.qa.question import Question
from kg.qa.reading import Reading, Segment
from kg.qa.text import stem
from kg.qa.walker import Hop, Path
from kg.qa.words import Words


class Roles(Words):
    def _verb_hop(self, question: Question, reading: Reading, last: Segment) -> Hop:
        """The hop into the answers that the question's verb names: the path's last, or a link
        pinning the answers ('what position does Umerov hold on the council': the posts on the
        council that Umerov holds), turned to run into the answers."""
        hop = reading.path.hops[last.end - 1]
        verb = question.main_verb
        if verb is None or self.similarity(verb, last.words):
            return hop
        last_step = len(reading.path.steps) - 1
        for c in reading.constraints:
            words = self.lexicon.prop_words(c.hop.prop, c.hop.forward)
            if c.step == last_step and c.via is None and self.similarity(verb, words) >= 0.8:
                return Hop(c.hop.prop, not c.hop.forward)
        return hop

    def _walks_verb_backwards(self, question: Question, path: Path) -> bool:
        """A hop named by the question's verb, walked the way that gives the start the answer's
        role: 'who replaced Umerov' walks 'replaced' from Umerov as its object, never as its
        subject (that is whom Umerov replaced, which answers another question)."""
        if question.main_verb is None:
            return False
        for hop in path.hops:
            phrases = self.lexicon.question_phrases.get(hop.prop, ())
            if not any(stem(p.split()[0]) == question.main_verb for p in phrases):
                continue  # 'Umerov's predecessor' on the way: not the question's verb
            said = self._phrase_direction(question, hop)  # the far end's role, by the verb
            if said is not None and said != question.answer_role:
                return True
        return False

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
