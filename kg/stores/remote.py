"""A remote SPARQL 1.1 server as the store: Oxigraph, Fuseki, Virtuoso, GraphDB, Neptune, QLever.

Reads use the SPARQL 1.1 Protocol (POST, form-encoded); loads use the Graph Store HTTP Protocol
(POST of N-Triples to ?graph=IRI), at a separate URL when the server keeps one for writes.

The union default graph that every query here relies on is made portable: unless the server is
declared to give it already (`union_default_graph=True`, as Virtuoso does and Oxigraph and Fuseki
can be set up to do), each query names the dataset itself, every named graph as a default graph
and as a named graph, through the protocol's default-graph-uri and named-graph-uri.

Blank nodes do not survive a round trip: a blank node in one answer cannot be named in the next
request, so pattern lookups that start at a blank node find nothing here. Skolemise blank nodes
(give them IRIs) before loading data that needs them.

A user and password in a URL (http://user:secret@host/...) are sent as the server asks, by Basic
or by Digest authentication (Virtuoso's /sparql-graph-crud-auth asks for Digest). Updates are
refused here, not sent: some servers (Virtuoso) run an update sent as a query.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

import pyoxigraph as ox
import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

from kg.namespaces import PREFIXES
from kg.stores.base import (
    UPDATE_KEYWORDS,
    GraphSlot,
    ObjectSlot,
    PredicateSlot,
    QueryDataset,
    QueryError,
    QueryResult,
    Store,
    SubjectSlot,
    Term,
    keywords,
)

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
ACCEPT = f"{RESULTS_JSON}, application/sparql-results+xml;q=0.5"
# asked by the query form, for servers (Virtuoso) that answer a CONSTRUCT in the first type accepted
GRAPH_ACCEPT = f"{N_TRIPLES}, text/turtle;q=0.9"
LOAD_BATCH = 100_000  # triples per Graph Store request

_NAMED_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"
_A_NAMED_TRIPLE = (
    "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(!isBlank(?s) && !isBlank(?o)) } LIMIT 1"
)
# for Virtuoso, which names itself in the Server header: its `GRAPH ?g { }` gives one unbound ?g,
# and its DISTINCT ?g, under graph-level security, graphs that cannot be read
_GRAPHS_WITH_TRIPLES = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
# Virtuoso writes blank nodes nodeID://b123 in its results (no blank node label), xsd:boolean 1 and 0
_VIRTUOSO_BLANK = re.compile(rb'(<bnode>|"type"\s*:\s*"bnode"\s*,\s*"value"\s*:\s*")nodeID://')
_VIRTUOSO_BOOLEAN = re.compile(
    rb'(XMLSchema#boolean">|"datatype"\s*:\s*"http://www\.w3\.org/2001/XMLSchema#boolean"\s*,\s*"value"\s*:\s*")'
    rb'([01])(?=[<"])'
)


class StoreUnavailable(QueryError):
    """The remote server could not be reached, or failed (a 5xx)."""


class RemoteStore(Store):
    """A SPARQL 1.1 server at `query_url`; loads go to the Graph Store at `graph_store_url`."""

    kind = "remote"

    def __init__(
        self,
        query_url: str,
        *,
        graph_store_url: str | None = None,
        union_default_graph: bool | None = None,
        timeout: float = 30.0,
    ) -> None:
        super().__init__()
        self.query_url, self._query_auth = _credentials(query_url)
        self.graph_store_url, self._store_auth = (
            _credentials(graph_store_url) if graph_store_url else (None, None)
        )
        self.declared_union = union_default_graph  # None: find out from the server
        self._found_union: bool | None = None
        self.timeout = timeout
        self._local = threading.local()
        self._graphs: list[ox.NamedNode] | None = None

    # -- HTTP -------------------------------------------------------------------------------------

    @property
    def _session(self) -> requests.Session:
        """One keep-alive session per thread (requests' sessions are not safe to share)."""
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
        return session

    def _call(self, method: str, url: str, **kwargs: object) -> requests.Response:
        """One HTTP request to the server: unreachable, or a 5xx, is StoreUnavailable."""
        try:
            response = self._session.request(method, url, timeout=self.timeout, **kwargs)  # type: ignore[arg-type]
        except requests.RequestException as exc:
            raise StoreUnavailable(f"the SPARQL server at {url} cannot be reached: {exc}") from exc
        if response.status_code >= 500:
            raise StoreUnavailable(f"the SPARQL server at {url} failed: {_said(response)}")
        return response

    def _request(self, sparql: str, params: list[tuple[str, str]], accept: str = ACCEPT) -> requests.Response:
        form = [("query", sparql), *params]
        response = self._call(
            "POST", self.query_url, data=form, headers={"Accept": accept}, auth=self._query_auth
        )
        if response.status_code == 400:
            raise SyntaxError(_said(response))
        if response.status_code >= 400:
            raise QueryError(f"the SPARQL server refused the query: {_said(response)}")
        return response

    @property
    def union_default_graph(self) -> bool:
        """Whether the server's default graph is the union of its graphs: as declared, or else
        as found by asking whether a triple of a named graph is also in the default graph. Naming
        every graph in each query instead is correct everywhere but slow with many graphs
        (Oxigraph 0.5 took minutes over 330 graphs for a join it answers in milliseconds)."""
        if self.declared_union is not None:
            return self.declared_union
        if self._found_union is None:
            rows = _solutions(self._request(_A_NAMED_TRIPLE, []))
            row = next(iter(rows), None)
            if row is None:
                return False  # nothing to tell by yet: ask again once there is data
            probe = f"ASK {{ {row['s']} {row['p']} {row['o']} }}"
            self._found_union = bool(_solutions(self._request(probe, [])))
        return self._found_union

    # -- the store interface ----------------------------------------------------------------------

    def _run(self, sparql: str, base_iri: str | None, dataset: QueryDataset) -> QueryResult:
        words = keywords(sparql)
        if words & UPDATE_KEYWORDS:
            raise SyntaxError("a SPARQL Update is not a query")
        accept = GRAPH_ACCEPT if words & {"CONSTRUCT", "DESCRIBE"} else ACCEPT
        response = self._request(_with_prologue(sparql, base_iri), self._dataset_params(dataset), accept)
        kind = response.headers.get("Content-Type", "").split(";")[0].strip()
        if kind in (RESULTS_JSON, "application/sparql-results+xml"):
            fmt = ox.QueryResultsFormat.from_media_type(kind)
            raw = ox.parse_query_results(_readable(response.content), fmt)
            return QueryResult("ask" if isinstance(raw, ox.QueryBoolean) else "select", raw)
        fmt = ox.RdfFormat.from_media_type(kind)
        if fmt is None:
            raise QueryError(
                f"the SPARQL server answered in {kind or 'no media type'}, which is not read here"
            )
        triples = [quad.triple for quad in ox.parse(response.content, fmt)]
        return QueryResult("graph", triples)

    def _dataset_params(self, dataset: QueryDataset) -> list[tuple[str, str]]:
        if dataset.union and not self.union_default_graph:
            names = [g.value for g in self.named_graphs()]
            return [("default-graph-uri", n) for n in names] + [("named-graph-uri", n) for n in names]
        if not dataset.explicit:
            return []
        return [("default-graph-uri", n) for n in dataset.default_graphs or ()] + [
            ("named-graph-uri", n) for n in dataset.named_graphs or ()
        ]

    def quads_for_pattern(
        self, subject: SubjectSlot, predicate: PredicateSlot, obj: ObjectSlot, graph: GraphSlot = None
    ) -> Iterator[ox.Quad]:
        if isinstance(subject, ox.BlankNode) or isinstance(obj, ox.BlankNode):
            return iter(())  # a blank node from an earlier answer names nothing on the server
        pattern = " ".join(_term_or_var(t, v) for t, v in ((subject, "s"), (predicate, "p"), (obj, "o")))
        if isinstance(graph, ox.DefaultGraph):
            where = f"{{ {pattern} }}"
        elif graph is not None:
            where = f"{{ GRAPH {graph} {{ {pattern} }} }}"
        elif self.union_default_graph:  # the default graph is every graph: ask by graph only
            where = f"{{ GRAPH ?g {{ {pattern} }} }}"
        else:
            where = f"{{ {{ GRAPH ?g {{ {pattern} }} }} UNION {{ {pattern} }} }}"
        solutions = _solutions(self._request(f"SELECT * WHERE {where}", []))
        return (_quad(row, subject, predicate, obj, graph) for row in solutions)

    def named_graphs(self) -> list[ox.NamedNode]:
        if self._graphs is None:
            response = self._request(_NAMED_GRAPHS, [])
            if response.headers.get("Server", "").startswith("Virtuoso/"):
                response = self._request(_GRAPHS_WITH_TRIPLES, [])
            names = [row["g"] for row in _solutions(response)]
            self._graphs = [name for name in names if isinstance(name, ox.NamedNode)]
        return self._graphs

    def _load(
        self, data: bytes | BinaryIO, fmt: ox.RdfFormat, base_iri: str | None, graph: ox.NamedNode | None
    ) -> None:
        if self.graph_store_url is None:
            raise QueryError("this remote store has no Graph Store URL to load into (--graph-store URL)")
        quads = ox.parse(data, fmt, base_iri=base_iri)
        batches: dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, list[ox.Triple]] = {}
        for quad in quads:
            name = (
                graph
                if graph is not None and isinstance(quad.graph_name, ox.DefaultGraph)
                else quad.graph_name
            )
            batch = batches.setdefault(name, [])
            batch.append(quad.triple)
            if len(batch) >= LOAD_BATCH:
                self._send(name, batch)
                batch.clear()
        for name, batch in batches.items():
            if batch:
                self._send(name, batch)
        self._graphs = None

    def _send(self, graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph, triples: list[ox.Triple]) -> None:
        params = {"default": ""} if isinstance(graph, ox.DefaultGraph) else {"graph": graph.value}
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        assert self.graph_store_url is not None
        response = self._call(
            "POST",
            self.graph_store_url,
            params=params,
            data=body,
            headers={"Content-Type": N_TRIPLES},
            auth=self._store_auth,
        )
        if response.status_code >= 400:
            raise QueryError(f"the Graph Store at {self.graph_store_url} refused the data: {_said(response)}")

    def _clear_graph(self, graph: ox.NamedNode) -> None:
        if self.graph_store_url is None:
            raise QueryError("this remote store has no Graph Store URL to write to (--graph-store URL)")
        response = self._call(
            "DELETE", self.graph_store_url, params={"graph": graph.value}, auth=self._store_auth
        )
        if response.status_code >= 400 and response.status_code != 404:
            raise QueryError(f"the Graph Store refused to drop <{graph.value}>: {_said(response)}")
        self._graphs = None

    def __len__(self) -> int:
        rows = self.query(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            default_graphs=[],
            named_graphs=[g.value for g in self.named_graphs()],
        )
        return int(next(iter(rows.raw))["n"].value)  # type: ignore[call-overload]


class _UrlCredentials(HTTPDigestAuth):
    """A URL's user and password, given as the server asks: by Digest authentication (Virtuoso's
    /sparql-graph-crud-auth), or by Basic (Fuseki, GraphDB), then sent at once from there on."""

    basic = False

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        if self.basic:
            return HTTPBasicAuth(self.username, self.password)(request)
        return super().__call__(request)  # Digest, answering the server's challenge

    def handle_401(self, response: requests.Response, **kwargs: object) -> requests.Response:
        challenge = response.headers.get("WWW-Authenticate", "").lower()
        if self.basic or not challenge.startswith("basic"):
            return super().handle_401(response, **kwargs)
        self.basic = True
        response.close()
        retry = self(response.request.copy())
        answered = response.connection.send(retry, **kwargs)
        answered.history.append(response)
        answered.request = retry
        return answered


def _credentials(url: str) -> tuple[str, _UrlCredentials | None]:
    """The URL without its user:password@ (kept out of error messages), and those credentials."""
    parts = urlsplit(url)
    if parts.username is None:
        return url, None
    bare = parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()
    return bare, _UrlCredentials(unquote(parts.username), unquote(parts.password or ""))


def _term_or_var(term: Term | None, variable: str) -> str:
    """A pattern position: the term in SPARQL syntax (pyoxigraph writes it escaped), or ?variable."""
    return f"?{variable}" if term is None else str(term)


def _quad(row: ox.QuerySolution, s: Term | None, p: Term | None, o: Term | None, graph: object) -> ox.Quad:
    """A solution of a pattern query as the quad it matched (bound positions filled back in)."""
    name = row["g"] if graph is None else graph
    return ox.Quad(
        s if s is not None else row["s"],  # type: ignore[arg-type]
        p if p is not None else row["p"],  # type: ignore[arg-type]
        o if o is not None else row["o"],  # type: ignore[arg-type]
        name if name is not None else ox.DefaultGraph(),  # type: ignore[arg-type]
    )


def _solutions(response: requests.Response) -> ox.QuerySolutions:
    """The solutions of a SELECT query the store wrote itself, answered in JSON."""
    return ox.parse_query_results(_readable(response.content), ox.QueryResultsFormat.JSON)  # type: ignore[return-value]


def _readable(results: bytes) -> bytes:
    """SPARQL results as pyoxigraph reads them, and in the terms that were loaded: Virtuoso's blank
    node labels made labels (b123), its xsd:boolean values 1 and 0 written true and false."""
    results = _VIRTUOSO_BLANK.sub(rb"\1", results)
    return _VIRTUOSO_BOOLEAN.sub(lambda m: m[1] + (b"true" if m[2] == b"1" else b"false"), results)


def _with_prologue(sparql: str, base_iri: str | None) -> str:
    """The query with the service's prefixes declared (other servers do not know them) and a BASE.
    A prefix the query declares itself wins, since a later declaration overrides an earlier one."""
    lines = [f"BASE <{ox.NamedNode(base_iri).value}>"] if base_iri else []
    lines += [f"PREFIX {name}: {ox.NamedNode(iri)}" for name, iri in PREFIXES.items()]
    return "\n".join([*lines, sparql])


def _said(response: requests.Response) -> str:
    text = " ".join(response.text.split())
    return f"{response.status_code} {text[:300]}"
