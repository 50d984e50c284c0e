"""Which events an endpoint receives: scope (ESA, province, nation) and event types."""

from __future__ import annotations

import pytest

from kit.auth.principal import Level
from services.subscriptions.domain.scope import Scope, scope_of, type_matches, wants
from tests.support.events import event

LOEI_3_RESPONSE = event(
    "response-c-1042060101", 1, "needs.SurveyResponseSubmitted", "loei-3", "loei"
)
LOEI_PROVINCE = event("province-loei", 1, "directory.ProvinceRegistered", "loei", "loei")
RAYONG_2_RESPONSE = event(
    "response-c-1021080101", 1, "needs.SurveyResponseSubmitted", "rayong-2", "rayong"
)
PERSON = event("person-admin", 1, "directory.PersonRegistered", "th", "th")


def test_a_loei_province_subscription_never_takes_a_rayong_event() -> None:
    loei = scope_of("province", "loei")
    assert loei.covers(LOEI_3_RESPONSE) and loei.covers(LOEI_PROVINCE)
    assert not loei.covers(RAYONG_2_RESPONSE) and not loei.covers(PERSON)


def test_an_esa_subscription_takes_only_its_own_esa_events() -> None:
    loei_3 = scope_of("esa", "loei-3")
    assert loei_3.covers(LOEI_3_RESPONSE)
    assert not loei_3.covers(LOEI_PROVINCE)  # the province's own records are above the ESA
    assert not scope_of("esa", "loei-1").covers(LOEI_3_RESPONSE)


def test_the_nation_takes_everything() -> None:
    nation = scope_of("nation", "th")
    assert all(nation.covers(e) for e in (LOEI_3_RESPONSE, RAYONG_2_RESPONSE, PERSON))


def test_a_scope_knows_its_province() -> None:
    assert scope_of("esa", "rayong-2").province == "rayong"
    assert scope_of("province", "loei").province == "loei"
    assert Scope(Level.NATION, "th").province == "th"


@pytest.mark.parametrize(
    ("level", "scope_id"),
    [("school", "1042060101"), ("nation", "loei"), ("esa", "loei"), ("province", "loei-3")],
)
def test_scopes_of_the_wrong_shape_are_refused(level: str, scope_id: str) -> None:
    with pytest.raises(ValueError):
        scope_of(level, scope_id)


def test_types_are_exact_a_service_wildcard_or_everything() -> None:
    t = "needs.SurveyResponseSubmitted"
    assert type_matches([t], t) and type_matches(["needs.*"], t) and type_matches(["*"], t)
    assert not type_matches(["needs.CampaignOpened", "directory.*"], t)
    assert not type_matches(["need.*"], t)


def test_an_endpoint_wants_an_event_only_in_scope_and_of_its_types() -> None:
    loei = scope_of("province", "loei")
    assert wants(loei, ["needs.*"], LOEI_3_RESPONSE)
    assert not wants(loei, ["directory.*"], LOEI_3_RESPONSE)
    assert not wants(loei, ["needs.*"], RAYONG_2_RESPONSE)
