#!/bin/sh
# One-shot: creates or updates every connector in /connectors/*.json through Connect's REST API
# (PUT /connectors/<file name>/config is idempotent, so re-running it applies edits).
# The files hold ${env:...} references, resolved by the workers' EnvVarConfigProvider, never the secrets.
set -eu

connect=${CONNECT_URL:-http://connect:8083}
status=0
for file in /connectors/*.json; do
  name=$(basename "$file" .json)
  if [ "$name" = "slack-sink" ] && [ "${RADAR_SLACK_ENABLED:-}" != "true" ]; then
    echo "connect-init: skipping $name (SLACK_WEBHOOK_URL is not set)"
    continue
  fi
  code=$(curl -s -o /tmp/answer -w '%{http_code}' -X PUT -H 'Content-Type: application/json' \
    --data @"$file" "$connect/connectors/$name/config")
  case "$code" in
    200|201) echo "connect-init: $name configured (HTTP $code)" ;;
    *) echo "connect-init: $name refused (HTTP $code): $(cat /tmp/answer)" >&2; status=1 ;;
  esac
done
exit $status
