"""Authentication (JWT) and tenancy: who the caller is and which organisations they may see."""

from kit.auth.principal import Grant, Level, Place, Principal, Role, esa_province
from kit.auth.tokens import TokenIssuer, TokenVerifier

__all__ = [
    "Grant",
    "Level",
    "Place",
    "Principal",
    "Role",
    "TokenIssuer",
    "TokenVerifier",
    "esa_province",
]
