// Package chain holds the domain types of the sequenced L2 chain as the
// sequencer stores and serves them: blocks, transactions in their global order,
// deposits consumed from L1 and the batches that carry blocks to L1, plus the
// rules that derive block hashes and receipts from them.
//
// A block's header fields that identify it (chain ID, number, timestamp, parent
// hash) are fixed when the block opens, so its hash is known before its first
// transaction executes and a receipt can name the final block hash at once.
// The state root is added when the block is sealed. Block hashes are therefore
// not Keccak hashes of an RLP header: they commit to the chain position only, and
// the state is committed by the state root and, on L1, by batches.
package chain
