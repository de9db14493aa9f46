"""Validation of article graphs: evidence against the text, SHACL shapes, OWL consistency.

Three independent checks, each returning a list of problems (empty when all is well):
- evidence: every quote occurs verbatim in its article at the offsets the graph gives;
- SHACL: the graph satisfies ontology/shapes.ttl (pyshacl);
- OWL: the ontology plus the facts are consistent for the HermiT reasoner (owlready2, Java).
"""

from __future__ import annotations

import io
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH

from kg import resources
from kg.compile import FactError, find_article_text
from kg.graph import union
from kg.namespaces import DIP, OA, PROV


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_evidence(data: Graph, near: Path | None = None) -> list[str]:
    """Each dip:Evidence quote must stand verbatim in its article at [oa:start, oa:end)."""
    problems: list[str] = []
    texts: dict[URIRef, str] = {}
    for quote in data.subjects(RDF.type, DIP.Evidence):
        exact = str(data.value(quote, OA.exact) or "")
        article = data.value(quote, PROV.wasQuotedFrom)
        start, end = data.value(quote, OA.start), data.value(quote, OA.end)
        if article is None or start is None or end is None:
            continue  # the shapes report the missing parts
        if article not in texts:
            name = data.value(article, DIP.textFile)
            if name is None:
                problems.append(f"article <{article}> has no dip:textFile to check quotes against")
                texts[article] = ""
                continue
            try:
                where = near or resources.articles_dir() / "x"
                texts[article] = find_article_text(str(name), where).read_text(encoding="utf-8")
            except FactError as exc:
                problems.append(str(exc))
                texts[article] = ""
                continue
        text = texts[article]
        if text and text[int(start) : int(end)] != exact:
            problems.append(
                f"evidence <{quote}>: quote not at offsets {start}-{end} of the article: {exact!r}"
            )
    return problems


def check_shapes(data: Graph, ontology: Graph) -> list[str]:
    """SHACL validation against ontology/shapes.ttl; one line per violation."""
    from pyshacl import validate as shacl_validate

    shapes = Graph().parse(resources.shapes_ttl(), format="turtle")
    conforms, report, _ = shacl_validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True, allow_warnings=True
    )
    if conforms:
        return []
    problems = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        where = f" {_short(path)}" if path is not None else ""
        problems.append(f"SHACL: {_short(focus)}{where}: {message}")
    return sorted(problems)


def owl_view(data: Graph) -> Graph:
    """The facts as OWL individuals: the rdf:Statement reification layer is RDF, not OWL DL.
    owl:imports is left out: owlready2 would fetch what it names, even told `only_local`."""
    statements = set(data.subjects(RDF.type, RDF.Statement))
    view = Graph()
    for s, p, o in data:
        if s not in statements and p != OWL.imports:
            view.add((s, p, o))
    return view


def _superclasses(ontology: Graph, cls: URIRef) -> set[URIRef]:
    return set(ontology.transitive_objects(cls, RDFS.subClassOf))


def disjointness_clashes(data: Graph, ontology: Graph) -> list[str]:
    """Name the individuals whose asserted or domain/range-implied classes are disjoint: the
    usual cause of an inconsistency, which HermiT reports without saying where."""
    implied: dict[URIRef, set[URIRef]] = {}
    for s, p, o in owl_view(data):
        if p == RDF.type:
            implied.setdefault(s, set()).add(o)
            continue
        for domain in ontology.objects(p, RDFS.domain):
            implied.setdefault(s, set()).add(domain)
        for range_ in ontology.objects(p, RDFS.range):
            if isinstance(o, URIRef):
                implied.setdefault(o, set()).add(range_)
    disjoint = {(a, b) for a, b in ontology.subject_objects(OWL.disjointWith)}
    clashes = []
    for individual, classes in sorted(implied.items()):
        closure = set().union(*(_superclasses(ontology, c) for c in classes if isinstance(c, URIRef)))
        for a, b in sorted(disjoint):
            if a in closure and b in closure:
                clashes.append(
                    f"{_short(individual)} would be both {_short(a)} and {_short(b)}, which are disjoint"
                )
    return clashes


def check_consistency(data: Graph, ontology_graph: Graph) -> list[str]:
    """Load the RDF/XML ontology and the facts (N-Triples) into owlready2 and run HermiT."""
    import owlready2

    if shutil.which("java") is None:
        return ["OWL: Java is not installed, so HermiT cannot run (apt-get install default-jre-headless)"]
    world = owlready2.World()
    world.get_ontology(resources.ontology_rdfxml().as_uri()).load(only_local=True)
    facts = owl_view(data).serialize(format="nt", encoding="utf-8")
    world.get_ontology("https://w3id.org/diplomacy/facts").load(
        fileobj=io.BytesIO(facts), format="ntriples", only_local=True
    )
    try:
        with world:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError:
        found = disjointness_clashes(data, ontology_graph)
        return [f"OWL: inconsistent (HermiT): {clash}" for clash in found] or [
            "OWL: the ontology and the facts are inconsistent (HermiT)"
        ]
    unsatisfiable = list(world.inconsistent_classes())
    return [f"OWL: class {c.iri} is unsatisfiable" for c in unsatisfiable if c is not owlready2.Nothing]


def _short(term: object) -> str:
    text = str(term)
    for prefix, iri in (("d:", "https://w3id.org/diplomacy/id/"), ("dip:", str(DIP))):
        if text.startswith(iri):
            return prefix + text[len(iri) :]
    return f"<{text}>"


def validate(data: Graph, ontology: Graph, near: Path | None = None, owl: bool = True) -> Report:
    """All checks over `data` (the union of the article graphs)."""
    report = Report()
    report.problems += check_evidence(data, near)
    report.checks.append("evidence quotes")
    report.problems += check_shapes(data, ontology)
    report.checks.append("SHACL shapes")
    if owl:
        report.problems += check_consistency(data, ontology)
        report.checks.append("OWL consistency (HermiT)")
    return report


def validate_graphs(
    graphs: list[Graph], ontology: Graph, near: Path | None = None, owl: bool = True
) -> Report:
    return validate(union(graphs), ontology, near, owl)
