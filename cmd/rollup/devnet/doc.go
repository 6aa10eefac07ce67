// Package devnet assembles a whole rollup in one process for development and
// tests: an L1 (the in-process dev chain, or anvil / geth --dev by URL),
// PostgreSQL (started under the data directory unless a URL is given), the
// contracts (deployed once, recorded in the data directory), the sequencer
// with its status page, the batcher (which also defends its batches) and a
// challenger, and dev accounts funded on L1 and, through real Bridge deposits,
// on L2 — so every L2 wei is backed by ETH locked on L1.
//
// Lifecycle:
//
//	New (check config) ──▶ Start ──▶ Stop (safe twice; reverse order)
//	Start: PostgreSQL ─▶ L1 ─▶ deployment (load and verify, or deploy) ─▶
//	       sequencer (serves L2 JSON-RPC) ─▶ batcher ─▶ challenger ─▶
//	       fund dev accounts (deposits; waits until L2 credited them)
//
// A data directory holds everything that must survive a restart:
//
//	<datadir>/l1/              the in-process L1's chain (archive, hash scheme)
//	<datadir>/postgres/        the PostgreSQL cluster (when no URL is given)
//	<datadir>/deployment.json  the deployment record
//
// Started again on the same data directory the devnet resumes: the L1 chain,
// the L2 chain and the batches continue where they stopped. If the L1 no
// longer holds the recorded deployment (another anvil, a deleted chain) Start
// fails with ErrL1Lost and says to start over with a fresh data directory.
package devnet
