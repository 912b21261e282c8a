"""accounts: folded usernames (unique), token version, audit detail

Revision ID: sec_b_accounts_token_version
Revises: ops_installation
Create Date: 2026-12-06 14:00:00
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op

revision: str = "sec_b_accounts_token_version"
down_revision: str | None = "ops_installation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKC", name).casefold()


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("username_key", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("token_version", sa.Integer(), server_default="0", nullable=False))
    if context.is_offline_mode():
        op.execute("UPDATE users SET username_key = LOWER(username)")
    else:
        users = sa.table("users", sa.column("id", sa.Integer), sa.column("username", sa.String))
        connection = op.get_bind()
        seen: set[str] = set()
        for user_id, username in connection.execute(sa.select(users.c.id, users.c.username)).all():
            key = _fold(username)[:64]
            if key in seen:  # two existing names differing only in case: keep both, distinguishable
                key = f"{key[:50]}#{user_id}"
            seen.add(key)
            connection.execute(
                sa.text("UPDATE users SET username_key = :key WHERE id = :id"), {"key": key, "id": user_id}
            )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.alter_column("username_key", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint("uq_users_username_key", ["username_key"])
    with op.batch_alter_table("audit_logs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("detail", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_logs", schema=None) as batch_op:
        batch_op.drop_column("detail")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint("uq_users_username_key", type_="unique")
        batch_op.drop_column("token_version")
        batch_op.drop_column("username_key")
