"""Directory commands: each is the request body of its route and what its handler decides on.

Every field carries its Thai title (the label a refused field is named by). Codes: a
province is a lower-case ASCII slug (`loei`, `nakhonratchasima`); an ESA code is its
province's code, a dash and a short suffix (`loei-3`); a cluster code is a slug unique in
the country (`loei-3-nahaeo`); a school code is OBEC's ten digits (`1042060101`).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from kit.auth.principal import Level, Role

PROVINCE_CODE = r"^[a-z]{2,30}$"
ESA_CODE = r"^[a-z]{2,30}-[a-z0-9]{1,20}$"
CLUSTER_CODE = r"^[a-z][a-z0-9-]{1,60}$"
SCHOOL_CODE = r"^[0-9]{10}$"
PERSON_ID = r"^[a-z0-9][a-z0-9._-]{1,60}$"

NameTh = Annotated[str, Field(min_length=1, max_length=200, title="ชื่อภาษาไทย")]
NameEn = Annotated[str, Field(max_length=200, title="ชื่อภาษาอังกฤษ")]
Day = Annotated[date, Field(ge=date(2000, 1, 1), le=date(2100, 12, 31))]
From = Annotated[
    Day | None,
    Field(title="มีผลตั้งแต่วันที่", description="The day the change takes effect (default today)"),
]
Reason = Annotated[str, Field(max_length=500, title="เหตุผล")]


class Command(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CreateProvince(Command):
    province: str = Field(pattern=PROVINCE_CODE, title="รหัสจังหวัด", examples=["loei"])
    name_th: NameTh
    name_en: NameEn = ""
    iso_code: str = Field(default="", pattern=r"^(TH-[0-9]{2})?$", title="รหัส ISO 3166-2")


class Rename(Command):
    name_th: NameTh
    name_en: NameEn = ""
    effective_from: From = None


class RenameEsa(Rename):
    short_th: str = Field(default="", max_length=100, title="ชื่อย่อ (เช่น สพป.เลย เขต 3)")


class CreateEsa(Command):
    esa: str = Field(pattern=ESA_CODE, title="รหัสเขตพื้นที่", examples=["loei-3"])
    name_th: NameTh
    name_en: NameEn = ""
    short_th: str = Field(min_length=1, max_length=100, title="ชื่อย่อ (เช่น สพป.เลย เขต 3)")
    level: Literal["primary", "secondary"] = Field(
        default="primary", title="ระดับ (ประถมศึกษา/มัธยมศึกษา)"
    )


class CreateCluster(Command):
    cluster: str = Field(pattern=CLUSTER_CODE, title="รหัสกลุ่มโรงเรียน", examples=["loei-3-nahaeo"])
    name_th: NameTh
    name_en: NameEn = ""
    effective_from: From = None


class MoveCluster(Command):
    to_esa: str = Field(pattern=ESA_CODE, title="ย้ายไปเขตพื้นที่")
    effective_from: From = None


class Close(Command):
    reason: Reason = ""
    effective_from: From = None


class CloseCluster(Close):
    pass


class CloseSchool(Close):
    pass


class RegisterSchool(Command):
    school: str = Field(pattern=SCHOOL_CODE, title="รหัสโรงเรียน (10 หลัก)")
    name_th: NameTh
    name_en: NameEn = ""
    cluster: str = Field(pattern=CLUSTER_CODE, title="กลุ่มโรงเรียน")
    district_th: str = Field(default="", max_length=100, title="อำเภอ")
    sandbox_pilot: bool = Field(default=False, title="สถานศึกษานำร่องพื้นที่นวัตกรรม")
    effective_from: From = None


class MoveSchool(Command):
    to_cluster: str = Field(pattern=CLUSTER_CODE, title="ย้ายไปกลุ่มโรงเรียน")
    to_esa: str | None = Field(
        default=None, pattern=ESA_CODE, title="ย้ายไปเขตพื้นที่", description="The cluster's ESA"
    )
    effective_from: From = None


class SetSandboxPilot(Command):
    sandbox_pilot: bool = Field(title="สถานศึกษานำร่องพื้นที่นวัตกรรม")
    effective_from: From = None


class RegisterPerson(Command):
    person: str = Field(pattern=PERSON_ID, title="รหัสผู้ใช้")
    name_th: NameTh
    name_en: NameEn = ""
    position_th: str = Field(default="", max_length=200, title="ตำแหน่ง")
    esa: str | None = Field(
        default=None, pattern=ESA_CODE, title="เขตพื้นที่ต้นสังกัด", description="Home ESA"
    )


class GrantRole(Command):
    role: Role = Field(title="บทบาท")
    level: Level | None = Field(
        default=None, title="ระดับ", description="Default: from the scope's shape and the role"
    )
    scope: str = Field(
        min_length=2,
        max_length=61,
        pattern=r"^[a-z0-9-]+$",
        title="หน่วยงาน",
        description="School code, cluster code, ESA code, province code or th",
    )
    effective_from: From = None


class RevokeRole(Command):
    role: Role = Field(title="บทบาท")
    level: Level = Field(title="ระดับ")
    scope: str = Field(min_length=2, max_length=61, pattern=r"^[a-z0-9-]+$", title="หน่วยงาน")
    effective_from: From = None
