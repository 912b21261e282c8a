"""example proposals: a thumbs-up proposes an example the datasource's owner accepts

Revision ID: sec_a_example_proposals
Revises: sec_b_accounts_token_version
Create Date: 2026-12-06 13:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "sec_a_example_proposals"
down_revision: str | None = "sec_b_accounts_token_version"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "example_proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("datasource_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("proposer_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("sql", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["datasource_id"], ["datasources.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["decided_by"], ["users.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["proposer_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("message_id", name="uq_example_proposals_message"),
    )
    with op.batch_alter_table("example_proposals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_example_proposals_datasource_id"), ["datasource_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("example_proposals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_example_proposals_datasource_id"))
    op.drop_table("example_proposals")
