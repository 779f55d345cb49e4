#!/usr/bin/env bash
# Builds the image from the Dockerfile and checks it for real: health, the non-root user, AWS CLI calls, start-up time
# and memory, the HEALTHCHECK following the port, the heap cap and a JAVA_TOOL_OPTIONS override. Slow (a Maven build
# inside the image and a training run): not part of CI. See docs/docker.md.
#
#   docker/verify.sh            # as root when the engine must be started or stand-in base images built
#
# Environment: IMAGE (default pinpoint-email-mock:verify), VERIFY_PORT (first of three host ports, default 18480),
# STANDIN_JDK (a JDK 25 to build stand-in base images from, default the first /usr/lib/jvm/*25*),
# DEBIAN_MIRROR (default http://deb.debian.org/debian).
#
# What it starts, it stops: its containers always, the Docker engine when it started it. The stand-in base images and
# the image it built stay (docker rmi them when done).
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${IMAGE:-pinpoint-email-mock:verify}
PORT=${VERIFY_PORT:-18480}
DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
NAME=pem-verify-$$
BUILD_IMAGE=eclipse-temurin:25-jdk   # the FROM lines of the Dockerfile
RUN_IMAGE=eclipse-temurin:25-jre

log() { printf '[verify %s] %s\n' "$(date -u +%T)" "$*"; }
pass() { log "PASS: $*"; }
fail() { log "FAIL: $*"; exit 1; }
now() { date +%s.%N; }
# wait_answer <container> <url>: polls the URL every 0.1 s with curl, asking Docker (a heavier call that would take
# CPU from the start being measured) only every 2 s whether the container still runs.
wait_answer() {
    local i=0
    until curl -fsS -o /dev/null "$2" 2>/dev/null; do
        if ((++i % 20 == 0)); then
            [[ $(docker inspect -f '{{.State.Running}}' "$1") == true ]] || { docker logs "$1" | tail -30; fail "$1 exited"; }
            ((i < 2400)) || fail "$1: no answer within 240 s"
        fi
        sleep 0.1
    done
}
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

containers=()
dockerd_pid=
workdir=$(mktemp -d /tmp/pem-verify.XXXXXX)
cleanup() {
    local c
    for c in "${containers[@]}"; do docker rm -f "$c" >/dev/null 2>&1 || true; done
    [[ ${#containers[@]} -eq 0 ]] || log "removed containers: ${containers[*]}"
    if [[ -n $dockerd_pid ]]; then
        kill "$dockerd_pid" 2>/dev/null || true
        wait "$dockerd_pid" 2>/dev/null || true
        log "stopped the Docker engine it started (pid $dockerd_pid)"
    fi
    rm -rf "$workdir"
}
trap cleanup EXIT

# ---- 0. a Docker engine ---------------------------------------------------------------------------------------------
if docker info >/dev/null 2>&1; then
    log "Docker engine: already running ($(docker version --format '{{.Server.Version}}'))"
else
    command -v dockerd >/dev/null || fail "no Docker engine running and no dockerd (apt-get install -y docker.io)"
    [[ $(id -u) == 0 ]] || fail "no Docker engine running; starting one needs root"
    dockerd >"$workdir/dockerd.log" 2>&1 &
    dockerd_pid=$!
    for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 0.5; done
    docker info >/dev/null 2>&1 || { tail -20 "$workdir/dockerd.log"; fail "dockerd did not start (log above)"; }
    log "Docker engine: started dockerd (pid $dockerd_pid, $(docker version --format '{{.Server.Version}}'))"
fi

# ---- 1. the base images, or stand-ins built from Debian and a local JDK 25 --------------------------------------------
# No registry may be reachable: a stand-in is a debootstrapped Debian with the JDK (build) or a jlinked runtime of it
# (run) at /opt/java/openjdk, where the Temurin images keep theirs, and the host's CA certificates for Maven Central.
rootfs=
debian_rootfs() {
    if [[ -z $rootfs ]]; then
        command -v debootstrap >/dev/null || fail "no debootstrap to build stand-in base images (apt-get install -y debootstrap)"
        [[ $(id -u) == 0 ]] || fail "building stand-in base images needs root (debootstrap)"
        rootfs=$workdir/debian
        log "debootstrap bookworm (minbase) from $DEBIAN_MIRROR ..."
        debootstrap --variant=minbase bookworm "$rootfs" "$DEBIAN_MIRROR" >"$workdir/debootstrap.log" 2>&1 \
            || { tail -20 "$workdir/debootstrap.log"; fail "debootstrap failed (log above)"; }
    fi
}
standin() {   # standin <image name> jdk|jre
    local name=$1 kind=$2
    if docker image inspect "$name" >/dev/null 2>&1; then
        log "base image $name: present ($(docker image inspect -f '{{index .Config.Labels "org.pinpointemailmock.standin"}}' "$name" | sed 's/^$/a real one/;s/^true$/a stand-in/'))"
        return
    fi
    local jdk=${STANDIN_JDK:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)}
    [[ -x $jdk/bin/jlink ]] && grep -q 'JAVA_VERSION="25' "$jdk/release" \
        || fail "no JDK 25 for the stand-in $name (set STANDIN_JDK)"
    debian_rootfs
    local root=$workdir/$kind
    rm -rf "$root"
    cp -a "$rootfs" "$root"
    mkdir -p "$root/opt/java"
    if [[ $kind == jdk ]]; then
        cp -a "$jdk" "$root/opt/java/openjdk"
    else
        # A runtime like Temurin's JRE: every module but the development tools.
        local modules
        modules=$("$jdk/bin/java" --list-modules | sed 's/@.*//' \
            | grep -v -x -E 'jdk\.(compiler|javadoc|jshell|jdeps|jlink|jpackage|jartool|jconsole|jdi|jstatd|editpad|hotspot\.agent|internal\.(ed|le|opt|md))' \
            | paste -sd, -)
        "$jdk/bin/jlink" --add-modules "$modules" --no-man-pages --no-header-files --strip-debug \
            --output "$root/opt/java/openjdk" >/dev/null
        "$root/opt/java/openjdk/bin/java" -Xshare:dump >/dev/null   # the default CDS archive, as Temurin ships it
    fi
    rm -f "$root/opt/java/openjdk/lib/security/cacerts"
    cp "$(readlink -f "$jdk/lib/security/cacerts")" "$root/opt/java/openjdk/lib/security/cacerts"
    tar -C "$root" -c . | docker import \
        --change 'ENV JAVA_HOME=/opt/java/openjdk' \
        --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change 'ENV LANG=C.UTF-8' \
        --change 'LABEL org.pinpointemailmock.standin=true' \
        --change 'CMD ["bash"]' - "$name" >/dev/null
    rm -rf "$root"
    log "base image $name: built a stand-in from Debian bookworm and $jdk ($kind)"
}
standin "$BUILD_IMAGE" jdk
standin "$RUN_IMAGE" jre

# ---- 2. the image ---------------------------------------------------------------------------------------------------
log "docker build -t $IMAGE . (log: $workdir/build.log) ..."
t0=$(now)
docker build -t "$IMAGE" . >"$workdir/build.log" 2>&1 || { tail -40 "$workdir/build.log"; fail "docker build failed (log above)"; }
build_seconds=$(since "$t0")
grep -E '^training: ' "$workdir/build.log" | sed 's/^/    /' || log "(the training run is a cached layer: its calls are not shown)"
image_mb=$(docker image inspect -f '{{.Size}}' "$IMAGE" | awk '{ printf "%.0f", $1 / 1e6 }')
base_mb=$(docker image inspect -f '{{.Size}}' "$RUN_IMAGE" | awk '{ printf "%.0f", $1 / 1e6 }')
aot_mb=$(docker run --rm --entrypoint stat "$IMAGE" -c %s /app/app.aot | awk '{ printf "%.0f", $1 / 1e6 }')
[[ $aot_mb -gt 0 ]] || fail "the image has no AOT cache"
pass "image built in ${build_seconds} s: ${image_mb} MB, of which ${base_mb} MB the base $RUN_IMAGE and ${aot_mb} MB the AOT cache"

# ---- 3. run it as users do: docker run -p <port>:8080 ---------------------------------------------------------------
c=$NAME-default
containers+=("$c")
t0=$(now)
docker run -d --name "$c" -p "127.0.0.1:$PORT:8080" "$IMAGE" >/dev/null
wait_answer "$c" "http://127.0.0.1:$PORT/actuator/health"
answer_seconds=$(since "$t0")
until [[ $(docker inspect -f '{{.State.Health.Status}}' "$c") == healthy ]]; do
    awk -v s="$(since "$t0")" 'BEGIN { exit !(s > 180) }' && fail "not healthy within 180 s: $(docker inspect -f '{{json .State.Health.Log}}' "$c")"
    sleep 0.1
done
healthy_seconds=$(since "$t0")
started=$(docker logs "$c" 2>&1 | grep -o 'Started PinpointEmailMockApplication in [0-9.]* seconds (process running for [0-9.]*)' || echo '(no start line)')
pass "answers GET /actuator/health ${answer_seconds} s after docker run; HEALTHCHECK healthy after ${healthy_seconds} s (it runs every 5 s); $started"
log "load average at that time: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
if docker logs "$c" 2>&1 | grep -q -i -E 'warning.*\baot\b|AOT cache.*(disabled|mismatch)|Unable to use AOT'; then
    docker logs "$c" 2>&1 | grep -i aot | head -5
    fail "the JVM did not use the AOT cache"
fi

uid=$(docker exec "$c" id -u)
[[ $uid != 0 ]] || fail "the application runs as root"
pass "runs as uid $uid ($(docker exec "$c" id -un)); image user: $(docker image inspect -f '{{.Config.User}}' "$IMAGE")"

rss_kb() { docker exec "$1" awk '/^VmRSS/ { print $2 }' /proc/1/status; }
stats() { docker stats --no-stream --format '{{.MemUsage}}' "$1" | sed 's| / .*||'; }
rest_rss=$(( $(rss_kb "$c") / 1024 )); rest_stats=$(stats "$c")
pass "at rest: RSS of java ${rest_rss} MiB; docker stats: ${rest_stats}"

export AWS_ACCESS_KEY_ID=111122223333 AWS_SECRET_ACCESS_KEY=secret AWS_DEFAULT_REGION=us-east-1 AWS_MAX_ATTEMPTS=1 \
    AWS_PAGER= AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
endpoint=http://127.0.0.1:$PORT
if command -v aws >/dev/null; then
    aws sesv2 create-email-identity --endpoint-url "$endpoint" --email-identity sender@example.com --output json \
        | grep -q '"VerifiedForSendingStatus": true' || fail "create-email-identity"
    message_id=$(aws sesv2 send-email --endpoint-url "$endpoint" --from-email-address sender@example.com \
        --destination ToAddresses=someone@example.com \
        --content 'Simple={Subject={Data=Hello from the container},Body={Text={Data=It works}}}' \
        --query MessageId --output text)
    [[ -n $message_id ]] || fail "send-email answered no MessageId"
    latest=$(curl -fsS "$endpoint/_mock/emails/latest")
    grep -q "\"messageId\":\"$message_id\"" <<< "$latest" && grep -q '"subject":"Hello from the container"' <<< "$latest" \
        || fail "/_mock/emails/latest is not the message sent: $latest"
    pass "aws sesv2 create-email-identity and send-email (MessageId $message_id); /_mock/emails/latest shows it"
else
    log "SKIP: no aws CLI on this machine; the CLI call was not checked"
fi
for _ in $(seq 1 200); do curl -fsS -o /dev/null "$endpoint/v2/email/configuration-sets" -H 'Authorization: AWS4-HMAC-SHA256 Credential=111122223333/20260101/us-east-1/ses/aws4_request, SignedHeaders=host, Signature=0'; done
pass "after 200 more calls: RSS of java $(( $(rss_kb "$c") / 1024 )) MiB; docker stats: $(stats "$c")"
docker rm -f "$c" >/dev/null

# The same start without the AOT cache, for comparison (the machine's load at the moment weighs on both).
c=$NAME-no-aot
containers+=("$c")
t0=$(now)
docker run -d --name "$c" -p "127.0.0.1:$PORT:8080" -e JDK_JAVA_OPTIONS=-XX:AOTMode=off "$IMAGE" >/dev/null
wait_answer "$c" "http://127.0.0.1:$PORT/actuator/health"
no_aot_seconds=$(since "$t0")
no_aot_rss=$(( $(rss_kb "$c") / 1024 ))
pass "without the AOT cache (-XX:AOTMode=off): answers ${no_aot_seconds} s after docker run (with it: ${answer_seconds} s); RSS ${no_aot_rss} MiB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
docker rm -f "$c" >/dev/null

# ---- 4. the port moved, the JVM options replaced (three containers at once) ---------------------------------------------
port_env=$NAME-server-port-env
port_arg=$NAME-server-port-arg
tool_opts=$NAME-java-tool-options
containers+=("$port_env" "$port_arg" "$tool_opts")
# SERVER_PORT; the defaults printed, and the AOT cache required (AOTMode=on fails the start when it cannot be used)
# (and a JAVA_TOOL_OPTIONS that says nothing of the heap: the cap stays)
docker run -d --name "$port_env" -p "127.0.0.1:$((PORT + 1)):9090" -e SERVER_PORT=9090 -e JAVA_TOOL_OPTIONS=-Dverify=1 \
    -e JDK_JAVA_OPTIONS='-XX:AOTMode=on -XX:+PrintCommandLineFlags' "$IMAGE" >/dev/null
# --server.port, and a memory limit: the heap cap follows it down
docker run -d --name "$port_arg" -p "127.0.0.1:$((PORT + 2)):9191" --memory 512m \
    -e JDK_JAVA_OPTIONS=-XX:+PrintCommandLineFlags "$IMAGE" --server.port=9191 >/dev/null
# a heap size in JAVA_TOOL_OPTIONS wins over the default cap (and the AOT cache still serves: AOTMode=on)
docker run -d --name "$tool_opts" -e JAVA_TOOL_OPTIONS='-Xmx200m -XX:+PrintCommandLineFlags' \
    -e JDK_JAVA_OPTIONS=-XX:AOTMode=on "$IMAGE" >/dev/null
t0=$(now)
for c in "$port_env" "$port_arg" "$tool_opts"; do
    until [[ $(docker inspect -f '{{.State.Health.Status}}' "$c") == healthy ]]; do
        [[ $(docker inspect -f '{{.State.Running}}' "$c") == true ]] || { docker logs "$c" | tail -30; fail "$c exited"; }
        # (unhealthy is not final: a slow start on a loaded machine can outlast the start period, then recover)
        awk -v s="$(since "$t0")" 'BEGIN { exit !(s > 240) }' && fail "$c not healthy within 240 s: $(docker inspect -f '{{json .State.Health.Log}}' "$c")"
        sleep 1
    done
done
last_check() { docker inspect -f '{{range .State.Health.Log}}{{.Output}}{{end}}' "$1" | grep -v '^$' | tail -1; }
max_heap() { docker logs "$1" 2>&1 | grep -o -E -- '-XX:MaxHeapSize=[0-9]+' | head -1 | cut -d= -f2; }
curl -fsS -o /dev/null "http://127.0.0.1:$((PORT + 1))/actuator/health" || fail "SERVER_PORT=9090 does not answer on 9090"
pass "SERVER_PORT=9090: answers on 9090, HEALTHCHECK healthy ($(last_check "$port_env"))"
pass "AOT cache in use: with -XX:AOTMode=on (start fails when the cache cannot be used) it started"
default_heap=$(max_heap "$port_env")
[[ -n $default_heap && $default_heap -le $((512 * 1024 * 1024)) ]] || fail "default heap cap: MaxHeapSize=$default_heap"
pass "default heap cap: MaxHeapSize=$((default_heap / 1024 / 1024)) MiB with no memory limit (JAVA_TOOL_OPTIONS=-Dverify=1 kept it)"
curl -fsS -o /dev/null "http://127.0.0.1:$((PORT + 2))/actuator/health" || fail "--server.port=9191 does not answer on 9191"
pass "--server.port=9191: answers on 9191, HEALTHCHECK healthy ($(last_check "$port_arg"))"
limited_heap=$(max_heap "$port_arg")
[[ -n $limited_heap && $limited_heap -le $((256 * 1024 * 1024)) ]] || fail "heap cap under --memory 512m: MaxHeapSize=$limited_heap"
pass "under --memory 512m: MaxHeapSize=$((limited_heap / 1024 / 1024)) MiB"
override_heap=$(max_heap "$tool_opts")
[[ $override_heap == $((200 * 1024 * 1024)) ]] || fail "JAVA_TOOL_OPTIONS=-Xmx200m gave MaxHeapSize=$override_heap"
docker logs "$tool_opts" 2>&1 | grep -q 'Picked up JAVA_TOOL_OPTIONS: -Xmx200m' || fail "JAVA_TOOL_OPTIONS not picked up"
pass "JAVA_TOOL_OPTIONS=-Xmx200m overrides: MaxHeapSize=200 MiB, and the AOT cache still serves (AOTMode=on)"

log "ALL CHECKS PASSED"
printf '\n| measure (image, %s) | value |\n|---|---|\n' "$(date -u +%F)"
printf '| docker run until GET /actuator/health answers | %s s (without the AOT cache: %s s) |\n' "$answer_seconds" "$no_aot_seconds"
printf '| docker run until the HEALTHCHECK reports healthy (every 5 s) | %s s |\n' "$healthy_seconds"
printf '| RSS of java at rest / docker stats | %s MiB / %s |\n' "$rest_rss" "$rest_stats"
printf '| image size (base %s) | %s MB (%s MB) |\n' "$RUN_IMAGE" "$image_mb" "$base_mb"
