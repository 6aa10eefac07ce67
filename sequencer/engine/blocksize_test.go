package engine

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/internal/pgtest"
	"github.com/rollup-dev/rollup/l2"
)

// TestEngineSealsBlocksThatFitABatch sends more large transfers (every one to a
// new recipient, with an 8-byte value) than one batch can carry, all inside one
// block interval, and checks that the engine sealed blocks early so that every
// block still encodes into a single batch.
func TestEngineSealsBlocksThatFitABatch(t *testing.T) {
	pool := pgtest.NewPool(t)
	const senders, perSender = 16, 100
	cfg := testCfg(senders)
	cfg.MaxBlockTxs = 1 << 20
	cfg.MaxPending = 4096
	e := openEngine(t, pool, cfg)

	signer := types.LatestSignerForChainID(big.NewInt(901))
	byBlock := map[uint64][]*types.Transaction{}
	for n := uint64(0); n < perSender; n++ {
		for s := 0; s < senders; s++ {
			to := common.BytesToAddress(crypto.Keccak256([]byte{byte(s), byte(n)}, big.NewInt(int64(n)).Bytes()))
			tx, err := types.SignNewTx(key(s), signer, &types.DynamicFeeTx{
				ChainID: big.NewInt(901), Nonce: n, GasFeeCap: big.NewInt(1e9 + int64(s)), Gas: 21000,
				To: &to, Value: big.NewInt(0x1234567890ab + int64(n)),
			})
			require.NoError(t, err)
			sender, err := l2.ValidateTx(&cfg.Params, tx)
			require.NoError(t, err)
			raw, _ := tx.MarshalBinary()
			got, err := submit(t, e, &chain.Candidate{Tx: tx, Raw: raw, Hash: tx.Hash(), Sender: sender})
			require.NoError(t, err)
			byBlock[got.BlockNumber] = append(byBlock[got.BlockNumber], tx)
		}
	}
	sealNow(t, e)
	require.GreaterOrEqual(t, len(byBlock), 2, "1,600 large transfers cannot share one block")

	prev := cfg.Params.Genesis()
	for number, txs := range byBlock {
		items := make([]l2.Item, len(txs))
		for i, tx := range txs {
			items[i] = l2.Item{Tx: tx}
		}
		st := prev
		st.BlockNumber = number - 1
		data, err := l2.EncodeBatch(&cfg.Params, st, []l2.Block{{Number: number, Timestamp: prev.Timestamp, Items: items}})
		require.NoError(t, err, "block %d with %d transfers must fit one batch", number, len(txs))
		require.LessOrEqual(t, len(data), l2.MaxBatchBytes)
	}
}

// TestEngineMaxBlockBytes checks that a block is sealed once its batch-size
// bound reaches MaxBlockBytes, so busy intervals make several small blocks.
func TestEngineMaxBlockBytes(t *testing.T) {
	pool := pgtest.NewPool(t)
	cfg := testCfg(1)
	cfg.MaxBlockTxs = 1 << 20
	cfg.MaxBlockBytes = 1000 // about ten transfers
	e := openEngine(t, pool, cfg)
	counts := map[uint64]int{}
	for n := uint64(0); n < 50; n++ {
		tx, err := submit(t, e, candidate(t, cfg, key(0), n))
		require.NoError(t, err)
		counts[tx.BlockNumber]++
	}
	require.GreaterOrEqual(t, len(counts), 4, "50 transfers of about 100 bytes each under a 1,000-byte block bound")
	for number, c := range counts {
		require.LessOrEqual(t, c, 11, "block %d", number)
	}
}
