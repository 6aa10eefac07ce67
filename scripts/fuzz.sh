#!/usr/bin/env bash
# Runs every Go fuzz target for FUZZTIME each (default 10s; a count such as
# 20000x runs that many inputs).
#
# With a duration, Go 1.26's fuzz coordinator can end a run with a bare
# "context deadline exceeded" when the time runs out while a worker is busy
# (go.dev/issue/75804, fixed in Go 1.27); counts avoid it, which is why
# `make test` uses one. Such a run is tried once more. A real finding writes
# its input under testdata/fuzz and fails again.
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZTIME=${FUZZTIME:-10s}
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for f in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
    echo "fuzz $pkg $f ($FUZZTIME)"
    for attempt in 1 2; do
      log=$(mktemp)
      if go test -run '^$' -fuzz "^$f\$" -fuzztime "$FUZZTIME" "$pkg" 2>&1 | tee "$log"; then
        rm -f "$log"
        break
      fi
      if [[ $attempt == 1 ]] && grep -q "context deadline exceeded" "$log" && ! grep -q "Failing input written" "$log"; then
        echo "fuzz $pkg $f: the time ran out inside a worker; running it again"
        rm -f "$log"
        continue
      fi
      rm -f "$log"
      exit 1
    done
  done
done
