"""Answering a question: read it, choose an interpretation, run its SPARQL, gather evidence."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

import pyoxigraph as ox

from kg.namespaces import DIP
from kg.qa.about import fact_groups, select_about, summary
from kg.qa.analysis import QuestionReader
from kg.qa.interpret import Interpreter
from kg.qa.lexicon import Lexicon
from kg.qa.linker import unknown_names
from kg.qa.question import Question
from kg.qa.reading import Reading
from kg.qa.requests import unaddressed
from kg.qa.scoring import MIN_SCORE
from kg.qa.sources import Quoted, Sources, row_triples, stated_by
from kg.qa.sparql import select_query
from kg.qa.text import join_labels
from kg.qa.verdict import Verdicts
from kg.qa.walker import Walker
from kg.stores import Store

MAX_QUESTION_CHARS = 500
NO_MARGIN = 2.0  # a "no" only from a reading this close to the best one
QUALIFIERS = (str(DIP.factuality), str(DIP.tenureStatus), str(DIP.eventStatus))
NUMERIC = ("integer", "decimal", "double", "float", "int", "long")


@dataclass
class Answer:
    question: str
    answered: bool = False
    answers: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    sparql: str = ""
    message: str = ""

    def to_json(self) -> dict:
        return asdict(self)


class QuestionAnswerer:
    """The question layer over one store; the same object serves the CLI and the web."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.lexicon = Lexicon.from_store(store)
        self.walker = Walker(store, self.lexicon)
        self.reader = QuestionReader(self.lexicon)
        self.interpreter = Interpreter(self.lexicon, self.walker)
        self.sources = Sources(store)
        self.verdicts = Verdicts(self.lexicon, self.interpreter)

    def ask(self, text: str) -> Answer:
        text = " ".join(text.split())
        if not text:
            return Answer(text, message="Please ask a question.")
        if len(text) > MAX_QUESTION_CHARS:
            return Answer(
                text[:MAX_QUESTION_CHARS],
                message=f"Questions are limited to {MAX_QUESTION_CHARS} characters.",
            )
        question = self.reader.read(text)
        # 'who will meet Merkel?': no guess from the rest; 'Hey Google' names no one to know, and
        # nor does a story the question is read without ('for a model UN brief - who is ...')
        unknown = [
            name
            for name in unknown_names(unaddressed(text), self.lexicon)
            if re.search(rf"\b{re.escape(name)}\b", question.text)  # not 'East' in 'Eastern Europe'
        ]
        if unknown:
            return Answer(text, message=f"The article does not say anything about {unknown[0]}.")
        if question.form == "about":
            return self._about(question)
        readings = self.interpreter.readings(question)
        if question.form == "yesno":
            answer = self._yes_no(question, readings)
            names = question.entity_mentions
            if not answer.answered and len(names) > 1 and question.asked_mention is not names[0]:
                question.asked_override = names[0]  # 'is military aid among ...': then the subject
                answer = self._yes_no(question, self.interpreter.readings(question))
            return answer
        best = readings[0] if readings else None
        if best is not None and question.relation_words and best.matched == 0:
            # 'what are the long-term goals for Ukraine': a path that says none of its words is passed
            best = next((r for r in readings if r.matched > 0), None)
        if best is None or best.score < MIN_SCORE:
            return self._unanswered(question)
        if not question.mentions and any(
            r.score == best.score and r.answers != best.answers for r in readings[1:3]
        ):
            return self._unanswered(question)  # 'what did the secretary say': whose words, nothing tells
        if {question.verb, question.main_verb, question.head_relation} & set(best.relations_missed):
            # 'what did Kushner say': he is quoted nowhere; 'who replaced Umerov': nobody did;
            # 'putins reaction to the talks': he has none in the article
            return self._unanswered(question)
        best = self.interpreter.describe_filter(question, best)
        return self._answer(question, best)

    # -- answers ------------------------------------------------------------------------

    def _run(self, question: Question, reading: Reading) -> tuple[str, list[dict[str, ox.Term]]]:
        sparql = select_query(reading, reading.exclude)
        result = self.store.query(sparql)
        rows = [{v: s[v] for v in result.variables if s[v] is not None} for s in result.raw]
        return sparql, rows

    def _answer(self, question: Question, reading: Reading) -> Answer:
        sparql, rows = self._run(question, reading)
        answer = Answer(question.text, sparql=sparql)
        if not rows:
            return self._unanswered(question)
        rows = self._standing_now(question, reading, rows)
        if not rows:
            return self._unanswered(question)
        answer.answered = True
        rows, quoted, articles, latest = self._sourced(question, reading, rows)
        values = sorted(set(r["answer"] for r in rows), key=lambda v: self._label(v).lower())
        if question.duration and any(isinstance(v, ox.NamedNode) for v in values):
            return self._unanswered(question)  # 'how long has he been ...': no thing is a span of time
        counted = any(isinstance(v, ox.NamedNode) for v in values)  # not 'millions displaced'
        if question.form == "count" and counted and not (len(values) == 1 and self._is_number(values[0])):
            answer.answers = [{"label": str(len(values)), "iri": None, "kind": "count"}]
            answer.message = f"{len(values)}: {join_labels([self._qualified(v, rows) for v in values])}."
        else:
            answer.answers = [self._answer_item(v, question) for v in values]
            if self.sources.several:  # which article says it, when there is a choice
                for item, value in zip(answer.answers, values, strict=True):
                    found = (a for row, a in zip(rows, articles, strict=True) if row["answer"] == value)
                    item["sources"] = sorted(set().union(*found))
            answer.message = join_labels([self._qualified(v, rows) for v in values]) + "."
        if latest is not None:
            answer.message = (
                answer.message[:-1] + f", according to the latest article, “{self.sources.titles[latest]}”."
            )
        answer.evidence = self.sources.evidence(quoted)
        return answer

    def _answer_item(self, value: ox.Term, question: Question) -> dict:
        if isinstance(value, ox.NamedNode):
            return {
                "label": self.lexicon.label.get(value.value, value.value),
                "iri": value.value,
                "kind": "entity",
            }
        kind = (
            "count" if question.form in ("count", "how", "amount") and self._is_number(value) else "literal"
        )
        return {"label": value.value, "iri": None, "kind": kind}

    @staticmethod
    def _is_number(value: ox.Term) -> bool:
        return isinstance(value, ox.Literal) and value.datatype.value.endswith(NUMERIC)

    def _label(self, value: ox.Term) -> str:
        if isinstance(value, ox.NamedNode):
            return self.lexicon.label.get(value.value, value.value)
        return value.value

    def _qualified(self, value: ox.Term, rows: list[dict[str, ox.Term]]) -> str:
        """The answer's label with how certain the article is of it (possible, planned, former)."""
        notes: list[str] = []
        for row in rows:
            if row["answer"] != value:
                continue
            near = [row["answer"], row.get(f"x{len(row) - 1}")]  # the answer and the step before it
            for node in near:
                if isinstance(node, ox.NamedNode):
                    for hop, other in self.walker.edges(node.value):
                        if hop.forward and hop.prop in QUALIFIERS:
                            notes.append(self._label(other))
        notes = [n for n in dict.fromkeys(notes) if n not in ("certain", "current", "held")]
        return self._label(value) + (f" ({', '.join(notes)})" if notes else "")

    def _evidence(self, reading: Reading, rows: list[dict[str, ox.Term]]) -> list[dict]:
        triples = set().union(*(row_triples(reading, row) for row in rows))
        return self.sources.evidence(self.sources.quoted(triples))

    def _standing_now(
        self, question: Question, reading: Reading, rows: list[dict[str, ox.Term]]
    ) -> list[dict[str, ox.Term]]:
        """The rows that still stand for a question about now ('what job does Yermak hold
        now?' is not answered by one he held before); every row for any other question."""
        present = question.form == "yesno" and question.words[0] in ("is", "are", "does", "do")
        if not (question.now or present):  # 'is Yermak the chief negotiator?' asks about now too
            return rows
        hops = reading.path.hops
        own_resignation = (
            len(hops) > 1
            and (hops[0].prop, hops[0].forward) == (str(DIP.agent), False)
            and (hops[1].prop, hops[1].forward) == (str(DIP.resignedFrom), True)
        )
        if own_resignation:
            return []  # 'what does Yermak do now': what he resigned from, and where it is, is behind him
        return [
            r
            for r in rows
            if self._held_now(reading.path.start, r["answer"])
            and not self._held_before(reading.path.start, r)
        ]

    def _held_before(self, start: str, row: dict[str, ox.Term]) -> bool:
        """Whether the answer is reached through someone else's tenure that is over: 'the current
        position of the man Umerov succeeded' is not the post that man held. (A tenure of the
        start's own post or holder is left to `_held_now`, which weighs the articles.)"""
        before = row.get(f"x{len(row) - 1}")
        if not isinstance(before, ox.NamedNode):
            return False

        def has(prop: str, value: ox.Term) -> bool:
            return next(self.store.quads_for_pattern(before, ox.NamedNode(prop), value), None) is not None

        own = has(str(DIP.holder), ox.NamedNode(start)) or has(str(DIP.ofPost), ox.NamedNode(start))
        return not own and has(str(DIP.tenureStatus), ox.NamedNode(str(DIP.Former)))

    def _held_now(self, start: str, value: ox.Term) -> bool:
        """Between a person and a post, the answer stands now only if the person holds the post
        (dip:holds, the shortcut of current tenures); anything else stands as found."""
        post, person = str(DIP.Post), str(DIP.Person)
        if not isinstance(value, ox.NamedNode):
            return True
        pair = None
        if self.lexicon.is_a(value.value, post) and self.lexicon.is_a(start, person):
            pair = (start, value.value)
        elif self.lexicon.is_a(value.value, person) and self.lexicon.is_a(start, post):
            pair = (value.value, start)
        if pair is None:
            return True
        holder, held = (ox.NamedNode(t) for t in pair)
        return (
            next(self.store.quads_for_pattern(holder, ox.NamedNode(str(DIP.holds)), held), None) is not None
        )

    @staticmethod
    def _current_implied(reading: Reading) -> bool:
        """'Who is Ukraine's chief negotiator?' asks for the current holder, as 'now' does."""
        return any(c.implied and c.hop.prop == str(DIP.tenureStatus) for c in reading.constraints)

    def _sourced(
        self, question: Question, reading: Reading, rows: list[dict[str, ox.Term]]
    ) -> tuple[list[dict[str, ox.Term]], list[Quoted], list[set[str]], str | None]:
        """The rows kept, the quotes behind them, each row's articles, and, for a question
        about now ('who leads it now?') over several articles, the latest article that answers:
        then only its answers are kept, as later news overrides earlier."""
        per_row = [row_triples(reading, row) for row in rows]
        quoted = self.sources.quoted(set().union(*per_row))
        articles = [stated_by(t, quoted) for t in per_row]
        latest = None
        if self.sources.several and (question.now or self._current_implied(reading)):
            latest = self.sources.latest(set().union(*articles))
            keep = [i for i, a in enumerate(articles) if latest in a]
            if 0 < len(keep) < len(rows):
                rows, per_row, articles = ([xs[i] for i in keep] for xs in (rows, per_row, articles))
            else:
                latest = None  # every answer is the latest article's, or none is
        wanted = set().union(*per_row)
        return rows, [q for q in quoted if q.triple in wanted], articles, latest

    # -- yes / no -----------------------------------------------------------------------

    def _yes_no(self, question: Question, readings: list[Reading]) -> Answer:
        best = readings[0].score if readings else 0.0
        for reading in readings:
            if reading.score < MIN_SCORE or (question.relation_words and reading.matched == 0):
                continue
            verdict = self.verdicts.verdict(question, reading)
            if verdict is None:
                continue
            if verdict is False and reading.score < best - NO_MARGIN:
                continue  # a 'no' from a reading far worse than the best, which could not tell, is a guess
            sparql, rows = self._run(question, reading)
            reached = {row["answer"].value for row in rows if isinstance(row.get("answer"), ox.NamedNode)}
            if verdict and reading.included - reached:
                continue  # "did Witkoff meet Putin in Florida": the talks in Florida were not with Putin
            past = bool(verdict and rows and not self._standing_now(question, reading, rows))
            if past:
                verdict = False  # 'is Yermak the chief negotiator now?': he was
            answer = Answer(question.text, answered=True, sparql=sparql)
            answer.answers = [{"label": "yes" if verdict else "no", "iri": None, "kind": "boolean"}]
            things = sorted(  # by label, as answers are: not in whatever order the store gave
                (
                    v
                    for v in dict.fromkeys(r["answer"] for r in rows)
                    if isinstance(v, ox.NamedNode) and v.value not in self.lexicon.values
                ),
                key=self._label,
            )
            named = [v for v in things if v.value in question.named]  # 'meet Putin?': Putin, not all
            things = named or things
            found = join_labels([self._qualified(v, rows) for v in things]) if things else ""
            answer.message = ("Yes" if verdict else "No, not now" if past else "No") + (
                f": the article names {found}" + (" as held before." if past else ".") if found else "."
            )
            answer.evidence = self._evidence(reading, rows)
            return answer
        return self._unanswered(question)

    # -- about and nothing --------------------------------------------------------------

    def _about(self, question: Question) -> Answer:
        thing = sorted(question.mentions[0].things)[0]
        sparql = select_about(thing)
        facts = [(s["p"], s["o"], s["way"].value == "out", s["plabel"]) for s in self.store.query(sparql).raw]
        answer = Answer(question.text, answered=True, sparql=sparql)
        name = self.lexicon.label.get(thing, thing)
        answer.answers = [{"label": name, "iri": thing, "kind": "entity"}]
        answer.message = f"{name}: {summary(fact_groups(facts, self.lexicon.label))}."
        triples = [(ox.NamedNode(thing), p, o) if f else (o, p, ox.NamedNode(thing)) for p, o, f, _ in facts]
        answer.evidence = self.sources.evidence(self.sources.quoted(triples[:40]))
        return answer

    def _unanswered(self, question: Question) -> Answer:
        named = [  # a thing to read about: not a status word such as 'ongoing', nor a tenure
            self.lexicon.label.get(sorted(m.things)[0], m.text)
            for m in question.mentions
            if not m.things <= self.lexicon.values
            and not any(self.lexicon.is_a(t, str(DIP.Relationship)) for t in m.things)
        ]
        suggestion = (
            f" You could ask: tell me about {named[0]}."
            if named
            else " You could ask who leads Ukraine's delegation."
        )
        return Answer(question.text, message="The article does not say." + suggestion)
