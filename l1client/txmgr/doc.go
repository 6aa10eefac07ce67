// Package txmgr is the L1 transaction manager: the one owner of a signing key's
// nonce. Callers hand it a Candidate (to, data, value, optional gas limit) and get
// back the receipt once the transaction is confirmed at the configured depth.
//
// Durability. Every nonce the manager hands out is first written to the outbox
// table l1_txs, and every signed attempt of that nonce to l1_tx_attempts, before
// it is broadcast. A crash at any point therefore leaves the database knowing
// every transaction that could be on chain; Start reloads the pending rows,
// looks for receipts of all their attempts and resumes them. A Candidate with a
// Key is idempotent: sending the same key again attaches to the recorded
// transaction instead of posting twice.
//
// Life of one nonce (one tracker goroutine per nonce, owned by the manager, so a
// caller giving up does not leave a gap):
//
//	recorded ──broadcast──▶ pending ──receipt──▶ mined ──depth──▶ confirmed
//	              ▲            │                   │ (reorged out)
//	              └── bump ◀───┘ not mined after   └──▶ pending
//	                             ResubmitInterval,
//	                             or rejected as underpriced
//	pending ── nonce used by a transaction that is not ours ──▶ superseded
//	           (the candidate moves to a fresh nonce and goes on)
//
// Fees are EIP-1559: tip from the node's suggestion (bounded by MinTipCap and
// MaxTipCap), fee cap = 2 × base fee + tip (bounded by MaxFeeCap). A bump raises
// both by FeeBumpPercent (at least 13%, above the 10% replacement minimum of
// geth and anvil) or to the new estimate, whichever is higher. "nonce too low" is
// not an error by itself: the manager checks whether one of its own attempts was
// mined, and only when the nonce is confirmed used by someone else does it report
// the key as used elsewhere and move the candidate to a new nonce.
//
// Lifecycle: New ──▶ Start (reconcile with chain and outbox) ──▶ Send / Queue ──▶
// Stop (safe twice; pending nonces stay in the outbox for the next Start).
package txmgr
