package txmgr

import (
	"errors"
	"strings"
)

var (
	// ErrInsufficientFunds: the sender cannot pay value plus gas at the current
	// fee. Nothing was recorded and no nonce was used.
	ErrInsufficientFunds = errors.New("insufficient funds for gas * price + value")
	// ErrFeeCapTooLow: the current base fee plus tip is above MaxFeeCap.
	ErrFeeCapTooLow = errors.New("L1 fees exceed the configured MaxFeeCap")
	// ErrNotStarted: Send before Start.
	ErrNotStarted = errors.New("transaction manager not started")
	// ErrStopped: the manager stopped before the transaction was confirmed. The
	// transaction stays in the outbox and is resumed by the next Start.
	ErrStopped = errors.New("transaction manager stopped")
	// ErrChainIDMismatch: the node serves another chain than configured.
	ErrChainIDMismatch = errors.New("L1 chain ID does not match the configured one")
)

// publishOutcome classifies a broadcast result by the node's error message.
// Messages are those of geth and anvil.
type publishOutcome string

const (
	pubOK                publishOutcome = "ok"
	pubAlreadyKnown      publishOutcome = "already_known"
	pubNonceTooLow       publishOutcome = "nonce_too_low"
	pubUnderpriced       publishOutcome = "underpriced"
	pubInsufficientFunds publishOutcome = "insufficient_funds"
	pubFeeTooLow         publishOutcome = "fee_below_base_fee"
	pubError             publishOutcome = "error"
	// pubWaitKind: not sent, a lower nonce of the other kind is unmined
	// (Manager.waitsForOtherKind).
	pubWaitKind publishOutcome = "waiting_other_kind"
)

func classifyPublish(err error) publishOutcome {
	if err == nil {
		return pubOK
	}
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "already known"), strings.Contains(msg, "already imported"),
		strings.Contains(msg, "known transaction"):
		return pubAlreadyKnown
	case strings.Contains(msg, "nonce too low"), strings.Contains(msg, "nonce has already been used"):
		return pubNonceTooLow
	case strings.Contains(msg, "underpriced"), strings.Contains(msg, "tip needed"),
		strings.Contains(msg, "gas tip cap below minimum"), strings.Contains(msg, "price below minimum"), strings.Contains(msg, "max priority fee per gas higher"):
		return pubUnderpriced
	case strings.Contains(msg, "insufficient funds"):
		return pubInsufficientFunds
	case strings.Contains(msg, "less than block base fee"), strings.Contains(msg, "max fee per gas less than"),
		strings.Contains(msg, "fee cap less than"):
		return pubFeeTooLow
	}
	return pubError
}

// isIndexing reports the node's "transaction indexing is in progress" answer to
// a receipt look-up, which means "not known yet".
func isIndexing(err error) bool {
	return err != nil && strings.Contains(err.Error(), "indexing is in progress")
}

// ErrReverted is returned with the receipt of a transaction that was mined and
// confirmed but reverted.
var ErrReverted = errors.New("L1 transaction reverted")
