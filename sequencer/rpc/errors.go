package rpc

import (
	"context"
	"errors"
	"fmt"
)

// JSON-RPC 2.0 and EIP-1474 error codes.
const (
	CodeParseError     = -32700
	CodeInvalidRequest = -32600
	CodeMethodNotFound = -32601
	CodeInvalidParams  = -32602
	CodeInternal       = -32603
	// CodeServer is the generic server error; like go-ethereum, rejected
	// transactions carry it with the rejection reason as message.
	CodeServer = -32000
	// CodeUnavailable: the resource is not available (yet), e.g. historical state.
	CodeUnavailable = -32002
	// CodeLimitExceeded: the sequencer is overloaded or a limit was hit; retry
	// later (data carries a RetryHint).
	CodeLimitExceeded = -32005
	// CodeResponseTooLarge: the answer would pass the response size limit
	// (go-ethereum's code for the same case).
	CodeResponseTooLarge = -32003
)

func errResponseTooLarge(limit int) *Error {
	return &Error{Code: CodeResponseTooLarge, Message: fmt.Sprintf(
		"response too large: the results of one request may add up to %d bytes; ask for less (fewer calls in the batch)", limit)}
}

// Error is a JSON-RPC error object.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

func (e *Error) Error() string { return e.Message }

// ErrorCode implements go-ethereum's rpc.Error so in-process callers see codes.
func (e *Error) ErrorCode() int { return e.Code }

// RetryHint is the data of a CodeLimitExceeded error.
type RetryHint struct {
	RetryAfterMs int64 `json:"retryAfterMs"`
}

// Coder is implemented by errors that choose their JSON-RPC error code.
type Coder interface {
	error
	ErrorCode() int
}

// Retryer is implemented by overload errors that suggest when to retry.
type Retryer interface {
	error
	RetryAfterMs() int64
}

func invalidParams(format string, args ...any) *Error {
	return &Error{Code: CodeInvalidParams, Message: fmt.Sprintf(format, args...)}
}

func errBodyTooLarge(limit int64) *Error {
	return &Error{Code: CodeInvalidRequest, Message: fmt.Sprintf("request body too large (limit %d bytes)", limit)}
}

// toError maps an error from a method to a JSON-RPC error object. Errors that
// do not say otherwise are rejections (CodeServer) carrying their message, as
// Ethereum clients expect ("nonce too low", ...).
func toError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	var r Retryer
	if errors.As(err, &r) {
		return &Error{Code: CodeLimitExceeded, Message: err.Error(), Data: RetryHint{RetryAfterMs: r.RetryAfterMs()}}
	}
	var c Coder
	if errors.As(err, &c) {
		return &Error{Code: c.ErrorCode(), Message: err.Error()}
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return &Error{Code: CodeServer, Message: "request timed out"}
	}
	if errors.Is(err, context.Canceled) {
		return &Error{Code: CodeServer, Message: "request cancelled"}
	}
	return &Error{Code: CodeServer, Message: err.Error()}
}
