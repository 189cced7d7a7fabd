"""Relance storage package."""
