"""Load test: many clients at once for a while, against `kgqa serve` on loopback.

    python bench/load.py [--clients 32] [--seconds 60] [--triples N]

Each client loops over a mix: questions (/api/ask, the dev set's questions), SPARQL queries
(the competency queries, and expensive ones that the query deadline must stop: a cartesian
product, a REGEX over every literal, a deep property path), and page views (home, entity
pages, the ontology). Counts answers by status, failed connections, latency per kind (p50,
p99), and the memory of the server's whole process tree sampled every second (peak, and the
first and last ten seconds' means, to see that it stays flat). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import requests
from common import dataset_file, kgqa_location, median, percentile

from kg.named_queries import load_named_queries
from web.testing import ServerProcess

QUESTIONS = Path(__file__).resolve().parent.parent.parent / "shared" / "qa" / "dev_questions.json"
EXPENSIVE = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    'SELECT ?s WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), "^(a|b|c|d|e)*(x|y)+z$", "i")) }',
    "SELECT (COUNT(*) AS ?n) WHERE { ?a (<urn:p>|!<urn:q>)* ?b }",
]
PAGES = ["/", "/id/rustem-umerov", "/id/florida-talks", "/ontology", "/editor", "/id/ukraine"]


def mix() -> list[tuple[str, str, dict]]:
    questions = [q["question"] for q in json.loads(QUESTIONS.read_text(encoding="utf-8"))["questions"]]
    work = [("question", "/api/ask", {"q": q}) for q in questions]
    work += [("query", "/sparql", {"query": q.sparql}) for q in load_named_queries()]
    work += [("expensive", "/sparql", {"query": q}) for q in EXPENSIVE]
    work += [("page", page, {}) for page in PAGES]
    return work


def client(url: str, work: list, until: float, seed: int, found: dict, lock: threading.Lock) -> None:
    session = requests.Session()
    rng = random.Random(seed)  # noqa: S311 (a shuffle, not a secret)
    while time.monotonic() < until:
        kind, path, params = rng.choice(work)
        started = time.perf_counter()
        try:
            status = session.get(url + path, params=params, timeout=60).status_code
        except requests.RequestException:
            status = "connection failed"
        elapsed = 1000 * (time.perf_counter() - started)
        with lock:
            found["status"][status] += 1
            found["latency"][kind].append(elapsed)


def tree_rss(pid: int) -> int:
    """Resident memory, in bytes, of a process and all its descendants."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += (
                int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS"))) * 1024
            )
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except (OSError, StopIteration):
            continue
        todo += [int(child) for child in children]
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--triples", type=int, default=0, help="synthetic triples added to the shipped graph")
    args = parser.parse_args()
    store = str(kgqa_location(dataset_file(args.triples))) if args.triples else None
    work = mix()
    found: dict = {"status": Counter(), "latency": defaultdict(list)}
    lock = threading.Lock()
    memory: list[int] = []
    with ServerProcess(store=store, timeout=600) as server:
        assert server.process is not None
        until = time.monotonic() + args.seconds
        clients = [
            threading.Thread(target=client, args=(server.url, work, until, seed, found, lock))
            for seed in range(args.clients)
        ]
        for thread in clients:
            thread.start()
        while any(thread.is_alive() for thread in clients):
            memory.append(tree_rss(server.process.pid))
            time.sleep(1)
        alive = server.process.poll() is None
    total = sum(found["status"].values())
    print(f"{args.clients} clients for {args.seconds} s: {total} requests ({total / args.seconds:.0f}/s)")
    print("answers by status:", ", ".join(f"{k}: {v}" for k, v in sorted(found["status"].items(), key=str)))
    fives = sum(v for k, v in found["status"].items() if isinstance(k, int) and k >= 500)
    print(f"5xx: {fives}; failed connections: {found['status']['connection failed']}; server alive: {alive}")
    print(f"{'kind':12}{'n':>8}{'p50 ms':>10}{'p99 ms':>10}")
    for kind, values in sorted(found["latency"].items()):
        print(f"{kind:12}{len(values):>8}{median(values):>10.1f}{percentile(values, 99):>10.1f}")
    first, last = memory[:10], memory[-10:]
    print(
        f"server memory (process tree): peak {max(memory) / 2**20:.0f} MB; first 10 s mean "
        f"{sum(first) / len(first) / 2**20:.0f} MB, last 10 s mean {sum(last) / len(last) / 2**20:.0f} MB"
    )


if __name__ == "__main__":
    main()
