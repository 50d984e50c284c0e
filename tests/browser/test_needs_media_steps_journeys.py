"""Steps 3 and 5 of the media process in the browser: a supervisor sends model media to the
Na Haeo schools and one acknowledges them on its page; a supervisor records a follow-up of a
school's use of media (form 5), which the school then reads."""

from __future__ import annotations

from playwright.async_api import Page, expect

from tests.browser.journey import go, missing_labels, reload_until_visible, screenshot, sign_in
from tests.browser.stack import WebStack

SCHOOL = "1042060101"


async def test_a_supervisor_sends_model_media_and_a_school_acknowledges_them(
    stack: WebStack, page: Page
) -> None:
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await page.get_by_role("link", name="ส่งสื่อต้นแบบ").first.click()
    form = page.get_by_test_id("send-model-media")
    await form.get_by_label("เรื่องที่ส่ง").fill("ชุดสื่อต้นแบบการอ่านออกเขียนได้")
    await form.get_by_label("รายการสื่อต้นแบบ (บรรทัดละหนึ่งรายการ)").fill("บัตรคำพื้นฐาน\nเกมฝึกสะกดคำ")
    await form.get_by_label("กลุ่มสาระการเรียนรู้").select_option("thai")
    await form.get_by_label("กลุ่มโรงเรียน").select_option(label="กลุ่มโรงเรียนนาแห้ว")
    await form.get_by_role("button", name="บันทึกการส่งสื่อต้นแบบ").click()
    sent = page.get_by_test_id("model-media").locator("tr", has_text="ชุดสื่อต้นแบบการอ่านออกเขียนได้")
    await expect(sent).to_contain_text("0 จาก 14 โรงเรียน")
    await screenshot(page, "supervisor-model-media")
    assert await missing_labels(page) == []

    school = await stack.page()
    await sign_in(school, "kanya.sukjai", f"/schools/{SCHOOL}")
    received = school.get_by_test_id("school-model-media").locator(
        "tr", has_text="ชุดสื่อต้นแบบการอ่านออกเขียนได้"
    )
    await reload_until_visible(school, received)
    await received.locator("summary", has_text="แจ้งว่าได้รับแล้ว").click()
    await received.get_by_label("หมายเหตุ (เช่น ได้รับครบ)").fill("ได้รับครบทั้งสองรายการ")
    await received.get_by_role("button", name="แจ้งว่าได้รับแล้ว").click()
    await expect(school.get_by_test_id("school-model-media")).to_contain_text("ได้รับแล้วเมื่อ")
    await screenshot(school, "school-model-media")
    await school.context.close()

    await go(page, "/esas/loei-3/model-media")
    await expect(page.get_by_test_id("model-media")).to_contain_text("1 จาก 14 โรงเรียน")


async def test_a_supervisor_records_a_follow_up_of_a_schools_use_of_media(
    stack: WebStack, page: Page
) -> None:
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await page.get_by_role("link", name="นิเทศการใช้สื่อ").first.click()
    await page.get_by_test_id("followup-school").select_option(SCHOOL)
    form = page.get_by_test_id("media-followup")
    await expect(form).to_be_visible()
    teaching = form.locator("fieldset", has_text="การนำสื่อไปใช้ในการจัดการเรียนรู้")
    await teaching.get_by_label("4", exact=True).check()
    care = form.locator("fieldset", has_text="การดูแล จัดเก็บ และซ่อมบำรุงสื่อ")
    await care.get_by_label("3", exact=True).check()
    await form.get_by_label("สิ่งที่พบ").fill("ครูใช้บัตรคำในชั่วโมงภาษาไทยทุกวัน ผู้เรียนอ่านคล่องขึ้น")
    await form.get_by_label("ข้อเสนอแนะ").fill("จัดมุมสื่อให้ผู้เรียนหยิบใช้เอง")
    await screenshot(page, "supervisor-media-followup-form")
    await form.get_by_role("button", name="บันทึกผลการนิเทศ ติดตาม").click()
    listed = page.get_by_test_id("media-followups")
    await expect(listed).to_contain_text("ดีเยี่ยม (3.50)")
    assert await missing_labels(page) == []

    school = await stack.page()
    await sign_in(school, "kanya.sukjai", f"/schools/{SCHOOL}")
    about = school.get_by_test_id("school-media-followups")
    await reload_until_visible(school, about.locator("tr", has_text="ครูใช้บัตรคำ"))
    await screenshot(school, "school-media-followups")
    await school.context.close()
