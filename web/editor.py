"""/editor: a SPARQL editor that works without JavaScript.

GET /editor?query=... runs the query on the store under the rules of /sparql (read-only, no
SERVICE) and shows its results as an HTML table; the form can also send the query to /sparql
for a download in a chosen format. The competency queries of queries/ are listed as examples.
When YASGUI is installed (scripts/setup.sh), static/js/editor.js puts it in place of the form:
the same query, run on /sparql in the browser, with the examples opening in it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from flask import Blueprint, Response, request

from kg.named_queries import NamedQuery, load_named_queries
from kg.namespaces import sparql_prologue
from kg.stores import QueryError, QueryRefused, Store
from kg.stores.guard import QueryBusy, QueryTimeout, QueryTooCostly, Request
from web.pages import SCRIPTED_POLICY, Node, has_vendor, html_page, node
from web.state import get_store, run_client_query

MAX_ROWS = 1000
JSON = "application/sparql-results+json"
NT = "application/n-triples"
# YASGUI's results table (its column resizer) adds <style> elements whose text it makes at run
# time, so no hash can allow them: on this page only, and only while YASGUI is served, inline
# styles are allowed. Scripts stay 'self' only (no 'unsafe-eval', no inline script), images
# 'self' only, and requests go to this site only (its autocompleters that ask other sites are off).
EDITOR_POLICY = SCRIPTED_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
STARTER = "SELECT ?entity ?name WHERE {\n  ?entity rdfs:label ?name .\n}\nLIMIT 10\n"
DOWNLOADS = (("json", "SPARQL JSON"), ("csv", "CSV"), ("tsv", "TSV"), ("xml", "SPARQL XML"))

bp = Blueprint("editor", __name__)


@dataclass(frozen=True)
class Table:
    """A result as the page shows it: column names, rows of terms, and whether it was cut."""

    columns: list[str]
    rows: list[list[Node | None]]
    truncated: bool = False
    boolean: bool | None = None


@bp.route("/editor")
def editor() -> Response:
    """The editor; with ?query=..., the query's results below it (or why it did not run)."""
    query = request.args.get("query")
    table, error, status = None, None, 200
    if query is not None and query.strip():
        try:
            table = run(get_store(), query)
        except QueryRefused as exc:
            error, status = f"Refused: {exc}", 403
        except (QueryTimeout, QueryTooCostly) as exc:
            error, status = str(exc), 422
        except QueryBusy as exc:
            error, status = str(exc), 429
        except QueryError as exc:
            error, status = str(exc), 400
    yasgui = has_vendor("yasgui")
    return html_page(
        "editor/editor.html",
        status=status,
        policy=EDITOR_POLICY if yasgui else None,
        yasgui=yasgui,
        query=query if query is not None else sparql_prologue() + "\n" + STARTER,
        table=table,
        error=error,
        examples=examples(),
        downloads=DOWNLOADS,
        max_rows=MAX_ROWS,
    )


def examples() -> list[NamedQuery]:
    return load_named_queries()


def run(store: Store, query: str) -> Table:
    """The query's result as a table (at most MAX_ROWS rows); refused or bad queries raise.
    It runs as the endpoint's do: in the guard's worker processes when the app has them."""
    asked = Request(query, request.base_url, None, None, {"select": JSON, "ask": JSON, "graph": NT})
    found = run_client_query(asked, MAX_ROWS)
    if found.kind == "graph":
        triples = [quad.triple for quad in ox.parse(found.body, ox.RdfFormat.N_TRIPLES)]
        rows = (_row(store, [t.subject, t.predicate, t.object]) for t in triples)
        return _cut(["subject", "predicate", "object"], rows, found.truncated_at is not None)
    result = ox.parse_query_results(found.body, ox.QueryResultsFormat.JSON)
    if isinstance(result, ox.QueryBoolean):
        return Table([], [], boolean=bool(result))
    columns = [v.value for v in result.variables]
    rows = (_row(store, [solution[c] for c in columns]) for solution in result)
    return _cut(columns, rows, found.truncated_at is not None)


def _row(store: Store, terms: list[ox.Term | None]) -> list[Node | None]:
    return [None if term is None else node(store, term) for term in terms]


def _cut(columns: list[str], rows: Iterable[list[Node | None]], truncated: bool) -> Table:
    kept: list[list[Node | None]] = []
    for row in rows:
        if len(kept) == MAX_ROWS:
            return Table(columns, kept, truncated=True)
        kept.append(row)
    return Table(columns, kept, truncated=truncated)
