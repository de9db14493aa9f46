"""The ontology: documented terms, OWL 2 DL declarations, and the RDF/XML kept in step."""

from __future__ import annotations

import io

import owlready2
import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS

from kg import resources
from kg.export import ontology_rdfxml
from kg.namespaces import DIP, ONTOLOGY_IRI
from kg.validate import owl_view

TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def own_terms(ontology: Graph) -> list[URIRef]:
    return sorted(
        {s for t in TERM_TYPES for s in ontology.subjects(RDF.type, t) if str(s).startswith(str(DIP))}
    )


def test_it_has_a_version_iri(ontology: Graph) -> None:
    version = ontology.value(URIRef(ONTOLOGY_IRI), OWL.versionIRI)
    assert version is not None and str(version).startswith(ONTOLOGY_IRI + "/")


def test_every_class_and_property_has_a_label_and_a_comment(ontology: Graph) -> None:
    terms = own_terms(ontology)
    assert len(terms) > 60
    for term in terms:
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, RDFS.comment) is not None, term


def test_object_and_datatype_properties_have_domains_or_ranges(ontology: Graph) -> None:
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in ontology.subjects(RDF.type, kind):
            if str(prop).startswith(str(DIP)):
                assert (prop, RDFS.domain, None) in ontology or (prop, RDFS.range, None) in ontology, prop


def test_every_dip_term_used_in_the_facts_is_declared(ontology: Graph, facts: Graph) -> None:
    declared = set(own_terms(ontology)) | {
        s for s in ontology.subjects(RDF.type, None) if str(s).startswith(str(DIP))
    }
    used = {p for p in facts.predicates() if str(p).startswith(str(DIP))}
    used |= {o for o in facts.objects(None, RDF.type) if str(o).startswith(str(DIP))}
    assert used - declared == set()


def test_it_reuses_the_standard_vocabularies(ontology: Graph) -> None:
    parents = {str(o) for o in ontology.objects(None, RDFS.subClassOf)} | {
        str(o) for o in ontology.objects(None, RDFS.subPropertyOf)
    }
    for namespace in (
        "http://www.w3.org/ns/org#",
        "https://schema.org/",
        "http://www.w3.org/ns/prov#",
        "http://xmlns.com/foaf/0.1/",
        "http://semanticweb.cs.vu.nl/2009/11/sem/",
        "http://www.w3.org/ns/oa#",
        "http://www.w3.org/2004/02/skos/core#",
    ):
        assert any(p.startswith(namespace) for p in parents), namespace


def test_it_imports_nothing(ontology: Graph) -> None:
    assert (None, OWL.imports, None) not in ontology


def test_rdfxml_is_in_step_with_the_turtle_source() -> None:
    source = resources.ontology_ttl().read_bytes()
    shipped = resources.ontology_rdfxml().read_bytes()
    assert shipped == ontology_rdfxml(source), "run `kgqa build-ontology`"
    assert isomorphic(Graph().parse(data=source, format="turtle"), Graph().parse(data=shipped, format="xml"))


@pytest.fixture(scope="module")
def owl_world(facts: Graph) -> owlready2.World:
    world = owlready2.World()
    world.get_ontology(resources.ontology_rdfxml().as_uri()).load(only_local=True)
    data = owl_view(facts).serialize(format="nt", encoding="utf-8")
    world.get_ontology("https://w3id.org/diplomacy/facts").load(
        fileobj=io.BytesIO(data), format="ntriples", only_local=True
    )
    return world


def test_owlready2_reads_the_rdfxml_ontology_and_the_facts(owl_world: owlready2.World) -> None:
    person = owl_world[str(DIP.Person)]
    assert person is not None
    names = {str(p.iri).rsplit("/", 1)[-1] for p in person.instances()}
    assert {"marco-rubio", "rustem-umerov", "andriy-yermak"} <= names


def test_hermit_finds_the_ontology_and_facts_consistent(owl_world: owlready2.World) -> None:
    with owl_world:
        owlready2.sync_reasoner_hermit(owl_world, infer_property_values=False, debug=0)
    assert list(owl_world.inconsistent_classes()) == []
    # HermiT's inferences are there: Umerov is an agent through dip:Person.
    umerov = owl_world["https://w3id.org/diplomacy/id/rustem-umerov"]
    assert owl_world[str(DIP.Agent)] in umerov.INDIRECT_is_a
