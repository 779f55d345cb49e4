#!/usr/bin/env bash
# Profile of the emulator's request path under the benchmark's load: starts the emulator jar with a JFR recording
# from launch (attaching one to a running JVM deoptimizes compiled code, which skews what it measures), runs
# bench/run.sh's warm-up and one counted round per path against the emulator alone, then prints, per path and for
# the counted rounds only: the top frames by CPU samples, the emulator's own methods by inclusive samples, the top
# lock contention (jdk.JavaMonitorEnter, jdk.ThreadPark) and the top allocations by class (bench/JfrTop.java).
#
# Usage: bench/profile.sh [seconds-per-round] [connections]      (defaults: 20 s, 32 connections)
# Options (environment variables), besides bench/run.sh's (BENCH_WARMUP, BENCH_PORT, BENCH_THREADS, BENCH_HEAP...):
#   BENCH_JFR=<tmp>/pinpoint-email-mock-bench/emulator.jfr   where the recording is written (kept for JMC)
#   BENCH_JFR_SETTINGS=profile        the .jfc settings (JDK's "profile": 10 ms CPU sampling, allocation sampling)
#   BENCH_METHOD_PROFILING=max       CPU sampling: max = every 1 ms, high = every 10 ms (the JDK profile's default:
#                                     fewer samples, a few hundred per 20 s round, but less overhead)
#   BENCH_LOCK_THRESHOLD=0ms          record monitor enters and parks at least this long (the JDK's default, 10 ms,
#                                     misses the short waits that add up under load)
#   BENCH_TOP=12                      lines per table
set -euo pipefail
cd "$(dirname "$0")/.."

LOGS="${TMPDIR:-/tmp}/pinpoint-email-mock-bench"
mkdir -p "$LOGS"
JFR="${BENCH_JFR:-$LOGS/emulator.jfr}"
MARKS="$LOGS/profile.marks"
rm -f "$JFR" "$MARKS"

# dumponexit: the recording is written when run.sh stops the emulator (it waits for the JVM to exit).
# stackdepth: Spring's and Jetty's stacks are deeper than JFR's default 64 frames.
BENCH_EMULATOR_OPTS="-XX:StartFlightRecording=settings=${BENCH_JFR_SETTINGS:-profile},method-profiling=${BENCH_METHOD_PROFILING:-max},locking-threshold=${BENCH_LOCK_THRESHOLD:-0ms},dumponexit=true,filename=$JFR -XX:FlightRecorderOptions=stackdepth=256" \
  BENCH_FLOOR=0 BENCH_ROUNDS=1 BENCH_MARKS="$MARKS" BENCH_DURATION="${1:-${BENCH_DURATION:-20}}" \
  bench/run.sh "" "${2:-${BENCH_CONNECTIONS:-32}}"

echo
echo "recording: $JFR ($(du -h "$JFR" | cut -f1)); counted rounds: $(tr '\n' ';' <"$MARKS")"
java bench/JfrTop.java "$JFR" "$MARKS" "${BENCH_TOP:-12}"
