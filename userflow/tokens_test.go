package userflow

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l2"
)

func TestTokenAmounts(t *testing.T) {
	for _, tc := range []struct {
		in   string
		dec  uint8
		want string
	}{
		{"12.5", 6, "12500000"},
		{"1_000", 6, "1000000000"},
		{"0.000001", 6, "1"},
		{"12500000units", 6, "12500000"},
		{"3", 0, "3"},
		{"1.5", 18, "1500000000000000000"},
	} {
		v, err := ParseTokenAmount(tc.in, tc.dec)
		require.NoError(t, err, tc.in)
		require.Equal(t, tc.want, v.String(), tc.in)
	}
	for _, bad := range []string{"", "-1", "1e6", "0.0000001", "1.5units", "abc", "1/2"} {
		_, err := ParseTokenAmount(bad, 6)
		require.Error(t, err, bad)
	}
	require.Equal(t, "12.5 DUSD", FormatTokenAmount(big.NewInt(12_500_000), 6, "DUSD"))
	require.Equal(t, "0.000001", FormatTokenAmount(big.NewInt(1), 6, ""))
	require.Equal(t, "7 T", FormatTokenAmount(big.NewInt(7), 0, "T"))
}

func TestWithdrawalOf(t *testing.T) {
	from, l1 := common.HexToAddress("0xaa"), common.HexToAddress("0xbb")
	token := l2.TokenAddress(common.HexToAddress("0x77"))
	eth := types.NewTx(&types.DynamicFeeTx{Nonce: 3, To: &l2.WithdrawalAddress, Value: big.NewInt(5)})
	w := WithdrawalOf(eth, from)
	require.Equal(t, &Withdrawal{Sender: from, Nonce: 3, Recipient: from, Amount: big.NewInt(5), Key: l2.WithdrawalKey(from, 3)}, w)

	data := append(append(l2.WithdrawSelector[:], make([]byte, 12)...), l1[:]...)
	data = append(data, common.BigToHash(big.NewInt(9)).Bytes()...)
	tw := types.NewTx(&types.DynamicFeeTx{Nonce: 4, To: &token, Data: data})
	w = WithdrawalOf(tw, from)
	require.Equal(t, &Withdrawal{Token: token, Sender: from, Nonce: 4, Recipient: l1, Amount: big.NewInt(9),
		Key: l2.TokenWithdrawalKey(token, from, 4)}, w)
	require.True(t, IsWithdrawal(tw))

	copy(data, l2.TransferSelector[:])
	require.Nil(t, WithdrawalOf(types.NewTx(&types.DynamicFeeTx{To: &token, Data: data}), from), "a transfer call")
	require.Nil(t, WithdrawalOf(types.NewTx(&types.DynamicFeeTx{To: &l1, Value: big.NewInt(1)}), from))
}
