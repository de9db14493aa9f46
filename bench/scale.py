"""Scale benchmark: each store's load time, memory, query and question latency as the graph grows.

    python bench/scale.py [--sizes 1000,100000,1000000] [--stores oxigraph-memory,oxigraph-disk,rdflib,remote]
                          [--rounds R] [--max-rdflib N] [--query-budget S] [--skip-query NAME ...]
                          [--compare-at N | --no-compare] [--load-rounds L] [--questions FILE] [--json FILE]

A size is the number of synthetic triples added to the shipped graph (bench/common.py), which
holds some 3.2k quads itself: size 1000 is therefore about 4.2k quads, and each table gives the
real number the store holds. For each size, each store in turn, one at a time, freed before the next:

1. load: the size's N-Quads file into a fresh store by `kg.loading.load_files` (Oxigraph's bulk
   loader for a store on disk), the wall time it reports (the load and flush; its two counts of
   the store are left out, and kept in --json as load_wall_s); memory: the RSS growth of this
   process after the load (peak in brackets), or for `remote` (a fresh `oxigraph serve` in
   memory with --union-default-graph, loaded through the Graph Store Protocol) the RSS of the
   server process after the load;
2. the query mix of bench/endpoint.py through `store.query`, every result written out (SPARQL JSON,
   or N-Triples for graphs), R rounds after a warm-up: p50 and p99 of all queries pooled, and the
   median of the slowest query; result sizes are checked against the first store's. A query
   whose warm-up takes over --query-budget seconds (default 30) on some store is timed that once
   there and left out of every store's p50/p99 at that size (so that all are compared over the
   same queries); --skip-query NAME leaves a query out altogether;
3. the question layer: `QuestionAnswerer(store)` build time, then the dev questions R rounds
   (bench/qa_latency.py's in_process): p50/p99 of the whole answer, and the median understanding
   over the median of its SPARQL; the answers are checked against the first store's.

`--stores` may also name `remote-named`: an Oxigraph server without --union-default-graph, so
that every query names all the graphs (the portable way). rdflib is skipped above `--max-rdflib`
synthetic triples. A store whose server fails or goes away is reported as failed, with the
server's exit status and last output, and the run goes on. At `--compare-at` (default: the largest
size), `kgqa load FILE --store DIR` is timed against `oxigraph load --location DIR --file FILE`,
both as subprocesses, in alternating order, `--load-rounds` times each; then a fresh Python
process reopens the kgqa store read-only, builds the question layer and answers one question,
timed from outside (wall clock) and inside (imports, open, build, answer). Prints tables;
asserts nothing.

pyoxigraph 0.5 counts a triple held by several named graphs once per graph in the union default
graph (oxigraph/oxigraph#1919), so on the Oxigraph stores (and the Oxigraph server) queries that
join such triples return multiplied rows and slow down as the graph grows: the notes under each
table show the result sizes that differ from the first store's.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyoxigraph as ox
from common import CACHE, dataset_file, median, percentile, quad_count
from endpoint import Query, query_mix
from qa_latency import DEFAULT_QUESTIONS, in_process

from kg.loading import load_files
from kg.qa.engine import QuestionAnswerer
from kg.stores import OxigraphStore, QueryError, RdflibStore, RemoteStore, Store, StoreUnavailable
from web.testing import OxigraphServer, oxigraph_command

STORES = ("oxigraph-memory", "oxigraph-disk", "rdflib", "remote")
OPTIONAL = ("remote-named",)  # measured only when --stores names them
JSON = "application/sparql-results+json"
NT = "application/n-triples"
REOPEN_QUESTION = "who leads Ukraine's delegation?"
# run in a fresh interpreter: the first question on a store reopened from disk
REOPEN = """
import json, sys, time
t0 = time.perf_counter()
from pathlib import Path
from kg.qa.engine import QuestionAnswerer
from kg.stores import OxigraphStore
t1 = time.perf_counter()
store = OxigraphStore(Path(sys.argv[1]), read_only=True)
t2 = time.perf_counter()
qa = QuestionAnswerer(store)
t3 = time.perf_counter()
answer = qa.ask(sys.argv[2])
t4 = time.perf_counter()
print(json.dumps({"imports": t1 - t0, "open": t2 - t1, "build": t3 - t2, "answer": t4 - t3,
                  "said": answer.message}))
"""


@dataclass
class Figures:
    """One store at one size; times in seconds (load, build) or milliseconds (the rest)."""

    store: str
    skipped: str = ""
    quads: int = 0
    load_s: float = 0.0
    load_wall_s: float = 0.0
    memory_mb: float = 0.0
    peak_mb: float = 0.0
    idle_mb: float = 0.0  # remote: the empty server's RSS
    mix_ms: dict[str, list[float]] = field(default_factory=dict)
    mix_sizes: dict[str, object] = field(default_factory=dict)
    mix_errors: dict[str, str] = field(default_factory=dict)
    mix_once: dict[str, float] = field(default_factory=dict)  # over --query-budget: the one run
    qa_build_s: float = 0.0
    qa_ms: dict[str, list[float]] = field(default_factory=dict)
    answers: dict[str, str] = field(default_factory=dict)
    union: bool | None = None  # remote: whether the store found the server's default graph the union
    failed: str = ""  # the stage that failed, and why


# -- memory ------------------------------------------------------------------------------------


def status_mb(pid: int, key: str = "VmRSS") -> float:
    """A memory figure of a process from /proc/PID/status (VmRSS: resident now; VmHWM: its peak)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def reset_peak(pid: int) -> None:
    """Make VmHWM start again from the current RSS (Linux 4.0 and later), where allowed."""
    with suppress(OSError):
        Path(f"/proc/{pid}/clear_refs").write_text("5")


def release() -> None:
    """Collect garbage and hand freed heap back to the system, so the next RSS reading is fair."""
    gc.collect()
    with suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


# -- one store ---------------------------------------------------------------------------------


@contextmanager
def fresh_store(kind: str, scratch: Path) -> Iterator[tuple[Store, OxigraphServer | None]]:
    """A new, empty store of `kind`, and the server holding its data if not this process; closed
    after. `remote`: `oxigraph serve --union-default-graph`, which the store finds out and then
    sends queries as they are; `remote-named`: a server without it, so that every query names all
    the graphs (the portable way: slow on Oxigraph 0.5 with hundreds of graphs)."""
    if kind.startswith("remote"):
        with OxigraphServer(union=kind == "remote") as server:
            store: Store = RemoteStore(server.query_url, graph_store_url=server.store_url, timeout=600)
            try:
                yield store, server
            finally:
                store.close()
        return
    folder = Path(tempfile.mkdtemp(prefix="disk-", dir=scratch)) if kind == "oxigraph-disk" else None
    store = RdflibStore() if kind == "rdflib" else OxigraphStore(folder)
    try:
        yield store, None
    finally:
        store.close()
        del store
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def measure_load(store: Store, pid: int, data: Path, figures: Figures) -> None:
    release()
    before = status_mb(pid)
    reset_peak(pid)
    started = time.perf_counter()
    report = load_files(store, [data])
    figures.load_wall_s = time.perf_counter() - started
    figures.load_s = report.seconds
    release()
    figures.quads = report.total
    after, peak = status_mb(pid), status_mb(pid, "VmHWM")
    if pid == os.getpid():
        figures.memory_mb, figures.peak_mb = after - before, peak - before
    else:  # a server: its whole RSS
        figures.idle_mb, figures.memory_mb, figures.peak_mb = before, after, peak


def consume(store: Store, query: Query) -> tuple[bytes, str]:
    """The query's result written out in full (evaluation is lazy, so this is the work), and how."""
    result = store.query(query.text)
    media_type = NT if result.kind == "graph" else JSON
    return result.serialize(media_type), media_type


def result_size(written: bytes, media_type: str) -> object:
    """What two stores must agree on: the number of rows or triples, or the boolean."""
    if media_type == NT:
        return written.count(b"\n")
    parsed = ox.parse_query_results(written, ox.QueryResultsFormat.JSON)
    return bool(parsed) if isinstance(parsed, ox.QueryBoolean) else sum(1 for _ in parsed)


def measure_mix(
    store: Store, mix: list[Query], args: argparse.Namespace, figures: Figures, server: OxigraphServer | None
) -> None:
    """Milliseconds per query, R rounds after a warm-up round (which also records result sizes);
    a query whose warm-up takes over --query-budget seconds is not run again: one time only.
    A query that fails is left out; a server that has gone away ends the mix (StoreUnavailable)."""
    found: dict[str, list[float]] = {q.name: [] for q in mix}
    for round_ in range(args.rounds + 1):
        for query in mix:
            if query.name in figures.mix_errors or query.name in figures.mix_once:
                continue
            started = time.perf_counter()
            try:
                written, media_type = consume(store, query)
            except QueryError as exc:
                if isinstance(exc, StoreUnavailable) and not running(server):
                    raise
                figures.mix_errors[query.name] = " ".join(str(exc).split())[:200]
                continue
            elapsed = 1000 * (time.perf_counter() - started)
            if round_:
                found[query.name].append(elapsed)
                continue
            figures.mix_sizes[query.name] = result_size(written, media_type)
            if elapsed > 1000 * args.query_budget:
                figures.mix_once[query.name] = elapsed
    figures.mix_ms = {name: values for name, values in found.items() if values}


def measure_qa(store: Store, questions: list[str], rounds: int, figures: Figures) -> None:
    started = time.perf_counter()
    qa = QuestionAnswerer(store)
    figures.qa_build_s = time.perf_counter() - started
    figures.answers = {text: qa.ask(text).message for text in questions}
    figures.qa_ms = in_process(qa, store, questions, rounds)


def measure(kind: str, data: Path, args: argparse.Namespace, questions: list[str]) -> Figures:
    figures = Figures(kind)
    with fresh_store(kind, CACHE) as (store, server):
        pid = server.process.pid if server is not None and server.process is not None else os.getpid()
        stage = "load"
        try:
            progress(f"  {kind}: loading")
            measure_load(store, pid, data, figures)
            if isinstance(store, RemoteStore):
                figures.union = store.union_default_graph
            stage = "query mix"
            progress(f"  {kind}: {figures.quads:,} quads in {figures.load_s:.1f} s; query mix")
            measure_mix(store, mix(args), args, figures, server)
            stage = "questions"
            progress(f"  {kind}: questions")
            measure_qa(store, questions, args.rounds, figures)
        except QueryError as exc:  # a server that failed or went away: say so, go on to the next
            figures.failed = f"{stage}: {' '.join(str(exc).split())[:160]}{server_state(server)}"
            progress(f"  {kind}: failed in {figures.failed}")
        if server is not None and not running(server):
            figures.failed = figures.failed or f"after the questions{server_state(server)}"
    return figures


def running(server: OxigraphServer | None) -> bool:
    return server is not None and server.process is not None and server.process.poll() is None


def server_state(server: OxigraphServer | None) -> str:
    """How a server ended, if it did, and the last of its output."""
    if server is None or server.process is None or running(server):
        return ""
    tail = " | ".join(server.output().strip().splitlines()[-5:])
    return f"; the server exited with status {server.process.returncode}: {tail or '(no output)'}"


def mix(args: argparse.Namespace) -> list[Query]:
    """bench/endpoint.py's query mix, less the queries --skip-query names."""
    return [query for query in query_mix() if query.name not in args.skip_query]


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# -- the bulk loaders and the reopened store -----------------------------------------------------


def bulk_commands(data: Path, target: Path) -> dict[str, list[str]]:
    return {
        "kgqa load": [sys.executable, "-m", "kg.cli", "load", str(data), "--store", str(target)],
        "oxigraph load": [oxigraph_command(), "load", "--location", str(target), "--file", str(data)],
    }


def compare_loads(data: Path, scratch: Path, rounds: int) -> tuple[dict, Path]:
    """Wall seconds of each bulk loader on the same file, alternating which goes first; also the
    seconds `kgqa load` reports itself (without Python's start-up) and the quads each store holds.
    Returns the figures and the last store `kgqa load` made (for the reopen)."""
    walls: dict[str, list[float]] = {"kgqa load": [], "oxigraph load": []}
    reported: list[float] = []
    kept = scratch / "bulk-kgqa"
    for index in range(rounds):
        names = list(walls) if index % 2 == 0 else list(walls)[::-1]
        for name in names:
            target = scratch / ("bulk-kgqa" if name == "kgqa load" else "bulk-oxigraph")
            shutil.rmtree(target, ignore_errors=True)
            command = bulk_commands(data, target)[name]
            started = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            walls[name].append(time.perf_counter() - started)
            if name == "kgqa load":
                said = re.search(r" in ([\d.]+) s ", done.stdout)
                reported.append(float(said[1]) if said else float("nan"))
    quads = {}
    for name, folder in (("kgqa load", kept), ("oxigraph load", scratch / "bulk-oxigraph")):
        store = OxigraphStore(folder, read_only=True)
        quads[name] = len(store)
        store.close()
        del store
    shutil.rmtree(scratch / "bulk-oxigraph", ignore_errors=True)
    return {"wall_s": walls, "kgqa_reported_s": reported, "quads": quads}, kept


def reopen(folder: Path) -> dict:
    """A fresh interpreter: open the store read-only, build the question layer, answer one question."""
    started = time.perf_counter()
    command = [sys.executable, "-c", REOPEN, str(folder), REOPEN_QUESTION]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    inside = json.loads(done.stdout.strip().splitlines()[-1])
    return {"wall_s": wall, **inside}


# -- reporting -----------------------------------------------------------------------------------

HEAD = [
    "store",
    "quads",
    "load s",
    "memory MB",
    "mix p50 ms",
    "mix p99 ms",
    "slowest query p50 ms",
    "QA build s",
    "QA p50 ms",
    "QA p99 ms",
    "understanding/SPARQL",
]


def cells(f: Figures, left_out: set[str]) -> list[str]:
    if f.skipped:
        return [f.store, f"skipped ({f.skipped})"] + [""] * (len(HEAD) - 2)
    memory = f"{f.memory_mb:,.0f}" + (" server" if f.idle_mb else "") + f" (peak {f.peak_mb:,.0f})"
    loaded = [f.store, f"{f.quads:,}", f"{f.load_s:.2f}", memory] if f.quads else [f.store, "-", "-", "-"]
    return loaded + mix_cells(f, left_out) + qa_cells(f)


def mix_cells(f: Figures, left_out: set[str]) -> list[str]:
    """p50 and p99 pooled over the queries every store ran in full, and the slowest query of all."""
    pooled = [ms for name, values in f.mix_ms.items() if name not in left_out for ms in values]
    medians = {name: median(values) for name, values in f.mix_ms.items()} | f.mix_once
    if not medians:
        return ["-"] * 3
    slowest = max(medians, key=medians.__getitem__)
    once = " 1 run" if slowest in f.mix_once else ""
    spread = [f"{percentile(pooled, 50):.2f}", f"{percentile(pooled, 99):.2f}"] if pooled else ["-", "-"]
    return [*spread, f"{medians[slowest]:.2f} ({slowest}{once})"]


def qa_cells(f: Figures) -> list[str]:
    if not f.qa_ms.get("whole answer"):
        return ["-"] * 4
    whole = f.qa_ms["whole answer"]
    ratio = median(f.qa_ms["understanding"]) / median(f.qa_ms["its SPARQL"])
    spread = [f"{percentile(whole, 50):.2f}", f"{percentile(whole, 99):.2f}"]
    return [f"{f.qa_build_s:.2f}", *spread, f"{ratio:.2f}"]


def table(size: int, data: Path, file_quads: int, found: list[Figures]) -> Iterator[str]:
    yield f"\n### {size:,} synthetic triples: {data} ({file_quads:,} quads in the file)\n"
    yield "| " + " | ".join(HEAD) + " |"
    yield "|" + "---|" * len(HEAD)
    left_out = left_out_of_mix(found)
    for figures in found:
        yield "| " + " | ".join(cells(figures, left_out)) + " |"
    if left_out:
        names = ", ".join(sorted(left_out))
        yield f"- left out of every store's mix p50/p99 (over --query-budget or failed somewhere): {names}"
    yield from notes(found)


def left_out_of_mix(found: list[Figures]) -> set[str]:
    """The queries some store timed once only or could not run: kept out of all the pooled figures,
    so that the stores are compared over the same queries."""
    return {name for f in found for name in (*f.mix_once, *f.mix_errors)}


def notes(found: list[Figures]) -> Iterator[str]:
    """Failed queries, and answers that differ from the first store's."""
    measured = [f for f in found if not f.skipped]
    for f in measured:
        if f.failed:
            yield f"- {f.store}: FAILED in {f.failed}"
        if f.idle_mb:
            union = {True: "found the union default graph", False: "names every graph", None: "?"}[f.union]
            yield (
                f"- {f.store}: memory is the server's RSS after the load (empty server: {f.idle_mb:.0f} MB); "
                f"the store {union}"
            )
        for name, error in f.mix_errors.items():
            yield f"- {f.store}: query {name} failed: {error}"
        for name, ms in f.mix_once.items():
            yield (f"- {f.store}: query {name} ran once only, {ms / 1000:.1f} s (over --query-budget)")
    if not measured:
        return
    first = measured[0]
    for f in measured[1:]:
        sizes = [n for n in first.mix_sizes if n in f.mix_sizes and f.mix_sizes[n] != first.mix_sizes[n]]
        for name in sizes:
            yield f"- {f.store}: query {name} gave {f.mix_sizes[name]}, {first.store} {first.mix_sizes[name]}"
        answers = [q for q in first.answers if q in f.answers and f.answers[q] != first.answers[q]]
        for question in answers:
            yield (
                f"- {f.store}: {question!r} answered {f.answers.get(question)!r}, "
                f"{first.store} {first.answers[question]!r}"
            )
        if not sizes and not answers and f.answers and not f.failed:
            yield f"- {f.store}: same result sizes and answers as {first.store}"


def compare_lines(size: int, loads: dict, reopened: dict) -> Iterator[str]:
    walls = loads["wall_s"]
    ours, theirs = median(walls["kgqa load"]), median(walls["oxigraph load"])
    runs = len(walls["kgqa load"])
    yield f"\n### bulk load and reopen at {size:,} synthetic triples (oxigraph on disk)\n"
    yield (
        f"- bulk load, median of {runs}: `kgqa load` {ours:.2f} s wall "
        f"({median(loads['kgqa_reported_s']):.1f} s by its own report), `oxigraph load` {theirs:.2f} s; "
        f"kgqa/oxigraph {ours / theirs:.2f}; quads: kgqa {loads['quads']['kgqa load']:,}, "
        f"oxigraph {loads['quads']['oxigraph load']:,}"
    )
    inside = reopened["imports"] + reopened["open"] + reopened["build"] + reopened["answer"]
    yield (
        f"- reopen and answer {REOPEN_QUESTION!r} in a fresh process: {reopened['wall_s']:.2f} s wall; "
        f"inside {inside:.2f} s = imports {reopened['imports']:.2f} + open {reopened['open']:.3f} "
        f"+ build {reopened['build']:.2f} + answer {reopened['answer']:.3f}; "
        f"interpreter start-up and exit {reopened['wall_s'] - inside:.2f} s; said {reopened['said']!r}"
    )


# -- the run -------------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,100000,1000000", help="synthetic triples, comma-separated")
    parser.add_argument("--stores", default=",".join(STORES), help="of " + ", ".join(STORES + OPTIONAL))
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the query mix and of the questions")
    parser.add_argument(
        "--query-budget", type=float, default=30.0, help="seconds: a slower query is timed once only"
    )
    parser.add_argument("--skip-query", action="append", default=[], help="leave this query out of the mix")
    parser.add_argument("--max-rdflib", type=int, default=100_000, help="skip rdflib above this size")
    parser.add_argument("--compare-at", type=int, help="size for the bulk-load comparison (default: largest)")
    parser.add_argument("--no-compare", action="store_true", help="skip the bulk-load comparison and reopen")
    parser.add_argument("--load-rounds", type=int, default=2, help="runs of each bulk loader")
    parser.add_argument("--questions", default=str(DEFAULT_QUESTIONS))
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    args.sizes = [int(s.replace("_", "")) for s in args.sizes.split(",")]
    args.stores = args.stores.split(",")
    unknown = set(args.stores) - set(STORES + OPTIONAL)
    if unknown:
        known = ", ".join(STORES + OPTIONAL)
        parser.error(f"unknown stores: {', '.join(sorted(unknown))} (known: {known})")
    if args.compare_at is None:
        args.compare_at = max(args.sizes)
    return args


def main() -> None:
    args = parse_args()
    questions = [
        q["question"] for q in json.loads(Path(args.questions).read_text(encoding="utf-8"))["questions"]
    ]
    CACHE.mkdir(parents=True, exist_ok=True)
    print(
        f"{len(mix(args))} queries in the mix, {len(questions)} questions, {args.rounds} rounds; "
        f"stores one at a time: {', '.join(args.stores)}"
        + (f"; left out of the mix: {', '.join(args.skip_query)}" if args.skip_query else "")
    )
    results: dict[str, object] = {"rounds": args.rounds, "sizes": {}}
    for size in args.sizes:
        progress(f"size {size:,}: preparing the data")
        data = dataset_file(size)
        file_quads = quad_count(data)
        found = []
        for kind in args.stores:
            if kind == "rdflib" and size > args.max_rdflib:
                found.append(Figures(kind, skipped="over --max-rdflib"))
                continue
            found.append(measure(kind, data, args, questions))
            release()
        for line in table(size, data, file_quads, found):
            print(line, flush=True)
        results["sizes"][str(size)] = {  # type: ignore[index]
            "file": str(data),
            "file_quads": file_quads,
            "stores": [asdict(f) for f in found],
        }
    if not args.no_compare:
        progress(f"bulk loads and reopen at {args.compare_at:,}")
        data = dataset_file(args.compare_at)
        with tempfile.TemporaryDirectory(prefix="bulk-", dir=CACHE) as scratch:
            loads, kept = compare_loads(data, Path(scratch), args.load_rounds)
            reopened = reopen(kept)
        for line in compare_lines(args.compare_at, loads, reopened):
            print(line)
        results["compare"] = {"size": args.compare_at, "loads": loads, "reopen": reopened}
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
