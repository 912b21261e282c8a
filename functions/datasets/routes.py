"""Routes: /api/v1/datasources — upload files, connect databases, schema, preview, shares, semantic layer."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, File, Form, Query, Response, UploadFile
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from shared.api.deps import get_current_user, get_session, require_role
from shared.api.schemas import MAX_OFFSET, Page
from shared.api.schemas.datasets import DatasourceOut, PreviewOut, SchemaOut, SemanticOut, ShareOut
from shared.datasets import proposals, semantic_layer, service, shares
from shared.storage.models import User

router = APIRouter(prefix="/api/v1/datasources", tags=["datasets"])


class ConnectIn(BaseModel):
    name: str = Field(min_length=1, max_length=255)
    url: str = Field(
        min_length=1, max_length=4096, description="SQLAlchemy URL; stored encrypted, never returned"
    )


class ShareIn(BaseModel):
    username: str | None = Field(default=None, max_length=64)
    role: Literal["admin", "analyst", "viewer"] | None = None


@router.post(
    "/upload",
    status_code=201,
    response_model=DatasourceOut,
    summary="Upload a CSV/TSV, XLSX, JSON/JSONL, Parquet or SQLite file",
)
def upload(
    file: UploadFile = File(...),
    name: str | None = Form(default=None, max_length=255),
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> dict[str, Any]:
    return service.upload_dataset(session, user, file.file, file.filename, name)


@router.post(
    "/{datasource_id}/upload",
    response_model=DatasourceOut,
    summary="Re-upload: replace the data or append rows",
)
def reupload(
    datasource_id: int,
    file: UploadFile = File(...),
    mode: Literal["replace", "append"] = Query(default="replace"),
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> dict[str, Any]:
    return service.reupload_dataset(session, user, datasource_id, file.file, file.filename, mode)


@router.post(
    "",
    status_code=201,
    response_model=DatasourceOut,
    summary="Connect a database by SQLAlchemy URL (admin or analyst)",
)
def connect(
    body: ConnectIn,
    user: User = Depends(require_role("analyst")),
    session: Session = Depends(get_session),
) -> dict[str, Any]:
    return service.connect_database(session, user, body.name, body.url)


@router.get("", response_model=Page[DatasourceOut], summary="Datasources you own or that are shared with you")
def list_datasources(
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
    limit: int = Query(50, ge=1, le=500),
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> dict[str, Any]:
    return service.list_datasources(session, user, offset, limit)


@router.get("/{datasource_id}", response_model=DatasourceOut, summary="One datasource")
def get_datasource(
    datasource_id: int, user: User = Depends(get_current_user), session: Session = Depends(get_session)
) -> dict[str, Any]:
    return service.get_datasource(session, user, datasource_id)


@router.delete("/{datasource_id}", status_code=204, summary="Delete: its tables, stored files and rows")
def delete_datasource(
    datasource_id: int, user: User = Depends(get_current_user), session: Session = Depends(get_session)
) -> Response:
    service.delete_datasource(session, user, datasource_id)
    return Response(status_code=204)


@router.post(
    "/{datasource_id}/refresh", response_model=DatasourceOut, summary="Re-read the schema and value profiles"
)
def refresh(
    datasource_id: int, user: User = Depends(get_current_user), session: Session = Depends(get_session)
) -> dict[str, Any]:
    return service.refresh_datasource(session, user, datasource_id)


@router.get(
    "/{datasource_id}/schema", response_model=SchemaOut, summary="Tables, columns, keys and value profiles"
)
def schema(
    datasource_id: int, user: User = Depends(get_current_user), session: Session = Depends(get_session)
) -> dict[str, Any]:
    return service.get_schema(session, user, datasource_id)


@router.get("/{datasource_id}/preview", response_model=PreviewOut, summary="The first rows of a table")
def preview(
    datasource_id: int,
    table: str | None = Query(default=None, max_length=255),
    limit: int = Query(default=50, ge=1, le=1000),
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> dict[str, Any]:
    return service.preview(session, user, datasource_id, table, limit)


@router.post(
    "/{datasource_id}/shares",
    status_code=201,
    response_model=ShareOut,
    summary="Share read-only with a user or a role",
)
def share(
    datasource_id: int,
    body: ShareIn,
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> dict[str, Any]:
    return shares.share_datasource(session, user, datasource_id, body.username, body.role)


@router.get("/{datasource_id}/shares", summary="Who the datasource is shared with (owner or admin)")
def list_shares(
    datasource_id: int, user: User = Depends(get_current_user), session: Session = Depends(get_session)
) -> dict[str, Any]:
    return shares.list_shares(session, user, datasource_id)


@router.delete("/{datasource_id}/shares/{share_id}", status_code=204, summary="Revoke a share")
def revoke_share(
    datasource_id: int,
    share_id: int,
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> Response:
    shares.revoke_share(session, user, datasource_id, share_id)
    return Response(status_code=204)


@router.get(
    "/{datasource_id}/example-proposals",
    summary="Examples proposed by 👍 on answers, for the owner to accept or reject",
)
def list_example_proposals(
    datasource_id: int,
    status: Literal["pending", "accepted", "rejected"] | None = Query(default=None),
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> dict[str, Any]:
    return proposals.list_proposals(session, user, datasource_id, status)


@router.post(
    "/{datasource_id}/example-proposals/{proposal_id}/{decision}",
    summary="Accept a proposed example into the semantic layer, or reject it",
)
def decide_example_proposal(
    datasource_id: int,
    proposal_id: int,
    decision: Literal["accept", "reject"],
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> dict[str, Any]:
    return proposals.decide(session, user, datasource_id, proposal_id, accept=decision == "accept")


@router.get(
    "/{datasource_id}/semantic",
    response_model=SemanticOut,
    summary="The semantic layer: descriptions, synonyms, metrics, examples",
)
def get_semantic(
    datasource_id: int, user: User = Depends(get_current_user), session: Session = Depends(get_session)
) -> dict[str, Any]:
    return semantic_layer.get_semantic(session, user, datasource_id)


@router.put("/{datasource_id}/semantic", response_model=SemanticOut, summary="Replace the semantic layer")
def put_semantic(
    datasource_id: int,
    body: dict[str, Any],
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> dict[str, Any]:
    return semantic_layer.put_semantic(session, user, datasource_id, body)
