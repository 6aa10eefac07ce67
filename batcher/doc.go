// Package batcher builds batches from the sequencer's sealed L2 blocks and
// posts them to the Rollup contract on L1, restart-safe.
//
// The pure core is Builder (build.go): sealed blocks in, closed and verified
// batches out, with no I/O. The service (Batcher) does the I/O around it.
package batcher
