"""Schemathesis over the curation endpoints, with the token: generated bodies never get a 5xx."""

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
from tests.service.conftest import TOKEN, auth
from tests.service.test_curation_api import build

_DIR = Path(tempfile.mkdtemp(prefix="kg-curation-fuzz-"))
atexit.register(shutil.rmtree, _DIR, ignore_errors=True)
APP = create_app(Settings(store=build(_DIR / "kg"), api_token=TOKEN, sparql_workers=1, rate_limit=0))
atexit.register(APP.state.kg.close)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.include(path_regex="^/curation").parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_curation_endpoints_never_fail_with_5xx(case: schemathesis.Case) -> None:  # type: ignore[type-arg]
    case.call_and_validate(headers=auth(), checks=[not_a_server_error])
