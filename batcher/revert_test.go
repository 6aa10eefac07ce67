package batcher_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/batcher"
	"github.com/rollup-dev/rollup/internal/metrictest"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/deploy"
)

// appendedInfo returns the BatchInfo of the current batch index on L1.
func (e *env) appendedInfo(index uint64) contracts.BatchInfo {
	e.t.Helper()
	rb := contracts.Rollup
	var topic common.Hash
	new(big.Int).SetUint64(index).FillBytes(topic[:])
	logs, err := e.l1.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(e.dep.DeploymentBlock), Addresses: []common.Address{e.dep.Contracts.Rollup},
		Topics: [][]common.Hash{{rb.GetABI().Events["BatchAppended"].ID}, {topic}}})
	require.NoError(e.t, err)
	require.NotEmpty(e.t, logs)
	ev, err := rb.UnpackBatchAppendedEvent(&logs[len(logs)-1])
	require.NoError(e.t, err)
	return ev.Info
}

// transact sends a contract call from the challenger's key and requires success.
func (e *env) transact(c *bind.BoundContract, data []byte, value *big.Int) *types.Receipt {
	e.t.Helper()
	ctx := context.Background()
	chainID, err := e.l1.ChainID(ctx)
	require.NoError(e.t, err)
	o := bind.NewKeyedTransactor(e.challenger, chainID)
	o.Value, o.Context = value, ctx
	tx, err := bind.Transact(c, o, data)
	require.NoError(e.t, err)
	r, err := deploy.WaitReceipt(ctx, e.l1, tx.Hash())
	require.NoError(e.t, err)
	require.Equal(e.t, types.ReceiptStatusSuccessful, r.Status)
	return r
}

// TestBatcher_LostGame_RevertedAndRebuiltHonestly posts a batch with a wrong
// root (fault injection), lets a challenger win the game on it (the proposer
// does not answer, its clock runs out), and requires the batcher to mark the
// reverted batches, rebuild them honestly from the sealed blocks and post
// them, up to final.
func TestBatcher_LostGame_RevertedAndRebuiltHonestly(t *testing.T) {
	e, c := newDevEnv(t, 100*time.Millisecond, envOpts{disputeWindow: 60, gameClock: 18, stake: big.NewInt(3 * params.Ether)})
	e.challenger = c.Accounts()[2].Key
	cfg := e.config()
	cfg.Faults = []batcher.Fault{{Kind: batcher.FaultBadRoot, Batch: 1}}
	e.seq.fund(e)
	for i := 0; i < 8; i++ {
		e.seq.block(20)
	}
	_, reg := e.start(cfg, nil)
	waitFor(t, 30*time.Second, "the faulty batch on L1", func() bool { return e.nextIndex() >= 3 })

	// A challenger opens a game on batch 1; the proposer never moves.
	info := e.appendedInfo(1)
	require.NotEqual(t, info.Post.StateRoot, common.Hash{})
	gb := contracts.Game
	game := gb.Instance(e.l1, e.dep.Contracts.ChallengeGame)
	e.transact(game, gb.PackChallenge(info), e.dep.ChallengerBond.Big())
	waitFor(t, 10*time.Second, "batch 1 challenged", func() bool {
		for _, r := range e.batches(true) {
			if r.Index == 1 {
				return r.Status == "challenged"
			}
		}
		return false
	})
	waitFor(t, 40*time.Second, "the proposer's clock to run out", func() bool {
		ctx := context.Background()
		_, err := e.l1.CallContract(ctx, ethereum.CallMsg{To: &e.dep.Contracts.ChallengeGame, Data: gb.PackTimeout(big.NewInt(0))}, nil)
		return err == nil
	})
	e.transact(game, gb.PackTimeout(big.NewInt(0)), nil)

	// The batcher rebuilds from batch 1, honestly, and everything goes final.
	waitFor(t, 30*time.Second, "the reverted batches marked", func() bool {
		for _, r := range e.batches(false) {
			if r.Index == 1 && r.Status == "reverted" && r.Fault == "bad-root@1" {
				return true
			}
		}
		return false
	})
	for i := 0; i < 2; i++ {
		e.seq.block(20)
	}
	rows := e.waitPosted(90*time.Second, "final")
	for _, r := range rows {
		require.Empty(t, r.Fault, "batch %d", r.Index)
		require.Equal(t, r.HonestRt, r.PostRoot, "batch %d claims its true root", r.Index)
	}
	require.Equal(t, uint64(len(rows)), e.finalizedCount())
	require.GreaterOrEqual(t, metrictest.Sum(t, reg, "batcher_reverted_batches_total"), 2.0)
	e.verifyOnL1(rows)
}
