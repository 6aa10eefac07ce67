package chain

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l2"
)

// TestHeaderMatchesGoEthereum builds blocks of legacy, access-list and
// dynamic-fee transfers, token calls (some reverted) and ETH deposits, and
// checks that the sealed hash, roots, gas and bloom are those go-ethereum
// derives for the same block and receipts.
func TestHeaderMatchesGoEthereum(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	chainID := big.NewInt(901)
	signer := types.LatestSignerForChainID(chainID)
	p := &l2.Params{FeeRecipient: common.Address{0xfe}, BaseFee: uint256.NewInt(7)}
	parent := common.Hash{0xaa}
	for _, n := range []struct{ txs, deps int }{{0, 0}, {0, 2}, {1, 0}, {3, 1}, {130, 5}} {
		var it BlockItems
		var txs types.Transactions
		var rcpts types.Receipts
		wds := types.Withdrawals{}
		for i := 0; i < n.deps; i++ {
			d := &Deposit{QueueIndex: uint64(10 + i), Recipient: common.Address{byte(i)}, Amount: big.NewInt(int64(i+1) * 3e9)}
			it.AddDeposit(d)
			wds = append(wds, &types.Withdrawal{Index: d.QueueIndex, Address: d.Recipient, Amount: uint64(i+1) * 3})
		}
		it.AddDeposit(&Deposit{QueueIndex: 99, Forced: &l2.ForcedTx{}}) // a forced entry is no withdrawal
		var cum uint64
		for i := 0; i < n.txs; i++ {
			var inner types.TxData
			to := &common.Address{byte(i)}
			token := i%4 == 3
			switch {
			case token:
				// a token call (protocol §2.4); every other one reverts
				data := append(append(l2.TransferSelector[:], make([]byte, 12)...), common.Address{0xbb, byte(i)}.Bytes()...)
				data = append(data, common.BigToHash(big.NewInt(int64(1000+i))).Bytes()...)
				inner = &types.DynamicFeeTx{ChainID: chainID, Nonce: uint64(i), GasFeeCap: big.NewInt(9), GasTipCap: big.NewInt(1), Gas: l2.TokenGas, To: to, Data: data}
			case i%3 == 0:
				inner = &types.LegacyTx{Nonce: uint64(i), GasPrice: big.NewInt(9), Gas: 21000, To: to, Value: big.NewInt(1)}
			case i%3 == 1:
				inner = &types.AccessListTx{ChainID: chainID, Nonce: uint64(i), GasPrice: big.NewInt(9), Gas: 21000, To: to, Value: big.NewInt(1)}
			default:
				inner = &types.DynamicFeeTx{ChainID: chainID, Nonce: uint64(i), GasFeeCap: big.NewInt(9), GasTipCap: big.NewInt(1), Gas: 21000, To: to, Value: big.NewInt(1)}
			}
			tx := types.MustSignNewTx(key, signer, inner)
			raw, err := tx.MarshalBinary()
			require.NoError(t, err)
			sender := common.Address{0x5e}
			failed := token && i%8 == 7
			require.NoError(t, it.AddTx(&Tx{Raw: raw, Sender: sender, Failed: failed}))
			txs = append(txs, tx)
			gas := uint64(TransferGas)
			if token {
				gas = l2.TokenGas
			}
			cum += gas
			rc := &types.Receipt{Type: tx.Type(), Status: 1, CumulativeGasUsed: cum, Logs: []*types.Log{}}
			if failed {
				rc.Status = 0
			} else if token {
				rc.Logs = []*types.Log{{Address: *to, Topics: []common.Hash{crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)")),
					common.BytesToHash(sender[:]), common.BytesToHash(common.Address{0xbb, byte(i)}.Bytes())}, Data: common.BigToHash(big.NewInt(int64(1000 + i))).Bytes()}}
			}
			rc.Bloom = types.CreateBloom(rc)
			rcpts = append(rcpts, rc)
		}
		b := Block{Number: 5, Timestamp: 1234, TxCount: n.txs, Sealed: true, StateRoot: common.Hash{0x55}, WithdrawalsRoot: it.WithdrawalsRoot()}
		it.Seal(&b, parent, p)

		h := &types.Header{ParentHash: parent, Coinbase: p.FeeRecipient, Root: b.StateRoot, Number: big.NewInt(5),
			GasLimit: GasLimit, GasUsed: cum, Time: 1234, BaseFee: big.NewInt(7), Difficulty: new(big.Int)}
		want := types.NewBlock(h, &types.Body{Transactions: txs, Withdrawals: wds}, rcpts, trie.NewStackTrie(nil))
		require.Equal(t, want.TxHash(), b.TxRoot, "%d txs", n.txs)
		require.Equal(t, want.ReceiptHash(), b.ReceiptRoot, "%d txs", n.txs)
		require.Equal(t, *want.Header().WithdrawalsHash, b.WithdrawalsRoot, "%d deposits", n.deps)
		require.Equal(t, want.Bloom(), b.Bloom, "%d txs", n.txs)
		require.Equal(t, want.Hash(), b.Hash, "%d txs, %d deposits", n.txs, n.deps)
		require.Equal(t, b.Hash, b.Header(p).Hash())
		it.Reset()
		require.Zero(t, it.Len())
	}
}
