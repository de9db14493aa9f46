"""Walks tests/fact_inventory.toml: each fact of the article is in the graph, with its evidence."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.namespaces import DIP, ID, OA

INVENTORY = tomllib.loads((Path(__file__).parent / "fact_inventory.toml").read_text(encoding="utf-8"))["fact"]
PREFIXES = {"d": str(ID), "dip": str(DIP)}


def term(text: str) -> URIRef | Literal:
    if text.startswith('"'):
        return Literal(text.strip('"'))
    if text in ("true", "false"):
        return Literal(text == "true")
    if text.isdigit():
        return Literal(int(text))
    prefix, local = text.split(":", 1)
    return URIRef(PREFIXES[prefix] + local)


def parse_triple(text: str) -> tuple[URIRef, URIRef, URIRef | Literal]:
    s, p, o = text.split(" ", 2)
    return term(s), term(p), term(o)  # type: ignore[return-value]


def quotes_for(facts: Graph, triple: tuple) -> list[str]:
    s, p, o = triple
    quotes = []
    for statement in facts.subjects(RDF.subject, s):
        if (statement, RDF.predicate, p) in facts and (statement, RDF.object, o) in facts:
            quotes += [str(facts.value(e, OA.exact)) for e in facts.objects(statement, DIP.evidence)]
    return quotes


def test_inventory_has_at_least_40_facts() -> None:
    assert len(INVENTORY) >= 40


@pytest.mark.parametrize("fact", INVENTORY, ids=[f["says"][:60] for f in INVENTORY])
def test_fact_is_in_the_graph_with_its_evidence(fact: dict, facts: Graph, article_text: str) -> None:
    assert fact["evidence"] in article_text, "the inventory's evidence must be article text"
    for text in fact["triples"]:
        triple = parse_triple(text)
        assert triple in facts, f"missing: {text}"
        quotes = quotes_for(facts, triple)
        assert any(fact["evidence"] in q for q in quotes), f"{text}: no quote holds {fact['evidence']!r}"


def test_every_quote_of_the_graph_is_in_the_inventory(facts: Graph) -> None:
    """The inventory covers the graph: no evidence quote stands for facts nobody listed."""
    listed = [f["evidence"] for f in INVENTORY]
    for evidence in facts.subjects(RDF.type, DIP.Evidence):
        exact = str(facts.value(evidence, OA.exact))
        assert any(fragment in exact for fragment in listed), f"quote not in the inventory: {exact!r}"
