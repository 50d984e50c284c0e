"""The schools a command names, placed by the directory: in the ESA (or province) of the path,
or refused. A school named in a body that is not there is 422 `school_not_in_esa`; a school
named in a path that is not there is unknown: 404."""

from __future__ import annotations

from kit.errors import NotFound, RuleViolation
from services.supervision.application.ports import Directory, SchoolPlace


async def school_in_esa(directory: Directory, esa: str, code: str) -> SchoolPlace:
    found = await directory.school(code)
    if found is None or found.esa != esa:
        raise RuleViolation(
            "โรงเรียนนี้ไม่อยู่ในเขตพื้นที่การศึกษานี้",
            "This school is not in this ESA.",
            code="school_not_in_esa",
            details={"school": code},
        )
    return found


async def school_at(directory: Directory, esa: str, code: str) -> SchoolPlace:
    """The school a path names, in the path's ESA; else it is not found."""
    found = await directory.school(code)
    if found is None or found.esa != esa:
        raise NotFound("ไม่พบโรงเรียนนี้ในเขตพื้นที่การศึกษา", "No such school in this ESA.")
    return found


async def schools_in_esa(directory: Directory, esa: str, codes: list[str]) -> list[SchoolPlace]:
    known = {s.school: s for s in await directory.schools_of_esa(esa)}
    return _placed(known, codes, "school_not_in_esa", "เขตพื้นที่", "ESA")


async def schools_in_province(
    directory: Directory, province: str, codes: list[str]
) -> list[SchoolPlace]:
    known = {s.school: s for s in await directory.schools_of_province(province)}
    return _placed(known, codes, "school_not_in_province", "จังหวัด", "province")


def _placed(
    known: dict[str, SchoolPlace], codes: list[str], code: str, where_th: str, where: str
) -> list[SchoolPlace]:
    unknown = sorted(set(codes) - set(known))
    if unknown:
        raise RuleViolation(
            f"มีรหัสโรงเรียนที่ไม่อยู่ใน{where_th}นี้",
            f"Some schools are not in this {where}.",
            code=code,
            details={"schools": unknown},
        )
    return [known[s] for s in dict.fromkeys(codes)]


async def schools_of_cluster(directory: Directory, esa: str, cluster: str) -> list[SchoolPlace]:
    found = await directory.schools_of_esa(esa, cluster)
    if not found:
        raise RuleViolation(
            "ไม่พบกลุ่มโรงเรียนนี้ในเขตพื้นที่", "No such cluster in this ESA.", code="unknown_cluster"
        )
    return sorted(found, key=lambda s: s.school)
