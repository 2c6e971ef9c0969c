#!/usr/bin/env bash
# scripts/bench --help (and -h) prints its usage and exits 0 without installing or building anything: the script runs
# from a copy whose scripts/install-deps and whose cmake on PATH only record that they were called.
#   check-bench-help.sh <source dir>
set -uo pipefail
source_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/root/scripts" "$work/bin"
cp "$source_dir/scripts/bench" "$work/root/scripts/bench"
for tool in "$work/root/scripts/install-deps" "$work/bin/cmake"; do
    printf '#!/bin/sh\necho "%s $*" >> "%s/called"\n' "$(basename "$tool")" "$work" > "$tool"
    chmod +x "$tool"
done
failures=0
for option in --help -h; do
    rm -f "$work/called"
    out=$(PATH="$work/bin:$PATH" "$work/root/scripts/bench" --size small "$option" 2>&1)
    status=$?
    if ((status != 0)); then
        echo "FAIL: scripts/bench $option exited $status" >&2
        failures=$((failures + 1))
    fi
    if [[ -e "$work/called" ]]; then
        echo "FAIL: scripts/bench $option ran: $(cat "$work/called")" >&2
        failures=$((failures + 1))
    fi
    if [[ "$out" != *"--write-docs"* || "$out" != *"--baselines sample"* ]]; then
        echo "FAIL: scripts/bench $option printed no usage: $out" >&2
        failures=$((failures + 1))
    fi
done
((failures == 0)) && echo "scripts/bench --help: usage only, nothing installed or built"
exit $((failures > 0))
