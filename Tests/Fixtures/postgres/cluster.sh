#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (Debian's postgresql package, not our code).
#   cluster.sh start DIR  -> creates and starts a cluster in DIR on a free loopback port (and a socket in
#                           DIR), writes its conninfo to DIR/conninfo (and prints it):
#                           host=127.0.0.1 port=N user=postgres dbname=postgres
#   cluster.sh halt DIR   -> stops the server at once (as a crash would), keeping DIR
#   cluster.sh resume DIR -> starts it again on the same port
#   cluster.sh stop DIR   -> stops it at once and removes DIR
# As root the server runs as the postgres user (initdb refuses root); fsync is off: nothing here outlives
# the test run (QC_PG_DURABLE=1 keeps PostgreSQL's defaults, for make bench).
set -euo pipefail
action=$1 dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
# The server outlives this script: it must not inherit the caller's other descriptors, or a pipe or
# socket the caller waits on to close (Foundation's Process watches its child so) never would.
without_inherited_fds() {
  for fd in /proc/self/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null; done
  "$@"
}
durability="-c fsync=off -c full_page_writes=off"
[ "${QC_PG_DURABLE:-}" = 1 ] && durability=""
serve() {
  (without_inherited_fds as_owner "$bin/pg_ctl" -D "$1/data" -l "$1/server.log" -w -o \
    "-c listen_addresses=127.0.0.1 -p $2 -k $1 $durability -c max_connections=200" \
    start) >/dev/null || { cat "$1/server.log" >&2; exit 1; }
}
case "$action" in
start)
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  dir=$(cd "$dir" && pwd)
  cd "$dir"  # initdb and postgres read their working folder, which the postgres user must be able to enter
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  echo "$port" >"$dir/port"
  serve "$dir" "$port"
  echo "host=127.0.0.1 port=$port user=postgres dbname=postgres" | tee "$dir/conninfo"
  ;;
halt)
  cd "$dir"
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null
  ;;
resume)
  dir=$(cd "$dir" && pwd)
  cd "$dir"
  serve "$dir" "$(cat "$dir/port")"
  ;;
stop)
  [ -d "$dir" ] && cd "$dir"
  [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
*) echo "usage: $0 start|halt|resume|stop DIR" >&2; exit 64 ;;
esac
