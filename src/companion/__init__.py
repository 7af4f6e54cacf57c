"""Companion: a private, offline-first companion for mental-health recovery."""

__version__ = "0.1.0"
