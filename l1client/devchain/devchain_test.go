package devchain_test

import (
	"bytes"
	"context"
	"math/big"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/internal/anviltest"
	"github.com/rollup-dev/rollup/l1client/beacon"
	"github.com/rollup-dev/rollup/l1client/devchain"
	"github.com/rollup-dev/rollup/l2/blob"
)

func newChain(t *testing.T, cfg devchain.Config) *devchain.Chain {
	t.Helper()
	c, err := devchain.New(cfg)
	require.NoError(t, err)
	require.NoError(t, c.Start())
	t.Cleanup(func() { require.NoError(t, c.Stop()) })
	return c
}

func TestCastAndEthclient(t *testing.T) {
	c := newChain(t, devchain.Config{BlockTime: 200 * time.Millisecond, HTTPAddr: "127.0.0.1:0"})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cast := anviltest.Cast(t)
	accts := c.Accounts()
	require.Equal(t, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", accts[0].Address.Hex())
	to := common.HexToAddress("0x000000000000000000000000000000000000bEEF")

	out, err := exec.CommandContext(ctx, cast, "chain-id", "--rpc-url", c.HTTPURL()).CombinedOutput()
	require.NoError(t, err, string(out))
	require.Equal(t, "1337", strings.TrimSpace(string(out)))

	out, err = exec.CommandContext(ctx, cast, "send", "--rpc-url", c.HTTPURL(), "--private-key", accts[0].KeyHex(),
		to.Hex(), "--value", "1ether").CombinedOutput()
	require.NoError(t, err, string(out))
	require.Contains(t, string(out), "status")

	out, err = exec.CommandContext(ctx, cast, "balance", to.Hex(), "--rpc-url", c.HTTPURL()).CombinedOutput()
	require.NoError(t, err, string(out))
	require.Equal(t, "1000000000000000000", strings.TrimSpace(string(out)))

	// go-ethereum's ethclient over HTTP.
	ec, err := ethclient.DialContext(ctx, c.HTTPURL())
	require.NoError(t, err)
	defer ec.Close()
	id, err := ec.ChainID(ctx)
	require.NoError(t, err)
	require.Equal(t, int64(1337), id.Int64())
	bal, err := ec.BalanceAt(ctx, to, nil)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(params.Ether), bal)
	bal, err = ec.BalanceAt(ctx, accts[9].Address, nil)
	require.NoError(t, err)
	require.Equal(t, devchain.DefaultBalance, bal)

	nonce, err := ec.PendingNonceAt(ctx, accts[1].Address)
	require.NoError(t, err)
	tip, err := ec.SuggestGasTipCap(ctx)
	require.NoError(t, err)
	head, err := ec.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	tx := types.MustSignNewTx(accts[1].Key, types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
		ChainID: c.ChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas: 21000, To: &to, Value: big.NewInt(5),
	})
	require.NoError(t, ec.SendTransaction(ctx, tx))
	require.Eventually(t, func() bool {
		r, err := ec.TransactionReceipt(ctx, tx.Hash())
		return err == nil && r.Status == types.ReceiptStatusSuccessful
	}, 10*time.Second, 50*time.Millisecond)
}

func TestManualMiningForkAndTime(t *testing.T) {
	c := newChain(t, devchain.Config{BlockTime: -1})
	ctx := context.Background()
	cl := c.Client()
	n0, err := cl.BlockNumber(ctx)
	require.NoError(t, err)
	require.Never(t, func() bool { // no timer: nothing is mined
		n, err := cl.BlockNumber(ctx)
		return err != nil || n != n0
	}, 100*time.Millisecond, 10*time.Millisecond)

	base := c.Commit()
	a1 := c.Commit()
	baseHeader, err := cl.HeaderByHash(ctx, base)
	require.NoError(t, err)

	// Reorg: fork at base and build a longer side chain.
	require.NoError(t, c.Fork(base))
	b1 := c.Commit()
	b2 := c.Commit()
	require.NotEqual(t, a1, b1)
	head, err := cl.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.Equal(t, b2, head.Hash())
	h1, err := cl.HeaderByNumber(ctx, new(big.Int).Add(baseHeader.Number, big.NewInt(1)))
	require.NoError(t, err)
	require.Equal(t, b1, h1.Hash())

	// Time travel.
	require.NoError(t, c.AdjustTime(time.Hour))
	later, err := cl.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.GreaterOrEqual(t, later.Time, head.Time+3600)
}

func TestTimerMines(t *testing.T) {
	c := newChain(t, devchain.Config{BlockTime: 50 * time.Millisecond})
	ctx := context.Background()
	n0, err := c.Client().BlockNumber(ctx)
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		n, err := c.Client().BlockNumber(ctx)
		return err == nil && n >= n0+3
	}, 5*time.Second, 20*time.Millisecond)
	require.NoError(t, c.Stop())
	require.NoError(t, c.Stop())
}

func TestConfigCheck(t *testing.T) {
	for name, cfg := range map[string]devchain.Config{
		"accounts":  {Accounts: -1},
		"balance":   {Balance: big.NewInt(-1)},
		"tip":       {MinerMinTip: big.NewInt(0)},
		"http addr": {HTTPAddr: "nope"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := devchain.New(cfg)
			require.Error(t, err)
		})
	}
}

func TestResumesFromDataDir(t *testing.T) {
	dir := t.TempDir()
	cfg := devchain.Config{DataDir: dir, HTTPAddr: "127.0.0.1:0", BlockTime: -1, Accounts: 2, Balance: big.NewInt(params.Ether)}
	ctx := context.Background()

	c, err := devchain.New(cfg)
	require.NoError(t, err)
	require.False(t, c.Resumed())
	accts := c.Accounts()
	tx := types.MustSignNewTx(accts[0].Key, types.LatestSignerForChainID(devchain.ChainID), &types.DynamicFeeTx{
		ChainID: devchain.ChainID, Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(params.GWei * 10),
		Gas: 21000, To: &accts[1].Address, Value: big.NewInt(12345),
	})
	require.NoError(t, c.Client().SendTransaction(ctx, tx))
	c.Commit()
	c.Commit()
	head, err := c.Client().HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.NoError(t, c.Stop())
	require.NoError(t, c.Stop())
	require.Equal(t, common.Hash{}, c.Commit(), "Commit after Stop mines nothing")

	c, err = devchain.New(cfg)
	require.NoError(t, err)
	defer c.Stop()
	require.True(t, c.Resumed())
	got, err := c.Client().HeaderByNumber(ctx, head.Number)
	require.NoError(t, err)
	require.Equal(t, head.Hash(), got.Hash())
	bal, err := c.Client().BalanceAt(ctx, accts[1].Address, nil)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(big.NewInt(params.Ether), big.NewInt(12345)), bal)
	r, err := c.Client().TransactionReceipt(ctx, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
}

// TestBlobsThroughBeaconAPI: a blob transaction mined by the dev chain has its
// blobs served by the beacon API at the block's slot, and the beacon client
// returns them checked against the transaction's versioned hashes.
func TestBlobsThroughBeaconAPI(t *testing.T) {
	c := newChain(t, devchain.Config{BlockTime: -1, BeaconAddr: "127.0.0.1:0"})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	require.NotEmpty(t, c.BeaconURL())
	data := bytes.Repeat([]byte("batch data "), 20_000) // 220 kB: two blobs
	blobs := blob.Encode(data)
	require.Len(t, blobs, 2)
	sc, err := blob.Sidecar(blobs, types.BlobSidecarVersion1)
	require.NoError(t, err)
	key := c.Accounts()[0].Key
	nonce, err := c.Client().PendingNonceAt(ctx, c.Accounts()[0].Address)
	require.NoError(t, err)
	to := common.HexToAddress("0x000000000000000000000000000000000000b10b")
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(c.ChainID()), &types.BlobTx{
		ChainID: uint256.MustFromBig(c.ChainID()), Nonce: nonce, GasTipCap: uint256.NewInt(1e9), GasFeeCap: uint256.NewInt(100e9),
		Gas: 21000, To: to, BlobFeeCap: uint256.NewInt(1e9), BlobHashes: sc.BlobHashes(), Sidecar: sc,
	})
	require.NoError(t, err)
	require.NoError(t, c.Client().SendTransaction(ctx, tx))
	c.Commit()
	rcpt, err := c.Client().TransactionReceipt(ctx, tx.Hash())
	require.NoError(t, err)
	require.EqualValues(t, 1, rcpt.Status)
	hdr, err := c.Client().HeaderByHash(ctx, rcpt.BlockHash)
	require.NoError(t, err)

	bc := beacon.NewClient(c.BeaconURL(), 0)
	got, err := bc.Blobs(ctx, hdr.Number.Uint64(), hdr.Time, tx.BlobHashes())
	require.NoError(t, err)
	back, err := blob.Decode(got)
	require.NoError(t, err)
	require.Equal(t, data, back)
	// The blobs of another block are not these.
	c.Commit()
	next, err := c.Client().HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	_, err = bc.Blobs(ctx, next.Number.Uint64(), next.Time, tx.BlobHashes())
	require.ErrorIs(t, err, beacon.ErrMissing)
	_, err = bc.Blobs(ctx, 0, next.Time+100, tx.BlobHashes())
	require.ErrorIs(t, err, beacon.ErrNotFound, "an empty slot")
}

// TestBlobsKeptWhileMining: blob transactions sent while blocks are being
// mined back to back all have their blobs served: the chain keeps a
// transaction's blobs when it is sent, not only before each block.
func TestBlobsKeptWhileMining(t *testing.T) {
	c := newChain(t, devchain.Config{BlockTime: -1, BeaconAddr: "127.0.0.1:0"})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	stop := make(chan struct{})
	mined := make(chan struct{})
	go func() {
		defer close(mined)
		for {
			select {
			case <-stop:
				return
			default:
				c.Commit()
			}
		}
	}()
	acct := c.Accounts()[1]
	to := common.HexToAddress("0x000000000000000000000000000000000000b10b")
	var txs []*types.Transaction
	for i := 0; i < 30; i++ {
		sc, err := blob.Sidecar(blob.Encode([]byte{byte(i), 7}), types.BlobSidecarVersion1)
		require.NoError(t, err)
		tx, err := types.SignNewTx(acct.Key, types.LatestSignerForChainID(c.ChainID()), &types.BlobTx{
			ChainID: uint256.MustFromBig(c.ChainID()), Nonce: uint64(i), GasTipCap: uint256.NewInt(1e9), GasFeeCap: uint256.NewInt(100e9),
			Gas: 21000, To: to, BlobFeeCap: uint256.NewInt(1e9), BlobHashes: sc.BlobHashes(), Sidecar: sc,
		})
		require.NoError(t, err)
		txs = append(txs, tx)
	}
	// Signed beforehand, sent as fast as the pool takes them.
	for _, tx := range txs {
		require.NoError(t, c.Client().SendTransaction(ctx, tx))
	}
	for _, tx := range txs {
		require.Eventually(t, func() bool { _, err := c.Client().TransactionReceipt(ctx, tx.Hash()); return err == nil }, 10*time.Second, time.Millisecond)
	}
	close(stop)
	<-mined
	bc := beacon.NewClient(c.BeaconURL(), 0)
	for i, tx := range txs {
		rcpt, err := c.Client().TransactionReceipt(ctx, tx.Hash())
		require.NoError(t, err)
		hdr, err := c.Client().HeaderByHash(ctx, rcpt.BlockHash)
		require.NoError(t, err)
		_, err = bc.Blobs(ctx, hdr.Number.Uint64(), hdr.Time, tx.BlobHashes())
		require.NoError(t, err, "transaction %d", i)
	}
}
