"""supervision: plans, visits, classroom observations, follow-ups, 4Q quality and SAR (seed 000 step 5, seed 003 items 3, 4, 6, 7)."""
