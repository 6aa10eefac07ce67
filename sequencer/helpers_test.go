package sequencer_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/rollup-dev/rollup/internal/pgtest"
	"github.com/rollup-dev/rollup/sequencer"
)

const testChainID = 901

var (
	testBaseFee      = big.NewInt(params.GWei)
	testFeeRecipient = common.HexToAddress("0xfee0000000000000000000000000000000000fee")
	ether            = big.NewInt(params.Ether)
)

// testKey returns the i-th deterministic test key.
func testKey(i int) *ecdsa.PrivateKey {
	var seed [8]byte
	binary.BigEndian.PutUint64(seed[:], uint64(i)+1)
	k, err := crypto.ToECDSA(crypto.Keccak256(seed[:], []byte("sequencer test key")))
	if err != nil {
		panic(err)
	}
	return k
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// testConfig is a sequencer configuration for tests: a fresh database, a free
// port, and the first n test keys funded with 1000 ether each.
func testConfig(t testing.TB, funded int) sequencer.Config {
	t.Helper()
	alloc := make([]sequencer.GenesisAccount, funded)
	for i := range alloc {
		alloc[i] = sequencer.GenesisAccount{Address: addrOf(testKey(i)), Balance: new(big.Int).Mul(big.NewInt(1000), ether)}
	}
	return sequencer.Config{
		HTTPAddr:         "127.0.0.1:0",
		DatabaseURL:      pgtest.NewDatabase(t),
		ChainID:          testChainID,
		BaseFee:          testBaseFee,
		FeeRecipient:     testFeeRecipient,
		GenesisTimestamp: uint64(time.Now().Unix()) - 10,
		BlockTime:        100 * time.Millisecond,
		DevGenesisAlloc:  alloc,
	}
}

type testEnv struct {
	svc    *sequencer.Service
	client *ethclient.Client
	rpc    *gethrpc.Client
	cfg    sequencer.Config
}

func testLogger(t testing.TB) *zap.Logger { return zaptest.NewLogger(t, zaptest.Level(zap.InfoLevel)) }

func dialEth(t testing.TB, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(url)
	require.NoError(t, err)
	t.Cleanup(c.Close)
	return c
}

func startService(t testing.TB, cfg sequencer.Config) *testEnv {
	t.Helper()
	svc, err := sequencer.New(cfg, sequencer.Deps{Logger: testLogger(t)})
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	require.NoError(t, svc.Start(ctx))
	t.Cleanup(func() { _ = svc.Stop(context.Background()) })
	rc, err := gethrpc.DialContext(ctx, svc.URL())
	require.NoError(t, err)
	t.Cleanup(rc.Close)
	return &testEnv{svc: svc, client: ethclient.NewClient(rc), rpc: rc, cfg: cfg}
}

// transfer signs a dynamic-fee transfer.
func transfer(t testing.TB, key *ecdsa.PrivateKey, nonce uint64, to common.Address, value *big.Int) *types.Transaction {
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(testChainID)), &types.DynamicFeeTx{
		ChainID:   big.NewInt(testChainID),
		Nonce:     nonce,
		GasTipCap: big.NewInt(0),
		GasFeeCap: new(big.Int).Mul(testBaseFee, big.NewInt(2)),
		Gas:       21000,
		To:        &to,
		Value:     value,
	})
	require.NoError(t, err)
	return tx
}

// legacyTransfer signs an EIP-155 legacy transfer.
func legacyTransfer(t testing.TB, key *ecdsa.PrivateKey, nonce uint64, to common.Address, value, price *big.Int) *types.Transaction {
	tx, err := types.SignNewTx(key, types.NewEIP155Signer(big.NewInt(testChainID)), &types.LegacyTx{
		Nonce:    nonce,
		GasPrice: price,
		Gas:      21000,
		To:       &to,
		Value:    value,
	})
	require.NoError(t, err)
	return tx
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// waitReceipt waits for h's receipt, which exists once its block is sealed
// (within the block time), and checks that the block is already the latest
// block or older.
func waitReceipt(t testing.TB, c *ethclient.Client, h common.Hash) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for {
		r, err := c.TransactionReceipt(ctx, h)
		if err == nil {
			head, err := c.BlockNumber(ctx)
			require.NoError(t, err)
			require.LessOrEqual(t, r.BlockNumber.Uint64(), head, "a receipt names a block after eth_blockNumber")
			return r
		}
		if !errors.Is(err, ethereum.NotFound) {
			require.NoError(t, err)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s: %v", h, ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}
