"""What the benchmarks share: percentiles, the data sets they run on, and peers to start."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

from kg.export import export
from kg.graph import build_dataset
from kg.synthetic import articles, write_nquads
from web.testing import HOST, ChildServer, oxigraph_command

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"  # generated data and stores, git-ignored


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile by the nearest-rank method."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def median(values: list[float]) -> float:
    return statistics.median(values)


def dataset_file(synthetic_triples: int, seed: int = 1) -> Path:
    """The shipped graph (ontology and article) plus about `synthetic_triples` synthetic triples,
    as one N-Quads file, made once and kept in bench/.cache."""
    folder = CACHE / f"data-{synthetic_triples}-{seed}"
    target = folder / "all.nq"
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    shipped = export(build_dataset(), "nq", "all")
    partial = folder / "synthetic.nq.part"
    if synthetic_triples:
        write_nquads(articles(synthetic_triples, seed), partial)
    with (folder / "all.nq.part").open("wb") as out:
        out.write(shipped)
        if synthetic_triples:
            out.write(partial.read_bytes())
    partial.unlink(missing_ok=True)
    (folder / "all.nq.part").rename(target)
    return target


def quad_count(path: Path) -> int:
    return sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))


def oxigraph_location(data: Path) -> Path:
    """An Oxigraph server's store directory holding `data`, loaded once by `oxigraph load`."""
    location = data.parent / "oxigraph-server-store"
    if not (location / "CURRENT").is_file():
        shutil.rmtree(location, ignore_errors=True)
        subprocess.run(
            [oxigraph_command(), "load", "--location", str(location), "--file", str(data)], check=True
        )
    return location


def kgqa_location(data: Path) -> Path:
    """This project's persistent store holding `data`, loaded once by `kgqa load`."""
    location = data.parent / "kgqa-store"
    if not (location / "CURRENT").is_file():
        shutil.rmtree(location, ignore_errors=True)
        kgqa = [sys.executable, "-m", "kg.cli", "load", str(data), "--store", str(location)]
        subprocess.run(kgqa, check=True, stdout=subprocess.DEVNULL)
    return location


class HelloServer(ChildServer):
    """The smallest WSGI app (bench/hello.py) on this project's serving stack: its ceiling."""

    probe_path = "/"

    def __init__(self, workers: int, threads: int) -> None:
        super().__init__(timeout=60)
        self.workers, self.threads = workers, threads

    def command(self) -> list[str]:
        granian = str(Path(sys.executable).with_name("granian"))
        return [granian, "--interface", "wsgi", "--host", HOST, "--port", str(self.port),
                "--workers", str(self.workers), "--blocking-threads", str(self.threads),
                "--log-level", "warning", "--working-dir", str(ROOT / "bench"), "hello:app"]  # fmt: skip


class RdflibEndpoint(ChildServer):
    """rdflib-endpoint (a FastAPI SPARQL endpoint on rdflib), when installed: `--rdflib-endpoint CMD`.
    It answers SPARQL at its root path."""

    probe_path = "/?query=ASK%7B%7D"
    endpoint_path = "/"

    def __init__(self, command: str, data: Path) -> None:
        super().__init__(timeout=600)
        self.program, self.data = command, data

    def command(self) -> list[str]:
        return [self.program, "serve", "--host", HOST, "--port", str(self.port), str(self.data)]
