"""`python -m web --host H --port P [--store S] [--data FILE ...]`: serve the shipped graph, or the files."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from kg.cli import store_from_args, store_options
from kg.compile import FactError
from kg.graph import DataFileError
from kg.stores import QueryError
from web import create_app
from web.server import serve


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m web", description="Serve the SPARQL endpoint.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    store_options(parser)
    parser.add_argument("--data", action="append", help="serve these RDF files instead of the shipped graph")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    try:
        store = store_from_args(args)
    except (DataFileError, FactError, QueryError, OSError) as exc:
        print(f"web: error: {exc}", file=sys.stderr)
        return 1
    serve(create_app(store), args.host, args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
