"""Running untrusted SPARQL where it can be stopped: in worker processes, killed at the deadline.

An engine's own timeout is a flag it checks now and then, and some work never checks it
(Oxigraph's misses some queries); a thread cannot be stopped at all. So the queries a public
endpoint receives run in a small pool of processes, each with its own handle on the store, and a
query still running at its deadline has its process killed and replaced. The pool's size is the
cap on concurrent queries: a query that finds no free worker within `wait` seconds is turned
away. Each worker also has a memory ceiling, so a query that would exhaust the machine's memory
dies alone. Results longer than `max_rows` rows (or triples) are cut there, and say so.
"""

from __future__ import annotations

import json
import os
import queue
import resource
import subprocess
import sys
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Protocol

import pyoxigraph as ox

from kg.stores.base import QueryError, Store

JSON = "application/sparql-results+json"


class StoreOpener(Protocol):
    """Something a worker process can open its own store from (picklable: a config, not a store)."""

    def open_store(self) -> Store: ...


class QueryTimeout(QueryError):
    """The query ran past its deadline and its worker was stopped."""


class QueryTooCostly(QueryError):
    """The query's worker died: it ran out of the memory a query may use."""


class QueryBusy(QueryError):
    """Every query worker is busy: try again shortly."""


class NotOffered(QueryError):
    """The client accepts no format for this kind of result (kind in `args[1]`)."""


@dataclass(frozen=True)
class Limits:
    timeout: float = 5.0  # seconds a query may run
    max_rows: int = 10_000  # rows (or triples) of a result before it is cut
    workers: int = 2  # queries running at once, per serving process
    wait: float = 2.0  # seconds a query waits for a free worker before it is turned away
    memory: int = 4 << 30  # bytes of memory (address space) a worker may map


@dataclass(frozen=True)
class Request:
    sparql: str
    base_iri: str | None
    default_graphs: list[str] | None
    named_graphs: list[str] | None
    media_types: dict[str, str | None]  # by result kind; None: the client accepts nothing for it
    federated: bool = False


@dataclass(frozen=True)
class Answer:
    body: bytes
    media_type: str
    kind: str
    truncated_at: int | None = None  # the row cap, when the result was cut there


@dataclass
class _Worker:
    process: subprocess.Popen[bytes]
    requests: Connection  # we write
    replies: Connection  # we read
    ready: bool = field(default=False)


class QueryGuard:
    """A pool of query worker processes over stores opened from `opener`."""

    def __init__(self, opener: StoreOpener, limits: Limits | None = None) -> None:
        self.opener = opener
        self.limits = limits or Limits()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        for _ in range(self.limits.workers):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        """A worker: this module run as a program, its pipes passed by descriptor. Not
        multiprocessing's spawn, which would import the serving program's main module again."""
        from_us, to_worker = os.pipe()
        from_worker, to_us = os.pipe()
        process = subprocess.Popen(  # noqa: S603 (this Python, this module)
            [sys.executable, "-m", "kg.stores.guard", str(from_us), str(to_us)], pass_fds=(from_us, to_us)
        )
        os.close(from_us)
        os.close(to_us)
        worker = _Worker(
            process, Connection(to_worker, readable=False), Connection(from_worker, writable=False)
        )
        worker.requests.send((self.opener, self.limits))
        return worker

    def run(self, request: Request) -> Answer:
        try:
            worker = self._idle.get(timeout=self.limits.wait)
        except queue.Empty:
            raise QueryBusy(f"all {self.limits.workers} query workers are busy: try again shortly") from None
        try:
            if not worker.ready:  # its first query waits for it to open the store
                worker.ready = worker.replies.poll(120) and worker.replies.recv() == "ready"
            worker.requests.send(request)
            if not worker.replies.poll(self.limits.timeout):
                self._replace(worker)
                worker = None
                raise QueryTimeout(
                    f"the query ran longer than the {self.limits.timeout:g} s allowed here and was stopped"
                )
            outcome, value = worker.replies.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            worker = None
            raise QueryTooCostly(
                "the query needed more memory than a query may use here, and was stopped"
            ) from None
        finally:
            if worker is not None:
                self._idle.put(worker)
        if outcome == "error":
            raise value
        return value

    def _replace(self, worker: _Worker | None) -> None:
        """Kill a worker and put a new one in its place (it opens its store in the background)."""
        if worker is not None:
            _stop(worker)
        self._idle.put(self._start())

    def close(self) -> None:
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return
            _stop(worker)


def _stop(worker: _Worker) -> None:
    worker.process.kill()
    worker.process.wait(timeout=10)
    worker.requests.close()
    worker.replies.close()


def _serve(requests: Connection, replies: Connection) -> None:
    """A worker: open the store, then answer requests until the pipe closes."""
    opener, limits = requests.recv()
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory, limits.memory))
    store = opener.open_store()
    replies.send("ready")
    while True:
        try:
            request: Request = requests.recv()
        except EOFError:
            return
        try:
            store.refresh()  # a store on disk that `kgqa ingest` changed is opened again
            replies.send(("ok", answer(store, request, limits.max_rows)))
        except QueryError as exc:
            replies.send(("error", exc))
        except MemoryError:
            return  # the parent sees the pipe close: the query needed too much memory


def answer(store: Store, request: Request, max_rows: int) -> Answer:
    """Run the request's query and write its result, cut at `max_rows`."""
    result = store.query(
        request.sparql,
        base_iri=request.base_iri,
        default_graphs=request.default_graphs,
        named_graphs=request.named_graphs,
        federated=request.federated,
    )
    media_type = request.media_types.get(result.kind)
    if media_type is None:
        raise NotOffered("no format the client accepts is offered for this result", result.kind)
    try:
        if result.kind == "ask":
            return Answer(result.serialize(media_type), media_type, "ask")
        if result.kind == "graph":
            return _graph(result.raw, media_type, max_rows)
        return _solutions(result.raw, result.variables, media_type, max_rows)
    except (OSError, ValueError) as exc:
        raise QueryError(f"SPARQL evaluation error: {exc}") from exc


def _graph(triples: object, media_type: str, max_rows: int) -> Answer:
    kept = []
    for triple in triples:  # type: ignore[attr-defined]
        if len(kept) == max_rows:
            body = ox.serialize(kept, format=ox.RdfFormat.from_media_type(media_type))
            return Answer(body, media_type, "graph", max_rows)
        kept.append(triple)
    return Answer(ox.serialize(kept, format=ox.RdfFormat.from_media_type(media_type)), media_type, "graph")


def _solutions(solutions: object, variables: list[str], media_type: str, max_rows: int) -> Answer:
    """At most `max_rows` solutions, written through SPARQL JSON so that Oxigraph's own writers
    make every format from the rows kept."""
    rows = []
    truncated = None
    for solution in solutions:  # type: ignore[attr-defined]
        if len(rows) == max_rows:
            truncated = max_rows
            break
        rows.append({name: _binding(solution[name]) for name in variables if solution[name] is not None})
    document = json.dumps({"head": {"vars": variables}, "results": {"bindings": rows}}).encode()
    kept = ox.parse_query_results(document, ox.QueryResultsFormat.JSON)
    fmt = ox.QueryResultsFormat.from_media_type(media_type)
    return Answer(kept.serialize(format=fmt), media_type, "select", truncated)  # type: ignore[union-attr]


def _binding(term: object) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        found = {"type": "literal", "value": term.value}
        if term.language:
            found["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            found["datatype"] = term.datatype.value
        return found
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {k: _binding(getattr(term, k)) for k in ("subject", "predicate", "object")},
        }
    raise TypeError(f"not an RDF term: {term!r}")


if __name__ == "__main__":  # a worker; its classes must pickle as kg.stores.guard's, not __main__'s
    from kg.stores import guard

    guard._serve(Connection(int(sys.argv[1]), writable=False), Connection(int(sys.argv[2]), readable=False))
