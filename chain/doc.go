// Package chain is the shared vocabulary of the L2 chain, spoken by every
// service: blocks, transactions in their global order, deposits consumed from
// L1, the batches that carry blocks to L1, transaction and sync statuses, plus
// the rules that derive block hashes and receipts from them. It holds types
// and pure rules only; the sequencer stores and serves them, the batcher,
// the user flows and the tools read them.
//
// A block's header fields that identify it (chain ID, number, timestamp, parent
// hash) are fixed when the block opens, so its hash is known before its first
// transaction executes and a receipt can name the final block hash at once.
// The state root is added when the block is sealed. Block hashes are therefore
// not Keccak hashes of an RLP header: they commit to the chain position only, and
// the state is committed by the state root and, on L1, by batches.
package chain
