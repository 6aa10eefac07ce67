# Quick start: `make devnet` runs the whole system, `make test` runs the tests.
SHELL := /bin/bash
TOOLS := $(CURDIR)/.tools
export PATH := $(TOOLS)/bin:$(PATH)
GO ?= go
FUZZTIME ?= 10s

.PHONY: all build devnet test test-go test-contracts fuzz bench tools tools-geth \
        pg-start pg-stop soak-kill9 bench-restart bindings bindings-check snapshot vet clean

all: build

build:
	$(GO) build -o bin/rollup ./cmd/rollup

## devnet: in-process L1, PostgreSQL, contracts, sequencer, batcher and challenger.
devnet: build tools
	./bin/rollup devnet $(ARGS)

## test: the whole suite on a fresh machine (starts PostgreSQL, installs tools).
test:
	./scripts/test.sh

tools:
	./scripts/install-tools.sh

tools-geth:
	./scripts/install-tools.sh --geth

pg-start:
	@./scripts/pg.sh start

pg-stop:
	@./scripts/pg.sh stop

vet:
	$(GO) vet ./...

test-go:
	$(GO) test -count=1 -timeout 30m ./...

test-contracts: tools
	cd contracts && forge test

## fuzz: longer fuzzing of every decoder (FUZZTIME per target).
fuzz:
	FUZZTIME=$(FUZZTIME) ./scripts/fuzz.sh

## soak-kill9: 20 kill -9 cycles of the devnet binary under load; checks every
## acknowledged transfer, nonce order and supply (SOAK_CYCLES to change).
SOAK_CYCLES ?= 20
soak-kill9: build tools
	ROLLUP_SOAK_CYCLES=$(SOAK_CYCLES) $(GO) test -count=1 -timeout 40m -run TestSoak_DevnetKill9Cycles -v ./e2e/

## bench-restart: time to ready of the devnet binary killed after 1,000
## batches, none final (RESTART_BATCHES to change).
RESTART_BATCHES ?= 1000
bench-restart: build tools
	ROLLUP_BENCH_RESTART_BATCHES=$(RESTART_BATCHES) $(GO) test -count=1 -timeout 40m -run TestBench_DevnetRestartAfterBatches -v ./e2e/

## bench: Go benchmarks of the protocol core.
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./l2/...

bindings: tools
	./scripts/bindings.sh

bindings-check: tools
	./scripts/bindings.sh --check

snapshot: tools
	cd contracts && forge snapshot

clean:
	rm -rf bin contracts/out contracts/cache
