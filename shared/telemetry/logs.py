"""JSON-lines logging with the request's id, user, route, status and latency: ONE shape everywhere.

`configure_logging()` is idempotent and called by the middleware (and the CLI/handlers)
the first time it is needed. Every line has Powertools' keys (level, location, message,
timestamp, service, name) plus our request_id/user/route/status/latency fields, in Lambda and
on a server alike; in Lambda the Powertools `Logger` adds its context keys (cold_start,
function_request_id, correlation_id, xray_trace_id). Lines go to stdout always (what Lambda,
Docker and journald collect), plus LOG_FILE when set (the host install) through a
WatchedFileHandler: several gunicorn workers append to the same file and the shipped
logrotate is its only rotator (a moved file is reopened by each worker), so no line is lost.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
from contextvars import ContextVar
from logging.handlers import WatchedFileHandler
from typing import Any

from shared.settings import get_settings
from shared.telemetry import service_name

# The request being served, for every log line written while serving it.
request_id_var: ContextVar[str | None] = ContextVar("chatbi_request_id", default=None)

_STANDARD_ATTRS = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}
_configured_key: tuple[Any, ...] | None = None
_lock = threading.Lock()
_OWN_HANDLER = "_chatbi_handler"


class _RequestIdFilter(logging.Filter):
    """Puts the current request's id on the record (Powertools' formatter prints record extras)."""

    def filter(self, record: logging.LogRecord) -> bool:
        request_id = request_id_var.get()
        if request_id and not hasattr(record, "request_id"):
            record.request_id = request_id
        return True


class _StdoutHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stdout is at the time (test capture swaps it; Lambda never does)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stdout
        super().emit(record)


_powertools_loggers: dict[str, Any] = {}


def powertools_logger() -> Any:
    """The Powertools Logger of this function (one per service name: it owns a stdlib logger)."""
    service = service_name()
    if service not in _powertools_loggers:
        from aws_lambda_powertools import Logger  # lazy: heavy (powertools)

        handler = _StdoutHandler()
        handler.addFilter(_RequestIdFilter())
        logger = Logger(service=service, logger_handler=handler)
        logger.append_keys(name="%(name)s")  # which of our loggers wrote the line
        _powertools_loggers[service] = logger
    return _powertools_loggers[service]


def _route_app_logs_through_powertools(level: int) -> logging.Formatter:
    """`chatbi.*` lines go to the Powertools handler only (not again through the root)."""
    logger = powertools_logger()
    logger.setLevel(level)
    app_logger = logging.getLogger("chatbi")
    app_logger.handlers = [logger.registered_handler]
    app_logger.propagate = False
    return logger.registered_formatter  # type: ignore[no-any-return]


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str, separators=(",", ":"))


def server_formatter() -> logging.Formatter:
    """The formatter of every line outside Lambda: Powertools' JSON shape, without Lambda context."""
    from aws_lambda_powertools.logging.formatter import LambdaPowertoolsFormatter  # lazy: heavy (powertools)

    formatter = LambdaPowertoolsFormatter(service=service_name(), json_serializer=_dumps)
    formatter.append_keys(name="%(name)s")
    return formatter


def _route_app_logs_through_root() -> None:
    app_logger = logging.getLogger("chatbi")
    app_logger.handlers = []
    app_logger.propagate = True


def _own_handlers(logger: logging.Logger) -> list[logging.Handler]:
    return [h for h in logger.handlers if getattr(h, _OWN_HANDLER, False)]


def _is_console(handler: logging.Handler) -> bool:
    """A plain StreamHandler on stdout/stderr (not pytest's capture handlers, not files)."""
    consoles = (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__)
    return type(handler) is logging.StreamHandler and handler.stream in consoles


def configure_logging(force: bool = False) -> None:
    """JSON handlers on the root logger per the current settings (re-done only when they change).

    `chatbi.*` loggers log at LOG_LEVEL; third-party libraries at WARNING or above, so
    LOG_LEVEL=DEBUG does not drown the log in driver chatter. In Lambda, `chatbi.*` lines go
    through the Powertools Logger; the runtime's own root handler is kept (it frames lines for
    CloudWatch) and given the same formatter.
    """
    global _configured_key

    settings = get_settings()
    in_lambda = bool(os.environ.get("AWS_LAMBDA_FUNCTION_NAME"))
    service = service_name() if in_lambda else None
    key = (settings.log_level, settings.log_file, in_lambda, service)
    if key == _configured_key and not force:
        return
    with _lock:
        root = logging.getLogger()
        for handler in _own_handlers(root):
            root.removeHandler(handler)
            handler.close()
        level = logging.getLevelName(settings.log_level.upper())
        level = level if isinstance(level, int) else logging.INFO
        handlers: list[logging.Handler] = []
        consoles = [h for h in root.handlers if _is_console(h)]
        if in_lambda:
            formatter = _route_app_logs_through_powertools(level)
            # The runtime's root handler (third-party lines) gets the same JSON shape.
            for handler in root.handlers:
                handler.setFormatter(formatter)
            if not root.handlers:
                handlers.append(_StdoutHandler())
        else:
            _route_app_logs_through_root()
            formatter = server_formatter()
            if consoles:
                # Someone (logging.basicConfig, a CLI) already prints to the console: reuse it, in JSON.
                for handler in consoles:
                    handler.setFormatter(formatter)
                    if not any(isinstance(f, _RequestIdFilter) for f in handler.filters):
                        handler.addFilter(_RequestIdFilter())
            else:
                handlers.append(logging.StreamHandler(sys.stdout))
        if settings.log_file:
            # Reopened when logrotate moves it: one rotator for every worker process.
            handlers.append(WatchedFileHandler(settings.log_file, encoding="utf-8"))
        for handler in handlers:
            handler.setFormatter(formatter)
            handler.addFilter(_RequestIdFilter())
            setattr(handler, _OWN_HANDLER, True)
            root.addHandler(handler)
        logging.getLogger("chatbi").setLevel(level)
        root.setLevel(max(level, logging.WARNING))
        _configured_key = key


def access_log(
    *,
    method: str,
    path: str,
    route: str,
    status: int,
    latency_ms: float,
    user: str | None,
    client_ip: str | None,
) -> None:
    """The one line per request an operator greps for."""
    logging.getLogger("chatbi.access").info(
        "%s %s %s",
        method,
        path,
        status,
        extra={
            "method": method,
            "path": path,
            "route": route,
            "status": status,
            "latency_ms": round(latency_ms, 2),
            "user": user,
            "client_ip": client_ip,
        },
    )
