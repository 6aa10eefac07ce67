package l2

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestForcedTx: a transaction's forced form has the transaction's hash and
// sender, executes on the state like the transaction, and is skipped (state
// unchanged) by the same rules.
func TestForcedTx(t *testing.T) {
	p := testParams()
	for _, typ := range []uint8{LegacyTxType, DynamicFeeTxType} {
		key := testKey(1)
		tx := signTx(t, key, txSpec{typ: typ, to: addrOf(testKey(2))})
		f, err := ForcedTxFromTx(p, tx)
		require.NoError(t, err)
		require.Equal(t, tx.Hash(), f.Tx(p.ChainID).Hash())
		sender, err := f.Sender(p)
		require.NoError(t, err)
		require.Equal(t, addrOf(key), sender)

		viaTx, viaForced := NewState(), NewState()
		for _, st := range []*State{viaTx, viaForced} {
			st.ApplyDeposit(Deposit{Recipient: sender, Amount: ether(1)})
		}
		_, err = viaTx.ApplyTransfer(p, tx, sender)
		require.NoError(t, err)
		got, _, err := viaForced.ApplyForced(p, &f)
		require.NoError(t, err)
		require.Equal(t, sender, got)
		require.Equal(t, viaTx.Root(), viaForced.Root())

		// again: the nonce is used now
		root := viaForced.Root()
		_, _, err = viaForced.ApplyForced(p, &f)
		require.ErrorIs(t, err, ErrNonceTooLow)
		require.Equal(t, root, viaForced.Root())
		bad := f
		bad.Fee.GasLimit = 20_999
		_, _, err = viaForced.ApplyForced(p, &bad)
		require.ErrorIs(t, err, ErrIntrinsicGas)
	}
}

func FuzzForcedTxBinary(f *testing.F) {
	tx := signTx(f, testKey(1), txSpec{typ: DynamicFeeTxType, to: addrOf(testKey(2))})
	ft, err := ForcedTxFromTx(testParams(), tx)
	require.NoError(f, err)
	f.Add(ft.MarshalBinary())
	f.Add(ft.MarshalBinary()[:forcedTxLenETH])
	call := signTx(f, testKey(1), txSpec{typ: DynamicFeeTxType, gas: TokenGas, to: testToken, data: callData(WithdrawSelector, addrOf(testKey(2)), u256(7))})
	fc, err := ForcedTxFromTx(testParams(), call)
	require.NoError(f, err)
	f.Add(fc.MarshalBinary())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := UnmarshalForcedTx(b)
		if err != nil {
			require.ErrorIs(t, err, ErrForcedTxEncoding)
			return
		}
		want := b
		if len(b) == forcedTxLenETH { // the form without a token: an ETH transfer's
			want = append(append([]byte(nil), b...), make([]byte, 20)...)
		}
		require.Equal(t, want, got.MarshalBinary(), "round trip")
	})
}
