#!/usr/bin/env bash
# Issue 3: latency from an operator's change that completes an order's shipping data to the Shopify simulator
# holding the fulfillment, with "export on change" (API option). In-JVM: real H2 store, sync engine, Shopify
# connector and the option's component, ticked as Karaf's scheduler ticks it; simulator at Shopify's Standard
# limit (2 calls/s, bucket 40). Prints median/max/min per tick setting.
#
#   bench/export-on-change.sh            # 10 samples, tick 5 s (as shipped) and tick 1 s, coalescing 3 s
#   SAMPLES=20 TICKS="5" bench/export-on-change.sh
#   SKIP_BUILD=1 to reuse bench/target; MVN_ARGS for e.g. -o -Dmaven.repo.local=...
set -euo pipefail
cd "$(dirname "$0")/.."
SAMPLES=${SAMPLES:-10}
TICKS=${TICKS:-5 1}
COALESCE=${COALESCE:-3}
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q ${MVN_ARGS:-} -pl bench -am -DskipTests package
fi
CP="bench/target/classes:$(cat bench/target/classpath.txt)"
for tick in $TICKS; do
  java -Xmx256m -Dbench.work=bench/target/bench-data -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" \
    io.orderhub.bench.ExportOnChangeBenchmark "$SAMPLES" "$tick" "$COALESCE"
done
