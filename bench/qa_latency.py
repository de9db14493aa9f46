"""Question-answering latency over a question set: in process, and over HTTP against /sparql.

    python bench/qa_latency.py [QUESTIONS.json] [--rounds N] [--triples T] [--no-http]

In process, each question's time is split into understanding it (reading the question and
choosing its interpretation: everything before its SPARQL runs) and running the SPARQL its
answer used (evaluated and written as SPARQL JSON); the ratio of their medians is the target.
Over HTTP (`kgqa serve --no-cache`), `/api/ask?q=...` is timed against `/sparql` sent the same
SPARQL, question by question, interleaved. `--triples T` adds T synthetic triples to the graph
(bench/common.py); the store is then Oxigraph on disk. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import requests
from common import dataset_file, kgqa_location, median, percentile

from kg.graph import build_dataset
from kg.qa.engine import QuestionAnswerer
from kg.stores import OxigraphStore, Store
from web.testing import ServerProcess

DEFAULT_QUESTIONS = Path(__file__).resolve().parent.parent.parent / "shared" / "qa" / "dev_questions.json"
JSON = "application/sparql-results+json"


def understand(qa: QuestionAnswerer, text: str) -> None:
    question = qa.reader.read(" ".join(text.split()))
    if question.form != "about":
        qa.interpreter.readings(question)


def in_process(
    qa: QuestionAnswerer, store: Store, questions: list[str], rounds: int
) -> dict[str, list[float]]:
    sparql = {text: qa.ask(text).sparql for text in questions}  # also the warm-up round
    found: dict[str, list[float]] = {"whole answer": [], "understanding": [], "its SPARQL": []}
    for _ in range(rounds):
        for text in questions:
            qa.walker._edges.clear()  # the walker's memo of edges would hide the store's work
            t0 = time.perf_counter()
            understand(qa, text)
            t1 = time.perf_counter()
            if sparql[text]:
                store.query(sparql[text]).serialize(JSON)
            t2 = time.perf_counter()
            qa.walker._edges.clear()
            qa.ask(text)
            t3 = time.perf_counter()
            found["understanding"].append(1000 * (t1 - t0))
            if sparql[text]:
                found["its SPARQL"].append(1000 * (t2 - t1))
            found["whole answer"].append(1000 * (t3 - t2))
    return found


def over_http(server: ServerProcess, questions: list[str], rounds: int) -> dict[str, list[float]]:
    session = requests.Session()
    sparql = {}
    for text in questions:  # warm-up, and the SPARQL each question ran
        sparql[text] = session.get(server.url + "/api/ask", params={"q": text}, timeout=60).json()["sparql"]
    found: dict[str, list[float]] = {"/api/ask": [], "/sparql": []}
    for _ in range(rounds):
        for text in questions:
            if not sparql[text]:
                continue
            t0 = time.perf_counter()
            asked = session.get(server.url + "/api/ask", params={"q": text}, timeout=60)
            t1 = time.perf_counter()
            queried = session.get(
                server.url + "/sparql", params={"query": sparql[text]}, headers={"Accept": JSON}, timeout=60
            )
            t2 = time.perf_counter()
            assert asked.status_code == queried.status_code == 200, (
                text,
                asked.status_code,
                queried.status_code,
            )
            found["/api/ask"].append(1000 * (t1 - t0))
            found["/sparql"].append(1000 * (t2 - t1))
    return found


def report(title: str, found: dict[str, list[float]], ratio: tuple[str, str]) -> None:
    print(f"\n{title}")
    print(f"{'':24}{'median ms':>10}{'p99 ms':>10}{'n':>6}")
    for name, values in found.items():
        print(f"{name:24}{median(values):>10.2f}{percentile(values, 99):>10.2f}{len(values):>6}")
    top, bottom = ratio
    print(f"median {top} / median {bottom}: {median(found[top]) / median(found[bottom]):.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", nargs="?", default=str(DEFAULT_QUESTIONS))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--triples", type=int, default=0, help="synthetic triples added to the shipped graph")
    parser.add_argument("--no-http", action="store_true", help="only the in-process figures")
    args = parser.parse_args()
    questions = [
        q["question"] for q in json.loads(Path(args.questions).read_text(encoding="utf-8"))["questions"]
    ]
    started = time.perf_counter()
    if args.triples:
        location = kgqa_location(dataset_file(args.triples))
        store: Store = OxigraphStore(location, read_only=True)
    else:
        location, store = None, OxigraphStore.from_dataset(build_dataset())
    qa = QuestionAnswerer(store)
    print(f"{len(store):,} quads; store and question layer ready in {time.perf_counter() - started:.2f} s")
    print(f"{len(questions)} questions x {args.rounds} rounds")
    report("in process", in_process(qa, store, questions, args.rounds), ("understanding", "its SPARQL"))
    store.close()  # the server opens the same directory
    if not args.no_http:
        options = ["--no-cache", "--workers", "1"]
        with ServerProcess(store=str(location) if location else None, options=options, timeout=600) as server:
            report("over HTTP, cache off", over_http(server, questions, args.rounds), ("/api/ask", "/sparql"))


if __name__ == "__main__":
    main()
