#!/usr/bin/env bash
# Creates (once) an Artemis broker instance for Briefing Gateway and lays our configuration over it.
#   create-instance.sh ARTEMIS_HOME INSTANCE_DIR
# Environment (local defaults in brackets; set real ones anywhere else):
#   BROKER_OPERATOR_USER [operator]   BROKER_OPERATOR_PASSWORD [operator-local]   console and CLI, full control
#   BROKER_VIEWER_USER   [viewer]     BROKER_VIEWER_PASSWORD   [viewer-local]     console, read only
#   BROKER_USER          [briefing]   BROKER_PASSWORD          [briefing-local]   the service's own account
#   BROKER_HTTP_HOST [127.0.0.1] BROKER_HTTP_PORT [8161]   the web console; BROKER_WEB=false leaves it out
#   BROKER_CONSOLE_ORIGIN [http://HOST:PORT]   the origin browsers reach the console at, exactly
#                          scheme://host[:port] (behind a proxy: its https://... address); Jolokia
#                          answers no other
#   BRIEFING_ENV=production refuses the local default passwords.
set -euo pipefail

home=$1
instance=$2
here=$(cd "$(dirname "$0")" && pwd)

operator_user=${BROKER_OPERATOR_USER:-operator}
operator_password=${BROKER_OPERATOR_PASSWORD:-operator-local}
viewer_user=${BROKER_VIEWER_USER:-viewer}
viewer_password=${BROKER_VIEWER_PASSWORD:-viewer-local}
service_user=${BROKER_USER:-briefing}
service_password=${BROKER_PASSWORD:-briefing-local}

if [ "${BRIEFING_ENV:-local}" = production ]; then
  for password in "$operator_password" "$viewer_password" "$service_password"; do
    case "$password" in
      *-local)
        echo "Refusing to create a production broker with a local default password:" \
          "set BROKER_OPERATOR_PASSWORD, BROKER_VIEWER_PASSWORD and BROKER_PASSWORD." >&2
        exit 1
        ;;
    esac
  done
fi

http_host=${BROKER_HTTP_HOST:-127.0.0.1}
http_port=${BROKER_HTTP_PORT:-8161}
# Jolokia checks a request's Origin, or its Referer when the browser sends no Origin (the console's
# own GETs): so each allowed origin exactly, and the pages under it. No wildcard in a host or a
# scheme: *://localhost* let http://localhost.evil.example (DNS rebinding) reach the broker.
console_origins=("${BROKER_CONSOLE_ORIGIN:-http://$http_host:$http_port}")
if [ -z "${BROKER_CONSOLE_ORIGIN:-}" ] && [ "$http_host" = 127.0.0.1 ]; then
  # On the loopback address people type either name.
  console_origins+=("http://localhost:$http_port")
fi
allowed_origins=""
for origin in "${console_origins[@]}"; do
  if ! [[ "$origin" =~ ^https?://[A-Za-z0-9.-]+(:[0-9]+)?$ ]]; then
    echo "BROKER_CONSOLE_ORIGIN must be one origin, exactly scheme://host[:port]" \
      "(e.g. https://broker.example.org), not '$origin'." >&2
    exit 1
  fi
  allowed_origins="$allowed_origins    <allow-origin>$origin</allow-origin>
    <allow-origin>$origin/*</allow-origin>
"
done

if [ ! -x "$instance/bin/artemis" ]; then
  web_options=(--http-host "$http_host" --http-port "$http_port")
  if [ "${BROKER_WEB:-true}" = false ]; then
    web_options=(--no-web)
  fi
  "$home/bin/artemis" create --silent --force --require-login \
    --user "$operator_user" --password "$operator_password" --role operator \
    --nio --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor \
    "${web_options[@]}" "$instance" > /dev/null
fi

cp "$here/broker.xml" "$instance/etc/broker.xml"
# Console and Jolokia: operator may change things, viewer only look (management.xml); both may log in.
cp "$here/management.xml" "$instance/etc/management.xml"
sed -i "s/^HAWTIO_ROLES=.*/HAWTIO_ROLES='operator,viewer'/" "$instance/etc/artemis.profile"
# Jolokia answers only requests from the console's own origin (checked on the server side too).
cat > "$instance/etc/jolokia-access.xml" <<JOLOKIA
<?xml version="1.0" encoding="utf-8"?>
<!-- Written by create-instance.sh: Jolokia (the console's JMX-over-HTTP) only for the console's origin. -->
<restrict>
  <cors>
$allowed_origins    <strict-checking/>
  </cors>
</restrict>
JOLOKIA
# Plain-text properties files: readable only by the broker's user.
umask 077
cat > "$instance/etc/artemis-users.properties" <<USERS
$operator_user = $operator_password
$viewer_user = $viewer_password
$service_user = $service_password
USERS
cat > "$instance/etc/artemis-roles.properties" <<ROLES
operator = $operator_user
viewer = $viewer_user
service = $service_user
ROLES
