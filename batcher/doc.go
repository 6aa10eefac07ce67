// Package batcher builds batches from the sequencer's sealed L2 blocks and
// posts them to the Rollup contract on L1, restart-safe.
//
// # Parts
//
//	build.go, verify.go, fault.go   pure: Builder (blocks in, verified batches out),
//	                                Verify (decode + replay), Fault (wrong claims)
//	source.go                       reads sealed blocks, transactions, deposits and
//	                                snapshots through chaindb; rebuilds the L2 state
//	store.go                        the batches table (010_sequencer.sql + 020_batcher.sql)
//	contract.go                     Rollup calls, events, revert reasons, gas limits
//	batcher.go, pipeline.go,        the service: New/Start/Stop and one loop
//	reconcile.go, send.go,
//	finalize.go, claims.go
//
// # Lifecycle
//
//	New ──▶ Start: check the L2 chain against the deployment and the Rollup
//	        contract, start the transaction manager (unless shared), rebuild
//	        the builder after the newest live batch, start the loop, then the
//	        defender ──▶ Stop: defender, loop, transaction manager (safe twice)
//
// Every PollInterval the loop runs, in order: build (sealed blocks → batches,
// each recorded as 'built' before anything else happens to it), read L1 (head,
// nextIndex, finalizedCount, lastClaim at the head), reconcile, send, finalize.
// Any error ends the poll; the next one starts over from the database and L1.
//
// # A batch's life
//
//	built ──send──▶ sent ──BatchAppended found──▶ included ──depth──▶ confirmed ──window──▶ final
//	  ▲              ▲ │                              │ ▲                  │
//	  │              │ └─(revert: new key)            │ └── challenged ◀───┘ (game open)
//	  └ insufficient └──── L1 reorg (block hash) ─────┘
//	    funds               dropped it
//	                 any status but final ──(BatchesReverted covering it)──▶ reverted;
//	                 the builder restarts at the first reverted batch
//
// # Invariants
//
//   - A batch is verified before it is recorded: its data decodes strictly to
//     exactly its blocks, and the step machine run from the true pre-state
//     consumes every byte and ends at the sequencer's state root of its last
//     block, with the step count it claims (unless a fault is injected).
//   - A batch is recorded before it is sent, and its send key before the
//     transaction manager sees it; the manager's outbox is keyed by nonce and
//     its sends by key are idempotent, so a restart at any point neither posts
//     a batch twice nor loses one.
//   - Batches are handed to the manager in index order, each only after the
//     one before it has a nonce, so nonces follow indexes.
//   - L1 is the source of truth: a batch is included only while its
//     BatchAppended is in a block whose hash is canonical, and only if L1's
//     record (previous claim, post claim, step count, length, chunk root) is
//     the batch built here; L1's last accepted claim must be this batcher's
//     claim of batch nextIndex − 1, else posting stops (ErrConflict). The
//     contract's index and previous-claim checks make a second append of an
//     index impossible, whatever the batcher does.
//   - A reverted batch is rebuilt from the sealed blocks; a fault is injected
//     at most once per index, so the rebuild is honest.
package batcher
