#!/usr/bin/env bash
# Loopback soak: starts the service on a fresh SQLite folder, runs `compliance soak` against it for N minutes
# (default 10) with its memory, handles and threads sampled, then stops it. Exit status is the soak's:
# 0 with no 5xx and no failed connection. Usage: bench/soak.sh [MINUTES] [CONCURRENCY]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-10}"
concurrency="${2:-4}"
port="${SOAK_PORT:-5099}"
key="soak-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
data="$(mktemp -d -t compliance-soak-XXXXXX)"

dotnet build -c Release src/Compliance.Service -v q -nologo >/dev/null
dotnet build -c Release src/Compliance.Cli -v q -nologo >/dev/null

Auth__BootstrapKey="$key" Storage__SqlitePath="$data/compliance.db" Logging__LogLevel__Default=Warning \
  dotnet src/Compliance.Service/bin/Release/net10.0/Compliance.Service.dll --urls "http://127.0.0.1:$port" >"$data/service.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$data/service.log"; exit 3; }
  sleep 0.5
done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
COMPLIANCE_KEY="$key" dotnet src/Compliance.Cli/bin/Release/net10.0/compliance.dll soak \
  --url "http://127.0.0.1:$port" --minutes "$minutes" --concurrency "$concurrency" --pid "$pid" || status=$?
echo "service errors logged: $(grep -c -E '^(fail|crit)' "$data/service.log" || true); database $(du -h "$data/compliance.db" | cut -f1)"
exit "$status"
