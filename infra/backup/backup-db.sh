#!/usr/bin/env bash
# Daily logical backup for the host install (the Lambda deployment uses BackupFunction).
# cron:  0 2 * * *  chatbi  /opt/chatbi/infra/backup/backup-db.sh >> /var/log/chatbi/backup.log 2>&1
# Writes chatbi_YYYYMMDD_HHMMSS.jsonl.gz + manifest to BACKUP_DIR (or s3://BACKUP_BUCKET/BACKUP_PREFIX)
# and deletes backups older than BACKUP_RETENTION_DAYS. No mysqldump needed.
# Files are 0600 (umask below); a failure exits non-zero and is POSTed to ALERT_WEBHOOK_URL by chatbi.
# Restore into an empty database (docs/deployment.md, "Backups and restore"):
#   chatbi restore /var/backups/chatbi/chatbi_YYYYMMDD_HHMMSS.jsonl.gz --database-url mysql+pymysql://...
set -euo pipefail
umask 077  # backups hold password hashes: owner-only files

CHATBI_HOME="${CHATBI_HOME:-/opt/chatbi}"
CHATBI_BIN="${CHATBI_BIN:-$CHATBI_HOME/.venv/bin/chatbi}"

# Same environment as the service (infra/systemd/chatbi-backend.service); .env is read by ChatBI itself.
export CHATBI_DATA_DIR="${CHATBI_DATA_DIR:-/var/lib/chatbi}"
cd "$CHATBI_HOME"

echo "$(date -u +%FT%TZ) backup starting"
if "$CHATBI_BIN" backup; then
    echo "$(date -u +%FT%TZ) backup done"
else
    status=$?
    echo "$(date -u +%FT%TZ) backup FAILED (exit $status)" >&2
    exit "$status"
fi
