"""`python -m web --host H --port P [--data FILE ...]`: serve the shipped graph, or just the files."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from kg.compile import FactError
from kg.graph import DataFileError, build_dataset
from kg.store import OxigraphStore
from web import create_app
from web.server import serve


def load_store(data: list[str] | None) -> OxigraphStore:
    """The given RDF files (quads keep their named graphs), else the ontology and the articles."""
    if data:
        return OxigraphStore.from_files([Path(name) for name in data])
    return OxigraphStore.from_dataset(build_dataset())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m web", description="Serve the SPARQL endpoint.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--data", action="append", help="serve these RDF files instead of the shipped graph")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    try:
        store = load_store(args.data)
    except (DataFileError, FactError, OSError) as exc:
        print(f"web: error: {exc}", file=sys.stderr)
        return 1
    serve(create_app(store), args.host, args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
