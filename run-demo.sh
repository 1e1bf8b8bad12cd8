#!/usr/bin/env bash
#
# Builds orderhub and runs it in the foreground with the demo: the Shopify simulator (a fake Shopify on
# 127.0.0.1:18081 with sample orders) and one shop account "デモ Shopify 店" connected to it; the same for
# Yahoo! (18082), Shopserve (18083) and dショッピング (18084).
#
#   ./run-demo.sh               build (mvn -q -DskipTests install), then start
#   SKIP_BUILD=1 ./run-demo.sh  start the last build again
#   ORDERHUB_HTTP_PORT=8282 ./run-demo.sh   serve HTTP on another port than 8181
#
# Every run starts from a fresh copy of the built distribution in demo-data/karaf (orders, configuration and
# logs of the previous run are replaced). Needs Java 17 and Maven only.
#
set -euo pipefail
cd "$(dirname "$0")"

HTTP_PORT="${ORDERHUB_HTTP_PORT:-8181}"
ASSEMBLY=karaf-assembly/target/assembly
DEMO=demo-data/karaf

if [ "${SKIP_BUILD:-}" != "1" ]; then
    echo "Building orderhub (mvn -q -DskipTests install) ..."
    mvn -q -DskipTests install
fi
if [ ! -x "$ASSEMBLY/bin/karaf" ]; then
    echo "No distribution in $ASSEMBLY: run without SKIP_BUILD=1 first." >&2
    exit 1
fi

port_busy() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
for port in "$HTTP_PORT" 18081 18082 18083 18084; do
    if port_busy "$port"; then
        echo "Port $port on 127.0.0.1 is already in use (another orderhub or Karaf running?)." >&2
        [ "$port" = "$HTTP_PORT" ] && echo "Stop it, or choose another port: ORDERHUB_HTTP_PORT=8282 $0" >&2
        exit 1
    fi
done

rm -rf "$DEMO"
mkdir -p "$(dirname "$DEMO")"
cp -R "$ASSEMBLY" "$DEMO"

# boot the demo too: append orderhub-demo to the last line of the featuresBoot list
features_cfg="$DEMO/etc/org.apache.karaf.features.cfg"
awk '
    /^featuresBoot[ \t]*=/ { inBoot = 1 }
    inBoot && !/\\[ \t]*$/ { sub(/[ \t]*$/, ""); print $0 ", \\"; print "    orderhub-demo"; inBoot = 0; next }
    { print }
' "$features_cfg" > "$features_cfg.new"
mv "$features_cfg.new" "$features_cfg"
grep -q '^    orderhub-demo$' "$features_cfg" || { echo "Could not add orderhub-demo to $features_cfg" >&2; exit 1; }

sed -i.bak "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $HTTP_PORT/" "$DEMO/etc/org.ops4j.pax.web.cfg"
rm -f "$DEMO/etc/org.ops4j.pax.web.cfg.bak"

cat <<EOF

orderhub demo (Karaf in $DEMO)
  REST API        http://localhost:$HTTP_PORT/orderhub/api/   users admin/admin (orderhub-admin), viewer/viewer (orderhub-viewer)
  Shopify (fake)  http://127.0.0.1:18081      account demo-shopify   "デモ Shopify 店"
  Yahoo! (fake)   http://127.0.0.1:18082      account demo-yahoo     "デモ Yahoo!ショッピング店"
  Shopserve (fake) http://127.0.0.1:18083/v2  account demo-shopserve "デモ ショップサーブ店"
  dショッピング (fake) http://127.0.0.1:18084/v1 account demo-dshopping "デモ dショッピング店"
  Shell           orderhub:* commands here; from another terminal: $DEMO/bin/client -u admin -p admin
  Stop            Ctrl-D or "shutdown -f" at the prompt (Ctrl-C when there is no prompt)

EOF

if [ -t 0 ]; then
    exec "$DEMO/bin/karaf"
else
    # no terminal for a console: run the server in the foreground without one
    exec "$DEMO/bin/karaf" server
fi
