"""`chatbi eval`: measure engines on question sets; print accuracy, clarify rate and confidently wrong."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)


def eval_command(
    set_dirs: list[Path] = typer.Argument(
        ..., exists=True, file_okay=False, help="One or more folders with questions.jsonl"
    ),
    base: str | None = typer.Option(None, help="Base URL of a running ChatBI; default: in-process."),
    username: str = typer.Option("admin", help="Login for --base."),
    password: str = typer.Option("chatbi-admin", help="Password for --base."),
    engine: str | None = typer.Option(None, help="rules | llm | auto (default: the server's mode)."),
    lang: str | None = typer.Option(None, help="Only questions in this language (zh/en)."),
    limit: int | None = typer.Option(None, help="Only the first N questions of each set."),
    show_failures: int = typer.Option(50, help="How many failures to print per set."),
    json_out: str | None = typer.Option(
        None, "--json", help="Also write the figures as JSON to this file ('-': stdout, text to stderr)."
    ),
) -> None:
    """Run question sets through the HTTP API; per set and language print accuracy, clarify rate,
    confidently wrong (answered ok but wrong), the failures and latency."""
    from shared.cli.evalharness import (  # lazy: cold start
        Api,
        Report,
        in_process_api,
        run_eval,
        summary_json,
        summary_table,
    )

    reports: list[Report] = []

    def run_all(api: Api) -> None:
        for set_dir in set_dirs:
            reports.append(run_eval(api, set_dir, engine=engine, limit=limit, lang=lang))

    if base:
        import httpx  # lazy: heavy (httpx)

        with httpx.Client(base_url=base, timeout=120) as client:
            api = Api(client)
            api.login(username, password)
            run_all(api)
    else:
        with in_process_api() as api:
            run_all(api)
    text = "\n\n".join(report.render(show_failures) for report in reports)
    text += "\n\nsummary\n" + summary_table(reports)
    document = summary_json(reports) | {"reports": [report.to_json() for report in reports]}
    if json_out == "-":
        typer.echo(text, err=True)
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return
    typer.echo(text)
    if json_out:
        Path(json_out).write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
