"""Conversations and their messages: owned by one user; another user gets 404."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shared.errors import BadRequest, NotFound
from shared.storage.models import Conversation, Feedback, Message, User

HISTORY_TURNS = 6


def create_conversation(
    session: Session, user: User, datasource_id: int | None = None, title: str = ""
) -> Conversation:
    conversation = Conversation(owner_id=user.id, datasource_id=datasource_id, title=title[:255], state=None)
    session.add(conversation)
    session.flush()
    return conversation


def get_conversation(session: Session, user: User, conversation_id: int) -> Conversation:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None or conversation.owner_id != user.id:
        raise NotFound(f"Conversation {conversation_id} not found")
    return conversation


def list_conversations(
    session: Session, user: User, offset: int = 0, limit: int = 20
) -> tuple[list[Conversation], int]:
    where = Conversation.owner_id == user.id
    total = session.scalar(select(func.count()).select_from(Conversation).where(where)) or 0
    rows = session.scalars(
        select(Conversation)
        .where(where)
        .order_by(Conversation.updated_at.desc(), Conversation.id.desc())
        .offset(offset)
        .limit(limit)
    ).all()
    return list(rows), total


def delete_conversation(session: Session, user: User, conversation_id: int) -> None:
    session.delete(get_conversation(session, user, conversation_id))
    session.flush()


def get_message(session: Session, user: User, message_id: int) -> Message:
    message = session.get(Message, message_id)
    if message is None or message.conversation.owner_id != user.id:
        raise NotFound(f"Message {message_id} not found")
    return message


def unreadable_messages(session: Session, user: User, messages: list[Message]) -> set[int]:
    """Messages whose datasource the user can no longer read (deleted, or the share revoked).

    Their row snapshot and summary are not shown: a former grantee keeps only their own questions.
    """
    from shared.datasets.service import visible_ids  # lazy: cold start

    readable = visible_ids(session, user, {m.datasource_id for m in messages if m.datasource_id})
    return {m.id for m in messages if m.datasource_id not in readable}


def history(session: Session, conversation: Conversation) -> list[dict[str, Any]]:
    """The last turns, oldest first, as engines want them for follow-ups."""
    rows = session.scalars(
        select(Message)
        .where(Message.conversation_id == conversation.id)
        .order_by(Message.id.desc())
        .limit(HISTORY_TURNS)
    ).all()
    return [{"question": m.question, "sql": m.sql, "status": m.status} for m in reversed(rows)]


def rate_message(session: Session, user: User, message_id: int, rating: str, comment: str | None) -> Feedback:
    """Record (or change) a user's rating of an answer.

    A 👍 proposes the answer as an example for its datasource (`shared.datasets.proposals`): the
    datasource's owner decides; a 👎 takes the proposal (and the example) back.
    """
    from shared.datasets import proposals  # lazy: cold start

    if rating not in ("up", "down"):
        raise BadRequest("rating must be 'up' or 'down'")
    message = get_message(session, user, message_id)
    feedback = _own_feedback(session, user, message.id)
    if feedback is None:
        feedback = Feedback(message_id=message.id, user_id=user.id, rating=rating, comment=comment)
        session.add(feedback)
    else:
        feedback.rating, feedback.comment = rating, comment
    if rating == "up":
        proposals.propose(session, user, message)
    else:
        proposals.withdraw(session, message)
    session.flush()
    return feedback


def _own_feedback(session: Session, user: User, message_id: int) -> Feedback | None:
    """The user's own rating of a message, if any."""
    return session.scalar(
        select(Feedback).where(Feedback.message_id == message_id, Feedback.user_id == user.id)
    )


def withdraw_rating(session: Session, user: User, message_id: int) -> None:
    """Take a rating back; a proposed or accepted example goes with it."""
    from shared.datasets import proposals  # lazy: cold start

    message = get_message(session, user, message_id)
    feedback = _own_feedback(session, user, message.id)
    if feedback is None:
        raise NotFound(f"You have not rated message {message_id}")
    session.delete(feedback)
    proposals.withdraw(session, message)
    session.flush()
