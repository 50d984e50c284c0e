"""The manuals' later supervision steps, done by clicking: Rayong's SAR cycle of the province
(driving committee, the synthesis committee's secretary, the provincial education office),
Loei ESA 3's 4Q drive (director and supervisor), a teacher honoured, the province's
supervision committee and the year's partnership summary."""

from __future__ import annotations

import hashlib
from typing import Any

from playwright.async_api import Locator, Page, expect

from tests.browser.journey import go, missing_labels, screenshot, sign_in
from tests.browser.stack import WebStack
from tests.support.harness import auth, eventually

SAR = "/provinces/rayong/sar"
PILOT = "1021080101"


async def api(stack: WebStack, method: str, path: str, body: Any, who: tuple[str, str]) -> Any:
    r = await stack.clients["supervision"].request(
        method, path, json=body, headers=auth(stack.settings, *who)
    )
    assert r.status_code in (200, 201), r.text
    return r.json()


async def esa_synthesis(stack: WebStack) -> None:
    """Rayong ESA 2 accepts its pilot school's SAR and synthesises the year's SARs."""
    sha = hashlib.sha256(b"sar").hexdigest()
    await api(
        stack,
        "PUT",
        "/v1/esas/rayong-2/sar/2569",
        {"document": {"title": "SAR", "sha256": sha}},
        ("school", PILOT),
    )
    review = f"/v1/esas/rayong-2/schools/{PILOT}/sar/2569/review"
    await api(stack, "POST", review, {"decision": "accept"}, ("supervisor", "rayong-2"))

    async def accepted() -> Any:
        return await api(
            stack, "GET", "/v1/esas/rayong-2/sar?year=2569", None, ("supervisor", "rayong-2")
        )

    await eventually(accepted, lambda rows: rows and rows[0]["status"] == "accepted", timeout_s=30)
    synthesis = {"summary_th": "สถานศึกษานำร่องจัดทำ SAR ครบ"}
    await api(
        stack, "POST", "/v1/esas/rayong-2/sar/2569/synthesis", synthesis, ("supervisor", "rayong-2")
    )


async def open_form(page: Page, summary: str, testid: str, n: int = 0) -> Locator:
    """Unfold the form under a summary (the n-th of that name) and return the form."""
    await page.locator("summary", has_text=summary).nth(n).click()
    return page.get_by_test_id(testid)


async def member(form: Locator, n: int, name: str, role: str = "", person: str = "") -> None:
    if n:
        await form.get_by_role("button", name="+ เพิ่มกรรมการ").click()
    await form.get_by_label("ชื่อ-สกุล").nth(n).fill(name)
    if role:
        await form.get_by_label("บทบาทในคณะ").nth(n).select_option(label=role)
    if person:
        await form.get_by_label("รหัสผู้ใช้ในระบบ (ถ้ามี)").nth(n).fill(person)


async def test_the_province_runs_its_sar_cycle(stack: WebStack, page: Page) -> None:
    await esa_synthesis(stack)
    await sign_in(page, "ratana.srisuk", "/committees/rayong")
    await page.get_by_role("link", name="การประกันคุณภาพระดับจังหวัด (SAR)").click()
    briefing = await open_form(page, "บันทึกการประชุมชี้แจง", "briefing")
    await briefing.get_by_label("ชื่อการประชุม").fill("ประชุมชี้แจงระบบประกันคุณภาพ")
    await briefing.get_by_role("button", name="บันทึกการประชุมชี้แจง").click()
    await expect(page.get_by_test_id("briefings")).to_contain_text("ประชุมชี้แจงระบบประกันคุณภาพ")
    guidelines = await open_form(page, "ประกาศแนวทาง", "guidelines-form")
    await guidelines.get_by_label("ชื่อแนวทาง").fill("แนวทางการรายงาน SAR สถานศึกษานำร่อง")
    await guidelines.get_by_label("เอกสาร").set_input_files(
        files=[{"name": "แนวทาง.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 g"}]
    )
    await expect(guidelines).to_contain_text("แนวทาง.pdf — ")
    await guidelines.get_by_role("button", name="ประกาศแนวทาง").click()
    await expect(page.get_by_test_id("guidelines")).to_contain_text("ฉบับที่ 1")
    committee = await open_form(page, "บันทึกคำสั่งแต่งตั้ง", "committee-form")
    await committee.get_by_label("เลขที่คำสั่ง").fill("15/2570")
    await member(committee, 0, "นางรัตนา ศรีสุข")
    await member(committee, 1, "นางวนิดา แสงทอง", "กรรมการและเลขานุการ", "wanida.saengthong")
    await committee.get_by_role("button", name="บันทึกคำสั่งแต่งตั้ง").click()
    await expect(page.get_by_test_id("committee")).to_contain_text("นางวนิดา แสงทอง")

    secretary = await stack.page()
    await sign_in(secretary, "wanida.saengthong", "/esas/rayong-2")
    await go(secretary, SAR)
    synthesis = secretary.get_by_test_id("synthesis-form")
    await synthesis.get_by_label("สรุปผลการสังเคราะห์").fill("สถานศึกษานำร่องมีระบบประกันคุณภาพครบ")
    await synthesis.get_by_role("button", name="บันทึกผลการสังเคราะห์").click()
    await expect(secretary.get_by_test_id("step")).to_contain_text("รอคณะกรรมการขับเคลื่อนฯ")
    await secretary.context.close()

    await go(page, SAR)
    decision = page.get_by_test_id("decision-form")
    await decision.get_by_label("ให้ความเห็นชอบ").check()
    await decision.get_by_role("button", name="บันทึกมติ").click()
    await expect(page.get_by_test_id("step")).to_contain_text("ได้รับความเห็นชอบแล้ว")

    officer = await stack.page()
    await sign_in(officer, "suda.kaewmanee", "/provinces/rayong")
    await go(officer, SAR)
    report = officer.get_by_test_id("report-form")
    await report.get_by_label("สรุปรายงาน").fill("จังหวัดระยองสรุปผลการประกันคุณภาพ")
    await report.get_by_role("button", name="บันทึกการรายงาน").click()
    await expect(officer.get_by_test_id("step")).to_contain_text("สำนักงานศึกษาธิการจังหวัดรายงานแล้ว")
    await screenshot(officer, "province-sar-cycle")
    await officer.context.close()
    assert await missing_labels(page) == []


async def test_an_esa_drives_4q_quality(stack: WebStack, page: Page) -> None:
    await sign_in(page, "prasert.mankhong", "/esas/loei-3")
    await page.get_by_role("link", name="ขับเคลื่อนโรงเรียนคุณภาพ 4Q").click()
    team = await open_form(page, "บันทึกคำสั่งแต่งตั้ง", "team-form")
    await team.get_by_label("เลขที่คำสั่ง").fill("201/2569")
    await member(team, 0, "นายประเสริฐ มั่นคง")
    await team.get_by_role("button", name="บันทึกคำสั่งแต่งตั้ง").click()
    await expect(page.get_by_test_id("team")).to_contain_text("201/2569")
    committee = await open_form(page, "บันทึกคำสั่งแต่งตั้ง", "committee-form", 1)
    await committee.get_by_label("เลขที่คำสั่ง").fill("45/2569")
    await member(committee, 0, "นายสมพร ทองคำ")
    await committee.get_by_role("button", name="บันทึกคำสั่งแต่งตั้ง").click()
    await expect(page.get_by_test_id("committee-ktpn")).to_contain_text("นายสมพร ทองคำ")

    supervisor = await stack.page()
    await sign_in(supervisor, "malee.jaidee", "/esas/loei-3")
    await go(supervisor, "/esas/loei-3/quality-drive")
    baseline = await open_form(supervisor, "บันทึกข้อมูลสภาพปัจจุบัน", "baseline-form")
    await baseline.get_by_label("โรงเรียน", exact=True).select_option(label="โรงเรียนบ้านนาแห้ว")
    for n, label in enumerate(("นักเรียนคุณภาพ", "ครูคุณภาพ", "ห้องเรียนคุณภาพ", "ผู้อำนวยการคุณภาพ")):
        await baseline.get_by_label(f"สภาพปัจจุบัน: {label} (0–100)").fill(str(50 + n))
    await baseline.get_by_label("สภาพปัจจุบัน: การบริหารจัดการคุณภาพ (0–100)").fill("60")
    await baseline.get_by_role("button", name="บันทึกข้อมูลสภาพปัจจุบัน").click()
    await expect(supervisor.get_by_test_id("baselines")).to_contain_text("โรงเรียนบ้านนาแห้ว")
    progress = await open_form(supervisor, "บันทึกรายงานความก้าวหน้า", "progress-form")
    await progress.get_by_label("โรงเรียน", exact=True).select_option(label="โรงเรียนบ้านกลาง")
    await progress.get_by_label("นักเรียนคุณภาพ", exact=True).select_option(label="ต้องช่วยเหลือเร่งด่วน")
    await progress.get_by_label("สรุปความก้าวหน้า").fill("โรงเรียนบ้านกลางต้องเร่งพัฒนาการอ่าน")
    await progress.get_by_role("button", name="บันทึกรายงานความก้าวหน้า").click()
    await expect(supervisor.get_by_test_id("latest")).to_contain_text("ต้องช่วยเหลือเร่งด่วน")
    carry = supervisor.get_by_test_id("carry-form")
    await carry.get_by_label("บทเรียนจากผลการดำเนินงาน").fill("การนิเทศแบบกัลยาณมิตรได้ผลดี")
    await carry.get_by_label("ห้องเรียนคุณภาพ", exact=True).check()
    await carry.get_by_role("button", name="บันทึกการนำผลไปวางแผน").click()
    await expect(supervisor.get_by_test_id("carried")).to_contain_text("2570")
    await screenshot(supervisor, "quality-drive")
    assert await missing_labels(supervisor) == []
    await supervisor.context.close()


async def test_a_teacher_is_honoured_and_the_year_reported(stack: WebStack, page: Page) -> None:
    await sign_in(page, "prasert.mankhong", "/esas/loei-3")
    await page.get_by_role("link", name="ยกย่องเชิดชูเกียรติครู").click()
    honour = await open_form(page, "บันทึกการยกย่องเชิดชูเกียรติ", "teacher-honour")
    await honour.get_by_label("ชื่อครู").fill("นางสมศรี ใจงาม")
    await honour.get_by_label("ผลงานที่เป็นเลิศ").fill("สื่อการอ่าน Unplugged")
    await honour.get_by_label("ชื่อรางวัล/การยกย่อง").fill("ครูผู้มีผลงานเป็นเลิศ")
    await honour.get_by_role("button", name="บันทึกการยกย่องเชิดชูเกียรติ").click()
    await expect(page.get_by_test_id("teacher-honours")).to_contain_text("นางสมศรี ใจงาม")

    partner = {
        "academic_year": 2569, "partner": "องค์การบริหารส่วนตำบลนาแห้ว", "sector": "public",
        "activity": "สนับสนุนอุปกรณ์ DLTV", "started_on": "2026-07-01",
    }  # fmt: skip
    await api(stack, "POST", "/v1/esas/loei-3/partnerships", partner, ("supervisor", "loei-3"))
    supervisor = await stack.page()
    await sign_in(supervisor, "malee.jaidee", "/esas/loei-3")
    await supervisor.get_by_role("link", name="สรุปความร่วมมือภาคีเครือข่าย").click()
    await expect(supervisor.get_by_test_id("cooperations")).to_contain_text("นาแห้ว")
    summary = supervisor.get_by_test_id("partnership-summary")
    await summary.get_by_label("สรุปผลการประสานความร่วมมือ").fill("ภาคีเครือข่ายสนับสนุน DLTV")
    await summary.get_by_role("button", name="บันทึกการรายงาน").click()
    await expect(supervisor.get_by_test_id("summary")).to_contain_text("ฉบับที่ 1")
    assert await missing_labels(supervisor) == []
    await supervisor.context.close()


async def test_the_driving_committee_appoints_the_supervision_committee(page: Page) -> None:
    await sign_in(page, "ratana.srisuk", "/committees/rayong")
    await page.get_by_role("link", name="คณะกรรมการนิเทศ ติดตาม").click()
    order = await open_form(page, "บันทึกคำสั่งแต่งตั้ง", "supervision-committee")
    await order.get_by_label("เลขที่คำสั่ง").fill("22/2569")
    await member(order, 0, "นางรัตนา ศรีสุข")
    await order.get_by_label("ประเด็นการนิเทศ ติดตาม").fill("การใช้หลักสูตรฐานสมรรถนะ")
    await order.get_by_label("โรงเรียนบ้านกร่ำ").check()
    await order.get_by_role("button", name="บันทึกคำสั่งแต่งตั้ง").click()
    await expect(page.get_by_test_id("committee-schools")).to_contain_text("โรงเรียนบ้านกร่ำ")
    await screenshot(page, "province-supervision-committee")
    assert await missing_labels(page) == []
