"""Every evidence quote is verbatim article text, at the offsets the graph gives."""

import pytest
from rdflib.namespace import RDF

from kg.compile import FactError, locate_quote, sentence_around
from kg.namespaces import DIP, OA, PROV


def evidence_nodes(facts):
    return sorted(facts.subjects(RDF.type, DIP.Evidence))


def test_there_is_evidence(facts) -> None:
    assert len(evidence_nodes(facts)) >= 40


def test_every_quote_occurs_verbatim_at_its_offsets(facts, article_text: str) -> None:
    for quote in evidence_nodes(facts):
        exact = str(facts.value(quote, OA.exact))
        start, end = int(facts.value(quote, OA.start)), int(facts.value(quote, OA.end))
        assert article_text[start:end] == exact, quote
        assert article_text.count(exact) == 1, f"{quote} is ambiguous"


def test_prefix_and_suffix_surround_the_quote(facts, article_text: str) -> None:
    for quote in evidence_nodes(facts):
        around = str(facts.value(quote, OA.prefix)) + str(facts.value(quote, OA.exact))
        assert (around + str(facts.value(quote, OA.suffix))) in article_text, quote


def test_every_sentence_is_verbatim_and_holds_its_quote(facts, article_text: str) -> None:
    for quote in evidence_nodes(facts):
        sentence = str(facts.value(quote, DIP.sentence))
        assert sentence in article_text, quote
        assert str(facts.value(quote, OA.exact)).rstrip(".") in sentence


def test_every_quote_names_the_article(facts) -> None:
    for quote in evidence_nodes(facts):
        assert facts.value(quote, PROV.wasQuotedFrom) is not None


def test_every_reified_fact_is_asserted(facts) -> None:
    for statement in facts.subjects(RDF.type, RDF.Statement):
        triple = (
            facts.value(statement, RDF.subject),
            facts.value(statement, RDF.predicate),
            facts.value(statement, RDF.object),
        )
        assert triple in facts, statement


@pytest.mark.parametrize(
    ("text", "quote", "sentence"),
    [
        ("One. The U.S. envoy went home. Two.", "envoy went", "The U.S. envoy went home."),
        ("He said “yes.” Then left.", "said", "He said “yes.”"),
        ("| Key | Witkoff will meet Putin. |", "will meet", "Witkoff will meet Putin."),
    ],
)
def test_sentence_around(text: str, quote: str, sentence: str) -> None:
    start = text.index(quote)
    assert sentence_around(text, start, start + len(quote)) == sentence


def test_a_quote_not_in_the_text_is_an_error() -> None:
    with pytest.raises(FactError, match="not found verbatim"):
        locate_quote("the article text", "not there")


def test_an_ambiguous_quote_is_an_error() -> None:
    with pytest.raises(FactError, match="more than once"):
        locate_quote("talks and talks", "talks")
