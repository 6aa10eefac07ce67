// Package chaindb owns the L2 chain's tables (store/migrations/010_sequencer.sql:
// l2_chain, l2_blocks, l2_transactions, l1_deposits, l2_state_snapshots, and
// l2_account_history, l2_queued_txs, l2_tokens, l2_token_history of later
// migrations): the
// sequencer's group writes, deposit records and snapshots, and the typed reads
// of the sequencer's API and recovery and of the batcher. No other package
// names these tables in SQL (store.TestTablesOwned).
//
// Every function takes a context and bounds it with store.DefaultQueryTimeout
// unless the caller's deadline is shorter; pgx.ErrNoRows becomes
// store.ErrNotFound here.
package chaindb
