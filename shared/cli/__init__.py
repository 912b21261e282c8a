"""The `chatbi` command and developer tools (eval harness, `sam local invoke` emulator).

Not shipped in Lambda layers (see Makefile): nothing a function imports lives here."""
