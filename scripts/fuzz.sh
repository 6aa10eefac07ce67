#!/usr/bin/env bash
# Runs every Go fuzz target for FUZZTIME each (default 10s).
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZTIME=${FUZZTIME:-10s}
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for f in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
    echo "fuzz $pkg $f ($FUZZTIME)"
    go test -run '^$' -fuzz "^$f\$" -fuzztime "$FUZZTIME" "$pkg"
  done
done
