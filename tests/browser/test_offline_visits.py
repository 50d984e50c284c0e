"""A supervisor in a school without coverage: a visit written offline is kept on the phone
through a reload, sent when the connection returns and recorded once, with the time it was
written; a revision that meets a change made meanwhile is hers to resolve, never overwritten."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from playwright.async_api import Page, expect

from tests.browser.forms import call
from tests.browser.journey import go, screenshot, settled, sign_in
from tests.browser.stack import WebStack
from tests.support.harness import auth, eventually

SUP = ("supervisor", "loei-3")
BANGKOK = ZoneInfo("Asia/Bangkok")
RUBRIC = {
    "title": "แบบสังเกตการจัดการเรียนรู้ในชั้นเรียน",
    "indicators": [
        {"indicator_id": "plan", "title_th": "การออกแบบการเรียนรู้"},
        {"indicator_id": "media", "title_th": "การใช้สื่อ"},
    ],
}


async def rubrics(stack: WebStack) -> list[Any]:
    r = await stack.clients["supervision"].get(
        "/v1/esas/loei-3/rubrics", headers=auth(stack.settings, *SUP)
    )
    return list(r.json()) if r.status_code == 200 else []


async def visits_about(stack: WebStack, focus: str) -> list[dict[str, Any]]:
    now = datetime.now(BANGKOK)
    year = now.year + 543 - (0 if (now.month, now.day) >= (5, 16) else 1)
    found = []
    for semester in (1, 2):
        r = await stack.clients["supervision"].get(
            "/v1/esas/loei-3/visits",
            params={"year": year, "semester": semester},
            headers=auth(stack.settings, *SUP),
        )
        found += [v for v in r.json() if v.get("focus") == focus]
    return found


async def shell_kept(page: Page) -> None:
    """The service worker controls the page (the app shell is kept for offline use)."""
    await page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=20_000)


async def test_a_visit_written_offline_survives_a_reload_and_is_recorded_once(
    stack: WebStack, phone: Page
) -> None:
    focus = "การใช้สื่อท้องถิ่นในการสอนอ่าน (เขียนขณะไม่มีสัญญาณ)"
    await call(stack, "supervision", "PUT", "/v1/esas/loei-3/rubrics/classroom", *SUP, RUBRIC)
    await eventually(lambda: rubrics(stack), bool, 30)
    await sign_in(phone, "malee.jaidee", "/esas/loei-3")
    await go(phone, "/esas/loei-3/visits/new")
    await shell_kept(phone)
    await phone.context.set_offline(True)
    form = phone.get_by_test_id("visit-form")
    await form.get_by_label("โรงเรียนที่นิเทศ").select_option(label="โรงเรียนบ้านกลาง")
    await form.get_by_label("ประเด็น/จุดเน้นการนิเทศ").fill(focus)
    await form.get_by_label("ผลการนิเทศ (สิ่งที่พบ)").fill("ครูใช้นิทานพื้นบ้านเป็นสื่อ นักเรียนอ่านได้คล่องขึ้น")
    written = datetime.now(UTC)
    await form.get_by_role("button", name="บันทึกการนิเทศ").click()
    await expect(phone.get_by_test_id("draft-only")).to_be_visible()
    await expect(phone.get_by_test_id("net-status")).to_contain_text("ไม่มีสัญญาณ")
    observe = phone.get_by_test_id("observation-form")  # the forms were read before going offline
    await observe.get_by_label("ครูผู้สอน").fill("ครูบุญมา ตัวอย่าง")
    await observe.get_by_label("กลุ่มสาระการเรียนรู้").fill("ภาษาไทย")
    await observe.get_by_label("ระดับชั้น").fill("ป.2")
    for group in await observe.locator("fieldset.scale").all():
        await group.get_by_label("ดี", exact=True).check()
    await observe.get_by_role("button", name="บันทึกผลการสังเกต").click()
    await expect(observe.get_by_role("status")).to_contain_text("เก็บผลการสังเกตไว้ในเครื่องแล้ว")
    await screenshot(phone, "phone-visit-kept-offline")

    await phone.reload()  # still offline: the page, the school list and the draft are on the phone
    await settled(phone)
    await expect(phone.get_by_test_id("draft-only")).to_be_visible()
    drafts = phone.get_by_test_id("drafts")
    await expect(drafts).to_contain_text("รอส่ง")
    await expect(phone.locator("main")).to_contain_text(focus)
    assert await visits_about(stack, focus) == []

    await phone.context.set_offline(False)
    await expect(phone.get_by_test_id("draft-only")).to_have_count(0, timeout=30_000)
    await expect(phone.locator("main h1")).to_contain_text("โรงเรียนบ้านกลาง")
    await expect(phone.get_by_test_id("written-at")).to_contain_text("เขียนเมื่อ")
    await expect(phone.get_by_test_id("observations")).to_contain_text("ครูบุญมา ตัวอย่าง")
    recorded = await eventually(lambda: visits_about(stack, focus), bool, 30)
    await phone.reload()  # nothing is sent twice
    await settled(phone)
    assert len(await visits_about(stack, focus)) == 1 == len(recorded)
    visit = recorded[0]
    read = await call(
        stack, "supervision", "GET", f"/v1/esas/loei-3/visits/{visit['visit_id']}", *SUP
    )
    assert [o["teacher"] for o in read["observations"]] == ["ครูบุญมา ตัวอย่าง"]
    drafted = datetime.fromisoformat(visit["drafted_at"])
    assert written - timedelta(seconds=5) <= drafted <= written + timedelta(seconds=30)
    assert drafted < datetime.fromisoformat(visit["recorded_at"])
    await screenshot(phone, "phone-visit-sent-after-offline")


async def test_a_revision_written_offline_meets_a_change_and_she_chooses_what_stays(
    stack: WebStack, page: Page
) -> None:
    when = datetime.now(BANGKOK) - timedelta(hours=3)
    made = await call(
        stack,
        "supervision",
        "POST",
        "/v1/esas/loei-3/visits",
        *SUP,
        {
            "school": "1042060105",
            "mode": "on_site",
            "occurred_at": when.isoformat(),
            "focus": "ติดตามการใช้ DLTV",
            "policies": ["dltv"],
            "findings": "ภาพและเสียงชัดเจน",
            "recommendations": "จัดตารางเรียนให้ตรงกับการออกอากาศ",
        },
    )
    visit = made["visit_id"]
    path = f"/esas/loei-3/visits/{visit}"
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await go(page, path)
    await expect(page.locator("main")).to_contain_text("ติดตามการใช้ DLTV")
    await shell_kept(page)
    await page.context.set_offline(True)
    await page.locator("summary", has_text="แก้ไขบันทึกการนิเทศ").click()
    revise = page.get_by_test_id("revise-visit")
    mine = "จัดตารางเรียนให้ตรงกับการออกอากาศ และมีครูประจำชั้นดูแลทุกคาบ"
    await revise.get_by_label("ข้อเสนอแนะ").fill(mine)
    await revise.get_by_role("button", name="บันทึกฉบับแก้ไข").click()
    await expect(revise.get_by_role("status")).to_contain_text("เก็บฉบับแก้ไขไว้ในเครื่อง")

    theirs = "ให้โรงเรียนจัดหาจอรับภาพเพิ่ม"  # someone else revises meanwhile
    await call(
        stack,
        "supervision",
        "PATCH",
        f"/v1/esas/loei-3/visits/{visit}",
        *SUP,
        {"base_revision": 1, "recommendations": theirs},
    )
    await page.context.set_offline(False)
    conflict = page.get_by_test_id("conflict")
    await expect(conflict).to_be_visible(timeout=30_000)
    await expect(conflict).to_contain_text(theirs)
    await expect(conflict).to_contain_text(mine)
    await screenshot(page, "visit-revision-conflict")
    await conflict.get_by_label(re.compile("^ใช้ของท่าน")).check()
    await conflict.get_by_test_id("merge-send").click()

    async def current() -> dict[str, Any]:
        r = await stack.clients["supervision"].get(
            f"/v1/esas/loei-3/visits/{visit}", headers=auth(stack.settings, *SUP)
        )
        return dict(r.json())

    await expect(page.locator("main")).to_contain_text("ฉบับที่ 3")
    await expect(page.get_by_test_id("conflict")).to_have_count(0)
    after = await eventually(current, lambda v: v.get("revision") == 3, 30)
    assert after["recommendations"] == mine
    assert [r.get("changed") for r in after["revisions"][1:]] == [["recommendations"]] * 2
