"""The named SPARQL queries of queries/: each file's leading comment states its question."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg import resources


class NamedQueryError(ValueError):
    """A .rq file without the comment that states its question."""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    question: str
    sparql: str
    path: Path


def read_named_query(path: Path) -> NamedQuery:
    """Parse one .rq file; its first line must be `# Question: ...`."""
    sparql = path.read_text(encoding="utf-8")
    first = sparql.lstrip().splitlines()[0] if sparql.strip() else ""
    if not first.startswith("# Question:"):
        raise NamedQueryError(f"{path}: the first line must be '# Question: <the question in English>'")
    return NamedQuery(path.stem, first.removeprefix("# Question:").strip(), sparql, path)


def load_named_queries(folder: Path | None = None) -> list[NamedQuery]:
    folder = resources.queries_dir() if folder is None else folder
    return [read_named_query(p) for p in sorted(folder.glob("*.rq"))]
