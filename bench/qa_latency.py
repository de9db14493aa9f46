"""Question-answering latency over a question set, in process: median and 99th percentile.

    python bench/qa_latency.py [QUESTIONS.json] [--rounds N]

Each question is asked N times (after one warm-up round); the table splits each answer's time
into understanding (reading the question and choosing its interpretation) and the rest
(running its SPARQL and gathering evidence). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from kg.graph import build_dataset
from kg.qa.engine import QuestionAnswerer
from kg.stores import OxigraphStore

DEFAULT_QUESTIONS = Path(__file__).resolve().parent.parent.parent / "shared" / "qa" / "dev_questions.json"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def understand(qa: QuestionAnswerer, text: str) -> None:
    question = qa.reader.read(text)
    if question.form != "about":
        qa.interpreter.readings(question)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", nargs="?", default=str(DEFAULT_QUESTIONS))
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    questions = [
        q["question"] for q in json.loads(Path(args.questions).read_text(encoding="utf-8"))["questions"]
    ]
    started = time.perf_counter()
    qa = QuestionAnswerer(OxigraphStore.from_dataset(build_dataset()))
    print(f"load graph and build the question layer: {1000 * (time.perf_counter() - started):.0f} ms")
    for text in questions:  # warm-up
        qa.ask(text)
    total: list[float] = []
    understanding: list[float] = []
    for _ in range(args.rounds):
        for text in questions:
            qa.walker._edges.clear()
            t0 = time.perf_counter()
            understand(qa, text)
            t1 = time.perf_counter()
            qa.walker._edges.clear()
            t2 = time.perf_counter()
            qa.ask(text)
            t3 = time.perf_counter()
            understanding.append(1000 * (t1 - t0))
            total.append(1000 * (t3 - t2))
    print(f"{len(questions)} questions x {args.rounds} rounds")
    print(f"{'':28}{'median ms':>10}{'p99 ms':>10}")
    for name, values in (("whole answer (kg.ask)", total), ("understanding only", understanding)):
        print(f"{name:28}{statistics.median(values):>10.2f}{percentile(values, 99):>10.2f}")


if __name__ == "__main__":
    main()
