"""Storage: engines and sessions, the app's tables, migrations, the cache."""
