"""Operations plumbing: JSON logs, Prometheus/EMF metrics, the audit trail and alerts.

Every module here imports its heavy dependencies (prometheus_client, powertools, boto3)
lazily, so a Lambda handler that never emits a metric never pays for them.
"""
