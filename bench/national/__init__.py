"""A national-size history and what reporting does with it: rebuild speed and view latency."""
