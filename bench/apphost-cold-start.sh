#!/usr/bin/env bash
# Cold start of the whole platform: from starting the AppHost until every resource is healthy (PostgreSQL and RabbitMQ
# containers, four databases, the mail server, four services with their migrations), as the AppHost itself prints it
# ("All resources healthy in … s"). Target: < 30 s once the images and binaries exist, so the services are not
# compiled during the measurement (--AppHost:Prebuilt=true runs what the Release build of the solution left).
#
#   bench/apphost-cold-start.sh [RUNS]    # default 3; prints each run, the median, and MET or MISSED
set -Eeuo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly repo_root runs="${1:-3}" target_seconds=30
readonly apphost="$repo_root/AppHost/bin/Release/net10.0/CxPlatform.AppHost.dll"
cd "$repo_root"

bash eng/setup.sh >/dev/null
# shellcheck disable=SC1091
set -a && . "$HOME/.config/cxplatform/containers.env" && set +a
dotnet build CxPlatform.sln -c Release -nologo -clp:ErrorsOnly >/dev/null

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
results=()
for run in $(seq 1 "$runs"); do
	: >"$log"
	(cd AppHost && exec dotnet "$apphost" --AppHost:DashboardPort=0 --AppHost:Prebuilt=true --AppHost:Configuration=Release) >"$log" 2>&1 &
	pid=$!
	seconds=""
	for _ in $(seq 1 600); do
		seconds="$(sed -n 's/.*All resources healthy in \([0-9.]*\) s.*/\1/p' "$log")"
		[ -n "$seconds" ] || ! kill -0 "$pid" 2>/dev/null && break
		sleep 0.5
	done
	kill -TERM "$pid" 2>/dev/null || true
	wait "$pid" || true
	if [ -z "$seconds" ]; then
		echo "run $run: the platform did not become healthy; the AppHost's output:" >&2
		tail -40 "$log" >&2
		exit 1
	fi
	echo "run $run: all resources healthy in $seconds s (load average $(cut -d' ' -f1 /proc/loadavg))"
	results+=("$seconds")
done

median="$(printf '%s\n' "${results[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
verdict="$(awk -v m="$median" -v t="$target_seconds" 'BEGIN { print (m < t) ? "MET" : "*** MISSED ***" }')"
echo "cold start to all healthy: median $median s over $runs runs (target < $target_seconds s): $verdict"
