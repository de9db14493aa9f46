"""`kgqa ingest ARTICLE.txt FACTS`: a new article and its facts, checked, then added as one graph.

The facts file is in the authored form of kg/facts (see the comment at its top), written in
TriG or JSON-LD (a named graph per evidence quote), or in Turtle, which has no named graphs:
there, each fact is stated as usual and tied to its quote by a reified statement,

    [] a rdf:Statement ; rdf:subject d:x ; rdf:predicate dip:leads ; rdf:object d:y ;
       dip:evidence ev:quote .

Everything is checked before anything is written: the file parses (with our base IRI, whatever
`@base` it declares, and IRIs only of web schemes: no file: or other local names), it declares
one schema:NewsArticle, every quote stands exactly once in the article's text, and the compiled
graph satisfies the SHACL shapes. Each problem is reported with the line of the facts file it
comes from. Then the graph is written in one transaction (on Oxigraph), so that a crash halfway
leaves the store as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, XSD

from kg.compile import Article, FactError, compile_article, locate_quote
from kg.graph import ONTOLOGY_GRAPH, load_ontology
from kg.namespaces import DIP, ID, OA, PROV, SCHEMA
from kg.stores import Store
from kg.stores.rdflib_memory import add_quads, to_ox, to_rdflib

FACT_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".ttl": ox.RdfFormat.TURTLE,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".nq": ox.RdfFormat.N_QUADS,
}
BASE_IRI = str(ID)  # relative IRIs name entities, whatever base the file declares for itself
WEB_SCHEMES = ("http://", "https://", "urn:", "mailto:", "tag:")
MAX_ARTICLE_BYTES = 1 << 20


class IngestError(ValueError):
    """Facts that cannot be added as they stand; `problems` says each thing that is wrong."""

    def __init__(self, source: Path, problems: list[str]) -> None:
        self.problems = problems
        listed = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{source}: nothing was added; {len(problems)} problem(s):\n{listed}")


@dataclass(frozen=True)
class Ingested:
    article: str
    graph: str
    quads: int
    replaced: bool

    def __str__(self) -> str:
        verb = "replaced" if self.replaced else "added"
        return f"{verb} <{self.graph}>: {self.quads} triples from <{self.article}>"


def ingest(store: Store, article_path: Path, facts_path: Path, *, replace: bool = False) -> Ingested:
    """Check the article's facts, then add them to `store` as the article's named graph, in one
    transaction. An article already in the store is an error unless `replace`."""
    article, graph = prepare(article_path, facts_path, store)
    exists = store.has_graph(str(article.graph_iri))
    if exists and not replace:
        raise IngestError(
            facts_path,
            [f"the store already holds <{article.graph_iri}>; ingest with --replace to replace it"],
        )
    name = ox.NamedNode(str(article.graph_iri))
    store.put_graph(name, [ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in graph])  # type: ignore[arg-type]
    return Ingested(str(article.iri), str(article.graph_iri), len(graph), exists)


def prepare(article_path: Path, facts_path: Path, store: Store | None = None) -> tuple[Article, Graph]:
    """The article's published graph, or IngestError listing every problem found."""
    text = _article_text(article_path)
    source = _read(facts_path)
    authored = _parse(facts_path, source)
    problems = _unsafe_iris(authored, source)
    default = authored.graph(DATASET_DEFAULT_GRAPH_ID)
    articles = list(default.subjects(RDF.type, SCHEMA.NewsArticle))
    if len(articles) != 1:
        problems.append(f"the facts declare {len(articles)} schema:NewsArticle; exactly one is needed")
    if problems:
        raise IngestError(facts_path, problems)
    iri = URIRef(articles[0])
    default.set((iri, DIP.textFile, Literal(article_path.name)))
    article = Article(iri, text, article_path)
    problems = _quote_problems(default, text, source)
    if problems:
        raise IngestError(facts_path, problems)
    try:
        graph = compile_article(article, authored, str(facts_path))
    except FactError as exc:
        raise IngestError(facts_path, [str(exc)]) from exc
    problems = _shape_problems(graph, source, store)
    if problems:
        raise IngestError(facts_path, problems)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    graph.add((article.graph_iri, PROV.generatedAtTime, Literal(now, datatype=XSD.dateTime)))
    return article, graph


def _article_text(path: Path) -> str:
    data = _read(path)
    if len(data) > MAX_ARTICLE_BYTES:
        raise IngestError(path, [f"the article is {len(data)} bytes; at most {MAX_ARTICLE_BYTES} are taken"])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise IngestError(path, [f"line {line}: the article is not UTF-8 text"]) from exc


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(path, [exc.strerror or str(exc)]) from exc


def _parse(path: Path, source: bytes) -> Dataset:
    """The authored facts as an rdflib Dataset; Turtle's reified facts moved to their quotes'
    graphs. Parsed by Oxigraph, which fetches nothing (a remote JSON-LD context is an error)."""
    fmt = FACT_FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(FACT_FORMATS))
        raise IngestError(path, [f"unknown facts file type {path.suffix!r} (known: {known})"])
    try:
        quads = list(ox.parse(source, fmt, base_iri=BASE_IRI, rename_blank_nodes=True))
    except SyntaxError as exc:
        where = f"line {exc.lineno}: " if exc.lineno else ""
        raise IngestError(path, [f"{where}not valid {fmt.name}: {exc.msg}"]) from exc
    authored = Dataset()
    add_quads(authored, quads)
    _statements_to_graphs(authored)
    return authored


def _statements_to_graphs(authored: Dataset) -> None:
    """Turtle's form: each `rdf:Statement` with dip:evidence becomes its fact in the quote's graph."""
    default = authored.graph(DATASET_DEFAULT_GRAPH_ID)
    for statement in list(default.subjects(DIP.evidence, None)):
        parts = [default.value(statement, p) for p in (RDF.subject, RDF.predicate, RDF.object)]
        if any(part is None for part in parts):
            continue  # left for the shapes to report
        s, p, o = parts
        for quote in default.objects(statement, DIP.evidence):
            authored.graph(quote).add((s, p, o))  # type: ignore[arg-type]
        default.remove((statement, None, None))
        default.remove((s, p, o))  # type: ignore[arg-type]


def _unsafe_iris(authored: Dataset, source: bytes) -> list[str]:
    """IRIs that are not of the web (file:, and names of local things): refused, so that no
    later tool reading the published graph is led to open them."""
    problems = []
    for quad in authored.quads((None, None, None, None)):
        for term in quad:
            if isinstance(term, URIRef) and not str(term).startswith(WEB_SCHEMES):
                said = f"IRI <{term}>: only http(s), urn, mailto and tag IRIs are taken"
                problems.append(_line(source, str(term)) + said)
    return list(dict.fromkeys(problems))


def _quote_problems(default: Graph, text: str, source: bytes) -> list[str]:
    problems = []
    for quote, exact in default.subject_objects(OA.exact):
        try:
            locate_quote(text, str(exact))
        except FactError as exc:
            problems.append(f"{_line(source, str(exact)[:60], str(quote))}evidence <{quote}>: {exc}")
    return sorted(problems, key=_line_number)


def _shape_problems(graph: Graph, source: bytes, store: Store | None) -> list[str]:
    """SHACL over the new graph, which must stand on its own (as each article's graph does), but
    for the types of the things it names, which the store may know from other articles. Only
    types: a tenure that was current in one article is former in a later one, and the shapes
    rightly allow one status per graph."""
    from kg.validate import check_shapes

    data = Graph()
    for triple in graph:
        data.add(triple)
    if store is not None:
        _add_known_types(data, store, {t for t in graph.all_nodes() if isinstance(t, URIRef)})
    ontology = load_ontology()
    problems = []
    for problem in check_shapes(data, ontology):
        problems.append(_line(source, *_shape_needles(problem)) + problem)
    return sorted(problems, key=_line_number)


def _add_known_types(data: Graph, store: Store, nodes: Iterable[URIRef]) -> None:
    ontology = ox.NamedNode(str(ONTOLOGY_GRAPH))
    kind = ox.NamedNode(str(RDF.type))
    for node in nodes:
        for quad in store.quads_for_pattern(ox.NamedNode(str(node)), kind, None):
            if quad.graph_name != ontology:
                data.add((node, RDF.type, to_rdflib(quad.object)))


def _shape_needles(problem: str) -> list[tuple[str, ...]]:
    """What to look for in the facts file to place a SHACL problem: its node and property
    together on a line, else the node; for a fact without evidence, its subject and predicate."""
    head, _, message = problem.removeprefix("SHACL: ").partition(": ")
    if message.startswith("fact without evidence: "):
        terms = message.removeprefix("fact without evidence: ").split()
    else:
        terms = [_full(t) for t in head.split()]
    return [tuple(terms[:2]), tuple(terms[:1])]


def _full(short: str) -> str:
    if short.startswith("d:"):
        return str(ID) + short[2:]
    if short.startswith("dip:"):
        return str(DIP) + short[4:]
    return short.strip("<>")


def _line(source: bytes, *needles: str | tuple[str, ...]) -> str:
    """'line N: ' for the first line of the facts file that holds a needle (a tuple: all its
    parts). An IRI is looked for whole, or by its last part, as a prefixed name or JSON-LD
    term writes it."""
    lines = source.decode("utf-8", "replace").splitlines()
    for needle in needles:
        parts = [p for p in (needle if isinstance(needle, tuple) else (needle,)) if p]
        if not parts:
            continue
        for number, line in enumerate(lines, 1):
            if all(any(v in line for v in _spellings(p)) for p in parts):
                return f"line {number}: "
    return ""


def _spellings(term: str) -> list[str]:
    """How a file may write an IRI: whole, prefixed (d:x), relative (<x>), or as a JSON-LD term."""
    if ":" not in term or term.startswith('"'):
        return [term]
    tail = term.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return [term, f":{tail}", f"/{tail}", f"#{tail}", f"<{tail}>"] if tail else [term]


def _line_number(problem: str) -> int:
    return int(problem.split()[1].rstrip(":")) if problem.startswith("line ") else 0
