#!/usr/bin/env bash
# Installs and runs a local Neo4j Community 5.26 server from Maven Central (no Docker).
#
#   graph/neo4j.sh install        resolve the server and Browser jars into graph/.neo4j/lib (once)
#   graph/neo4j.sh start          install if needed, start, wait until Bolt answers
#   graph/neo4j.sh stop           stop the instance
#   graph/neo4j.sh status         say whether it runs, and where
#   graph/neo4j.sh logs           tail the server log
#
# Instances: NEO4J_INSTANCE (default "main") lives in graph/.neo4j/instances/<name> with its own data and logs;
# the test suite uses "test" on other ports, so tests never touch your data.
# Ports: NEO4J_BOLT_PORT (default 7687), NEO4J_HTTP_PORT (default 7474). Password: NEO4J_PASSWORD (set on first start).
set -euo pipefail

GRAPH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BASE="$GRAPH_DIR/.neo4j"
LIB="$BASE/lib"
INSTANCE="${NEO4J_INSTANCE:-main}"
INSTANCE_DIR="$BASE/instances/$INSTANCE"
BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
PASSWORD="${NEO4J_PASSWORD:-classgraph-local}"
HEAP="${NEO4J_HEAP:-1g}"
PAGECACHE="${NEO4J_PAGECACHE:-512m}"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-180}"
PID_FILE="$INSTANCE_DIR/neo4j.pid"

say() { printf '[neo4j:%s] %s\n' "$INSTANCE" "$*" >&2; }
die() { say "$*"; exit 1; }

require_tools() {
  command -v java >/dev/null 2>&1 || die "Java is not installed. Install a JDK 17 (e.g. 'apt-get install openjdk-17-jdk-headless'), or set NEO4J_URI to an existing Neo4j instead."
  local major
  major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
  [ "${major:-0}" -ge 17 ] || die "Java $major found; Neo4j 5.26 needs Java 17 or newer. Install a JDK 17, or set NEO4J_URI to an existing Neo4j instead."
  command -v mvn >/dev/null 2>&1 || die "Maven is not installed. Install it (e.g. 'apt-get install maven'), or set NEO4J_URI to an existing Neo4j instead."
}

pom_stamp() { sha256sum "$GRAPH_DIR/pom.xml" | cut -d' ' -f1; }

install() {
  if [ -f "$LIB/.installed" ] && [ "$(cat "$LIB/.installed")" = "$(pom_stamp)" ]; then
    return 0
  fi
  require_tools
  say "resolving Neo4j jars from Maven Central into $LIB (once; progress below)"
  rm -rf "$LIB.partial"
  # Maven's own transfer log is the progress display; the copy lands in a temp folder so an interrupted
  # download never leaves a half-installed lib behind.
  mvn -f "$GRAPH_DIR/pom.xml" -B dependency:copy-dependencies \
    -DoutputDirectory="$LIB.partial" -DincludeScope=runtime -Dmdep.useRepositoryLayout=false \
    | grep -E '^(\[INFO\] BUILD|\[ERROR\]|Downloaded from)' || true
  [ -n "$(ls "$LIB.partial"/neo4j-server-*.jar 2>/dev/null)" ] || die "Maven did not resolve the Neo4j server jars (see the output above)."
  rm -rf "$LIB" && mv "$LIB.partial" "$LIB"
  pom_stamp > "$LIB/.installed"
  say "installed $(ls "$LIB" | grep -c '\.jar$') jars"
}

running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid; pid=$(cat "$PID_FILE")
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

bolt_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$BOLT_PORT") 2>/dev/null; }

write_config() {
  mkdir -p "$INSTANCE_DIR"/{conf,data,logs,run,import,plugins}
  sed -e "s#@BOLT_PORT@#$BOLT_PORT#g" -e "s#@HTTP_PORT@#$HTTP_PORT#g" -e "s#@INSTANCE_DIR@#$INSTANCE_DIR#g" \
      -e "s#@HEAP@#$HEAP#g" -e "s#@PAGECACHE@#$PAGECACHE#g" \
      "$GRAPH_DIR/conf/neo4j.conf.template" > "$INSTANCE_DIR/conf/neo4j.conf"
}

java_opts=(
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC
  -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true
  -Dfile.encoding=UTF-8
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
)

start() {
  if pid=$(running_pid); then say "already running (pid $pid), bolt://127.0.0.1:$BOLT_PORT"; return 0; fi
  install
  require_tools
  if bolt_answers; then die "port $BOLT_PORT is taken by another process; set NEO4J_BOLT_PORT, or NEO4J_URI to use that server."; fi
  write_config
  if [ ! -f "$INSTANCE_DIR/data/dbms/auth.ini" ]; then
    # The initial password must be set before the very first start.
    NEO4J_HOME="$INSTANCE_DIR" NEO4J_CONF="$INSTANCE_DIR/conf" java -cp "$LIB/*" "${java_opts[@]}" \
      org.neo4j.server.startup.Neo4jAdminCommand dbms set-initial-password "$PASSWORD" >/dev/null
  fi
  say "starting on bolt://127.0.0.1:$BOLT_PORT (Browser http://127.0.0.1:$HTTP_PORT/browser/), data in $INSTANCE_DIR/data"
  nohup java -cp "$LIB/*" -Xms"$HEAP" -Xmx"$HEAP" "${java_opts[@]}" \
    org.neo4j.server.CommunityEntryPoint --home-dir="$INSTANCE_DIR" --config-dir="$INSTANCE_DIR/conf" \
    > "$INSTANCE_DIR/logs/console.log" 2>&1 < /dev/null &
  echo $! > "$PID_FILE"
  local waited=0
  until bolt_answers; do
    if ! running_pid >/dev/null; then
      tail -n 30 "$INSTANCE_DIR/logs/console.log" >&2 || true
      rm -f "$PID_FILE"
      die "Neo4j exited during start-up (log above, full log in $INSTANCE_DIR/logs)."
    fi
    [ "$waited" -lt "$START_TIMEOUT" ] || die "Bolt did not answer within ${START_TIMEOUT}s; see $INSTANCE_DIR/logs/console.log"
    sleep 1; waited=$((waited + 1))
  done
  say "ready after ${waited}s"
}

stop() {
  local pid
  if ! pid=$(running_pid); then say "not running"; rm -f "$PID_FILE"; return 0; fi
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -0 "$pid" 2>/dev/null && { say "did not stop in 60s; killing"; kill -9 "$pid"; }
  rm -f "$PID_FILE"
  say "stopped"
}

status() {
  if pid=$(running_pid); then
    say "running (pid $pid) bolt://127.0.0.1:$BOLT_PORT http://127.0.0.1:$HTTP_PORT/browser/ data $INSTANCE_DIR/data"
  else
    say "not running"; return 3
  fi
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) status ;;
  logs) tail -n "${2:-50}" "$INSTANCE_DIR/logs/neo4j.log" "$INSTANCE_DIR/logs/console.log" ;;
  *) echo "usage: graph/neo4j.sh install|start|stop|restart|status|logs" >&2; exit 2 ;;
esac
