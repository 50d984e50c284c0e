"""Bad input in every form is said in Thai at the field it concerns: the browser's own checks
(in the services' wording) before sending, and the services' refusals after; conditional
questions are asked and sent only when their condition holds; long text is counted, not cut."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from playwright.async_api import Page, expect

from tests.browser.forms import call, error_at, field, open_campaign, pick_date
from tests.browser.journey import (
    go,
    missing_labels,
    reload_until_visible,
    screenshot,
    settled,
    sign_in,
)
from tests.browser.stack import WebStack
from tests.support.harness import auth, eventually

TODAY = datetime.now(ZoneInfo("Asia/Bangkok")).date()


async def test_a_survey_names_each_question_it_cannot_take_and_sends_the_follow_up_it_asks(
    stack: WebStack, page: Page
) -> None:
    campaign = await open_campaign(stack, "สำรวจทดสอบคำตอบไม่ครบ")
    await sign_in(page, "kanya.sukjai", "/schools/1042060101")
    await go(page, f"/esas/loei-3/campaigns/{campaign}")
    form = page.get_by_test_id("survey")
    support = field(form, "answers.innovation_support")
    await expect(support).to_be_hidden()
    await form.get_by_role("button", name="ส่งแบบสำรวจ").click()
    for question in ("media_needed", "thai_media", "innovation_team", "devices_needed"):
        await expect(error_at(form, f"answers.{question}")).to_have_text("ต้องตอบคำถามนี้")
    summary = form.get_by_role("alert")
    await expect(summary).to_contain_text("สื่อการเรียนรู้ที่สถานศึกษาต้องการเพิ่ม: ต้องตอบคำถามนี้")
    await expect(summary).not_to_contain_text(": required")
    await screenshot(page, "survey-refused-at-questions")

    await form.get_by_label("สื่อดิจิทัลและสื่อออนไลน์").check()
    for scale in await form.locator("fieldset.scale").all():
        await scale.get_by_label("4", exact=True).check()
    await form.get_by_label("กิจกรรม Coding และวิทยาการคำนวณ").check()
    await form.get_by_label("ไม่มี", exact=True).check()
    await expect(support).to_be_visible()
    await support.get_by_label("พี่เลี้ยงหรือการโค้ช").check()
    devices = form.get_by_label("จำนวนคอมพิวเตอร์หรือแท็บเล็ตสำหรับผู้เรียนที่ต้องการเพิ่ม (เครื่อง)")
    await devices.fill("-5")
    await form.get_by_role("button", name="ส่งแบบสำรวจ").click()
    await expect(error_at(form, "answers.devices_needed")).to_have_text("ต้องอยู่ระหว่าง 0 ถึง 5000")
    await expect(devices).to_have_attribute("aria-invalid", "true")
    await devices.fill("6")
    await form.get_by_role("button", name="ส่งแบบสำรวจ").click()
    await expect(page.get_by_role("status").first).to_contain_text("แก้ไขได้จนกว่าจะปิดการสำรวจ")

    school = auth(stack.settings, "school", "1042060101")

    async def sent() -> dict[str, Any]:
        r = await stack.clients["needs"].get(
            f"/v1/esas/loei-3/campaigns/{campaign}/responses/1042060101", headers=school
        )
        return r.json() if r.status_code == 200 else {}

    answer = await eventually(sent, bool, 30)
    answers = answer.get("answers") or answer["latest"]["answers"]
    assert answers["innovation_support"] == ["mentoring"] and answers["devices_needed"] == 6
    assert await missing_labels(page) == []


async def test_a_campaign_form_counts_long_text_and_says_where_its_dates_are_wrong(
    page: Page,
) -> None:
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await go(page, "/esas/loei-3/campaigns")
    standard = page.get_by_test_id("publish-standard")
    if await standard.count():
        await standard.click()
    form = page.get_by_test_id("open-campaign")
    title = form.get_by_label("ชื่อการสำรวจ")
    long_title = "สำรวจความต้องการ " + "ก" * 300
    await title.fill(long_title)
    over = len(long_title) - 300
    await expect(field(form, "title").locator(".counter")).to_contain_text(f"เกิน {over} ตัวอักษร")
    assert await title.input_value() == long_title  # nothing is cut
    await pick_date(field(form, "opens_on"), TODAY)
    await pick_date(field(form, "closes_on"), TODAY - timedelta(days=3))
    await form.get_by_role("button", name="เปิดการสำรวจ").click()
    await expect(error_at(form, "title")).to_have_text("ข้อความยาวเกินไป (ไม่เกิน 300 ตัวอักษร)")
    await expect(error_at(form, "closes_on")).to_have_text("วันปิดต้องไม่ก่อนวันเปิด")
    await expect(form.get_by_role("alert")).to_contain_text("วันที่ปิด (กำหนดส่ง): วันปิดต้องไม่ก่อนวันเปิด")

    await title.fill("สำรวจความต้องการ ปิดรับไปแล้ว")
    await pick_date(field(form, "opens_on"), TODAY - timedelta(days=10))
    await form.get_by_role("button", name="เปิดการสำรวจ").click()
    # the service's refusal (the closing day has passed) is shown at the closing day
    await expect(error_at(form, "closes_on")).to_contain_text("ผ่านไปแล้ว")
    await expect(form.get_by_role("alert")).to_contain_text("closes_in_the_past")
    await screenshot(page, "campaign-refused-at-dates")


async def test_a_visit_and_an_observation_say_what_is_missing_at_the_field(
    stack: WebStack, page: Page
) -> None:
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await go(page, "/esas/loei-3/visits/new?school=1042060103")
    form = page.get_by_test_id("visit-form")
    await form.get_by_label("สื่อ นวัตกรรม และเทคโนโลยีทางการศึกษา").uncheck()
    await form.get_by_role("button", name="บันทึกการนิเทศ").click()
    await expect(error_at(form, "focus")).to_have_text("ต้องกรอกข้อมูลนี้")
    await expect(error_at(form, "policies")).to_have_text("ต้องเลือกอย่างน้อยหนึ่งข้อ")
    await form.get_by_label("ประเด็น/จุดเน้นการนิเทศ").fill("การอ่านออกเขียนได้ ป.1")
    await form.get_by_label("นโยบาย สพฐ.").check()
    await pick_date(field(form, "day"), TODAY + timedelta(days=2))
    await form.get_by_role("button", name="บันทึกการนิเทศ").click()
    await expect(error_at(form, "day")).to_have_text("เวลาที่นิเทศต้องไม่อยู่ในอนาคต")
    await pick_date(field(form, "day"), TODAY - timedelta(days=1))
    await form.get_by_label("เวลา").fill("08:00")
    await form.get_by_role("button", name="บันทึกการนิเทศ").click()
    await expect(page.get_by_test_id("observations")).to_be_visible()
    await settled(page)

    await call(
        stack,
        "supervision",
        "PUT",
        "/v1/esas/loei-3/rubrics/classroom",
        "supervisor",
        "loei-3",
        {
            "title": "แบบสังเกตการจัดการเรียนรู้ในชั้นเรียน",
            "indicators": [
                {"indicator_id": "plan", "title_th": "การออกแบบการเรียนรู้"},
                {"indicator_id": "media", "title_th": "การใช้สื่อ"},
            ],
        },
    )
    observe = page.get_by_test_id("observation-form")
    await reload_until_visible(page, observe)
    await observe.get_by_label("ครูผู้สอน").fill("ครูสมใจ ตัวอย่าง")
    await observe.get_by_label("กลุ่มสาระการเรียนรู้").fill("ภาษาไทย")
    await observe.get_by_label("ระดับชั้น").fill("ป.1")
    await observe.get_by_role("button", name="บันทึกผลการสังเกต").click()
    await expect(error_at(observe, "scores.plan")).to_have_text("ต้องเลือกระดับคุณภาพ")
    await expect(error_at(observe, "scores.media")).to_have_text("ต้องเลือกระดับคุณภาพ")
    await expect(observe.get_by_role("alert")).not_to_contain_text("Input should be")
    await screenshot(page, "observation-refused-at-indicators")


async def test_a_production_and_a_service_request_are_refused_at_their_fields(page: Page) -> None:
    await sign_in(page, "anan.thongdee", "/schools/1042060102")
    await page.locator("summary", has_text="บันทึกผลงานสื่อ/นวัตกรรม").click()
    production = page.get_by_test_id("production")
    await production.get_by_label("ชื่อผลงาน").fill("บัตรคำภาษาไทย ป.2")
    await production.get_by_label("ป.4").uncheck()
    await production.get_by_role("button", name="บันทึกผลงานสื่อ/นวัตกรรม").click()
    await expect(error_at(production, "grade_levels")).to_have_text("ต้องเลือกอย่างน้อยหนึ่งข้อ")
    await expect(error_at(production, "authors")).to_have_text("ต้องกรอกข้อมูลนี้")
    await production.get_by_label("ป.2").check()
    await production.get_by_label("ผู้จัดทำ (บรรทัดละหนึ่งคน)").fill("นายอนันต์ ทองดี")
    same = {"mimeType": "text/plain", "buffer": "บัตรคำ".encode()}
    await production.get_by_label("หลักฐานผลงาน").set_input_files(
        files=[{"name": "บัตรคำ-1.txt", **same}, {"name": "บัตรคำ-2.txt", **same}]
    )
    await production.get_by_role("button", name="บันทึกผลงานสื่อ/นวัตกรรม").click()
    await expect(error_at(production, "evidence")).to_have_text("มีหลักฐานที่แนบไว้แล้ว (เนื้อหาเดียวกัน)")

    await page.locator("summary", has_text="ขอรับบริการ").click()
    request = page.get_by_test_id("service-request")
    items = field(request, "items")
    await expect(items).to_be_hidden()
    await request.get_by_label("ประเภทบริการ").select_option(label="ขอยืมวัสดุ อุปกรณ์ เทคโนโลยี")
    await expect(items).to_be_visible()
    await request.get_by_label("รายละเอียดความต้องการ").fill("ขอยืมแท็บเล็ตสำหรับกิจกรรมการอ่าน")
    await pick_date(field(request, "needed_by"), TODAY - timedelta(days=2))
    await request.get_by_role("button", name="ขอรับบริการ").click()
    await expect(error_at(request, "items")).to_have_text("ต้องกรอกข้อมูลนี้")
    await expect(error_at(request, "needed_by")).to_have_text("วันที่ต้องการใช้ต้องไม่ก่อนวันนี้")
    await screenshot(page, "service-request-refused-at-fields")


async def test_a_sar_without_its_file_is_refused_in_thai(page: Page) -> None:
    await sign_in(page, "kanya.sukjai", "/schools/1042060101")
    send = page.get_by_test_id("sar-send")
    await send.get_by_role("button", name="ส่งรายงาน SAR").click()
    await expect(error_at(send, "document")).to_have_text("กรุณาเลือกไฟล์รายงาน SAR")
    await expect(send.get_by_role("alert")).not_to_contain_text("valid dictionary")


async def test_a_curriculum_submission_marks_every_step_still_missing(
    stack: WebStack, page: Page
) -> None:
    await sign_in(page, "pimchanok.rungrueang", "/schools/1021080101")
    await page.get_by_test_id("open-case").get_by_role("button", name="เริ่มจัดทำ").click()
    await settled(page)
    await expect(page.get_by_test_id("hearing")).to_be_visible()
    await page.get_by_test_id("submit-case").click()
    await expect(error_at(page.get_by_test_id("document"), "file")).to_have_text(
        "ยังไม่ได้บันทึกเอกสารหลักสูตร"
    )
    await expect(error_at(page.get_by_test_id("analysis"), "summary")).to_contain_text("ยังไม่ได้บันทึก")
    hearing = page.get_by_test_id("hearing")
    await hearing.get_by_label("ผู้เข้าร่วม: ผู้ปกครอง (คน)").fill("12")
    await hearing.get_by_role("button", name="บันทึก").click()
    await expect(error_at(hearing, "participants.community")).to_contain_text(
        "ประชาพิจารณ์ต้องมีผู้แทนภาคีเครือข่ายครบทั้ง ๖ กลุ่ม"
    )
    await expect(error_at(hearing, "participants.parents")).to_have_count(0)
    await screenshot(page, "curriculum-refused-at-steps")


async def test_field_messages_follow_the_language(page: Page) -> None:
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await page.get_by_role("button", name="Switch to English").click()
    await go(page, "/esas/loei-3/visits/new")
    form = page.get_by_test_id("visit-form")
    await form.get_by_role("button", name="Save the visit").click()
    await expect(error_at(form, "focus")).to_have_text("This is required.")
    assert await missing_labels(page) == []
