package sequencer

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/chaindb"
	"github.com/rollup-dev/rollup/internal/poll"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/follow"
)

// L1Client is what following deposits needs from an L1 connection
// (ethclient and the simulated backend's client satisfy it).
type L1Client = follow.Client

// depositFollowerName keys the follower's progress in l1_blocks.
const depositFollowerName = "sequencer-deposits"

// depositFollower follows the Bridge's DepositQueued events into l1_deposits
// through the reorg-safe l1client follower, and tells the engine which
// deposits are confirmed.
//
// The follower records every L1 block as soon as it is mined (no depth), so a
// deposit is visible (rollup_syncStatus depositsSeen, /v1/deposits) at once
// and an L1 reorg deletes its row through Rewind; the engine consumes a
// deposit only once its L1 block is DepositConfirmations deep.
type depositFollower struct {
	s      *Service
	client L1Client
	closer func()
	f      *follow.Follower
	log    *zap.Logger

	l1Head atomic.Pointer[chain.L1Ref]
	// safe is the highest L1 block at the confirmation depth; hasSafe is
	// false until the head is known and deep enough.
	safe    atomic.Uint64
	hasSafe atomic.Bool
}

func newDepositFollower(ctx context.Context, s *Service) (*depositFollower, error) {
	d := &depositFollower{s: s, log: s.log.Named("deposits"), closer: func() {}}
	d.client = s.deps.L1
	if d.client == nil {
		c, err := ethclient.DialContext(ctx, s.cfg.L1RPC)
		if err != nil {
			return nil, fmt.Errorf("sequencer: connecting to L1 at %s: %w", s.cfg.L1RPC, err)
		}
		d.client, d.closer = c, c.Close
	}
	topics := append([]common.Hash{contracts.TopicTokenRegistered}, contracts.QueueTopics...)
	f, err := follow.New(follow.Config{
		Name:          depositFollowerName,
		Addresses:     []common.Address{s.cfg.BridgeAddress},
		Topics:        [][]common.Hash{topics},
		StartBlock:    s.cfg.DepositStartBlock,
		Confirmations: 0,
		PollInterval:  s.cfg.L1PollInterval,
	}, follow.Deps{Client: d.client, Pool: s.pool, Handler: d, Logger: s.log, Registry: s.reg})
	if err != nil {
		d.closer()
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	d.f = f
	return d, nil
}

// run follows L1 until ctx ends: the log follower, and the head for the
// confirmation depth.
func (d *depositFollower) run(ctx context.Context) {
	_ = d.f.Start(ctx)
	poll.Every(ctx, d.s.cfg.L1PollInterval, func() { d.pollHead(ctx) })
}

func (d *depositFollower) pollHead(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	h, err := d.client.HeaderByNumber(ctx, nil)
	if err != nil {
		if ctx.Err() == nil {
			d.log.Warn("reading the L1 head", zap.Error(err))
		}
		return
	}
	n := h.Number.Uint64()
	d.l1Head.Store(&chain.L1Ref{Number: hexutil.Uint64(n), Hash: h.Hash()})
	if conf := d.s.cfg.DepositConfirmations; n >= conf {
		d.safe.Store(n - conf)
		d.hasSafe.Store(true)
	}
}

func (d *depositFollower) close() {
	_ = d.f.Stop()
	d.closer()
}

func (d *depositFollower) head() *chain.L1Ref { return d.l1Head.Load() }

// ConfirmedDeposits implements engine.DepositSource.
func (d *depositFollower) ConfirmedDeposits(ctx context.Context, from uint64, limit int) ([]chain.Deposit, error) {
	if !d.hasSafe.Load() {
		return nil, nil
	}
	return chaindb.ConfirmedDeposits(ctx, d.s.pool, from, d.safe.Load(), limit)
}

// HandleLogs implements follow.Handler: it records the block's queue entries
// (deposits, token deposits, forced transactions) and registered tokens.
func (d *depositFollower) HandleLogs(ctx context.Context, tx pgx.Tx, block follow.BlockRef, logs []types.Log) error {
	ds := make([]chain.Deposit, 0, len(logs))
	var tokens []chain.Token
	for i := range logs {
		l := &logs[i]
		ev, err := contracts.Decode(l)
		if err != nil || ev == nil {
			d.log.Warn("skipping an undecodable Bridge log", zap.Uint64("l1_block", block.Number), zap.Error(err))
			continue
		}
		if t := ev.Token; t != nil {
			tokens = append(tokens, chain.Token{L1: t.L1Token, L2: t.L2Token, Name: t.Name, Symbol: t.Symbol, Decimals: t.Decimals,
				L1BlockNumber: block.Number})
			d.log.Info("token registered on L1", zap.Stringer("l1_token", t.L1Token), zap.Stringer("l2_token", t.L2Token),
				zap.String("symbol", t.Symbol), zap.Uint8("decimals", t.Decimals))
			continue
		}
		e, from, ok, err := ev.QueueEntry()
		if !ok {
			continue
		}
		if err != nil {
			d.log.Warn("skipping a queue event out of range", zap.Uint64("l1_block", block.Number), zap.Error(err))
			continue
		}
		if e.Forced != nil {
			d.log.Info("forced transaction seen on L1", zap.Uint64("queue_index", e.Index), zap.Uint64("l1_block", block.Number),
				zap.Stringer("l2_tx", e.Forced.Tx(d.s.cfg.ChainID).Hash()), zap.Stringer("from", from))
		}
		ds = append(ds, chain.Deposit{
			QueueIndex:    e.Index,
			L1BlockNumber: block.Number,
			L1BlockHash:   block.Hash,
			L1TxHash:      l.TxHash,
			L1LogIndex:    l.Index,
			L1Sender:      from,
			Recipient:     e.Recipient,
			Amount:        e.Amount.ToBig(),
			L1Timestamp:   e.L1Timestamp,
			Forced:        e.Forced,
			Token:         e.Token,
		})
	}
	if len(ds) > 0 {
		d.log.Info("deposits seen on L1", zap.Uint64("l1_block", block.Number), zap.Int("count", len(ds)),
			zap.Uint64("first_index", ds[0].QueueIndex))
	}
	if err := chaindb.InsertTokens(ctx, tx, tokens); err != nil {
		return err
	}
	d.s.tokens.add(tokens)
	return chaindb.InsertDeposits(ctx, tx, ds)
}

// Rewind implements follow.Handler: an L1 reorg deletes the deposits above
// the fork point that no L2 block consumed.
func (d *depositFollower) Rewind(ctx context.Context, tx pgx.Tx, toBlock uint64) error {
	deleted, kept, err := chaindb.DeleteDepositsAbove(ctx, tx, toBlock)
	if err != nil {
		return err
	}
	d.log.Warn("L1 reorg: deleted deposits above the fork point", zap.Uint64("fork_block", toBlock), zap.Int64("deleted", deleted))
	if kept > 0 {
		d.log.Error("L1 reorg deeper than the deposit confirmation depth removed deposits the L2 chain already consumed; raise --deposit-confirmations",
			zap.Uint64("fork_block", toBlock), zap.Int64("consumed_deposits", kept))
	}
	return nil
}
