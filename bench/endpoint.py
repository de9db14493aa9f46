"""Endpoint benchmark: `kgqa serve` against the Oxigraph server on the same data, in one run.

    python bench/endpoint.py [--triples N] [--seconds S] [--rounds R] [--rdflib-endpoint CMD]

The mix: the competency queries of queries/ plus a label search, a two-hop join and a DESCRIBE,
each sent with the project's prefixes declared, since the peers do not know them. Servers:

- kgqa: `kgqa serve --store DIR` (granian, one worker per core), with the result cache off and on,
  and with neither the cache nor the query guard (queries run in the serving process);
- oxigraph: `oxigraph serve-read-only --union-default-graph` on its own copy of the data;
- hello: the smallest WSGI app on the same granian settings, the ceiling of the serving stack;
- rdflib-endpoint, if given: a FastAPI endpoint on rdflib's engine.

Every answer of every server is first checked against Oxigraph's (same rows, or the same number
of triples). Latency: 1 client, servers interleaved query by query, R rounds, p50 and p99.
Throughput: 8 connections from wrk for S seconds per query and server, back to back; wrk counts
answers that are not 2xx and socket errors, which are printed. Prints tables; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import requests
from common import (
    HelloServer,
    RdflibEndpoint,
    dataset_file,
    kgqa_location,
    median,
    oxigraph_location,
    percentile,
    quad_count,
)

from kg.named_queries import load_named_queries
from kg.namespaces import sparql_prologue
from kg.stores import keywords
from web.testing import ChildServer, OxigraphServer, ServerProcess

JSON = "application/sparql-results+json"
NT = "application/n-triples"

EXTRA_QUERIES = {
    "label-search": "SELECT ?s ?label WHERE { ?s rdfs:label ?label "
    'FILTER(CONTAINS(LCASE(STR(?label)), "talks")) } ORDER BY ?s LIMIT 50',
    "two-hop": "SELECT ?person ?team ?country WHERE { ?person dip:leads ?team . "
    "?team dip:represents ?country } ORDER BY ?person ?team",
    "describe": "DESCRIBE d:rustem-umerov",
}


@dataclass(frozen=True)
class Query:
    name: str
    text: str

    @property
    def accept(self) -> str:
        return NT if keywords(self.text) & {"DESCRIBE", "CONSTRUCT"} else JSON


def query_mix() -> list[Query]:
    named = [Query(q.name, q.sparql) for q in load_named_queries()]
    extra = [Query(name, text) for name, text in EXTRA_QUERIES.items()]
    return [Query(q.name, sparql_prologue() + q.text) for q in named + extra]


def endpoint_url(server: ChildServer) -> str:
    if isinstance(server, OxigraphServer):
        return server.url + "/query"
    return server.url + getattr(server, "endpoint_path", "/sparql")


def fingerprint(response: requests.Response, query: Query) -> object:
    """What two servers must agree on: the multiset of rows, or the number of triples."""
    if response.status_code != 200:
        return f"HTTP {response.status_code}"
    if query.accept == NT:
        return ("triples", len([line for line in response.text.splitlines() if line.strip()]))
    data = response.json()
    if "boolean" in data:
        return data["boolean"]
    rows = Counter()
    for binding in data["results"]["bindings"]:
        row = tuple(
            sorted(
                (k, "_" if v["type"] == "bnode" else v["value"], v.get("xml:lang", ""))
                for k, v in binding.items()
            )
        )
        rows[row] += 1
    return rows


def check(servers: dict[str, ChildServer], mix: list[Query]) -> list[str]:
    """Each server's answer to each query, against Oxigraph's: the list of disagreements."""
    problems = []
    for query in mix:
        answers = {
            name: fingerprint(ask(endpoint_url(server), query), query)
            for name, server in servers.items()
            if name != "hello"
        }
        reference = answers["oxigraph"]
        for name, answer in answers.items():
            if isinstance(answer, str):
                problems.append(f"{query.name}: {name} answered {answer}")
            elif answer != reference:
                problems.append(f"{query.name}: {name} disagrees with oxigraph")
    return problems


def ask(url: str, query: Query, session: requests.Session | None = None) -> requests.Response:
    get = (session or requests).get
    return get(url, params={"query": query.text}, headers={"Accept": query.accept}, timeout=120)


def latencies(
    servers: dict[str, ChildServer], mix: list[Query], rounds: int
) -> dict[str, dict[str, list[float]]]:
    """Milliseconds per (server, query), one client, interleaved: each query goes to every server
    in turn before the next query, so drifts in machine load hit all servers alike."""
    sessions = {name: requests.Session() for name in servers}
    found: dict[str, dict[str, list[float]]] = {name: {q.name: [] for q in mix} for name in servers}
    refused: dict[str, dict[str, int]] = {name: {} for name in servers}
    for round_ in range(rounds + 1):  # the first round warms up and is not counted
        for query in mix:
            for name, server in servers.items():
                if name == "hello":
                    continue
                started = time.perf_counter()
                response = ask(endpoint_url(server), query, sessions[name])
                elapsed = (time.perf_counter() - started) * 1000
                if response.status_code != 200:  # e.g. 422: stopped at the query deadline
                    refused[name][query.name] = response.status_code
                elif round_:
                    found[name][query.name].append(elapsed)
    for name, statuses in refused.items():
        for query_name, status in statuses.items():
            found[name][query_name] = []
            print(f"{name} answered {status} to {query_name}: left out of its latency figures")
    return found


def wrk(url: str, accept: str, seconds: float, connections: int = 8) -> tuple[float, int]:
    """Requests per second and failures (non-2xx answers and socket errors) over `seconds`."""
    duration = f"-d{max(1, round(seconds))}s"
    command = ["wrk", "-t2", f"-c{connections}", duration, "-H", f"Accept: {accept}", url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])  # type: ignore[index]
    failures = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    failures += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    return rate, failures


def throughputs(
    servers: dict[str, ChildServer], mix: list[Query], seconds: float
) -> dict[str, dict[str, tuple]]:
    found: dict[str, dict[str, tuple]] = {name: {} for name in servers}
    for index, query in enumerate(mix):
        order = list(servers.items())
        order = order if index % 2 == 0 else order[::-1]  # alternate who goes first
        for name, server in order:
            if name == "hello":
                continue
            url = endpoint_url(server) + "?" + urlencode({"query": query.text})
            found[name][query.name] = wrk(url, query.accept, seconds)
    if "hello" in servers:
        found["hello"]["-"] = wrk(servers["hello"].url + "/", "*/*", seconds)
    return found


def started(stack: ExitStack, args: argparse.Namespace, data: Path) -> dict[str, ChildServer]:
    store = str(kgqa_location(data))
    servers: dict[str, ChildServer] = {
        "oxigraph": OxigraphServer(oxigraph_location(data), read_only=True, union=True),
        "kgqa": ServerProcess(
            store=store, options=["--no-cache", "--workers", str(args.workers)], timeout=600
        ),
        "kgqa+cache": ServerProcess(store=store, options=["--workers", str(args.workers)], timeout=600),
        "kgqa-unguarded": ServerProcess(
            store=store,
            options=["--no-cache", "--no-query-guard", "--workers", str(args.workers)],
            timeout=600,
        ),
        "hello": HelloServer(args.workers, 4),
    }
    if args.rdflib_endpoint:
        servers["rdflib-endpoint"] = RdflibEndpoint(args.rdflib_endpoint, data)
    return {name: stack.enter_context(server) for name, server in servers.items()}


def rows(servers: dict[str, ChildServer], mix: list[Query], lat: dict, thr: dict) -> Iterator[str]:
    names = [n for n in servers if n != "hello"]
    head = ["query"] + [f"{n} p50" for n in names] + [f"{n} req/s" for n in names] + ["kgqa/ox req/s"]
    yield "| " + " | ".join(head) + " |"
    yield "|" + "---|" * len(head)
    for query in mix:
        cells = [query.name]
        cells += [f"{median(lat[n][query.name]):.2f} ms" if lat[n][query.name] else "stopped" for n in names]
        cells += [f"{thr[n][query.name][0]:,.0f}" for n in names]
        cells.append(f"{thr['kgqa'][query.name][0] / thr['oxigraph'][query.name][0]:.2f}")
        yield "| " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=0, help="synthetic triples added to the shipped graph")
    parser.add_argument("--seconds", type=int, default=3, help="wrk's run per query and server")
    parser.add_argument("--rounds", type=int, default=10, help="latency rounds over the mix")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rdflib-endpoint", help="the rdflib-endpoint command, to add it as a peer")
    parser.add_argument("--skip-query", action="append", default=[], help="leave this query out of the mix")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("bench/endpoint.py needs wrk (apt-get install wrk)")
    data = dataset_file(args.triples)
    mix = [query for query in query_mix() if query.name not in args.skip_query]
    with ExitStack() as stack:
        servers = started(stack, args, data)
        print(f"data: {data} ({quad_count(data):,} quads); {len(mix)} queries; servers: {', '.join(servers)}")
        problems = check(servers, mix)
        print("answers checked against oxigraph:", "all agree" if not problems else "; ".join(problems))
        lat = latencies(servers, mix, args.rounds)
        thr = throughputs(servers, mix, args.seconds)
    for line in rows(servers, mix, lat, thr):
        print(line)
    summary(servers, mix, lat, thr)
    if args.json:
        Path(args.json).write_text(
            json.dumps({"latency_ms": lat, "throughput": thr, "problems": problems}, indent=1)
        )


def summary(servers: dict[str, ChildServer], mix: list[Query], lat: dict, thr: dict) -> None:
    print()
    for name in servers:
        if name == "hello":
            continue
        every = [ms for q in mix for ms in lat[name][q.name]] or [float("nan")]
        rates = [thr[name][q.name][0] for q in mix]
        failures = sum(thr[name][q.name][1] for q in mix)
        print(
            f"{name:16} latency p50 {percentile(every, 50):7.2f} ms  p99 {percentile(every, 99):7.2f} ms  "
            f"req/s median {median(rates):9,.0f}  min {min(rates):9,.0f}  failures {failures}"
        )
    ratios = [thr["kgqa"][q.name][0] / thr["oxigraph"][q.name][0] for q in mix]
    print(f"kgqa (cache off) / oxigraph req/s: median {median(ratios):.2f}, min {min(ratios):.2f}")
    if "hello" in thr:
        ceiling = thr["hello"]["-"][0]
        cached = [thr["kgqa+cache"][q.name][0] / ceiling for q in mix]
        print(
            f"hello-world ceiling {ceiling:,.0f} req/s; "
            f"kgqa+cache / ceiling: median {median(cached):.2f}, min {min(cached):.2f}"
        )
    if "rdflib-endpoint" in thr:
        over = [thr["kgqa"][q.name][0] / thr["rdflib-endpoint"][q.name][0] for q in mix]
        print(f"kgqa (cache off) / rdflib-endpoint req/s: median {median(over):.1f}, min {min(over):.1f}")


if __name__ == "__main__":
    main()
