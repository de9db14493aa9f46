"""`kgqa load`: bulk-loading RDF files into a store, with a progress bar per file."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from kg.compile import is_authored
from kg.graph import OX_FORMATS, DataFileError, rdf_format
from kg.stores import Store, store_from_files


@dataclass(frozen=True)
class LoadReport:
    files: int
    added: int  # quads
    seconds: float
    total: int

    def __str__(self) -> str:
        rate = self.added / self.seconds if self.seconds else 0.0
        return (
            f"loaded {self.added} quads from {self.files} file(s) in {self.seconds:.1f} s "
            f"({rate:,.0f} quads/s); the store holds {self.total} quads"
        )


def load_files(store: Store, paths: list[Path], graph: str | None = None) -> LoadReport:
    """Load each file in turn. Relative IRIs resolve against the file's own location, never a
    base the file declares for itself; a file that fails to parse is named in the error."""
    for path in paths:
        if not path.is_file():
            raise DataFileError(f"{path}: no such file")
        rdf_format(path)  # an unknown file type fails before anything is loaded
    before = len(store)
    started = time.perf_counter()
    for path in paths:
        _load_one(store, path, graph)
    store.flush()
    seconds = time.perf_counter() - started
    total = len(store)
    return LoadReport(len(paths), total - before, seconds, total)


def _load_one(store: Store, path: Path, graph: str | None) -> None:
    if is_authored(path):  # facts written by hand: compiled with their evidence first
        store_from_files([path], store)
        return
    fmt = OX_FORMATS[rdf_format(path)]
    size = path.stat().st_size
    with (
        path.open("rb") as raw,
        tqdm.wrapattr(
            raw, "read", total=size, desc=path.name, unit="B", unit_scale=True, disable=None
        ) as tracked,
    ):
        try:
            store.load(tracked, fmt, base_iri=path.resolve().as_uri(), graph=graph)
        except SyntaxError as exc:
            raise DataFileError(f"{path}: not valid {fmt.name}: {exc}") from exc
