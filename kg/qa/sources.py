"""Where an answer comes from: the quotes that state its facts, the articles they are quoted
from, and, for a question about now, the most recent article that answers it.

An article's date is its schema:datePublished; one without a date counts as older than any
dated one, and among those the later ingested (prov:generatedAtTime of its graph) is the newer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.qa.reading import Reading
from kg.qa.sparql import PROLOGUE, evidence_query
from kg.stores import Store, Term

Triple = tuple[Term, ox.NamedNode, Term]

ARTICLES = (
    PROLOGUE
    + """PREFIX schema: <https://schema.org/>
SELECT ?article (SAMPLE(?label) AS ?title) (MAX(STR(?date)) AS ?published) (MAX(STR(?at)) AS ?added)
WHERE {
  ?article a schema:NewsArticle .
  OPTIONAL { ?article rdfs:label ?label }
  OPTIONAL { ?article schema:datePublished ?date }
  OPTIONAL { ?graph prov:wasDerivedFrom ?article ; prov:generatedAtTime ?at }
}
GROUP BY ?article"""
)


@dataclass(frozen=True)
class Quoted:
    """One quote stating one fact (triple), from one article."""

    triple: Triple
    quote: str
    sentence: str
    article: str


class Sources:
    """The store's articles, and the quotes behind any set of facts."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.titles: dict[str, str] = {}
        self.recency: dict[str, tuple[str, str]] = {}
        for row in store.query(ARTICLES).raw:
            iri = row["article"].value
            self.titles[iri] = row["title"].value if row["title"] is not None else iri
            self.recency[iri] = tuple(
                row[k].value if row[k] is not None else "" for k in ("published", "added")
            )  # type: ignore[assignment]

    @property
    def several(self) -> bool:
        return len(self.titles) > 1

    def quoted(self, triples: Iterable[Triple]) -> list[Quoted]:
        wanted = sorted(set(triples), key=str)
        if not wanted:
            return []
        result = self.store.query(evidence_query(wanted))  # type: ignore[arg-type]
        return [
            Quoted((s["s"], s["p"], s["o"]), s["quote"].value, s["sentence"].value, s["article"].value)  # type: ignore[arg-type]
            for s in result.raw
        ]

    def evidence(self, quoted: Iterable[Quoted]) -> list[dict]:
        """One item per quote, with its article (and the article's title, when there are several)."""
        seen: dict[str, dict] = {}
        for q in quoted:
            item = {"quote": q.quote, "sentence": q.sentence, "source": q.article}
            if self.several:
                item["title"] = self.titles.get(q.article, q.article)
            seen.setdefault(q.quote, item)
        return list(seen.values())

    def latest(self, articles: Iterable[str]) -> str | None:
        return max(articles, key=lambda a: (self.recency.get(a, ("", "")), a), default=None)


def stated_by(triples: set[Triple], quoted: list[Quoted]) -> set[str]:
    """The articles that state all of `triples`, else those stating any of them."""
    by_triple: dict[Triple, set[str]] = {}
    for q in quoted:
        by_triple.setdefault(q.triple, set()).add(q.article)
    known = [by_triple[t] for t in triples if t in by_triple]
    if not known:
        return set()
    return set.intersection(*known) or set.union(*known)


def row_triples(reading: Reading, row: dict[str, ox.Term]) -> set[Triple]:
    """The facts one answer row stands on: its path's hops and the constraints on them."""
    last = len(reading.path.hops)
    names = [ox.NamedNode(reading.path.start)] + [
        row.get("answer" if i == last else f"x{i}") for i in range(1, last + 1)
    ]
    triples: set[Triple] = set()
    for i, hop in enumerate(reading.path.hops):
        a, b = names[i], names[i + 1]
        if a is None or b is None:
            continue
        triples.add((a, ox.NamedNode(hop.prop), b) if hop.forward else (b, ox.NamedNode(hop.prop), a))
    for step, hop, value in reading.literal_constraints:
        if names[step] is not None:
            triples.add((names[step], ox.NamedNode(hop.prop), value))  # type: ignore[arg-type]
    for c in reading.constraints:
        node = names[c.step]
        if node is not None and c.via is None:
            prop = ox.NamedNode(c.hop.prop)
            for v in c.any_of:  # of either status, the one the node has is quoted
                value = ox.NamedNode(v)
                triples.add((node, prop, value) if c.hop.forward else (value, prop, node))
    return triples
