"""Service configuration: one pydantic-settings class read from ``KG_*`` environment variables."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1", "testserver"]  # testserver: FastAPI's TestClient


class Settings(BaseSettings):
    """All knobs of the service. Each field `x` is read from the environment variable ``KG_X``."""

    model_config = SettingsConfigDict(env_prefix="KG_", extra="ignore")

    store: Path = Field(
        default=Path("kg_store"),
        description="Directory of the on-disk pyoxigraph store, or http://HOST:PORT of an Oxigraph server.",
    )
    api_token: SecretStr | None = Field(
        default=None, description="Bearer token for POST/DELETE /articles; unset or empty = writes disabled."
    )
    spacy_model: str | None = Field(default=None, description="spaCy pipeline for /extract (name or path).")
    sparql_timeout: float = Field(default=10.0, gt=0, description="Seconds before a SPARQL query is killed.")
    sparql_max_rows: int = Field(default=10_000, ge=1, description="Row (or triple) cap of a SPARQL answer.")
    sparql_workers: int = Field(default=2, ge=1, le=16, description="Query worker processes.")
    sparql_memory_mb: int = Field(
        default=384, ge=128, description="Heap limit (RLIMIT_DATA) of each SPARQL worker process, in MB."
    )
    sparql_max_bytes: int = Field(
        default=16_000_000, ge=1_000, description="Byte cap of a SPARQL answer (rows beyond it are cut)."
    )
    sparql_queue: int = Field(
        default=32, ge=0, description="Queries that may wait for a busy SPARQL worker; more get 503."
    )
    sparql_write_wait: float = Field(
        default=1.0, ge=0, description="Seconds a query waits for a store write to finish before 503."
    )
    sparql_require_isolation: bool = Field(
        default=False,
        description="Refuse SPARQL queries when the worker cannot be cut off from the network.",
    )
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    allowed_hosts: Annotated[list[str], NoDecode] = Field(
        default=LOCAL_HOSTS,
        description="Host headers the server answers (comma-separated; '*.example.org' patterns; '*' = any).",
    )
    response_cache_entries: int = Field(default=4096, ge=1, description="GET lookups kept until a write.")
    response_cache_bytes: int = Field(
        default=64_000_000, ge=0, description="Bytes of cached answers, at most."
    )
    max_body_bytes: int = Field(
        default=2_000_000, ge=1, description="Largest accepted request body; refused while it streams in."
    )
    extract_max_chars: int = Field(
        default=100_000, ge=1, description="Longest text one POST /extract or POST /articles may extract."
    )
    extract_concurrency: int = Field(default=1, ge=1, le=16, description="Extractions that run at once.")
    extract_queue: int = Field(
        default=4, ge=0, description="Extractions that may wait for a free slot; beyond that, 503."
    )
    rate_limit: float = Field(
        default=10.0,
        ge=0,
        description="Requests per second per client IP on /extract, POST /articles and /sparql; 0 = off.",
    )
    rate_burst: int = Field(
        default=50, ge=1, description="Requests a client may send at once before the limit."
    )
    store_check_interval: float = Field(
        default=0.5,
        ge=0,
        description="Seconds between checks whether another process wrote a store server "
        "(KG_STORE=http://...); a store folder is checked at every request (a stat of its marker file).",
    )
    incremental_updates: bool = Field(
        default=True,
        description="Apply each write to the read model and indexes (false: rebuild them after a write).",
    )

    @field_validator("api_token")
    @classmethod
    def _blank_token_is_none(cls, value: SecretStr | None) -> SecretStr | None:
        """An empty (or blank) token disables writes, like an unset one: it must never match a request."""
        return value if value is not None and value.get_secret_value().strip() else None

    @field_validator("allowed_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: Any) -> Any:
        if isinstance(value, str) and value.lstrip().startswith("["):
            return json.loads(value)
        if isinstance(value, str):
            return [h.strip() for h in value.split(",") if h.strip()]
        return value

    @property
    def writes_enabled(self) -> bool:
        """A non-blank token is configured (checked again here: `model_copy` skips the validator)."""
        return self.api_token is not None and bool(self.api_token.get_secret_value().strip())


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings (a FastAPI dependency; tests override it or pass Settings to create_app)."""
    return Settings()
