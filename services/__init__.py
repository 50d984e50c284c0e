"""Nithet's services. They never import each other: they share only events on Kafka."""
