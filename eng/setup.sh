#!/usr/bin/env bash
# Makes this machine ready to run CxPlatform's container-backed tests (Testcontainers for .NET
# against PostgreSQL and RabbitMQ). Run as root on Debian 12 (bookworm); idempotent, and a second
# run only checks things and takes seconds.
#
# On every path it installs the servers tests start as local processes (Debian's python3-aiosmtpd:
# the SMTP server of tests/Delivery.Tests).
#
#  - Docker engine that can pull the official images  -> use it with postgres:16-alpine and
#    rabbitmq:3.13-management-alpine.
#  - otherwise (no daemon, or no Docker Hub)           -> rootful Podman serving the Docker API on
#    unix:///run/podman/podman.sock, and images built locally from Debian packages only:
#    localhost/cxplatform/postgres:15 and localhost/cxplatform/rabbitmq:3.10 (deploy/images/).
#
# Either way it writes ~/.config/cxplatform/containers.env (DOCKER_HOST, TESTCONTAINERS_RYUK_DISABLED,
# CXP_POSTGRES_IMAGE, CXP_RABBITMQ_IMAGE), which the test fixtures read, and on the Podman path
# docker.host / ryuk.disabled in ~/.testcontainers.properties.
#
# Environment: CXP_SETUP_FORCE_PODMAN=true skips the Docker probe; CXP_SETUP_REBUILD=true rebuilds
# the images (the Debian base too).
set -Eeuo pipefail
: "${HOME:?HOME must be set}"

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly repo_root
readonly images_dir="$repo_root/deploy/images"

readonly debian_suite=bookworm
readonly base_image=localhost/cxplatform/debian:bookworm
readonly postgres_image=localhost/cxplatform/postgres:15
readonly rabbitmq_image=localhost/cxplatform/rabbitmq:3.10
readonly official_postgres_image=postgres:16-alpine
readonly official_rabbitmq_image=rabbitmq:3.13-management-alpine
readonly context_hash_label=org.cxplatform.context-sha256

readonly podman_socket=/run/podman/podman.sock
readonly podman_host="unix://$podman_socket"
readonly podman_service_pidfile=/run/podman/cxplatform-service.pid
readonly podman_service_log=/var/log/cxplatform-podman-service.log
readonly containers_conf=/etc/containers/containers.conf
# catatonit: the pause process `podman kube play` builds its pod infra image from (eng/kube-dev.sh); python3-yaml: its renderer.
readonly podman_packages=(podman runc netavark aardvark-dns iptables debootstrap debian-archive-keyring ca-certificates curl catatonit python3-yaml)
# What tests run as local processes: a real SMTP server for Delivery.Tests (/usr/bin/python3 -m aiosmtpd), and the
# browser AppHost.Tests drives with Playwright (/usr/bin/chromium; Playwright never downloads one).
readonly test_server_packages=(python3-aiosmtpd chromium)

readonly config_dir="$HOME/.config/cxplatform"
readonly containers_env="$config_dir/containers.env"
readonly testcontainers_properties="$HOME/.testcontainers.properties"

readonly log_dir=/var/log/cxplatform-setup
work_dir=

log() { printf 'setup: %s\n' "$*"; }

die() {
	printf 'setup: ERROR: %s\n' "$*" >&2
	exit 1
}

on_error() {
	local rc=$? line=$1 command=$2
	printf 'setup: ERROR: "%s" failed with exit code %s (eng/setup.sh line %s)\n' "$command" "$rc" "$line" >&2
	exit "$rc"
}
trap 'on_error "$LINENO" "$BASH_COMMAND"' ERR

cleanup() {
	if [ -n "$work_dir" ] && [ -d "$work_dir" ]; then
		rm -rf --one-file-system "$work_dir"
	fi
}
trap cleanup EXIT

# quietly NAME CMD...: runs CMD with its output in $log_dir/NAME.log; on failure shows the log's tail.
quietly() {
	local name=$1 rc=0
	shift
	mkdir -p "$log_dir"
	"$@" >"$log_dir/$name.log" 2>&1 </dev/null || rc=$?
	if [ "$rc" != 0 ]; then
		printf 'setup: ERROR: %s failed (exit %s); last lines of %s:\n' "$*" "$rc" "$log_dir/$name.log" >&2
		tail -n 40 "$log_dir/$name.log" | sed 's/^/    /' >&2
		exit "$rc"
	fi
}

is_true() { case "${1:-}" in 1 | true | TRUE | True | yes) return 0 ;; *) return 1 ;; esac }

# --- Docker path -----------------------------------------------------------------------------

docker_with_official_images() {
	command -v docker >/dev/null 2>&1 || return 1
	# The Podman socket speaks the Docker API too; it is not the engine meant here.
	[ "${DOCKER_HOST:-}" != "$podman_host" ] || return 1
	timeout 20 docker info >/dev/null 2>&1 || return 1
	if timeout 10 docker version --format '{{range .Server.Components}}{{.Name}} {{end}}' 2>/dev/null | grep -qi podman; then
		return 1
	fi
	local image
	for image in "$official_postgres_image" "$official_rabbitmq_image"; do
		docker image inspect "$image" >/dev/null 2>&1 && continue
		log "pulling $image"
		timeout 120 docker pull --quiet "$image" >/dev/null 2>&1 || return 1
	done
}

# --- Podman path -----------------------------------------------------------------------------

require_bookworm() {
	local codename
	codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
	[ "$codename" = "$debian_suite" ] ||
		die "the Podman path needs Debian 12 ($debian_suite); this is '${codename:-unknown}'"
}

# install_packages PACKAGE...: installs those not installed yet.
install_packages() {
	local installed missing
	installed="$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" 2>/dev/null || true)"
	mapfile -t missing < <(printf '%s\n' "$@" |
		awk 'NR == FNR { if ($2 == "ii") ok[$1] = 1; next } !ok[$1]' <(printf '%s\n' "$installed") -)
	if [ "${#missing[@]}" = 0 ]; then
		return
	fi
	log "installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	quietly apt-get-update apt-get update
	quietly apt-get-install apt-get install -y --no-install-recommends "${missing[@]}"
}

# toml_set FILE SECTION KEY VALUE: sets KEY in [SECTION], keeping everything else. Returns 0 when
# the file changed, 1 when it already said so.
toml_set() {
	local file=$1 section=$2 key=$3 value=$4 updated
	updated="$(mktemp)"
	awk -v header="[$section]" -v key="$key" -v line="$key = $value" '
		function emit() { if (!done) { print line; done = 1 } }
		function flush_blanks() { printf "%s", blanks; blanks = "" }
		/^[[:space:]]*$/ && !skipping { blanks = blanks $0 "\n"; next }
		/^[[:space:]]*\[/ && !skipping {
			name = $0; gsub(/[[:space:]]|#.*$/, "", name)
			if (inside) emit()
			flush_blanks()
			inside = (name == header); seen = seen || inside
			print; next
		}
		skipping { if ($0 ~ /\]/) skipping = 0; next }
		inside && $0 ~ "^[[:space:]]*" key "[[:space:]]*=" {
			flush_blanks(); emit()
			rest = $0; sub(/^[^=]*=/, "", rest)
			if (rest ~ /^[[:space:]]*\[/ && rest !~ /\]/) skipping = 1
			next
		}
		{ flush_blanks(); print }
		END {
			if (!done) {
				if (!seen) { printf "%s", (NR > 0 ? "\n" : ""); print header }
				print line
			}
			flush_blanks()
		}' "$file" >"$updated"
	if cmp -s "$file" "$updated"; then
		rm -f "$updated"
		return 1
	fi
	cat "$updated" >"$file"
	rm -f "$updated"
}

# Known facts of these machines: crun fails on the kernel's cgroup setup and the default ulimits
# ("nofile" above the hard limit) are refused. Without systemd, cgroups and events must not go
# through systemd/journald either.
configure_podman() {
	local changed=1
	mkdir -p "${containers_conf%/*}"
	if [ ! -f "$containers_conf" ]; then
		printf '# Podman settings; eng/setup.sh maintains the keys it needs and keeps the rest.\n' >"$containers_conf"
	fi
	toml_set "$containers_conf" engine runtime '"runc"' && changed=0
	toml_set "$containers_conf" containers default_ulimits '[]' && changed=0
	# Podman 4.3 would fall back to CNI if its plugins were ever installed; netavark is what works here.
	toml_set "$containers_conf" network network_backend '"netavark"' && changed=0
	if [ ! -d /run/systemd/system ]; then
		toml_set "$containers_conf" engine cgroup_manager '"cgroupfs"' && changed=0
		toml_set "$containers_conf" engine events_logger '"file"' && changed=0
	fi
	if [ "$changed" = 0 ]; then
		log "configured $containers_conf"
	fi
	return "$changed"
}

podman_api_answers() {
	[ -S "$podman_socket" ] &&
		[ "$(curl -fsS --max-time 5 --unix-socket "$podman_socket" http://d/_ping 2>/dev/null)" = OK ]
}

stop_own_podman_service() {
	local pid
	pid="$(cat "$podman_service_pidfile" 2>/dev/null || true)"
	if [ -n "$pid" ] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q '^podman system service'; then
		log "restarting the Podman API service (configuration changed)"
		kill "$pid"
		for _ in $(seq 50); do
			[ -d "/proc/$pid" ] || break
			sleep 0.1
		done
	fi
	rm -f "$podman_service_pidfile"
}

start_podman_service() {
	local config_changed=$1
	if [ "$config_changed" = true ]; then
		if [ -d /run/systemd/system ]; then
			systemctl stop podman.service >/dev/null 2>&1 || true
		else
			stop_own_podman_service
		fi
	fi
	if podman_api_answers; then
		return
	fi
	log "starting the Podman API service on $podman_host"
	if [ -d /run/systemd/system ]; then
		quietly podman-socket systemctl enable --now podman.socket
	else
		mkdir -p "${podman_socket%/*}"
		rm -f "$podman_socket"
		(
			cd /
			exec 9>&- # the setup lock must not outlive this script
			exec setsid nohup podman system service --time=0 "$podman_host" \
				>>"$podman_service_log" 2>&1 </dev/null
		) &
		echo "$!" >"$podman_service_pidfile"
	fi
	for _ in $(seq 150); do
		podman_api_answers && return
		sleep 0.2
	done
	tail -n 20 "$podman_service_log" 2>/dev/null | sed 's/^/    /' >&2 || true
	die "the Podman API did not answer on $podman_socket within 30 s (log: $podman_service_log)"
}

# apt_sources: the host's Debian archive entries as "URI SUITE COMPONENTS SIGNED-BY" lines, from
# sources.list / sources.list.d (one-line and deb822 formats). Third-party repositories (their
# own keyring) are left out: inside the image only the Debian mirror is reachable and trusted.
apt_sources() {
	local files=()
	[ -f /etc/apt/sources.list ] && files+=(/etc/apt/sources.list)
	shopt -s nullglob
	files+=(/etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources)
	shopt -u nullglob
	[ "${#files[@]}" -gt 0 ] || return 0
	awk '
		function flush(   n, uris, suites, i, j) {
			if (types ~ /(^|[[:space:]])deb($|[[:space:]])/ && tolower(enabled) != "no") {
				n = split(uri_field, uris, /[[:space:]]+/)
				split(suite_field, suites, /[[:space:]]+/)
				for (i = 1; i <= n; i++) if (uris[i] != "")
					for (j in suites) if (suites[j] != "")
						print uris[i], suites[j], (comp_field == "" ? "-" : comp_field), (signed_by == "" ? "-" : signed_by)
			}
			types = uri_field = suite_field = comp_field = signed_by = enabled = ""; field = ""
		}
		FNR == 1 { if (deb822) flush(); deb822 = (FILENAME ~ /\.sources$/) }
		deb822 {
			if ($0 ~ /^[[:space:]]*#/) next
			if ($0 ~ /^[[:space:]]*$/) { flush(); next }
			if ($0 ~ /^[[:space:]]/) { if (field == "signed-by") signed_by = "inline"; next }
			field = tolower($0); sub(/:.*/, "", field)
			value = $0; sub(/^[^:]*:[[:space:]]*/, "", value)
			if (field == "types") types = value
			else if (field == "uris") uri_field = value
			else if (field == "suites") suite_field = value
			else if (field == "components") { comp_field = value; gsub(/[[:space:]]+/, ",", comp_field) }
			else if (field == "signed-by") signed_by = (value == "" ? "inline" : value)
			else if (field == "enabled") enabled = value
			next
		}
		{
			sub(/#.*/, "")
			if ($1 != "deb") next
			options = ""; i = 2
			if ($2 ~ /^\[/) {
				while (i <= NF) { options = options " " $i; if ($i ~ /\]$/) { i++; break }; i++ }
			}
			signed = "-"
			if (match(options, /signed-by=[^] ]+/)) signed = substr(options, RSTART + 10, RLENGTH - 10)
			comps = ""
			for (k = i + 2; k <= NF; k++) comps = comps (comps == "" ? "" : ",") $k
			if ($(i + 1) != "") print $i, $(i + 1), (comps == "" ? "-" : comps), signed
		}
		END { if (deb822) flush() }
	' "${files[@]}" |
		awk -v suite="$debian_suite" '
			($4 == "-" || $4 ~ /debian-archive/) &&
			($2 == suite || $2 == suite "-updates" || $2 == suite "-security" || $2 == suite "/updates" || $2 == suite "-backports")
		'
}

# configure_rootfs_apt ROOTFS MIRROR: the image's apt uses the host's Debian sources and the
# host's proxy / validity settings (snapshot mirrors need Check-Valid-Until "false").
configure_rootfs_apt() {
	local rootfs=$1 mirror=$2 sources
	sources="$(apt_sources | awk '!seen[$0]++ { printf "deb%s %s %s %s\n", ($4 == "-" ? "" : " [signed-by=" $4 "]"), $1, $2, ($3 == "-" ? "main" : $3) }' | tr ',' ' ')"
	if [ -z "$sources" ]; then
		sources="deb $mirror $debian_suite main"
	fi
	rm -f "$rootfs/etc/apt/sources.list"
	printf '# The Debian archive entries of the host that built this image (eng/setup.sh).\n%s\n' "$sources" \
		>"$rootfs/etc/apt/sources.list.d/debian.list"
	apt-config dump |
		grep -E '^Acquire::((http|https|ftp)::Proxy|Check-Valid-Until|Check-Date|Retries)' \
			>"$rootfs/etc/apt/apt.conf.d/90cxplatform-host" || true
	# Like Docker's debian images: never start services during package installation, keep no
	# package caches in layers.
	printf '#!/bin/sh\nexit 101\n' >"$rootfs/usr/sbin/policy-rc.d"
	chmod 0755 "$rootfs/usr/sbin/policy-rc.d"
	printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' \
		>"$rootfs/etc/apt/apt.conf.d/90cxplatform-norecommends"
	rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
}

build_base_image() {
	local mirror proxy rootfs
	mirror="$(apt_sources | awk -v suite="$debian_suite" '$2 == suite { print $1; exit }')"
	mirror="${mirror:-http://deb.debian.org/debian}"
	proxy="$(apt-config shell proxy Acquire::http::Proxy | sed -n "s/^proxy='\(.*\)'$/\1/p")"
	if [ -n "$proxy" ] && [ -z "${http_proxy:-}" ]; then
		export http_proxy="$proxy"
	fi
	log "building $base_image: debootstrap from $mirror (takes a few minutes)"
	work_dir="$(mktemp -d /var/tmp/cxplatform-base.XXXXXX)"
	rootfs="$work_dir/rootfs"
	quietly debootstrap debootstrap --variant=minbase "$debian_suite" "$rootfs" "$mirror"
	configure_rootfs_apt "$rootfs" "$mirror"
	# shellcheck disable=SC2016 # expanded by the inner bash
	quietly podman-import bash -c 'tar -C "$1" -c . | podman import - "$2"' _ "$rootfs" "$base_image-bootstrap"
	rm -rf --one-file-system "$work_dir"
	work_dir=
	# debootstrap only used the release suite: add the updates and security fixes, which also
	# proves that apt inside containers reaches the mirror.
	podman rm --force cxplatform-base-upgrade >/dev/null 2>&1 || true
	if ! podman run --name cxplatform-base-upgrade "$base_image-bootstrap" sh -ec \
		'apt-get update; DEBIAN_FRONTEND=noninteractive apt-get -y upgrade; apt-get clean; rm -rf /var/lib/apt/lists/*' \
		>"$log_dir/base-image-upgrade.log" 2>&1; then
		tail -n 20 "$log_dir/base-image-upgrade.log" | sed 's/^/    /' >&2
		podman rm --force cxplatform-base-upgrade >/dev/null 2>&1 || true
		podman rmi --force "$base_image-bootstrap" >/dev/null 2>&1 || true
		die "apt-get fails inside the new Debian image; check the host's Debian sources in /etc/apt (log: $log_dir/base-image-upgrade.log)"
	fi
	quietly podman-commit podman commit --change 'CMD ["/bin/bash"]' cxplatform-base-upgrade "$base_image"
	podman rm --force cxplatform-base-upgrade >/dev/null
	podman rmi "$base_image-bootstrap" >/dev/null
}

# One `podman images` call answers every later question ("NAME:TAG ID CONTEXT-HASH" lines).
images=
list_images() {
	images="$(podman images --no-trunc --format "{{.Repository}}:{{.Tag}} {{.ID}} {{index .Labels \"$context_hash_label\"}}")"
}

# image_info IMAGE id|hash
image_info() {
	printf '%s\n' "$images" | awk -v image="$1" -v field="$2" '
		$1 == image { id = $2; sub(/^sha256:/, "", id); print (field == "id" ? id : $3); exit }'
}

# context_hash DIR: what an image built from DIR depends on (its files and the base image).
context_hash() {
	{
		image_info "$base_image" id
		(cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
	} | sha256sum | cut -d' ' -f1
}

build_image() {
	local image=$1 context=$2 hash old_id new_id
	[ -f "$context/Containerfile" ] || die "missing $context/Containerfile"
	hash="$(context_hash "$context")"
	if [ "$(image_info "$image" hash)" = "$hash" ]; then
		return
	fi
	old_id="$(image_info "$image" id)"
	log "building $image from ${context#"$repo_root"/}"
	quietly "build-$(basename "${image%%:*}")" podman build --pull=never --label "$context_hash_label=$hash" \
		--tag "$image" --file "$context/Containerfile" "$context"
	new_id="$(podman image inspect --format '{{.Id}}' "$image")"
	if [ -n "$old_id" ] && [ "$old_id" != "$new_id" ]; then
		podman rmi "$old_id" >/dev/null 2>&1 || true # still used by a container: leave it
	fi
}

# --- Configuration for tests and tools ---------------------------------------------------------

# properties_set FILE KEY VALUE / properties_unset FILE KEY: edit one Java-properties key in place.
properties_edit() {
	local file=$1 key=$2 value=${3-} mode=$4 updated
	touch "$file"
	updated="$(mktemp)"
	awk -v key="$key" -v value="$value" -v mode="$mode" '
		{
			name = $0; sub(/^[[:space:]]+/, "", name); sub(/[[:space:]]*[=:[:space:]].*$/, "", name)
			if (name == key && $0 !~ /^[[:space:]]*[#!]/) {
				if (mode == "set" && !done) print key "=" value
				done = 1; next
			}
			print
		}
		END { if (mode == "set" && !done) print key "=" value }' "$file" >"$updated"
	if cmp -s "$file" "$updated"; then
		rm -f "$updated"
	else
		cat "$updated" >"$file"
		rm -f "$updated"
	fi
}

write_config() {
	local docker_host=$1 ryuk_disabled=$2 postgres=$3 rabbitmq=$4
	if [ -n "$docker_host" ]; then
		properties_edit "$testcontainers_properties" docker.host "$docker_host" set
		properties_edit "$testcontainers_properties" ryuk.disabled "$ryuk_disabled" set
	elif [ -f "$testcontainers_properties" ] && grep -qxF "docker.host=$podman_host" "$testcontainers_properties"; then
		# A previous run pointed Testcontainers at Podman; Docker is used now.
		properties_edit "$testcontainers_properties" docker.host '' unset
		properties_edit "$testcontainers_properties" ryuk.disabled '' unset
	fi

	mkdir -p "$config_dir"
	{
		echo '# Written by eng/setup.sh: the container engine and images for the Testcontainers-based tests.'
		if [ -n "$docker_host" ]; then echo "DOCKER_HOST=$docker_host"; fi
		echo "TESTCONTAINERS_RYUK_DISABLED=$ryuk_disabled"
		echo "CXP_POSTGRES_IMAGE=$postgres"
		echo "CXP_RABBITMQ_IMAGE=$rabbitmq"
	} >"$containers_env.tmp"
	mv "$containers_env.tmp" "$containers_env"
}

# --- Main --------------------------------------------------------------------------------------

main() {
	[ "$(id -u)" = 0 ] || die "run as root (it installs packages and runs a rootful Podman)"
	mkdir -p /run/lock "$log_dir"
	exec 9>/run/lock/cxplatform-setup.lock
	flock 9

	install_packages "${test_server_packages[@]}"

	if ! is_true "${CXP_SETUP_FORCE_PODMAN:-}" && docker_with_official_images; then
		log "Docker engine with Docker Hub access found: using the official images"
		write_config '' false "$official_postgres_image" "$official_rabbitmq_image"
		log "ready in ${SECONDS}s: engine=docker postgres=$official_postgres_image rabbitmq=$official_rabbitmq_image config=$containers_env"
		return
	fi

	require_bookworm
	install_packages "${podman_packages[@]}"
	local config_changed=false
	if configure_podman; then
		config_changed=true
	fi
	start_podman_service "$config_changed"

	list_images
	if is_true "${CXP_SETUP_REBUILD:-}"; then
		log "CXP_SETUP_REBUILD: removing the images"
		local image
		for image in "$postgres_image" "$rabbitmq_image" "$base_image"; do
			if [ -n "$(image_info "$image" id)" ]; then
				podman rmi --force "$image" >/dev/null
			fi
		done
		list_images
	fi
	if [ -z "$(image_info "$base_image" id)" ]; then
		build_base_image
		list_images
	fi
	build_image "$postgres_image" "$images_dir/postgres"
	build_image "$rabbitmq_image" "$images_dir/rabbitmq"

	write_config "$podman_host" true "$postgres_image" "$rabbitmq_image"
	log "ready in ${SECONDS}s: engine=podman DOCKER_HOST=$podman_host postgres=$postgres_image rabbitmq=$rabbitmq_image config=$containers_env"
}

main "$@"
