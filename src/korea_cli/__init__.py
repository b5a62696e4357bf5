"""korea: query a corpus of expert essays on the Korean Peninsula."""

__version__ = "0.1.0"
