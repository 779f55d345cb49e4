#!/usr/bin/env bash
# Benchmark of the emulator as users run it: the packaged jar, driven over loopback by wrk.
# Measures start-up time, memory (RSS) at rest and after load, and CreateConfigurationSet throughput and latency
# for successful creates and for the AlreadyExistsException error path.
#
# Usage: bench/run.sh [duration-seconds] [connections]   (defaults: 20 s, 32 connections)
# Needs: Java 17, wrk (installed with apt-get when missing and running as root).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-20}"
CONNECTIONS="${2:-32}"
PORT="${BENCH_PORT:-18080}"
JAR=target/pinpoint-email-mock-0.1.0-SNAPSHOT.jar

if ! command -v wrk >/dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

rss_mib() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

start_ns=$(date +%s%N)
# The limit is raised so the unique-name run is not cut short by the 10,000-set quota.
java -Xmx512m -jar "$JAR" --server.port="$PORT" --mock.limits.configuration-sets=100000000 \
  --logging.level.root=WARN >/tmp/pinpoint-email-mock-bench.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do sleep 0.05; done
ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "start-up to healthy: ${ready_ms} ms"
echo "RSS at rest: $(rss_mib $PID) MiB"

# Warm-up, so the JIT has compiled the hot path before the measured runs.
wrk -t2 -c"$CONNECTIONS" -d5s -s bench/create-unique.lua "http://localhost:$PORT" -- warmup >/dev/null

for script in create-unique create-duplicate; do
  echo
  echo "== $script: ${DURATION}s, $CONNECTIONS connections, 2 threads"
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "bench/$script.lua" "http://localhost:$PORT" -- "$script" \
    | grep -E "Requests/sec|Latency |50%|99%|Non-2xx|Socket errors|requests in"
done

echo
echo "RSS after load: $(rss_mib $PID) MiB"
