package sequencer

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollup-dev/rollup/sequencer/chain"
	"github.com/rollup-dev/rollup/sequencer/seqdb"
)

// L1Client is what following deposits needs from an L1 connection.
type L1Client interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// depositFollower follows the Bridge's DepositQueued events into l1_deposits
// and tells the engine which deposits are confirmed.
type depositFollower struct {
	s      *Service
	l1Head atomic.Pointer[chain.L1Ref]
	// safe is the highest L1 block at the confirmation depth.
	safe atomic.Uint64
}

func newDepositFollower(_ context.Context, s *Service) (*depositFollower, error) {
	return nil, errors.New("sequencer: following deposits is not available yet")
}

func (f *depositFollower) run(ctx context.Context) { <-ctx.Done() }

func (f *depositFollower) close() {}

func (f *depositFollower) head() *chain.L1Ref { return f.l1Head.Load() }

// ConfirmedDeposits implements engine.DepositSource.
func (f *depositFollower) ConfirmedDeposits(ctx context.Context, from uint64, limit int) ([]chain.Deposit, error) {
	return seqdb.ConfirmedDeposits(ctx, f.s.pool, from, f.safe.Load(), limit)
}
