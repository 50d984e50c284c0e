"""Every directory route: the organisation (public reference data), people and grants
(admins within their scope), administration, who the caller is and the development login."""

from __future__ import annotations

from fastapi import APIRouter

from services.directory.api import administration, login, organisation, people, schools

router = APIRouter()
for part in (organisation, administration, schools, people, login):
    router.include_router(part.router)
