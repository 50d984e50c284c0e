"""A supervisor chooses the observation form among the ESA's published ones (the standard one
first, her choice remembered), and every level of the scale says what it means."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from playwright.async_api import Page, expect

from tests.browser.forms import call
from tests.browser.journey import go, missing_labels, reload_until_visible, screenshot, sign_in
from tests.browser.stack import WebStack
from tests.support.harness import auth, eventually

SUP = ("supervisor", "loei-3")
STEM = {
    "title": "แบบสังเกตกิจกรรมสะเต็มศึกษา",
    "indicators": [
        {"indicator_id": "inquiry", "title_th": "การตั้งคำถามและการสืบเสาะ"},
        {"indicator_id": "design", "title_th": "การออกแบบเชิงวิศวกรรม"},
    ],
}
STANDARD = {
    "title": "แบบสังเกตการจัดการเรียนรู้ในชั้นเรียน",
    "indicators": [
        {"indicator_id": "plan", "title_th": "การออกแบบและเตรียมการจัดการเรียนรู้"},
        {"indicator_id": "media", "title_th": "การใช้สื่อ นวัตกรรม และเทคโนโลยี"},
    ],
}


async def a_visit(stack: WebStack) -> str:
    when = datetime.now(ZoneInfo("Asia/Bangkok")) - timedelta(hours=2)
    made = await call(
        stack,
        "supervision",
        "POST",
        "/v1/esas/loei-3/visits",
        *SUP,
        {
            "school": "1042060104",
            "mode": "on_site",
            "occurred_at": when.isoformat(),
            "focus": "การจัดการเรียนรู้เชิงรุก",
            "policies": ["obec"],
            "findings": "",
            "recommendations": "",
        },
    )
    return str(made["visit_id"])


async def test_the_observation_form_is_chosen_standard_first_and_remembered(
    stack: WebStack, page: Page
) -> None:
    for rubric, body in (
        ("stem", STEM),
        ("classroom", STANDARD),
    ):  # the STEM form is published first
        await call(stack, "supervision", "PUT", f"/v1/esas/loei-3/rubrics/{rubric}", *SUP, body)
    visit = await a_visit(stack)
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await go(page, f"/esas/loei-3/visits/{visit}")
    choice = page.get_by_test_id("rubric-choice")
    await reload_until_visible(page, choice.locator("option", has_text="สะเต็ม"))
    await expect(choice).to_have_value("classroom")
    observe = page.get_by_test_id("observation-form")
    plan = observe.locator('[data-field="scores.plan"]')
    await expect(plan).to_contain_text("การออกแบบและเตรียมการจัดการเรียนรู้")
    for level, meaning in (
        ("ดีเยี่ยม", "4 คะแนน"),
        ("ดี", "3 คะแนน"),
        ("พอใช้", "2 คะแนน"),
        ("ปรับปรุง", "1 คะแนน"),
    ):
        # what the level means is shown beside it and read with it (its accessible description)
        await expect(plan.get_by_label(level, exact=True)).to_have_accessible_description(
            re.compile(f"^{meaning} — ")
        )
    await screenshot(page, "observation-form-levels")

    await choice.select_option("stem")
    await expect(observe.locator('[data-field="scores.inquiry"]')).to_be_visible()
    await page.reload()
    await expect(page.get_by_test_id("rubric-choice")).to_have_value("stem")
    observe = page.get_by_test_id("observation-form")
    await observe.get_by_label("ครูผู้สอน").fill("ครูวิทยา ตัวอย่าง")
    await observe.get_by_label("กลุ่มสาระการเรียนรู้").fill("วิทยาศาสตร์และเทคโนโลยี")
    await observe.get_by_label("ระดับชั้น").fill("ป.5")
    for group in await observe.locator("fieldset.scale").all():
        await group.get_by_label("ดีเยี่ยม", exact=True).check()
    await observe.get_by_role("button", name="บันทึกผลการสังเกต").click()
    await expect(page.get_by_test_id("observations")).to_contain_text("ครูวิทยา ตัวอย่าง")

    async def rubrics_used() -> list[str]:
        r = await stack.clients["supervision"].get(
            f"/v1/esas/loei-3/visits/{visit}", headers=auth(stack.settings, *SUP)
        )
        return [o["rubric_id"] for o in r.json().get("observations", [])]

    assert await eventually(rubrics_used, bool, 30) == ["stem"]
    assert await missing_labels(page) == []
