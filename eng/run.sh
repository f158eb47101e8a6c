#!/usr/bin/env bash
# Runs the whole platform locally, the way a .NET Aspire AppHost does: PostgreSQL and RabbitMQ (containers, or the
# machine's own servers when no container engine answers), every service, and a dashboard.
# Usage: eng/run.sh [AppHost arguments, e.g. --AppHost:Servers=Local --AppHost:DashboardPort=0]
# Ctrl+C stops everything it started. CXP_APPHOST_ARTIFACTS=<dir> builds the AppHost itself there (the services it
# starts are always built in artifacts/apphost), e.g. to keep clear of a build running in the same checkout.
set -euo pipefail
cd "$(dirname "$0")/.."

bash eng/setup.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
build_options=()
if [ -n "${CXP_APPHOST_ARTIFACTS:-}" ]; then
  build_options=(--artifacts-path "$CXP_APPHOST_ARTIFACTS")
fi
exec dotnet run --project AppHost "${build_options[@]}" -- "$@"
