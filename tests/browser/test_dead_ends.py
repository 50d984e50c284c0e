"""What the services let a person do is reachable in the app: moving a survey to a newer
template version, a committee reversing its decision, changing a saved visit's mode, policies
and evidence, adding evidence and training participants later, replaying and redelivering
webhooks, the new secret after a rotation, and dashboards as of a chosen day."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from playwright.async_api import Locator, Page, expect

from tests.browser.forms import call, field, open_campaign, pick_date
from tests.browser.journey import go, missing_labels, reload_until_visible, screenshot, sign_in
from tests.browser.stack import WebStack
from tests.support.harness import auth, eventually

BANGKOK = ZoneInfo("Asia/Bangkok")
SUP = ("supervisor", "loei-3")
TODAY = datetime.now(BANGKOK).date()


async def read(stack: WebStack, service: str, path: str, role: str, scope: str) -> Any:
    r = await stack.clients[service].get(path, headers=auth(stack.settings, role, scope))
    return r.json() if r.status_code == 200 else None


async def test_a_supervisor_moves_an_open_survey_to_the_newer_template_version(
    stack: WebStack, page: Page
) -> None:
    campaign = await open_campaign(stack, "สำรวจความต้องการ ก่อนปรับแบบสำรวจ")
    template = (await call(stack, "needs", "GET", "/v1/esas/loei-3/survey-templates", *SUP))[0]
    form = await call(stack, "needs", "GET", "/v1/needs/standard-survey", *SUP)
    questions = form["questions"] + [
        {"id": "library", "category": "media", "kind": "text", "text_th": "สื่อที่ห้องสมุดโรงเรียนต้องการ"}
    ]
    await call(
        stack,
        "needs",
        "POST",
        f"/v1/esas/loei-3/survey-templates/{template['template_id']}/versions",
        *SUP,
        {"title_th": form["title_th"], "questions": questions},
    )
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await go(page, f"/esas/loei-3/campaigns/{campaign}")
    adopt = page.get_by_test_id("adopt-version")
    await reload_until_visible(page, adopt)
    await expect(page.get_by_test_id("campaign-version")).to_contain_text("ฉบับที่ 1")
    await adopt.get_by_role("button", name="เปลี่ยนฉบับของแบบสำรวจ").click()
    await expect(page.get_by_test_id("campaign-version")).to_contain_text("ฉบับที่ 2")
    await expect(page.get_by_test_id("adopt-version")).to_have_count(0)
    now = await read(stack, "needs", f"/v1/esas/loei-3/campaigns/{campaign}", *SUP)
    assert now["template_version"] == 2


async def a_screened_case(stack: WebStack) -> str:
    """A Rayong pilot school's type 2 case, prepared, submitted and passed at screening."""
    school = ("school", "1021080101")
    base = "/v1/esas/rayong-2/curriculum-cases"
    opened = await call(
        stack,
        "curriculum",
        "POST",
        base,
        *school,
        {
            "school": "1021080101",
            "academic_year": 2569,
            "curriculum_type": 2,
            "title": "หลักสูตรสถานศึกษาฐานสมรรถนะ บ้านทดสอบ",
        },
    )
    case = f"{base}/{opened['case_id']}"
    await call(
        stack,
        "curriculum",
        "POST",
        f"{case}/documents",
        *school,
        {"reference": "หลักสูตร.pdf", "content_hash": "sha256:" + "a" * 64},
    )
    await call(
        stack,
        "curriculum",
        "PUT",
        f"{case}/base-analysis",
        *school,
        {"summary": "ชุมชนประมงชายฝั่งเป็นฐานทุนของโรงเรียน"},
    )
    day = (TODAY - timedelta(days=1)).isoformat()
    await call(
        stack,
        "curriculum",
        "PUT",
        f"{case}/school-board-approval",
        *school,
        {"approved_on": day, "resolution": "มติที่ 2/2569"},
    )
    groups = [
        "parents",
        "community",
        "local_government",
        "private_sector",
        "civil_society",
        "academia",
    ]
    await call(
        stack,
        "curriculum",
        "PUT",
        f"{case}/public-hearing",
        *school,
        {"held_on": day, "participants": dict.fromkeys(groups, 3)},
    )
    await call(stack, "curriculum", "POST", f"{case}/submit", *school, {})
    await call(
        stack,
        "curriculum",
        "POST",
        f"{case}/screening",
        "academic_subcommittee",
        "rayong",
        {"outcome": "pass", "reason": "ครบถ้วนตามเกณฑ์"},
    )
    return str(opened["case_id"])


async def test_a_committee_reverses_its_latest_decision(stack: WebStack, page: Page) -> None:
    case = await a_screened_case(stack)
    await sign_in(page, "narong.wichai", "/committees/rayong")
    await go(page, f"/esas/rayong-2/curriculum/{case}")
    await reload_until_visible(page, page.locator("summary", has_text="กลับมติล่าสุด"))
    await page.locator("summary", has_text="กลับมติล่าสุด").click()
    reversal = page.get_by_test_id("reversal")
    await reversal.get_by_role("button", name="กลับมติ").click()
    await expect(reversal.locator(".field-error")).to_have_text("ต้องกรอกข้อมูลนี้")
    await reversal.get_by_label("เหตุผลที่กลับมติ").fill("ลงมติผิดคำขอ ต้องพิจารณาใหม่ในการประชุมครั้งถัดไป")
    await reversal.get_by_role("button", name="กลับมติ").click()
    await expect(page.get_by_test_id("decisions")).to_contain_text("กลับมติ")
    await expect(page.locator("main")).to_contain_text("รอการกลั่นกรองของคณะอนุกรรมการวิชาการ")
    await screenshot(page, "committee-reversal")


async def test_a_saved_visit_changes_its_mode_policies_and_evidence(
    stack: WebStack, page: Page
) -> None:
    when = datetime.now(BANGKOK) - timedelta(hours=5)
    made = await call(
        stack,
        "supervision",
        "POST",
        "/v1/esas/loei-3/visits",
        *SUP,
        {
            "school": "1042060106",
            "mode": "on_site",
            "occurred_at": when.isoformat(),
            "focus": "ติดตามห้องเรียนคุณภาพ",
            "policies": ["quality_4q"],
            "findings": "",
            "recommendations": "",
        },
    )
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await go(page, f"/esas/loei-3/visits/{made['visit_id']}")
    await reload_until_visible(page, page.locator("summary", has_text="แก้ไขบันทึกการนิเทศ"))
    await page.locator("summary", has_text="แก้ไขบันทึกการนิเทศ").click()
    revise = page.get_by_test_id("revise-visit")
    await revise.get_by_label("รูปแบบการนิเทศ").select_option(label="นิเทศออนไลน์")
    await revise.get_by_label("STEM / Coding / วิทยาการคำนวณ").check()
    await revise.get_by_label("หลักฐาน").set_input_files(
        files=[{"name": "บันทึกการประชุมออนไลน์.txt", "mimeType": "text/plain", "buffer": b"meeting"}]
    )
    await expect(revise).to_contain_text("บันทึกการประชุมออนไลน์.txt — ")
    await revise.get_by_role("button", name="บันทึกฉบับแก้ไข").click()
    main = page.locator("main")
    await expect(main).to_contain_text("ฉบับที่ 2")
    await expect(main).to_contain_text("นิเทศออนไลน์")
    await expect(main).to_contain_text("STEM / Coding")
    await expect(main).to_contain_text("บันทึกการประชุมออนไลน์.txt")
    visit = await read(stack, "supervision", f"/v1/esas/loei-3/visits/{made['visit_id']}", *SUP)
    assert visit["mode"] == "online" and "stem_coding" in visit["policies"]
    assert visit["revisions"][-1]["changed"] == ["evidence", "mode", "policies"]


async def test_a_school_adds_evidence_to_its_production_later(stack: WebStack, page: Page) -> None:
    made = await call(
        stack,
        "needs",
        "POST",
        "/v1/esas/loei-3/schools/1042060102/productions",
        "school",
        "1042060102",
        {
            "title": "เกมบัตรคำคณิตศาสตร์",
            "kind": "media",
            "subject": "mathematics",
            "grade_levels": ["p3"],
            "authors": [{"name": "นายอนันต์ ทองดี"}],
        },
    )
    await sign_in(page, "anan.thongdee", "/schools/1042060102")
    row = page.get_by_test_id("productions").locator("tr", has_text="เกมบัตรคำคณิตศาสตร์")
    await reload_until_visible(page, row)
    await expect(row).to_contain_text("หลักฐาน 0 รายการ")
    await row.locator("summary", has_text="เพิ่มหลักฐาน").click()
    await row.get_by_label("หลักฐานเพิ่มเติม").set_input_files(
        files=[{"name": "ภาพการใช้เกม.jpg", "mimeType": "image/jpeg", "buffer": b"\xff\xd8 jpeg"}]
    )
    await row.get_by_role("button", name="เพิ่มหลักฐาน").click()
    row = page.get_by_test_id("productions").locator("tr", has_text="เกมบัตรคำคณิตศาสตร์")
    await expect(row).to_contain_text("หลักฐาน 1 รายการ")
    production = await read(
        stack,
        "needs",
        f"/v1/esas/loei-3/productions/{made['production_id']}",
        "school",
        "1042060102",
    )
    assert [e["title"] for e in production["evidence"]] == ["ภาพการใช้เกม.jpg"]


async def test_a_supervisor_adds_participants_to_a_recorded_training(
    stack: WebStack, page: Page
) -> None:
    made = await call(
        stack,
        "supervision",
        "POST",
        "/v1/esas/loei-3/trainings",
        *SUP,
        {
            "academic_year": 2569,
            "title": "อบรมการผลิตสื่อดิจิทัล",
            "held_on": TODAY.isoformat(),
            "hours": 6,
            "organiser": "กลุ่มนิเทศฯ",
            "policies": ["media_technology"],
            "participants": [{"name": "ครูสมศรี ตัวอย่าง"}],
        },
    )
    await sign_in(page, "malee.jaidee", "/esas/loei-3")
    await go(page, "/esas/loei-3/records?year=2569")
    row = page.get_by_test_id("training-list").locator("tr", has_text="อบรมการผลิตสื่อดิจิทัล")
    await reload_until_visible(page, row)
    await row.locator("summary", has_text="เพิ่มผู้เข้าร่วม").click()
    await row.get_by_label("ผู้เข้าร่วม (บรรทัดละหนึ่งคน)").fill("ครูวิไล ตัวอย่าง\nครูประยุทธ ตัวอย่าง")
    await row.get_by_role("button", name="เพิ่มผู้เข้าร่วม").click()
    row = page.get_by_test_id("training-list").locator("tr", has_text="อบรมการผลิตสื่อดิจิทัล")
    await expect(row.get_by_test_id("participant-count")).to_have_text("3")
    trainings = await read(stack, "supervision", "/v1/esas/loei-3/trainings?year=2569", *SUP)
    training = next(x for x in trainings if x["training_id"] == made["training_id"])
    assert training["participant_count"] == 3


async def replayed(page: Page, form: Locator) -> Any:
    """Start a replay from the form; what the page asked for (the service accepted it: 202)."""
    async with page.expect_response(
        lambda r: r.url.endswith("/replay") and r.request.method == "POST"
    ) as answer:
        await form.get_by_role("button", name="เริ่มส่งซ้ำ").click()
    response = await answer.value
    assert response.status == 202, await response.text()
    return response.request.post_data_json


async def test_an_admin_rotates_replays_and_redelivers_from_the_endpoint_page(
    stack: WebStack, page: Page
) -> None:
    admin = ("admin", "th")
    made = await call(
        stack,
        "subscriptions",
        "POST",
        "/v1/endpoints",
        *admin,
        {
            "url": "https://district-dashboard.invalid/hooks",
            "event_types": ["*"],
            "scope": {"level": "nation", "id": "th"},
            "start": "beginning",
        },
    )
    endpoint = made["endpoint_id"]
    base = f"/v1/endpoints/{endpoint}"
    deliveries = await eventually(
        lambda: read(stack, "subscriptions", f"{base}/deliveries", *admin), bool, 60
    )
    await page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    await sign_in(page, "admin", "/admin")
    await go(page, f"/admin/endpoints/{endpoint}")

    await page.get_by_test_id("rotate-secret").click()
    secret = page.get_by_test_id("new-secret")
    await expect(secret).to_have_text(re.compile("^whsec_"))
    await page.get_by_role("button", name="คัดลอก").click()
    await expect(page.locator("main")).to_contain_text("คัดลอกแล้ว")
    assert await page.evaluate("navigator.clipboard.readText()") == await secret.inner_text()
    await screenshot(page, "webhook-new-secret")

    await page.locator("summary", has_text="ส่งซ้ำ (replay)").click()
    replay = page.get_by_test_id("replay")
    await replay.get_by_label("เวลาที่กำหนด").check()
    await pick_date(field(replay, "day"), TODAY)
    await replay.get_by_label("เวลา", exact=True).fill("00:00")
    sent = await replayed(page, replay)
    assert sent["start"] == "time" and sent["at"] == f"{TODAY.isoformat()}T00:00:00+07:00"
    await expect(replay.get_by_role("status")).to_contain_text("เริ่มส่งซ้ำแล้ว")

    await replay.get_by_label("ตำแหน่งในหัวข้อเหตุการณ์").check()
    positions = replay.get_by_label("ตำแหน่ง (บรรทัดละหนึ่ง: หัวข้อ พาร์ทิชัน ออฟเซ็ต)")
    await positions.fill("nithet.needs.events ศูนย์ 0")
    await replay.get_by_role("button", name="เริ่มส่งซ้ำ").click()
    await expect(replay.locator('[data-field="positions"] .field-error')).to_contain_text(
        "บรรทัดที่ 1"
    )
    topic = f"{stack.settings.topic_prefix}.needs.events"
    await positions.fill(f"{topic} 0 0")
    sent = await replayed(page, replay)
    assert sent == {
        "start": "position",
        "positions": [{"topic": topic, "partition": 0, "offset": 0}],
    }

    first = deliveries[0]["delivery_id"]
    await page.get_by_test_id(f"redeliver-{first}").click()
    await expect(page.get_by_test_id("deliveries")).to_contain_text("ขอส่งซ้ำแล้ว")
    await eventually(
        lambda: read(stack, "subscriptions", f"{base}/deliveries?trigger=redelivery", *admin),
        bool,
        60,
    )

    await page.reload()  # the secret was shown once
    await expect(page.locator("main h1")).to_be_visible()
    await expect(page.get_by_test_id("new-secret")).to_have_count(0)
    assert await missing_labels(page) == []


async def test_dashboards_show_the_figures_as_of_a_chosen_day(stack: WebStack, page: Page) -> None:
    await open_campaign(stack, "สำรวจความต้องการ ณ วันที่")
    for person, home, path in (
        ("malee.jaidee", "/esas/loei-3", "/esas/loei-3/dashboard"),
        ("chaiwat.phromma", "/provinces/loei", "/provinces/loei"),
        ("admin", "/admin", "/nation"),
    ):
        viewer = await stack.page()
        await sign_in(viewer, person, home)
        await go(viewer, path)
        await viewer.locator("summary", has_text="ดูข้อมูล ณ วันที่").click()
        chosen = viewer.get_by_test_id("as-of")
        await pick_date(field(chosen, "as_of"), TODAY + timedelta(days=1))
        await chosen.get_by_role("button", name="แสดงข้อมูล ณ วันนั้น").click()
        await expect(field(chosen, "as_of").locator(".field-error")).to_have_text(
            "เวลาที่ขอดูต้องไม่อยู่ในอนาคต"
        )
        await pick_date(field(chosen, "as_of"), TODAY)
        async with viewer.expect_request(re.compile(r"/api/reporting/v1/views/.*as_of=")):
            await chosen.get_by_role("button", name="แสดงข้อมูล ณ วันนั้น").click()
        await expect(viewer.get_by_test_id("as-of-note")).to_contain_text("ข้อมูล ณ สิ้นวันที่")
        await expect(viewer.locator("main")).to_contain_text("การตอบแบบสำรวจความต้องการ")
        await expect(viewer.locator("main .alert.error")).to_have_count(0)
        if person == "malee.jaidee":
            await screenshot(viewer, "esa-dashboard-as-of")
            await go(viewer, f"{path}?as_of={(TODAY - timedelta(days=400)).isoformat()}")
            await expect(viewer.get_by_test_id("as-of-unknown")).to_be_visible()
        await viewer.get_by_role("link", name="ดูข้อมูลล่าสุด").click()
        await expect(viewer.get_by_test_id("as-of-note")).to_have_count(0)
        await viewer.context.close()
