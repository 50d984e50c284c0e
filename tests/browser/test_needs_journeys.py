"""Supervisor, school and provincial officer work through a needs survey in the browser."""

from __future__ import annotations

import re

from playwright.async_api import Page, expect

from tests.browser.journey import go, missing_labels, screenshot, settled, sign_in
from tests.browser.stack import WebStack


async def open_survey(page: Page, title: str) -> str:
    await page.get_by_role("link", name="สำรวจความต้องการ").first.click()
    await settled(page)
    standard = page.get_by_test_id("publish-standard")
    if await standard.count():
        await standard.click()
    form = page.get_by_test_id("open-campaign")
    await form.get_by_label("ชื่อการสำรวจ").fill(title)
    await form.get_by_label("กลุ่มโรงเรียน").select_option(label="กลุ่มโรงเรียนนาแห้ว")
    await form.get_by_role("button", name="เปิดการสำรวจ").click()
    await expect(page).to_have_url(re.compile(r"/esas/loei-3/campaigns/[^/]+$"))
    await settled(page)
    return page.url.rsplit("/", 1)[-1]


async def test_a_supervisor_opens_a_survey_a_school_answers_and_the_dashboards_show_it(
    stack: WebStack, page: Page
) -> None:
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await expect(page.get_by_test_id("esa-schools").locator("tbody tr")).to_have_count(17)
    await screenshot(page, "supervisor-schools")
    campaign = await open_survey(page, "สำรวจความต้องการสื่อ ทดสอบเบราว์เซอร์")
    await expect(page.get_by_test_id("responses").locator("tbody tr")).to_have_count(14)
    await expect(page.get_by_test_id("responses")).not_to_contain_text("ตอบแล้ว")
    await screenshot(page, "supervisor-campaign")

    school = await stack.page()
    await sign_in(school, "kanya.sukjai", "/schools/1042060101")
    await school.get_by_role("link", name="สำรวจความต้องการสื่อ ทดสอบเบราว์เซอร์").click()
    await settled(school)
    form = school.get_by_test_id("survey")
    await form.get_by_label("สื่อดิจิทัลและสื่อออนไลน์").check()
    for scale in await form.locator("fieldset.radios", has=school.get_by_label("5")).all():
        await scale.get_by_label("4", exact=True).check()
    await form.get_by_label("กิจกรรม Coding และวิทยาการคำนวณ").check()
    await form.get_by_label("มี", exact=True).check()
    await form.get_by_label("จำนวนคอมพิวเตอร์หรือแท็บเล็ตสำหรับผู้เรียนที่ต้องการเพิ่ม").fill("6")
    await screenshot(school, "school-survey")
    await form.get_by_role("button", name="ส่งแบบสำรวจ").click()
    await expect(school.get_by_role("status").first).to_contain_text("แก้ไขได้จนกว่าจะปิดการสำรวจ")
    await school.context.close()

    await go(page, f"/esas/loei-3/campaigns/{campaign}")
    row = page.get_by_test_id("responses").locator("tr", has_text="โรงเรียนบ้านนาแห้ว")
    await expect(row).to_contain_text("ตอบแล้ว (ครั้งที่ 1)")
    ranked = page.locator("figure", has_text="ความต้องการที่พบมากที่สุด")
    await expect(ranked).to_contain_text("1 โรงเรียน")
    async with page.expect_download() as download:
        await page.get_by_test_id("export-csv").click()
    assert (await download.value).suggested_filename.endswith(".csv")
    await page.get_by_test_id("close-campaign").click()
    await expect(page.locator("main")).to_contain_text("ปิดเมื่อ")
    assert await missing_labels(page) == []

    officer = await stack.page()
    await sign_in(officer, "chaiwat.phromma", "/provinces/loei")
    chart = officer.locator("figure", has_text="อัตราการตอบรายเขตพื้นที่")
    await expect(chart).to_contain_text("สพป.เลย เขต 3")
    await expect(officer.locator("table", has_text="สพป.เลย เขต 3")).to_contain_text("14")
    await screenshot(officer, "province-dashboard")
    await officer.context.close()


async def test_a_refused_form_says_in_thai_what_to_fix(page: Page) -> None:
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await go(page, "/esas/loei-3/campaigns")
    form = page.get_by_test_id("open-campaign")
    await form.get_by_label("ชื่อการสำรวจ").fill("")
    await form.get_by_role("button", name="เปิดการสำรวจ").click()
    alert = form.get_by_role("alert")
    await expect(alert).to_contain_text("ชื่อการสำรวจ: ต้องกรอกข้อมูลนี้")
    await expect(form.get_by_label("ชื่อการสำรวจ")).to_have_attribute("aria-invalid", "true")
    await expect(form.locator('[data-field="title"] .field-error')).to_have_text("ต้องกรอกข้อมูลนี้")
    await screenshot(page, "error-what-to-fix")


async def test_a_loei_user_cannot_open_a_rayong_page(stack: WebStack, page: Page) -> None:
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    stack.api_answers.clear()
    for path in (
        "/esas/rayong-2",
        "/esas/rayong-2/campaigns",
        "/esas/rayong-2/dashboard",
        "/schools/1021080101",
        "/provinces/rayong",
    ):
        await go(page, path)
        await expect(page.get_by_test_id("not-found")).to_be_visible()
    # The organisation registry (names of ESAs and schools) is public; Rayong's data is not.
    data_calls = [
        (u, s) for u, s in stack.api_answers if "rayong" in u and "/api/directory/" not in u
    ]
    assert data_calls and {status for _, status in data_calls} == {404}, stack.api_answers
    await screenshot(page, "tenant-boundary-not-found")


async def test_english_is_one_click_away_and_dates_stay_buddhist_era(page: Page) -> None:
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await page.get_by_role("button", name="Switch to English").click()
    await expect(page.locator("main h1")).to_have_text("Schools in my care")
    await go(page, "/esas/loei-3/campaigns")
    await expect(page.get_by_label("Academic year").first).to_be_visible()
    year = (
        await page.locator("fieldset", has_text="Opens on")
        .get_by_label(re.compile("Year"))
        .input_value()
    )
    assert int(year) >= 2569
    await screenshot(page, "english-campaigns")
    assert await missing_labels(page) == []


async def test_a_school_registers_media_and_asks_for_service_the_supervisor_answers_both(
    stack: WebStack, page: Page
) -> None:
    school = await stack.page()
    await sign_in(school, "anan.thongdee", "/schools/1042060102")
    await school.locator("summary", has_text="บันทึกผลงานสื่อ/นวัตกรรม").click()
    production = school.get_by_test_id("production")
    await production.get_by_label("ชื่อผลงาน").fill("ชุดฝึกการอ่านภาษาไทย ป.4")
    await production.get_by_label("ผู้จัดทำ (บรรทัดละหนึ่งคน)").fill("นายอนันต์ ทองดี")
    await production.get_by_role("button", name="บันทึกผลงานสื่อ/นวัตกรรม").click()
    await expect(school.get_by_test_id("productions")).to_contain_text("ชุดฝึกการอ่านภาษาไทย ป.4")
    await school.locator("summary", has_text="ขอรับบริการ").click()
    request = school.get_by_test_id("service-request")
    await request.get_by_label("รายละเอียดความต้องการ").fill("ขอคำแนะนำการผลิตสื่อดิจิทัล")
    await request.get_by_role("button", name="ขอรับบริการ").click()
    await expect(school.get_by_test_id("service-requests")).to_contain_text("รอรับเรื่อง")

    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await go(page, "/esas/loei-3/media")
    row = page.get_by_test_id("productions").locator("tr", has_text="ชุดฝึกการอ่านภาษาไทย ป.4")
    await row.locator("summary", has_text="ประเมินคุณภาพผลงาน").click()
    for group in await row.locator("fieldset.radios").all():
        await group.get_by_label("4", exact=True).check()
    await row.get_by_role("button", name="ประเมินคุณภาพผลงาน").click()
    # the level's badge (the form's scale also names the levels beside each point)
    await expect(
        page.get_by_test_id("productions").locator(".badge", has_text="ดีเยี่ยม")
    ).to_be_visible()
    requests = page.get_by_test_id("service-requests")
    await requests.locator("summary", has_text="รับคำขอ").click()
    await requests.get_by_role("button", name="รับคำขอ").click()
    await expect(requests).to_contain_text("รับเรื่องแล้ว")
    await requests.locator("summary", has_text="ให้บริการแล้ว").click()
    await requests.get_by_role("button", name="ให้บริการแล้ว").click()
    await expect(requests.locator(".badge", has_text="ให้บริการแล้ว")).to_be_visible()
    await screenshot(page, "supervisor-media")

    await go(school, "/schools/1042060102")
    mine = school.get_by_test_id("service-requests")
    await mine.locator("summary", has_text="ประเมินความพึงพอใจ").click()
    await mine.get_by_label("5", exact=True).check()
    await mine.get_by_role("button", name="ประเมินความพึงพอใจ").click()
    await expect(mine).to_contain_text("5/5")
    await school.context.close()


async def test_a_school_withdraws_a_production_it_registered_twice(page: Page) -> None:
    title = "แบบฝึกคัดลายมือ ป.2 (บันทึกซ้ำ)"
    await sign_in(page, "anan.thongdee", "/schools/1042060102")
    await page.locator("summary", has_text="บันทึกผลงานสื่อ/นวัตกรรม").click()
    production = page.get_by_test_id("production")
    await production.get_by_label("ชื่อผลงาน").fill(title)
    await production.get_by_label("ผู้จัดทำ (บรรทัดละหนึ่งคน)").fill("นายอนันต์ ทองดี")
    await production.get_by_role("button", name="บันทึกผลงานสื่อ/นวัตกรรม").click()
    row = page.get_by_test_id("productions").locator("tr", has_text=title)
    await row.locator("summary", has_text="ถอนผลงาน").click()
    await row.get_by_label("เหตุผล").fill("ลงทะเบียนซ้ำกับรายการเดิม")
    await row.get_by_role("button", name="ถอนผลงาน").click()
    withdrawn = page.get_by_test_id("productions").locator("tr", has_text=title)
    await expect(withdrawn).to_contain_text("ถอนแล้ว: ลงทะเบียนซ้ำกับรายการเดิม")
    await expect(withdrawn.locator("summary", has_text="ถอนผลงาน")).to_have_count(0)
