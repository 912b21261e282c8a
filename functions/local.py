"""The all-in-one app: every route group's router in ONE FastAPI app for Uvicorn/gunicorn."""

from __future__ import annotations

import importlib

from fastapi import APIRouter, FastAPI

from shared.api.app import create_app

# Route groups, each also deployed as its own Lambda function (functions/<group>/handler.py).
GROUPS = ("health", "auth", "datasets", "chat", "audit")


def routers() -> list[APIRouter]:
    return [importlib.import_module(f"functions.{group}.routes").router for group in GROUPS]


def build_app() -> FastAPI:
    return create_app(routers())


app = build_app()
