"""Relance flows package."""
