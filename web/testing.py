"""The real server in a child process on a free loopback port, for tests that speak HTTP to it.

>>> with ServerProcess() as server:  # doctest: +SKIP
...     urllib.request.urlopen(server.url + "/sparql?query=ASK{}").status
200
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

HOST = "127.0.0.1"
# The child runs from the folder this `web` package was imported from, so that it imports the
# same code (installed or checkout) as the tests that talk to it.
IMPORTED_FROM = Path(__file__).resolve().parent.parent


class ServerProcess:
    """`python -m web` serving `data` (or the shipped graph); started on enter, killed on exit."""

    def __init__(self, data: list[Path] | None = None, timeout: float = 120.0) -> None:
        self.data = data or []
        self.timeout = timeout
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (closed by __exit__)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> ServerProcess:
        """Start the server and wait until it answers; tries another port if it quits at once."""
        for _ in range(3):
            self.port = free_port()
            command = [sys.executable, "-m", "web", "--host", HOST, "--port", str(self.port)]
            command += [arg for path in self.data for arg in ("--data", str(path.resolve()))]
            self.process = subprocess.Popen(  # noqa: S603
                command, cwd=IMPORTED_FROM, stdout=self.log, stderr=subprocess.STDOUT
            )
            if self._answers():
                return self
        raise RuntimeError(f"the server did not start:\n{self.output()}")

    def _answers(self) -> bool:
        """True once the server answers a query; False if it quits first."""
        deadline = time.monotonic() + self.timeout
        probe = self.url + "/sparql?query=ASK%7B%7D"
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
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def output(self) -> str:
        """What the server printed so far (its log)."""
        self.log.seek(0)
        return self.log.read().decode("utf-8", errors="replace")

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()
        self.log.close()


def free_port() -> int:
    """A port that was free a moment ago on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]
