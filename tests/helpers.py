"""Helpers for tests that run the real `kgqa` command or query the real server."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import requests

from kg import resources
from web.testing import ServerProcess

ARTICLE = resources.articles_dir() / "russia-ukraine-florida-talks.txt"
FACTS = resources.facts_dir() / "russia-ukraine-florida-talks.trig"
RDFLIB_FORMATS = {  # media type: rdflib parser name
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
    "application/n-quads": "nquads",
    "application/trig": "trig",
}


def kgqa_command() -> list[str]:
    """The installed console script, else the module (both run the same main)."""
    beside = Path(sys.executable).with_name("kgqa")
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("kgqa")
    return [found] if found else [sys.executable, "-m", "kg.cli"]


def run_kgqa(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*kgqa_command(), *args], capture_output=True, text=True, timeout=300, cwd=cwd, check=False
    )


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the shipped facts (and the article beside it) with `old` replaced by `new`."""
    text = FACTS.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} is not in the facts file"
    target = tmp_path / FACTS.name
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    return target


def select_values(server: ServerProcess, query: str) -> list[dict[str, str]]:
    """A SELECT run on the server's /sparql, as rows of plain values."""
    response = requests.get(
        server.url + "/sparql", params={"query": query}, headers={"Accept": "application/json"}, timeout=60
    )
    assert response.status_code == 200, response.text
    return [{k: v["value"] for k, v in row.items()} for row in response.json()["results"]["bindings"]]
