package beacon_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/internal/anviltest"
	"github.com/rollup-dev/rollup/l1client/beacon"
	"github.com/rollup-dev/rollup/l1client/devkeys"
	"github.com/rollup-dev/rollup/l2/blob"
)

// TestBlobsOnAnvil reads the blobs of a transaction mined by anvil through
// the beacon API anvil serves on its JSON-RPC port.
func TestBlobsOnAnvil(t *testing.T) {
	url := anviltest.Start(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	ec, err := ethclient.DialContext(ctx, url)
	require.NoError(t, err)
	defer ec.Close()
	chainID, err := ec.ChainID(ctx)
	require.NoError(t, err)
	data := []byte("a batch posted in a blob on anvil")
	sc, err := blob.Sidecar(blob.Encode(data), types.BlobSidecarVersion1)
	require.NoError(t, err)
	acct := devkeys.MustAccounts(1)[0]
	to := common.HexToAddress("0x000000000000000000000000000000000000b10b")
	tx, err := types.SignNewTx(acct.Key, types.LatestSignerForChainID(chainID), &types.BlobTx{
		ChainID: uint256.MustFromBig(chainID), GasTipCap: uint256.NewInt(1e9), GasFeeCap: uint256.NewInt(100e9), Gas: 21000,
		To: to, BlobFeeCap: uint256.NewInt(1e9), BlobHashes: sc.BlobHashes(), Sidecar: sc,
	})
	require.NoError(t, err)
	require.NoError(t, ec.SendTransaction(ctx, tx))
	var rcpt *types.Receipt
	require.Eventually(t, func() bool {
		rcpt, err = ec.TransactionReceipt(ctx, tx.Hash())
		return err == nil
	}, 30*time.Second, 50*time.Millisecond)
	hdr, err := ec.HeaderByNumber(ctx, rcpt.BlockNumber)
	require.NoError(t, err)

	got, err := beacon.NewClient(url, 0).Blobs(ctx, hdr.Number.Uint64(), hdr.Time, tx.BlobHashes())
	require.NoError(t, err)
	back, err := blob.Decode(got)
	require.NoError(t, err)
	require.Equal(t, data, back)
	_, err = beacon.NewClient(url, 0).Blobs(ctx, hdr.Number.Uint64(), hdr.Time, []common.Hash{{1}})
	require.Error(t, err)
}
