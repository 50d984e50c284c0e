"""Competency-based practice by clicking: the driving committee appoints the provincial coaching
team and gives a coach a pilot school; a teacher writes a lesson plan and a supervisor answers
it; a supervisor records an exchange forum; a teacher assesses a class; a director records a
donation. Each main page passes the automated accessibility check."""

from __future__ import annotations

import re

from playwright.async_api import Page, expect

from tests.browser.journey import go, missing_labels, screenshot, settled, sign_in
from tests.browser.stack import WebStack
from tests.browser.test_accessibility import violations

SCHOOL = "/esas/rayong-2/schools/1021080101"
DIRECTOR, SUPERVISOR = "pimchanok.rungrueang", "wanida.saengthong"


async def test_the_driving_committee_appoints_the_coaching_team(page: Page) -> None:
    await sign_in(page, "ratana.srisuk", "/committees/rayong")
    await go(page, "/provinces/rayong/coaching")
    appoint = page.get_by_test_id("appoint-team")
    await appoint.get_by_label("เลขที่คำสั่ง").fill("12/2569")
    await appoint.get_by_role("button", name="แต่งตั้งทีมโค้ช").click()
    await expect(page.get_by_test_id("team-order")).to_contain_text("12/2569")
    coach = page.get_by_test_id("add-coach")
    await coach.get_by_label("ชื่อ-นามสกุล").fill("ดร.สมหญิง ใจงาม")
    await coach.get_by_role("button", name="เพิ่มโค้ช").click()
    await expect(page.get_by_test_id("coaches")).to_contain_text("ดร.สมหญิง ใจงาม")
    await page.locator("summary", has_text="กำหนดโรงเรียน").first.click()
    assign = page.get_by_test_id("assign-1")
    await assign.get_by_label("โรงเรียนบ้านทางเกวียน").check()
    await assign.get_by_role("button", name="กำหนดโรงเรียน").click()
    await expect(page.get_by_test_id("coaches")).to_contain_text("โรงเรียนบ้านทางเกวียน")
    await screenshot(page, "coaching-team")
    assert await violations(page) == []
    assert await missing_labels(page) == []


async def test_a_teacher_writes_a_lesson_plan_and_a_supervisor_answers_it(
    stack: WebStack, page: Page
) -> None:
    await sign_in(page, DIRECTOR, "/schools/1021080101")
    await page.get_by_test_id("practice-links").get_by_role("link", name="แผนการจัดการเรียนรู้").click()
    await settled(page)
    start = page.get_by_test_id("start-plan")
    await start.get_by_label("ชื่อแผน/หน่วยการเรียนรู้").fill("ป่าชายเลนบ้านเรา")
    await start.get_by_label("การคิดขั้นสูง").check()
    await start.get_by_role("button", name="เริ่มเขียนแผนการจัดการเรียนรู้").click()
    await expect(page).to_have_url(re.compile(r"/lesson-plans/1021080101-[0-9]{4}-science-p4-"))
    await settled(page)
    plan_path = page.url.removeprefix(stack.base_url)
    version = page.get_by_test_id("plan-version")
    await version.get_by_label("ไฟล์แผนการจัดการเรียนรู้ (ฉบับใหม่)").set_input_files(
        files=[{"name": "แผน-v1.pdf", "mimeType": "application/pdf", "buffer": b"%PDF plan"}]
    )
    await expect(version).to_contain_text("แผน-v1.pdf — ")
    await version.get_by_role("button", name="เพิ่มแผนฉบับใหม่").click()
    await expect(page.get_by_test_id("plan-documents")).to_contain_text("ฉบับที่ 1")
    assert await violations(page) == []

    supervisor = await stack.page()
    await sign_in(supervisor, SUPERVISOR, "/esas/rayong-2")
    await go(supervisor, plan_path)
    feedback = supervisor.get_by_test_id("plan-feedback")
    await feedback.get_by_label("ควรปรับปรุงก่อนนำไปใช้").check()
    await feedback.get_by_label("ข้อเสนอแนะ (บรรทัดละหนึ่งข้อ)").fill("เพิ่มกิจกรรมให้ผู้เรียนสะท้อนคิด")
    await feedback.get_by_role("button", name="ให้ข้อเสนอแนะ").click()
    await expect(supervisor.get_by_test_id("feedback")).to_contain_text("เพิ่มกิจกรรมให้ผู้เรียนสะท้อนคิด")
    await screenshot(supervisor, "lesson-plan-feedback")
    await supervisor.context.close()
    await go(page, plan_path)
    await expect(page.get_by_test_id("feedback")).to_contain_text("ควรปรับปรุงก่อนนำไปใช้")
    assert await missing_labels(page) == []


async def test_a_supervisor_records_an_exchange_forum_and_who_took_part(page: Page) -> None:
    await sign_in(page, SUPERVISOR, "/esas/rayong-2")
    await go(page, "/esas/rayong-2/forums")
    record = page.get_by_test_id("record-forum")
    await record.get_by_label("ชื่อเวที").fill("เวทีแลกเปลี่ยนเรียนรู้ครูสถานศึกษานำร่อง ครั้งที่ 1")
    await record.get_by_label("ประเด็นแลกเปลี่ยน (บรรทัดละหนึ่งประเด็น)").fill("การประเมินด้วยรูบริก")
    await record.get_by_role("button", name="บันทึกเวทีที่จัดแล้ว").click()
    forums = page.get_by_test_id("forums")
    await expect(forums).to_contain_text("ครั้งที่ 1")
    await forums.locator("summary", has_text="ผู้เข้าร่วม").first.click()
    who = forums.locator("form").first
    await who.get_by_label("โรงเรียนบ้านทางเกวียน: ครู (คน)").fill("4")
    await who.get_by_role("button", name="บันทึกผู้เข้าร่วม").click()
    await expect(page.get_by_test_id("forums").locator("tbody tr").first).to_contain_text("4")
    await screenshot(page, "exchange-forums")
    assert await violations(page) == []
    assert await missing_labels(page) == []


async def test_a_teacher_assesses_a_class_with_a_tool_and_records_the_results(
    page: Page,
) -> None:
    await sign_in(page, DIRECTOR, "/schools/1021080101")
    await go(page, f"{SCHOOL}/class-assessments")
    opening = page.get_by_test_id("open-class")
    await opening.get_by_label("จำนวนผู้เรียนในชั้น").fill("30")
    await opening.get_by_role("button", name="เปิดบันทึกการวัดและประเมินผลของชั้นเรียน").click()
    await expect(page).to_have_url(re.compile(r"/class-assessments/1021080101-"))
    await settled(page)
    tool = page.get_by_test_id("add-tool")
    await tool.get_by_label("ชื่อเครื่องมือ").fill("รูบริกการสื่อสาร")
    await tool.get_by_label("การสื่อสาร").check()
    await tool.get_by_role("button", name="เพิ่มเครื่องมือ").click()
    await expect(page.get_by_test_id("tools")).to_contain_text("รูบริกการสื่อสาร")
    results = page.get_by_test_id("class-results")
    await results.get_by_label("การสื่อสาร: ชำนาญ (คน)").fill("20")
    await results.get_by_label("การสื่อสาร: เชี่ยวชาญ (คน)").fill("10")
    await results.get_by_role("button", name="บันทึกผลการประเมิน").click()
    await expect(page.get_by_test_id("results")).to_contain_text("ครั้งที่ 1")
    await screenshot(page, "class-assessment")
    assert await violations(page) == []
    assert await missing_labels(page) == []


async def test_a_director_records_a_donation_under_the_sandbox_rules(page: Page) -> None:
    await sign_in(page, DIRECTOR, "/schools/1021080101")
    await go(page, f"{SCHOOL}/sandbox-records")
    donation = page.get_by_test_id("sandbox-donations")
    await donation.get_by_label("ผู้บริจาค").fill("บริษัท ระยองพัฒนา จำกัด")
    await donation.get_by_label("มูลค่า (บาท)").fill("50000")
    await donation.get_by_label("วัตถุประสงค์/การนำไปใช้").fill("ชุดการเรียนรู้วิทยาการคำนวณ")
    await donation.get_by_role("button", name="บันทึก").click()
    await expect(page.get_by_test_id("sandbox-totals")).to_contain_text("50,000")
    await expect(page.get_by_test_id("sandbox-entries")).to_contain_text("บริษัท ระยองพัฒนา จำกัด")
    await screenshot(page, "sandbox-records")
    assert await violations(page) == []
    assert await missing_labels(page) == []
