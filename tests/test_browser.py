"""The question form in a real browser (Debian's Chromium, driven by Playwright): with JavaScript
the answer comes without a page reload; without it, the server renders it. YASGUI on /editor and
the picture of the graph on entity pages, from the front-end libraries scripts/setup.sh installs
(these tests fail, not skip, without them). Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import shutil
import urllib.error
import urllib.request
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


def require_vendor(server: ServerProcess, path: str) -> None:
    """Fail (not skip) when the server does not serve a front-end library: CI runs setup.sh."""
    try:
        with urllib.request.urlopen(server.url + "/static/vendor/" + path, timeout=30):  # noqa: S310
            return
    except urllib.error.HTTPError as exc:
        pytest.fail(f"/static/vendor/{path} is not served ({exc.code}): run scripts/setup.sh")


def open_page(browser: sync_api.Browser, url: str) -> tuple[sync_api.Page, list[str]]:
    """A new page at `url`, and the list its console errors (CSP violations among them) go to."""
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if _is_error(message) else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    return page, errors


def test_yasgui_replaces_the_form_and_runs_queries_and_examples(
    server: ServerProcess, browser: sync_api.Browser
) -> None:
    require_vendor(server, "yasgui/yasgui.min.js")
    page, errors = open_page(browser, server.url + "/editor")
    page.locator("#yasgui .yasqe .CodeMirror").wait_for(timeout=TIMEOUT_MS)
    assert page.locator("#editor-form").is_hidden()  # the plain form gives way
    editor_text = page.locator("#yasgui .CodeMirror-code").inner_text()
    assert "PREFIX dip: <https://w3id.org/diplomacy/ontology#>" in editor_text
    page.locator("#yasgui .yasqe_queryButton").click()
    page.locator("#yasgui .yasr table tbody tr").first.wait_for(timeout=TIMEOUT_MS)
    page.get_by_role("link", name="Who leads Ukraine's delegation at the talks?").click()
    page.locator("#yasgui .yasr").get_by_text("Rustem Umerov").first.wait_for(timeout=TIMEOUT_MS)
    assert page.url.endswith("/editor")  # the example ran in YASGUI, not by a page load
    screenshot(page, "editor-yasgui.png")
    assert not errors, errors
    page.context.close()


def test_entity_pages_show_the_graph_around_the_entity(
    server: ServerProcess, browser: sync_api.Browser
) -> None:
    require_vendor(server, "cytoscape/cytoscape.min.js")
    page, errors = open_page(browser, server.url + "/id/rustem-umerov")
    section = page.locator("section.neighbourhood")
    section.locator("#network canvas").first.wait_for(timeout=TIMEOUT_MS)
    page.wait_for_function("document.querySelector('section.neighbourhood').dataset.nodes > 1")
    size = page.locator("#network").bounding_box()
    assert size is not None and size["width"] > 200 and size["height"] > 200
    screenshot(page, "entity-network.png")
    assert not errors, errors
    # a click on a node opens its page (where the node is drawn: from cytoscape's registry)
    where = page.evaluate(
        """() => {
          const node = document.getElementById("network")._cyreg.cy.getElementById(
            "https://w3id.org/diplomacy/id/ukrainian-delegation");
          return node.renderedPosition();
        }"""
    )
    box = page.locator("#network").bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + where["x"], box["y"] + where["y"])
    page.wait_for_url("**/id/ukrainian-delegation", timeout=TIMEOUT_MS)
    assert not errors, errors
    page.context.close()
