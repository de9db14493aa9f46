"""Real servers in child processes on free loopback ports, for tests and benchmarks over HTTP:
this service (`python -m web`) and the Oxigraph SPARQL server (`oxigraph serve`), its peer.

>>> with ServerProcess() as server:  # doctest: +SKIP
...     urllib.request.urlopen(server.url + "/sparql?query=ASK{}").status
200
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Self

HOST = "127.0.0.1"
# The child runs from the folder this `web` package was imported from, so that it imports the
# same code (installed or checkout) as the tests that talk to it.
IMPORTED_FROM = Path(__file__).resolve().parent.parent


class ChildServer:
    """A server in a child process: started on enter (waiting until it answers), killed on exit."""

    probe_path = "/sparql?query=ASK%7B%7D"

    def __init__(self, timeout: float = 120.0) -> None:
        self.timeout = timeout
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (closed by __exit__)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def command(self) -> list[str]:
        raise NotImplementedError

    def start(self) -> Self:
        """Start the server and wait until it answers; tries another port if it quits at once."""
        for _ in range(3):
            self.port = free_port()
            self.process = subprocess.Popen(  # noqa: S603
                self.command(),
                cwd=IMPORTED_FROM,
                stdout=self.log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: stopped with all its workers
            )
            if self._answers():
                return self
        raise RuntimeError(f"the server did not start:\n{self.output()}")

    def _answers(self) -> bool:
        """True once the server answers a query; False if it quits first."""
        deadline = time.monotonic() + self.timeout
        probe = self.url + self.probe_path
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(probe, timeout=5):  # noqa: S310 (a loopback http URL)
                    return True
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"the server did not answer in {self.timeout} s:\n{self.output()}")

    def stop(self) -> None:
        """Stop the server and every process it started (workers, query workers)."""
        if self.process is None:
            return
        for signal_ in (signal.SIGTERM, signal.SIGKILL):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal_)
            try:
                self.process.wait(timeout=10)
                break
            except subprocess.TimeoutExpired:
                continue
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)  # workers that outlived their parent

    def output(self) -> str:
        """What the server printed so far (its log)."""
        self.log.seek(0)
        return self.log.read().decode("utf-8", errors="replace")

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()
        self.log.close()


class ServerProcess(ChildServer):
    """`python -m web` serving `data` (or the shipped graph) from `store` (a --store value)."""

    def __init__(
        self,
        data: list[Path] | None = None,
        store: str | None = None,
        options: list[str] | None = None,
        timeout: float = 120.0,
    ) -> None:
        super().__init__(timeout)
        self.data = data or []
        self.store = store
        self.options = options or []  # more `kgqa serve` options: --no-cache, --server ...

    def command(self) -> list[str]:
        command = [sys.executable, "-m", "web", "--host", HOST, "--port", str(self.port), *self.options]
        command += ["--store", self.store] if self.store else []
        return command + [arg for path in self.data for arg in ("--data", str(path.resolve()))]


class OxigraphServer(ChildServer):
    """The Oxigraph SPARQL server (the `oxigraph` command from PyPI): in memory, or serving the
    store directory `location`; `read_only` runs `oxigraph serve-read-only`."""

    probe_path = "/query?query=ASK%7B%7D"

    def __init__(
        self,
        location: Path | None = None,
        *,
        read_only: bool = False,
        union: bool = False,
        timeout: float = 60.0,
    ) -> None:
        super().__init__(timeout)
        self.location = location
        self.read_only = read_only
        self.union = union

    def command(self) -> list[str]:
        command = [oxigraph_command(), "serve-read-only" if self.read_only else "serve"]
        command += ["--location", str(self.location)] if self.location else []
        command += ["--union-default-graph"] if self.union else []
        return [*command, "--bind", f"{HOST}:{self.port}"]

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def store_url(self) -> str:
        """Its Graph Store Protocol endpoint (absent when read-only)."""
        return self.url + "/store"


def oxigraph_command() -> str:
    """The `oxigraph` server command: beside this Python (a venv), else on the PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if found is None:
        raise RuntimeError("the `oxigraph` command is not installed: pip install oxigraph")
    return found


def free_port() -> int:
    """A port that was free a moment ago on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]
