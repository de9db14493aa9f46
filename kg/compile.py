"""Compile an article's authored facts into its published named graph.

Authored form (kg/facts/*.trig): the default graph declares the article, the entities and the
evidence quotes (`ev:x oa:exact "..."`); each named graph is named after one quote and holds the
facts that quote states.

Published form: one named graph per article holding every triple, each fact triple reified as an
`rdf:Statement` whose `dip:evidence` is the quote, and each quote made a `dip:Evidence` with its
sentence, its character offsets and `prov:wasQuotedFrom` the article. The materialisation rules
of ontology/rules/ then add shortcut triples (dip:holds, dip:succeeded, dip:participant) that carry
the evidence of the facts they come from.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, XSD
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from kg import resources
from kg.namespaces import DIP, GRAPH, OA, PROV, SCHEMA, STATEMENT

CONTEXT_CHARS = 32
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.!?])[”’\"]?\s+(?=[A-Z“‘\"])|(?<=[.!?][”’])\s+")


class FactError(ValueError):
    """An authored fact file that cannot be published as it stands."""


@dataclass(frozen=True)
class Article:
    iri: URIRef
    text: str
    path: Path

    @property
    def slug(self) -> str:
        return self.iri.rstrip("/").rsplit("/", 1)[-1]

    @property
    def graph_iri(self) -> URIRef:
        return GRAPH[self.slug]


def statement_iri(s: URIRef, p: URIRef, o: object) -> URIRef:
    """The IRI of the rdf:Statement reifying (s, p, o); ontology/rules/*.rq compute the same."""
    digest = hashlib.md5(f"{s}\n{p}\n{o}".encode()).hexdigest()  # noqa: S324 - an id, not security
    return STATEMENT[digest]


def locate_quote(text: str, exact: str) -> int:
    """The offset of the one occurrence of `exact` in `text`; an error if none or several."""
    first = text.find(exact)
    if first < 0:
        raise FactError(f"quote not found verbatim in the article: {exact!r}")
    if text.find(exact, first + 1) >= 0:
        raise FactError(f"quote occurs more than once in the article, lengthen it: {exact!r}")
    return first


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s), or table cell, of `text` that the span [start, end) stands in."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if line.startswith("|"):
        cell_start = line.rfind("|", 0, start - line_start) + 1
        cell_end = line.find("|", end - line_start)
        return line[cell_start:cell_end].strip()
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(line)] + [len(line)]
    lo = max(b for b in bounds if b <= start - line_start)
    hi = min(b for b in bounds if b >= end - line_start)
    return line[lo:hi].strip()


def find_article_text(name: str, near: Path) -> Path:
    """The article text file `name`, looked for beside the facts file, then in kg/articles."""
    for folder in (near.parent, near.parent.parent / "articles", resources.articles_dir()):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise FactError(f"article text file {name!r} not found beside {near} nor in kg/articles")


def _article(default: Graph, source: Path) -> Article:
    articles = list(default.subjects(RDF.type, SCHEMA.NewsArticle))
    if len(articles) != 1:
        raise FactError(f"{source}: the default graph must declare exactly one schema:NewsArticle")
    iri = articles[0]
    name = default.value(iri, DIP.textFile)
    if name is None:
        raise FactError(f"{source}: article <{iri}> has no dip:textFile")
    path = find_article_text(str(name), source)
    return Article(URIRef(iri), path.read_text(encoding="utf-8"), path)


def _add_evidence(out: Graph, quote: URIRef, exact: str, article: Article) -> None:
    start = locate_quote(article.text, exact)
    end = start + len(exact)
    out.add((quote, RDF.type, DIP.Evidence))
    out.add((quote, OA.prefix, Literal(article.text[max(0, start - CONTEXT_CHARS) : start])))
    out.add((quote, OA.suffix, Literal(article.text[end : end + CONTEXT_CHARS])))
    out.add((quote, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
    out.add((quote, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))
    out.add((quote, DIP.sentence, Literal(sentence_around(article.text, start, end))))
    out.add((quote, PROV.wasQuotedFrom, article.iri))


def _add_facts(out: Graph, facts: Graph, quote: URIRef) -> None:
    for s, p, o in facts:
        out.add((s, p, o))
        st = statement_iri(s, p, o)
        out.add((st, RDF.type, RDF.Statement))
        out.add((st, RDF.subject, s))
        out.add((st, RDF.predicate, p))
        out.add((st, RDF.object, o))
        out.add((st, DIP.evidence, quote))


def apply_rules(graph: Graph, rules: list[Path] | None = None) -> None:
    """Add the triples the materialisation rules construct (one pass; the rules do not chain)."""
    for rule in resources.rule_files() if rules is None else rules:
        derived = graph.query(_prepared(rule)).graph
        assert derived is not None, f"{rule} is not a CONSTRUCT query"
        for triple in derived:
            graph.add(triple)


@lru_cache(maxsize=64)
def _prepared(rule: Path) -> Query:
    """A rule parsed once: parsing, not running, is most of a rule's cost on one article."""
    return prepareQuery(rule.read_text(encoding="utf-8"))


def compile_facts(source: Path) -> tuple[Article, Graph]:
    """Compile one authored facts file into its article's published graph."""
    authored = Dataset()
    try:
        authored.parse(source, format="trig")
    except Exception as exc:  # rdflib raises many parser error types
        raise FactError(f"{source}: not valid TriG: {exc}") from exc
    article = _article(authored.graph(DATASET_DEFAULT_GRAPH_ID), source)
    return article, compile_article(article, authored, str(source))


def compile_article(article: Article, authored: Dataset, source: str) -> Graph:
    """The published graph of an article whose authored facts are already parsed (`source`
    names them in errors)."""
    default = authored.graph(DATASET_DEFAULT_GRAPH_ID)
    out = Graph(identifier=article.graph_iri)
    for triple in default:
        out.add(triple)
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    out.add((article.iri, DIP.sha256, Literal(digest)))
    out.add((article.graph_iri, PROV.wasDerivedFrom, article.iri))
    quotes = {URIRef(q): str(exact) for q, exact in default.subject_objects(OA.exact)}
    for quote, exact in quotes.items():
        _add_evidence(out, quote, exact, article)
    for facts in authored.graphs():
        if facts.identifier == DATASET_DEFAULT_GRAPH_ID or len(facts) == 0:
            continue
        if facts.identifier not in quotes:
            raise FactError(f"{source}: graph <{facts.identifier}> names no quote (no oa:exact)")
        _add_facts(out, facts, URIRef(facts.identifier))
    apply_rules(out)
    return out


def is_authored(path: Path) -> bool:
    """Whether a file is in the authored form (TriG whose default graph holds oa:exact quotes)."""
    if path.suffix != ".trig":
        return False
    probe = Dataset()
    probe.parse(path, format="trig")
    return any(True for _ in probe.graph(DATASET_DEFAULT_GRAPH_ID).triples((None, OA.exact, None)))
