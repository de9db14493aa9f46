"""The parts of an interpretation: a path's constraints, its steps as people name them, and the
reading that gathers them with its score."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.qa.walker import Hop, Path, Term


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
    values: tuple[str, ...] = ()  # either of these ('confirmed or possible'), when several

    @property
    def any_of(self) -> tuple[str, ...]:
        return self.values or (self.value,)


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
    relations_missed: list[str] = field(default_factory=list)  # 'say' of a path with no saying

    @property
    def answers(self) -> set[Term]:
        return self.path.answers


def _signature(reading: Reading) -> str:
    """A stable order among readings that score the same."""
    hops = " ".join(("" if h.forward else "^") + h.prop for h in reading.path.hops)
    return f"{reading.path.start} {hops}"
