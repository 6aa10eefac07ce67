// Package engine is the sequencer's core: it orders admitted transactions,
// executes them against the in-memory L2 state, makes them durable in
// PostgreSQL in groups and acknowledges each one only after its group
// committed. It also opens and seals L2 blocks, consumes L1 deposits, writes
// state snapshots and rebuilds everything from the database when it starts.
//
// # Pipeline
//
//	HTTP goroutines            executor goroutine               committer goroutine
//	───────────────            ──────────────────               ───────────────────
//	decode, l2.ValidateTx  ──▶ inbox (bounded) ──▶ apply in     next group ──▶ one pgx batch:
//	(signature recovery,       arrival order to l2.State,       blocks, txs (unnest), deposits,
//	 in parallel)              assign seq / block / index,      seals; one implicit transaction,
//	                           open and seal blocks ──────────▶ synchronous_commit on ──▶ ack
//
// The executor never waits for a commit: while the committer writes group k the
// executor fills group k+1 (bounded by MaxGroupTxs; when it is full the executor
// waits, the inbox fills and admission answers "busy"). Groups are written one
// at a time and in order, so the durable transactions are always a prefix of
// the executed ones and the order in the database is the execution order.
//
// # Invariants
//
//   - A transaction is acknowledged only after the group holding it committed.
//   - seq is dense from 1; an L2 block's items are its deposits then its
//     transactions seq FirstSeq … FirstSeq+TxCount−1.
//   - Reads of blocks, receipts and transactions only ever see durable rows
//     (block heads advance after the commit of the seal).
//   - If a commit fails the engine stops: nothing more is executed or
//     acknowledged, every waiting request gets an error, and the owner builds
//     a new engine from the database (Open), which holds exactly the
//     committed prefix.
//
// # Restart
//
// Open loads the newest state snapshot whose root matches its block, replays
// the later blocks (deposits, then transactions with their stored senders, no
// signature recovery) checking each sealed block's state root, and seals the
// block that was open when the previous process stopped.
package engine
