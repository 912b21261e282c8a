"""`chatbi restore FILE --database-url X`, as an operator runs it next to a live install: every
table (app and dataset) and the raw uploaded file land in X and nowhere else, the restored
database answers `chatbi ask`, and a refused restore writes nothing. Backups are private
(0600) and optionally encrypted. Real processes, a real SQLite file and a real MariaDB."""

from __future__ import annotations

import json
import re
import stat
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.conftest import MARIADB_ROOT, TEST_DB
from tests.ops.cli_process import base_env, chatbi

CSV = "城市,金额,日期\n北京,100.5,2026-01-02\n上海,200,2026-01-03\n北京,50,2026-02-01\n"
QUESTION = "各城市的金额"
SKIP_TABLES = {"alembic_version", "installation"}


def _fresh_mariadb(suffix: str) -> str:
    name = f"{TEST_DB}_{suffix}"
    root = sa.create_engine(MARIADB_ROOT)
    with root.connect() as conn:
        conn.execute(sa.text(f"DROP DATABASE IF EXISTS `{name}`"))
        conn.execute(sa.text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"))
    root.dispose()
    return f"{MARIADB_ROOT}/{name}?charset=utf8mb4"


@dataclass(frozen=True)
class Installed:
    """A live install of one kind, its backup, and every row it held when backed up."""

    kind: str
    live_url: str
    env: dict[str, str]
    live_data: Path
    location: str
    before: dict[str, list[tuple]]


@pytest.fixture(scope="module", params=["sqlite", "mariadb"])
def installed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """One live install and backup per kind, shared by the tests that only read them (building one
    is four `chatbi` processes, half of each test's time)."""
    home = tmp_path_factory.mktemp(f"live-{request.param}")
    live_url = f"sqlite:///{home / 'live.db'}" if request.param == "sqlite" else _fresh_mariadb("live")
    env, live_data = live_install(home, live_url)
    made = chatbi("backup", env=env, cwd=home)
    assert made.returncode == 0, made.stderr
    location = json.loads(made.stdout)["location"]
    return Installed(request.param, live_url, env, live_data, location, snapshot(live_url))


@pytest.fixture
def named_url(installed: Installed, tmp_path: Path) -> str:
    """An empty named target database of the install's kind."""
    if installed.kind == "sqlite":
        (tmp_path / "named").mkdir()
        return f"sqlite:///{tmp_path / 'named' / 'restored.db'}"
    return _fresh_mariadb("named")


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Every row of every table but the install's own, in primary-key order."""
    engine = sa.create_engine(url)
    out: dict[str, list[tuple]] = {}
    try:
        for name in sorted(set(sa.inspect(engine).get_table_names()) - SKIP_TABLES):
            table = sa.Table(name, sa.MetaData(), autoload_with=engine)
            order = list(table.primary_key.columns) or list(table.columns)
            with engine.connect() as conn:
                out[name] = [tuple(r) for r in conn.execute(sa.select(table).order_by(*order))]
    finally:
        engine.dispose()
    return out


def live_install(tmp_path: Path, live_url: str, **extra: str) -> tuple[dict[str, str], Path]:
    """A migrated install with an admin, an uploaded CSV (with a semantic layer) and one answer."""
    env = base_env(
        tmp_path / "live-data",
        DATABASE_URL=live_url,
        CHATBI_ADMIN_USERNAME="admin",
        CHATBI_ADMIN_PASSWORD="admin-password-123",
        **extra,
    )
    (tmp_path / "销售.csv").write_text(CSV, encoding="utf-8")
    done = chatbi("migrate", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    asked = chatbi("ask", QUESTION, "--file", "销售.csv", env=env, cwd=tmp_path)
    assert asked.returncode == 0, asked.stdout + asked.stderr
    engine = sa.create_engine(live_url)
    with engine.begin() as conn:
        layer = {"metrics": [{"name": "客单价", "expression": 'SUM("金额") / COUNT(*)'}]}
        conn.execute(
            sa.text("UPDATE datasources SET semantic = :s"), {"s": json.dumps(layer, ensure_ascii=False)}
        )
    engine.dispose()
    return env, tmp_path / "live-data"


def test_restore_into_a_named_database_is_whole_and_answers(installed, named_url, tmp_path) -> None:
    # Given a live install with an uploaded dataset, a semantic layer and a backup of it
    env, live_data, location, before = (
        installed.env,
        installed.live_data,
        installed.location,
        installed.before,
    )
    live_url = installed.live_url
    assert any(name.startswith("ds_") for name in before), before.keys()
    # When the operator restores it into a named, empty database (the live install still configured)
    uploads = tmp_path / "named-uploads"
    done = chatbi(
        "restore", location, "--database-url", named_url, "--upload-dir", str(uploads), env=env, cwd=tmp_path
    )
    # Then every row of every table (app and dataset) is in the named database, identical
    assert done.returncode == 0, done.stdout + done.stderr
    assert snapshot(named_url) == before
    # And the live database was not touched
    assert snapshot(live_url) == before
    # And the raw uploaded file came back, byte for byte, where the restored install keeps uploads
    named = sa.create_engine(named_url)
    with named.connect() as conn:
        key = conn.execute(sa.text("SELECT file_key FROM datasources")).scalar_one()
    named.dispose()
    assert (uploads / key).read_bytes() == (live_data / "uploads" / key).read_bytes()
    # And `chatbi ask` on the restored database answers from the restored data and semantic layer
    restored_env = base_env(tmp_path / "named-data", DATABASE_URL=named_url, UPLOAD_DIR=str(uploads))
    asked = chatbi("ask", QUESTION, "--datasource", "1", env=restored_env, cwd=tmp_path)
    assert asked.returncode == 0, asked.stdout + asked.stderr
    assert "北京" in asked.stdout and "150.50" in asked.stdout
    metric = chatbi("ask", "客单价", "--datasource", "1", env=restored_env, cwd=tmp_path)
    assert metric.returncode == 0, metric.stdout + metric.stderr


def test_a_refused_restore_writes_nothing(installed, named_url, tmp_path) -> None:
    # Given a backup, and a named database that is blank except for one table named like a dataset table
    env, location = installed.env, installed.location
    dataset_table = next(n for n in installed.before if n.startswith("ds_"))
    target = sa.create_engine(named_url)
    with target.begin() as conn:
        conn.execute(sa.text(f"CREATE TABLE {dataset_table} (x INTEGER)"))
    # When it is restored there
    done = chatbi("restore", location, "--database-url", named_url, env=env, cwd=tmp_path)
    # Then the restore is refused with one clear line
    assert done.returncode == 1
    assert f"dataset table {dataset_table} already exists" in done.stderr
    assert "Traceback" not in done.stderr
    # And nothing was written: no migration, no app table, no row
    assert sorted(sa.inspect(target).get_table_names()) == [dataset_table]
    target.dispose()


def test_backups_are_private_and_can_be_encrypted(tmp_path) -> None:
    from cryptography.fernet import Fernet

    key = Fernet.generate_key().decode()
    live_url = f"sqlite:///{tmp_path / 'live.db'}"
    # Given an install with an encryption key, under a permissive umask
    env, _ = live_install(tmp_path, live_url, BACKUP_ENCRYPTION_KEY=key)
    # When it backs up
    made = chatbi("backup", env=env, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    result = json.loads(made.stdout)
    data, manifest = Path(result["location"]), Path(result["manifest"])
    # Then both files are readable by their owner only, in a private directory
    assert stat.S_IMODE(data.stat().st_mode) == 0o600
    assert stat.S_IMODE(manifest.stat().st_mode) == 0o600
    assert stat.S_IMODE(data.parent.stat().st_mode) == 0o700
    # And the data file is encrypted: no password hash or Chinese text in it, not even gzip'd
    assert data.name.endswith(".jsonl.gz.fernet") and result["encrypted"] is True
    assert not data.read_bytes().startswith(b"\x1f\x8b") and b"argon2" not in data.read_bytes()
    # And without the key, restore says which key it needs; with a wrong one, that it is wrong
    target = f"sqlite:///{tmp_path / 'restored.db'}"
    plain_env = {k: v for k, v in env.items() if k != "BACKUP_ENCRYPTION_KEY"}
    missing = chatbi("restore", str(data), "--database-url", target, env=plain_env, cwd=tmp_path)
    assert missing.returncode == 1 and "set BACKUP_ENCRYPTION_KEY" in missing.stderr
    wrong_env = {**env, "BACKUP_ENCRYPTION_KEY": Fernet.generate_key().decode()}
    wrong = chatbi("restore", str(data), "--database-url", target, env=wrong_env, cwd=tmp_path)
    assert wrong.returncode == 1 and "cannot be decrypted" in wrong.stderr
    # And with the key every row comes back
    done = chatbi(
        "restore",
        str(data),
        "--database-url",
        target,
        "--upload-dir",
        str(tmp_path / "u"),
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert snapshot(target) == snapshot(live_url)


def test_backup_script_sets_a_private_umask() -> None:
    from tests.ops.cli_process import ROOT

    script = (ROOT / "infra" / "backup" / "backup-db.sh").read_text(encoding="utf-8")
    unit = (ROOT / "infra" / "systemd" / "chatbi-backend.service").read_text(encoding="utf-8")
    assert re.search(r"^umask 077\b", script, re.MULTILINE)
    assert "StateDirectoryMode=0750" in unit
