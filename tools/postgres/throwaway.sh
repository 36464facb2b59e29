#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the team-index tests and the benchmark: a temporary folder owned by an
# unprivileged user (initdb and postgres refuse root), listening on a unix socket in that folder and on 127.0.0.1 at a
# free port, with a password login for the tests (so they exercise what a team's server asks for).
#   eval "$(bash tools/postgres/throwaway.sh start)"   # exports AIDOCTOOLS_TEST_CONNECTION and AIDOCTOOLS_PG_FOLDER
#   bash tools/postgres/throwaway.sh stop "$AIDOCTOOLS_PG_FOLDER"
set -euo pipefail
command_name=${1:-}
case "$command_name" in
  start)
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
      echo "throwaway.sh: no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (install the postgresql package)" >&2
      exit 1
    fi
    owner=aidoctools-pg
    if [ "$(id -u)" = 0 ]; then
      id -u "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
      # From / : the caller's folder (a private temporary clone) is often closed to the server's user.
      run() { (cd / && runuser -u "$owner" -- "$@"); }
    else
      run() { "$@"; }
    fi
    folder=$(mktemp -d /tmp/aidoctools-pg.XXXXXX)
    chmod 755 "$folder"
    [ "$(id -u)" = 0 ] && chown "$owner" "$folder"
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" > "$folder/pwfile"
    [ "$(id -u)" = 0 ] && chown "$owner" "$folder/pwfile"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    run "$bin/initdb" -D "$folder/data" -U aidoctools --pwfile="$folder/pwfile" --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; exit 1; }
    rm -f "$folder/pwfile"
    run "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$folder -c fsync=off -c max_connections=50" start >/dev/null \
      || { cat "$folder/server.log" >&2; exit 1; }
    echo "export AIDOCTOOLS_PG_FOLDER='$folder'"
    echo "export AIDOCTOOLS_TEST_CONNECTION='Host=127.0.0.1;Port=$port;Username=aidoctools;Password=$password;Database=postgres'"
    ;;
  stop)
    folder=${2:?folder}
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ "$(id -u)" = 0 ]; then (cd / && runuser -u aidoctools-pg -- "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null) || true
    else "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null || true; fi
    rm -rf "$folder"
    ;;
  *)
    echo "usage: throwaway.sh start | stop FOLDER" >&2
    exit 2
    ;;
esac
