#!/usr/bin/env bash
# Sourced by run-local.sh and dev.sh: the local Artemis broker (console on http://localhost:8161)
# and GreenMail as the mail sink (SMTP 3025, IMAP 3143, REST 8080), each in its own session, so
# that Ctrl-C reaches only Liberty and the caller, which stops them after Liberty.
# The caller sets: target (the build directory), artemis_home, config (server-config), state.

wait_for_port() { # name port seconds
  for _ in $(seq 1 $(($3 * 5))); do
    (echo > "/dev/tcp/127.0.0.1/$2") 2> /dev/null && return 0
    sleep 0.2
  done
  echo "$1 did not open port $2 within $3 s; see $state/*.log" >&2
  return 1
}

ports_free() { # port...
  for port in "$@"; do
    if (echo > "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
      echo "Port $port is already in use: is another instance running?" >&2
      return 1
    fi
  done
}

start_sidecars() {
  mkdir -p "$state"
  "$config/artemis/create-instance.sh" "$artemis_home" "$state/broker" || return 1
  setsid "$state/broker/bin/artemis" run > "$state/broker.log" 2>&1 &
  broker_pid=$!
  setsid java -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.hostname=127.0.0.1 \
    -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=8080 \
    -jar "$target/greenmail/greenmail-standalone.jar" > "$state/greenmail.log" 2>&1 &
  mail_pid=$!
  wait_for_port "The broker" 61616 60 && wait_for_port "GreenMail" 3025 30
}

# The broker, then GreenMail (Liberty first, or it waits out a 30 s quiesce on shutdown).
stop_sidecars() {
  [ -n "${broker_pid:-}" ] && kill -TERM "$broker_pid" 2> /dev/null && wait "$broker_pid" 2> /dev/null
  [ -n "${mail_pid:-}" ] && kill -TERM "$mail_pid" 2> /dev/null && wait "$mail_pid" 2> /dev/null
  broker_pid="" mail_pid=""
}
