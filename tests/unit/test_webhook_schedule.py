"""The retry schedule and what each answer means."""

from __future__ import annotations

from services.subscriptions.domain.schedule import (
    DELIVERED,
    FAILED,
    GONE,
    RetrySchedule,
    outcome_of,
)
from services.subscriptions.settings import STANDARD_SCHEDULE, WebhookSettings


def test_the_default_schedule_spans_about_three_days_over_ten_attempts() -> None:
    schedule = RetrySchedule(WebhookSettings().retry_schedule_s)
    assert schedule.attempts == 10
    assert schedule.waits_s == STANDARD_SCHEDULE
    assert 72 * 3600 < sum(schedule.waits_s) < 78 * 3600


def test_each_failed_attempt_waits_the_next_step_and_the_last_has_none() -> None:
    schedule = RetrySchedule((5.0, 300.0, 1800.0))
    assert [schedule.wait_after(n) for n in (1, 2, 3)] == [5.0, 300.0, 1800.0]
    assert schedule.wait_after(4) is None


def test_jitter_stays_within_its_fraction() -> None:
    schedule = RetrySchedule((100.0,), jitter=0.1)
    assert schedule.wait_after(1, chance=0.0) == 90.0
    assert schedule.wait_after(1, chance=0.5) == 100.0
    assert 109.9 < (schedule.wait_after(1, chance=0.999) or 0) <= 110.0


def test_a_longer_retry_after_is_honoured_up_to_a_day() -> None:
    schedule = RetrySchedule((5.0, 300.0))
    assert schedule.wait_after(1, retry_after_s=120) == 120
    assert schedule.wait_after(1, retry_after_s=1) == 5.0
    assert schedule.wait_after(2, retry_after_s=10**9) == 86400.0


def test_only_2xx_is_delivered_410_is_gone_and_everything_else_fails() -> None:
    assert [outcome_of(s) for s in (200, 204, 299)] == [DELIVERED] * 3
    assert outcome_of(410) == GONE
    assert [outcome_of(s) for s in (None, 301, 302, 400, 404, 429, 500, 503)] == [FAILED] * 8


def test_the_schedule_setting_reads_a_json_list_from_the_environment(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NITHET_WEBHOOK_RETRY_SCHEDULE_S", "[0.2, 0.5]")
    assert WebhookSettings().retry_schedule_s == (0.2, 0.5)
