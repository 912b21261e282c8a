"""MySQL over TLS with DATABASE_SSL_CA. The shared MariaDB runs without TLS (and must not be
restarted), so this starts a private MariaDB server of its own (same binaries, its own data
directory and port) with a self-signed CA, and a user that is only allowed in over TLS.
PyMySQL already encrypts when the server offers TLS; DATABASE_SSL_CA makes it VERIFY the server."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.ops.cli_process import base_env, chatbi
from tests.ops.helpers import closed_port

TOOLS = ("mariadbd", "mariadb-install-db", "openssl")


@dataclass
class TlsServer:
    port: int
    ca: Path
    other_ca: Path

    def url(self, user: str = "chatbi_tls", password: str = "tls-password-1") -> str:
        return f"mysql+pymysql://{user}:{password}@127.0.0.1:{self.port}/chatbi?charset=utf8mb4"


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def _certificates(d: Path) -> None:
    for name in ("ca", "other-ca"):
        _openssl(
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            f"/CN=ChatBI {name}",
            "-keyout",
            f"{name}.key",
            "-out",
            f"{name}.pem",
            cwd=d,
        )
    san = ["-addext", "subjectAltName=IP:127.0.0.1"]
    _openssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=127.0.0.1",
        *san,
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        cwd=d,
    )
    _openssl(
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-copy_extensions",
        "copy",
        "-out",
        "server.pem",
        cwd=d,
    )


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsServer]:
    if not all(shutil.which(tool) for tool in TOOLS):
        pytest.skip(f"needs {', '.join(TOOLS)} to run a private TLS MariaDB")
    import pymysql

    d = tmp_path_factory.mktemp("mariadb-tls")
    _certificates(d)
    subprocess.run(
        [
            "mariadb-install-db",
            "--no-defaults",
            f"--datadir={d / 'data'}",
            "--user=root",
            "--auth-root-authentication-method=normal",
            "--skip-test-db",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    port = closed_port()
    server = subprocess.Popen(
        [
            "mariadbd",
            "--no-defaults",
            f"--datadir={d / 'data'}",
            "--user=root",
            f"--port={port}",
            "--bind-address=127.0.0.1",
            f"--socket={d / 'mysqld.sock'}",
            f"--pid-file={d / 'mysqld.pid'}",
            f"--ssl-ca={d / 'ca.pem'}",
            f"--ssl-cert={d / 'server.pem'}",
            f"--ssl-key={d / 'server.key'}",
            "--innodb-buffer-pool-size=16M",
            "--skip-log-bin",
        ],
        stdout=subprocess.DEVNULL,
        stderr=(d / "server.log").open("wb"),
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                admin = pymysql.connect(host="127.0.0.1", port=port, user="root")
                break
            except pymysql.err.OperationalError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.3)
        with admin.cursor() as cur:
            cur.execute("CREATE DATABASE chatbi CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
            cur.execute("CREATE USER 'chatbi_tls'@'%' IDENTIFIED BY 'tls-password-1' REQUIRE SSL")
            cur.execute("GRANT ALL PRIVILEGES ON chatbi.* TO 'chatbi_tls'@'%'")
        admin.close()
        yield TlsServer(port, d / "ca.pem", d / "other-ca.pem")
    finally:
        server.terminate()
        server.wait(timeout=60)


def test_database_ssl_ca_connects_over_verified_tls(tls_server, tmp_path, monkeypatch) -> None:
    import sqlalchemy as sa

    env = base_env(tmp_path / "data", DATABASE_URL=tls_server.url())
    # Given a MySQL user that may only connect over TLS (PyMySQL encrypts opportunistically, but
    # without a CA it cannot tell the server from an impostor)
    # When DATABASE_SSL_CA is a CA that did not sign the server's certificate
    wrong = chatbi("migrate", env={**env, "DATABASE_SSL_CA": str(tls_server.other_ca)}, cwd=tmp_path)
    # Then the certificate is checked and refused, in one line
    assert wrong.returncode == 2 and "certificate verify failed" in wrong.stderr, wrong.stderr
    assert wrong.stderr.startswith("Database unreachable:") and len(wrong.stderr.strip().splitlines()) == 1
    # When DATABASE_SSL_CA names the right CA, Then migrate succeeds over TLS
    done = chatbi("migrate", env={**env, "DATABASE_SSL_CA": str(tls_server.ca)}, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    # And the app's own engine talks TLS (the session has a cipher)
    from shared.storage.db import app_engine
    from tests.conftest import reset_runtime

    monkeypatch.setenv("DATABASE_URL", tls_server.url())
    monkeypatch.setenv("DATABASE_SSL_CA", str(tls_server.ca))
    reset_runtime()
    with app_engine().connect() as conn:
        cipher = conn.execute(sa.text("SHOW STATUS LIKE 'Ssl_cipher'")).one()[1]
        tables = set(sa.inspect(conn).get_table_names())
    assert cipher and {"users", "installation"} <= tables
