"""Schemathesis over the OpenAPI: generated requests to every read endpoint never get a 5xx."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from service.app import create_app
from service.settings import Settings
from tests.service.conftest import build_store

# Schemathesis generates its tests when the module is collected, so the app exists at import time.
_DIR = Path(tempfile.mkdtemp(prefix="kg-fuzz-"))
atexit.register(shutil.rmtree, _DIR, ignore_errors=True)
APP = create_app(Settings(store=build_store(_DIR / "kg"), sparql_timeout=5.0, sparql_workers=1))
atexit.register(APP.state.kg.close)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


# POST /extract and /articles are left out: each example would run the NLP pipeline or need the token.
@schema.include(method="GET").parametrize()
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_get_endpoints_never_fail_with_5xx(case: schemathesis.Case) -> None:  # type: ignore[type-arg]
    case.call_and_validate(checks=[not_a_server_error])
