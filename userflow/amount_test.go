package userflow

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParseAmount(t *testing.T) {
	e18 := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	tests := []struct {
		name, in string
		want     *big.Int
		err      string
	}{
		{"eth with decimals", "1.5eth", big.NewInt(1_500_000_000_000_000_000), ""},
		{"ether with a space", "2 ether", new(big.Int).Mul(big.NewInt(2), e18), ""},
		{"upper case", "1ETH", e18, ""},
		{"gwei", "20gwei", big.NewInt(20_000_000_000), ""},
		{"fractional gwei", "0.5gwei", big.NewInt(500_000_000), ""},
		{"wei", "1000wei", big.NewInt(1000), ""},
		{"bare number is wei", "1000", big.NewInt(1000), ""},
		{"underscores", "1_000gwei", big.NewInt(1_000_000_000_000), ""},
		{"hex", "0x10", big.NewInt(16), ""},
		{"zero", "0eth", big.NewInt(0), ""},
		{"smallest eth fraction", "0.000000000000000001eth", big.NewInt(1), ""},
		{"below a wei", "0.5wei", nil, "not a whole number of wei"},
		{"too many decimals", "0.0000000000000000001eth", nil, "not a whole number of wei"},
		{"negative", "-1eth", nil, "not an amount"},
		{"exponent", "1e18", nil, "not an amount"},
		{"empty", "", nil, "not an amount"},
		{"unit only", "eth", nil, "not an amount"},
		{"unknown unit", "1btc", nil, "not an amount"},
		{"hex with a unit", "0x10eth", nil, "hex amounts take no unit"},
		{"over 256 bits", "0x10000000000000000000000000000000000000000000000000000000000000000", nil, "256 bits"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseAmount(tc.in)
			if tc.err != "" {
				require.ErrorContains(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, 0, tc.want.Cmp(got), "got %s", got)
		})
	}
}

func TestFormatAmount(t *testing.T) {
	tests := []struct {
		in   *big.Int
		want string
	}{
		{big.NewInt(0), "0 ETH"},
		{big.NewInt(1_500_000_000_000_000_000), "1.5 ETH"},
		{big.NewInt(21_000_000_000_000), "0.000021 ETH"},
		{big.NewInt(20_000_000_000), "20 gwei"},
		{big.NewInt(1_500_000_000), "1.5 gwei"},
		{big.NewInt(1000), "1000 wei"},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, FormatAmount(tc.in))
	}
	require.Equal(t, "100", FormatEther(new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))))
}
