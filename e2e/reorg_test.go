package e2e

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/internal/anviltest"
	"github.com/rollup-dev/rollup/userflow"
)

// TestDevnet_AnvilReorg: on anvil, an L1 reorg (anvil_reorg) removes the
// block holding a posted batch and the block holding a deposit; the new
// branch carries the deposit again in another block and not the batch. The
// batcher posts the batch again, the sequencer and the challenger follow the
// new branch, the deposit is credited exactly once, the acknowledged L2
// transfer stays on the chain and becomes final, nobody opens a game, and the
// Bridge's ETH still equals the L2 supply.
func TestDevnet_AnvilReorg(t *testing.T) {
	url := anviltest.Start(t, "--block-time", "1")
	cfg := testConfig(t, 15*time.Second)
	cfg.L1RPC = url
	// Deep enough that the reorg removes the deposit before L2 consumes it.
	cfg.DepositConfirmations = 8
	d := startDevnet(t, cfg)
	l2c, l1c := dial(t, d.L2URL(), d.L1URL(), d.Deployment())
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	users := d.Accounts()

	// An acknowledged transfer, posted to L1 in a batch.
	sent, err := l2c.Send(ctx, userflow.Transfer{Key: users[0].Key, To: users[1].Address, Value: ether(1)})
	require.NoError(t, err)
	posted, err := userflow.Watch(ctx, l2c, l1c, sent.Tx.Hash(), 100*time.Millisecond,
		func(l *userflow.Life) bool { return l.L1Block != nil }, nil)
	require.NoError(t, err)
	batchBlock, batchTx := *posted.L1Block, *posted.L1Tx
	was, err := l1c.Eth.TransactionReceipt(ctx, batchTx)
	require.NoError(t, err)
	t.Logf("transfer %s in batch %d, L1 block %d", sent.Tx.Hash(), *posted.Batch, batchBlock)

	// A deposit to a fresh address, mined after the batch.
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	newcomer := crypto.PubkeyToAddress(key.PublicKey)
	dep, err := l1c.Deposit(ctx, users[2].Key, newcomer, ether(3))
	require.NoError(t, err)
	depBlock := dep.Receipt.BlockNumber.Uint64()
	raw, err := dep.Tx.MarshalBinary()
	require.NoError(t, err)
	// The sequencer records the deposit at once and consumes it only when
	// it is DepositConfirmations deep.
	waitFor(t, 20*time.Second, "the sequencer to see the deposit", func() bool {
		st, err := l2c.SyncStatus(ctx)
		return err == nil && uint64(st.DepositsSeen) > dep.Index
	})
	st, err := l2c.SyncStatus(ctx)
	require.NoError(t, err)
	require.LessOrEqual(t, uint64(st.DepositsConsumed), dep.Index, "not consumed before the reorg")

	// Reorg from the batch's block: the new branch has as many blocks and
	// carries the deposit again, in its first block (the batch's height).
	head, err := l1c.Head(ctx)
	require.NoError(t, err)
	depth := head.Number.Uint64() - batchBlock + 1
	rc, err := rpc.DialContext(ctx, url)
	require.NoError(t, err)
	defer rc.Close()
	require.NoError(t, rc.CallContext(ctx, nil, "anvil_reorg", depth, []any{[]any{hexutil.Bytes(raw), 0}}))
	t.Logf("reorged %d L1 blocks from %d (deposit was in %d)", depth, batchBlock, depBlock)
	r, err := l1c.Eth.TransactionReceipt(ctx, dep.Tx.Hash())
	require.NoError(t, err)
	require.NotEqual(t, depBlock, r.BlockNumber.Uint64(), "the deposit moved to another block")
	now, err := l1c.Eth.HeaderByNumber(ctx, new(big.Int).SetUint64(batchBlock))
	require.NoError(t, err)
	require.NotEqual(t, was.BlockHash, now.Hash(), "the batch's block left the chain")

	// The deposit is credited once.
	_, err = l2c.WaitDeposit(ctx, dep.Index, nil)
	require.NoError(t, err)
	bal, err := l2c.Balance(ctx, newcomer)
	require.NoError(t, err)
	require.Equal(t, ether(3).String(), bal.String())

	// The transfer is posted again and becomes final.
	final, err := userflow.Watch(ctx, l2c, l1c, sent.Tx.Hash(), 200*time.Millisecond,
		func(l *userflow.Life) bool { return l.Final }, nil)
	require.NoError(t, err)
	require.Equal(t, chain.StatusFinal, final.Status)
	again, err := l1c.Eth.TransactionReceipt(ctx, *final.L1Tx)
	require.NoError(t, err)
	require.NotEqual(t, was.BlockHash, again.BlockHash, "posted again in a block of the new branch")
	t.Logf("batch %d posted again in L1 block %d (tx %s)", *final.Batch, again.BlockNumber, again.TxHash)
	rcpt, err := l2c.WaitReceipt(ctx, sent.Tx.Hash())
	require.NoError(t, err)
	require.EqualValues(t, 1, rcpt.Status)

	// A few more L1 blocks: still credited once, and nothing disputed.
	l1Head, err := l1c.Eth.BlockNumber(ctx)
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		n, err := l1c.Eth.BlockNumber(ctx)
		return err == nil && n >= l1Head+3
	}, time.Minute, 100*time.Millisecond, "three more L1 blocks")
	st, err = l2c.SyncStatus(ctx)
	require.NoError(t, err)
	require.EqualValues(t, dep.Index+1, st.DepositsConsumed)
	bal, err = l2c.Balance(ctx, newcomer)
	require.NoError(t, err)
	require.Equal(t, ether(3).String(), bal.String())
	var games int
	require.NoError(t, d.Pool().QueryRow(ctx, `SELECT count(*) FROM challenger_games`).Scan(&games))
	require.Zero(t, games, "no game on an honest chain")
	var rows int
	require.NoError(t, d.Pool().QueryRow(ctx, `SELECT count(*) FROM challenger_batches WHERE batch_index = $1`, *posted.Batch).Scan(&rows))
	require.Equal(t, 2, rows, "one record of the batch for each agent, the reorged-out one forgotten")
	all := []common.Address{d.Deployment().FeeRecipient, newcomer}
	for _, a := range users {
		all = append(all, a.Address)
	}
	checkSupply(t, ctx, l2c, l1c, all, new(big.Int))
}
