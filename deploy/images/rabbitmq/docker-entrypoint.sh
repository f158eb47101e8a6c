#!/usr/bin/env bash
# Entrypoint of localhost/cxplatform/rabbitmq:3.10. Follows the official rabbitmq image's contract:
#  - RABBITMQ_DEFAULT_USER / RABBITMQ_DEFAULT_PASS / RABBITMQ_DEFAULT_VHOST create that user
#    (administrator, full permissions) and vhost when the node boots for the first time.
#  - a command starting with "-" is passed to rabbitmq-server.
#  - the server runs as user rabbitmq, in the foreground, as PID 1 (the rabbitmq-server script
#    turns SIGTERM into a clean `rabbitmqctl stop`), logging to stdout.
set -Eeo pipefail

readonly defaults_conf=/etc/rabbitmq/conf.d/10-defaults.conf

# conf_value NAME VALUE: one rabbitmq.conf line; the format has no quoting, so refuse what breaks it.
conf_value() {
	case "$2" in
		*$'\n'* | *$'\r'*)
			echo >&2 "error: $1 must not contain a line break"
			exit 1
			;;
	esac
	printf '%s = %s\n' "$1" "$2"
}

write_defaults_conf() {
	{
		echo '# Written by docker-entrypoint.sh from RABBITMQ_DEFAULT_* at container start.'
		if [ -n "${RABBITMQ_DEFAULT_USER:-}" ]; then conf_value default_user "$RABBITMQ_DEFAULT_USER"; fi
		if [ -n "${RABBITMQ_DEFAULT_PASS:-}" ]; then conf_value default_pass "$RABBITMQ_DEFAULT_PASS"; fi
		if [ -n "${RABBITMQ_DEFAULT_VHOST:-}" ]; then conf_value default_vhost "$RABBITMQ_DEFAULT_VHOST"; fi
	} >"$defaults_conf"
}

main() {
	if [ "${1:0:1}" = '-' ]; then
		set -- rabbitmq-server "$@"
	fi

	if [ "$1" = rabbitmq-server ]; then
		if [ "$(id -u)" = 0 ]; then
			write_defaults_conf
			chown rabbitmq:rabbitmq "$defaults_conf"
			find /var/lib/rabbitmq /var/log/rabbitmq \! -user rabbitmq -exec chown rabbitmq:rabbitmq '{}' +
			exec gosu rabbitmq "${BASH_SOURCE[0]}" "$@"
		fi
		if [ -w "${defaults_conf%/*}" ]; then
			write_defaults_conf
		fi
		cd /var/lib/rabbitmq
		# The upstream script, not Debian's /usr/sbin wrapper (which redirects output to files).
		shift
		set -- /usr/lib/rabbitmq/bin/rabbitmq-server "$@"
	fi

	exec "$@"
}

main "$@"
