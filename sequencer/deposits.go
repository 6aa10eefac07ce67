package sequencer

import (
	"context"
	"fmt"
	"math/big"
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
	topics := []common.Hash{contracts.TopicDepositQueued, contracts.TopicTransactionForced}
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
	tick := time.NewTicker(d.s.cfg.L1PollInterval)
	defer tick.Stop()
	for {
		d.pollHead(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
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

// HandleLogs implements follow.Handler: it records the block's deposits.
func (d *depositFollower) HandleLogs(ctx context.Context, tx pgx.Tx, block follow.BlockRef, logs []types.Log) error {
	ds := make([]chain.Deposit, 0, len(logs))
	for i := range logs {
		if len(logs[i].Topics) > 0 && logs[i].Topics[0] == contracts.TopicTransactionForced {
			if fd, ok := d.forcedEntry(block, &logs[i]); ok {
				ds = append(ds, fd)
			}
			continue
		}
		ev, err := contracts.Bridge.UnpackDepositQueuedEvent(&logs[i])
		if err != nil {
			d.log.Warn("skipping an undecodable Bridge log", zap.Uint64("l1_block", block.Number), zap.Error(err))
			continue
		}
		if !ev.Index.IsUint64() || ev.Amount.Sign() <= 0 || ev.Amount.BitLen() > 256 {
			d.log.Warn("skipping a deposit event out of range", zap.Stringer("index", ev.Index), zap.Stringer("amount", ev.Amount))
			continue
		}
		ds = append(ds, chain.Deposit{
			QueueIndex:    ev.Index.Uint64(),
			L1BlockNumber: block.Number,
			L1BlockHash:   block.Hash,
			L1TxHash:      logs[i].TxHash,
			L1LogIndex:    logs[i].Index,
			L1Sender:      ev.From,
			Recipient:     ev.Recipient,
			Amount:        new(big.Int).Set(ev.Amount),
			L1Timestamp:   ev.Timestamp,
		})
	}
	if len(ds) > 0 {
		d.log.Info("deposits seen on L1", zap.Uint64("l1_block", block.Number), zap.Int("count", len(ds)),
			zap.Uint64("first_index", ds[0].QueueIndex))
	}
	return chaindb.InsertDeposits(ctx, tx, ds)
}

// forcedEntry decodes a TransactionForced log into its queue entry.
func (d *depositFollower) forcedEntry(block follow.BlockRef, l *types.Log) (chain.Deposit, bool) {
	ev, err := contracts.Bridge.UnpackTransactionForcedEvent(l)
	if err != nil || !ev.Index.IsUint64() {
		d.log.Warn("skipping an undecodable TransactionForced log", zap.Uint64("l1_block", block.Number), zap.Error(err))
		return chain.Deposit{}, false
	}
	f, ok := contracts.ForcedTxFromABI(ev.Forced)
	if !ok {
		d.log.Warn("skipping a forced transaction out of range", zap.Stringer("index", ev.Index))
		return chain.Deposit{}, false
	}
	d.log.Info("forced transaction seen on L1", zap.Uint64("queue_index", ev.Index.Uint64()), zap.Uint64("l1_block", block.Number),
		zap.Stringer("l2_tx", f.Tx(d.s.cfg.ChainID).Hash()), zap.Stringer("from", ev.From))
	return chain.Deposit{QueueIndex: ev.Index.Uint64(), L1BlockNumber: block.Number, L1BlockHash: block.Hash, L1TxHash: l.TxHash,
		L1LogIndex: l.Index, L1Sender: ev.From, Amount: new(big.Int), L1Timestamp: ev.Timestamp, Forced: &f}, true
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
