"""Serving stacks side by side: granian, gunicorn (sync and threaded workers) and waitress.

    python bench/servers.py [--seconds S] [--workers W]

Each server runs two apps in turn on loopback: the smallest WSGI app (bench/hello.py, the
stack's own ceiling) and this service (`web.server:app_from_environment`, the in-memory article
graph, cache off) answering one SPARQL query at /sparql. wrk drives 8 connections for S seconds;
the servers take turns, twice over, and the better of the two runs is kept. Needs wrk and
gunicorn (`pip install gunicorn`). Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path
from urllib.parse import urlencode

from common import ROOT
from endpoint import JSON, wrk

from web.server import ENVIRONMENT
from web.testing import HOST, ChildServer

QUERY = "SELECT ?name WHERE { d:rustem-umerov rdfs:label ?name }"
APPS = {"hello": ("hello:app", "hello:app"), "kgqa": ("web.server:app_from_environment", "factory")}


class Stack(ChildServer):
    """One server program serving one app."""

    def __init__(self, server: str, app: str, workers: int) -> None:
        super().__init__(timeout=120)
        self.server, self.app, self.workers = server, app, workers
        self.probe_path = "/" if app == "hello" else "/sparql?query=ASK%7B%7D"

    def command(self) -> list[str]:
        bindir = Path(sys.executable).parent
        target, kind = APPS[self.app]
        where, port, workers = HOST, str(self.port), str(self.workers)
        if self.server == "granian":
            command = [str(bindir / "granian"), "--interface", "wsgi", "--host", where, "--port", port,
                       "--workers", workers, "--blocking-threads", "4", "--log-level", "warning"]  # fmt: skip
            return [*command, *(["--factory"] if kind == "factory" else []), target]
        if self.server.startswith("gunicorn"):
            threaded = (
                ["--worker-class", "gthread", "--threads", "4"] if self.server == "gunicorn-gthread" else []
            )
            app = f"{target}()" if kind == "factory" else target
            return [str(bindir / "gunicorn"), "-b", f"{where}:{port}", "-w", workers, *threaded,
                    "--log-level", "warning", app]  # fmt: skip
        call = ["--call"] if kind == "factory" else []
        return [str(bindir / "waitress-serve"), f"--listen={where}:{port}", "--threads", "4", *call, target]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    for tool in ("wrk", str(Path(sys.executable).with_name("gunicorn"))):
        if shutil.which(tool) is None:
            raise SystemExit(f"bench/servers.py needs {tool}")
    os.environ[ENVIRONMENT] = json.dumps({"caching": False})
    os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT / "bench"), os.environ.get("PYTHONPATH", "")])
    servers = ["granian", "gunicorn-sync", "gunicorn-gthread", "waitress"]
    best: dict[tuple[str, str], float] = {}
    for _ in range(2):
        for app in APPS:
            for server in servers:
                with Stack(server, app, args.workers) as running:
                    path = "/" if app == "hello" else "/sparql?" + urlencode({"query": QUERY})
                    rate, failures = wrk(running.url + path, JSON, args.seconds)
                    if failures:
                        print(f"{server} {app}: {failures} failed requests")
                    best[server, app] = max(best.get((server, app), 0.0), rate)
    print(
        "| server | hello-world req/s | this service req/s (one SPARQL query, cache off) | service / hello |"
    )
    print("|---|---|---|---|")
    for server in servers:
        hello, service = best[server, "hello"], best[server, "kgqa"]
        print(f"| {server} | {hello:,.0f} | {service:,.0f} | {service / hello:.2f} |")


if __name__ == "__main__":
    main()
