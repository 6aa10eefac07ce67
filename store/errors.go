package store

import (
	"errors"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// ErrNotFound is returned when a row that was asked for does not exist. It is what
// pgx.ErrNoRows becomes at the package boundary (see MapError).
var ErrNotFound = errors.New("not found")

// ErrNotDurable is returned by Open when the server does not run with
// synchronous_commit on, so a commit could be acknowledged before it is on disk.
var ErrNotDurable = errors.New("synchronous_commit is not on")

// SQLSTATE codes the rest of the code base tests for.
const (
	codeUniqueViolation      = "23505"
	codeSerializationFailure = "40001"
	codeDeadlockDetected     = "40P01"
)

// MapError maps driver errors to this package's sentinel errors: pgx.ErrNoRows
// becomes ErrNotFound (still matching pgx.ErrNoRows with errors.Is). Other errors
// are returned unchanged, nil stays nil.
func MapError(err error) error {
	if errors.Is(err, pgx.ErrNoRows) {
		return notFoundError{err}
	}
	return err
}

type notFoundError struct{ cause error }

func (e notFoundError) Error() string { return "not found" }
func (e notFoundError) Is(target error) bool {
	return target == ErrNotFound || errors.Is(e.cause, target)
}
func (e notFoundError) Unwrap() error { return e.cause }

// IsUniqueViolation reports whether err is a unique-constraint violation.
func IsUniqueViolation(err error) bool { return hasCode(err, codeUniqueViolation) }

// IsRetryable reports whether err is a serialization failure or deadlock, after
// which the whole transaction may be retried.
func IsRetryable(err error) bool {
	return hasCode(err, codeSerializationFailure) || hasCode(err, codeDeadlockDetected)
}

func hasCode(err error, code string) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == code
}
