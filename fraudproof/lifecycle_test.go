package fraudproof_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/fraudproof"
	"github.com/rollup-dev/rollup/fraudproof/fptest"
	"github.com/rollup-dev/rollup/fraudproof/solver"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l2"
)

// send sends a contract call from dev account i and waits for success.
func send(t *testing.T, e *fptest.Env, i int, to common.Address, data []byte) {
	t.Helper()
	opts := bind.NewKeyedTransactor(e.Accounts[i].Key, e.L1ChainID)
	opts.GasLimit = 2_000_000
	c := bind.NewBoundContract(to, contracts.Rollup.GetABI(), e.Client, e.Client, e.Client)
	tx, err := c.RawTransact(opts, data)
	require.NoError(t, err)
	e.Wait(tx)
}

// TestSupplyWithWithdrawals: deposits, transfers and withdrawals through
// honest batches, finalized and a withdrawal claimed on L1: the Bridge holds
// exactly the L2 balances, the unclaimed withdrawals and the unconsumed
// deposits at every point, and the challenger never disputes.
func TestSupplyWithWithdrawals(t *testing.T) {
	e := fptest.New(t, fptest.Options{})
	ch := startAgent(t, challenger(t, e, 1, "challenger", false))
	checkSupply(t, e, new(big.Int))

	sender := e.UserAddr(2)
	amount := big.NewInt(3 * params.Ether)
	e.Deposit(e.UserAddr(5), big.NewInt(2*params.Ether))
	info1, h1 := e.PostHonest(e.Block(20, []fptest.Spec{{From: 2, To: l2.WithdrawalAddress, Value: amount}}))
	e.Deposit(e.UserAddr(6), big.NewInt(params.Ether)) // queued, not consumed
	checkSupply(t, e, new(big.Int))

	// The withdrawal leaf is in the honest state after batch 1.
	st, _ := e.Tip()
	nonce := uint64(0)
	for ; nonce < 100; nonce++ {
		if _, _, ok := st.Withdrawal(sender, nonce); ok {
			break
		}
	}
	got, rcpt, ok := st.Withdrawal(sender, nonce)
	require.True(t, ok)
	require.Equal(t, amount.String(), got.ToBig().String())
	require.Equal(t, sender, rcpt)
	proof := st.Prove(l2.WithdrawalKey(sender, nonce))

	// Finalize batches 0 and 1 after the dispute window, then claim.
	idx := nextIndex(t, e)
	eventually(t, 20*time.Second, "the challenger to verify", func() bool { return ch.Status().NextBatch == idx })
	adjustTime(t, e, time.Duration(e.Deployment.DisputeWindow+5)*time.Second)
	info0 := firstBatchInfo(t, e)
	rollup := contracts.Rollup
	send(t, e, 4, e.Deployment.Contracts.Rollup, rollup.PackFinalizeMany([]contracts.BatchInfo{info0, info1}))
	require.EqualValues(t, 2, call(t, e, e.Deployment.Contracts.Rollup, rollup.PackFinalizedCount(), rollup.UnpackFinalizedCount))
	before := balance(t, e, sender)
	bridge := contracts.Bridge
	send(t, e, 4, e.Deployment.Contracts.Bridge, bridge.PackClaimWithdrawal(info1, sender, nonce, amount, contracts.WithdrawalSiblings(&proof)))
	require.Equal(t, amount.String(), new(big.Int).Sub(balance(t, e, sender), before).String())
	checkSupply(t, e, amount)
	require.Empty(t, gamesOn(t, e, h1))
	require.Equal(t, 0, ch.Status().Invalid)
}

// firstBatchInfo returns the record of batch 0 from its BatchAppended.
func firstBatchInfo(t *testing.T, e *fptest.Env) contracts.BatchInfo {
	h := call(t, e, e.Deployment.Contracts.Rollup, rollupB.PackBatchHash(big.NewInt(0)), rollupB.UnpackBatchHash)
	return e.Info(h)
}

// TestRestartFromSnapshot: an agent stores snapshots after final batches; a
// new process with the same name loads the latest one, replays only the
// batches after it from the database, follows L1 from its cursor and still
// catches a wrong batch.
func TestRestartFromSnapshot(t *testing.T) {
	e := fptest.New(t, fptest.Options{})
	startAgent(t, defender(t, e))
	mk := func() *fraudproof.Service {
		s, err := fraudproof.New(fraudproof.Config{Deployment: e.Deployment, Key: e.Accounts[1].Key, Challenge: true, Name: "challenger",
			PollInterval: poll, TxPollInterval: 25 * time.Millisecond, SnapshotEvery: 2},
			fraudproof.Deps{L1: e.Client, Pool: e.Pool, Logger: e.Log.Named("challenger")})
		require.NoError(t, err)
		return s
	}
	first := mk()
	require.NoError(t, first.Start(context.Background()))
	for i := 0; i < 4; i++ {
		e.PostHonest(e.Block(30, nil))
	}
	idx := nextIndex(t, e)
	eventually(t, 20*time.Second, "verification", func() bool { return first.Status().NextBatch == idx })
	adjustTime(t, e, time.Duration(e.Deployment.DisputeWindow+5)*time.Second)
	var snaps int
	eventually(t, 20*time.Second, "a snapshot", func() bool {
		require.NoError(t, e.Pool.QueryRow(context.Background(),
			`SELECT count(*) FROM challenger_snapshots WHERE agent = 'challenger' AND batch_index >= 3`).Scan(&snaps))
		return snaps > 0
	})
	require.NoError(t, first.Stop())

	// Meanwhile one more honest batch and then a wrong one.
	e.PostHonest(e.Block(30, nil))
	second := startAgent(t, mk())
	require.GreaterOrEqual(t, second.Status().Base, uint64(4), "loaded from the snapshot")
	b := e.Encode([]l2.Block{e.Block(50, nil)}, nil)
	e.Tamper(b, 20, creditOne)
	_, hash := e.Post(b)
	id, _ := waitGame(t, e, hash, 30*time.Second)
	require.Equal(t, solver.StatusChallengerWon, waitEnd(t, e, id, time.Minute).Status)
}

// TestL1Reorg: the L1 block holding a batch is reorged away and the batch
// lands in another block (a new record hash); the agent rewinds its stored
// progress to the fork point and derives the new record.
func TestL1Reorg(t *testing.T) {
	e := fptest.New(t, fptest.Options{})
	ch := startAgent(t, challenger(t, e, 1, "challenger", false))
	_, h1 := e.PostHonest(e.Block(10, nil))
	appended := blockOfBatch(t, e, h1)
	index := nextIndex(t, e) - 1
	eventually(t, 20*time.Second, "verification", func() bool { return ch.Status().NextBatch == index+1 })

	parent, err := e.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(appended-1))
	require.NoError(t, err)
	eventually(t, 20*time.Second, "the fork", func() bool { return e.Chain.Fork(parent.Hash()) == nil })
	var h2 [32]byte
	eventually(t, 20*time.Second, "the batch re-mined", func() bool {
		h2 = call(t, e, e.Deployment.Contracts.Rollup, rollupB.PackBatchHash(new(big.Int).SetUint64(index)), rollupB.UnpackBatchHash)
		return h2 != [32]byte{} && h2 != h1
	})
	eventually(t, 20*time.Second, "the agent to repair the reorg", func() bool {
		var stored []byte
		err := e.Pool.QueryRow(context.Background(), `SELECT batch_hash FROM challenger_batches
			WHERE agent = 'challenger' AND batch_index = $1 AND reverted_block IS NULL`, index).Scan(&stored)
		return err == nil && common.BytesToHash(stored) == common.Hash(h2)
	})
	require.GreaterOrEqual(t, ch.Status().Reorgs, 1)
	var n int
	require.NoError(t, e.Pool.QueryRow(context.Background(),
		`SELECT count(*) FROM challenger_batches WHERE agent = 'challenger' AND batch_index = $1`, index).Scan(&n))
	require.Equal(t, 1, n, "the reorged-out record is gone")
	require.Equal(t, 0, ch.Status().Invalid)
	require.Empty(t, gamesOn(t, e, h2))
}

// TestRestartFromCheckpoints: an agent stores a verified checkpoint with
// every valid batch; a new process rebuilds those batches from them without
// executing them, and still wins a game on one of them, whose trace it then
// builds on demand, against a challenger that disputes every correct batch.
func TestRestartFromCheckpoints(t *testing.T) {
	e := fptest.New(t, fptest.Options{})
	first := defender(t, e)
	require.NoError(t, first.Start(context.Background()))
	var hashes []common.Hash
	for i := 0; i < 3; i++ {
		_, h := e.PostHonest(e.Block(20, []fptest.Spec{{From: i, Value: big.NewInt(params.GWei)}}))
		hashes = append(hashes, h)
	}
	idx := nextIndex(t, e)
	eventually(t, 20*time.Second, "verification", func() bool { return first.Status().NextBatch == idx })
	require.NoError(t, first.Stop())
	var withChanges int
	require.NoError(t, e.Pool.QueryRow(context.Background(), `SELECT count(*) FROM challenger_batches
		WHERE agent = 'defender' AND verdict = 'valid' AND length(state_changes) > 0`).Scan(&withChanges))
	require.EqualValues(t, idx, withChanges, "every valid batch has its checkpoint")

	second := startAgent(t, defender(t, e))
	st := second.Status()
	require.EqualValues(t, idx, st.Restored, "restored from checkpoints")
	require.Zero(t, st.Replayed)
	require.EqualValues(t, idx, st.NextBatch)

	startAgent(t, challenger(t, e, 1, "dishonest", true))
	id, _ := waitGame(t, e, hashes[1], 30*time.Second)
	require.Equal(t, solver.StatusProposerWon, waitEnd(t, e, id, 2*time.Minute).Status)
}
