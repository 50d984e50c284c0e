"""Dashboards as people read them: chart text readable on a phone, whole labels in Thai, each
survey told apart, schools counted once, all data asked for in one round of requests."""

from __future__ import annotations

import time
from typing import Any

from playwright.async_api import Page, Request, expect

from tests.browser.forms import call, open_campaign
from tests.browser.journey import go, missing_labels, screenshot, sign_in
from tests.browser.stack import WebStack
from tests.support.harness import auth, eventually

TITLE = "สำรวจความต้องการใช้สื่อ นวัตกรรม และเทคโนโลยีทางการศึกษา รอบทดสอบ"
ANSWERS = {
    "media_needed": ["digital"],
    "thai_media": 5,
    "math_media": 5,
    "science_media": 4,
    "english_media": 2,
    "innovation_needed": ["coding"],
    "innovation_team": "yes",
    "devices_needed": 4,
    "internet": 5,
}

# Text inside charts with its rendered size (SVG text scaled by its viewBox).
CHART_TEXT = """() => [...document.querySelectorAll("figure.chart-box *, figure.ring *")]
  .filter((el) => !["title", "desc"].includes(el.localName))
  .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
  .map((el) => ({
    text: el.textContent.trim(),
    px: parseFloat(getComputedStyle(el).fontSize) * (el instanceof SVGElement ? el.getScreenCTM().a : 1),
  }))"""


async def two_surveys_one_answer(stack: WebStack) -> list[str]:
    """Two surveys with the same title (one for every school, one for a cluster), one answer."""
    campaigns = [await open_campaign(stack, TITLE, cluster=c) for c in ("", "loei-3-nahaeo")]
    for campaign in campaigns:
        await call(
            stack,
            "needs",
            "PUT",
            f"/v1/esas/loei-3/campaigns/{campaign}/responses/1042060101",
            "school",
            "1042060101",
            {"answers": ANSWERS},
        )
    officer = auth(stack.settings, "supervisor", "loei-3")

    async def responded() -> int:
        r = await stack.clients["reporting"].get(
            "/v1/esas/loei-3/needs/response-rates", params={"year": 2569}, headers=officer
        )
        return int(r.json().get("responded", 0)) if r.status_code == 200 else 0

    await eventually(responded, lambda n: n >= 2, 60)
    return campaigns


async def test_chart_text_is_whole_thai_and_readable_on_a_phone(
    stack: WebStack, phone: Page
) -> None:
    campaigns = await two_surveys_one_answer(stack)
    await sign_in(phone, "malee.jaidee", "/esas/loei-3")
    await go(phone, "/esas/loei-3/dashboard")
    by_campaign = phone.get_by_test_id("by-campaign")
    await expect(by_campaign.locator(".bar-label")).to_have_count(2)
    labels = await by_campaign.locator(".bar-label").all_inner_texts()
    assert len(set(labels)) == 2 and all(TITLE in label for label in labels), labels
    ring = phone.locator("figure.ring")
    await expect(ring).to_contain_text("จาก 17 โรงเรียน")  # schools, each counted once
    await expect(phone.get_by_test_id("needs-answers")).to_contain_text("2 จาก 31")
    texts = await phone.evaluate(CHART_TEXT)
    assert texts, "the dashboard draws charts"
    small = [t for t in texts if t["px"] < 12]
    assert not small, small
    assert not [t for t in texts if "…" in t["text"]], "no label is cut"
    await screenshot(phone, "phone-esa-dashboard-charts")

    await go(phone, f"/esas/loei-3/campaigns/{campaigns[0]}")
    ranked = phone.get_by_test_id("needs-ranked")
    await expect(ranked).to_contain_text("คณิตศาสตร์")
    chart_text = " ".join(t["text"] for t in await phone.evaluate(CHART_TEXT))
    for key in ("general", "mathematics", "science", "media ·", "technology"):
        assert key not in chart_text, (key, chart_text)
    assert not [t for t in await phone.evaluate(CHART_TEXT) if t["px"] < 12]
    assert await missing_labels(phone) == []


async def test_the_esa_dashboard_asks_for_its_data_in_one_round(
    stack: WebStack, page: Page
) -> None:
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    started: list[tuple[float, str]] = []
    finished: list[float] = []

    def sent(request: Request) -> None:
        if "/api/" in request.url:
            started.append((time.monotonic(), request.url))

    def done(request: Request) -> None:
        if "/api/" in request.url:
            finished.append(time.monotonic())

    page.on("request", sent)
    page.on("requestfinished", done)
    page.on("requestfailed", done)
    await go(page, "/esas/loei-3/dashboard")
    await expect(page.locator("main")).to_contain_text("การนิเทศ ติดตาม และประเมินผล")
    assert started and finished
    first_answer = min(finished)
    late = [url for at, url in started if at > first_answer]
    assert not late, f"asked after the first answer arrived: {late}"
    assert not [url for _, url in started if "year=2500" in url]


async def test_another_esas_dashboard_is_not_found_without_asking(
    stack: WebStack, page: Page
) -> None:
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    asked: list[Any] = []
    page.on("request", lambda r: asked.append(r.url) if "/api/" in r.url else None)
    await go(page, "/esas/rayong-2/dashboard")
    await expect(page.get_by_test_id("not-found")).to_be_visible()
    assert not [u for u in asked if "rayong" in u], asked


async def test_a_school_on_the_esa_dashboard_is_told_its_role_cannot_see_it(page: Page) -> None:
    await sign_in(page, "kanya.sukjai", "/schools/1042060101")
    await go(page, "/esas/loei-3/dashboard")
    await expect(page.locator("main")).to_contain_text("บทบาทของท่านทำรายการนี้ไม่ได้")
