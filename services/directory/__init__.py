"""directory: provinces, ESAs, school clusters, schools, people and their roles; issues tokens."""
