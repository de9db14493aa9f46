"""What an entity page shows, read from the store as plain data: the view only renders it.

An entity's facts are the triples it is the subject (outgoing) or the object (incoming) of.
The evidence of a fact comes from its reification: `?st rdf:subject ?s ; rdf:predicate ?p ;
rdf:object ?o ; dip:evidence ?e . ?e oa:exact ?quote ; dip:sentence ?sentence`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import DIP, OA
from kg.stores import Store, Term
from web.pages import RDFS_LABEL, Node, label, node, short

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_TYPE = ox.NamedNode(RDF + "type")
RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = (ox.NamedNode(RDF + n) for n in ("subject", "predicate", "object"))
SKOS_ALT_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
EVIDENCE = ox.NamedNode(DIP.evidence)
SENTENCE = ox.NamedNode(DIP.sentence)
EXACT = ox.NamedNode(OA.exact)
IN_HEADING = {RDFS_LABEL, SKOS_ALT_LABEL, RDF_TYPE}  # shown at the top, not among the facts
REIFICATION = {RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT}  # shown as each fact's evidence instead

Index = dict[tuple[Term, Term], list["Evidence"]]


@dataclass(frozen=True)
class Evidence:
    """A quote that states a fact, within its sentence (`before` + `quote` + `after`)."""

    before: str
    quote: str
    after: str
    source: Node  # the evidence's own page
    statement: Node  # the reified statement's page


@dataclass
class Fact:
    """One property of the entity and its value (for incoming facts: the subject)."""

    property: Node
    value: Node
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Entity:
    iri: str
    title: str
    labels: list[str]
    alt_labels: list[str]
    types: list[Node]
    graphs: list[Node]
    outgoing: list[Fact]
    incoming: list[Fact]


def describe(store: Store, iri: str) -> Entity:
    """The entity page's data for `iri`."""
    term = ox.NamedNode(iri)
    quads = store.description(term)
    outgoing = [(q.predicate, q.object) for q in quads if q.subject == term and q.predicate not in IN_HEADING]
    incoming = [
        (q.predicate, q.subject) for q in quads if q.object == term and q.predicate not in REIFICATION
    ]
    graphs = dict.fromkeys(q.graph_name for q in quads if isinstance(q.graph_name, ox.NamedNode))
    return Entity(
        iri=iri,
        title=label(store, term) or short(iri),
        labels=_texts(store.objects(term, RDFS_LABEL)),
        alt_labels=_texts(store.objects(term, SKOS_ALT_LABEL)),
        types=[node(store, t) for t in store.objects(term, RDF_TYPE)],
        graphs=[node(store, g) for g in graphs],
        outgoing=_facts(store, outgoing, _evidence(store, term, RDF_SUBJECT)),
        incoming=_facts(store, incoming, _evidence(store, term, RDF_OBJECT)),
    )


def _texts(terms: list[Term]) -> list[str]:
    return [t.value for t in terms if isinstance(t, ox.Literal)]


def _facts(store: Store, pairs: list[tuple[ox.NamedNode, Term]], index: Index) -> list[Fact]:
    """One fact per distinct (property, value), with its evidence, sorted for reading."""
    facts = [
        Fact(node(store, p), node(store, value), index.get((p, value), []))
        for p, value in dict.fromkeys(pairs)
    ]
    return sorted(facts, key=lambda f: (f.property.text.lower(), f.value.text.lower()))


def _evidence(store: Store, term: ox.NamedNode, position: ox.NamedNode) -> Index:
    """The evidence of the facts with `term` at `position` (rdf:subject or rdf:object), by
    (property, the fact's other end)."""
    other_end = RDF_OBJECT if position == RDF_SUBJECT else RDF_SUBJECT
    index: Index = defaultdict(list)
    for statement in store.subjects(position, term):
        assert isinstance(statement, ox.NamedNode | ox.BlankNode)
        for p in store.objects(statement, RDF_PREDICATE):
            for end in store.objects(statement, other_end):
                index[(p, end)] += [_quote(store, statement, e) for e in store.objects(statement, EVIDENCE)]
    return index


def _quote(store: Store, statement: Term, evidence: Term) -> Evidence:
    assert isinstance(evidence, ox.NamedNode | ox.BlankNode)
    quote = next(iter(_texts(store.objects(evidence, EXACT))), "")
    sentence = next(iter(_texts(store.objects(evidence, SENTENCE))), quote)
    before, found, after = sentence.partition(quote) if quote else (sentence, "", "")
    if quote and not found:  # a quote the sentence does not hold: shown after it
        before, after = f"{sentence} ", ""
    return Evidence(before, quote, after, node(store, evidence), node(store, statement))
