"""Administering the organisation in the browser: an ESA's administrator adds a cluster and a
school (a refused code is said in Thai at its field) and grants a role at a cluster; the
national admin moves a school to another ESA from a phone."""

from __future__ import annotations

from playwright.async_api import Page, expect

from tests.browser.journey import go, missing_labels, screenshot, settled, sign_in
from tests.browser.test_accessibility import violations


async def test_an_esa_admin_adds_a_cluster_and_a_school(page: Page) -> None:
    await sign_in(page, "sirirat.phonchai", "/admin")
    await page.get_by_test_id("organisation-link").click()
    await settled(page)
    await page.get_by_test_id("province-loei").locator("summary").click()
    await expect(page.get_by_test_id("province-loei")).to_contain_text("loei-2")
    assert await violations(page) == []
    await screenshot(page, "organisation")
    await page.get_by_role("link", name="loei-3").first.click()
    await expect(page.locator("main h1")).to_contain_text("เลย เขต 3")
    assert await violations(page) == []
    await page.locator("summary", has_text="เพิ่มกลุ่มโรงเรียน").click()
    form = page.get_by_test_id("add-cluster")
    await form.get_by_label("รหัสกลุ่มโรงเรียน (เช่น loei-3-nahaeo)").fill("loei-3-nahaeo")
    await form.get_by_label("ชื่อภาษาไทย").fill("กลุ่มโรงเรียนซ้ำ")
    await form.get_by_role("button", name="เพิ่มกลุ่มโรงเรียน").click()
    field = form.locator('[data-field="cluster"]')
    await expect(field.locator(".field-error")).to_contain_text("มีกลุ่มโรงเรียนรหัสนี้อยู่แล้ว")
    await form.get_by_label("รหัสกลุ่มโรงเรียน (เช่น loei-3-nahaeo)").fill("loei-3-nongpue")
    await form.get_by_label("ชื่อภาษาไทย").fill("กลุ่มโรงเรียนหนองผือ")
    await form.get_by_role("button", name="เพิ่มกลุ่มโรงเรียน").click()
    cluster = page.get_by_test_id("cluster-loei-3-nongpue")
    await expect(cluster).to_contain_text("กลุ่มโรงเรียนหนองผือ")
    await page.locator("summary", has_text="เพิ่มโรงเรียน").click()
    school = page.get_by_test_id("add-school")
    await school.get_by_label("รหัสโรงเรียน (10 หลัก)").fill("1042069901")
    await school.get_by_label("ชื่อภาษาไทย").fill("โรงเรียนบ้านหนองผือ")
    await school.get_by_label("กลุ่มโรงเรียน").select_option("loei-3-nongpue")
    await school.get_by_role("button", name="เพิ่มโรงเรียน").click()
    await expect(page.get_by_test_id("cluster-loei-3-nongpue")).to_contain_text("1 โรงเรียน")
    assert await missing_labels(page) == []
    await screenshot(page, "organisation-esa")


async def test_an_esa_admin_grants_a_supervisor_one_cluster(page: Page) -> None:
    await sign_in(page, "sirirat.phonchai", "/admin")
    await go(page, "/admin/organisation/esas/loei-3")
    await page.locator("summary", has_text="มอบบทบาท").click()
    form = page.get_by_test_id("grant-role")
    await form.get_by_label("รหัสผู้ใช้ (เช่น malee.jaidee)").fill("somchai.rakrian")
    await form.locator('select[name="role"]').select_option("supervisor")
    await form.get_by_label("หน่วยงานที่มอบบทบาท").select_option("cluster:loei-3-nahaeo")
    await form.get_by_role("button", name="มอบบทบาท").click()
    people = page.get_by_test_id("people")
    await expect(people).to_contain_text("somchai.rakrian")
    await expect(people.locator("tr", has_text="somchai.rakrian")).to_contain_text("กลุ่มโรงเรียน")
    await expect(people).not_to_contain_text("loei-1")  # his role elsewhere is not shown here


async def test_the_national_admin_moves_a_school_from_a_phone(phone: Page) -> None:
    await sign_in(phone, "admin", "/admin")
    await go(phone, "/admin/organisation/esas/loei-3")
    await phone.get_by_test_id("cluster-loei-3-nahaeo").locator("summary").first.click()
    await phone.get_by_test_id("school-1042060114").locator("summary").first.click()
    await (
        phone.get_by_test_id("school-1042060114")
        .locator("summary", has_text="ย้ายโรงเรียนไปกลุ่มอื่น")
        .click()
    )
    form = phone.get_by_test_id("move-1042060114")
    await form.get_by_label("ย้ายไปกลุ่มโรงเรียน").select_option("loei-1-mueang")
    await form.get_by_role("button", name="ย้ายโรงเรียนไปกลุ่มอื่น").click()
    await expect(phone.get_by_test_id("cluster-loei-3-nahaeo")).not_to_contain_text("1042060114")
    width = await phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert width, "the page fits a phone's width"
    await screenshot(phone, "organisation-phone")
