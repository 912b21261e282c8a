"""Examples learned from 👍: a rating proposes, the datasource's owner decides.

A 👍 on an answer never changes a datasource by itself: it files a proposal (question + SQL)
that the owner (or an admin) accepts into the semantic layer's examples or rejects. The owner's
own 👍 is accepted at once. Only whole questions become examples: an answer given inside a
conversation (a follow-up, read in the context of earlier turns) is not proposed, nor is an
analyst's own SQL. A 👎 or a withdrawn rating removes the proposal, and the example if it was
accepted. The SQL is stored in the semantic layer's declared dialect (standard SQL).
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.datasets.service import get_owned, schema_of
from shared.errors import Conflict, NotFound, ValidationFailed
from shared.semantic.schema import Example, SemanticLayer
from shared.storage.models import Datasource, ExampleProposal, Message, User, utcnow

log = logging.getLogger("chatbi.proposals")
STATUSES = ("pending", "accepted", "rejected")


def may_edit(user: User, datasource: Datasource) -> bool:
    return datasource.owner_id == user.id or user.role == "admin"


def is_follow_up(session: Session, message: Message) -> bool:
    """Asked after another turn of its conversation, so possibly read in that context."""
    earlier = session.scalar(
        select(Message.id)
        .where(Message.conversation_id == message.conversation_id, Message.id < message.id)
        .limit(1)
    )
    return earlier is not None


def propose(session: Session, user: User, message: Message) -> ExampleProposal | None:
    """File the 👍'd answer as a proposed example (accepted at once for the datasource's owner)."""
    from shared.datasets.semantic import to_standard  # lazy: cold start

    if message.status != "ok" or not message.sql or message.datasource_id is None:
        return None
    if message.engine == "sql" or is_follow_up(session, message):
        return None
    datasource = session.get(Datasource, message.datasource_id)
    if datasource is None:
        return None
    existing = session.scalar(select(ExampleProposal).where(ExampleProposal.message_id == message.id))
    if existing is not None:
        return existing
    try:
        sql = to_standard(message.sql, datasource.dialect)
    except ValueError:
        log.warning("answer %s: SQL does not transpile to standard SQL; not proposed", message.id)
        return None
    proposal = ExampleProposal(
        datasource_id=datasource.id,
        message_id=message.id,
        proposer_id=user.id,
        question=message.question,
        sql=sql,
        status="pending",
    )
    session.add(proposal)
    session.flush()
    if may_edit(user, datasource):
        try:
            _accept(session, user, datasource, proposal)
        except ValidationFailed as exc:
            log.warning("answer %s not kept as an example: %s", message.id, exc.message)
    return proposal


def withdraw(session: Session, message: Message) -> None:
    """The rating was taken back or turned to 👎: the proposal goes, and its example if accepted."""
    proposal = session.scalar(select(ExampleProposal).where(ExampleProposal.message_id == message.id))
    if proposal is None:
        return
    datasource = session.get(Datasource, proposal.datasource_id)
    if proposal.status == "accepted" and datasource is not None:
        _remove_example(datasource, proposal)
    session.delete(proposal)
    session.flush()


def out(proposal: ExampleProposal, proposer: str | None = None) -> dict[str, Any]:
    return {
        "id": proposal.id,
        "datasource_id": proposal.datasource_id,
        "message_id": proposal.message_id,
        "proposer": proposer,
        "question": proposal.question,
        "sql": proposal.sql,
        "status": proposal.status,
        "created_at": proposal.created_at.isoformat() if proposal.created_at else None,
        "decided_at": proposal.decided_at.isoformat() if proposal.decided_at else None,
    }


def list_proposals(session: Session, user: User, datasource_id: int, status: str | None) -> dict[str, Any]:
    """The examples proposed for a datasource (its owner or an admin may look)."""
    datasource = get_owned(session, user, datasource_id)
    if status is not None and status not in STATUSES:
        raise ValidationFailed(f"status must be one of {', '.join(STATUSES)}")
    query = (
        select(ExampleProposal, User.username)
        .outerjoin(User, User.id == ExampleProposal.proposer_id)
        .where(ExampleProposal.datasource_id == datasource.id)
        .order_by(ExampleProposal.id)
    )
    if status is not None:
        query = query.where(ExampleProposal.status == status)
    return {"items": [out(p, name) for p, name in session.execute(query).all()]}


def decide(
    session: Session, user: User, datasource_id: int, proposal_id: int, accept: bool
) -> dict[str, Any]:
    """Accept a proposal into the semantic layer's examples (checked like a PUT), or reject it."""
    datasource = get_owned(session, user, datasource_id)
    proposal = session.get(ExampleProposal, proposal_id)
    if proposal is None or proposal.datasource_id != datasource.id:
        raise NotFound(f"Proposal {proposal_id} of datasource {datasource_id} not found")
    if proposal.status != "pending":
        raise Conflict(f"Proposal {proposal_id} was already {proposal.status}")
    if accept:
        _accept(session, user, datasource, proposal)
    else:
        proposal.status, proposal.decided_at, proposal.decided_by = "rejected", utcnow(), user.id
    session.flush()
    return out(proposal)


def _accept(session: Session, user: User, datasource: Datasource, proposal: ExampleProposal) -> None:
    from shared.datasets.semantic import check_example  # lazy: cold start

    example = Example(question=proposal.question, sql=proposal.sql)
    check_example(example, schema_of(datasource), {t.name: t.physical_name for t in datasource.tables})
    layer = SemanticLayer.from_dict(datasource.semantic)
    layer.examples = [e for e in layer.examples if e.question != example.question] + [example]
    datasource.semantic = layer.to_dict()
    proposal.status, proposal.decided_at, proposal.decided_by = "accepted", utcnow(), user.id
    session.flush()


def _remove_example(datasource: Datasource, proposal: ExampleProposal) -> None:
    layer = SemanticLayer.from_dict(datasource.semantic)
    kept = [e for e in layer.examples if not (e.question == proposal.question and e.sql == proposal.sql)]
    if len(kept) != len(layer.examples):
        layer.examples = kept
        datasource.semantic = layer.to_dict()
