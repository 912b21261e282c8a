"""Backups: a populated database (users, a Chinese dataset, conversations) backed up and
restored into an empty one on SQLite, MariaDB and across the two, every row identical;
S3 via moto, retention, corruption detection, the CLI and the scheduled function."""

from __future__ import annotations

import gzip
import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from shared.errors import BadRequest, Conflict
from shared.ops import backup, backup_format, backup_store, restore
from tests.conftest import MARIADB_ROOT, TEST_DB, reset_runtime
from tests.ops.helpers import fake_aws

T0 = datetime(2026, 3, 1, 9, 30, 0)
DATASET_TABLE = "ds_sales_订单"


def seed() -> None:
    """Users, a file datasource with a physical table of Chinese text, a conversation with messages."""
    from shared.storage.db import session_scope, workspace_engine
    from shared.storage.models import (
        AuditLog,
        Conversation,
        Datasource,
        DatasourceTable,
        Feedback,
        Message,
        User,
    )

    with session_scope() as s:
        alice = User(username="alice", password_hash="h1", role="admin", created_at=T0, updated_at=T0)
        wang = User(username="王小明", password_hash="h2", role="analyst", created_at=T0, updated_at=T0)
        off = User(
            username="离职", password_hash="h3", role="viewer", is_active=False, created_at=T0, updated_at=T0
        )
        s.add_all([alice, wang, off])
        s.flush()
        ds = Datasource(
            owner_id=wang.id,
            name="销售数据",
            kind="file",
            dialect="sqlite",
            table_prefix="ds_sales",
            file_name="销售.xlsx",
            file_key="uploads/ds_sales.xlsx",
            file_size=12345,
            semantic={"metrics": [{"name": "销售额", "expr": "SUM(金额)"}]},
            created_at=T0,
            updated_at=T0,
        )
        ds.tables.append(
            DatasourceTable(
                name="订单",
                physical_name=DATASET_TABLE,
                row_count=3,
                columns=[{"name": "城市", "type": "text"}, {"name": "金额", "type": "float"}],
                profile={"城市": {"distinct": ["北京", "上海"]}},
            )
        )
        s.add(ds)
        s.flush()
        conv = Conversation(
            owner_id=wang.id,
            datasource_id=ds.id,
            title="上海的销售额",
            state={"last": {"metric": "销售额"}},
            created_at=T0,
            updated_at=T0,
        )
        conv.messages = [
            Message(
                datasource_id=ds.id,
                question="上海的销售额是多少？",
                status="ok",
                engine="rules",
                sql='SELECT SUM("金额") FROM "订单" WHERE "城市" = \'上海\'',
                summary="上海销售额为 300.5 元。",
                result={"columns": ["销售额"], "rows": [[300.5]]},
                timings={"total_ms": 12.5},
                created_at=T0,
            ),
            Message(
                question="按月呢", status="error", message="没有日期列", created_at=T0 + timedelta(seconds=5)
            ),
        ]
        s.add(conv)
        s.flush()
        s.add(
            Feedback(
                message_id=conv.messages[0].id, user_id=wang.id, rating="up", comment="很好", created_at=T0
            )
        )
        s.add(
            AuditLog(
                created_at=T0,
                user_id=alice.id,
                username="alice",
                method="GET",
                path="/api/v1/x",
                status=200,
                latency_ms=3.25,
                client_ip="203.0.113.7",
                request_id="r1",
            )
        )
    table = sa.Table(
        DATASET_TABLE,
        sa.MetaData(),
        sa.Column("_row", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("城市", sa.Text),
        sa.Column("金额", sa.Double),
        sa.Column("件数", sa.BigInteger),
        sa.Column("日期", sa.Date),
        sa.Column("下单时间", sa.DateTime),
        sa.Column("折扣", sa.Numeric(10, 2)),
        sa.Column("备注", sa.String(200)),
    )
    table.create(workspace_engine())
    with workspace_engine().begin() as conn:
        conn.execute(
            table.insert(),
            [
                {
                    "_row": 1,
                    "城市": "北京",
                    "金额": 100.25,
                    "件数": 3,
                    "日期": date(2026, 1, 2),
                    "下单时间": T0,
                    "折扣": Decimal("0.95"),
                    "备注": "含“引号”和\n换行",
                },
                {
                    "_row": 2,
                    "城市": "上海",
                    "金额": 300.5,
                    "件数": 2**40,
                    "日期": date(2026, 1, 3),
                    "下单时间": T0 + timedelta(hours=1),
                    "折扣": None,
                    "备注": "emoji 🎉",
                },
                {
                    "_row": 3,
                    "城市": None,
                    "金额": -0.125,
                    "件数": None,
                    "日期": None,
                    "下单时间": None,
                    "折扣": Decimal("1.00"),
                    "备注": "",
                },
            ],
        )


def snapshot(app_engine: sa.Engine, workspace_engine: sa.Engine) -> dict[str, list[tuple]]:
    """Every row of every app table and the dataset table, in primary-key order."""
    out: dict[str, list[tuple]] = {}
    for name in backup.app_table_names():
        out[name] = _rows(app_engine, name)
    out[DATASET_TABLE] = _rows(workspace_engine, DATASET_TABLE)
    return out


def _rows(engine: sa.Engine, name: str) -> list[tuple]:
    table = sa.Table(name, sa.MetaData(), autoload_with=engine)
    with engine.connect() as conn:
        rows = conn.execute(sa.select(table).order_by(*table.primary_key.columns)).all()
    return [tuple(_portable(v) for v in row) for row in rows]


def _portable(value):
    """Booleans are TINYINT on MariaDB: compare them as 0/1 so SQLite and MariaDB agree."""
    return int(value) if isinstance(value, bool) else value


@pytest.fixture
def empty_mariadb() -> str:
    """A blank MariaDB database (no tables at all) to restore into."""
    name = f"{TEST_DB}_restore"
    root = sa.create_engine(MARIADB_ROOT)
    with root.connect() as conn:
        conn.execute(sa.text(f"DROP DATABASE IF EXISTS `{name}`"))
        conn.execute(sa.text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"))
    root.dispose()
    return f"{MARIADB_ROOT}/{name}?charset=utf8mb4"


def _source_snapshot() -> dict[str, list[tuple]]:
    from shared.storage.db import app_engine, workspace_engine

    return snapshot(app_engine(), workspace_engine())


def test_round_trip_restores_every_row_identically(storage, tmp_path, empty_mariadb) -> None:
    from shared.storage.db import build_engine

    # Given a populated database
    seed()
    before = _source_snapshot()
    assert len(before[DATASET_TABLE]) == 3 and len(before["messages"]) == 2
    # When it is backed up and restored into an empty database of the same kind
    result = backup.create_backup()
    if storage.is_mariadb:
        app_url = workspace_url = empty_mariadb
    else:
        app_url = f"sqlite:///{tmp_path / 'restored' / 'chatbi.db'}"
        workspace_url = f"sqlite:///{tmp_path / 'restored' / 'workspace.db'}"
    restored = restore.restore_backup(result.location, app_url=app_url, workspace_url=workspace_url)
    # Then every table came back with the same rows, values and types
    target_app = build_engine(app_url)
    target_ws = target_app if workspace_url == app_url else build_engine(workspace_url)
    assert snapshot(target_app, target_ws) == before
    assert {t.name: t.rows for t in restored}[DATASET_TABLE] == 3
    # And the manifest lists each table with its row count and checksum
    manifest = json.loads(Path(result.manifest_location).read_text(encoding="utf-8"))
    assert manifest["sha256"] == backup_format.file_sha256(Path(result.location))
    counts = {t["name"]: t["rows"] for t in manifest["tables"]}
    assert counts["users"] == 3 and counts["conversations"] == 1 and counts[DATASET_TABLE] == 3
    target_app.dispose()
    target_ws.dispose()


@pytest.mark.parametrize("direction", ["sqlite_to_mariadb", "mariadb_to_sqlite"])
def test_restore_works_across_sqlite_and_mariadb(tmp_path, monkeypatch, empty_mariadb, direction) -> None:
    from shared.storage import migrate
    from shared.storage.db import build_engine

    sqlite_app = f"sqlite:///{tmp_path / 'a' / 'chatbi.db'}"
    sqlite_ws = f"sqlite:///{tmp_path / 'a' / 'workspace.db'}"
    if direction == "sqlite_to_mariadb":
        monkeypatch.setenv("CHATBI_DATA_DIR", str(tmp_path / "a"))
        migrate.upgrade(sqlite_app)
        targets = (empty_mariadb, empty_mariadb)
    else:
        monkeypatch.setenv("DATABASE_URL", empty_mariadb)
        migrate.upgrade(empty_mariadb)
        targets = (sqlite_app, sqlite_ws)
    reset_runtime()
    # Given a populated database of one kind (on SQLite with an index on a TEXT column, which MySQL refuses)
    seed()
    if direction == "sqlite_to_mariadb":
        from shared.storage.db import workspace_engine

        with workspace_engine().begin() as conn:
            conn.execute(sa.text(f'CREATE INDEX ix_city ON "{DATASET_TABLE}" ("城市")'))
    before = _source_snapshot()
    # When its backup is restored into the other kind
    location = backup.create_backup().location
    restore.restore_backup(location, app_url=targets[0], workspace_url=targets[1])
    # Then the rows are the same
    app = build_engine(targets[0])
    ws = app if targets[1] == targets[0] else build_engine(targets[1])
    assert snapshot(app, ws) == before


def test_rows_are_streamed_in_batches(sqlite_storage, monkeypatch) -> None:
    from shared.storage.db import workspace_engine

    # Given a dataset of 35 rows and a batch size of 10
    monkeypatch.setattr(backup, "BATCH_ROWS", 10)
    seed()
    table = sa.Table(DATASET_TABLE, sa.MetaData(), autoload_with=workspace_engine())
    with workspace_engine().begin() as conn:
        conn.execute(table.insert(), [{"_row": i, "城市": f"城{i}"} for i in range(4, 36)])
    # When it is backed up
    location = Path(backup.create_backup().location)
    # Then its rows were written as four batches, never as one block
    with gzip.open(location, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    batches = [len(r["rows"]) for r in records if r["kind"] == "rows" and r["table"] == DATASET_TABLE]
    assert batches == [10, 10, 10, 5]


def test_corrupted_or_mismatched_backups_are_refused(sqlite_storage, tmp_path) -> None:
    # Given a valid backup
    seed()
    result = backup.create_backup()
    source = Path(result.location)
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    # When one value inside is altered (and the manifest is left behind)
    tampered = tmp_path / "tampered" / source.name
    tampered.parent.mkdir()
    with gzip.open(tampered, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(line.replace("上海", "深圳") for line in lines) + "\n")
    # Then restore refuses it before writing anything
    target = f"sqlite:///{tmp_path / 'r' / 'chatbi.db'}"
    with pytest.raises(BadRequest, match="corrupt"):
        restore.restore_backup(str(tampered), app_url=target, workspace_url=target)
    assert not (tmp_path / "r" / "chatbi.db").exists() or not sa.inspect(sa.create_engine(target)).has_table(
        "users"
    )
    # And a file that does not match its manifest is refused too
    (tmp_path / "tampered" / Path(result.manifest_location).name).write_text(
        Path(result.manifest_location).read_text(encoding="utf-8"), encoding="utf-8"
    )
    with pytest.raises(BadRequest, match="manifest"):
        restore.restore_backup(str(tampered), app_url=target, workspace_url=target)


def test_restore_refuses_a_database_with_data(sqlite_storage) -> None:
    # Given a backup of a populated database
    seed()
    location = backup.create_backup().location
    # When it is restored onto that same (non-empty) database
    # Then nothing is overwritten
    with pytest.raises(Conflict, match="not empty"):
        restore.restore_backup(location)


def test_local_retention_deletes_only_old_backups(sqlite_storage, monkeypatch) -> None:
    from shared.settings import get_settings

    # Given backups from 10 days and 2 days ago, and an unrelated file, with 7-day retention
    monkeypatch.setenv("BACKUP_RETENTION_DAYS", "7")
    reset_runtime()
    directory = get_settings().backups_path
    directory.mkdir(parents=True)
    now = datetime(2026, 6, 15, 2, 0, 0)
    old = backup_store.backup_stem(now - timedelta(days=10))
    recent = backup_store.backup_stem(now - timedelta(days=2))
    for name in (f"{old}.jsonl.gz", f"{old}.manifest.json", f"{recent}.jsonl.gz", "notes.txt"):
        (directory / name).write_text("x")
    # When retention runs
    pruned = backup_store.prune_backups(now)
    # Then only the old backup and its manifest are gone
    assert pruned == [f"{old}.jsonl.gz", f"{old}.manifest.json"]
    assert sorted(p.name for p in directory.iterdir()) == [f"{recent}.jsonl.gz", "notes.txt"]


def test_s3_backup_restore_and_retention(sqlite_storage, monkeypatch, tmp_path) -> None:
    import boto3
    from moto import mock_aws

    from shared.storage.db import build_engine

    fake_aws(monkeypatch)
    monkeypatch.setenv("BACKUP_BUCKET", "chatbi-backups")
    monkeypatch.setenv("BACKUP_PREFIX", "nightly/")
    reset_runtime()
    with mock_aws():
        s3 = boto3.client("s3", region_name="us-east-1")
        s3.create_bucket(Bucket="chatbi-backups")
        # Given a populated database and a 30-day-old backup already in the bucket
        seed()
        before = _source_snapshot()
        stale = backup_store.backup_stem(datetime.utcnow() - timedelta(days=30))
        s3.put_object(Bucket="chatbi-backups", Key=f"nightly/{stale}.jsonl.gz", Body=b"old")
        s3.put_object(Bucket="chatbi-backups", Key="nightly/README", Body=b"keep me")
        # When a backup runs
        result = backup.create_backup()
        # Then the new backup and its manifest are in s3://BACKUP_BUCKET/BACKUP_PREFIX and the old one is gone
        keys = sorted(o["Key"] for o in s3.list_objects_v2(Bucket="chatbi-backups")["Contents"])
        stem = result.name.removesuffix(".jsonl.gz")
        assert keys == sorted(["nightly/README", f"nightly/{stem}.jsonl.gz", f"nightly/{stem}.manifest.json"])
        assert result.location == f"s3://chatbi-backups/nightly/{stem}.jsonl.gz"
        assert result.pruned == [f"{stale}.jsonl.gz"]
        # And restoring straight from S3 gives back every row
        target = f"sqlite:///{tmp_path / 'from_s3' / 'chatbi.db'}"
        restore.restore_backup(result.location, app_url=target, workspace_url=target)
    engine = build_engine(target)
    assert snapshot(engine, engine) == before


def test_cli_backup_and_restore(sqlite_storage, tmp_path) -> None:
    from shared.cli.main import app
    from shared.storage.db import build_engine

    runner = CliRunner()
    # Given a populated database
    seed()
    before = _source_snapshot()
    # When the operator runs `chatbi backup` and `chatbi restore FILE` into a new database
    made = runner.invoke(app, ["backup"])
    assert made.exit_code == 0, made.output
    # (log lines may share stdout when an earlier test configured logging: the report is the indented JSON)
    location = json.loads(made.output[made.output.index("{\n") :])["location"]
    target = f"sqlite:///{tmp_path / 'cli' / 'chatbi.db'}"
    done = runner.invoke(
        app, ["restore", location, "--database-url", target, "--workspace-database-url", target]
    )
    # Then it reports the tables and the data is all there
    assert done.exit_code == 0, done.output
    assert "Restored 11 tables" in done.output  # 10 app tables (example_proposals included) + 1 dataset
    engine = build_engine(target)
    assert snapshot(engine, engine) == before
    # And restoring onto a database with data fails with a clear message, not a traceback
    again = runner.invoke(
        app, ["restore", location, "--database-url", target, "--workspace-database-url", target]
    )
    assert again.exit_code == 1 and "not empty" in again.output


def test_scheduled_backup_function_and_failure_alert(sqlite_storage, monkeypatch) -> None:
    from moto import mock_aws

    from functions.backup.handler import handler
    from tests.ops.test_health import _received, _sns_with_queue

    # Given a populated database
    seed()
    # When the daily function runs
    result = handler({"source": "aws.scheduler"}, None)
    # Then it reports the backup it wrote
    assert Path(result["location"]).is_file() and result["tables"]
    # And when the backup cannot be written, it alerts and fails loudly
    fake_aws(monkeypatch)
    with mock_aws():
        topic_arn, queue_url = _sns_with_queue()
        monkeypatch.setenv("ALERT_TOPIC_ARN", topic_arn)
        monkeypatch.setenv("BACKUP_BUCKET", "no-such-bucket")
        reset_runtime()
        with pytest.raises(Exception):  # noqa: B017 - whatever S3 raises must surface
            handler({"source": "aws.scheduler"}, None)
        notices = _received(queue_url)
    assert len(notices) == 1 and "backup failed" in notices[0]["Subject"]
