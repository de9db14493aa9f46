"""The question form in a real browser (Debian's Chromium, driven by Playwright): with JavaScript
the answer comes without a page reload; without it, the server renders it. Screenshots go to
test-artifacts/.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from web.testing import ServerProcess

sync_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
QUESTION = "who leads Ukraine's delegation?"
TIMEOUT_MS = 30_000

pytestmark = pytest.mark.skipif(shutil.which(CHROMIUM) is None, reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    with ServerProcess() as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[sync_api.Browser]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


def screenshot(page: sync_api.Page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path}")
    return path


def _is_error(message: sync_api.ConsoleMessage) -> bool:
    """A console error, other than the browser's own request for /favicon.ico (there is none)."""
    return message.type == "error" and not message.location.get("url", "").endswith("/favicon.ico")


def test_the_answer_comes_without_a_reload_and_links_to_the_entity(
    server: ServerProcess, browser: sync_api.Browser
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})  # a phone's width
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if _is_error(message) else None)
    page.goto(server.url + "/")
    page.evaluate("window.notReloaded = true")
    page.get_by_label("Your question").fill(QUESTION)
    page.get_by_role("button", name="Ask").click()
    answer = page.locator("#answer")
    answer.get_by_role("link", name="Rustem Umerov").wait_for(timeout=TIMEOUT_MS)
    assert page.evaluate("window.notReloaded") is True  # the JavaScript path, not a form submission
    assert "q=who+leads" in page.url
    assert answer.locator("blockquote.evidence mark").count() > 0
    assert "Led by Rustem Umerov" in answer.inner_text()
    assert answer.locator("details summary").count() == 1
    screenshot(page, "ask-answer.png")
    answer.get_by_role("link", name="Rustem Umerov").click()
    page.wait_for_url("**/id/rustem-umerov", timeout=TIMEOUT_MS)
    assert page.locator("h1").inner_text() == "Rustem Umerov"
    assert page.locator("blockquote.evidence").count() > 0
    screenshot(page, "entity-page.png")
    assert not errors, errors  # no script errors, no CSP violations
    context.close()


def test_without_javascript_the_server_renders_the_answer(
    server: ServerProcess, browser: sync_api.Browser
) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + "/")
    page.get_by_label("Your question").fill(QUESTION)
    with page.expect_navigation(timeout=TIMEOUT_MS):
        page.get_by_role("button", name="Ask").click()
    answer = page.locator("#answer")
    assert answer.get_by_role("link", name="Rustem Umerov").count() == 1
    assert answer.locator("blockquote.evidence").count() > 0
    screenshot(page, "ask-answer-no-js.png")
    context.close()


def test_names_are_suggested_while_typing(server: ServerProcess, browser: sync_api.Browser) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(server.url + "/")
    page.get_by_label("Your question").press_sequentially("who is ume", delay=20)
    options = page.locator("#name-suggestions option")
    options.first.wait_for(state="attached", timeout=TIMEOUT_MS)
    values = [options.nth(i).get_attribute("value") for i in range(options.count())]
    assert "who is Rustem Umerov" in values
    context.close()
