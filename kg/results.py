"""Writing query results in the formats people and tools ask for."""

from __future__ import annotations

import pyoxigraph as ox

from kg.stores import QueryResult

SOLUTION_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}

GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "json": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
    "table": ox.RdfFormat.TURTLE,
}

QUERY_FORMATS = sorted(set(SOLUTION_FORMATS) | set(GRAPH_FORMATS))


class FormatError(ValueError):
    """A result format that does not fit the query's kind."""


def term_text(term: object | None) -> str:
    """A term as a person reads it: IRIs bare, literals without quotes or datatypes."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def table(result: QueryResult) -> str:
    """SELECT results as an aligned plain-text table; ASK as yes/no."""
    if result.kind == "ask":
        return "yes" if bool(result.raw) else "no"
    names = result.variables
    rows = [[term_text(solution[name]) for name in names] for solution in result.raw]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def serialize(result: QueryResult, fmt: str) -> bytes:
    """The result in `fmt` (json, xml, csv, tsv, table; for CONSTRUCT/DESCRIBE ttl, nt, jsonld)."""
    if result.kind == "graph":
        if fmt not in GRAPH_FORMATS:
            raise FormatError(f"a CONSTRUCT/DESCRIBE result is RDF: use one of {sorted(GRAPH_FORMATS)}")
        return ox.serialize(result.raw, format=GRAPH_FORMATS[fmt], prefixes=_prefixes())
    if fmt == "table":
        return (table(result) + "\n").encode("utf-8")
    if fmt not in SOLUTION_FORMATS:
        raise FormatError(
            f"a SELECT/ASK result cannot be written as {fmt!r}: use json, xml, csv, tsv or table"
        )
    return result.raw.serialize(format=SOLUTION_FORMATS[fmt])


def _prefixes() -> dict[str, str]:
    from kg.namespaces import PREFIXES

    return PREFIXES
