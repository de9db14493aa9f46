"""Stores: one interface (`Store`) and three engines behind it.

- `OxigraphStore`: the default, fast; in memory, or persistent on disk (`--store PATH`);
- `RdflibStore`: rdflib's pure-Python store and engine (`--store rdflib`);
- `RemoteStore`: any SPARQL 1.1 server (`--store https://host/sparql`).

`open_store(spec)` picks one from the `--store` option; `ready_store` also fills it.
"""

from __future__ import annotations

from pathlib import Path

from kg.stores.base import (
    UPDATE_KEYWORDS,
    VOLATILE,
    QueryDataset,
    QueryError,
    QueryRefused,
    QueryResult,
    Store,
    Term,
    keywords,
    normalised,
)
from kg.stores.oxigraph import OxigraphStore
from kg.stores.rdflib_memory import RdflibStore
from kg.stores.remote import RemoteStore, StoreUnavailable

__all__ = [
    "STORE_HELP",
    "UPDATE_KEYWORDS",
    "VOLATILE",
    "OxigraphStore",
    "QueryDataset",
    "QueryError",
    "QueryRefused",
    "QueryResult",
    "RdflibStore",
    "RemoteStore",
    "Store",
    "StoreUnavailable",
    "Term",
    "keywords",
    "normalised",
    "open_store",
    "ready_store",
    "store_from_files",
]

MEMORY = "memory"
RDFLIB = "rdflib"
STORE_HELP = (
    "where the graph lives: 'memory' (Oxigraph in memory, the default), a directory "
    "(Oxigraph on disk, kept between runs), 'rdflib' (pure Python), or a SPARQL endpoint URL"
)


def open_store(
    spec: str | None = None,
    *,
    graph_store: str | None = None,
    union_default_graph: bool | None = None,
    read_only: bool = False,
) -> Store:
    """The store that `spec` (a `--store` value) names, opened but not filled."""
    if spec is None or spec == MEMORY:
        return OxigraphStore()
    if spec == RDFLIB:
        return RdflibStore()
    if spec.startswith(("http://", "https://")):
        return RemoteStore(spec, graph_store_url=graph_store, union_default_graph=union_default_graph)
    path = Path(spec)
    if path.exists() and not path.is_dir():
        raise OSError(f"--store {spec}: not a directory (a persistent store is a directory)")
    return OxigraphStore(path, read_only=read_only)


def store_from_files(paths: list[Path], store: Store | None = None) -> Store:
    """`store` (in memory by default) with the RDF files added: authored facts compiled, quads in
    their named graphs, triples in the default graph."""
    from kg.graph import add_data_file, new_dataset

    dataset = new_dataset()
    for path in paths:
        add_data_file(dataset, path)
    store = store if store is not None else OxigraphStore()
    store.load_dataset(dataset)
    return store


def ready_store(spec: str | None = None, data: list[Path] | None = None, **options: object) -> Store:
    """The store named by `spec`, holding `data` if given; a store without the ontology graph
    (a new one) is first given the shipped graph: the ontology and the articles."""
    from kg.graph import ONTOLOGY_GRAPH, build_dataset

    store = open_store(spec, **options)  # type: ignore[arg-type]
    if data:
        return store_from_files(data, store)
    if not store.has_graph(str(ONTOLOGY_GRAPH)):
        store.load_dataset(build_dataset())
    return store
