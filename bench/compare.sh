#!/usr/bin/env bash
# Side-by-side benchmark: Glute Check against a bare Spring Boot app doing the same kind of work
# (bench/anchor). Both run at once with the same heap on loopback ports; load runs alternate
# between them, so a busy machine slows both alike and the ratio app/anchor stays meaningful.
#
#   bench/compare.sh                         # build both, warm up, 3 rounds of 15 s per endpoint
#   ROUNDS=5 SECONDS_PER_RUN=20 bench/compare.sh
#   SKIP_BUILD=1 JFR=1 bench/compare.sh      # reuse the jars; record a JFR profile of the app
#
# Settings (environment): CONNECTIONS (32), SECONDS_PER_RUN (15), WARMUP_SECONDS (20) and
# WARMUP_REQUESTS (30000): both, per endpoint and app, twice, WARMUP_MAX_SECONDS (300), ROUNDS (3),
# HEAP (256m), SKIP_BUILD (0), JFR (0: off; 1: app's recording in $OUT/app.jfr), OUT (a new temp
# dir), LOADGEN (wrk when installed, else java: bench/HttpLoad.java), APP_JAR (another build of the
# app to measure instead, e.g. an older commit's, for a before/after in the same conditions).
# Endpoints: (a) GET /results/{reference} of one saved result, (b) POST /api/v1/assessments with
# bench/answers.json. Prints requests per second, p50/p99 latency, errors, the CPU time each process
# used per request (from /proc: all its threads, JIT and GC included), and the ratios.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
CONNECTIONS="${CONNECTIONS:-32}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-15}"
WARMUP_SECONDS="${WARMUP_SECONDS:-20}"
WARMUP_REQUESTS="${WARMUP_REQUESTS:-30000}"
WARMUP_MAX_SECONDS="${WARMUP_MAX_SECONDS:-300}"
ROUNDS="${ROUNDS:-3}"
HEAP="${HEAP:-256m}"
SKIP_BUILD="${SKIP_BUILD:-0}"
JFR="${JFR:-0}"
OUT="${OUT:-$(mktemp -d /tmp/glutecheck-bench.XXXXXX)}"
if [[ -z "${LOADGEN:-}" ]]; then
  if command -v wrk >/dev/null; then LOADGEN=wrk; else LOADGEN=java; fi
fi
mkdir -p "$OUT"
body="$here/answers.json"

if [[ "$SKIP_BUILD" != 1 ]]; then
  echo "Building the app and the anchor ..."
  (cd "$root" && ./mvnw -B -q -DskipTests package)
  (cd "$root" && ./mvnw -B -q -DskipTests -f bench/anchor/pom.xml package)
fi
app_jar="${APP_JAR:-$(ls "$root"/target/glute-check-*.jar | grep -v original | head -1)}"
anchor_jar="$root/bench/anchor/target/anchor.jar"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
app_port="$(free_port)"
anchor_port="$(free_port)"
jvm=(-Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC)
app_jvm=("${jvm[@]}")
if [[ "$JFR" == 1 ]]; then
  app_jvm+=("-XX:StartFlightRecording=filename=$OUT/app.jfr,settings=profile,dumponexit=true" -XX:FlightRecorderOptions:stackdepth=256)
fi

pids=()
# Stops both apps and deletes their H2 files: each grows by gigabytes in a run (every commit is
# written at once, and superseded space is reused only after H2's retention time).
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$OUT/app-data" "$OUT/anchor-data"
}
trap stop EXIT

mkdir -p "$OUT/app-data" "$OUT/anchor-data"
java "${app_jvm[@]}" -jar "$app_jar" --server.address=127.0.0.1 --server.port="$app_port" \
  --glutecheck.data-dir="$OUT/app-data" --logging.level.root=WARN >"$OUT/app.log" 2>&1 &
pids+=($!)
java "${jvm[@]}" -jar "$anchor_jar" --server.address=127.0.0.1 --server.port="$anchor_port" \
  --anchor.data-dir="$OUT/anchor-data" --logging.level.root=WARN >"$OUT/anchor.log" 2>&1 &
pids+=($!)

wait_up() {
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null "$1" && return 0
    sleep 1
  done
  echo "not up: $1" >&2; exit 1
}
wait_up "http://127.0.0.1:$app_port/actuator/health"
wait_up "http://127.0.0.1:$anchor_port/health"

reference="$(curl -sf -H 'Content-Type: application/json' --data @"$body" \
  "http://127.0.0.1:$app_port/api/v1/assessments" | python3 -c 'import json,sys; print(json.load(sys.stdin)["reference"])')"
app_page="http://127.0.0.1:$app_port/results/$reference"
anchor_page="http://127.0.0.1:$anchor_port/results/$reference"
echo "app page: $(curl -sf "$app_page" | wc -c) bytes, $(curl -sf "$app_page" | grep -o '<article' | wc -l) cards; anchor page: $(curl -sf "$anchor_page" | wc -c) bytes, $(curl -sf "$anchor_page" | grep -o '<article' | wc -l) cards"

# load URL SECONDS [BODY] -> prints the RESULT line
load() {
  local url="$1" secs="$2" post="${3:-}"
  if [[ "$LOADGEN" == wrk ]]; then
    BENCH_BODY="$post" wrk -t2 -c"$CONNECTIONS" -d"${secs}s" --timeout 30s -s "$here/report.lua" "$url" | grep '^RESULT'
  else
    java "$here/HttpLoad.java" "$url" "$secs" "$CONNECTIONS" $post | grep '^RESULT'
  fi
}
# CPU time (user + system, in clock ticks) the process has used so far, all threads included.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ticks_per_second="$(getconf CLK_TCK)"
field() { sed -n "s/.* $2=\([0-9.]*\).*/\1/p" <<<"$1"; }

app_post="http://127.0.0.1:$app_port/api/v1/assessments"
anchor_post="http://127.0.0.1:$anchor_port/api/v1/assessments"

# Each app is warmed by the same number of requests, not the same time: in a fixed time the
# anchor serves several times as many requests as the app, and its code reaches the JIT's hottest
# tier while the app's is still compiling (the app's first rounds were then slower than its later
# ones). Both endpoints are warmed twice in turn, as the rounds then run them: code the two share
# is compiled again once it has seen both.
# warm URL [BODY]: at least WARMUP_REQUESTS requests and WARMUP_SECONDS, at most WARMUP_MAX_SECONDS.
warm() {
  local url="$1" post="${2:-}" served=0 started="$SECONDS" line
  while (( (served < WARMUP_REQUESTS || SECONDS - started < WARMUP_SECONDS) && SECONDS - started < WARMUP_MAX_SECONDS )); do
    line="$(load "$url" 10 "$post")"
    served=$((served + $(field "$line" requests)))
  done
  echo "  $url: $served requests in $((SECONDS - started)) s"
}
echo "Warming up (twice: at least $WARMUP_REQUESTS requests and $WARMUP_SECONDS s per endpoint and app) ..."
for _ in 1 2; do
  warm "$app_page"
  warm "$anchor_page"
  warm "$app_post" "$body"
  warm "$anchor_post" "$body"
done

results="$OUT/results.tsv"
: >"$results"
for round in $(seq 1 "$ROUNDS"); do
  for endpoint in result post; do
    if [[ $endpoint == result ]]; then urls=("$app_page" "$anchor_page"); post=""; else urls=("$app_post" "$anchor_post"); post="$body"; fi
    order=(app anchor)
    if (( round % 2 == 0 )); then order=(anchor app); fi
    for who in "${order[@]}"; do
      if [[ $who == app ]]; then url="${urls[0]}"; pid="${pids[0]}"; else url="${urls[1]}"; pid="${pids[1]}"; fi
      before="$(cpu_ticks "$pid")"
      line="$(load "$url" "$SECONDS_PER_RUN" "$post")"
      after="$(cpu_ticks "$pid")"
      rps="$(awk -v r="$(field "$line" requests)" -v s="$(field "$line" seconds)" 'BEGIN{printf "%.1f", r/s}')"
      cpu="$(awk -v t="$((after - before))" -v hz="$ticks_per_second" -v r="$(field "$line" requests)" 'BEGIN{printf "%.3f", 1000 * t / hz / r}')"
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$endpoint" "$who" "$rps" "$(field "$line" p50)" "$(field "$line" p99)" "$(field "$line" errors)" "$cpu" | tee -a "$results"
    done
  done
done

echo
echo "load: $(uptime | sed 's/.*load average/load average/'); $(nproc) cores; loadgen $LOADGEN, $CONNECTIONS connections, $SECONDS_PER_RUN s x $ROUNDS rounds; heap $HEAP"
python3 - "$results" <<'PY'
import sys, statistics
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
print("| endpoint | who | req/s (median) | p50 ms | p99 ms | errors | CPU ms per request (median) |")
print("|---|---|---|---|---|---|---|")
for ep in ("result", "post"):
    for who in ("app", "anchor"):
        r = [x for x in rows if x[1] == ep and x[2] == who]
        print(f"| {ep} | {who} | {statistics.median(float(x[3]) for x in r):.0f} | "
              f"{statistics.median(int(x[4]) for x in r)/1000:.1f} | {statistics.median(int(x[5]) for x in r)/1000:.1f} | "
              f"{sum(int(x[6]) for x in r)} | {statistics.median(float(x[7]) for x in r):.2f} |")
for ep, name in (("result", "results page"), ("post", "POST /api/v1/assessments")):
    ratios = []
    for rnd in sorted({x[0] for x in rows}):
        a = [float(x[3]) for x in rows if x[0] == rnd and x[1] == ep and x[2] == "app"]
        b = [float(x[3]) for x in rows if x[0] == rnd and x[1] == ep and x[2] == "anchor"]
        if a and b:
            ratios.append(a[0] / b[0])
    print(f"RATIO {name} app/anchor = {statistics.median(ratios):.2f}  (per round: {', '.join(f'{r:.2f}' for r in ratios)})")
    cpu = {who: statistics.median(float(x[7]) for x in rows if x[1] == ep and x[2] == who) for who in ("app", "anchor")}
    print(f"CPU {name}: app {cpu['app']:.2f} ms, anchor {cpu['anchor']:.2f} ms per request; anchor/app = {cpu['anchor'] / cpu['app']:.2f}")
PY
echo "logs and raw figures: $OUT"
