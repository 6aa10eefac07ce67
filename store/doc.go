// Package store is the PostgreSQL foundation of the rollup: it opens a connection
// pool with the settings every service relies on (synchronous_commit on, statement
// timeouts), applies the embedded SQL migrations in order, and maps driver errors
// to the package's sentinel errors at the boundary.
//
// Migrations live in migrations/NNN_name.sql and are applied in version order,
// each in its own transaction, under a session advisory lock so that several
// processes starting at once apply each migration exactly once. Version ranges
// are assigned per component: 001–009 the L1 foundation (followed L1 blocks, the
// L1 transaction outbox), 010–019 the sequencer, 020–029 the batcher, 030–039 the
// challenger. A migration, once applied anywhere, is never edited: add a new one.
//
// Rows derived from L1 carry the number of the L1 block they came from, so an L1
// reorg is repaired by deleting every row above the fork point.
package store
