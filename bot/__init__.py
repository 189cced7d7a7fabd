"""Relance bot package."""
