"""subscriptions: external systems follow Nithet's events through signed webhooks, and replay them."""
