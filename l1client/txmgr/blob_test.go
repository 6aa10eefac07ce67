package txmgr_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l1client/beacon"
	"github.com/rollup-dev/rollup/l1client/devchain"
	"github.com/rollup-dev/rollup/l1client/txmgr"
	"github.com/rollup-dev/rollup/l2/blob"
)

// TestBlobTransaction: a blob candidate goes out as a type-3 transaction; it
// is stuck under a minimum tip, survives a restart of the manager (the blobs
// come back from the outbox), is replaced with doubled fees (the blob pool's
// rule) and is mined; its blobs are then served by the beacon API.
func TestBlobTransaction(t *testing.T) {
	e := newEnv(t, devchain.Config{BlockTime: -1, BeaconAddr: "127.0.0.1:0"})
	key := e.chain.Accounts()[4].Key
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	data := make([]byte, 150_000)
	for i := range data {
		data[i] = byte(i * 7)
	}
	blobs := blob.Encode(data)
	sc, err := blob.Sidecar(blobs, types.BlobSidecarVersion1)
	require.NoError(t, err)
	cand := txmgr.Candidate{To: &recipient, Sidecar: sc, Key: "blob-1"}

	m1, err := txmgr.New(fastConfig(key), txmgr.Deps{Client: e.chain.Client(), Pool: e.pool})
	require.NoError(t, err)
	require.NoError(t, m1.Start(ctx))
	h, err := m1.Submit(ctx, cand)
	require.NoError(t, err)
	first := h.Status().Latest
	var pooled *types.Transaction
	require.Eventually(t, func() bool {
		pooled, _, err = e.chain.Client().TransactionByHash(ctx, first)
		return err == nil
	}, 10*time.Second, 10*time.Millisecond, "the first attempt reaches the pool")
	require.EqualValues(t, types.BlobTxType, pooled.Type())
	require.Equal(t, sc.BlobHashes(), pooled.BlobHashes())
	// The miner now wants a higher tip: the attempt is stuck. Restart.
	require.NoError(t, e.chain.SetMinerTip(ctx, new(big.Int).Mul(pooled.GasTipCap(), big.NewInt(3))))
	e.chain.Commit()
	require.NoError(t, m1.Stop())

	m2, _ := startManager(t, e, fastConfig(key), nil)
	done := make(chan *types.Receipt, 1)
	go func() {
		r, err := m2.Send(ctx, cand) // the same key: waits for the stored nonce
		if err == nil {
			done <- r
		}
		close(done)
	}()
	var rcpt *types.Receipt
	mine := time.NewTicker(100 * time.Millisecond)
	defer mine.Stop()
wait:
	for {
		select {
		case rcpt = <-done:
			break wait
		case <-mine.C:
			e.chain.Commit()
		case <-ctx.Done():
			t.Fatal("the blob transaction was not mined")
		}
	}
	require.NotNil(t, rcpt)
	require.EqualValues(t, 1, rcpt.Status)
	require.EqualValues(t, 2*params.BlobTxBlobGasPerBlob, rcpt.BlobGasUsed)
	mined, _, err := e.chain.Client().TransactionByHash(ctx, rcpt.TxHash)
	require.NoError(t, err)
	require.NotEqual(t, first, mined.Hash(), "a replacement was mined")
	require.GreaterOrEqual(t, mined.GasTipCap().Cmp(new(big.Int).Mul(pooled.GasTipCap(), big.NewInt(2))), 0)
	require.GreaterOrEqual(t, mined.BlobGasFeeCap().Cmp(new(big.Int).Mul(pooled.BlobGasFeeCap(), big.NewInt(2))), 0)
	rows := outbox(t, e.pool, m2.From())
	require.Len(t, rows, 1)
	require.Greater(t, rows[0].Attempts, 1)

	hdr, err := e.chain.Client().HeaderByHash(ctx, rcpt.BlockHash)
	require.NoError(t, err)
	got, err := beacon.NewClient(e.chain.BeaconURL(), 0).Blobs(ctx, hdr.Number.Uint64(), hdr.Time, mined.BlobHashes())
	require.NoError(t, err)
	back, err := blob.Decode(got)
	require.NoError(t, err)
	require.Equal(t, data, back)

	// After a deep reorg the confirmed transaction is re-broadcast from the
	// outbox: with its blobs, without which no node takes it.
	again, err := m2.ConfirmedFrom(ctx, mined.Nonce())
	require.NoError(t, err)
	require.Len(t, again, 1)
	require.Equal(t, mined.Hash(), again[0].Hash())
	require.NotNil(t, again[0].BlobTxSidecar())
	require.Equal(t, sc.BlobHashes(), again[0].BlobTxSidecar().BlobHashes())
}

// TestBlobAndPlainInTurn: one key sends blob and plain transactions in turn
// (the batcher's appendBlobBatches between its finalize calls and its
// defender's moves). A geth pool holds an account's transactions of one kind
// at a time, and takes no blob transaction behind a nonce its blob pool does
// not hold, so each waits for the lower nonces of the other kind to be mined;
// every one is confirmed, in nonce order.
func TestBlobAndPlainInTurn(t *testing.T) {
	e := newEnv(t, devchain.Config{BlockTime: -1})
	key := e.chain.Accounts()[5].Key
	m, _ := startManager(t, e, fastConfig(key), nil)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	blobCand := func(i int) txmgr.Candidate {
		sc, err := blob.Sidecar(blob.Encode([]byte{byte(i), 1, 2, 3}), types.BlobSidecarVersion1)
		require.NoError(t, err)
		return txmgr.Candidate{To: &recipient, Sidecar: sc}
	}
	cands := []txmgr.Candidate{blobCand(0), transfer(1), transfer(2), blobCand(3), blobCand(4), transfer(5)}
	var handles []*txmgr.Handle
	for _, c := range cands {
		h, err := m.Submit(ctx, c)
		require.NoError(t, err)
		handles = append(handles, h)
	}
	mine := time.NewTicker(150 * time.Millisecond)
	defer mine.Stop()
	go func() {
		for {
			select {
			case <-mine.C:
				e.chain.Commit()
			case <-ctx.Done():
				return
			}
		}
	}()
	var last uint64
	for i, h := range handles {
		r, err := h.Wait(ctx)
		require.NoError(t, err, "transaction %d", i)
		require.EqualValues(t, 1, r.Status)
		require.GreaterOrEqual(t, r.BlockNumber.Uint64(), last)
		last = r.BlockNumber.Uint64()
		if cands[i].Sidecar != nil {
			require.Positive(t, r.BlobGasUsed, "transaction %d carried its blob", i)
		}
	}
}
