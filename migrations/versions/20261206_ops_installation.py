"""installation: the install id that namespaces cache keys

Revision ID: ops_installation
Revises: 0001
Create Date: 2026-12-06 13:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "ops_installation"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The row itself is written by `chatbi migrate` (shared.storage.migrate.ensure_install_id), so the
    # offline DDL (migrations/init.sql) stays the same for every install.
    op.create_table(
        "installation",
        sa.Column("install_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("install_id"),
    )


def downgrade() -> None:
    op.drop_table("installation")
