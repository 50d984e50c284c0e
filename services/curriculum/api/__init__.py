"""The curriculum service's HTTP API: routes, answer models and what they share."""
