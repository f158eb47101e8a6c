#!/usr/bin/env bash
# Runs every test against real PostgreSQL and RabbitMQ (Testcontainers) and prints one summary line:
#   tests: N passed, N failed[, N skipped]
# Usage: eng/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Outbox]
set -euo pipefail
cd "$(dirname "$0")/.."

bash eng/setup.sh

# shellcheck disable=SC1090
[ -f "$HOME/.config/cxplatform/containers.env" ] && set -a && . "$HOME/.config/cxplatform/containers.env" && set +a

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build CxPlatform.sln -c Release -nologo -clp:ErrorsOnly
status=0
# At most four test assemblies at a time: each starts its own PostgreSQL and RabbitMQ, and the machine may have two cores.
dotnet test --solution CxPlatform.sln -c Release --no-build --max-parallel-test-modules 4 --results-directory "$(pwd)/$results" \
  --output Detailed "$@" || status=$?

# Sum the counters of every TRX file: the real results, whatever the console printed.
shopt -s nullglob
trx_files=("$results"/*.trx)
if [ ${#trx_files[@]} -eq 0 ]; then
  echo "no test results were written" >&2
  echo "tests: 0 passed, 1 failed"
  exit 1
fi
read -r total passed failed notexecuted < <(
  grep -ho '<Counters [^>]*>' "${trx_files[@]}" | awk '
    function attr(name,   m) { if (match($0, name "=\"[0-9]+\"")) { m = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0 } return 0 }
    { t += attr("total"); p += attr("passed"); f += attr("failed") + attr("error") + attr("timeout") + attr("aborted"); n += attr("notExecuted") }
    END { print t, p, f, n }')
# Name the failed tests (with the first line of each message) just above the summary, where a CI log tail shows them.
if [ "$failed" -gt 0 ]; then
  echo "failed tests:"
  for trx in "${trx_files[@]}"; do
    python3 - "$trx" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for result in ET.parse(sys.argv[1]).getroot().iterfind(".//t:UnitTestResult", ns):
    if result.get("outcome") in ("Failed", "Error", "Timeout", "Aborted"):
        message = result.find("t:Output/t:ErrorInfo/t:Message", ns)
        first = (message.text or "").strip().splitlines()[0][:300] if message is not None and message.text else ""
        print(f"  {result.get('testName')}: {first}")
PY
  done
fi
line="tests: ${passed} passed, ${failed} failed"
[ "$notexecuted" -gt 0 ] && line="${line}, ${notexecuted} skipped"
echo "$line"

if [ "$status" -ne 0 ] || [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
