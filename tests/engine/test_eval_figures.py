"""`chatbi eval` figures: accuracy, clarify rate and confidently wrong, per language and overall.

A tiny set (tests/fixtures/eval_tiny) is run against a scripted ChatBI on a real socket, so the
counting is checked end to end through the harness's HTTP client and the CLI's --json output.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from shared.cli.evalharness import Api, Figures, Outcome, Report, run_eval
from shared.cli.main import app

TINY = Path(__file__).resolve().parents[1] / "fixtures" / "eval_tiny"


def ok(columns: list[str], rows: list[list[Any]]) -> dict[str, Any]:
    return {"status": "ok", "sql": "SELECT ...", "columns": [{"name": c} for c in columns], "rows": rows}


CLARIFY = {"status": "clarify", "message": "Which measure?", "sql": None}
# What the scripted server answers to each question of the tiny set.
SCRIPT: dict[str, dict[str, Any]] = {
    "Total amount": ok(["s"], [[35]]),  # right
    "Amount by region": ok(["region", "s"], [["North", 15], ["South", 99]]),  # ok but wrong
    "How many sales": CLARIFY,  # clarify: wrong, not confidently wrong
    "What is the weather": ok(["x"], [[1]]),  # unanswerable answered: confidently wrong
    "总金额": ok(["s"], [[35.0]]),  # right
    "各区域的金额": ok(["region", "s"], [["North", 15], ["South", 20]]),  # right
    "利润率是多少": CLARIFY,  # unanswerable refused: right
    "销售笔数": {"status": "error", "message": "failed", "sql": None},  # error: wrong, not confident
}


class ScriptedChatBI(BaseHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        return

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path == "/api/v1/auth/login":
            self._reply(200, {"access_token": "token"})
        elif self.path == "/api/v1/datasources/upload":
            self._reply(201, {"id": 1})
        elif self.path == "/api/v1/ask":
            question = json.loads(raw)["question"]
            self._reply(200, {"conversation_id": 1, **SCRIPT[question]})
        else:
            self._reply(404, {"detail": "no such route"})


@pytest.fixture
def chatbi_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), ScriptedChatBI)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def outcome(lang: str, status: str, correct: bool, tags: list[str] | None = None) -> Outcome:
    return Outcome({"id": "x", "question": "q", "lang": lang, "tags": tags or []}, correct, status, None, 1.0)


def test_confidently_wrong_counts_ok_but_wrong_and_answered_unanswerable_only():
    # Given one answer of every kind
    outcomes = [
        outcome("en", "ok", True),
        outcome("en", "ok", False),  # confidently wrong
        outcome("en", "clarify", False),  # costs accuracy only
        outcome("en", "error", False),
        outcome("en", "clarify", True, ["unanswerable"]),  # the refusal is right
        outcome("en", "ok", False, ["unanswerable"]),  # answered at all: confidently wrong
    ]
    # When they are counted
    figures = Figures.of(outcomes)
    # Then
    assert (figures.questions, figures.correct, figures.clarified, figures.confidently_wrong) == (6, 2, 2, 2)
    assert figures.accuracy == pytest.approx(2 / 6) and figures.confidently_wrong_rate == pytest.approx(2 / 6)
    assert Figures.of([]).accuracy is None


def test_run_eval_reports_figures_per_language_and_overall(chatbi_url: str):
    # Given the tiny set and a ChatBI answering it as scripted
    with httpx.Client(base_url=chatbi_url) as client:
        api = Api(client)
        api.login("u", "p")
        # When the set is run
        report: Report = run_eval(api, TINY)
    # Then each language and the whole set have their own three figures
    summary = {group: figures.to_json() for group, figures in report.summary().items()}
    assert summary["en"] == {
        "questions": 4,
        "correct": 1,
        "clarified": 1,
        "confidently_wrong": 2,
        "accuracy": 0.25,
        "clarify_rate": 0.25,
        "confidently_wrong_rate": 0.5,
    }
    zh = summary["zh"]
    assert (zh["correct"], zh["clarified"], zh["confidently_wrong"]) == (3, 1, 0)
    assert summary["overall"]["questions"] == 8 and summary["overall"]["correct"] == 4
    assert summary["overall"]["confidently_wrong_rate"] == 0.25
    assert report.name == "eval_tiny"
    assert "CONFIDENTLY WRONG" in report.render()


def test_cli_prints_the_figures_as_json_for_scripts(chatbi_url: str):
    # When `chatbi eval --json -` runs the tiny set twice (two set folders at once)
    result = CliRunner().invoke(app, ["eval", str(TINY), str(TINY), "--base", chatbi_url, "--json", "-"])
    # Then stdout is JSON with figures per set and language, and overall across the sets
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["sets"]["eval_tiny"]["zh"]["accuracy"] == 0.75
    assert document["overall"]["overall"]["questions"] == 16
    assert document["overall"]["en"]["confidently_wrong"] == 4
    assert document["reports"][0]["summary"]["en"]["clarified"] == 1
