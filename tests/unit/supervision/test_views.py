"""The service's own read models of the later steps, folded from the events a year makes: the
4Q drive with what it carries into the next year, a province's SAR cycle and committee."""

from __future__ import annotations

from typing import Any

import pytest

from kit.readmodel.docs import public
from kit.readmodel.projector import fold
from services.supervision.adapters.projections.drive import DriveView, drive_key
from services.supervision.adapters.projections.provinces import ProvincesView, province_key
from services.supervision.adapters.projections.records import RecordsView
from tests.unit.supervision.steps_year import steps_events


@pytest.fixture(scope="module")
async def events() -> list[Any]:
    return await steps_events()


def test_the_drive_shows_each_schools_latest_statuses_and_carries_into_the_next_year(
    events: list[Any],
) -> None:
    docs = fold(DriveView(), events)
    year = public(docs[drive_key("loei-3", 2569)])
    assert [r["round"] for r in year["reports"]] == [1, 2]
    assert year["latest"]["1042060102"]["statuses"] == {"student": "needs_help"}
    assert year["carried_forward"]["next_year"] == 2570
    following = public(docs[drive_key("loei-3", 2570)])
    assert following["carried_from"]["year"] == 2569
    assert following["carried_from"]["focus_schools"] == ["1042060102"]


def test_the_province_keeps_the_furthest_step_and_every_decision(events: list[Any]) -> None:
    docs = fold(ProvincesView(), events)
    cycle = public(docs[province_key("sar", "rayong", 2569)])
    assert cycle["step"] == "reported" and cycle["synthesis"]["status"] == "approved"
    assert [d["decision"] for d in cycle["decisions"]] == ["approved"]
    assert [e["esa"] for e in cycle["synthesis"]["esas"]] == ["rayong-1", "rayong-2"]
    committee = public(docs[province_key("committee", "rayong", 2569)])
    assert len(committee["schools"]) == 3 and committee["order_no"] == "1/2570"


def test_a_schools_record_carries_its_baseline_and_honoured_teachers(events: list[Any]) -> None:
    docs = fold(RecordsView(), events)
    assert docs["quality:1042060101:2569"]["baseline"]["scores"]["student"] == 50
    honours = docs["teachers:1021080101:2569"]["honours"]
    assert honours[0]["awarded_by"] == "driving_committee"
    assert docs["partnershipsummary:loei-3:2569"]["partnerships"] == ["p1"]
