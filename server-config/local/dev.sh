#!/usr/bin/env bash
# Dev mode with what the service needs beside it: `./mvnw liberty:dev` (hot reload of code and
# configuration) with the local Artemis broker (console on http://localhost:8161/console) and
# GreenMail as the mail sink (SMTP 3025, IMAP 3143, REST 8080), on the state -Prun keeps under
# target/local. Arguments go to liberty:dev (e.g. -DhotTests=true). Leaving dev mode (q and Enter,
# or Ctrl-C) stops Liberty, then this script stops the broker, then GreenMail.
#   server-config/local/dev.sh [liberty:dev options]
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
config=$(cd "$here/.." && pwd)
root=$(cd "$config/.." && pwd)
cd "$root" || exit 1
target=$root/target
state=$target/local
artemis_version=$(sed -n 's:.*<artemis.distribution.version>\(.*\)</artemis.distribution.version>.*:\1:p' pom.xml)
artemis_home=$target/artemis/apache-artemis-$artemis_version

# shellcheck source=sidecars.sh
. "$here/sidecars.sh"

ports_free 9080 61616 8161 3025 || exit 1
# What liberty:dev does not lay out itself (it installs Liberty, the server, the JDBC drivers and
# the application): the broker and GreenMail, and artemis.rar. The first time, this downloads.
echo "Preparing the broker, the mail sink and the resource adapter ..."
./mvnw -B -q dependency:unpack@broker-distribution dependency:copy@mail-sink \
  dependency:copy-dependencies@resource-adapter-jars antrun:run@artemis || exit 1

trap 'echo "Stopping the broker, then GreenMail ..."; stop_sidecars; exit 1' TERM
start_sidecars || { stop_sidecars; exit 1; }
# Ctrl-C is for dev mode, which stops Liberty; the broker and GreenMail are stopped after it.
trap ':' INT

export DB_URL=${DB_URL:-"jdbc:h2:$state/h2/briefing;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"}
# Feeds served on this machine (Try it in the README) may be polled; server.xml refuses them.
export FEEDS_ALLOW_PRIVATE_ADDRESSES=${FEEDS_ALLOW_PRIVATE_ADDRESSES:-true}
cat << INFO

  Broker                tcp://127.0.0.1:61616, console http://localhost:8161/console (operator / operator-local)
  Mail (GreenMail)      IMAP localhost:3143 (any user, any password), REST http://localhost:8080
  Logs                  $state/*.log
  Then dev mode starts Liberty on http://localhost:9080 (q and Enter, or Ctrl-C, stops all).

INFO
./mvnw liberty:dev "$@"
status=$?
echo "Stopping the broker, then GreenMail ..."
stop_sidecars
echo "Stopped."
exit $status
