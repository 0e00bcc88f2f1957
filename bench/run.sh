#!/usr/bin/env bash
# Benchmarks Edgeplay against real Deno, side by side in one run:
#  1. hello-world requests/s with wrk against `edgeplay serve` and `deno run`
#     of the same file (bench/functions/hello), printed as a ratio;
#  2. cold start: first response after a code edit (bench/coldstart).
# Needs wrk (Debian package) and Deno from npm (installed into .tools/).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10s}
CONNS=${CONNS:-32}
ROUNDS=${ROUNDS:-3}
mkdir -p bench/out
command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }; }
DENO_VERSION=2.9.6
tools=.tools/deno-$DENO_VERSION
[ -x "$tools/node_modules/.bin/deno" ] || { mkdir -p "$tools"; (cd "$tools" && npm install --silent --no-audit --no-fund "deno@$DENO_VERSION" >/dev/null); }
DENO="$PWD/$tools/node_modules/.bin/deno"
go build -o bin/edgeplay ./cmd/edgeplay
go build -o bin/gohello ./bench/gohello

# Edgeplay twice: as `serve` runs by default (every event recorded in the
# timeline store; a temp data dir, never the user's), and with --no-data
# (the runtime alone, as Deno runs).
EP_ADDR=127.0.0.1:54390
EP_NODATA_ADDR=127.0.0.1:54392
DENO_ADDR=127.0.0.1:54391
GO_ADDR=127.0.0.1:54393
DATA=$(mktemp -d)
bin/edgeplay serve --functions bench/functions --addr $EP_ADDR --no-verify-jwt --events off --data "$DATA" 2>bench/out/edgeplay.log &
EP_PID=$!
bin/edgeplay serve --functions bench/functions --addr $EP_NODATA_ADDR --no-verify-jwt --events off --no-data 2>bench/out/edgeplay-nodata.log &
EP2_PID=$!
DENO_SERVE_ADDRESS=tcp:$DENO_ADDR NO_COLOR=1 "$DENO" run -A --quiet bench/functions/hello/index.ts 2>bench/out/deno.log &
DENO_PID=$!
# the same hello-world on bare net/http: the ceiling of a net/http server
bin/gohello -addr $GO_ADDR 2>bench/out/gohello.log &
GO_PID=$!
trap 'kill $EP_PID $EP2_PID $DENO_PID $GO_PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for u in "http://$EP_ADDR/functions/v1/hello" "http://$EP_NODATA_ADDR/functions/v1/hello" "http://$DENO_ADDR/hello" "http://$GO_ADDR/"; do
  for _ in $(seq 100); do curl -sf "$u" >/dev/null && break; sleep 0.1; done
done
rps() { wrk -t2 -c"$CONNS" -d"$DURATION" "$1" | tee -a bench/out/wrk.txt | awk '/Requests\/sec/ {print $2}'; }
: > bench/out/wrk.txt
for u in "http://$EP_ADDR/functions/v1/hello" "http://$EP_NODATA_ADDR/functions/v1/hello" "http://$DENO_ADDR/hello" "http://$GO_ADDR/"; do
  wrk -t1 -c4 -d2s "$u" >/dev/null   # warm up
done
# The machine is shared and noisy: ROUNDS alternating rounds of the four,
# medians reported (one round each is what the figures used to be).
median() { tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
EPS="" DNS="" EP2S="" GOS=""
for _ in $(seq "$ROUNDS"); do
  EPS="$EPS $(rps "http://$EP_ADDR/functions/v1/hello")"
  DNS="$DNS $(rps "http://$DENO_ADDR/hello")"
  EP2S="$EP2S $(rps "http://$EP_NODATA_ADDR/functions/v1/hello")"
  GOS="$GOS $(rps "http://$GO_ADDR/")"
done
echo "rounds (req/s): edgeplay$EPS; deno$DNS; edgeplay --no-data$EP2S; net/http$GOS" | tee bench/out/rounds.txt
EP=$(echo $EPS | median) DN=$(echo $DNS | median) EP2=$(echo $EP2S | median) GO=$(echo $GOS | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "hello world (medians of $ROUNDS rounds): edgeplay $EP req/s (recording the timeline), deno $DN req/s, ratio $(ratio "$EP" "$DN")× (target ≥ 0.5×)" | tee bench/out/summary.txt
echo "hello world: edgeplay --no-data $EP2 req/s, ratio $(ratio "$EP2" "$DN")× of deno" | tee -a bench/out/summary.txt
echo "hello world: bare Go net/http (no JS) $GO req/s, ratio $(ratio "$GO" "$DN")× of deno: the ceiling of a net/http server here" | tee -a bench/out/summary.txt
kill $EP_PID $EP2_PID $DENO_PID $GO_PID 2>/dev/null || true
go run ./bench/coldstart | tee -a bench/out/summary.txt
