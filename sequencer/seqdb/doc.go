// Package seqdb is the sequencer's PostgreSQL access: the group writes of the
// committer, the reads of the API and of recovery, and the chain parameters the
// database was created with. The schema is store/migrations/010_sequencer.sql.
//
// Every function takes a context and bounds it with store.DefaultQueryTimeout
// unless the caller's deadline is shorter; pgx.ErrNoRows becomes
// store.ErrNotFound here.
package seqdb
