"""A year-end part for a domain section registered in sections.py that has no part of its own
yet: its scalar figures and its tables of flat rows, labelled by the section's `labels_th`.
(Needs, supervision and curriculum have parts of their own: yearend_needs and the others.)"""

from __future__ import annotations

import re
from typing import Any

from services.reporting.application.sections import Section
from services.reporting.application.yearend import Figure, Kind, Part, Table, columns, day_th
from services.reporting.application.yearend_scope import Scope

META = {"domain", "title_th", "title_en", "labels_th", "sheet_th", "level", "code", "year"}
META |= {"semester"}
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _kind(key: str, value: Any) -> Kind:
    if key == "rate" or key.endswith("_rate"):
        return "percent"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "text"
    return "int" if isinstance(value, int) else "decimal"


def _value(value: Any) -> Any:
    if isinstance(value, bool):
        return "ใช่" if value else "ไม่ใช่"
    if isinstance(value, str) and ISO_DAY.match(value):
        return day_th(value)
    return value


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _table(title: str, rows: list[dict[str, Any]], labels: dict[str, str]) -> Table:
    keys: list[str] = []
    for row in rows:
        keys += [k for k, v in row.items() if _scalar(v) and k not in keys]
    kinds = [_kind(k, next((r[k] for r in rows if r.get(k) is not None), None)) for k in keys]
    return Table(
        title,
        columns(*((labels.get(k, k), kind) for k, kind in zip(keys, kinds, strict=True))),
        [[_value(row.get(k)) for k in keys] for row in rows],
    )


async def generic_part(scope: Scope, key: str, section: Section) -> Part:
    s = scope
    data = await section(s.store, s.level, s.code, s.year, s.semester)
    labels: dict[str, str] = data.get("labels_th", {})
    figures = [
        Figure(labels.get(k, k), _value(v), _kind(k, v))
        for k, v in data.items()
        if k not in META and _scalar(v)
    ]
    tables = [
        _table(labels.get(k, k), v, labels)
        for k, v in data.items()
        if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)
    ]
    title = str(data.get("title_th") or key)
    return Part(key, title, str(data.get("sheet_th") or title), figures, tables)
