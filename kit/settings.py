"""Configuration from the environment (prefix NITHET_), read when an app is built, never at import.

See docs/CONFIGURATION.md for the table of variables.
"""

from __future__ import annotations

from typing import Literal

from pydantic import model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEVELOPMENT_SECRET = "nithet-development-secret-not-for-production"

SERVICE_PORTS = {
    "web": 8000,
    "needs": 8001,
    "supervision": 8002,
    "curriculum": 8003,
    "reporting": 8004,
    "subscriptions": 8005,
    "directory": 8006,
}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NITHET_", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    kafka_bootstrap: str = "127.0.0.1:9092"
    kafka_partitions: int = 4
    kafka_replication_factor: int = 1  # 3 on a cluster of three brokers (docs/DEPLOYMENT.md)
    mongo_url: str = "mongodb://127.0.0.1:27017"
    database_prefix: str = "nithet"  # databases <prefix>_<service>, consumer groups <prefix>.*
    topic_prefix: str = "nithet"  # topics <prefix>.<service>.events
    jwt_secret: str = DEVELOPMENT_SECRET
    jwt_issuer: str = "nithet-dev"
    jwt_audience: str = "nithet"
    jwt_ttl_seconds: int = 12 * 3600
    oidc_jwks_url: str = ""  # production: RS256 tokens verified with this JWKS
    oidc_issuer: str = ""
    host: str = "127.0.0.1"
    web_port: int = 8000
    needs_port: int = 8001
    supervision_port: int = 8002
    curriculum_port: int = 8003
    reporting_port: int = 8004
    subscriptions_port: int = 8005
    directory_port: int = 8006
    relay_batch: int = 500
    relay_lease_seconds: float = 10.0  # a replica takes over the relay this long after a crash
    relay_idle_seconds: float = 1.0  # between commits, how often pending commits are looked for
    command_cache_streams: int = 5000  # streams a command process keeps decided state of
    supervision_overdue_interval_s: float = 300.0  # how often overdue action items are looked for
    log_level: str = "info"
    demo_data: bool | None = None  # the demo organisation and people; None: outside production

    @model_validator(mode="after")
    def _refuse_development_secret_in_production(self) -> Settings:
        if self.environment == "production" and not self.oidc_jwks_url:
            if self.jwt_secret == DEVELOPMENT_SECRET or len(self.jwt_secret) < 32:
                raise ValueError(
                    "NITHET_JWT_SECRET must be set to a secret of 32+ characters in production "
                    "(or configure NITHET_OIDC_JWKS_URL)"
                )
        return self

    @model_validator(mode="after")
    def _refuse_demo_data_in_production(self) -> Settings:
        if self.environment == "production" and self.demo_data:
            raise ValueError("NITHET_DEMO_DATA cannot be on in production (fictional people)")
        return self

    @property
    def loads_demo_data(self) -> bool:
        """The demo organisation is loaded: on by default in development and test only."""
        return self.environment != "production" if self.demo_data is None else self.demo_data

    def database(self, service: str) -> str:
        return f"{self.database_prefix}_{service}"

    def topic(self, service: str) -> str:
        return f"{self.topic_prefix}.{service}.events"

    def port(self, service: str) -> int:
        return int(getattr(self, f"{service}_port"))

    def url(self, service: str) -> str:
        return f"http://{self.host}:{self.port(service)}"
