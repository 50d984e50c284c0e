"""The directory's answers: units of the organisation, people and their grants.

Commands answer the unit or person as they left it (the same models), with the stream's
version in `ETag`; reads of one unit put its version in `ETag` too, to send back as
`If-Match`.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kit.auth.principal import Level, Role

Status = Literal["open", "closed"]


class Answer(BaseModel):
    model_config = ConfigDict(populate_by_name=True)


class Province(Answer):
    province: str = Field(description="Nithet's province code, e.g. loei")
    name_th: str
    name_en: str = ""
    iso_code: str = Field(default="", description="ISO 3166-2, e.g. TH-42")


class ReferenceProvince(Province):
    registered: bool = Field(description="Registered in the directory (has or may have ESAs)")


class Esa(Answer):
    esa: str
    province: str
    name_th: str
    name_en: str = ""
    short_th: str = ""
    level: str = Field(default="primary", description="primary (สพป.) or secondary (สพม.)")


class ClusterPlacement(Answer):
    esa: str
    since: date | None = Field(default=None, alias="from", description="None: from the start")


class Cluster(Answer):
    cluster: str
    esa: str
    province: str
    name_th: str
    name_en: str = ""
    status: Status = "open"
    closed_on: date | None = None
    placements: list[ClusterPlacement] = Field(default_factory=list)


class EsaWithClusters(Esa):
    clusters: list[Cluster]


class SchoolPlacement(Answer):
    esa: str
    cluster: str
    since: date = Field(alias="from")


class School(Answer):
    school: str = Field(description="OBEC school code")
    name_th: str
    name_en: str = ""
    esa: str
    province: str
    cluster: str
    district_th: str = ""
    sandbox_pilot: bool = False
    status: Status = "open"
    closed_on: date | None = None
    placements: list[SchoolPlacement] = Field(default_factory=list)


class GrantHeld(Answer):
    role: Role
    level: Level
    scope: str
    esa: str = ""
    province: str = ""
    since: date | None = None


class Person(Answer):
    person: str
    name_th: str
    name_en: str = ""
    position_th: str = ""
    esa: str = Field(default="", description="Home ESA (who registered the person)")
    grants: list[GrantHeld] = Field(default_factory=list)


class Holder(Answer):
    person: str
    name_th: str = ""
    name_en: str = ""
    role: Role
    since: date | None = None


class UnitGrants(Answer):
    level: Level
    scope: str
    holders: list[Holder]


class Me(Answer):
    subject: str
    name: str
    grants: list[dict[str, str]]


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    person: str = Field(
        min_length=1,
        max_length=100,
        title="ผู้ใช้",
        description="A person id from GET /v1/dev/people",
    )


class LoginResponse(Answer):
    token: str
    person: Person
