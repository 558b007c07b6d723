"""Crier: draft, check and publish council social media posts, offline first."""

__version__ = "0.1.0"
