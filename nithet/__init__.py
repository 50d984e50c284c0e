"""Nithet's entry points: the `nithet` command, the local process runner, demo data."""
