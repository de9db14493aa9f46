"""Walks the graph outward from the things a question names, collecting the paths it could mean.

A path is a sequence of hops (a property, walked forward or backward); all the nodes a path
reaches from its start are the answers a SPARQL query of that shape would give. Walks do not
pass through code-list values (certain, planned, unresolved ...), classes, evidence or articles:
those end a path, they do not connect facts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import DIP
from kg.qa.lexicon import Lexicon
from kg.stores import Store

MAX_HOPS = 3
MAX_LENGTH = 6
MAX_FANOUT = 60


@dataclass(frozen=True)
class Hop:
    prop: str
    forward: bool


Term = ox.NamedNode | ox.Literal


@dataclass
class Path:
    """One shape of path from `start`: the nodes reached at each step, per step."""

    start: str
    hops: tuple[Hop, ...]
    steps: list[set[Term]] = field(default_factory=list)

    @property
    def answers(self) -> set[Term]:
        return self.steps[-1]


class Walker:
    def __init__(self, store: Store, lexicon: Lexicon) -> None:
        self.store = store
        self.lexicon = lexicon
        self._edges: dict[str, list[tuple[Hop, Term]]] = {}

    def traversable(self, prop: str) -> bool:
        """The ontology's own fact properties; not provenance (dip:evidence) nor other vocabularies'."""
        return prop in self.lexicon.properties and prop.startswith(str(DIP)) and prop != str(DIP.evidence)

    def edges(self, node: str) -> list[tuple[Hop, Term]]:
        """The node's facts in both directions, over the ontology's fact properties only."""
        if node not in self._edges:
            iri = ox.NamedNode(node)
            found: list[tuple[Hop, Term]] = []
            for quad in self.store.quads_for_pattern(iri, None, None):
                if self.traversable(quad.predicate.value):
                    found.append((Hop(quad.predicate.value, True), quad.object))
            for quad in self.store.quads_for_pattern(None, None, iri):
                if self.traversable(quad.predicate.value) and isinstance(quad.subject, ox.NamedNode):
                    found.append((Hop(quad.predicate.value, False), quad.subject))
            self._edges[node] = sorted(set(found), key=lambda e: (e[0].prop, e[0].forward, str(e[1])))
        return self._edges[node]

    def passable(self, node: Term) -> bool:
        if not isinstance(node, ox.NamedNode):
            return False
        value = node.value
        return value not in self.lexicon.values and value not in self.lexicon.classes

    def into_relationship(self, node: Term) -> bool:
        return isinstance(node, ox.NamedNode) and str(DIP.Relationship) in self.lexicon.all_types(node.value)

    def _sibling_hop(self, path: Path, node: Term) -> Hop | None:
        """The hop straight back along the property just walked ('the plan's other outcomes'),
        barred except through a meeting, whose other participants are what people ask for."""
        if not path.hops or self.lexicon.is_a(node.value, str(DIP.Meeting)):
            return None
        last = path.hops[-1]
        return Hop(last.prop, not last.forward)

    def walk(self, start: str, max_hops: int = MAX_HOPS) -> list[Path]:
        """Every path shape from `start` of at most `max_hops` hops, never back to the start or
        to the step just left (a delegation's leader may also be among the talks' participants).
        A hop into a relationship (a tenure, a participation) is free: going through one from a
        person to an event is one hop, as it reads."""
        paths: list[Path] = []
        frontier = [(Path(start, (), [{ox.NamedNode(start)}]), 0)]
        while frontier:
            grown: dict[tuple[Hop, ...], tuple[Path, int]] = {}
            for path, cost in frontier:
                seen = path.steps[0] | path.steps[-2] if len(path.steps) > 1 else path.steps[0]
                by_hop: dict[Hop, set[Term]] = defaultdict(set)
                for node in path.answers:
                    if not self.passable(node):
                        continue
                    back = self._sibling_hop(path, node)
                    for hop, other in self.edges(node.value)[:MAX_FANOUT]:
                        if other not in seen and hop != back:
                            by_hop[hop].add(other)
                for hop, reached in by_hop.items():
                    free = all(self.into_relationship(n) for n in reached)
                    if cost + (0 if free else 1) > max_hops or len(path.hops) >= MAX_LENGTH:
                        continue
                    shape = (*path.hops, hop)
                    target, _ = grown.setdefault(
                        shape, (Path(start, shape, [*path.steps, set()]), cost + (0 if free else 1))
                    )
                    target.steps[-1] |= reached
            frontier = list(grown.values())
            paths += [p for p, _ in frontier]
        return paths


def restrict(walker: Walker, path: Path, step: int, keep: set[Term]) -> Path:
    """The same path with the nodes at `step` limited to `keep`, and later steps recomputed."""
    steps = [set(s) for s in path.steps]
    steps[step] &= keep
    for i in range(step, len(path.hops)):
        hop = path.hops[i]
        reached: set[Term] = set()
        for node in steps[i]:
            if walker.passable(node) or i == 0:
                reached |= {other for h, other in walker.edges(node.value) if h == hop}
        steps[i + 1] = reached & path.steps[i + 1]
    return Path(path.start, path.hops, steps)
