package sequencer_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/stretchr/testify/require"
)

func TestEthClientTransfer(t *testing.T) {
	cfg := testConfig(t, 2)
	cfg.BlockTime = time.Second // long enough to see the transaction pending
	env := startService(t, cfg)
	ctx := ctxT(t)
	c := env.client
	alice, bob := testKey(0), addrOf(testKey(1))

	id, err := c.ChainID(ctx)
	require.NoError(t, err)
	require.EqualValues(t, testChainID, id.Uint64())
	nid, err := c.NetworkID(ctx)
	require.NoError(t, err)
	require.EqualValues(t, testChainID, nid.Uint64())

	bal0, err := c.BalanceAt(ctx, bob, nil)
	require.NoError(t, err)
	nonce, err := c.PendingNonceAt(ctx, addrOf(alice))
	require.NoError(t, err)
	require.Zero(t, nonce)

	tx := transfer(t, alice, 0, bob, big.NewInt(12345))
	require.NoError(t, c.SendTransaction(ctx, tx))
	// Acknowledged (durable) at once, in the open block: pending, no receipt.
	_, pending, err := c.TransactionByHash(ctx, tx.Hash())
	require.NoError(t, err)
	require.True(t, pending)
	_, err = c.TransactionReceipt(ctx, tx.Hash())
	require.ErrorIs(t, err, ethereum.NotFound)
	pend, err := c.HeaderByNumber(ctx, big.NewInt(-1)) // pending
	require.NoError(t, err)
	require.Equal(t, testFeeRecipient, pend.Coinbase)

	rcpt := waitReceipt(t, c, tx.Hash())
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	require.EqualValues(t, 21000, rcpt.GasUsed)
	require.Equal(t, testBaseFee, rcpt.EffectiveGasPrice)

	rcpt2, err := bind.WaitMined(ctx, c, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, rcpt.BlockHash, rcpt2.BlockHash)

	bal1, err := c.BalanceAt(ctx, bob, nil)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(bal0, big.NewInt(12345)), bal1)
	n, err := c.NonceAt(ctx, addrOf(alice), nil)
	require.NoError(t, err)
	require.EqualValues(t, 1, n)

	got, pending, err := c.TransactionByHash(ctx, tx.Hash())
	require.NoError(t, err)
	require.False(t, pending)
	require.Equal(t, tx.Hash(), got.Hash())
	sender, err := c.TransactionSender(ctx, got, rcpt.BlockHash, rcpt.TransactionIndex)
	require.NoError(t, err)
	require.Equal(t, addrOf(alice), sender)

	// The block by number and by hash: its hash is keccak256(rlp(header)),
	// and its roots are those of its transactions and receipts.
	blk, err := c.BlockByNumber(ctx, rcpt.BlockNumber)
	require.NoError(t, err)
	require.Equal(t, rcpt.BlockHash, blk.Hash())
	require.Len(t, blk.Transactions(), 1)
	require.Equal(t, tx.Hash(), blk.Transactions()[0].Hash())
	require.Equal(t, testBaseFee, blk.BaseFee())
	require.Equal(t, types.DeriveSha(blk.Transactions(), trie.NewStackTrie(nil)), blk.TxHash())
	rcpts, err := c.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(rcpt.BlockHash, false))
	require.NoError(t, err)
	require.Equal(t, types.DeriveSha(types.Receipts(rcpts), trie.NewStackTrie(nil)), blk.ReceiptHash())
	hdr, err := c.HeaderByHash(ctx, rcpt.BlockHash)
	require.NoError(t, err)
	require.Equal(t, rcpt.BlockHash, hdr.Hash())
	require.Equal(t, rcpt.BlockNumber, hdr.Number)
	require.Equal(t, testFeeRecipient, hdr.Coinbase)
	require.NotEqual(t, common.Hash{}, hdr.Root)
	parent, err := c.HeaderByNumber(ctx, new(big.Int).Sub(hdr.Number, big.NewInt(1)))
	require.NoError(t, err)
	require.Equal(t, parent.Hash(), hdr.ParentHash)

	latest, err := c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.GreaterOrEqual(t, latest.Number.Uint64(), rcpt.BlockNumber.Uint64())

	tip, err := c.SuggestGasTipCap(ctx)
	require.NoError(t, err)
	require.Zero(t, tip.Sign())
	price, err := c.SuggestGasPrice(ctx)
	require.NoError(t, err)
	require.Equal(t, testBaseFee, price)
	fh, err := c.FeeHistory(ctx, 4, nil, []float64{50})
	require.NoError(t, err)
	require.Len(t, fh.BaseFee, len(fh.GasUsedRatio)+1)
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: addrOf(alice), To: &bob, Value: big.NewInt(1)})
	require.NoError(t, err)
	require.EqualValues(t, 21000, gas)
	code, err := c.CodeAt(ctx, bob, nil)
	require.NoError(t, err)
	require.Empty(t, code)
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &bob}, nil)
	require.NoError(t, err)
	require.Empty(t, out)
	prog, err := c.SyncProgress(ctx)
	require.NoError(t, err)
	require.Nil(t, prog)
}

// TestBlockGasLimit: a transaction may carry any gas limit up to the block
// gas limit blocks report, and one above it is refused with geth's message.
func TestBlockGasLimit(t *testing.T) {
	env := startService(t, testConfig(t, 2))
	ctx := ctxT(t)
	c := env.client
	alice, bob := testKey(0), addrOf(testKey(1))
	hdr, err := c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.EqualValues(t, 1<<32-1, hdr.GasLimit)

	signer := types.LatestSignerForChainID(big.NewInt(testChainID))
	sign := func(nonce, gas uint64) *types.Transaction {
		return types.MustSignNewTx(alice, signer, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: nonce,
			GasTipCap: big.NewInt(0), GasFeeCap: testBaseFee, Gas: gas, To: &bob, Value: big.NewInt(1)})
	}
	err = c.SendTransaction(ctx, sign(0, hdr.GasLimit+1))
	require.ErrorContains(t, err, "exceeds block gas limit")
	at := sign(0, hdr.GasLimit)
	require.NoError(t, c.SendTransaction(ctx, at))
	rcpt := waitReceipt(t, c, at.Hash())
	require.EqualValues(t, 21000, rcpt.GasUsed)
}

// TestResendIsAnswered: a wallet that sends the same signed transaction again
// (a retry after a timeout) gets its hash, and it executes once.
func TestResendIsAnswered(t *testing.T) {
	env := startService(t, testConfig(t, 2))
	ctx := ctxT(t)
	alice, bob := testKey(0), addrOf(testKey(1))
	tx := transfer(t, alice, 0, bob, big.NewInt(5))
	var first, again common.Hash
	require.NoError(t, env.rpc.CallContext(ctx, &first, "eth_sendRawTransaction", hexBytes(t, tx)))
	require.NoError(t, env.rpc.CallContext(ctx, &again, "eth_sendRawTransaction", hexBytes(t, tx)))
	require.Equal(t, tx.Hash(), first)
	require.Equal(t, first, again)
	n, err := env.client.NonceAt(ctx, addrOf(alice), nil)
	require.NoError(t, err)
	require.EqualValues(t, 1, n, "executed once")
	bal, err := env.client.BalanceAt(ctx, bob, nil)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(new(big.Int).Mul(big.NewInt(1000), ether), big.NewInt(5)), bal)
}

func hexBytes(t *testing.T, tx *types.Transaction) string {
	t.Helper()
	b, err := tx.MarshalBinary()
	require.NoError(t, err)
	return hexutil.Encode(b)
}
