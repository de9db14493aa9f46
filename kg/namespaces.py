"""The namespaces the project mints and reuses, in one place."""

from functools import lru_cache

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD


class _RememberingNamespace(Namespace):
    """rdflib's Namespace, making each term once: the question layer names the same few
    ontology terms (`DIP.Person`) in its inner loops, and rdflib checks and builds a new IRI
    object on every attribute access."""

    def term(self, name: str) -> URIRef:
        return _term(str(self), name)


@lru_cache(maxsize=4096)
def _term(base: str, name: str) -> URIRef:
    return Namespace(base).term(name)


BASE = "https://w3id.org/diplomacy/"
DIP = _RememberingNamespace(BASE + "ontology#")
ONTOLOGY_IRI = BASE + "ontology"
ID = Namespace(BASE + "id/")
ARTICLE = Namespace(BASE + "article/")
GRAPH = Namespace(BASE + "graph/")
STATEMENT = Namespace(BASE + "statement/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, str] = {
    "dip": str(DIP),
    "d": str(ID),
    "org": str(ORG),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "oa": str(OA),
    "foaf": str(FOAF),
    "sem": str(SEM),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "wd": str(WD),
}


def sparql_prologue() -> str:
    """PREFIX lines for every prefix above, for queries typed by people."""
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())
