"""Scoring a reading: word matches weighted by rarity and credited to the steps they name, costs
for steps nobody asked for, bonuses for names the path connects, and the refusals (a path that
wanders to someone else, or borrows another thing's value)."""

from __future__ import annotations

import pyoxigraph as ox

from kg.namespaces import DIP
from kg.qa.question import Question
from kg.qa.reading import Reading, Segment
from kg.qa.refusals import Refusals
from kg.qa.walker import Path

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
MIN_SCORE = -0.25  # below it, the best reading is no answer
NUMBER_FITS = 0.5
IS_THE_KIND = 0.3
FORM_TYPES = {"who": str(DIP.Agent), "where": str(DIP.Place)}


class Scoring(Refusals):
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

    def _people_for_their_side(self, question: Question, path: Path, segments: list[Segment]) -> bool:
        """'The Ukrainians' named by their demonym act through the delegation that represents
        their country: its first step, from the country to that delegation, is asked for."""
        first = path.hops[0]
        return (
            segments[0].end == 1
            and (first.prop, first.forward) == (str(DIP.represents), False)
            and any(m.text in self.lexicon.demonyms and path.start in m.things for m in question.mentions)
        )

    def _score(self, question: Question, reading: Reading) -> None:
        """Word matches weighted by rarity, each question word credited to the step (or, at half
        weight, the node types) it fits best; steps that no question word explains cost."""
        path = reading.path
        segments = self.segments(path)
        node_bag = self.node_words(path)
        constrained = {c.step for c in reading.constraints if not c.implied}
        constrained |= {c[0] for c in reading.literal_constraints}
        passed = set(reading.through_steps)
        named = [a.value for a in path.answers if isinstance(a, ox.NamedNode)]
        described = set().union(  # the answers' own words, and their other names ('long-term prosperity')
            *(self.attribute_words(a) for a in sorted(path.answers, key=str)[:20]),
            *(
                self.lexicon.name_words.get(a, set())
                for a in named
                if not self.lexicon.is_a(a, str(DIP.Agent))
            ),
        )  # not an agent's: 'Ukrainian representatives' says nothing of whom they represent
        link_bag = set().union(
            *(self.lexicon.prop_words(c.hop.prop, c.hop.forward) for c in reading.constraints),
            *(self.lexicon.prop_words(hop.prop, True) for _, hop, _ in reading.literal_constraints),
        )
        possessed = question.possessed if question.form != "yesno" else None
        whose = possessed is not None and path.start in possessed.things
        if whose or any(path.start in m.things and question.names_the_kind(m) for m in question.mentions):
            # 'how many Western allies made commitments': what the group does, its members do;
            # 'whose plan was leaked': what is said of the plan, not of its owner
            own_bag = set().union(
                *(self.lexicon.prop_words(h.prop, h.forward) for h, _ in self.walker.edges(path.start))
            )
        else:
            own_bag = set()
        if question.form == "what" and question.answer_role is None and question.intransitive:
            # 'what could change in Eastern Europe': what the answer undergoes ('could' of an
            # outcome, which something could bring about) names it
            own_bag |= set().union(
                *(
                    self.lexicon.prop_words(h.prop, True)
                    for a in named[:5]
                    for h, _ in self.walker.edges(a)
                    if not h.forward
                )
            )
        named_at = {  # steps a name pins down: not a status, not a country (mostly a modifier)
            c.step
            for c in reading.constraints
            if c.value not in self.lexicon.values and not self.lexicon.is_a(c.value, str(DIP.Country))
        } | {c[0] for c in reading.literal_constraints}  # or a value the question repeats ('productive')
        named_at |= {  # or a link the question's verb names: 'who *represented* Ukraine'
            c.step for c in reading.constraints if self.names_hop(question.relation_words, c.hop)
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
            or g.end in named_at  # or on one a name pins down
            or (  # 'only a possibility', 'now': a status of the relationship names it
                all(self.lexicon.is_glue(path.hops[j].prop) for j in range(g.start, g.end))
                and any(g.start < step < g.end for step in constrained)
                and (g.end == len(path.steps) - 1 or not self._lands_on_agent(path, g.end))
            )
            for k, g in enumerate(segments)
        ]
        for k in self._posts_named_on_the_way(question, path, segments):
            explained[k] = explained[k + 1] = True  # 'the secretary of the council': its post's holder
        if self._people_for_their_side(question, path, segments):
            explained[0] = True  # 'where did the Ukrainians meet': the delegation that represents them
        score = 0.0
        matched = sum(1 for words in phrase_words if words - set(question.relation_words))  # 'whose plan'
        on_links = 0
        first = path.hops[0]
        through_tenure = first.prop == str(DIP.ofPost) and path.hops[segments[0].end - 1].prop == str(
            DIP.holder
        )
        if not first.forward and (first.prop == str(DIP.holds) or through_tenure):
            explained[0] = True  # a post's name stands for its holder: 'the Secretary of State'
        if whose:
            explained[0] = True  # 'whose plan': the step from the plan to its owner
        if first.forward and first.prop == str(DIP.hasMember) and self._group_asked(question, path):
            explained[0] = True  # 'how many Western allies are there': a group asked for is its members
        if self._from_setting(question, path):
            explained[0] = True  # 'who was at the table in Florida': what took place there
        if self.to_setting(question, path):
            explained[-1] = True  # 'were the talks in Florida': where they took place
        for k, segment in enumerate(segments[:-1]):
            if self._own_act(path, segment):
                explained[k] = True  # 'how did Rubio put it': what Rubio said
        asked_values = {t for m in question.mentions for t in m.things if t in self.lexicon.values}
        if asked_values and self.same_scheme(asked_values, path.answers):
            matched += 1
            explained[-1] = True  # 'did they settle it': a status asked about names the status step
        names_answer = any(isinstance(a, ox.Literal) for a in path.answers) or path.hops[-1].forward
        if names_answer and any(self.similarity(w, segments[-1].words) for w in question.type_words):
            matched += 1
            explained[-1] = True  # 'what sentiment', 'what cloud': the kind asked for names the last step
        if question.form == "yesno" and any(isinstance(a, ox.Literal) for a in path.answers):
            said = set().union(*(self.attribute_words(a) for a in path.answers))
            segments[-1] = Segment(segments[-1].start, segments[-1].end, segments[-1].words | said, False)
        verb_at = None  # the segment the question's main verb names
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
            own_sim = self.similarity(word, own_bag)
            said_sim = DESCRIBED * self.similarity(
                word, described
            )  # 'set a precedent': the answer's own words
            value = max(sims[best], node_sim, link_sim, own_sim, said_sim)
            if word == question.form:  # 'why', 'where': a step of the path must say it, not a link
                value = sims[best]
                if word == "where":  # the answer is the place the last step reaches
                    props = self._segment_props(path, segments[-1])
                    best = len(segments) - 1
                    value = sims[-1] or float(any(self.lexicon.says_where(p) for p in props))
            if value > 0:
                matched += 1
                if word == question.main_verb and sims[best] >= 0.8:
                    verb_at = best
                if sims[best] >= node_sim and (sims[best] or said_sim or own_sim):
                    explained[best] = True  # not by a constraint's link: that explains the constraint
                if in_phrase and best > 0 and sims[best - 1] >= 0.8 and not explained[best - 1]:
                    explained[best - 1] = True  # 'met in Florida': the meeting, and where it was
                if max(sims[best], link_sim, own_sim) > 0:
                    on_links += 1  # a relation of the path, not a class or a description
            elif word == "where":  # 'where in Florida': the answer is no place reached by a where
                reading.score, reading.matched = -10.0, matched
                return
            elif self.lexicon.relational(word):
                value = -RELATION_MISSED  # the question names a relation this path does not have
                reading.relations_missed.append(word)
            score += self.lexicon.weight(word) * value
        if (
            self._changes_subject(path, segments, explained, constrained)
            or self._borrowed_value(path, segments, explained)
            or (question.form == "yesno" and self._someone_else_asked(question, path, segments))
            or self._another_speaker(question, path)
            or self._answer_acted_upon(question, path)
        ):
            reading.score, reading.matched = -10.0, matched
            return
        for k in range(1, len(segments)):  # 'Zelensky meeting whom': into a meeting and out to the other
            there_and_back = segments[k].words == segments[k - 1].words and not segments[k].glue
            # 'the delegation was led by whom, at the talks': past the leader, not on to the others
            past_the_verb = verb_at is not None and verb_at < k - 1 and k == len(segments) - 1
            if there_and_back and (explained[k] or explained[k - 1]) and not past_the_verb:
                explained[k] = explained[k - 1] = True
        score += EXPLAINED_BONUS if all(explained) else 0.0  # every step asked for
        for segment, ok in zip(segments, explained, strict=True):
            past_the_named = segment is segments[-1] and segment.start in passed  # its part, unasked
            if not ok:
                score -= GLUE_COST if segment.glue and not past_the_named else UNEXPLAINED_COST
        score += sum(CONNECT_BONUS if c.step else TOPIC_LINK_BONUS for c in reading.constraints)
        score -= LOOSE_COST * len(reading.loose)
        if reading.included:
            score += INCLUDED_BONUS  # the answers are of the kind the question names ('the worry')
        status_asked = asked_values and self.same_scheme(asked_values, path.answers)
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
            last = self._verb_hop(question, reading, segments[-1])
            answer_is_subject = not last.forward
            verb_says = self._phrase_direction(question, last)
            if verb_says is not None and verb_says != question.answer_role:
                score -= ROLE_REVERSED  # 'who replaced Umerov' is not whom Umerov replaced
            elif answer_is_subject == (question.answer_role == "subject"):
                score += ROLE_BONUS
            else:  # 'what could these talks change': the answer is what is changed, not who changes it
                score -= OBJECT_REVERSED if question.answer_role == "object" else ROLE_BONUS
        if question.answer_role and (
            self._reversed_link(question, reading) or self._walks_verb_backwards(question, path)
        ):  # 'who replaced Umerov': not the one Umerov replaced, which answers another question
            reading.score, reading.matched = -10.0, matched
            return
        if question.form == "how" and any(isinstance(a, ox.NamedNode) for a in reading.answers):
            score -= 0.5  # "how did X put it" asks for words, not a thing
        if self._things_asked(question) and any(
            isinstance(a, ox.NamedNode) and self.lexicon.is_a(a.value, str(DIP.Person)) for a in path.answers
        ):
            score -= UNEXPLAINED_COST  # 'which things for Ukraine are put first': not a person
        if question.number:  # 'which two goals': as many as asked
            score += NUMBER_FITS if len(path.answers) == question.number else -NUMBER_FITS
        if question.type_words:
            kind_bag = self.answer_kinds(path)
            answer_bag = kind_bag | self._answer_relations(path)
            if path.hops[-1].forward:  # 'the talks' participants', 'which government': as its step says
                kinds = {w for w in question.type_words if self.lexicon.kind_named(w)}
                answer_bag = answer_bag | (segments[-1].words & (kinds | question.type_words))
            fit = max(self.similarity(w, answer_bag) for w in question.type_words)
            if explained[-1] and any(self.similarity(w, kind_bag) >= 0.8 for w in question.type_words):
                score += IS_THE_KIND  # 'what feeling': a sentiment, not the statement that has one
            if not fit and path.answers and all(isinstance(a, ox.Literal) for a in path.answers):
                said = set().union(*(self.attribute_words(a) for a in path.answers))
                fit = max(self.similarity(w, said) for w in question.type_words)  # 'what concerns'
            score += fit if fit else -1.0
        reading.last_asked = explained[-1] or segments[-1].glue or not question.relation_words
        reading.words_all_found = on_links >= len(question.relation_words)
        reading.matched = (
            matched + len(reading.constraints) + len(reading.literal_constraints) + len(reading.through)
        )
        reading.score = score + CONNECT_BONUS * self._asked_links(question, segments, reading.through_steps)

    @staticmethod
    def _things_asked(question: Question) -> bool:
        """'Which things', 'what two things': things, which a person is not."""
        words = question.words
        return any(w in ("which", "what") and "things" in words[i + 1 : i + 3] for i, w in enumerate(words))

    @staticmethod
    def _group_asked(question: Question, path: Path) -> bool:
        """'how many Western allies', 'which Western allies (are named)': the group named right
        after the asking word, counted or asked for with nothing else asked of it."""
        asking = [i for i, w in enumerate(question.words) if w in ("many", "which", "what")][:1]
        if question.form != "count" and question.relation_words:
            return False  # 'which western allies made commitments': what they did is asked
        return bool(asking) and any(
            path.start in m.things and asking[0] < m.start <= asking[0] + 2 for m in question.mentions
        )

    def _posts_named_on_the_way(self, question: Question, path: Path, segments: list[Segment]) -> list[int]:
        """Segments that step onto a post the question names by a word of its name ('secretary')
        and are followed by the step to its holder: 'the secretary of Ukraine's security council'
        is whoever holds the council's post called secretary."""
        found = []
        for k, g in enumerate(segments[:-1]):
            nodes = path.steps[g.end]
            if len(nodes) != 1 or not isinstance(post := next(iter(nodes)), ox.NamedNode):
                continue
            if not self.lexicon.is_a(post.value, str(DIP.Post)):
                continue
            to_holder = {path.hops[j].prop for j in range(segments[k + 1].start, segments[k + 1].end)}
            if not to_holder & {str(DIP.holds), str(DIP.ofPost)}:
                continue
            names = self.lexicon.name_words.get(post.value, set())
            if any(  # a word no step of the path says ('negotiating' may be 'engages with')
                self.similarity(w, names) >= 0.8
                and not any(self.similarity(w, g.words) >= 0.8 for g in segments)
                for w in question.relation_words
            ):
                found.append(k)
        return found

    def _asked_links(self, question: Question, segments: list[Segment], through: list[int]) -> int:
        """Named things the path passes through by a step a word asks for, or by glue: a step
        nobody asked for ('Ukraine praised Umerov') connects two names but says nothing."""
        return sum(
            1
            for step in through
            for g in segments
            if g.end == step and (g.glue or any(self.similarity(w, g.words) >= 0.8 for w in question.words))
        )

    def _from_setting(self, question: Question, path: Path) -> bool:
        first = path.hops[0]
        return (
            ox.NamedNode(path.start) in self._settings(question)
            and not first.forward
            and self.lexicon.says_where(first.prop)
        )

    def to_setting(self, question: Question, path: Path) -> bool:
        """'Were the talks in Florida': a step of where, landing on a scene the question sets."""
        last = path.hops[-1]
        return (
            last.forward
            and bool(self._settings(question) & path.answers)
            and self.lexicon.says_where(last.prop)
        )

    @staticmethod
    def _settings(question: Question) -> set[ox.NamedNode]:
        return {ox.NamedNode(t) for m in question.settings for t in m.things}

    def _own_act(self, path: Path, segment: Segment) -> bool:
        """From the start to what it did ('how did Rubio put it': Rubio's statements), or from the
        holder of the post named at the start ('what did the Secretary of State call it')."""
        hop = path.hops[segment.start]
        first = path.hops[0]
        by_holder = segment.start == 1 and first.prop == str(DIP.holds) and not first.forward
        return (segment.start == 0 or by_holder) and not hop.forward and hop.prop in self.lexicon.agency
