"""`chatbi eval` and `chatbi ask`: measure engines on a question set; ask from the terminal."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)


def eval_command(
    set_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder with questions.jsonl"),
    base: str | None = typer.Option(None, help="Base URL of a running ChatBI; default: in-process."),
    username: str = typer.Option("admin", help="Login for --base."),
    password: str = typer.Option("chatbi-admin", help="Password for --base."),
    engine: str | None = typer.Option(None, help="rules | llm | auto (default: the server's mode)."),
    lang: str | None = typer.Option(None, help="Only questions in this language (zh/en)."),
    limit: int | None = typer.Option(None, help="Only the first N questions."),
    show_failures: int = typer.Option(50, help="How many failures to print."),
    json_out: Path | None = typer.Option(None, "--json", help="Also write the report as JSON."),
) -> None:
    """Run a question set through the HTTP API and print accuracy, failures and latency."""
    from shared.evalharness import Api, in_process_api, run_eval

    if base:
        import httpx

        with httpx.Client(base_url=base, timeout=120) as client:
            api = Api(client)
            api.login(username, password)
            report = run_eval(api, set_dir, engine=engine, limit=limit, lang=lang)
    else:
        with in_process_api() as api:
            report = run_eval(api, set_dir, engine=engine, limit=limit, lang=lang)
    typer.echo(report.render(show_failures))
    if json_out:
        json_out.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
