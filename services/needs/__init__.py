"""needs: surveys of schools' needs for media, innovation and technology (seed 000, forms 1-4, 6)."""
