"""The needs service's own lists, folded from a year of events made by the real handlers."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from kit.readmodel.projector import fold
from services.needs.adapters.projections.records import NeedsRecords
from services.needs.application.export import responses_csv
from services.needs.application.summary import summarise
from tests.unit.needs.memory import interleaved
from tests.unit.needs.year import A, B, C, Year, run_year


@pytest.fixture(scope="module")
async def year() -> Year:
    return await run_year()


async def doc(year: Year, key: str) -> dict[str, Any]:
    found = await year.views.get("needs_records", key)
    assert found is not None, key
    return found


async def test_the_campaign_shows_who_answered_which_version_and_who_was_returned(
    year: Year,
) -> None:
    campaign = await doc(year, f"campaign:{year.ids['campaign']}")
    assert campaign["template_version"] == 2
    assert {
        s: (r["revision"], r["status"], r["template_version"])
        for s, r in campaign["responses"].items()
    } == {
        A: (2, "submitted", 2),
        B: (1, "submitted", 2),
    }
    [reminder] = campaign["reminders"]
    assert reminder["schools"] == [
        A,
        C,
    ]  # A was returned and not yet corrected then; C never answered


async def test_a_response_keeps_every_revision_and_return(year: Year) -> None:
    response = await doc(year, f"response:{year.ids['campaign']}:{A}")
    assert [
        (r["revision"], r["template_version"], r["correction"]) for r in response["revisions"]
    ] == [
        (1, 1, False),
        (2, 2, True),
    ]
    assert response["returns"][0]["reason"] == "จำนวนเครื่องไม่ตรงกับข้อมูลนักเรียน"
    assert response["answers"]["devices_needed"] == 20 and response["status"] == "submitted"


async def test_the_summary_adds_answers_across_versions(year: Year) -> None:
    campaign = await doc(year, f"campaign:{year.ids['campaign']}")
    template = await doc(year, f"template:{year.ids['template']}")
    responses = await year.views.find("needs_records", {"record": "response"})
    summary = summarise(campaign, template, responses)
    assert (summary["targets"], summary["responded"], summary["rate"]) == (3, 2, round(2 / 3, 4))
    assert summary["responses_by_version"] == [{"template_version": 2, "responses": 2}]
    questions = {q["id"]: q for q in summary["questions"]}
    assert (
        questions["devices_needed"]["total"] == 23 and questions["devices_needed"]["mean"] == 11.5
    )
    digital = next(o for o in questions["media_needed"]["options"] if o["id"] == "digital")
    assert digital == {"id": "digital", "label_th": "สื่อดิจิทัล (ออนไลน์)", "count": 2}
    assert "english_media" not in questions  # only in version 1, which no latest revision answers
    assert summary["needs"][0]["responses"] == 2


async def test_the_export_reads_each_row_with_the_version_it_answered(year: Year) -> None:
    campaign = await doc(year, f"campaign:{year.ids['campaign']}")
    template = await doc(year, f"template:{year.ids['template']}")
    responses = await year.views.find("needs_records", {"record": "response"})
    text = responses_csv(campaign, template, responses)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    header, by_school = rows[0], {r[0]: r for r in rows[1:]}
    assert set(by_school) == {A, B, C}
    media = header.index(next(h for h in header if h.startswith("media_needed")))
    assert by_school[B][media] == "สื่อดิจิทัล (ออนไลน์)"
    assert by_school[C][3] == "ยังไม่ตอบ" and by_school[A][5] == "2"


async def test_productions_and_service_requests_are_listed_with_their_state(year: Year) -> None:
    evaluated, plain = year.ids["productions"]
    first = await doc(year, f"production:{evaluated}")
    assert first["quality_level"] == "excellent" and len(first["evidence"]) == 1
    assert "quality_level" not in await doc(year, f"production:{plain}")
    fulfilled, declined, waiting = year.ids["requests"]
    assert (await doc(year, f"request:{fulfilled}"))["rating"] == 4
    assert [h["status"] for h in (await doc(year, f"request:{fulfilled}"))["history"]] == [
        "requested",
        "accepted",
        "fulfilled",
    ]
    assert (await doc(year, f"request:{declined}"))["decline_reason"] == "วิทยากรไม่ว่าง"
    assert (await doc(year, f"request:{waiting}"))["status"] == "requested"
    [improvement] = await year.views.find(
        "needs_records", {"record": "improvement", "esa": "loei-3"}
    )
    assert improvement["year"] == "2569" and improvement["request_ids"] == [fulfilled]


async def test_a_dispatch_lists_its_schools_and_their_receipts(year: Year) -> None:
    dispatch = await doc(year, f"dispatch:{year.ids['dispatch']}")
    assert set(dispatch["targets"]) == {A, B, C} and list(dispatch["receipts"]) == [A]
    assert dispatch["receipts"][A]["received_on"] == "2026-06-05"
    assert (dispatch["year"], dispatch["semester"], dispatch["channel"]) == ("2569", 1, "in_person")


async def test_a_follow_up_names_the_records_it_concerns_as_they_were(year: Year) -> None:
    followup = await doc(year, f"followup:{year.ids['followup']}")
    assert (followup["school"], followup["quality_level"], followup["mean"]) == (
        A,
        "excellent",
        3.5,
    )
    assert [(u["kind"], u["use"], u["title"]) for u in followup["uses"]] == [
        ("production", "in_use", "ชุดกิจกรรมเศษส่วน"),
        ("service_request", "partly", "ขอรับการอบรม พัฒนาบุคลากร: ขอรับการสนับสนุน"),
        ("model_media", "in_use", "ชุดสื่อต้นแบบคณิตศาสตร์ เศษส่วน"),
    ]
    assert followup["by"] == {"actor": "test:supervisor", "role": "supervisor"}


async def test_the_view_is_the_same_whatever_the_order_of_streams_and_with_repeats(
    year: Year,
) -> None:
    events = await year.events()
    expected = fold(NeedsRecords(), events).docs
    for seed in range(5):
        mixed = interleaved(events, seed)
        repeated = mixed + mixed[: len(mixed) // 2]  # redelivered events change nothing
        assert fold(NeedsRecords(), repeated).docs == expected
