"""Security headers on every answer (a CSP that fits the web page) and the offline Swagger UI at /docs."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Cytoscape.js inserts one <style> element of its own; it is allowed by its hash, no other inline style is.
_CYTOSCAPE_STYLE = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='"
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",  # no inline script, no eval: the page and /docs load files only
        f"style-src 'self' {_CYTOSCAPE_STYLE}",
        "img-src 'self' data:",  # Swagger UI's icons are data: URLs in its CSS
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
_RAW_HEADERS = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]


class SecurityHeaders:
    """Pure ASGI middleware: adds `SECURITY_HEADERS` to every HTTP answer that does not set them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(k, v) for k, v in _RAW_HEADERS if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


DOCS_PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>kg-de API</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/vendor/swagger-ui/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui" data-openapi="{openapi}"></div>
  <script src="/vendor/swagger-ui/swagger-ui-bundle.js"></script>
  <script src="/js/docs.js"></script>
</body>
</html>
"""


def add_offline_docs(app: FastAPI) -> None:
    """Swagger UI at /docs from the vendored swagger-ui-dist files, started by a script file (FastAPI's own
    page loads a CDN and starts Swagger UI with an inline script, which the CSP blocks). No ReDoc."""
    page = DOCS_PAGE.replace("{openapi}", app.openapi_url or "/openapi.json")

    def docs() -> HTMLResponse:
        return HTMLResponse(page)

    app.add_api_route("/docs", docs, include_in_schema=False, response_class=HTMLResponse)
