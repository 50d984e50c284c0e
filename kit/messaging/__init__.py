"""Kafka: topics, the publisher, the consumer runner, and their in-memory twins."""
