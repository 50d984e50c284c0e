"""4Q quality and SAR: agreement, year-end evaluation and honour; a school's SAR reviewed;
the ESA's training, partner and dissemination records."""

from __future__ import annotations

from playwright.async_api import Page, expect

from tests.browser.journey import go, missing_labels, screenshot, settled, sign_in
from tests.browser.stack import WebStack

DIMENSIONS = ["นักเรียนคุณภาพ", "ครูคุณภาพ", "ห้องเรียนคุณภาพ", "ผู้อำนวยการคุณภาพ", "การบริหารจัดการคุณภาพ"]


async def test_a_school_year_of_4q_quality_and_sar_is_done_by_clicking(
    stack: WebStack, page: Page
) -> None:
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await page.get_by_role("link", name="คุณภาพ 4Q และ SAR").click()
    await settled(page)
    await page.get_by_test_id("quality").get_by_role("link", name="โรงเรียนบ้านนาแห้ว").click()
    await settled(page)
    agreement = page.get_by_test_id("agreement")
    for n, dim in enumerate(DIMENSIONS):
        await agreement.get_by_label(f"เป้าหมาย: {dim} (0–100)").fill(str(70 + n))
    await agreement.get_by_label("ผู้อำนวยการโรงเรียน").fill("นางกัญญา สุขใจ")
    await agreement.get_by_label("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา").fill("นายประเสริฐ มั่นคง")
    await agreement.get_by_role("button", name="บันทึกข้อตกลง").click()
    evaluation = page.get_by_test_id("evaluation")
    for dim in DIMENSIONS:
        await evaluation.get_by_label(f"คะแนน: {dim} (0–100)").fill("80")
    await evaluation.get_by_role("button", name="บันทึกผลการประเมิน").click()
    await expect(page.locator("figure", has_text="คะแนนเทียบเป้าหมาย")).to_contain_text("80")
    await screenshot(page, "quality-school-year")
    school_year = page.url.removeprefix(stack.base_url)

    school = await stack.page()
    await sign_in(school, "kanya.sukjai", "/schools/1042060101")
    send = school.get_by_test_id("sar-send")
    await send.get_by_label("ไฟล์รายงาน SAR").set_input_files(
        files=[{"name": "SAR-2569.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 sar"}]
    )
    await expect(send).to_contain_text("SAR-2569.pdf — ")
    await send.get_by_role("button", name="ส่งรายงาน SAR").click()
    await expect(school.locator("main")).to_contain_text("รอพิจารณา")
    await screenshot(school, "school-home")
    await school.context.close()

    await go(page, school_year)
    review = page.get_by_test_id("sar-review")
    await review.get_by_label("ผ่านการพิจารณา").check()
    await review.get_by_role("button", name="พิจารณารายงาน SAR").click()
    await expect(page.locator("main")).to_contain_text("ผ่านการพิจารณา")

    director = await stack.page()
    await sign_in(director, "prasert.mankhong", "/esas/loei-3")
    await go(director, school_year)
    honour = director.get_by_test_id("honour")
    await honour.get_by_label("ชื่อรางวัล/การยกย่อง").fill("โรงเรียนคุณภาพ 4Q ดีเด่น")
    await honour.get_by_role("button", name="บันทึกการยกย่อง").click()
    await expect(director.locator("main")).to_contain_text("โรงเรียนคุณภาพ 4Q ดีเด่น (")
    await director.context.close()
    assert await missing_labels(page) == []


async def test_training_partners_and_dissemination_are_recorded(page: Page) -> None:
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await go(page, "/esas/loei-3/records")
    await page.get_by_text("บันทึก: การพัฒนาบุคลากร").click()
    training = page.get_by_test_id("training")
    await training.get_by_label("ชื่อเรื่อง").fill("อบรมการผลิตสื่อดิจิทัล")
    await training.get_by_label("ผู้จัด").fill("กลุ่มนิเทศ ติดตามและประเมินผล")
    await training.get_by_label("ผู้เข้าร่วม (บรรทัดละหนึ่งคน)").fill("ครูหนึ่ง\nครูสอง")
    await training.get_by_role("button", name="บันทึก").click()
    await expect(page.get_by_test_id("training-list")).to_contain_text("อบรมการผลิตสื่อดิจิทัล")
    await page.get_by_text("บันทึก: ความร่วมมือกับภาคีเครือข่าย").click()
    partner = page.get_by_test_id("partnership")
    await partner.get_by_label("ภาคีเครือข่าย").fill("องค์การบริหารส่วนตำบลนาแห้ว")
    await partner.get_by_label("กิจกรรมความร่วมมือ").fill("สนับสนุนอินเทอร์เน็ตให้โรงเรียน")
    await partner.get_by_role("button", name="บันทึก").click()
    await expect(page.get_by_test_id("partnership-list")).to_contain_text("องค์การบริหารส่วนตำบลนาแห้ว")
    await screenshot(page, "esa-records")
