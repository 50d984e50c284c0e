"""The events of each domain in a national history: the directory's and the needs surveys'.

The first payloads of every type are validated by the services' own event classes (the rest
are built by the same code), so the shapes are the real ones.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from bench.national.world import MOVES_ON, World
from services.directory.domain import events as directory
from services.needs.domain import events as needs

REGISTERED_ON = date(2021, 5, 16)
CHECKED_PER_TYPE = 2000  # payloads validated by the service's class, per event type
_checked: dict[str, int] = {}


@dataclass(frozen=True)
class Generated:
    time: datetime
    type: str
    stream: str
    tenant: str
    province: str
    data: dict[str, Any]
    role: str = "admin"


def _at(day: date, seconds: int = 0) -> datetime:
    return datetime.combine(day, time(2, 0), UTC) + timedelta(seconds=seconds)


def _event(
    cls: Any, when: datetime, stream: str, tenant: str, province: str, role: str, /, **data: Any
) -> Generated:
    if _checked.get(cls.type, 0) < CHECKED_PER_TYPE:  # the real shape, or fail loudly
        cls.model_validate(data)
        _checked[cls.type] = _checked.get(cls.type, 0) + 1
    return Generated(when, cls.type, stream, tenant, province, data, role)


def directory_history(world: World, rng: random.Random, _: dict[str, Any]) -> Iterator[Generated]:
    day = _at(REGISTERED_ON - timedelta(days=30))
    for p in world.provinces:
        yield _event(
            directory.ProvinceRegistered,
            day,
            f"province-{p}",
            p,
            p,
            "admin",
            province=p,
            name_th=f"จังหวัดที่ {p[1:]}",
            name_en=f"Province {p[1:]}",
        )
    for esa, p in sorted(world.esas.items()):
        n = esa.rsplit("-", 1)[1]
        yield _event(
            directory.EsaRegistered,
            day,
            f"esa-{esa}",
            esa,
            p,
            "admin",
            esa=esa,
            province=p,
            name_th=f"สำนักงานเขตพื้นที่การศึกษาประถมศึกษาจังหวัดที่ {p[1:]} เขต {n}",
            name_en=f"ESA {esa}",
            short_th=f"สพป.{p} เขต {n}",
            level="primary",
        )
    for cluster, esa in sorted(world.clusters.items()):
        yield _event(
            directory.ClusterRegistered,
            day,
            f"cluster-{cluster}",
            esa,
            world.esas[esa],
            "admin",
            cluster=cluster,
            esa=esa,
            province=world.esas[esa],
            name_th=f"กลุ่มโรงเรียน {cluster}",
            name_en=cluster,
        )
    for s in world.schools:
        yield _event(
            directory.SchoolRegistered,
            _at(REGISTERED_ON - timedelta(days=20)),
            f"school-{s.code}",
            s.esa,
            s.province,
            "admin",
            school=s.code,
            name_th=f"โรงเรียน {s.code}",
            name_en=f"School {s.code}",
            esa=s.esa,
            province=s.province,
            cluster=s.cluster,
            effective_from=str(REGISTERED_ON),
        )
    before = {s.code: s for s in world.schools}
    for code, to in sorted(world.moved.items()):
        was = before[code]
        yield _event(
            directory.SchoolMoved,
            _at(MOVES_ON - timedelta(days=10)),
            f"school-{code}",
            was.esa,
            was.province,
            "admin",
            school=code,
            from_esa=was.esa,
            from_cluster=was.cluster,
            to_esa=to.esa,
            to_cluster=to.cluster,
            province=to.province,
            effective_from=str(MOVES_ON),
        )


def needs_history(world: World, rng: random.Random, options: dict[str, Any]) -> Iterator[Generated]:
    per_year, years = options.get("campaigns", 8), options.get("years", 5)
    today = options.get("today", date.today())
    for year in range(2569 - years + 1, 2570):
        start = date(year - 543, 5, 16)
        placed = world.placed(start)
        for k in range(per_year):
            opens = start + timedelta(days=k * (330 // per_year))
            if opens + timedelta(days=31) >= today:
                break  # Kafka refuses records stamped in the future: history ends today
            for esa, schools in placed.items():
                yield from _campaign(rng, esa, world.esas[esa], schools, year, opens, k)


def _campaign(
    rng: random.Random, esa: str, province: str, schools: list[Any], year: int, opens: date, k: int
) -> Iterator[Generated]:
    campaign = f"{esa}-{year}-{k:02d}"
    closes = opens + timedelta(days=30)
    stream = f"campaign-{campaign}"
    targets = [{"school": s.code, "cluster": s.cluster} for s in schools]
    yield _event(
        needs.CampaignOpened,
        _at(opens),
        stream,
        esa,
        province,
        "supervisor",
        campaign_id=campaign,
        esa=esa,
        province=province,
        academic_year=year,
        title=f"สำรวจความต้องการสื่อ นวัตกรรม และเทคโนโลยี ครั้งที่ {k + 1}/{year}",
        opens_on=str(opens),
        closes_on=str(closes),
        target_kind="all",
        target_schools=targets,
        template_id=f"{esa}-standard",
        template_version=1,
    )
    for s in schools:
        if rng.random() >= 0.9:
            continue
        answered = _at(opens, rng.randrange(29 * 86400))
        revisions = 2 if rng.random() < 0.25 else 1
        for revision in range(1, revisions + 1):
            yield _event(
                needs.SurveyResponseSubmitted,
                answered + timedelta(hours=revision - 1),
                f"response-{campaign}-{s.code}",
                esa,
                province,
                "school_director",
                campaign_id=campaign,
                school=s.code,
                cluster=s.cluster,
                esa=esa,
                province=province,
                academic_year=year,
                revision=revision,
                template_id=f"{esa}-standard",
                template_version=1,
                answers={"media": ["สื่อดิจิทัล"], "priority": rng.randint(1, 5)},
                needs=[],
            )
    yield _event(
        needs.CampaignClosed,
        _at(closes, 86399),
        stream,
        esa,
        province,
        "supervisor",
        campaign_id=campaign,
        esa=esa,
        province=province,
        academic_year=year,
        closed_on=str(closes),
    )
