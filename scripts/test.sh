#!/usr/bin/env bash
# The project's test suite: what `make test` and CI run. It installs the tools it
# needs (Foundry and solc from npm, geth for the geth --dev end-to-end test, and
# Debian's chromium for the status page screenshot), starts PostgreSQL unless
# DATABASE_URL is set, and runs the Go tests, the forge tests, the bindings
# staleness check and a short fuzz of every decoder.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$PATH"

./scripts/install-tools.sh --geth
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium (headless screenshots of the status page)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } ||
    echo "chromium could not be installed: the status page screenshot is skipped"
fi
if [[ -z "${DATABASE_URL:-}" ]]; then
  DATABASE_URL=$(./scripts/pg.sh start)
  export DATABASE_URL
fi
echo "DATABASE_URL=$DATABASE_URL"

go vet ./...
if [[ -f contracts/foundry.toml ]]; then
  ./scripts/bindings.sh --check
  (cd contracts && forge test)
fi
FUZZTIME=${FUZZTIME:-60000x} ./scripts/fuzz.sh
go test -count=1 -timeout 30m ./... 2>&1 | tee /tmp/rollup-go-test.log
