"""Modules frozen into every board's image (included by each board's manifest)."""

freeze("modules")
