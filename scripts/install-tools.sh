#!/usr/bin/env bash
# Installs the tools the build and tests need into .tools/ (idempotent):
# Foundry (forge, anvil, cast), the Solidity compiler and ethers (the Node
# client the tests drive the L2 node with) from the npm registry, and, with
# --geth, geth built from the Go module proxy.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="$PWD/.tools"
FOUNDRY_VERSION=1.7.1
SOLC_VERSION=0.8.37
ETHERS_VERSION=6.17.0
GETH_VERSION=v1.17.10
mkdir -p "$TOOLS/bin"

STAMP="$FOUNDRY_VERSION-$SOLC_VERSION-$ETHERS_VERSION"
if [[ ! -x "$TOOLS/bin/forge" || "$(cat "$TOOLS/.npm-stamp" 2>/dev/null)" != "$STAMP" ]]; then
  echo "installing foundry $FOUNDRY_VERSION, solc $SOLC_VERSION and ethers $ETHERS_VERSION from npm into .tools"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" \
    "@foundry-rs/forge-linux-amd64@$FOUNDRY_VERSION" \
    "@foundry-rs/anvil-linux-amd64@$FOUNDRY_VERSION" \
    "@foundry-rs/cast-linux-amd64@$FOUNDRY_VERSION" \
    "solc@$SOLC_VERSION" "ethers@$ETHERS_VERSION" >/dev/null
  for t in forge anvil cast; do
    bin=$(find "$TOOLS/node_modules/@foundry-rs/$t-linux-amd64" -type f -name "$t" | head -n1)
    chmod +x "$bin"
    ln -sf "$bin" "$TOOLS/bin/$t"
  done
  echo "$STAMP" > "$TOOLS/.npm-stamp"
fi

if [[ "${1:-}" == "--geth" && ! -x "$TOOLS/bin/geth" ]]; then
  echo "building geth $GETH_VERSION (a few minutes)"
  GOBIN="$TOOLS/bin" go install "github.com/ethereum/go-ethereum/cmd/geth@$GETH_VERSION"
fi
