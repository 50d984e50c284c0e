"""Campaigns: opening rules, adopting a newer template version, reminders, closing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kit.errors import InvalidInput, NotFound, RuleViolation
from services.needs.domain import campaigns, reminders
from services.needs.domain import events as ev
from services.needs.domain.commands.surveys import AdoptTemplateVersion
from tests.unit.needs.builders import SCHOOL, TODAY, choice, opened, published, template


def adopt(version: int) -> AdoptTemplateVersion:
    return AdoptTemplateVersion(template_version=version)


def test_a_campaign_opens_on_a_published_template_version() -> None:
    assert campaigns.open_campaign([], opened(), template(), TODAY) == [opened()]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"opens_on": date(2026, 7, 1)}, "dates_reversed"),
        ({"closes_on": TODAY - timedelta(days=1)}, "closes_in_the_past"),
        ({"closes_on": date(2027, 6, 30)}, "too_long"),
        ({"academic_year": 2571}, "academic_year_mismatch"),
        ({"template_version": 2}, "template_version_unknown"),
    ],
)
def test_a_campaign_with_impossible_settings_is_refused(
    change: dict[str, object], code: str
) -> None:
    with pytest.raises(InvalidInput) as exc:
        campaigns.open_campaign([], opened(**change), template(), TODAY)
    assert exc.value.code == code


def test_a_march_survey_may_be_for_the_next_academic_year() -> None:
    march = opened(opens_on=date(2026, 3, 1), closes_on=date(2026, 3, 31), academic_year=2569)
    assert campaigns.open_campaign([], march, template(), date(2026, 3, 1))


def test_a_campaign_needs_target_schools_and_opens_once() -> None:
    with pytest.raises(RuleViolation) as exc:
        campaigns.open_campaign([], opened(target_schools=[]), template(), TODAY)
    assert exc.value.code == "no_target_schools"
    with pytest.raises(RuleViolation) as exc:
        campaigns.open_campaign([opened()], opened(), template(), TODAY)
    assert exc.value.code == "campaign_exists"


def test_an_open_campaign_adopts_a_newer_version_of_its_template() -> None:
    two = template(published(1), published(2, questions=[choice()]))
    events = campaigns.adopt_template_version([opened()], two, adopt(2), TODAY)
    assert events == [
        ev.CampaignTemplateVersionAdopted(
            campaign_id="c1",
            esa="loei-3",
            province="loei",
            academic_year=2569,
            template_id="t1",
            from_version=1,
            to_version=2,
        )
    ]
    assert campaigns.campaign_from([opened(), *events]).template_version == 2


def test_a_campaign_does_not_move_back_to_an_older_or_the_same_version() -> None:
    two = template(published(1), published(2, questions=[choice()]))
    with pytest.raises(RuleViolation) as exc:
        campaigns.adopt_template_version([opened(template_version=2)], two, adopt(1), TODAY)
    assert exc.value.code == "template_version_not_newer"


def test_a_closed_campaign_changes_version_no_more() -> None:
    two = template(published(1), published(2, questions=[choice()]))
    closed = campaigns.close_campaign([opened()], TODAY)
    with pytest.raises(RuleViolation) as exc:
        campaigns.adopt_template_version([opened(), *closed], two, adopt(2), TODAY)
    assert exc.value.code == "campaign_closed"


def missing(*schools: str) -> list[ev.RemindedSchool]:
    return [
        ev.RemindedSchool(school=s, cluster="loei-3-nahaeo", status="not_answered") for s in schools
    ]


def test_a_reminder_names_the_schools_that_have_not_answered_and_counts_reminders() -> None:
    first = reminders.send_reminder([opened()], missing(SCHOOL), TODAY)
    assert first[0].reminder == 1 and [s.school for s in first[0].schools] == [SCHOOL]  # type: ignore[attr-defined]
    second = reminders.send_reminder([opened(), *first], missing(SCHOOL), TODAY)
    assert second[0].reminder == 2  # type: ignore[attr-defined]


def test_nobody_is_reminded_when_everyone_answered_or_the_campaign_is_over() -> None:
    with pytest.raises(RuleViolation) as exc:
        reminders.send_reminder([opened()], [], TODAY)
    assert exc.value.code == "nothing_to_remind"
    with pytest.raises(RuleViolation) as exc:
        reminders.send_reminder([opened()], missing(SCHOOL), date(2026, 7, 1))
    assert exc.value.code == "campaign_closed"


def test_closing_twice_changes_nothing_the_second_time() -> None:
    closed = campaigns.close_campaign([opened()], TODAY)
    assert closed[0].closed_on == TODAY  # type: ignore[attr-defined]
    assert campaigns.close_campaign([opened(), *closed], TODAY) == []


def test_an_unknown_campaign_is_not_found() -> None:
    with pytest.raises(NotFound):
        campaigns.close_campaign([], TODAY)
