#!/bin/sh
# Starts a distributed Kafka Connect worker of the official apache/kafka image, configured like Confluent's images:
# every CONNECT_<KEY> environment variable becomes the worker property <key> (lower case; _ -> .,
# __ -> _, ___ -> -), e.g. CONNECT_GROUP_ID=radar-connect -> group.id=radar-connect.
# Radar's plugin archive (mounted at $RADAR_PLUGIN_ZIP) is unpacked into the first plugin.path directory.
set -eu

props=/tmp/connect-distributed.properties
: > "$props"
env | grep '^CONNECT_' | while IFS='=' read -r name value; do
  key=$(printf '%s' "${name#CONNECT_}" | sed -e 's/___/-/g' -e 's/__/%/g' -e 's/_/./g' -e 's/%/_/g' | tr 'A-Z' 'a-z')
  # A properties file reads a backslash as an escape: keep the value's own backslashes.
  value=$(printf '%s' "$value" | sed 's/\\/\\\\/g')
  printf '%s=%s\n' "$key" "$value" >> "$props"
done

plugin_dir=$(printf '%s' "${CONNECT_PLUGIN_PATH:-/tmp/radar-plugins}" | cut -d, -f1)
zip=${RADAR_PLUGIN_ZIP:-/opt/radar/radar-connect-plugin.zip}
if [ ! -f "$zip" ]; then
  echo "connect: no Radar plugin archive at $zip: run 'mvn -B -ntp package -DskipTests' in the clone first" >&2
  exit 1
fi
mkdir -p "$plugin_dir"
rm -rf "$plugin_dir/radar-connect-plugin"
mkdir -p "$plugin_dir/radar-connect-plugin"
unzip -q -o "$zip" -d "$plugin_dir/radar-connect-plugin"

# The properties file holds no secrets: those stay in the environment and reach connectors through
# ${env:...} (EnvVarConfigProvider), so only their names are stored in Connect's config topic.
exec /opt/kafka/bin/connect-distributed.sh "$props"
