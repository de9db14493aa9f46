"""Attaching the question's other names and values to a path: as nodes it passes, as facts of
its nodes (directly or through a relationship), as values it repeats; and the current tenure by
default."""

from __future__ import annotations

import pyoxigraph as ox

from kg.namespaces import DIP
from kg.qa.lexicon import stems_of
from kg.qa.linker import Mention
from kg.qa.question import Question
from kg.qa.reading import Constraint, Reading
from kg.qa.text import stem
from kg.qa.walker import Hop, Path, restrict
from kg.qa.words import Words

XSD_BOOLEAN = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
# kinds too wide to tell two things apart: an agent, a place, an event
GENERIC_KINDS = {str(DIP[n]) for n in ("Event", "Agent", "Organization", "Place", "Relationship")} | {
    "http://semanticweb.cs.vu.nl/2009/11/sem/Event",
    "https://schema.org/Event",
    "http://www.w3.org/ns/prov#Activity",
    "http://www.w3.org/ns/prov#Agent",
    "http://xmlns.com/foaf/0.1/Agent",
    "http://www.w3.org/ns/prov#Entity",
    "http://semanticweb.cs.vu.nl/2009/11/sem/Place",
    "https://schema.org/Place",
}


class Constraints(Words):
    def _connect(self, question: Question, topic: str, reading: Reading) -> Reading | None:
        """Attach the question's other names to the path, narrowing it; None if it empties."""
        topic_mention = next((m for m in question.mentions if topic in m.things), None)
        options = question.options
        # a value the question repeats ('called ... productive') is the most telling: first
        reading = self._attach_literals(question, reading) or reading
        if question.form != "yesno":
            self._attach_flags(question, reading)
        included = question.included_names if question.form == "count" else set()
        for mention in question.mentions:
            if mention is topic_mention or (mention in options and reading.answers & question.option_nodes):
                continue
            if mention.text in included:
                continue  # 'how many, Kushner included': one of the answers, not a condition on them
            if self._owner_of_the_next(question, mention):
                continue  # 'Ukraine's security council': the council says it already
            things = set(mention.things)
            owner = mention in question.kind_modifiers or mention.text in question.possessors
            if owner and self._post_rivalled(reading.path.start, things):
                return None  # "the Russian negotiator", "America's negotiator": the post is Ukraine's
            if mention in question.kind_modifiers:  # 'which US official': an official of the US
                attached = self._of_the_kind(reading, things)
                narrowing = attached is not None and attached[1].answers != reading.answers
                if narrowing and question.before_the_kind(mention) and self._of_no_rival(reading, things):
                    reading.loose.append(mention.text)
                    continue
                if attached is None and question.before_the_kind(mention):
                    reading.loose.append(mention.text)  # 'which US state': Florida, whose country is not said
                    continue
                if attached is None:
                    return None  # 'what location in Florida': none the article places there
                constraint, reading.path = attached
                reading.constraints.append(constraint)
                continue
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
            attached = (
                None
                if asked
                else self._attach(
                    reading,
                    things,
                    own_status=question.form == "yesno",
                    start_first=topic_mention is not None and question.names_the_kind(topic_mention),
                    answers_only=question.form != "yesno" and question.names_the_kind(mention),
                )
            )
            if attached is None:
                if mention.generic or (things <= self.lexicon.values and question.form == "yesno"):
                    continue
                if self._post_rivalled(reading.path.start, things):
                    return None  # 'the chief negotiator for Moscow', "America's negotiator": Ukraine's post
                if things <= self.lexicon.values and self._describing(reading, mention):
                    continue  # 'a precedent for how similar conflicts are *resolved*': an answer's words
                last = mention is question.asked_mention or (
                    mention is question.mentions[-1] and mention not in question.settings
                )
                held_there = mention in question.settings and self._a_venue(things)
                if question.form == "yesno" and held_there:
                    continue  # 'settled in Florida?': at the talks held there, whatever the path
                if held_there and self._all_there(reading, things):
                    reading.through.append(mention.text)  # "Ukraine's chief negotiator in Florida": there
                    continue
                if question.form == "yesno" and last:
                    reading.missing.append(mention)  # 'led by Yermak?': maybe led by someone else
                elif (
                    any(self.lexicon.is_a(t, str(DIP.Person)) for t in things)
                    or (things <= self.lexicon.values and self._could_have(reading, things))
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

    def rivalled(self, start: str, things: set[str], forward_only: bool = False) -> bool:
        """The start has a fact naming another thing of the named things' kind: the country of
        'secretary of state of Ukraine' is the US."""
        kinds = {
            k for t in things for k in self.lexicon.all_types(t) if k.startswith(str(DIP))
        } - GENERIC_KINDS
        return any(
            isinstance(n, ox.NamedNode) and n.value not in things and kinds & self.lexicon.all_types(n.value)
            for hop, n in self.walker.edges(start)
            if hop.forward or not forward_only
        )

    def _post_rivalled(self, start: str, things: set[str]) -> bool:
        """The path starts at a post whose own facts name another thing of the named thing's
        kind: there is no 'Russian negotiator', for the negotiator's post is Ukraine's."""
        return self.lexicon.is_a(start, str(DIP.Post)) and self.rivalled(start, things, forward_only=True)

    def _owner_of_the_next(self, question: Question, mention: Mention) -> bool:
        """A country named right before a name of something that is its own ('Ukraine's
        security council'): part of that name, not another condition."""
        if not all(self.lexicon.is_a(t, str(DIP.Country)) for t in mention.things):
            return False
        following = next((m for m in question.mentions if m.start == mention.end), None)
        if following is None or following.generic or not following.things:
            return False
        countries = {ox.NamedNode(t) for t in mention.things}
        return all(
            any(value in countries for _, value in self.walker.edges(thing)) for thing in following.things
        )

    def _describing(self, reading: Reading, mention: Mention) -> set:
        """The answers whose own description says the mention's words."""
        words = stems_of(mention.text)
        return {a for a in reading.answers if words <= self.attribute_words(a)}

    def _all_there(self, reading: Reading, places: set[str]) -> bool:
        """Every answer is a person who took part in something held at one of the places."""
        answers = [a.value for a in reading.answers if isinstance(a, ox.NamedNode)]
        return (
            bool(answers)
            and len(answers) == len(reading.answers)
            and all(self.lexicon.is_a(a, str(DIP.Person)) and self._been_at(a, places) for a in answers)
        )

    def _been_at(self, node: str, places: set[str]) -> bool:
        near = {node}
        for _ in range(2):  # the event itself, or through a participation in it
            near |= {n.value for m in near for _, n in self.walker.edges(m) if isinstance(n, ox.NamedNode)}
        return any(
            hop.forward and self.lexicon.says_where(hop.prop) and n.value in places
            for m in near
            for hop, n in self.walker.edges(m)
            if isinstance(n, ox.NamedNode)
        )

    def _a_venue(self, things: set[str]) -> bool:
        """Where something took place: Florida, a scene standing for the talks held there."""
        return any(
            not hop.forward and self.lexicon.says_where(hop.prop)
            for thing in things
            for hop, _ in self.walker.edges(thing)
        )

    def _could_have(self, reading: Reading, values: set[str]) -> bool:
        """Whether some thing on the path, or a relationship of it, has a value of the kind
        named: 'ongoing' narrows meetings, which have statuses; of a partnership, which has
        none, it is only a word ('an ongoing economic partnership')."""
        kinds = {k for v in values for k in self.lexicon.types.get(v, ())}

        def has_kind(node: str) -> bool:
            return any(
                isinstance(value, ox.NamedNode) and kinds & self.lexicon.types.get(value.value, set())
                for _, value in self.walker.edges(node)
            )

        for step in reading.path.steps:
            for node in sorted(step, key=str)[:20]:
                if not isinstance(node, ox.NamedNode):
                    continue
                edges = self.walker.edges(node.value)
                relationships = [o for _, o in edges if self.walker.into_relationship(o)]
                if has_kind(node.value) or any(has_kind(r.value) for r in relationships):
                    return True
        return False

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

    def _attach_flags(self, question: Question, reading: Reading) -> None:
        """'Who is the new chief negotiator': a flag a word of the question names, set on the
        answers or on the relationship that joins them (a tenure that is new, its holder the
        answer), keeps the nodes that have it."""
        path = reading.path
        last = len(path.steps) - 1
        steps = [last - 1] if last > 1 and self.lexicon.is_glue(path.hops[-1].prop) else []
        for step in [*steps, last]:
            nodes = [n for n in path.steps[step] if isinstance(n, ox.NamedNode)]
            flags = {
                (hop, value)
                for n in nodes
                for hop, value in self.walker.edges(n.value)
                if hop.forward and isinstance(value, ox.Literal) and value.datatype == XSD_BOOLEAN
            }
            for hop, value in sorted(flags, key=str):
                if value.value != "true" or not self.names_hop(question.relation_words, hop):
                    continue
                keep = {n for n in nodes if (hop, value) in self.walker.edges(n.value)}
                narrowed = restrict(self.walker, path, step, keep)
                if narrowed.answers:
                    reading.path = path = narrowed
                    reading.literal_constraints.append((step, hop, value))

    def _of_the_kind(self, reading: Reading, things: set[str]) -> tuple[Constraint, Path] | None:
        """The answers linked to the named thing in one or two steps ('Rubio holds a post in the
        US'), by the link most of them share; None when none is."""
        path = reading.path
        last = len(path.steps) - 1
        links: dict[tuple[Hop | None, Hop, str], set[ox.NamedNode]] = {}
        for node in sorted(path.steps[last], key=str):
            if not isinstance(node, ox.NamedNode) or node.value in things:
                continue  # Florida is no place in Florida
            for link in self._links(node.value, things, through_any=True):
                links.setdefault(link, set()).add(node)
        if not links:
            return None
        link = max(links, key=lambda k: (len(links[k]), k[0] is None))
        via, hop, value = link
        return Constraint(last, hop, value, via), restrict(self.walker, path, last, links[link])

    def _of_no_rival(self, reading: Reading, things: set[str]) -> bool:
        """Whether no answer is tied to anything else of the named thing's kind: 'which Ukrainian
        aims' then sets none apart (sovereignty is no other country's), and says no more than
        whose aims they are."""
        kinds = {kind for thing in things for kind in self.lexicon.types.get(thing, ())}
        rivals = {t for t, its in self.lexicon.types.items() if its & kinds} - things
        return bool(rivals) and not any(
            isinstance(n, ox.NamedNode) and self._links(n.value, rivals, through_any=True)
            for n in reading.answers
        )

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
        self,
        reading: Reading,
        things: set[str],
        own_status: bool = False,
        start_first: bool = False,
        answers_only: bool = False,
    ) -> tuple[Constraint, Path] | None:
        """A node of the path, nearest the answers first, with a fact about the named thing,
        directly or through a relationship; the path narrowed to the nodes that have it. A
        status ('now', 'possibly') qualifies only a relationship the path entered through its
        principal role: Yermak's own tenure, not the one in which he was replaced."""
        path = reading.path
        values = things <= self.lexicon.values
        nearest_answers = values and not own_status
        order = range(len(path.steps) - 1, -1, -1) if nearest_answers else [*range(1, len(path.steps)), 0]
        if start_first and not values:  # 'which Western allies made commitments': the allies did
            order = [0, *range(1, len(path.steps))]
        if answers_only:  # 'led by which chief negotiator': the answers hold that post
            order = [len(path.steps) - 1]
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
                if values and link[0] is None and len(things) > 1:  # 'confirmed or possible'
                    either = [k for k in links if k[:2] == link[:2]]
                    keep = {n for n in nodes if any(self._has_link(n.value, k) for k in either)}
                    found = tuple(sorted({k[2] for k in either}))
                    narrowed = restrict(self.walker, path, step, keep) if step else path
                    return Constraint(step, link[1], found[0], None, values=found), narrowed
                keep = {n for n in nodes if self._has_link(n.value, link)}
                narrowed = restrict(self.walker, path, step, keep) if step else path
                return Constraint(step, link[1], link[2], link[0]), narrowed
        return None

    def _link_fit(self, words: list[str], link: tuple[Hop | None, Hop, str]) -> float:
        """How well the question's words name a constraint's link ('heading the team': leads,
        not memberOf); ties keep the first, in the walker's stable order."""
        bag = self.lexicon.prop_words(link[1].prop, link[1].forward)
        return sum(self.similarity(w, bag) for w in words)

    def _links(
        self, node: str, things: set[str], through_any: bool = False
    ) -> list[tuple[Hop | None, Hop, str]]:
        """The node's links to the named things: direct, or through a relationship (through
        any named node with `through_any`: 'Rubio holds a post in the US')."""
        found: list[tuple[Hop | None, Hop, str]] = []
        for hop, other in self.walker.edges(node):
            if isinstance(other, ox.NamedNode) and other.value in things:
                found.append((None, hop, other.value))
            elif (through_any and isinstance(other, ox.NamedNode)) or (
                self.walker.into_relationship(other) and not things <= self.lexicon.values
            ):
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
