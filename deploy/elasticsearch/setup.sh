#!/bin/sh
# One-shot: sets the kibana_system password and creates the role and user the Elasticsearch sink and
# `radar --config` use (radar: write and manage only radar-* indices and their templates). Idempotent.
set -eu

es=${ELASTICSEARCH_URL:-http://elasticsearch:9200}
auth="elastic:${ELASTIC_PASSWORD}"

call() { # method path body
  code=$(curl -s -o /tmp/answer -w '%{http_code}' -u "$auth" -X "$1" -H 'Content-Type: application/json' \
    "$es$2" --data "$3")
  case "$code" in
    200|201) ;;
    *) echo "elasticsearch-init: $1 $2 failed (HTTP $code): $(cat /tmp/answer)" >&2; exit 1 ;;
  esac
}

call POST /_security/user/kibana_system/_password "{\"password\":\"${KIBANA_SYSTEM_PASSWORD}\"}"
call PUT /_security/role/radar_writer '{
  "cluster": ["monitor", "manage_index_templates"],
  "indices": [{"names": ["radar-*"], "privileges": ["create_index", "write", "read", "manage", "view_index_metadata"]}]
}'
call PUT /_security/user/radar "{\"password\":\"${RADAR_ES_PASSWORD}\",\"roles\":[\"radar_writer\"],\"full_name\":\"Release Radar\"}"
echo "elasticsearch-init: kibana_system password set; role radar_writer and user radar in place"
