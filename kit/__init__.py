"""Nithet's shared building blocks: no business words, no service imports.

Event envelope and registry, event store (protocol, in-memory, MongoDB API), outbox relay,
Kafka publisher and consumer runner (with in-memory twins), auth and tenancy, errors,
settings, Thai calendar, and the HTTP app factory every service uses.
"""
