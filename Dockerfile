# syntax=docker/dockerfile:1
# ChatBI backend: gunicorn + uvicorn workers on :8000, Prometheus on :9091.
#   docker build -t chatbi-backend .      (docker-compose.yml does this for you)

# ---------------------------------------------------------------- build: venv + the app (editable,
# so shared.migrate finds alembic.ini and migrations/ next to shared/ under /app)
FROM python:3.12-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md alembic.ini ./
COPY migrations ./migrations
COPY shared ./shared
COPY functions ./functions
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install --upgrade pip \
    && /opt/venv/bin/pip install -e .

# ---------------------------------------------------------------- runtime: no compilers, non-root
FROM python:3.12-slim AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    CHATBI_DATA_DIR=/var/lib/chatbi \
    PROMETHEUS_MULTIPROC_DIR=/tmp/chatbi-prometheus
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 chatbi \
    && useradd --system --uid 10001 --gid chatbi --home-dir /app --shell /usr/sbin/nologin chatbi \
    && mkdir -p /var/lib/chatbi /var/log/chatbi \
    && chown -R chatbi:chatbi /var/lib/chatbi /var/log/chatbi
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
COPY infra/gunicorn.conf.py /app/gunicorn.conf.py
WORKDIR /app
USER chatbi
EXPOSE 8000 9091
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8000/health || exit 1
CMD ["gunicorn", "-c", "/app/gunicorn.conf.py", "functions.local:app"]
