# One image for every Nithet service; docker-compose.yml picks the service with `command`.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 MALLOC_ARENA_MAX=2
RUN apt-get update && apt-get install -y --no-install-recommends \
        fonts-thai-tlwg libpango-1.0-0 libpangoft2-1.0-0 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml ./
COPY kit ./kit
COPY services ./services
COPY nithet ./nithet
RUN pip install --no-cache-dir .
RUN useradd --create-home nithet
USER nithet
EXPOSE 8000-8006
CMD ["python", "-m", "uvicorn", "--factory", "services.directory.main:create_app", "--host", "0.0.0.0", "--port", "8006"]
