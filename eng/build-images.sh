#!/usr/bin/env bash
# Builds one container image per service: publishes it on the host (self-contained, linux-x64; no SDK
# image is needed) and wraps the result in deploy/containers/Service.Containerfile.
#
#   ./eng/build-images.sh [SERVICE...]      # default: every service in $services
#
# The base image is chosen the way eng/setup.sh chooses the database images: the official
# mcr.microsoft.com/dotnet/runtime-deps:10.0 when the engine can pull it, otherwise the Debian base
# eng/setup.sh builds with debootstrap (localhost/cxplatform/debian:bookworm) plus the few runtime
# packages it lacks.
#
# Environment:
#   CXP_BASE_IMAGE         force a base image (skips the probe)
#   CXP_RUNTIME_PACKAGES   Debian packages to add to a forced base ("" for a runtime-deps image)
#   CXP_IMAGE_PREFIX       image names are PREFIX/<service>:TAG (default localhost/cxplatform)
#   CXP_IMAGE_TAG          default: the short commit id (+ "-dirty" with uncommitted changes); also :latest
#   CXP_CONTAINER_ENGINE   podman (default when installed) or docker
set -Eeuo pipefail

# Adding a service is one line here: "<project folder under services/> <resource name>".
services=(
	"Ticketing ticketing"
	"CareOutreach care-outreach"
	"Surveys surveys"
	"Insights insights"
)

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly repo_root
readonly containerfile="$repo_root/deploy/containers/Service.Containerfile"
readonly official_base=mcr.microsoft.com/dotnet/runtime-deps:10.0
readonly local_base=localhost/cxplatform/debian:bookworm
readonly local_base_packages="ca-certificates libicu72 libssl3 tzdata"
readonly publish_root="$repo_root/artifacts/images"

log() { printf 'build-images: %s\n' "$*"; }
die() {
	printf 'build-images: ERROR: %s\n' "$*" >&2
	exit 1
}

engine="${CXP_CONTAINER_ENGINE:-}"
if [ -z "$engine" ]; then
	if command -v podman >/dev/null 2>&1; then engine=podman; elif command -v docker >/dev/null 2>&1; then engine=docker; else die "neither podman nor docker is installed (run eng/setup.sh)"; fi
fi
prefix="${CXP_IMAGE_PREFIX:-localhost/cxplatform}"
tag="${CXP_IMAGE_TAG:-$(git -C "$repo_root" describe --always --dirty --abbrev=7 2>/dev/null || echo dev)}"

choose_base() {
	if [ -n "${CXP_BASE_IMAGE:-}" ]; then
		base="$CXP_BASE_IMAGE"
		packages="${CXP_RUNTIME_PACKAGES:-}"
	elif "$engine" image inspect "$official_base" >/dev/null 2>&1 ||
		timeout 120 "$engine" pull --quiet "$official_base" >/dev/null 2>&1; then
		base="$official_base"
		packages=""
	elif "$engine" image inspect "$local_base" >/dev/null 2>&1; then
		base="$local_base"
		packages="$local_base_packages"
	else
		die "cannot pull $official_base and $local_base is missing: run eng/setup.sh (it builds the local base)"
	fi
	log "base image: $base${packages:+ (+ $packages)}"
}

# selected SERVICE...: the lines of $services named on the command line (all when none).
selected() {
	local line
	for line in "${services[@]}"; do
		if [ "$#" = 0 ] || printf '%s\n' "$@" | grep -qxF -e "${line%% *}" -e "${line##* }"; then
			printf '%s\n' "$line"
		fi
	done
}

build_one() {
	local project=$1 name=$2 app_name out
	app_name="$project.Api"
	out="$publish_root/$name"
	[ -f "$repo_root/services/$project/$app_name.csproj" ] || die "services/$project/$app_name.csproj not found"
	log "$name: dotnet publish (self-contained linux-x64)"
	rm -rf "$out"
	dotnet publish "$repo_root/services/$project/$app_name.csproj" -c Release -r linux-x64 --self-contained \
		-o "$out" -nologo -v quiet -p:GenerateDocumentationFile=false >"$publish_root/$name.publish.log" 2>&1 ||
		{ tail -n 30 "$publish_root/$name.publish.log" >&2; die "publishing $project failed (log: $publish_root/$name.publish.log)"; }
	log "$name: building $prefix/$name:$tag"
	local format=()
	[ "$engine" = podman ] && format=(--format docker) # HEALTHCHECK is a Docker-format field; OCI images drop it
	"$engine" build "${format[@]}" --pull=never \
		--build-arg "BASE_IMAGE=$base" --build-arg "RUNTIME_PACKAGES=$packages" \
		--build-arg "APP_NAME=$app_name" --build-arg "SERVICE=$name" \
		--tag "$prefix/$name:$tag" --tag "$prefix/$name:latest" \
		--file "$containerfile" "$out" >"$publish_root/$name.build.log" 2>&1 ||
		{ tail -n 30 "$publish_root/$name.build.log" >&2; die "building the $name image failed (log: $publish_root/$name.build.log)"; }
}

main() {
	mkdir -p "$publish_root"
	choose_base
	local lines line built=()
	mapfile -t lines < <(selected "$@")
	[ "${#lines[@]}" -gt 0 ] || die "no such service: $* (known: ${services[*]})"
	for line in "${lines[@]}"; do
		build_one "${line%% *}" "${line##* }"
		built+=("$prefix/${line##* }:$tag")
	done
	log "built in ${SECONDS}s: ${built[*]}"
}

main "$@"
