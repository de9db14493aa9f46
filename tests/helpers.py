"""Helpers for tests that run the real `kgqa` command."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from kg import resources

ARTICLE = resources.articles_dir() / "russia-ukraine-florida-talks.txt"
FACTS = resources.facts_dir() / "russia-ukraine-florida-talks.trig"


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
