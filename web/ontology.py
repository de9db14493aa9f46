"""/ontology: the ontology's documentation page (one anchor per term: /ontology#Person), or with
an RDF Accept (or format=) the ontology's named graph itself."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from flask import Blueprint, Response, request
from werkzeug.exceptions import NotFound

from kg.namespaces import DIP, ONTOLOGY_IRI
from kg.stores import Store, Term
from web.formats import GRAPHS, HTML, choose
from web.pages import Node, alternates, compact, html_page, label, node
from web.rdf import rdf_response
from web.state import get_store

OFFERED = (HTML, *GRAPHS)
RDF, RDFS, OWL = (
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://www.w3.org/2000/01/rdf-schema#",
    "http://www.w3.org/2002/07/owl#",
)
SKOS = "http://www.w3.org/2004/02/skos/core#"
SECTIONS = (  # (heading, the rdf:type that puts a term there); the rest are individuals
    ("Classes", OWL + "Class"),
    ("Object properties", OWL + "ObjectProperty"),
    ("Datatype properties", OWL + "DatatypeProperty"),
    ("Annotation properties", OWL + "AnnotationProperty"),
)
RELATIONS = (  # (what the row says, predicate, True if the term is its object)
    ("type", RDF + "type", False),
    ("subclass of", RDFS + "subClassOf", False),
    ("superclass of", RDFS + "subClassOf", True),
    ("equivalent to", OWL + "equivalentClass", False),
    ("disjoint with", OWL + "disjointWith", False),
    ("subproperty of", RDFS + "subPropertyOf", False),
    ("superproperty of", RDFS + "subPropertyOf", True),
    ("domain", RDFS + "domain", False),
    ("range", RDFS + "range", False),
    ("inverse of", OWL + "inverseOf", False),
    ("inverse of", OWL + "inverseOf", True),
    ("in scheme", SKOS + "inScheme", False),
    ("notation", SKOS + "notation", False),
    ("question phrases", DIP.questionPhrase, False),
    ("version", OWL + "versionInfo", False),
    ("version IRI", OWL + "versionIRI", False),
    ("license", "http://purl.org/dc/terms/license", False),
)

bp = Blueprint("ontology", __name__)


@dataclass
class TermDoc:
    """One term of the ontology as its page documents it."""

    anchor: str
    name: str
    iri: str
    label: str
    comments: list[str]
    alt_labels: list[str]
    rows: list[tuple[str, list[Node]]]


@bp.route("/ontology")
def ontology() -> Response:
    """The ontology: documented for browsers, its graph for RDF clients."""
    fmt = choose(OFFERED, request.args.getlist("format"), "the ontology")
    store = get_store()
    if not store.has_graph(ONTOLOGY_IRI):
        raise NotFound(f"this service holds no ontology graph <{ONTOLOGY_IRI}>")
    if fmt is not HTML:
        return rdf_response(store.quads(ONTOLOGY_IRI), fmt)
    root = ox.NamedNode(ONTOLOGY_IRI)
    return html_page(
        "ontology/ontology.html",
        links=alternates("/ontology"),
        about=document(store, root),
        sections=sections(store),
    )


def sections(store: Store) -> list[tuple[str, list[TermDoc]]]:
    """Every term the ontology graph describes: its own by kind, then those it reuses."""
    terms = {q.subject for q in store.quads(ONTOLOGY_IRI) if isinstance(q.subject, ox.NamedNode)}
    terms.discard(ox.NamedNode(ONTOLOGY_IRI))
    own = {t for t in terms if t.value.startswith(str(DIP))}
    found: list[tuple[str, list[TermDoc]]] = []
    for heading, kind in (*SECTIONS, ("Individuals and code values", None)):
        found.append((heading, _documented(store, {t for t in own if _kind(store, t) == kind})))
    return [*found, ("Terms reused from other vocabularies", _documented(store, terms - own))]


def _documented(store: Store, terms: set[ox.NamedNode]) -> list[TermDoc]:
    return sorted((document(store, t) for t in terms), key=lambda d: (d.label.lower(), d.anchor))


def _kind(store: Store, term: Term) -> str | None:
    assert isinstance(term, ox.NamedNode | ox.BlankNode)
    types = {t.value for t in store.objects(term, ox.NamedNode(RDF + "type"))}
    return next((kind for _, kind in SECTIONS if kind in types), None)


def document(store: Store, term: ox.NamedNode) -> TermDoc:
    """What the page says about one term: its names, comments and relations."""
    rows = [
        (says, values)
        for says, predicate, inverse in RELATIONS
        if (values := _related(store, term, predicate, inverse))
    ]
    name = compact(term.value)
    return TermDoc(
        anchor=name.removeprefix("dip:"),
        name=name,
        iri=term.value,
        label=label(store, term) or name,
        comments=_texts(store, term, RDFS + "comment"),
        alt_labels=_texts(store, term, SKOS + "altLabel"),
        rows=rows,
    )


def _related(store: Store, term: ox.NamedNode, predicate: str, inverse: bool) -> list[Node]:
    link = ox.NamedNode(predicate)
    found = store.subjects(link, term) if inverse else store.objects(term, link)
    return sorted((node(store, t) for t in found), key=lambda n: n.text.lower())


def _texts(store: Store, term: ox.NamedNode, predicate: str) -> list[str]:
    return [t.value for t in store.objects(term, ox.NamedNode(predicate)) if isinstance(t, ox.Literal)]
