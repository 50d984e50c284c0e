"""A school as the curriculum service knows it from the directory's events, and the refusals
about which schools a step may name."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kit.errors import RuleViolation
from services.curriculum.domain.events.parts import SchoolPlace


@dataclass(frozen=True)
class School:
    school: str
    name_th: str
    cluster: str
    esa: str
    province: str
    sandbox_pilot: bool = False

    @classmethod
    def of(cls, doc: Mapping[str, Any]) -> School:
        """From a document of the schools view (school, name_th, cluster, esa, province...)."""
        return cls(
            school=doc["school"],
            name_th=doc.get("name_th", ""),
            cluster=doc.get("cluster", ""),
            esa=doc["esa"],
            province=doc["province"],
            sandbox_pilot=bool(doc.get("sandbox_pilot")),
        )

    def facts(self) -> dict[str, str]:
        """What every event about the school repeats: its code, cluster, ESA and province."""
        return {
            "school": self.school,
            "cluster": self.cluster,
            "esa": self.esa,
            "province": self.province,
        }

    @property
    def place(self) -> SchoolPlace:
        return SchoolPlace(
            school=self.school, school_name=self.name_th, cluster=self.cluster, esa=self.esa
        )


def require_pilot(school: School) -> School:
    if not school.sandbox_pilot:
        raise RuleViolation(
            "ขั้นตอนนี้เป็นของสถานศึกษานำร่องในพื้นที่นวัตกรรมการศึกษาเท่านั้น",
            "This step is for sandbox pilot schools only.",
            code="not_a_sandbox_pilot_school",
            details={"school": school.school},
        )
    return school


def refuse_schools(codes: Iterable[str], th: str, en: str, code: str) -> None:
    """Refuse a list that names schools the step may not name (none: nothing to refuse)."""
    wrong = sorted(codes)
    if wrong:
        raise RuleViolation(f"{th}: {', '.join(wrong)}", en, code=code, details={"schools": wrong})
