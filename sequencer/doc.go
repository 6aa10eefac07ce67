// Package sequencer is the rollup's sequencer service: it admits signed L2
// transfers over HTTP (Ethereum JSON-RPC on POST /, REST under /v1), orders
// and executes them, makes each one durable in PostgreSQL before it answers,
// seals L2 blocks, consumes deposits followed from L1, and serves the chain's
// blocks, receipts, batches and proofs.
//
// # Lifecycle
//
//	New(Config, Deps) ──▶ Start(ctx) ──────────────────────────────────▶ Stop(ctx) (safe twice)
//	                       │ open pool (or use Deps.Pool), migrate         reverse order: HTTP server,
//	                       │ deposit follower (l1client/follow)            loops, engine (the group in
//	                       │ engine.Open: rebuild state from the database  flight commits), follower,
//	                       │ HTTP server (chi): /, /v1, /metrics, ...      pool if owned
//	                       └ supervisor: a failed engine (commit error) is closed and rebuilt
//
// The core (ordering, execution, group commit, blocks, recovery) is package
// engine; the wire formats are packages rpc and rest; SQL is package chaindb;
// domain types are package chain; the load generator is package loadgen.
//
// # Guarantees
//
// A transaction is acknowledged (eth_sendRawTransaction returns its hash, POST
// /v1/transactions answers 200) only once it executed and the PostgreSQL
// transaction holding it committed with synchronous_commit on; its receipt is
// then available. The stored order is the execution order and never changes;
// a restart (even after kill -9) rebuilds exactly the acknowledged prefix.
package sequencer
