"""A supervisor logs a visit from her phone, observes a classroom; the school acknowledges it."""

from __future__ import annotations

import re

from playwright.async_api import Page, expect

from tests.browser.journey import go, missing_labels, screenshot, settled, sign_in
from tests.browser.stack import WebStack


async def test_a_supervisor_logs_a_visit_on_her_phone_and_the_school_acknowledges_it(
    stack: WebStack, phone: Page
) -> None:
    await sign_in(phone, "malee.jaidee", "/esas/loei-3")
    await expect(phone.get_by_test_id("coverage-kpis")).to_contain_text("ยังไม่ได้นิเทศภาคเรียนนี้")
    await screenshot(phone, "phone-supervisor-schools")
    await phone.get_by_role("button", name="เมนู").click()
    await phone.get_by_role("link", name="การนิเทศ", exact=True).click()
    await settled(phone)
    await phone.get_by_role("link", name="บันทึกการนิเทศ").click()
    await settled(phone)
    form = phone.get_by_test_id("visit-form")
    await form.get_by_label("โรงเรียนที่นิเทศ").select_option(label="โรงเรียนบ้านกลาง")
    await form.get_by_label("ประเด็น/จุดเน้นการนิเทศ").fill("การใช้สื่อดิจิทัลในการสอนคณิตศาสตร์")
    await form.get_by_label("STEM / Coding / วิทยาการคำนวณ").check()
    await form.get_by_label("ผลการนิเทศ (สิ่งที่พบ)").fill("ครูใช้สื่อดิจิทัลได้ดี นักเรียนมีส่วนร่วม")
    await form.get_by_label("ข้อเสนอแนะ").fill("จัดทำคลังสื่อร่วมกันในกลุ่มโรงเรียน")
    await form.get_by_role("button", name="+ เพิ่มข้อตกลง").click()
    await form.get_by_label("สิ่งที่ตกลงจะดำเนินการ").fill("จัดทำคลังสื่อดิจิทัลของโรงเรียน")
    await form.get_by_label("ผู้รับผิดชอบ").fill("ครูวิชาการ")
    await form.get_by_label("หลักฐาน").set_input_files(
        files=[{"name": "ภาพกิจกรรม.txt", "mimeType": "text/plain", "buffer": "หลักฐาน".encode()}]
    )
    await expect(form).to_contain_text("ภาพกิจกรรม.txt — ")
    await screenshot(phone, "phone-visit-form")
    await form.get_by_role("button", name="บันทึกการนิเทศ").click()
    await expect(phone).to_have_url(re.compile(r"/esas/loei-3/visits/(?!new$)[^/]+$"))
    await settled(phone)
    visit_path = phone.url.removeprefix(stack.base_url)
    await expect(phone.get_by_test_id("action-items")).to_contain_text("จัดทำคลังสื่อดิจิทัล")

    await phone.get_by_role("button", name="ใช้แบบสังเกตมาตรฐานของเขตพื้นที่").click()
    observe = phone.get_by_test_id("observation-form")
    await observe.get_by_label("ครูผู้สอน").fill("ครูสมศรี ตัวอย่าง")
    await observe.get_by_label("กลุ่มสาระการเรียนรู้").fill("คณิตศาสตร์")
    await observe.get_by_label("ระดับชั้น").fill("ป.4")
    for fieldset in await observe.locator("fieldset.radios").all():
        await fieldset.get_by_label("ดี", exact=True).check()
    await observe.get_by_role("button", name="บันทึกผลการสังเกต").click()
    await expect(phone.get_by_test_id("observations")).to_contain_text("ครูสมศรี ตัวอย่าง")
    await screenshot(phone, "phone-visit-record")
    assert await missing_labels(phone) == []

    school = await stack.page()
    await sign_in(school, "anan.thongdee", "/schools/1042060102")
    await school.get_by_test_id("school-visits").get_by_role("link").first.click()
    await settled(school)
    await school.get_by_test_id("acknowledge").click()
    await expect(school.locator("main")).to_contain_text("โรงเรียนรับทราบแล้ว")
    await screenshot(school, "school-acknowledges-visit")
    await school.context.close()

    await go(phone, visit_path)
    await expect(phone.locator("main")).to_contain_text("โรงเรียนรับทราบแล้ว")
    await phone.locator("summary", has_text="แก้ไขบันทึกการนิเทศ").click()
    revise = phone.get_by_test_id("revise-visit")
    await revise.get_by_label("ข้อเสนอแนะ").fill("จัดทำคลังสื่อร่วมกันในกลุ่มโรงเรียนภายในภาคเรียนนี้")
    await revise.get_by_role("button", name="บันทึกฉบับแก้ไข").click()
    await expect(phone.locator("main")).to_contain_text("ฉบับที่ 2")
    await expect(phone.locator("main")).to_contain_text("รอโรงเรียนรับทราบ")
    await go(phone, "/esas/loei-3/dashboard")
    section = phone.locator("section", has_text="การนิเทศ ติดตาม และประเมินผล")
    await expect(section.locator(".kpi", has_text="จำนวนครั้งการนิเทศ")).to_contain_text("1")
    await screenshot(phone, "phone-esa-dashboard")


async def test_a_supervisor_takes_a_cluster_and_plans_a_visit_for_the_semester(page: Page) -> None:
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await go(page, "/esas/loei-3/plans")
    await page.get_by_text("รับผิดชอบกลุ่มโรงเรียน").click()
    assign = page.get_by_test_id("assign")
    await assign.get_by_label("กลุ่มโรงเรียน").select_option(label="กลุ่มโรงเรียนนาแห้ว")
    await assign.get_by_role("button", name="รับผิดชอบกลุ่มนี้").click()
    row = page.get_by_test_id("assignments").locator("tr", has_text="โรงเรียนบ้านโคก")
    await expect(row).to_contain_text("นางสาวมาลี ใจดี")
    await page.get_by_text("วางแผนการนิเทศ", exact=True).click()
    plan = page.get_by_test_id("plan-visit")
    await plan.get_by_label("โรงเรียนที่นิเทศ").select_option(label="โรงเรียนบ้านโคก")
    await plan.get_by_label("ประเด็น/จุดเน้นการนิเทศ").fill("ติดตามการใช้ DLTV")
    await plan.get_by_role("button", name="บันทึกแผน").click()
    await expect(page.get_by_test_id("planned")).to_contain_text("ติดตามการใช้ DLTV")
    await screenshot(page, "supervision-plan")
