package engine

import (
	"errors"
	"fmt"
)

// Sentinel errors of the engine. Rejections that Ethereum clients know come
// from the protocol core (l2) with Ethereum's wording.
var (
	// ErrStopped: the engine was closed.
	ErrStopped = errors.New("sequencer is stopping")
	// ErrSenderQueueFull: too many transactions of this sender wait for an
	// earlier nonce.
	ErrSenderQueueFull = errors.New("too many transactions of this sender wait for an earlier nonce: send the missing nonces first")
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
	// ErrFutureEvicted: the transaction waited for a nonce gap and was dropped
	// to make room for a sender with fewer waiting transactions.
	ErrFutureEvicted = &retryError{msg: "sequencer busy: this transaction waited for an earlier nonce and was dropped for other senders; send the missing nonces first", after: 200}
	// ErrFutureFull: the queue of transactions waiting for a nonce gap is full.
	ErrFutureFull = &retryError{msg: "sequencer busy: too many transactions wait for an earlier nonce, retry later", after: 200}
)

// retryError is an overload or availability error with a retry hint (the JSON-RPC
// layer turns it into code -32005 and HTTP 429).
type retryError struct {
	msg   string
	after int64
}

func (e *retryError) Error() string       { return e.msg }
func (e *retryError) RetryAfterMs() int64 { return e.after }

// nonceGapError: a transaction waited too long for an earlier nonce.
type nonceGapError struct {
	have, want uint64
}

func (e *nonceGapError) Error() string {
	return fmt.Sprintf("nonce too high: transaction nonce %d waited for the account nonce (now %d) to reach it and timed out", e.have, e.want)
}
