#!/usr/bin/env bash
# Benchmark of the emulator as users run it (the packaged jar, driven over loopback by wrk), measured next to a
# FLOOR: a bare Spring Boot 4 + Jetty app (bench/floor/) whose one controller does the same work as
# CreateConfigurationSet (parse the JSON body, insert into a map, answer 200 {} or a 400 AlreadyExistsException in the
# AWS shape, a request id on every response). The floor is what this work costs on this machine with this framework,
# so the emulator is reported as a ratio to it as well as in absolute requests/s.
#
# What it does:
#   1. builds both jars when missing, starts the emulator, then the floor (one at a time, so each start-up is timed
#      alone), and reports start-up to healthy and RSS at rest;
#   2. warms the apps up in turns: BENCH_WARMUP seconds of full load each, in slices of at most 10 s that alternate
#      the two paths (so the JIT has compiled both), the apps taking turns slice by slice (so neither idles for a
#      whole warm-up just before it is measured), with a reset before each slice (so the heap does not fill up);
#   3. counted rounds, interleaved: for each round and each path, the emulator and the floor in turn (the order
#      alternates from round to round), each reset before it is loaded, same wrk settings;
#   4. prints every round, then per path the mean requests/s of each app, the ratio emulator/floor of the means and
#      of each round (a round's two measurements ran back to back, so its ratio is the least exposed to a change in
#      the machine's load), and RSS after;
#   5. SendEmail (bench/send-email.lua: Simple content, one recipient, from a verified domain created after each
#      reset) on the emulator alone, warmed up with one 10 s slice and counted in BENCH_ROUNDS rounds: the floor does
#      not send, so this path has no ratio;
#   6. the same SendEmail with a configuration set of two event destinations, in interleaved rounds: Pinpoint
#      destinations (send-recorded: the events are built and recorded, nothing is delivered) and SNS destinations
#      whose engine is down (send-events: mock.events.endpoint is a closed port, so every delivery fails). Every send
#      makes a Send and a Delivery event for each destination. send-recorded against send-email is what recording
#      events costs a send; send-events against send-recorded is what an unreachable engine adds to it.
# Both apps stay started for the whole run, but only one is loaded at a time: restarting between rounds would throw
# away the JIT's work and need a warm-up per round. The idle app's CPU use during the other's round is printed
# ("idle app"), and so is the CPU used by everything else on the machine ("others"), so a noisy round can be seen.
# Each counted round also checks the answers: the unique path must be all 2xx, the duplicate path all non-2xx but
# the first, or the round is flagged.
#
# Usage: bench/run.sh [seconds-per-round] [connections]
# Options (environment variables; the two arguments above set the first two):
#   BENCH_DURATION=15       seconds of each counted round
#   BENCH_CONNECTIONS=32    wrk connections
#   BENCH_THREADS=2         wrk threads
#   BENCH_WARMUP=40         seconds of full load per app before the counted rounds (35-45 s is enough on 2 cores)
#   BENCH_ROUNDS=2          counted rounds per app and path
#   BENCH_PORT=18080        the emulator's port
#   BENCH_FLOOR_PORT=       the floor's port (default: BENCH_PORT + 1)
#   BENCH_HEAP=2g           -Xmx of both apps: the unique path stores some 200,000 sets a round, and with a small heap
#                           the garbage collector, not the request path, sets the pace (512m made round 1 of each
#                           path up to 40% slower than the rest)
#   BENCH_FLOOR=1           0 measures the emulator alone (no floor, no ratio)
#   BENCH_EMULATOR_OPTS=    extra JVM options for the emulator (bench/profile.sh passes its JFR recording here)
#   BENCH_MARKS=            a file to which every counted round is appended as "app path round start-ms end-ms"
#                           (epoch milliseconds; bench/profile.sh reads it to cut the recording to the rounds)
# Needs: a JDK 17, wrk (installed with apt-get when missing and running as root), curl.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-${BENCH_DURATION:-15}}"
CONNECTIONS="${2:-${BENCH_CONNECTIONS:-32}}"
THREADS="${BENCH_THREADS:-2}"
WARMUP="${BENCH_WARMUP:-40}"
ROUNDS="${BENCH_ROUNDS:-2}"
PORT="${BENCH_PORT:-18080}"
FLOOR_PORT="${BENCH_FLOOR_PORT:-$((PORT + 1))}"
HEAP="${BENCH_HEAP:-2g}"
WITH_FLOOR="${BENCH_FLOOR:-1}"
EMULATOR_OPTS="${BENCH_EMULATOR_OPTS:-}"
MARKS="${BENCH_MARKS:-}"
JAR=target/pinpoint-email-mock-0.1.0-SNAPSHOT-exec.jar
FLOOR_JAR=bench/floor/target/bench-floor-0.1.0-SNAPSHOT.jar
LOGS="${TMPDIR:-/tmp}/pinpoint-email-mock-bench"
mkdir -p "$LOGS"

if ! command -v wrk >/dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
[ "$WITH_FLOOR" = 0 ] || [ -f "$FLOOR_JAR" ] || ./mvnw -B -q -f bench/floor/pom.xml package

APPS=(emulator)
[ "$WITH_FLOOR" = 0 ] || APPS+=(floor)
declare -A PIDS PORTS=([emulator]=$PORT [floor]=$FLOOR_PORT) STARTUP REST_RSS

stop_apps() {
  for app in "${!PIDS[@]}"; do kill "${PIDS[$app]}" 2>/dev/null || true; done
  # Waited for, so that a recording the emulator dumps on exit is complete when the script returns.
  for app in "${!PIDS[@]}"; do wait "${PIDS[$app]}" 2>/dev/null || true; done
}
trap stop_apps EXIT

rss_mib() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
# CPU time (user + system) of a process, in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# Busy CPU time of the whole machine, in clock ticks (all but idle and iowait).
machine_busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
TICKS_PER_S=$(getconf CLK_TCK)
now_ms() { echo $(($(date +%s%N) / 1000000)); }

start_app() {
  local app=$1 jar opts start_ms
  if [ "$app" = emulator ]; then
    jar=$JAR
    # The limit is raised so a unique-name round is not cut short by the 10,000-set quota.
    # The event endpoint is a port nothing listens on: the send-events path publishes to an engine that is down.
    opts="--mock.limits.configuration-sets=100000000 --mock.events.endpoint=http://127.0.0.1:${BENCH_DEAD_PORT:-9}"
  else
    jar=$FLOOR_JAR
    opts=""
  fi
  start_ms=$(now_ms)
  # shellcheck disable=SC2086 # the options are word lists
  java -Xmx"$HEAP" $([ "$app" = emulator ] && echo "$EMULATOR_OPTS") -jar "$jar" --server.port="${PORTS[$app]}" \
    $opts --logging.level.root=WARN >"$LOGS/$app.log" 2>&1 &
  PIDS[$app]=$!
  until curl -sf "http://localhost:${PORTS[$app]}/actuator/health" >/dev/null; do
    kill -0 "${PIDS[$app]}" 2>/dev/null || { echo "$app did not start, see $LOGS/$app.log" >&2; exit 1; }
    sleep 0.05
  done
  STARTUP[$app]=$(($(now_ms) - start_ms))
  REST_RSS[$app]=$(rss_mib "${PIDS[$app]}")
}

reset_app() { curl -sf -o /dev/null -X POST "http://localhost:${PORTS[$1]}/_mock/reset"; }
# The send path's sender domain as a verified identity of the default account (SendEmail refuses others).
prepare_send() {
  curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"EmailIdentity":"bench.example"}' \
    "http://localhost:${PORTS[$1]}/v2/email/identities"
}

# As prepare_send, plus configuration sets with two enabled destinations taking every event type: bench-events with
# SNS destinations, which the emulator publishes to the closed port of its mock.events.endpoint (every delivery
# fails), and bench-recorded with Pinpoint destinations, whose events are only recorded.
prepare_send_events() {
  local url="http://localhost:${PORTS[$1]}/v2/email/configuration-sets" set name destination
  prepare_send "$1"
  for set in bench-events bench-recorded; do
    curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"ConfigurationSetName":"'$set'"}' "$url"
    for name in first second; do
      if [ $set = bench-events ]; then
        destination='"SnsDestination":{"TopicArn":"arn:aws:sns:us-east-1:000000000000:bench-'$name'"}'
      else
        destination='"PinpointDestination":{"ApplicationArn":"arn:aws:mobiletargeting:us-east-1:000000000000:apps/'$name'"}'
      fi
      curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"EventDestinationName":"'$name'",
        "EventDestination":{"Enabled":true,"MatchingEventTypes":["SEND","DELIVERY","BOUNCE","COMPLAINT","REJECT"],
        '"$destination"'}}' "$url/$set/event-destinations"
    done
  done
}

# Both apps must answer the benchmarked request the same way, or their numbers are not comparable.
smoke_test() {
  local app=$1 url="http://localhost:${PORTS[$1]}/v1/email/configuration-sets" first second
  reset_app "$app"
  first=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    -d '{"ConfigurationSetName":"smoke"}' "$url")
  second=$(curl -s -D - -o /dev/null -X POST -H 'Content-Type: application/json' \
    -d '{"ConfigurationSetName":"smoke"}' "$url" | tr -d '\r')
  if [ "$first" != 200 ] || ! grep -q '^HTTP/1.1 400' <<<"$second" \
      || ! grep -qi '^x-amzn-ErrorType: AlreadyExistsException' <<<"$second" \
      || ! grep -qi '^x-amzn-RequestId: ' <<<"$second"; then
    echo "$app does not answer CreateConfigurationSet as expected (first: $first, second: $second)" >&2
    exit 1
  fi
  reset_app "$app"
}

# wrk against one app; leaves its output in $LOGS/wrk.out and wrk's own CPU seconds in $LOGS/wrk.time.
load() {
  local app=$1 path=$2 seconds=$3 tag=$4
  local script="bench/create-$path.lua"
  local args=("$tag")
  [ "$path" != send ] || script=bench/send-email.lua
  [ "$path" != send-events ] || { script=bench/send-email.lua; args+=(bench-events); }
  [ "$path" != send-recorded ] || { script=bench/send-email.lua; args+=(bench-recorded); }
  wrk_cmd=(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -s "$script"
    "http://localhost:${PORTS[$app]}" -- "${args[@]}")
  /usr/bin/time -f '%U %S' -o "$LOGS/wrk.time" "${wrk_cmd[@]}" >"$LOGS/wrk.out"
}

# Warms the apps up in turns, a slice of at most 10 s each, alternating the two paths, each app reset before its
# slice: taking turns (not one app's whole warm-up, then the other's) keeps either from idling for the length of a
# warm-up just before it is measured, which made its first counted round slower than the rest.
warm_up() {
  local left=$WARMUP slice path=unique i=0 app
  while [ "$left" -gt 0 ]; do
    slice=$((left < 10 ? left : 10))
    for app in "${APPS[@]}"; do
      reset_app "$app"
      load "$app" "$path" "$slice" "warmup-$i"
    done
    left=$((left - slice)) i=$((i + 1))
    if [ $path = unique ]; then path=duplicate; else path=unique; fi
  done
  # SendEmail, on the emulator alone (the floor does not send).
  reset_app emulator
  prepare_send emulator
  load emulator send 10 "warmup-send"
  reset_app emulator
  prepare_send_events emulator
  load emulator send-events 10 "warmup-send-events"
  reset_app emulator
  prepare_send_events emulator
  load emulator send-recorded 10 "warmup-send-recorded"
  # Last, one more slice of the path the counted rounds begin with.
  for app in "${APPS[@]}"; do
    reset_app "$app"
    load "$app" unique 10 "warmup-last"
  done
}

declare -A RESULTS   # "app path" -> space-separated req/s of each round
MAX_OTHERS=0         # the most CPU (% of one core) other processes used during a counted round

measured_round() {
  local app=$1 path=$2 round=$3 other busy0 busy1 own0 own1 other0=0 other1=0 start end rps p50 p99 requests non2xx
  local errors check="ok" wrk_s own_pct other_pct others_pct
  other=""
  for a in "${APPS[@]}"; do [ "$a" = "$app" ] || other=$a; done
  reset_app "$app"
  [ "$path" != send ] || prepare_send "$app"
  case $path in send-events | send-recorded) prepare_send_events "$app" ;; esac
  start=$(now_ms)
  busy0=$(machine_busy_ticks) own0=$(cpu_ticks "${PIDS[$app]}")
  [ -z "$other" ] || other0=$(cpu_ticks "${PIDS[$other]}")
  load "$app" "$path" "$DURATION" "r$round-$app"
  busy1=$(machine_busy_ticks) own1=$(cpu_ticks "${PIDS[$app]}")
  [ -z "$other" ] || other1=$(cpu_ticks "${PIDS[$other]}")
  end=$(now_ms)
  [ -z "$MARKS" ] || echo "$app $path $round $start $end" >>"$MARKS"

  rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$LOGS/wrk.out")
  p50=$(awk '$1 == "50%" {print $2}' "$LOGS/wrk.out")
  p99=$(awk '$1 == "99%" {print $2}' "$LOGS/wrk.out")
  requests=$(awk '/requests in/ {print $1}' "$LOGS/wrk.out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$LOGS/wrk.out")
  non2xx=${non2xx:-0}
  errors=$(grep -E 'Socket errors' "$LOGS/wrk.out" | sed 's/^ *//' || true)
  if [ "$path" != duplicate ] && [ "$non2xx" != 0 ]; then check="WRONG: $non2xx non-2xx answers"; fi
  if [ "$path" = duplicate ] && [ "$non2xx" != $((requests - 1)) ]; then
    check="WRONG: $non2xx non-2xx of $requests"
  fi
  [ -z "$errors" ] || check="$check; $errors"

  # Shares of the two cores during the round, in percent of one core.
  wrk_s=$(awk '{print $1 + $2}' "$LOGS/wrk.time")
  # Divided by the time the round really took (wrk starts and stops), not by its nominal duration.
  own_pct=$(( (own1 - own0) * 100000 / TICKS_PER_S / (end - start) ))
  other_pct=$(( (other1 - other0) * 100000 / TICKS_PER_S / (end - start) ))
  others_pct=$(awk -v b=$((busy1 - busy0)) -v o=$((own1 - own0 + other1 - other0)) -v w="$wrk_s" \
    -v t="$TICKS_PER_S" -v ms=$((end - start)) 'BEGIN {x = ((b - o) / t - w) * 100000 / ms; printf "%.0f", x < 0 ? 0 : x}')
  printf '  round %d  %-9s %8s req/s  p50 %-8s p99 %-8s  cpu%%: app %3d, wrk %3.0f, idle app %2d, others %3d  %s\n' \
    "$round" "$app" "$rps" "$p50" "$p99" "$own_pct" "$(awk -v w="$wrk_s" -v ms=$((end - start)) 'BEGIN {print w * 100000 / ms}')" \
    "$other_pct" "$others_pct" "$check"
  RESULTS["$app $path"]="${RESULTS["$app $path"]:-} $rps"
  [ "$others_pct" -le "$MAX_OTHERS" ] || MAX_OTHERS=$others_pct
}

mean() { awk '{s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.0f", s / NF}' <<<"$1"; }

for app in "${APPS[@]}"; do start_app "$app"; done
for app in "${APPS[@]}"; do smoke_test "$app"; done

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk: $THREADS threads, $CONNECTIONS connections; warm-up ${WARMUP}s per app; $ROUNDS rounds of ${DURATION}s per app and path"
for app in "${APPS[@]}"; do
  printf '%-9s start-up to healthy: %5d ms, RSS at rest: %4d MiB\n' "$app" "${STARTUP[$app]}" "${REST_RSS[$app]}"
done

echo "warming up ${APPS[*]} (${WARMUP}s each, in turns)..."
warm_up

for path in unique duplicate; do
  echo
  if [ $path = unique ]; then echo "== create-unique (every call a 200)"; else
    echo "== create-duplicate (every call after the first a 400 AlreadyExistsException)"; fi
  for round in $(seq 1 "$ROUNDS"); do
    order=("${APPS[@]}")
    if [ $((round % 2)) = 0 ] && [ ${#APPS[@]} = 2 ]; then order=(floor emulator); fi
    for app in "${order[@]}"; do measured_round "$app" "$path" "$round"; done
  done
done

echo
echo "== send-email (SendEmail, Simple content, one recipient, every call a 200; the emulator alone)"
for round in $(seq 1 "$ROUNDS"); do measured_round emulator send "$round"; done

echo
echo "== send-recorded / send-events (the same SendEmail with a configuration set of two destinations: Pinpoint,"
echo "   recorded only / SNS, the engine down)"
for round in $(seq 1 "$ROUNDS"); do
  measured_round emulator send-recorded "$round"
  measured_round emulator send-events "$round"
done

echo
echo "== summary (mean of $ROUNDS rounds, requests/s)"
if [ ${#APPS[@]} = 2 ]; then
  printf '%-18s %10s %10s %16s   %s\n' path emulator floor emulator/floor "(each round's own ratio)"
else
  printf '%-18s %10s\n' path emulator
fi
for path in unique duplicate; do
  label=$([ $path = unique ] && echo "unique (200)" || echo "duplicate (400)")
  emulator=$(mean "${RESULTS["emulator $path"]}")
  if [ ${#APPS[@]} = 2 ]; then
    floor=$(mean "${RESULTS["floor $path"]}")
    printf '%-18s %10s %10s %15s%%   (%s)\n' "$label" "$emulator" "$floor" "$(awk -v e="$emulator" -v f="$floor" \
      'BEGIN {printf "%.0f", e * 100 / f}')" "$(awk -v e="${RESULTS["emulator $path"]}" \
      -v f="${RESULTS["floor $path"]}" 'BEGIN {n = split(e, es); split(f, fs)
        for (i = 1; i <= n; i++) printf "%s%.0f%%", (i > 1 ? ", " : ""), es[i] * 100 / fs[i]}')"
  else
    printf '%-18s %10s\n' "$label" "$emulator"
  fi
done
printf '%-18s %10s\n' "send-email (200)" "$(mean "${RESULTS["emulator send"]}")"
printf '%-18s %10s\n' "send-recorded (200)" "$(mean "${RESULTS["emulator send-recorded"]}")"
printf '%-18s %10s\n' "send-events (200)" "$(mean "${RESULTS["emulator send-events"]}")"
for app in "${APPS[@]}"; do
  printf '%-9s RSS after load: %4d MiB\n' "$app" "$(rss_mib "${PIDS[$app]}")"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$MAX_OTHERS" -gt 20 ]; then
  echo "NOTE: other processes used up to ${MAX_OTHERS}% of a core during a counted round (column 'others'):"
  echo "      the apps did not have the machine to themselves, so these numbers and the ratio are noisy."
fi
