"""Steps every journey uses: signing in as a demo person, waiting for a page, screenshots."""

from __future__ import annotations

import re
from typing import Any

from playwright.async_api import Locator, Page, expect

from tests.browser.stack import SCREENSHOTS


async def sign_in(page: Page, person: str, lands_on: str) -> None:
    await page.goto("/login")
    await page.locator(f'[data-person="{person}"]').click()
    await expect(page).to_have_url(re.compile(re.escape(lands_on) + r"($|\?)"))
    await settled(page)


async def settled(page: Page) -> None:
    """The router has drawn the page (main is no longer busy)."""
    await expect(page.locator("main")).not_to_have_attribute("aria-busy", "true")
    await expect(page.locator("main h1")).to_be_visible()


async def go(page: Page, path: str) -> None:
    await page.goto(path)
    await settled(page)


async def screenshot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


async def missing_labels(page: Page) -> Any:
    return await page.evaluate("window.__missingLabels")


async def reload_until_visible(page: Page, locator: Locator, attempts: int = 20) -> None:
    """Views are built from events a moment later: reload the page until the locator shows."""
    for _ in range(attempts):
        await settled(page)
        if await locator.count():
            return
        await page.wait_for_timeout(500)
        await page.reload()
    await expect(locator).to_be_visible()
