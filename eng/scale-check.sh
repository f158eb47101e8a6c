#!/usr/bin/env bash
# The scale check: with two replicas of every service under `podman kube play` (the dev variant, eng/kube-dev.sh),
# solving N tickets yields exactly N survey invitations and N ticket_solved touchpoints in Insights — none lost, none
# doubled — while one replica of every service is killed (SIGKILL, no graceful shutdown) in the middle of the load.
#
#   ./eng/scale-check.sh [--tickets N] [--workers W] [--kill-replica I|none] [--restart-after S|never] [--timeout S] [--keep]
#
#   --tickets N        tickets to create and solve (default 200)
#   --workers W        concurrent clients (default 8)
#   --kill-replica I   which replica of every service to SIGKILL once half the tickets are solved (default 1, the
#                      second; "none" kills nothing). Replica 0 is also the dev variant's peer address (no Services
#                      under kube play), so killing it also exercises the callers' degraded paths (Surveys then defers
#                      its invitations with a 5-minute backoff: give --timeout 900)
#   --restart-after S  start the killed pods again S seconds after the kill (default 20), as Kubernetes restarts a
#                      killed container; "never" leaves them down. Podman 4.3 does not restart a container killed with
#                      `podman kill` despite kube play's restartPolicy Always, and the pod stops with it
#   --timeout S        how long to wait for the counts to settle after the load (default 300)
#   --keep             leave the pods up (default: ./eng/kube-dev.sh down at the end)
#
# Steps: `./eng/kube-dev.sh up 2` unless every service already runs two replicas (builds missing images first — slow);
# a fresh tenant with development tokens (eng/scale-check.py mints them with the dev variant's Auth__SigningKey, like
# ServiceDefaults' DevelopmentTokens); a published CSAT survey with a ticket_solved rule and no delay; per ticket a customer
# of its own in CareOutreach (an e-mail contact point and survey consent on e-mail, so throttle, open-ticket and consent
# rules let each invitation through) and a ticket that is created and solved, spread round-robin over both replicas (a
# replica that does not answer is skipped, as a Service would); the kill; then the counts, until they settle:
#   - Surveys: the survey's results (`sent`, API) and, per ticket, its rows in survey_invitations — psql in the dev
#     PostgreSQL pod, because the API lists only the newest 200 planned invitations;
#   - Insights: per customer, the timeline API filtered to ticket_solved, matched on the ticket id.
# A restarted pod gets a new address: the clients read the replica list from a file the script rewrites. Exits 0 when
# both are exactly N with none missing or doubled, 1 otherwise; the summary is printed either way. Killing replica 0 took
# 4–5 minutes to settle on this machine (19 of 200 invitations deferred by the degraded path, then issued).
set -Eeuo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly repo_root
readonly kube_dev="$repo_root/eng/kube-dev.sh"
readonly out_dir="$repo_root/artifacts/scale-check"
readonly replicas=2

tickets=200 workers=8 kill_replica=1 restart_after=20 timeout=300 keep=0

log() { printf 'scale-check: %s\n' "$*"; }
die() {
	printf 'scale-check: ERROR: %s\n' "$*" >&2
	exit 1
}

while [ "$#" -gt 0 ]; do
	case "$1" in
	--tickets) tickets="${2:?--tickets N}" && shift ;;
	--workers) workers="${2:?--workers W}" && shift ;;
	--kill-replica) kill_replica="${2:?--kill-replica I|none}" && shift ;;
	--restart-after) restart_after="${2:?--restart-after S|never}" && shift ;;
	--timeout) timeout="${2:?--timeout S}" && shift ;;
	--keep) keep=1 ;;
	*) die "usage: $0 [--tickets N] [--workers W] [--kill-replica I|none] [--restart-after S|never] [--timeout S] [--keep]" ;;
	esac
	shift
done
[[ "$tickets" =~ ^[1-9][0-9]*$ ]] || die "--tickets must be a positive number"
[[ "$kill_replica" =~ ^([0-9]+|none)$ ]] || die "--kill-replica must be a replica index or none"
[[ "$restart_after" =~ ^([0-9]+|never)$ ]] || die "--restart-after must be seconds or never"

load_pid=""
cleanup() {
	if [ -n "$load_pid" ] && kill -0 "$load_pid" 2>/dev/null; then kill "$load_pid" 2>/dev/null || true; fi
	if [ "$keep" = 0 ]; then "$kube_dev" down || true; else log "--keep: the pods stay up (./eng/kube-dev.sh down removes them)"; fi
}

# `kube-dev.sh check` prints "POD IP /health/ready STATUS" per service pod; pods are named <service>-pod-<replica>.
pods() { "$kube_dev" check 2>/dev/null | awk '{ print $1, $2 }' || true; }

# endpoints: "service=http://ip:8080,http://ip:8080;…" of the ready pods, for eng/scale-check.py.
endpoints() {
	{ "$kube_dev" check 2>/dev/null || true; } | awk '$NF == 200 { s = $1; sub(/-pod-[0-9]+$/, "", s); u[s] = (c[s]++ ? u[s] "," : "") "http://" $2 ":8080" }
		END { n = 0; for (s in u) printf "%s%s=%s", (n++ ? ";" : ""), s, u[s] }'
}

every_service_has_replicas() {
	local counts
	counts="$(pods | awk '{ s = $1; sub(/-pod-[0-9]+$/, "", s); n[s]++ } END { for (s in n) print n[s] }' | sort -u)"
	[ -n "$counts" ] && [ "$counts" = "$replicas" ] && "$kube_dev" check >/dev/null 2>&1
}

# write_endpoints: the replica list eng/scale-check.py reads (again whenever it changes).
write_endpoints() {
	endpoints >"$out_dir/endpoints.tmp"
	mv "$out_dir/endpoints.tmp" "$out_dir/endpoints"
	log "replicas: $(tr ';' ' ' <"$out_dir/endpoints")"
}

progress() { cat "$out_dir/state.json.progress" 2>/dev/null || echo 0; }

killed=()
kill_one_replica_each() {
	local pod container
	for pod in $(pods | awk -v r="-pod-$kill_replica" '$1 ~ r "$" { print $1 }'); do
		container="$pod-${pod%-pod-*}"
		podman kill --signal KILL "$container" >/dev/null
		killed+=("$pod")
		log "killed $container (SIGKILL) at $(progress)/$tickets solved"
	done
}

restart_killed() {
	local pod deadline=$((SECONDS + 300))
	for pod in "${killed[@]}"; do
		podman pod start "$pod" >/dev/null
		log "started $pod again at $(progress)/$tickets solved"
	done
	until "$kube_dev" check >/dev/null 2>&1; do
		[ "$SECONDS" -lt "$deadline" ] || die "the restarted pods did not become ready within 300 s"
		sleep 2
	done
	log "every replica ready again at $(progress)/$tickets solved"
	write_endpoints
}

main() {
	trap cleanup EXIT
	if every_service_has_replicas; then
		log "reusing the running dev variant ($replicas replicas of every service)"
	else
		[ -z "$(pods)" ] || die "service pods are running, but not $replicas healthy replicas of each: ./eng/kube-dev.sh down first"
		"$kube_dev" up "$replicas"
	fi
	mkdir -p "$out_dir"
	rm -f "$out_dir"/state.json*
	write_endpoints

	python3 "$repo_root/eng/scale-check.py" load "$out_dir/state.json" "$out_dir/endpoints" "$tickets" "$workers" &
	load_pid=$!
	if [ "$kill_replica" != none ]; then
		until [ "$(progress)" -ge $((tickets / 2)) ] || ! kill -0 "$load_pid" 2>/dev/null; do sleep 0.2; done
		kill -0 "$load_pid" 2>/dev/null || log "the load ended before half of it was solved"
		kill_one_replica_each
		if [ "$restart_after" != never ]; then
			local restart_at=$((SECONDS + restart_after))
			while [ "$SECONDS" -lt "$restart_at" ]; do sleep 1; done
			restart_killed
		fi
	fi
	local load_status=0
	wait "$load_pid" || load_status=$?
	load_pid=""
	[ "$load_status" = 0 ] || die "the load failed (exit $load_status)"

	local status=0
	python3 "$repo_root/eng/scale-check.py" verify "$out_dir/state.json" "$out_dir/endpoints" "$timeout" || status=$?
	log "replicas after the check:"
	local container
	for container in $(podman ps --all --quiet --filter label=app.kubernetes.io/component=service); do
		podman inspect --format 'scale-check:   {{.Name}} {{.State.Status}}, restarts {{.RestartCount}}' "$container" || true
	done
	return "$status"
}

main
