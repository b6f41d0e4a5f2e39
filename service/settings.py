"""Service configuration: one pydantic-settings class read from ``KG_*`` environment variables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """All knobs of the service. Each field `x` is read from the environment variable ``KG_X``."""

    model_config = SettingsConfigDict(env_prefix="KG_", extra="ignore")

    store: Path = Field(default=Path("kg_store"), description="Directory of the on-disk pyoxigraph store.")
    api_token: SecretStr | None = Field(
        default=None, description="Bearer token for POST/DELETE /articles; unset = writes disabled."
    )
    spacy_model: str | None = Field(default=None, description="spaCy pipeline for /extract (name or path).")
    sparql_timeout: float = Field(default=10.0, gt=0, description="Seconds before a SPARQL query is killed.")
    sparql_max_rows: int = Field(default=10_000, ge=1, description="Row (or triple) cap of a SPARQL answer.")
    sparql_workers: int = Field(default=2, ge=1, le=16, description="Query worker processes.")
    sparql_memory_mb: int = Field(
        default=1024, ge=128, description="Heap limit (RLIMIT_DATA) of each SPARQL worker process, in MB."
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
    response_cache_entries: int = Field(default=4096, ge=1, description="GET lookups kept until a write.")
    max_body_bytes: int = Field(default=2_000_000, ge=1, description="Largest accepted article body.")


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings (a FastAPI dependency; tests override it or pass Settings to create_app)."""
    return Settings()
