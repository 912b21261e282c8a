"""Routes: ask, conversations, feedback, export, and analysts' own SQL."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from shared.api.deps import get_current_user, get_session
from shared.api.schemas import MAX_OFFSET, Page
from shared.api.schemas.chat import (
    EXPORT_CONTENT,
    AnswerOut,
    ConversationDetail,
    ConversationOut,
    FeedbackOut,
)
from shared.ask import conversations, export
from shared.ask import pipeline as ask
from shared.storage.models import Conversation, User

router = APIRouter(tags=["chat"])


class AskIn(BaseModel):
    datasource_id: int
    question: str = Field(min_length=1, max_length=2000)
    conversation_id: int | None = None
    engine: Literal["rules", "llm", "auto"] | None = None


class MessageIn(BaseModel):
    question: str = Field(min_length=1, max_length=2000)
    datasource_id: int | None = None
    engine: Literal["rules", "llm", "auto"] | None = None


class QueryIn(BaseModel):
    sql: str = Field(min_length=1, max_length=100_000)
    conversation_id: int | None = None


class ConversationIn(BaseModel):
    datasource_id: int | None = None
    title: str = Field(default="", max_length=255)


class FeedbackIn(BaseModel):
    rating: Literal["up", "down"]
    comment: str | None = Field(default=None, max_length=2000)


def _conversation_out(
    conversation: Conversation, messages: bool = False, hidden: set[int] | None = None
) -> dict[str, Any]:
    hidden = hidden or set()
    out: dict[str, Any] = {
        "id": conversation.id,
        "title": conversation.title,
        "datasource_id": conversation.datasource_id,
        "created_at": conversation.created_at,
        "updated_at": conversation.updated_at,
    }
    if messages:
        out["messages"] = [
            {
                "id": m.id,
                "question": m.question,
                "status": m.status,
                "engine": m.engine,
                "sql": m.sql,
                "interpretation": m.interpretation,
                "summary": None if m.id in hidden else m.summary,
                "message": m.message,
                "result": None if m.id in hidden else m.result,
                "timings_ms": m.timings,
                "llm_usage": m.llm_usage,
                "created_at": m.created_at,
            }
            for m in conversation.messages
        ]
    return out


@router.post("/api/v1/ask", response_model=AnswerOut)
def ask_question(
    body: AskIn, user: User = Depends(get_current_user), session: Session = Depends(get_session)
) -> dict[str, Any]:
    return ask.ask(session, user, **body.model_dump())


@router.post("/api/v1/conversations", status_code=201, response_model=ConversationOut)
def create_conversation(
    body: ConversationIn, user: User = Depends(get_current_user), session: Session = Depends(get_session)
) -> dict[str, Any]:
    if body.datasource_id is not None:
        from shared.datasets.service import load_context  # lazy: cold start

        load_context(session, user, body.datasource_id)  # 404 unless the user may use it
    conversation = conversations.create_conversation(session, user, body.datasource_id, body.title)
    return _conversation_out(conversation)


@router.get("/api/v1/conversations", response_model=Page[ConversationOut])
def list_conversations(
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
    limit: int = Query(20, ge=1, le=100),
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> dict[str, Any]:
    items, total = conversations.list_conversations(session, user, offset, limit)
    return {"items": [_conversation_out(c) for c in items], "total": total, "offset": offset, "limit": limit}


@router.get("/api/v1/conversations/{conversation_id}", response_model=ConversationDetail)
def get_conversation(
    conversation_id: int, user: User = Depends(get_current_user), session: Session = Depends(get_session)
) -> dict[str, Any]:
    conversation = conversations.get_conversation(session, user, conversation_id)
    hidden = conversations.unreadable_messages(session, user, conversation.messages)
    return _conversation_out(conversation, messages=True, hidden=hidden)


@router.post("/api/v1/conversations/{conversation_id}/messages", response_model=AnswerOut)
def post_message(
    conversation_id: int,
    body: MessageIn,
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> dict[str, Any]:
    return ask.ask_in_conversation(session, user, conversation_id, **body.model_dump())


@router.delete("/api/v1/conversations/{conversation_id}", status_code=204)
def delete_conversation(
    conversation_id: int, user: User = Depends(get_current_user), session: Session = Depends(get_session)
) -> Response:
    conversations.delete_conversation(session, user, conversation_id)
    return Response(status_code=204)


@router.post("/api/v1/messages/{message_id}/feedback", status_code=201, response_model=FeedbackOut)
def feedback(
    message_id: int,
    body: FeedbackIn,
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> dict[str, Any]:
    row = conversations.rate_message(session, user, message_id, body.rating, body.comment)
    return {
        "message_id": message_id,
        "rating": row.rating,
        "comment": row.comment,
        "created_at": row.created_at,
    }


@router.delete("/api/v1/messages/{message_id}/feedback", status_code=204)
def withdraw_feedback(
    message_id: int, user: User = Depends(get_current_user), session: Session = Depends(get_session)
) -> Response:
    conversations.withdraw_rating(session, user, message_id)
    return Response(status_code=204)


@router.get(
    "/api/v1/messages/{message_id}/export",
    response_class=StreamingResponse,
    responses={200: {"description": "The message's rows as a file", "content": EXPORT_CONTENT}},
)
def export_message(
    message_id: int,
    format: Literal["csv", "xlsx"] = Query("csv"),  # noqa: A002 - the API's parameter name
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> StreamingResponse:
    _, media_type, chunks, headers = export.prepare_export(session, user, message_id, format)
    return StreamingResponse(chunks, media_type=media_type, headers=headers)


@router.post("/api/v1/datasources/{datasource_id}/query", response_model=AnswerOut)
def query(
    datasource_id: int,
    body: QueryIn,
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> dict[str, Any]:
    return ask.run_sql(session, user, datasource_id=datasource_id, **body.model_dump())
