#!/bin/sh
# One-shot: imports Radar's data views, visualizations and dashboard (kibana/radar.ndjson) through Kibana's
# saved objects API, overwriting earlier versions. Retries while Kibana finishes starting.
set -eu

kibana=${KIBANA_URL:-http://kibana:5601}
for attempt in $(seq 1 30); do
  code=$(curl -s -o /tmp/answer -w '%{http_code}' -u "elastic:${ELASTIC_PASSWORD}" -H 'kbn-xsrf: true' \
    -X POST "$kibana/api/saved_objects/_import?overwrite=true" --form file=@/kibana/radar.ndjson || true)
  if [ "$code" = "200" ] && grep -q '"success":true' /tmp/answer; then
    echo "kibana-init: saved objects imported: $(grep -o '"successCount":[0-9]*' /tmp/answer)"
    exit 0
  fi
  echo "kibana-init: attempt $attempt: HTTP $code; retrying in 10 s"
  sleep 10
done
echo "kibana-init: import failed: $(cat /tmp/answer)" >&2
exit 1
