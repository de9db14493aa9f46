"""The article copy in kg/ is the input data: unchanged, and the graph records its digest."""

import hashlib

from rdflib.namespace import RDF

from kg.namespaces import DIP, SCHEMA

SHA256 = "8b9b8755421cb261f64d6dc5c42dfffbd99e84c184e1dbb5db5633e09bdce820"


def test_article_copy_is_byte_for_byte_the_received_text(article_text: str) -> None:
    assert hashlib.sha256(article_text.encode("utf-8")).hexdigest() == SHA256


def test_graph_records_the_article_digest(facts) -> None:
    articles = list(facts.subjects(RDF.type, SCHEMA.NewsArticle))
    assert len(articles) == 1
    assert str(facts.value(articles[0], DIP.sha256)) == SHA256
