"""ChatBI shared layer: settings, storage, domain logic and the question engine."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("chatbi")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "1.0.0"
