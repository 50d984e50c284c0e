"""Accessibility: axe-core (npm, injected into the page) finds no WCAG 2 A/AA violation on the
main pages of each role, every page can be used with the keyboard, and focus is visible."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from playwright.async_api import Page, expect

from tests.browser.journey import go, screenshot, sign_in
from tests.browser.stack import WebStack

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
MONTH_AGO = (date.today() - timedelta(days=30)).isoformat()


async def violations(page: Page) -> list[dict[str, Any]]:
    await page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = await page.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}})"
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["html"][:120] for n in v["nodes"][:3]]}
        for v in result["violations"]
    ]


PAGES = {
    "malee.jaidee": (
        "/esas/loei-3",
        [
            "/esas/loei-3/campaigns",
            "/esas/loei-3/visits",
            "/esas/loei-3/visits/new",
            "/esas/loei-3/dashboard",
            f"/esas/loei-3/dashboard?as_of={MONTH_AGO}",
            "/esas/loei-3/media",
            "/esas/loei-3/records",
        ],
    ),
    "kanya.sukjai": ("/schools/1042060101", []),
    "chaiwat.phromma": ("/provinces/loei", []),
    "admin": ("/admin", ["/nation"]),
}


async def test_the_main_pages_of_every_role_pass_an_automated_accessibility_check(
    stack: WebStack,
) -> None:
    found = {}
    for person, (home, more) in PAGES.items():
        page = await stack.page()
        await sign_in(page, person, home)
        for path in [home, *more]:
            await go(page, path)
            problems = await violations(page)
            if problems:
                found[path] = problems
        await page.context.close()
    page = await stack.page()
    await go(page, "/login")
    found_login = await violations(page)
    await page.context.close()
    assert found == {} and found_login == [], (found, found_login)


async def test_the_login_page_and_menu_work_with_the_keyboard_alone(page: Page) -> None:
    await page.goto("/login")
    await expect(page.locator("main h1")).to_be_visible()
    skip = page.locator(".skip")
    await skip.focus()
    box = await skip.bounding_box()
    assert box is not None and box["x"] >= 0, "the skip link shows when focused"
    assert await skip.evaluate("el => getComputedStyle(el).outlineStyle") != "none"
    await page.locator("main h1").focus()
    for _ in range(20):
        await page.keyboard.press("Tab")
        if await page.locator(":focus").get_attribute("data-person") == "malee.jaidee":
            break
    focused = page.locator(":focus")
    assert await focused.evaluate("el => getComputedStyle(el).outlineStyle") != "none"
    await page.keyboard.press("Enter")
    await expect(page).to_have_url(f"{page.url.split('/login')[0]}/esas/loei-3")
    await expect(page.locator("main h1")).to_be_focused()
    await screenshot(page, "keyboard-focus")


async def test_admin_and_national_pages_show_read_models_and_every_province(page: Page) -> None:
    await sign_in(page, "admin", "/admin")
    await expect(page.get_by_test_id("read-models").locator("tbody tr").first).to_be_visible()
    await screenshot(page, "admin")
    await go(page, "/nation")
    await expect(page.locator("table", has_text="ระยอง")).to_contain_text("เลย")
    await screenshot(page, "nation-dashboard")
