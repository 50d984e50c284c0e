"""reporting: ESA, provincial and national views built only from events."""
