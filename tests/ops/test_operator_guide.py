"""docs/deployment.md is an operator's guide: its sections exist, and its MySQL set-up runs as
written against the real MariaDB (then ChatBI migrates with the app user and the read-only
user cannot write)."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from tests.conftest import MARIADB_ROOT, TEST_DB
from tests.ops.cli_process import ROOT, base_env, chatbi

GUIDE = ROOT / "docs" / "deployment.md"
SECTIONS = [
    "## MySQL set-up",
    "## Redis set-up",
    "## TLS certificate (certbot)",
    "## Firewall",
    "## Alerting",
    "## Upgrade",
    "## Troubleshooting",
    "## Backups and restore",
]
SYMPTOMS = [
    "502",
    "database: disconnected",
    "Redis",
    "migrate` fails",
    "upload rejected",
    "slow",
    "disk full",
    "expired",
]


def test_the_guide_has_every_section_and_symptom() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    for section in SECTIONS:
        assert f"\n{section}\n" in text, section
    table = text.split("## Troubleshooting", 1)[1]
    for symptom in SYMPTOMS:
        assert symptom in table, symptom
    assert "certbot certonly" in text and 'sed -i "s/chatbi.example.com/$DOMAIN/g"' in text
    assert "ufw allow 443/tcp" in text and "BACKUP_ENCRYPTION_KEY=... chatbi restore" in text


def test_the_mysql_set_up_runs_as_written(tmp_path) -> None:
    # Given the guide's SQL, with this run's names
    text = GUIDE.read_text(encoding="utf-8")
    block = re.search(r"## MySQL set-up.*?```sql\n(.*?)```", text, re.DOTALL)
    assert block
    database, app_user, ro_user = f"{TEST_DB}_guide", "chatbi_ops_guide", "chatbi_ops_guide_ro"
    sql = (
        block.group(1)
        .replace("chatbi_ro", ro_user)
        .replace("'chatbi'", f"'{app_user}'")
        .replace("chatbi.*", f"{database}.*")
        .replace("DATABASE chatbi ", f"DATABASE {database} ")
    )
    root = sa.create_engine(MARIADB_ROOT)

    def drop() -> None:
        with root.begin() as conn:
            conn.execute(sa.text(f"DROP DATABASE IF EXISTS `{database}`"))
            conn.execute(sa.text(f"DROP USER IF EXISTS '{app_user}'@'%', '{ro_user}'@'%'"))

    drop()
    try:
        # When root runs it statement by statement
        with root.begin() as conn:
            for statement in filter(None, (s.strip() for s in sql.split(";"))):
                conn.execute(sa.text(statement))
        # Then ChatBI migrates with the application user
        app_url = f"mysql+pymysql://{app_user}:APP_PASSWORD@127.0.0.1:3306/{database}?charset=utf8mb4"
        done = chatbi("migrate", env=base_env(tmp_path / "data", DATABASE_URL=app_url), cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        # And the read-only user reads but cannot write
        ro = sa.create_engine(f"mysql+pymysql://{ro_user}:READONLY_PASSWORD@127.0.0.1:3306/{database}")
        with ro.connect() as conn:
            assert conn.execute(sa.text("SELECT COUNT(*) FROM users")).scalar_one() == 0
            with pytest.raises(sa.exc.OperationalError, match="denied"):
                conn.execute(sa.text("INSERT INTO installation VALUES ('x', NOW())"))
        ro.dispose()
    finally:
        drop()
        root.dispose()
