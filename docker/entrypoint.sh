#!/bin/bash
# The image's ENTRYPOINT: the default heap cap, then exec java (so that java is PID 1 and gets docker stop's SIGTERM).
#
# The cap: half of the memory the container may use, and at most 512 MB (-XX:MaxRAM=min(1 GB, the limit) with
# -XX:MaxRAMPercentage=50). It is computed here because no JVM flag says "1 GB or the container's limit, whichever
# is lower": an explicit -XX:MaxRAM wins over the limit the JVM detects. It is left out as soon as JAVA_TOOL_OPTIONS
# or JDK_JAVA_OPTIONS says anything about the heap, so that -e JAVA_TOOL_OPTIONS=-Xmx1g wins (on the command line
# the cap would beat JAVA_TOOL_OPTIONS, which the JVM reads first); any other JAVA_TOOL_OPTIONS keeps it.
set -euo pipefail
shopt -s extglob

heap=()
if [[ "${JAVA_TOOL_OPTIONS-} ${JDK_JAVA_OPTIONS-}" != *@(-Xmx|MaxHeapSize|MaxRAM|RAMPercentage|RAMFraction)* ]]; then
    ram=$((1024 * 1024 * 1024))
    for limit_file in /sys/fs/cgroup/memory.max /sys/fs/cgroup/memory/memory.limit_in_bytes; do   # cgroup v2, v1
        limit=
        [[ -r $limit_file ]] && read -r limit < "$limit_file" || true
        [[ $limit =~ ^[0-9]+$ ]] && ((limit < ram)) && ram=$limit
    done
    heap=(-XX:MaxRAM="$ram" -XX:MaxRAMPercentage=50)
fi

exec java "${heap[@]}" -XX:AOTCache=/app/app.aot -jar /app/app.jar "$@"
