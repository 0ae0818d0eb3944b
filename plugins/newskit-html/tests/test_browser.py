"""The html page in a real browser: headless Chromium loads it from a file:// URL without errors.

Needs Debian's ``chromium`` and ``chromium-driver`` and the ``selenium`` package (the plugin's
``test`` extra). Without them the test is skipped — unless ``CI`` is set, where they must be there.
A screenshot is saved under pytest's temporary directory and, when ``NEWSKIT_ARTIFACTS`` names a
folder, there too.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import newskit_html
import pytest

from newskit.testing import annotated_digest

# Debian's paths; NEWSKIT_CHROMIUM and NEWSKIT_CHROMEDRIVER point elsewhere.
CHROMIUM = Path(os.environ.get("NEWSKIT_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("NEWSKIT_CHROMEDRIVER", "/usr/bin/chromedriver"))
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1360,1000",
]


def _missing() -> list[str]:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if importlib.util.find_spec("selenium") is None:
        missing.append("selenium")
    return missing


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    missing = _missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"the browser test needs {', '.join(missing)} in CI (apt-get install chromium chromium-driver)")
        pytest.skip(f"needs {', '.join(missing)}")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def test_page_loads_without_errors_with_one_mark_per_dated_event(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    digest = annotated_digest()
    dated = [e for a in digest.articles for e in a.events if e.date_start is not None]
    page = tmp_path / "timeline.html"
    page.write_text(newskit_html.render([digest]), encoding="utf-8")

    browser.get(page.as_uri())
    marks = browser.find_elements(By.CSS_SELECTOR, ".event-mark")
    assert len(marks) == len(dated)
    assert all(mark.is_displayed() for mark in marks)

    # hovering a mark shows its sentence and article; clicking pins it
    sign = browser.find_element(By.CSS_SELECTOR, '.event-mark[data-event="art2-e1"]')
    ActionChains(browser).move_to_element(sign).perform()
    details = browser.find_element(By.ID, "details")
    assert "signed a border trade agreement in Nairobi" in details.text
    assert "Kenya and Tanzania Sign Border Trade Accord" in details.text
    assert details.find_element(By.TAG_NAME, "mark").text == "signed"
    sign.click()
    assert "pinned" in (sign.get_attribute("class") or "")

    shot = tmp_path / "newskit-html-timeline.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes().startswith(b"\x89PNG")
    artifacts = os.environ.get("NEWSKIT_ARTIFACTS")
    if artifacts:
        Path(artifacts).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(artifacts) / shot.name)

    severe = [entry for entry in browser.get_log("browser") if entry.get("level") == "SEVERE"]
    assert severe == [], f"console errors: {severe}"
