"""curriculum: competency-based school curricula through school, province and nation (seed 003)."""
