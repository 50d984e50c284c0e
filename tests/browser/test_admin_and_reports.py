"""An administrator manages subscribed systems; a provincial officer downloads the year-end
report; the dashboards show the curriculum pipeline."""

from __future__ import annotations

import asyncio
from pathlib import Path

from playwright.async_api import Page, expect

from tests.browser.journey import go, screenshot, sign_in
from tests.browser.stack import WebStack
from tests.support.harness import auth, eventually


async def endpoint_listed(stack: WebStack, url: str) -> None:
    """Wait until the endpoints view lists a new endpoint.

    The page waits 8 s for it after registering; with every service, Kafka, FerretDB and
    Chromium sharing two cores the view can take longer, and a page loaded before it caught up
    shows the list without it (a reload would show it).
    """
    admin = auth(stack.settings, "admin", "th")

    async def urls() -> list[str]:
        r = await stack.clients["subscriptions"].get("/v1/endpoints", headers=admin)
        return [e["url"] for e in r.json()]

    await eventually(urls, lambda found: url in found, 60)


async def test_an_admin_registers_a_webhook_endpoint_and_pauses_it(
    page: Page, stack: WebStack
) -> None:
    await sign_in(page, "admin", "/admin")
    await page.locator("summary", has_text="ลงทะเบียนปลายทางใหม่").click()
    register = page.get_by_test_id("register-endpoint")
    await register.get_by_label("URL ปลายทาง (https://)").fill("https://127.0.0.1/hooks")
    await register.get_by_role("button", name="ลงทะเบียนปลายทางใหม่").click()
    await expect(register.get_by_role("alert")).to_contain_text("ไม่อนุญาตให้ส่งไปยังที่อยู่ภายใน")
    await register.get_by_label("URL ปลายทาง (https://)").fill(
        "https://sandbox-registry.invalid/hooks"
    )
    await register.get_by_label("รหัสหน่วยงาน (เช่น loei-3, loei, th)").fill("rayong")
    await register.get_by_label("ระดับขอบเขต").select_option("province")
    await register.get_by_role("button", name="ลงทะเบียนปลายทางใหม่").click()
    await expect(page.locator("main")).to_contain_text("whsec_")
    await endpoint_listed(stack, "https://sandbox-registry.invalid/hooks")
    await go(page, "/admin")
    await (
        page.get_by_test_id("endpoints")
        .get_by_role("link", name="https://sandbox-registry.invalid/hooks")
        .click()
    )
    await page.get_by_role("button", name="หยุดส่งชั่วคราว").click()
    await expect(page.locator("main")).to_contain_text("หยุดชั่วคราว")
    await screenshot(page, "admin-endpoint")


async def test_a_provincial_officer_downloads_the_year_end_xlsx(page: Page) -> None:
    await sign_in(page, "chaiwat.phromma", "/provinces/loei")
    await expect(page.locator("main")).to_contain_text("หลักสูตรฐานสมรรถนะ: สถานะคำขอ")
    async with page.expect_download() as download:
        await page.get_by_test_id("export-xlsx").click()
    file = await download.value
    assert file.suggested_filename.endswith(".xlsx")
    saved = Path(await file.path())
    head = await asyncio.to_thread(saved.read_bytes)
    assert head[:2] == b"PK"  # a zip: the XLSX container
    await screenshot(page, "province-dashboard-exports")


async def test_the_national_committee_sees_the_national_dashboard(stack: WebStack) -> None:
    page = await stack.page()
    await sign_in(page, "thawatchai.boonmee", "/committees/th")
    await go(page, "/nation")
    await expect(page.locator("main")).to_contain_text("การนิเทศ ติดตาม และประเมินผล")
    await page.context.close()
