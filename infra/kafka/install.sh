#!/usr/bin/env bash
# Resolves the Apache Kafka 4.1.1 broker jars from Maven Central (see pom.xml) into the cache
# and prints the folder. Idempotent: a complete folder is reused.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
here="$INFRA_DIR/kafka"
dir="$NITHET_CACHE/kafka/jars-$(content_hash "$here/pom.xml")"
if [[ -f "$dir/.complete" ]]; then echo "$dir"; exit 0; fi
command -v java >/dev/null || { log "Java 17 is required for Kafka"; exit 1; }
command -v mvn >/dev/null || { log "Maven is required to fetch Kafka"; exit 1; }
log "fetching Apache Kafka 4.1.1 from Maven Central (first run only)"
rm -rf "$dir" && mkdir -p "$dir"
mvn -q -B -f "$here/pom.xml" \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$dir" >&2
touch "$dir/.complete"
echo "$dir"
