"""The all-in-one app: every route group's router in ONE FastAPI app for Uvicorn/gunicorn."""

from __future__ import annotations

import importlib
import logging

from fastapi import APIRouter, FastAPI

from shared.api.app import create_app

log = logging.getLogger("chatbi")
# Route groups, each also deployed as its own Lambda function (functions/<group>/handler.py).
GROUPS = ("health", "auth", "datasets", "chat", "audit")


def routers() -> list[APIRouter]:
    found = []
    for group in GROUPS:
        try:
            module = importlib.import_module(f"functions.{group}.routes")
        except ModuleNotFoundError as exc:
            if exc.name != f"functions.{group}.routes" and exc.name != f"functions.{group}":
                raise
            log.warning("route group %s not available", group)
            continue
        found.append(module.router)
    return found


def build_app() -> FastAPI:
    return create_app(routers())


app = build_app()
