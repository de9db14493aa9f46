"""`kgqa serve` for real: /api/ask and /healthz over HTTP, and clear 400s for bad requests."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from helpers import kgqa_command
from web.testing import HOST, free_port


class KgqaServe:
    """`kgqa serve` in a child process on a free loopback port."""

    def __init__(self, *extra: str) -> None:
        self.port = free_port()
        self.url = f"http://{HOST}:{self.port}"
        command = [*kgqa_command(), "serve", "--host", HOST, "--port", str(self.port), *extra]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)

    def wait(self, timeout: float = 120.0) -> KgqaServe:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.process.stdout.read().decode()
            try:
                requests.get(self.url + "/healthz", timeout=5)
                return self
            except requests.ConnectionError:
                time.sleep(0.2)
        raise RuntimeError("kgqa serve did not answer")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def service() -> Iterator[str]:
    server = KgqaServe().wait()
    yield server.url
    server.stop()


def test_ask_get(service: str) -> None:
    response = requests.get(service + "/api/ask", params={"q": "who leads Ukraine's delegation?"}, timeout=30)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/json")
    data = response.json()
    assert set(data) == {"question", "answered", "answers", "evidence", "sparql", "message"}
    assert data["answers"][0]["label"] == "Rustem Umerov"
    assert data["evidence"]


def test_ask_post_json(service: str) -> None:
    response = requests.post(service + "/api/ask", json={"q": "where were the talks held"}, timeout=30)
    assert response.status_code == 200
    assert [a["label"] for a in response.json()["answers"]] == ["Florida"]


def test_unanswerable_is_a_200_with_no_answer(service: str) -> None:
    response = requests.get(service + "/api/ask", params={"q": "When were the talks held?"}, timeout=30)
    assert response.status_code == 200
    data = response.json()
    assert data["answered"] is False and data["answers"] == []
    assert "does not say" in data["message"]


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        ("get", {}),
        ("post", {"data": "not json", "headers": {"Content-Type": "application/json"}}),
        ("post", {"json": {"question": "who?"}}),
        ("post", {"json": {"q": 42}}),
        ("post", {"json": ["q"]}),
    ],
)
def test_bad_ask_requests_get_a_clear_400(service: str, method: str, kwargs: dict) -> None:
    response = getattr(requests, method)(service + "/api/ask", timeout=30, **kwargs)
    assert response.status_code == 400
    assert "q" in response.text and "Traceback" not in response.text


def test_an_overlong_question_gets_a_message_not_an_error(service: str) -> None:
    response = requests.get(service + "/api/ask", params={"q": "who " * 2000}, timeout=30)
    assert response.status_code == 200
    assert "limited" in response.json()["message"]


def test_healthz(service: str) -> None:
    response = requests.get(service + "/healthz", timeout=30)
    assert response.status_code == 200
    assert response.json()["ok"] is True and response.json()["quads"] > 1000


def test_serve_data_serves_exactly_those_files(tmp_path: Path) -> None:
    data = tmp_path / "one.ttl"
    data.write_text("<http://example.org/a> <http://example.org/b> 'c' .", encoding="utf-8")
    server = KgqaServe("--data", str(data)).wait()
    try:
        assert requests.get(server.url + "/healthz", timeout=30).json()["quads"] == 1
        response = requests.get(
            server.url + "/sparql", params={"query": "SELECT ?o WHERE { ?s ?p ?o }"}, timeout=30
        )
        assert response.json()["results"]["bindings"][0]["o"]["value"] == "c"
    finally:
        server.stop()
