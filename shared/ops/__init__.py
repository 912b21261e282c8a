"""Operations: backups, cleanup, health and the audit trail."""
