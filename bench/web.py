"""First page interactive: how long Chromium takes from navigation to a usable page.

"Interactive" is the moment the app's router has drawn the page with its data and attached its
handlers (`window.__nithetReady`, milliseconds since the navigation started). Each sample is a
new browser context (empty cache: a first visit), then the same page again in that context
(cached modules, the everyday case). Pages: the login page (lists the demo people) and a
supervisor's home (her 17 schools with survey and visit coverage: five API calls through the
proxy). Chromium is Debian's package, headless, on the same machine as the whole stack.
"""

from __future__ import annotations

import json
import os
from typing import Any

import httpx
from playwright.sync_api import Browser, sync_playwright

from bench.stack import Stack, wait_until
from bench.stats import percentile
from nithet import chromium


def _ready_ms(browser: Browser, base: str, path: str, session: str | None) -> tuple[float, float]:
    context = browser.new_context(base_url=base, bypass_csp=True)  # lets the probe evaluate
    if session:
        context.add_init_script(f"localStorage.setItem('nithet.session', {json.dumps(session)})")
    page = context.new_page()
    try:
        times = []
        for _ in range(2):  # first visit, then again with the browser cache warm
            page.goto(path)
            page.wait_for_function("window.__nithetReady", timeout=30_000)
            times.append(float(page.evaluate("window.__nithetReady")))
        return times[0], times[1]
    finally:
        context.close()


def _summary(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(percentile(values, 50), 1),
        "p90_ms": round(percentile(values, 90), 1),
        "max_ms": round(max(values), 1),
    }


def run(s: Stack, samples: int = 20, warmup: int = 3) -> dict[str, Any]:
    base = s.url("web")
    answer: dict[str, Any] = {}

    def signed_in() -> bool:  # the directory registers the demo people just after start
        nonlocal answer
        answer = httpx.post(
            f"{base}/api/directory/v1/dev/login", json={"person": "malee.jaidee"}, timeout=10
        ).json()
        return "token" in answer

    wait_until(signed_in, timeout_s=120)
    session = json.dumps({"token": answer["token"], "person": answer["person"]})
    pages = {"login": ("/login", None), "supervisor_home": ("/esas/loei-3", session)}
    # The machine is shared: the load when measuring says how far the figures are from idle.
    result: dict[str, Any] = {"samples": samples, "load_average_1m_before": os.getloadavg()[0]}
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium.EXECUTABLE, headless=True, args=chromium.ARGS
        )
        try:
            for name, (path, stored) in pages.items():
                for _ in range(warmup):
                    _ready_ms(browser, base, path, stored)
                runs = [_ready_ms(browser, base, path, stored) for _ in range(samples)]
                for label, values in (
                    ("first_visit", [r[0] for r in runs]),
                    ("cached", [r[1] for r in runs]),
                ):
                    for key, value in _summary(values).items():
                        result[f"{name}_{label}_{key}"] = value
        finally:
            browser.close()
    result["load_average_1m_after"] = os.getloadavg()[0]
    return result
