"""The year-end report of an ESA, a province or the nation, assembled from its parts.

One part per process of the manual's form 9 (yearend_needs, yearend_media, yearend_records,
yearend_supervision, yearend_quality, yearend_curriculum), then a part for any other domain
registered in sections.py, then, for a province, one part per ESA with that office's figures
in every process (for the nation, one per province). All parts read through one SharedReads,
so the offices below are answered from the reads made for the whole.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from functools import partial

from kit.errors import NotFound
from services.reporting.application.querying import SharedReads, Store
from services.reporting.application.sections import SECTIONS
from services.reporting.application.yearend import NO_DATA_TH, Part, Table, YearEndReport, columns
from services.reporting.application.yearend_curriculum import assessment_part, curriculum_part
from services.reporting.application.yearend_generic import generic_part
from services.reporting.application.yearend_labels import SIGNATORY_TH
from services.reporting.application.yearend_media import production_part, service_part
from services.reporting.application.yearend_needs import needs_part
from services.reporting.application.yearend_quality import quality_part, sar_part
from services.reporting.application.yearend_records import (
    dissemination_part,
    partnership_part,
    training_part,
)
from services.reporting.application.yearend_scope import Scope, load_names
from services.reporting.application.yearend_supervision import supervision_part

Builder = Callable[[Scope], Awaitable[Part]]
PARTS: list[Builder] = [
    needs_part,
    production_part,
    training_part,
    service_part,
    supervision_part,
    quality_part,
    sar_part,
    partnership_part,
    dissemination_part,
    curriculum_part,
    assessment_part,
]
COVERED = {"needs", "supervision", "curriculum"}  # registered sections the parts above report


def builders() -> list[Builder]:
    generic = [
        partial(generic_part, key=k, section=s) for k, s in SECTIONS.items() if k not in COVERED
    ]
    return [*PARTS, *generic]


async def year_end_report(
    store: Store,
    level: str,
    code: str,
    year: int,
    semester: int | None,
    issued: datetime,
    as_of: datetime | None = None,
) -> YearEndReport:
    """The report as the office would sign it; overdue figures are measured at `as_of` (the
    moment the data is seen from) or else at `issued`."""
    shared = SharedReads(store) if level == "nation" else SharedReads(store, ("cluster", "school"))
    names = await load_names(shared, level, code)
    known = {"esa": names.esas, "province": names.provinces}.get(level)
    if known is not None and code not in known:
        raise NotFound("ไม่พบหน่วยงานนี้", "No such office.")
    scope = Scope(shared, level, code, year, semester, as_of or issued, names)
    made = builders()
    parts = [await build(scope) for build in made]
    offices = [await office_part(scope.child(c), made) for c in scope.children()]
    return YearEndReport(
        office=scope.office(),
        level=level,
        code=code,
        year=year,
        semester=semester,
        issued=issued,
        as_of=as_of,
        signatory=SIGNATORY_TH[level],
        parts=parts,
        offices=offices,
    )


async def office_part(scope: Scope, made: list[Builder]) -> Part:
    """One office below the report's: its headline figures in every process."""
    parts = [await build(scope) for build in made]
    name = scope.names.esa(scope.code) if scope.level == "esa" else scope.office()
    return Part(
        f"office-{scope.code}",
        f"ผลการดำเนินงานของ{scope.office()}",
        name,
        tables=[figures_table(p) for p in parts],
    )


def figures_table(part: Part) -> Table:
    """A part's headline figures as a table of its own (summaries, parts per office)."""
    return Table(
        part.title,
        columns(("ตัวชี้วัด", "text"), ("ผล", "measure")),
        [[f.label, f.measure] for f in part.figures],
        part.notes[0] if part.notes else NO_DATA_TH,
    )
