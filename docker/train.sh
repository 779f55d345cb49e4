#!/bin/bash
# The AOT cache's training run (JEP 483/514), run by the Dockerfile at image build time with the runtime's own JVM:
# start the application with -XX:AOTCacheOutput, send it the calls a test suite typically makes, so that the classes
# and profiles of the request path (JSON, the pipeline, SendEmail's MIME building) are in the cache too, then stop it
# with SIGTERM; the JVM writes the cache as it exits. Needs only bash (its /dev/tcp), no curl in the image.
# Usage: train.sh <cache file> <java options and arguments...>
set -euo pipefail
cache=$1; shift
port=18080

java -XX:AOTCacheOutput="$cache" "$@" --server.port="$port" &
pid=$!

# request METHOD PATH [JSON body]: prints the status line; fails when there is no HTTP answer.
request() {
    local body=${3-}
    exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
    printf '%s %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' \
        "$1" "$2" "${#body}" "$body" >&3
    local status
    IFS=$'\r' read -r -t 30 status <&3 || return 1
    cat <&3 >/dev/null
    exec 3<&-
    echo "training: $1 $2 -> $status"
    [[ $status == HTTP/1.1\ [24]* ]]
}

for _ in $(seq 1 600); do
    request GET /actuator/health 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || { echo "training: the application exited before it answered" >&2; exit 1; }
    sleep 0.1
done

request POST /v2/email/configuration-sets '{"ConfigurationSetName":"training"}'
request POST /v2/email/configuration-sets '{"ConfigurationSetName":"training"}' || true   # 400 AlreadyExists: the error path
request GET /v2/email/configuration-sets/training
request POST /v1/email/configuration-sets '{"ConfigurationSetName":"training-v1"}'
request GET /v1/email/configuration-sets
request POST /v2/email/identities '{"EmailIdentity":"sender@example.com"}'
request POST /v2/email/templates '{"TemplateName":"training","TemplateContent":{"Subject":"Hi {{name}}","Text":"Hello {{name}}"}}'
request POST /v2/email/outbound-emails '{"FromEmailAddress":"sender@example.com","Destination":{"ToAddresses":["to@example.com"]},"ConfigurationSetName":"training","Content":{"Simple":{"Subject":{"Data":"Hi"},"Body":{"Text":{"Data":"Hello"},"Html":{"Data":"<p>Hello</p>"}}}}}'
request POST /v2/email/outbound-emails '{"FromEmailAddress":"sender@example.com","Destination":{"ToAddresses":["to@example.com"]},"Content":{"Template":{"TemplateName":"training","TemplateData":"{\"name\":\"you\"}"}}}'
request GET /_mock/emails/latest
request GET '/_mock/emails?wait=1ms'
request GET /_mock/state
request GET /_mock/info
request POST /_mock/reset

kill -TERM "$pid"
wait "$pid" || true   # SIGTERM's exit status is 143; whether the cache was written is checked below
test -s "$cache" || { echo "training: no AOT cache was written" >&2; exit 1; }
