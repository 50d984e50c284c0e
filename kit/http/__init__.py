"""The HTTP edge every service shares: app factory, health, errors, auth dependencies."""
