"""A hostile connection URL or database server cannot read files on the ChatBI server.

The attack: an analyst registers `mysql+pymysql://x:s3cretpw@HOST/db?local_infile=1` for a MySQL server
they control; during the connection test that server answers a query with a LOAD DATA LOCAL
request naming a file (`/proc/self/environ` holds the JWT secret), and the driver uploads it.
`FakeMySQL` below is such a server, speaking just enough of the protocol for PyMySQL.
"""

from __future__ import annotations

import socket
import struct
import threading
from pathlib import Path

import pytest

CLIENT_LOCAL_FILES = 0x80
SERVER_CAPABILITIES = 0x1 | 0x8 | 0x80 | 0x200 | 0x2000 | 0x8000 | 0x80000  # incl. LOCAL_FILES


class FakeMySQL:
    """Handshakes, accepts any password, and answers every query with a LOCAL INFILE request."""

    def __init__(self, requested_file: Path) -> None:
        self.requested_file = requested_file
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(10)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.client_flags: list[int] = []
        self.received_after_request = b""
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _send(self, conn: socket.socket, seq: int, payload: bytes) -> None:
        conn.sendall(struct.pack("<I", len(payload))[:3] + bytes([seq]) + payload)

    def _recv(self, conn: socket.socket) -> bytes:
        header = conn.recv(4)
        if len(header) < 4:
            return b""
        length = int.from_bytes(header[:3], "little")
        data = b""
        while len(data) < length:
            chunk = conn.recv(length - len(data))
            if not chunk:
                break
            data += chunk
        return data

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.settimeout(3)
            try:
                self._session(conn)
            except OSError:
                pass
            finally:
                conn.close()

    def _session(self, conn: socket.socket) -> None:
        salt = b"abcdefgh" + b"ijklmnopqrst"
        greeting = (
            b"\x0a5.7.99-fake\x00"
            + struct.pack("<I", 7)
            + salt[:8]
            + b"\x00"
            + struct.pack("<H", SERVER_CAPABILITIES & 0xFFFF)
            + b"\x21"
            + struct.pack("<H", 2)
            + struct.pack("<H", SERVER_CAPABILITIES >> 16)
            + bytes([21])
            + b"\x00" * 10
            + salt[8:]
            + b"\x00"
            + b"mysql_native_password\x00"
        )
        self._send(conn, 0, greeting)
        response = self._recv(conn)
        self.client_flags.append(struct.unpack("<I", response[:4])[0] if len(response) >= 4 else 0)
        self._send(conn, 2, b"\x00\x00\x00\x02\x00\x00\x00")  # OK
        while True:
            command = self._recv(conn)
            if not command or command[0] == 0x01:  # closed or COM_QUIT
                return
            # Any query: "send me this file"
            self._send(conn, 1, b"\xfb" + str(self.requested_file).encode())
            try:
                while chunk := conn.recv(65536):
                    self.received_after_request += chunk
            except OSError:
                pass
            return

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "environ"
    path.write_text("JWT_SECRET_KEY=stolen-if-you-can-read-this")
    return path


@pytest.fixture
def fake_mysql(secret_file: Path):
    server = FakeMySQL(secret_file)
    yield server
    server.close()


def connect(client, headers, url: str):
    return client.post("/api/v1/datasources", json={"name": "hostile", "url": url}, headers=headers)


@pytest.mark.parametrize("storage", ["sqlite"], indirect=True)
def test_local_infile_parameter_is_refused_before_connecting(client, analyst_headers, fake_mysql) -> None:
    # Given a MySQL server that asks for a file, and a URL asking the driver to allow that
    url = f"mysql+pymysql://x:s3cretpw@127.0.0.1:{fake_mysql.port}/db?local_infile=1"
    # When an analyst registers it
    response = connect(client, analyst_headers, url)
    # Then it is a 422 naming the parameter, and the server was never contacted
    assert response.status_code == 422, response.text
    assert "local_infile" in response.json()["error"]["message"]
    assert fake_mysql.connections == 0


@pytest.mark.parametrize("storage", ["sqlite"], indirect=True)
def test_a_server_asking_for_a_file_gets_nothing(client, analyst_headers, fake_mysql, secret_file) -> None:
    # Given a MySQL server that answers the connection test with a LOCAL INFILE request
    url = f"mysql+pymysql://x:s3cretpw@127.0.0.1:{fake_mysql.port}/db"
    # When an analyst registers it
    response = connect(client, analyst_headers, url)
    # Then the connection fails with a 422 that says so, never a 500
    assert response.status_code == 422, response.text
    assert "Could not connect" in response.json()["error"]["message"]
    # And the server did get a connection, but the client never offered or sent a file
    assert fake_mysql.connections >= 1
    assert all(not flags & CLIENT_LOCAL_FILES for flags in fake_mysql.client_flags)
    assert b"stolen" not in fake_mysql.received_after_request


def test_app_database_engines_never_allow_local_infile(fake_mysql) -> None:
    # Given an operator URL (or a tampered one) that enables LOCAL INFILE
    import sqlalchemy as sa

    from shared.storage.db import build_engine

    engine = build_engine(
        f"mysql+pymysql://x:s3cretpw@127.0.0.1:{fake_mysql.port}/db?local_infile=1",
        poolclass=sa.pool.NullPool,
    )
    # When the server asks for a file on the first query
    with pytest.raises(Exception), engine.connect() as conn:  # noqa: B017 - any driver error will do
        conn.exec_driver_sql("SELECT 1")
    engine.dispose()
    # Then the app's own engines refused: no LOCAL_FILES capability, no file bytes
    assert fake_mysql.client_flags and not fake_mysql.client_flags[0] & CLIENT_LOCAL_FILES
    assert b"stolen" not in fake_mysql.received_after_request


@pytest.mark.parametrize("storage", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("mysql+pymysql://x:s3cretpw@127.0.0.1/db?read_default_file=/etc/mysql/my.cnf", "read_default_file"),
        ("mysql+pymysql://x:s3cretpw@127.0.0.1/db?init_command=SET+GLOBAL+x%3D1", "init_command"),
        ("mysql+pymysql://x:s3cretpw@127.0.0.1/db?client_flag=128", "client_flag"),
        ("mysql+pymysql://x:s3cretpw@localhost/db?unix_socket=/run/mysqld/mysqld.sock", "unix_socket"),
        ("postgresql+psycopg://u@127.0.0.1/db?options=-c+default_transaction_read_only%3Doff", "options"),
        ("postgresql+psycopg://u@127.0.0.1/db?passfile=/root/.pgpass", "passfile"),
        ("postgresql+psycopg://u@127.0.0.1/db?service=prod", "service"),
        ("postgresql+psycopg:///db", "must name a database host"),
        ("mysql+pymysql://x:s3cretpw@169.254.169.254/db", "metadata"),
        ("mysql+pymysql://x:s3cretpw@[fe80::1]/db", "metadata"),
        ("mysql+pymysql://x:s3cretpw@100.100.100.200/db", "metadata"),
        ("mysql+pymysql://x:s3cretpw@127.0.0.1:notaport/db", "Not a valid SQLAlchemy URL"),
        ("mysql+pymysql://x:s3cretpw@127.0.0.1:99999/db", "Could not connect"),
        ("not a url at all", "Not a valid SQLAlchemy URL"),
        ("mssql+pyodbc://u:p@host/db", "not supported"),
        ("mysql+pymysql://x:s3cretpw@no-such-host.invalid/db", "Cannot resolve"),
    ],
)
def test_hostile_or_broken_urls_are_422_with_a_reason(client, analyst_headers, url, says) -> None:
    # When an analyst registers a URL that would reach files, sockets or metadata services
    response = connect(client, analyst_headers, url)
    # Then it is a 422 that says what is wrong, never a 500, and never echoes the password
    assert response.status_code == 422, response.text
    assert says in response.json()["error"]["message"]
    assert "s3cretpw" not in response.text


@pytest.mark.parametrize("storage", ["sqlite"], indirect=True)
def test_allowed_hosts_limit_where_databases_may_live(client, analyst_headers, monkeypatch) -> None:
    from shared.settings import clear_caches

    # Given an operator who allows only the 10.0.0.0/8 network
    monkeypatch.setenv("CONNECT_ALLOWED_HOSTS", "10.0.0.0/8, db.internal.invalid")
    clear_caches()
    # When an analyst registers a database on the loopback interface
    response = connect(client, analyst_headers, "mysql+pymysql://root@127.0.0.1:3306/mysql")
    # Then it is refused, naming the setting
    assert response.status_code == 422, response.text
    assert "CONNECT_ALLOWED_HOSTS" in response.json()["error"]["message"]


@pytest.mark.parametrize("storage", ["sqlite"], indirect=True)
def test_allowed_hosts_let_listed_databases_through(client, analyst_headers, monkeypatch) -> None:
    from shared.settings import clear_caches

    # Given an operator who allows the loopback host by name
    monkeypatch.setenv("CONNECT_ALLOWED_HOSTS", "localhost,127.0.0.1")
    clear_caches()
    # When an analyst registers the local MariaDB's own schema
    response = connect(client, analyst_headers, "mysql+pymysql://root@127.0.0.1:3306/mysql?charset=utf8mb4")
    # Then it connects
    assert response.status_code == 201, response.text
