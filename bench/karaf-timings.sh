#!/usr/bin/env bash
# Karaf timings of the orderhub distribution (karaf-assembly/target/assembly, built by `mvn install`):
#   1. first start:  bin/start (fresh copy, empty data/) until GET /orderhub/api/malls answers 200 (admin/admin)
#   2. hot install:  `feature:install orderhub-connector-shopify` sent with bin/client until `shopify` is listed
#                    by GET /orderhub/api/malls (also given net of bin/client's own connect time, approximate:
#                    the client's time varies from call to call)
#   3. restart:      bin/stop, then bin/start on the same directory until the API answers again
# Each run works on a copy in a temporary directory with free ports and removes it afterwards.
#
#   bench/karaf-timings.sh [runs]        (default 3; ASSEMBLY=... to point elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-3}
ASSEMBLY=${ASSEMBLY:-karaf-assembly/target/assembly}
WAIT_SECONDS=${WAIT_SECONDS:-180}
if [ ! -x "$ASSEMBLY/bin/start" ]; then
  echo "no Karaf assembly at $ASSEMBLY (build it first: mvn -DskipTests install)" >&2
  exit 2
fi
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  export JAVA_HOME
fi
OUT=bench/target/results/karaf-$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT"
RESULTS=$OUT/results.txt
: > "$RESULTS"

now_ms() { date +%s%3N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
set_prop() { # file key value: replace or append key = value
  if grep -qE "^[#[:space:]]*$2[[:space:]]*=" "$1" 2>/dev/null; then
    sed -i -E "s|^[#[:space:]]*$2[[:space:]]*=.*|$2 = $3|" "$1"
  else
    echo "$2 = $3" >> "$1"
  fi
}
result() { echo "karaf $1 $2 ms" | tee -a "$RESULTS"; }

KDIR=""
cleanup() {
  if [ -n "$KDIR" ] && [ -d "$KDIR" ]; then
    "$KDIR/bin/stop" >/dev/null 2>&1 || true
    stop_wait
    rm -rf "$KDIR"
  fi
}
karaf_pid() { cat "$KDIR/karaf.pid" 2>/dev/null || cat "$KDIR/data/karaf.pid" 2>/dev/null || true; }
stop_wait() { # waits up to 60 s for our Karaf to exit; kills only that pid if it does not
  local pid; pid=$(karaf_pid)
  [ -z "$pid" ] && return 0
  for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  echo "Karaf $pid did not stop within 60 s; killing it" >&2
  kill -9 "$pid" 2>/dev/null || true
}
trap cleanup EXIT

# polls GET /malls every 100 ms until the status is 200 and the body matches $1 (regex); prints elapsed ms since $2
wait_api() {
  local pattern=$1 since=$2 deadline=$(( $(now_ms) + WAIT_SECONDS * 1000 )) body
  while [ "$(now_ms)" -lt "$deadline" ]; do
    body=$(curl -s -f -m 2 -u admin:admin "http://127.0.0.1:$HTTP/orderhub/api/malls" 2>/dev/null || true)
    if [ -n "$body" ] && echo "$body" | grep -Eq "$pattern"; then
      echo $(( $(now_ms) - since ))
      return 0
    fi
    sleep 0.1
  done
  echo "timed out after ${WAIT_SECONDS}s waiting for /malls to match '$pattern'; last body: $body" >&2
  return 1
}
client() { "$KDIR/bin/client" -a "$SSH" -u admin -p admin -r 30 -d 1 -b; }

echo "machine: nproc $(nproc), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/machine.txt"
for run in $(seq "$RUNS"); do
  KDIR=$(mktemp -d /tmp/orderhub-karaf-XXXXXX)
  cp -a "$ASSEMBLY/." "$KDIR/"
  rm -rf "$KDIR/data" "$KDIR/instances"
  HTTP=$(free_port); SSH=$(free_port); RMIR=$(free_port); RMIS=$(free_port)
  set_prop "$KDIR/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$HTTP"
  set_prop "$KDIR/etc/org.apache.karaf.shell.cfg" sshPort "$SSH"
  set_prop "$KDIR/etc/org.apache.karaf.management.cfg" rmiRegistryPort "$RMIR"
  set_prop "$KDIR/etc/org.apache.karaf.management.cfg" rmiServerPort "$RMIS"
  echo "run $run: $KDIR (http $HTTP, ssh $SSH), load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"

  t0=$(now_ms)
  "$KDIR/bin/start"
  result startToRest "$(wait_api '\[' "$t0")"

  # bin/client's own cost (JVM start, ssh login) on a command that does nothing; the first login is left out
  # (Karaf generates its ssh host key then)
  echo "echo warm-up" | client >/dev/null
  t0=$(now_ms); echo "echo ready" | client >/dev/null; overhead=$(( $(now_ms) - t0 ))
  result clientOverhead "$overhead"
  if curl -s -f -u admin:admin "http://127.0.0.1:$HTTP/orderhub/api/malls" | grep -q '"shopify"'; then
    echo "shopify is already listed before feature:install; is the connector a boot feature?" >&2
    exit 1
  fi
  t0=$(now_ms)
  echo "feature:install orderhub-connector-shopify" | client
  total=$(wait_api '"shopify"' "$t0")
  result featureInstallToMalls "$total"
  result featureInstallToMallsNet "$(( total - overhead ))"

  "$KDIR/bin/stop"
  stop_wait
  t0=$(now_ms)
  "$KDIR/bin/start"
  result restartToRest "$(wait_api '"shopify"' "$t0")"
  "$KDIR/bin/stop"
  stop_wait
  rm -rf "$KDIR"; KDIR=""
done

echo
echo "== Karaf timings ($RUNS runs; $OUT) =="
CP="bench/target/classes"
if [ -d "$CP" ]; then
  java -cp "$CP" io.orderhub.bench.Summary "$RESULTS" | tee "$OUT/summary.txt"
else
  cat "$RESULTS"
fi
