package engine

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Sentinel errors of the engine. Rejections that Ethereum clients know come
// from the protocol core (l2) with Ethereum's wording.
var (
	// ErrStopped: the engine was closed.
	ErrStopped = errors.New("sequencer is stopping")
	// ErrNonceQueued: a different transaction with the same nonce already waits
	// for an earlier nonce (replacement is not supported).
	ErrNonceQueued = errors.New("replacement transaction not supported: another transaction with this nonce is already queued")
	// ErrNotDurable: the transaction executed but its commit failed; it was not
	// acknowledged. It may or may not be in the database: look it up or resend.
	ErrNotDurable = &retryError{msg: "transaction not acknowledged: the database write failed, the sequencer is recovering; resend it (a transaction already stored is answered with its hash)", after: 1000}
	// ErrUnavailable: the sequencer is recovering from a failure.
	ErrUnavailable = &retryError{msg: "sequencer is recovering, retry later", after: 1000}
	// ErrOverloaded: the admission queue is full.
	ErrOverloaded = &retryError{msg: "sequencer busy: too many pending transactions, retry later", after: 50}
	// ErrFutureFull: the queue of transactions waiting for a nonce gap is full
	// (geth's txpool error).
	ErrFutureFull = &retryError{msg: "txpool is full: too many transactions wait for an earlier nonce, retry later", after: 200}
)

// retryError is an overload or availability error with a retry hint (the JSON-RPC
// layer turns it into code -32005 and HTTP 429).
type retryError struct {
	msg   string
	after int64
}

func (e *retryError) Error() string       { return e.msg }
func (e *retryError) RetryAfterMs() int64 { return e.after }

// nonceGapError: a transaction's nonce is too far ahead of its sender's
// account nonce to be queued (geth's wording, then the limit).
type nonceGapError struct {
	sender     common.Address
	have, want uint64
	limit      int
}

func (e *nonceGapError) Error() string {
	return fmt.Sprintf("nonce too high: address %s, tx: %d state: %d (a transaction may wait at most %d nonces ahead of its account's)",
		e.sender, e.have, e.want, e.limit)
}
