"""Who may read the needs reports of a level: ESA staff (not schools) an ESA's, provincial
roles their province's, national roles the nation's. Outside every grant: not found."""

from __future__ import annotations

from kit.auth.principal import SCHOOL_ROLES, Principal, Role
from kit.errors import Forbidden

READERS = set(Role) - SCHOOL_ROLES


def check(principal: Principal, level: str, code: str) -> None:
    if level == "esa":
        principal.require_esa(code, READERS)
    elif level == "province":
        principal.require_province(code)
        if not principal.sees_province(code):
            raise Forbidden("ต้องมีสิทธิ์ระดับจังหวัด", "A provincial role is required.")
    elif not principal.sees_nation():
        raise Forbidden("ต้องมีสิทธิ์ระดับประเทศ", "A national role is required.")
