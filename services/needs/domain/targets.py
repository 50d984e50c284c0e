"""Which schools a campaign asks, or a dispatch of model media goes to, from the ESA's schools.

The schools are those the service knows from the directory (its `needs_schools` view): a
school registered a moment ago may not be known yet, and the choice is recorded in the event,
so what was decided stays readable.
"""

from __future__ import annotations

from kit.errors import RuleViolation
from services.needs.domain.commands.common import Target, TargetKind
from services.needs.domain.events import TargetSchool


def chosen_schools(target: Target, known: list[TargetSchool]) -> list[TargetSchool]:
    """The schools `target` names among `known` (the ESA's, or the cluster's), in code order."""
    by_code = {s.school: s for s in known}
    if target.kind is TargetKind.CLUSTER and not by_code:
        raise RuleViolation(
            "ไม่พบกลุ่มโรงเรียนนี้ในเขตพื้นที่",
            "No such school cluster in this ESA.",
            code="unknown_cluster",
            details={"field": "target.cluster", "cluster": target.cluster},
        )
    if target.kind is TargetKind.LIST:
        unknown = sorted(set(target.schools) - set(by_code))
        if unknown:
            raise RuleViolation(
                "มีรหัสโรงเรียนที่ไม่อยู่ในเขตพื้นที่นี้",
                "Some schools are not in this ESA.",
                code="unknown_schools",
                details={"field": "target.schools", "schools": unknown},
            )
        by_code = {s: by_code[s] for s in target.schools}
    if not by_code:
        raise RuleViolation(
            "ไม่มีโรงเรียนเป้าหมาย",
            "No target schools.",
            code="no_target_schools",
            details={"field": "target"},
        )
    return [school for _, school in sorted(by_code.items())]
