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

# shellcheck source=sidecars.sh
. "$here/sidecars.sh"

stop_all() {
  trap '' INT TERM # once stopping, see it through
  [ -n "${stopping:-}" ] && return
  stopping=1
  echo "Stopping Liberty, then the broker, then GreenMail ..."
  if [ -n "${liberty_pid:-}" ] && kill -0 "$liberty_pid" 2> /dev/null; then
    "$wlp/bin/server" stop briefing > /dev/null 2>&1 || true
    wait "$liberty_pid" 2> /dev/null
  fi
  stop_sidecars
  echo "Stopped."
}
trap stop_all INT TERM
trap '' PIPE # keep going if whoever reads our output has gone

ports_free 9080 61616 8161 3025 || exit 1
start_sidecars || { stop_all; exit 1; }

export DB_URL=${DB_URL:-"jdbc:h2:$state/h2/briefing;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"}
# Feeds served on this machine (Try it in the README) may be polled; server.xml refuses them.
export FEEDS_ALLOW_PRIVATE_ADDRESSES=${FEEDS_ALLOW_PRIVATE_ADDRESSES:-true}
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
