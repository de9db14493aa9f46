"""Content negotiation: the formats offered for each kind of result, chosen by format= or Accept.

Each table lists the server's preference first: it is the default when the client accepts
anything. A format answers to its own media type and to aliases (other media types, and the
short names that `format=` takes, such as `json` or `ttl`); the response always carries the
canonical media type.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import request
from werkzeug.exceptions import NotAcceptable

W3C_FORMATS = "http://www.w3.org/ns/formats/"


@dataclass(frozen=True)
class Format:
    """One response format: its media type, its aliases and its W3C format IRI (if any)."""

    media_type: str
    aliases: tuple[str, ...]
    w3c_name: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.media_type, *self.aliases)

    @property
    def iri(self) -> str | None:
        return W3C_FORMATS + self.w3c_name if self.w3c_name else None


JSON_RESULTS = Format(
    "application/sparql-results+json", ("json", "srj", "application/json"), "SPARQL_Results_JSON"
)
XML_RESULTS = Format(
    "application/sparql-results+xml", ("xml", "srx", "application/xml", "text/xml"), "SPARQL_Results_XML"
)
CSV_RESULTS = Format("text/csv", ("csv",), "SPARQL_Results_CSV")
TSV_RESULTS = Format("text/tab-separated-values", ("tsv",), "SPARQL_Results_TSV")

TURTLE = Format(
    "text/turtle",
    ("ttl", "turtle", "n3", "application/turtle", "application/x-turtle", "text/n3", "text/rdf+n3"),
    "Turtle",
)
N_TRIPLES = Format("application/n-triples", ("nt", "ntriples", "n-triples", "text/plain"), "N-Triples")
JSON_LD = Format(
    "application/ld+json",
    ("jsonld", "json-ld", "json", "application/json", "application/x-json+ld"),
    "JSON-LD",
)
RDF_XML = Format(
    "application/rdf+xml", ("rdfxml", "rdf+xml", "rdf", "xml", "application/xml", "text/xml"), "RDF_XML"
)
N_QUADS = Format("application/n-quads", ("nq", "nquads", "n-quads"), "N-Quads")
TRIG = Format("application/trig", ("trig",), "TriG")
HTML = Format("text/html", ("html", "application/xhtml+xml"))

SOLUTIONS = (JSON_RESULTS, XML_RESULTS, CSV_RESULTS, TSV_RESULTS)
GRAPHS = (TURTLE, N_TRIPLES, JSON_LD, RDF_XML, N_QUADS, TRIG)
BY_KIND: dict[str, tuple[Format, ...]] = {"select": SOLUTIONS, "ask": SOLUTIONS, "graph": GRAPHS}


def choose(offered: tuple[Format, ...], requested: list[str], what: str) -> Format:
    """The format for this request: the first known `format=` value, else the best Accept match."""
    if requested:
        for name in requested:
            found = _named(offered, name.strip().lower())
            if found:
                return found
        raise NotAcceptable(f"format={requested[0]} is not offered for {what}. {_offer(offered)}")
    accept = request.accept_mimetypes
    if not accept:
        return offered[0]
    aliases = [alias for fmt in offered for alias in fmt.aliases if "/" in alias]
    ranges = [fmt.media_type for fmt in offered] + aliases  # an alias wins only when named
    match = accept.best_match(ranges)
    if match is None:
        header = request.headers.get("Accept", "")
        raise NotAcceptable(f"nothing offered for {what} matches Accept: {header}. {_offer(offered)}")
    found = _named(offered, match)
    assert found is not None
    return found


def _named(offered: tuple[Format, ...], name: str) -> Format | None:
    return next((fmt for fmt in offered if name in fmt.names), None)


def _offer(offered: tuple[Format, ...]) -> str:
    types = ", ".join(fmt.media_type for fmt in offered)
    names = "|".join(fmt.aliases[0] for fmt in offered)
    return f"Offered: {types} (or format={names})."
