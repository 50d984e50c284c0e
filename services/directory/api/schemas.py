"""Request and response bodies of the directory API."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from kit.auth.principal import Role

CODE = r"^[a-z][a-z0-9-]{1,40}$"
SCHOOL_CODE = r"^[0-9]{10}$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginRequest(Strict):
    person: str = Field(
        min_length=1, max_length=100, description="A person id from GET /v1/dev/people"
    )


class LoginResponse(BaseModel):
    token: str
    person: dict[str, Any]


class RegisterSchoolRequest(Strict):
    school: str = Field(pattern=SCHOOL_CODE, description="OBEC 10-digit school code")
    name_th: str = Field(min_length=1, max_length=200)
    name_en: str = Field(default="", max_length=200)
    cluster: str = Field(pattern=CODE)
    district_th: str = Field(default="", max_length=100)
    sandbox_pilot: bool = False
    effective_from: date


class MoveSchoolRequest(Strict):
    to_esa: str = Field(pattern=CODE)
    to_cluster: str = Field(pattern=CODE)
    effective_from: date


class RegisterPersonRequest(Strict):
    person: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]{1,60}$")
    name_th: str = Field(min_length=1, max_length=200)
    name_en: str = Field(default="", max_length=200)
    position_th: str = Field(default="", max_length=200)


class GrantRoleRequest(Strict):
    role: Role
    scope: str = Field(min_length=2, max_length=40, description="school code, ESA, province or th")
    effective_from: date | None = None


class CommandResult(BaseModel):
    model_config = ConfigDict(extra="allow")
    stream: str
    version: int
