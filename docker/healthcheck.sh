#!/bin/bash
# The image's HEALTHCHECK: healthy when the application answers GET /actuator/health with 200.
#
# It follows the port however it was set (SERVER_PORT, --server.port, -Dserver.port in JAVA_TOOL_OPTIONS, a mounted
# config/application.properties, MANAGEMENT_SERVER_PORT ...): it reads from the kernel which TCP ports the
# application's user (the one this check runs as) listens on (/proc/net/tcp*) and tries them, the port the settings
# name first. Bash alone (its /dev/tcp): no curl, no second JVM every few seconds, no process started at all.
set -u

# The port the settings name, tried first: the last --server.port= argument of the application, else SERVER_PORT,
# else the default.
preferred=${SERVER_PORT:-8080}
if [[ -r /proc/1/cmdline ]]; then
    while IFS= read -r -d '' arg; do
        [[ $arg == --server.port=* ]] && preferred=${arg#--server.port=}
    done < /proc/1/cmdline
fi

# An IPv4 address as the kernel shows it (hex, least significant byte first), dotted.
ipv4() { echo "$((16#${1:6:2})).$((16#${1:4:2})).$((16#${1:2:2})).$((16#${1:0:2}))"; }

# The ports listened on (state 0A) by sockets of this user, the application's, as "address port" with the address to
# connect to.
candidates=()
for table in /proc/net/tcp /proc/net/tcp6; do
    [[ -r $table ]] || continue
    while read -r _ local _ state _ _ _ owner _; do
        [[ $state == 0A && $owner == "$UID" ]] || continue
        port=$((16#${local##*:}))
        address=${local%:*}
        case $address in
            00000000 | 00000000000000000000000000000000) host=127.0.0.1 ;;   # any address
            00000000000000000000000001000000) host=::1 ;;
            0000000000000000FFFF0000????????) host=$(ipv4 "${address:24:8}") ;;   # IPv4-mapped
            ????????) host=$(ipv4 "$address") ;;
            *) continue ;;   # another specific IPv6 address: not worth decoding here
        esac
        if [[ $port == "$preferred" ]]; then candidates=("$host $port" "${candidates[@]}"); else candidates+=("$host $port"); fi
    done < "$table"
done

for candidate in "${candidates[@]}"; do
    read -r host port <<< "$candidate"
    exec 3<>"/dev/tcp/$host/$port" 2>/dev/null || continue
    printf 'GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
    IFS=$'\r' read -r -t 2 status <&3 || status=
    exec 3<&-
    if [[ $status == HTTP/1.?\ 200* ]]; then
        echo "UP on port $port"
        exit 0
    fi
done
echo "no answer from /actuator/health on ${candidates[*]:-any listening port}"
exit 1
