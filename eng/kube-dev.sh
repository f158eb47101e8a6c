#!/usr/bin/env bash
# Runs the dev variant of the Kubernetes manifests on this machine with `podman kube play`:
# PostgreSQL and RabbitMQ in pods, each service's migration (migrate mode) as a one-shot pod, then
# every service's Deployment — rendered from deploy/kubernetes/base by eng/kube-dev-render.py.
#
#   ./eng/kube-dev.sh up [REPLICAS]   # default 1; builds missing images with eng/build-images.sh
#   ./eng/kube-dev.sh check           # every service pod answers 200 on /health/ready
#   ./eng/kube-dev.sh down            # removes the pods, the network and the dev database volume
#
# Pods share the network "cxplatform-dev" (DNS by pod name). Addresses for a browser or curl:
# ./eng/kube-dev.sh check prints each pod's IP; REST is on :8080, gRPC on :8081.
set -Eeuo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly repo_root
readonly base_dir="$repo_root/deploy/kubernetes/base"
readonly dev_dir="$repo_root/deploy/kubernetes/dev"
readonly out_dir="$repo_root/artifacts/kube-dev"
readonly network=cxplatform-dev
readonly image_prefix="${CXP_IMAGE_PREFIX:-localhost/cxplatform}"
readonly healthy_timeout="${CXP_KUBE_HEALTHY_TIMEOUT:-600}"

log() { printf 'kube-dev: %s\n' "$*"; }
die() {
	printf 'kube-dev: ERROR: %s\n' "$*" >&2
	exit 1
}

# The services of the base manifests: every Deployment name.
service_names() { awk '/^kind: Deployment/ { d = 1; next } d && /^  name:/ { print $2; d = 0 }' "$out_dir/services.yaml"; }

# pod_ip POD: the pod's address on the dev network.
pod_ip() {
	local infra
	infra="$(podman pod inspect --format '{{.InfraContainerID}}' "$1" 2>/dev/null)" || return 1
	podman inspect --format "{{(index .NetworkSettings.Networks \"$network\").IPAddress}}" "$infra" 2>/dev/null
}

service_pods() { podman pod ps --noheading --format '{{.Name}}' --filter "label=app.kubernetes.io/component=service" | sort; }

wait_until() {
	local what=$1 limit=$2 deadline=$((SECONDS + $2))
	shift 2
	until "$@" >/dev/null 2>&1; do
		[ "$SECONDS" -lt "$deadline" ] || die "$what: not within ${limit}s"
		sleep 2
	done
}

ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://$(pod_ip "$1"):8080/health/ready")" = 200 ]; }

render() {
	local replicas=$1 postgres rabbitmq
	# shellcheck disable=SC1090,SC1091
	. "$HOME/.config/cxplatform/containers.env"
	postgres="${CXP_POSTGRES_IMAGE:?run eng/setup.sh}"
	rabbitmq="${CXP_RABBITMQ_IMAGE:?run eng/setup.sh}"
	mkdir -p "$out_dir"
	python3 "$repo_root/eng/kube-dev-render.py" "$base_dir" "$out_dir" "$replicas" "$image_prefix"
	sed -e "s#image: postgres:16-alpine#image: $postgres#" -e "s#image: rabbitmq:3.13-management-alpine#image: $rabbitmq#" \
		"$dev_dir/infrastructure.yaml" >"$out_dir/infrastructure.yaml"
}

up() {
	local replicas=${1:-1} name missing=()
	"$repo_root/eng/setup.sh"
	render "$replicas"
	for name in $(service_names); do
		podman image exists "$image_prefix/$name:latest" || missing+=("$name")
	done
	if [ "${#missing[@]}" -gt 0 ]; then
		"$repo_root/eng/build-images.sh" "${missing[@]}"
	fi
	podman network exists "$network" || podman network create "$network" >/dev/null

	log "playing PostgreSQL and RabbitMQ"
	podman kube play --network "$network" "$out_dir/infrastructure.yaml" >/dev/null
	wait_until "PostgreSQL ready" 180 podman exec postgres-postgres pg_isready -U cxplatform -h 127.0.0.1
	wait_until "RabbitMQ ready" 300 podman exec rabbitmq-rabbitmq rabbitmq-diagnostics -q check_port_connectivity

	log "running the migrations (each service's image in migrate mode)"
	podman kube play --network "$network" --configmap "$dev_dir/credentials.yaml" "$out_dir/migrations.yaml" >/dev/null
	local failed=0 code
	for name in $(service_names); do
		code="$(podman wait "$name-migrate-migrate")"
		if [ "$code" != 0 ]; then
			podman logs "$name-migrate-migrate" | tail -n 20 >&2
			log "$name: migrate exited $code"
			failed=1
		fi
		podman pod rm -f "$name-migrate" >/dev/null
	done
	[ "$failed" = 0 ] || die "a migration failed"

	log "playing the services ($replicas replica(s) each)"
	podman kube play --network "$network" --configmap "$dev_dir/credentials.yaml" "$out_dir/services.yaml" >/dev/null
	local pod
	for pod in $(service_pods); do
		wait_until "$pod healthy" "$healthy_timeout" ready "$pod"
		log "$pod healthy at http://$(pod_ip "$pod"):8080"
	done
	log "up in ${SECONDS}s"
}

check() {
	local pod status bad=0
	for pod in $(service_pods); do
		status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://$(pod_ip "$pod"):8080/health/ready" || true)"
		printf '%-28s %-15s /health/ready %s\n' "$pod" "$(pod_ip "$pod")" "$status"
		[ "$status" = 200 ] || bad=1
	done
	[ -n "$(service_pods)" ] || die "no service pods (./eng/kube-dev.sh up)"
	return "$bad"
}

down() {
	local file pod
	for file in services.yaml migrations.yaml infrastructure.yaml; do
		if [ -f "$out_dir/$file" ]; then
			podman kube down "$out_dir/$file" >/dev/null 2>&1 || true
		fi
	done
	for pod in $(podman pod ps --noheading --format '{{.Name}}' --filter label=app.kubernetes.io/part-of=cxplatform); do
		podman pod rm -f "$pod" >/dev/null
	done
	podman volume rm -f cxplatform-dev-postgres >/dev/null 2>&1 || true
	podman network exists "$network" && podman network rm -f "$network" >/dev/null
	log "down"
}

case "${1:-}" in
up) up "${2:-1}" ;;
check) check ;;
down) down ;;
*) die "usage: $0 up [REPLICAS] | check | down" ;;
esac
