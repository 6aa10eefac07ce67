// Package userflow is what a user does with the rollup, as a library: parse
// amounts with units, send L2 transfers, deposit from L1 through the Bridge,
// withdraw to L1 and claim the withdrawal with a proof once its batch is final,
// and follow a transaction's whole life (L2 block, batch, L1 transaction,
// confirmations, dispute window, finality, claim).
//
// It talks to the sequencer only through its public JSON-RPC API (the eth_
// methods any wallet uses plus rollup_getTransactionStatus, rollup_getBatch,
// rollup_syncStatus and rollup_getProof) and to L1 through the contracts named
// in a deployment record. The rollup binary's user commands (send, deposit,
// withdraw, claim, status) are thin wrappers around it, and the end-to-end
// tests drive the system through it.
//
// The life of a withdrawal:
//
//	Withdraw (L2 transfer to the withdrawal address)
//	  ─▶ soft (in an L2 block) ─▶ posted (its batch is on L1, challengeable)
//	  ─▶ final (window passed, batch finalized on L1)
//	  ─▶ Claim: proof from rollup_getProof + BatchInfo from BatchAppended
//	     ─▶ Bridge.claimWithdrawal pays the sender on L1
package userflow
