"""`python -m web ...` is `kgqa serve ...`: the same options, the same service."""

from __future__ import annotations

import sys

from kg.cli import main

if __name__ == "__main__":
    sys.exit(main(["serve", *sys.argv[1:]]))
