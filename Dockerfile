# syntax=docker/dockerfile:1
# ChatBI backend: gunicorn + uvicorn workers on :8000, Prometheus on :9091.
#   docker build -t chatbi-backend .      (docker-compose.yml does this for you)

# ---------------------------------------------------------------- build: venv + the app (editable,
# so shared.storage.migrate finds alembic.ini and migrations/ next to shared/ under /app)
FROM python:3.12-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# Not pinned (DL3008): build-essential is a meta-package of the base image's Debian release and
# only lives in this throw-away stage; pinning it breaks the build whenever Debian ships a fix.
# hadolint ignore=DL3008
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
    PROMETHEUS_MULTIPROC_DIR=/tmp/chatbi-prometheus \
    PROMETHEUS_BIND=0.0.0.0
RUN groupadd --system --gid 10001 chatbi \
    && useradd --system --uid 10001 --gid chatbi --home-dir /app --shell /usr/sbin/nologin chatbi \
    && mkdir -p /var/lib/chatbi /var/log/chatbi /var/backups/chatbi \
    && chown -R chatbi:chatbi /var/lib/chatbi /var/log/chatbi /var/backups/chatbi \
    && chmod 0700 /var/backups/chatbi
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
COPY infra/gunicorn.conf.py /app/gunicorn.conf.py
WORKDIR /app
USER 10001:10001
EXPOSE 8000 9091
# Exec form, no curl in the image: urlopen raises on anything but 2xx (503 = unhealthy).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)"]
CMD ["gunicorn", "-c", "/app/gunicorn.conf.py", "functions.local:app"]
