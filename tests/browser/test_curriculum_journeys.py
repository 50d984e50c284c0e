"""A Rayong sandbox school's type-3 curriculum goes through subcommittee, provincial and
national committees by clicking, every decision traceable to the version it saw."""

from __future__ import annotations

import re

from playwright.async_api import Page, expect

from tests.browser.journey import (
    go,
    missing_labels,
    reload_until_visible,
    screenshot,
    settled,
    sign_in,
)
from tests.browser.stack import WebStack


async def decide(stack: WebStack, person: str, home: str, case_path: str, outcome: str) -> None:
    page = await stack.page()
    await sign_in(page, person, home)
    await go(page, case_path)
    decision = page.get_by_test_id("decision")
    await decision.get_by_label(outcome, exact=True).check()
    await decision.get_by_label("เหตุผลประกอบมติ").fill(f"{outcome}: หลักสูตรสอดคล้องกับบริบทของพื้นที่")
    await decision.get_by_role("button", name="บันทึกมติ").click()
    await expect(page.get_by_test_id("decisions")).to_contain_text(outcome)
    await page.context.close()


async def test_a_type_3_curriculum_is_screened_forwarded_and_approved_by_clicking(
    stack: WebStack, page: Page
) -> None:
    await sign_in(page, "pimchanok.rungrueang", "/schools/1021080101")
    opening = page.get_by_test_id("open-case")
    await opening.get_by_label("ประเภทที่ 3").check()
    await opening.get_by_role("button", name="เริ่มจัดทำ").click()
    await expect(page).to_have_url(re.compile(r"/esas/rayong-2/curriculum/[0-9-]+$"))
    await settled(page)
    case_path = page.url.removeprefix(stack.base_url)
    document = page.get_by_test_id("document")
    await document.get_by_label("เอกสารหลักสูตร (ฉบับใหม่)").last.set_input_files(
        files=[{"name": "หลักสูตร-v1.pdf", "mimeType": "application/pdf", "buffer": b"%PDF v1"}]
    )
    await expect(document).to_contain_text("หลักสูตร-v1.pdf — ")
    await document.get_by_role("button", name="เพิ่มเอกสารฉบับใหม่").click()
    await expect(page.locator("main")).to_contain_text("sha256:")
    analysis = page.get_by_test_id("analysis")
    await analysis.get_by_label("สรุปผลการวิเคราะห์").fill("ชุมชนเกษตรและการท่องเที่ยวเป็นฐานทุนสำคัญ")
    await analysis.get_by_role("button", name="บันทึก").click()
    await expect(page.locator("main")).to_contain_text("ชุมชนเกษตรและการท่องเที่ยว")
    board = page.get_by_test_id("board")
    await board.get_by_label("มติ/เลขที่การประชุม").fill("มติที่ประชุมครั้งที่ 3/2569")
    await board.get_by_role("button", name="บันทึก").click()
    await expect(page.locator("main")).to_contain_text("มติที่ประชุมครั้งที่ 3/2569")
    hearing = page.get_by_test_id("hearing")
    for field in await hearing.locator("input[type=number]").all():
        await field.fill("5")
    await hearing.get_by_role("button", name="บันทึก").click()
    await expect(page.locator("main")).to_contain_text("ผู้เข้าร่วมรับฟังความคิดเห็น 30 คน")
    await page.get_by_test_id("submit-case").click()
    await expect(page.locator("main")).to_contain_text("รอการกลั่นกรองของคณะอนุกรรมการวิชาการ")
    await screenshot(page, "school-curriculum-case")

    await decide(stack, "narong.wichai", "/committees/rayong", case_path, "ผ่านการกลั่นกรอง")
    committee = await stack.page()
    await sign_in(committee, "ratana.srisuk", "/committees/rayong")
    await committee.locator("summary", has_text="นัดประชุม").click()
    await committee.get_by_test_id("schedule").get_by_role("button", name="นัดประชุม").click()
    await expect(committee.get_by_test_id("meetings").locator("tbody tr")).to_have_count(1)
    waiting = committee.get_by_test_id("waiting")
    await waiting.get_by_role("button", name="บรรจุเข้าวาระ").click()
    await expect(committee.get_by_test_id("meetings")).to_contain_text(case_path.rsplit("/", 1)[-1])
    await screenshot(committee, "committee-agenda")
    await committee.context.close()
    await decide(
        stack, "ratana.srisuk", "/committees/rayong", case_path, "เห็นชอบและเสนอคณะกรรมการนโยบายฯ"
    )
    await decide(stack, "thawatchai.boonmee", "/committees/th", case_path, "ให้ความเห็นชอบ")

    await go(page, case_path)
    await expect(page.locator("main")).to_contain_text("ได้รับความเห็นชอบ")
    await expect(page.get_by_test_id("decisions").locator("tbody tr")).to_have_count(3)
    await expect(page.get_by_test_id("timeline")).to_contain_text(
        "คณะกรรมการนโยบายพื้นที่นวัตกรรมการศึกษา"
    )
    await page.get_by_test_id("decisions").get_by_role("link").first.click()
    await expect(page.get_by_test_id("as-of")).to_be_visible()
    await expect(page.locator("main")).to_contain_text("รอการกลั่นกรองของคณะอนุกรรมการวิชาการ")
    await screenshot(page, "curriculum-as-committee-saw-it")
    assert await missing_labels(page) == []


async def test_a_loei_user_cannot_open_a_rayong_curriculum_case(page: Page) -> None:
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await go(page, "/esas/rayong-2/curriculum/1021080101-2569")
    await expect(page.get_by_test_id("not-found")).to_be_visible()


async def test_a_pilot_school_reports_competencies_and_the_province_sees_them(
    stack: WebStack, page: Page
) -> None:
    await sign_in(page, "pimchanok.rungrueang", "/schools/1021080101")
    report = page.get_by_test_id("assessment")
    await report.get_by_label("จำนวนผู้เรียนที่ประเมิน").fill("30")
    for competency in (
        "การจัดการตนเอง",
        "การคิดขั้นสูง",
        "การสื่อสาร",
        "การรวมพลังทำงานเป็นทีม",
        "การเป็นพลเมืองที่เข้มแข็ง",
        "การอยู่ร่วมกับธรรมชาติและวิทยาการอย่างยั่งยืน",
    ):
        await report.get_by_label(f"{competency}: ชำนาญ (คน)").fill("20")
        await report.get_by_label(f"{competency}: กำลังพัฒนา (คน)").fill("10")
    await report.get_by_role("button", name="ส่งผลการประเมิน").click()
    await expect(report.get_by_role("status")).to_contain_text("บันทึกแล้ว")
    officer = await stack.page()
    await sign_in(officer, "suda.kaewmanee", "/provinces/rayong")
    section = officer.locator("section", has_text="ผลการประเมินสมรรถนะผู้เรียน")
    await reload_until_visible(officer, section)
    await expect(section).to_contain_text("ผู้เรียน 30 คน")
    await screenshot(officer, "province-competencies")
    await officer.context.close()
