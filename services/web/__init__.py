"""The web app: one Thai-language single-page app and a proxy to every service's API."""
