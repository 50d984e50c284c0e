"""Event histories for reporting tests: the organisation and needs campaigns as CloudEvents."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from kit.events import CloudEvent
from kit.ids import new_id

T0 = datetime(2026, 6, 1, 3, 0, tzinfo=UTC)


@dataclass
class History:
    """Events in the order they were published, with a clock that moves a minute per event."""

    events: list[CloudEvent] = field(default_factory=list)
    clock: datetime = T0
    versions: dict[str, int] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=itertools.count)

    def add(
        self, type_: str, stream: str, tenant: str, province: str, /, **data: Any
    ) -> CloudEvent:
        self.versions[stream] = self.versions.get(stream, 0) + 1
        self.clock += timedelta(minutes=1)
        event = CloudEvent(
            id=new_id(),
            source=f"/nithet/{type_.split('.')[0]}",
            type=type_,
            time=self.clock,
            subject=stream,
            data=data,
            tenantid=tenant,
            provinceid=province,
            streamversion=self.versions[stream],
            correlationid="c",
            causationid="c",
            actorid="tester",
            actorrole="admin",
        )
        self.events.append(event)
        return event

    def province(self, code: str, name_th: str) -> None:
        self.add(
            "directory.ProvinceRegistered",
            f"province-{code}",
            code,
            code,
            province=code,
            name_th=name_th,
            name_en=code.title(),
        )

    def esa(self, code: str, province: str) -> None:
        self.add(
            "directory.EsaRegistered",
            f"esa-{code}",
            code,
            province,
            esa=code,
            province=province,
            name_th=f"สพป.{code}",
            name_en=code,
            short_th=f"สพป.{code}",
            level="primary",
        )

    def cluster(self, code: str, esa: str, province: str) -> None:
        self.add(
            "directory.ClusterRegistered",
            f"cluster-{code}",
            esa,
            province,
            cluster=code,
            esa=esa,
            province=province,
            name_th=f"กลุ่ม {code}",
            name_en=code,
        )

    def school(
        self, code: str, esa: str, cluster: str, province: str, since: date = date(2026, 5, 16)
    ) -> None:
        self.add(
            "directory.SchoolRegistered",
            f"school-{code}",
            esa,
            province,
            school=code,
            name_th=f"โรงเรียน {code}",
            name_en=code,
            esa=esa,
            province=province,
            cluster=cluster,
            district_th="",
            sandbox_pilot=False,
            effective_from=since.isoformat(),
        )

    def move(
        self,
        code: str,
        home: str,
        from_: tuple[str, str],
        to: tuple[str, str],
        province: str,
        since: date,
    ) -> None:
        self.add(
            "directory.SchoolMoved",
            f"school-{code}",
            home,
            province,
            school=code,
            from_esa=from_[0],
            from_cluster=from_[1],
            to_esa=to[0],
            to_cluster=to[1],
            province=province,
            effective_from=since.isoformat(),
        )

    def campaign(
        self,
        esa: str,
        province: str,
        targets: dict[str, str],
        year: int = 2569,
        closes_on: date = date(2026, 9, 30),
    ) -> str:
        campaign = new_id()
        self.add(
            "needs.CampaignOpened",
            f"campaign-{campaign}",
            esa,
            province,
            campaign_id=campaign,
            esa=esa,
            province=province,
            academic_year=year,
            title=f"สำรวจความต้องการสื่อ {next(self._ids)}",
            opens_on=(closes_on - timedelta(days=30)).isoformat(),
            closes_on=closes_on.isoformat(),
            target_kind="list",
            target_schools=[{"school": s, "cluster": c} for s, c in sorted(targets.items())],
        )
        return campaign

    def respond(
        self,
        campaign: str,
        esa: str,
        province: str,
        school: str,
        cluster: str,
        year: int = 2569,
        revision: int = 1,
    ) -> None:
        self.add(
            "needs.SurveyResponseSubmitted",
            f"response-{campaign}-{school}",
            esa,
            province,
            campaign_id=campaign,
            school=school,
            cluster=cluster,
            esa=esa,
            province=province,
            academic_year=year,
            revision=revision,
            answers={"media": ["สื่อดิจิทัล"]},
        )

    def close(self, campaign: str, esa: str, province: str, year: int = 2569) -> None:
        self.add(
            "needs.CampaignClosed",
            f"campaign-{campaign}",
            esa,
            province,
            campaign_id=campaign,
            esa=esa,
            province=province,
            academic_year=year,
            closed_on=self.clock.date().isoformat(),
        )
