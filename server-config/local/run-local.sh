#!/usr/bin/env bash
# Runs Briefing Gateway locally with everything it needs, from the files the build laid out:
#   an Artemis broker (console on http://localhost:8161/console), GreenMail as the mail sink
#   (SMTP 3025, IMAP 3143, REST 8080), the embedded H2 database, and Liberty on 9080/9443.
# Ctrl-C stops Liberty first, then the broker, then GreenMail. State (broker journal, H2 database,
# logs) is kept under target/local between runs; `mvn clean` wipes it.
#   run-local.sh TARGET_DIR ARTEMIS_VERSION
set -uo pipefail

target=$(cd "$1" && pwd)
artemis_home=$target/artemis/apache-artemis-$2
here=$(cd "$(dirname "$0")" && pwd)
config=$(cd "$here/.." && pwd)
state=$target/local
wlp=$target/liberty/wlp
mkdir -p "$state"

wait_for_port() { # name port seconds
  for _ in $(seq 1 $(($3 * 5))); do
    (echo > "/dev/tcp/127.0.0.1/$2") 2> /dev/null && return 0
    sleep 0.2
  done
  echo "$1 did not open port $2 within $3 s; see $state/*.log" >&2
  return 1
}

stop_all() {
  trap '' INT TERM # once stopping, see it through
  [ -n "${stopping:-}" ] && return
  stopping=1
  echo "Stopping Liberty, then the broker, then GreenMail ..."
  if [ -n "${liberty_pid:-}" ] && kill -0 "$liberty_pid" 2> /dev/null; then
    "$wlp/bin/server" stop briefing > /dev/null 2>&1 || true
    wait "$liberty_pid" 2> /dev/null
  fi
  [ -n "${broker_pid:-}" ] && kill -TERM "$broker_pid" 2> /dev/null && wait "$broker_pid" 2> /dev/null
  [ -n "${mail_pid:-}" ] && kill -TERM "$mail_pid" 2> /dev/null && wait "$mail_pid" 2> /dev/null
  echo "Stopped."
}
trap stop_all INT TERM
trap '' PIPE # keep going if whoever reads our output has gone

for port in 9080 61616 8161 3025; do
  if (echo > "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
    echo "Port $port is already in use: is another instance running?" >&2
    exit 1
  fi
done

"$config/artemis/create-instance.sh" "$artemis_home" "$state/broker" || exit 1
# The broker and GreenMail run in their own sessions, so that Ctrl-C reaches only Liberty and
# this script, which then stops them in order.
setsid "$state/broker/bin/artemis" run > "$state/broker.log" 2>&1 &
broker_pid=$!
setsid java -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.hostname=127.0.0.1 \
  -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=8080 \
  -jar "$target/greenmail/greenmail-standalone.jar" > "$state/greenmail.log" 2>&1 &
mail_pid=$!
wait_for_port "The broker" 61616 60 || { stop_all; exit 1; }
wait_for_port "GreenMail" 3025 30 || { stop_all; exit 1; }

export DB_URL=${DB_URL:-"jdbc:h2:$state/h2/briefing;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"}
cat << INFO

  Briefing Gateway      http://localhost:9080/api/articles   (OpenAPI UI: /openapi/ui)
  Artemis console       http://localhost:8161/console        (operator / operator-local)
  Mail (GreenMail)      IMAP localhost:3143 (any user, any password), REST http://localhost:8080
  Logs                  $state/*.log, $wlp/usr/servers/briefing/logs
  Ctrl-C stops everything.

INFO
"$wlp/bin/server" run briefing &
liberty_pid=$!
wait "$liberty_pid"
stop_all
