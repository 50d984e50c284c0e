"""Steps for forms: the message shown at a field, picking a B.E. date, and records made through
the services' APIs (in-process) so that a test starts where its form is."""

from __future__ import annotations

from datetime import date
from typing import Any

from playwright.async_api import Locator

from tests.browser.stack import WebStack
from tests.support.harness import auth, eventually

MONTHS_TH = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]


def error_at(form: Locator, field: str) -> Locator:
    """The message shown under a field (its wrapper carries data-field)."""
    return form.locator(f'[data-field="{field}"] .field-error')


def field(form: Locator, name: str) -> Locator:
    return form.locator(f'[data-field="{name}"]')


async def pick_date(picker: Locator, day: date) -> None:
    """Set a B.E. date picker (day, Thai month, B.E. year selects) to `day`."""
    selects = picker.locator("select")
    await selects.nth(2).select_option(str(day.year + 543))
    await selects.nth(1).select_option(label=MONTHS_TH[day.month - 1])
    await selects.nth(0).select_option(str(day.day))


async def call(
    stack: WebStack, service: str, method: str, path: str, role: str, scope: str, body: Any = None
) -> Any:
    """A service's API called as a development token of ROLE over SCOPE; the JSON answer."""
    client = stack.clients[service]
    r = await client.request(method, path, json=body, headers=auth(stack.settings, role, scope))
    assert r.status_code < 300, (r.status_code, r.text)
    return r.json()


async def open_campaign(
    stack: WebStack, title: str, esa: str = "loei-3", cluster: str = "loei-3-nahaeo"
) -> str:
    """The standard survey published (once) and a campaign of it opened for a cluster (every
    school of the ESA when `cluster` is empty)."""
    sup = ("supervisor", esa)
    templates = await call(stack, "needs", "GET", f"/v1/esas/{esa}/survey-templates", *sup)
    if templates:
        template = templates[0]["template_id"]
    else:
        form = await call(stack, "needs", "GET", "/v1/needs/standard-survey", *sup)
        made = await call(
            stack,
            "needs",
            "POST",
            f"/v1/esas/{esa}/survey-templates",
            *sup,
            {"title_th": form["title_th"], "questions": form["questions"]},
        )
        template = made["template_id"]
    today = date.today()
    opened = await call(
        stack,
        "needs",
        "POST",
        f"/v1/esas/{esa}/campaigns",
        *sup,
        {
            "title": title,
            "academic_year": _academic_year(today),
            "opens_on": today.isoformat(),
            "closes_on": date.fromordinal(today.toordinal() + 30).isoformat(),
            "template_id": template,
            "target": {"kind": "cluster", "cluster": cluster} if cluster else {"kind": "all"},
        },
    )
    campaign = opened["campaign_id"]
    await eventually(lambda: _visible(stack, esa, campaign), bool, 30)
    return str(campaign)


async def _visible(stack: WebStack, esa: str, campaign: str) -> bool:
    r = await stack.clients["needs"].get(
        f"/v1/esas/{esa}/campaigns/{campaign}", headers=auth(stack.settings, "supervisor", esa)
    )
    return r.status_code == 200


def _academic_year(day: date) -> int:
    starts = (day.month, day.day) >= (5, 16)
    return (day.year if starts else day.year - 1) + 543
