#!/usr/bin/env bash
# Regenerates a service's single Initial migration from its current model (only while no release has shipped a schema).
# Usage: eng/regenerate-initial-migration.sh Ticketing
set -euo pipefail
service="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/services/$service/Infrastructure/Migrations"
cd "$root"
dotnet tool restore >/dev/null
rm -f "$dir"/*.cs
dotnet ef migrations add Initial --project "services/$service" --output-dir Infrastructure/Migrations >/dev/null
migration="$(ls "$dir"/*_Initial.cs)"
# A service's own SQL beyond its EF model (triggers, unmapped columns) lives in Infrastructure/InitialMigrationSql.cs.
extra=""
[ -f "services/$service/Infrastructure/InitialMigrationSql.cs" ] && extra="yes"
python3 - "$migration" "$extra" <<'PY'
import re, sys
path = sys.argv[1]
extra = sys.argv[2] == "yes"
text = open(path, encoding="utf-8-sig").read()
if "using CxPlatform.ServiceDefaults.Data;" not in text:
    text = text.replace("using Microsoft.EntityFrameworkCore.Migrations;", "using CxPlatform.ServiceDefaults.Data;\nusing Microsoft.EntityFrameworkCore.Migrations;", 1)
up = re.search(r"protected override void Up\(MigrationBuilder migrationBuilder\)\n(\s*)\{\n", text)
down_start = text.index("protected override void Down(")
up_end = text.rindex("\n        }", 0, down_start)
text = text[:up_end] + "\n\n            migrationBuilder.CreateOutboxNotifyTrigger();" + ("\n            InitialMigrationSql.Up(migrationBuilder);" if extra else "") + text[up_end:]
down = re.search(r"protected override void Down\(MigrationBuilder migrationBuilder\)\n\s*\{\n", text)
text = text[:down.end()] + ("            InitialMigrationSql.Down(migrationBuilder);\n" if extra else "") + "            migrationBuilder.DropOutboxNotifyTrigger();\n\n" + text[down.end():]
open(path, "w", encoding="utf-8-sig").write(text)
PY
echo "regenerated $(basename "$migration")"
