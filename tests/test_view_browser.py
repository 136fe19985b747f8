"""The HTML views in a real headless Chromium (Selenium + Debian's chromium/chromedriver).

Skipped, with the reason, when Selenium, Chromium or chromedriver is missing. Screenshots
of both pages (desktop and phone) are saved under pytest's temporary directory; set
``PMK_UPDATE_SCREENSHOTS=1`` to write them to ``docs/screenshots/`` (the README's images).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pmk_extract.view import show

ROOT = Path(__file__).parent.parent
DEV = ROOT / "tests" / "data" / "press_releases_dev.jsonl"
SCREENSHOTS = ROOT / "docs" / "screenshots"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def _browser_paths() -> tuple[str, str]:
    webdriver = pytest.importorskip(
        "selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')"
    )
    del webdriver
    browser = next((p for p in map(shutil.which, BROWSERS) if p), None)
    driver = shutil.which("chromedriver")
    if browser is None or driver is None:
        missing = " and ".join(
            name for name, p in (("chromium", browser), ("chromedriver", driver)) if p is None
        )
        pytest.skip(
            f"no headless browser: {missing} not found "
            "(Debian: apt-get install -y chromium chromium-driver)"
        )
    return browser, driver


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    browser, chromedriver = _browser_paths()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_argument("--window-size=1280,900")
    # both paths given, so Selenium Manager never goes looking on the network
    chrome = webdriver.Chrome(options=options, service=Service(executable_path=chromedriver))
    try:
        yield chrome
    finally:
        chrome.quit()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("view")
    show([str(DEV)], str(out / "dev.html"), as_records=True)
    # the screenshot page: one document with events and quotes, linked to the full summary
    show([str(DEV)], str(out / "pr-006.html"), as_records=True, ids=["pr-006"])
    return {
        "documents": out / "dev.html",
        "summary": out / "dev-summary.html",
        "one": out / "pr-006.html",
        "one-summary": out / "pr-006-summary.html",
    }


def _screenshot_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get("PMK_UPDATE_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        return SCREENSHOTS
    return tmp_path_factory.getbasetemp() / "screenshots"


def _page_height(chrome: Any) -> int:
    return int(chrome.execute_script("return document.documentElement.scrollHeight"))


def _save(chrome: Any, path: Path, width: int, height: int | None = None, mobile: bool = False):
    """Screenshot at a device size; ``height=None`` takes the whole page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    metrics = {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": mobile}
    chrome.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    full = _page_height(chrome)
    metrics["height"] = min(full, height) if height else full
    chrome.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    chrome.save_screenshot(str(path))
    chrome.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert path.stat().st_size > 10_000, f"{path} looks empty"


def test_documents_page_in_chromium(driver: Any, pages: dict[str, Path], dev_raw: Any) -> None:
    from selenium.webdriver.common.by import By

    driver.get(pages["documents"].as_uri())
    assert driver.title == "pmk_extract: documents"
    articles = driver.find_elements(By.CSS_SELECTOR, "article.doc")
    assert len(articles) == len(dev_raw)
    for article, gold in zip(articles, dev_raw, strict=True):
        # every gold entity is one highlighted span with its label tag and hover card
        spans = article.find_elements(By.CSS_SELECTOR, ".doc-text mark.ent[id]")
        assert len(spans) == len(gold["entities"]), gold["id"]
        tags = article.find_elements(By.CSS_SELECTOR, ".doc-text mark.ent > .tag")
        assert [t.get_attribute("textContent") for t in tags] == [
            e["label"] for e in gold["entities"]
        ]
        events = article.find_elements(
            By.XPATH, ".//h3[.='Events']/following-sibling::div[1]//tbody/tr"
        )
        assert len(events) == len(gold["events"]), gold["id"]
        quotes = article.find_elements(By.CSS_SELECTOR, ".doc-text .quote[id]")
        assert len(quotes) == len(gold["quotes"]), gold["id"]
        # the text the browser shows is the original text plus the tags' words only
        text = article.find_element(By.CSS_SELECTOR, ".doc-text")
        plain = driver.execute_script(
            "const c = arguments[0].cloneNode(true);"
            "c.querySelectorAll('.tag, .tip').forEach(e => e.remove());"
            "return c.textContent;",
            text,
        )
        assert plain == gold["text"], gold["id"]
    # nothing was fetched from anywhere: the page is self-contained
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0


def test_hover_and_focus_show_the_entity_card(driver: Any, pages: dict[str, Path]) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    driver.get(pages["one"].as_uri())
    person = driver.find_element(
        By.XPATH, "//mark[contains(@class,'ent-person')][.//span[@class='k' and .='role']]"
    )
    tip = person.find_element(By.CSS_SELECTOR, ".tip")
    assert not tip.is_displayed()
    ActionChains(driver).move_to_element(person).perform()
    assert tip.is_displayed()
    assert "role" in tip.text and "organisation" in tip.text
    ActionChains(driver).move_to_element(driver.find_element(By.TAG_NAME, "h1")).perform()
    assert not tip.is_displayed()
    date = driver.find_element(By.CSS_SELECTOR, ".doc-text mark.ent-date")
    driver.execute_script("arguments[0].focus()", date)  # keyboard users get the same card
    date_tip = date.find_element(By.CSS_SELECTOR, ".tip")
    assert date_tip.is_displayed() and "resolved date" in date_tip.text
    # an evidence link jumps to its sentence in the text
    link = driver.find_element(By.CSS_SELECTOR, "td.evidence-text a")
    target = link.get_attribute("href").split("#", 1)[1]
    link.click()
    assert driver.execute_script("return location.hash") == f"#{target}"
    sentence = driver.find_element(By.ID, target)
    assert "evidence" in sentence.get_attribute("class")


def test_summary_page_in_chromium(driver: Any, pages: dict[str, Path], dev_raw: Any) -> None:
    from selenium.webdriver.common.by import By

    driver.get(pages["summary"].as_uri())
    assert driver.title == "pmk_extract: batch summary"
    bars = driver.find_elements(By.CSS_SELECTOR, "#chart-types rect.bar-rect")
    types = {e["type"] for d in dev_raw for e in d["events"]}
    assert len(bars) == len(types)
    timeline = driver.find_element(By.CSS_SELECTOR, "#timeline svg")
    assert timeline.size["height"] > 200 and timeline.size["width"] > 500
    marks = driver.find_elements(By.CSS_SELECTOR, "#timeline circle")
    dated = {(e["type"], e["date"]) for d in dev_raw for e in d["events"] if e["date"]}
    assert len(marks) == len(dated)
    assert driver.find_elements(By.CSS_SELECTOR, "#top-orgs tbody tr")
    assert driver.find_elements(By.CSS_SELECTOR, "#top-people tbody tr")
    assert len(driver.find_elements(By.CSS_SELECTOR, "#documents tbody tr")) == len(dev_raw)
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0


def test_screenshots(
    driver: Any, pages: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    where = _screenshot_dir(tmp_path_factory)
    driver.get(pages["summary"].as_uri())
    _save(driver, where / "summary.png", 1280)
    driver.get(pages["summary"].as_uri())
    _save(driver, where / "summary-phone.png", 390, 1600, mobile=True)

    driver.get(pages["one"].as_uri())
    # open the card of an official, as a reader hovering the name would
    person = driver.find_element(
        By.XPATH, "//mark[contains(@class,'ent-person')][.//span[@class='k' and .='role']]"
    )
    metrics = {
        "width": 1280,
        "height": _page_height(driver),
        "deviceScaleFactor": 1,
        "mobile": False,
    }
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    ActionChains(driver).move_to_element(person).perform()
    assert person.find_element(By.CSS_SELECTOR, ".tip").is_displayed()
    driver.save_screenshot(str(where / "documents.png"))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.get(pages["one"].as_uri())
    _save(driver, where / "documents-phone.png", 390, 1600, mobile=True)
    for name in ("summary", "summary-phone", "documents", "documents-phone"):
        assert (where / f"{name}.png").stat().st_size > 10_000
