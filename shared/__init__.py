"""ChatBI shared layer: settings, storage, domain logic and the question engine."""

# The project's version, as in pyproject.toml (tests/foundation/test_version.py checks it): written
# here, not read from the distribution's metadata, a search of every sys.path entry that cost each
# function's cold start about a millisecond.
__version__ = "1.0.0"
