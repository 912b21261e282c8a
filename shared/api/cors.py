"""CORS for browser front ends, configured by CORS_ORIGINS and built on the first request
(apps are created at import time, when settings must not be read yet)."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send


class LazyCORS:
    def __init__(self, app: ASGIApp):
        self.app = app
        self._wrapped: ASGIApp | None = None

    def _build(self) -> ASGIApp:
        from starlette.middleware.cors import CORSMiddleware  # lazy: cold start

        from shared.settings import get_settings  # lazy: cold start

        origins = [o.strip() for o in get_settings().cors_origins.split(",") if o.strip()]
        if not origins:
            return self.app
        return CORSMiddleware(
            self.app,
            allow_origins=origins,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type", "X-API-Key", "X-Request-ID"],
            expose_headers=["X-Request-ID", "Retry-After", "Content-Disposition"],
            allow_credentials=False,
            max_age=600,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self._wrapped is None:
            self._wrapped = self._build()
        await self._wrapped(scope, receive, send)
