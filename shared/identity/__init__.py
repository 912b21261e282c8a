"""Identity: users, passwords, tokens, API keys, roles and request throttling."""
