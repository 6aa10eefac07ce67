package txmgr

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestBumpFees(t *testing.T) {
	m := &Manager{cfg: Config{PrivateKey: nil}.withDefaults()}
	m.cfg.MaxTipCap, m.cfg.MaxFeeCap = big.NewInt(1_000_000), big.NewInt(2_000_000)
	b := func(v int64) *big.Int { return big.NewInt(v) }
	fe := func(tip, feeCap int64) fees { return fees{tip: b(tip), feeCap: b(feeCap)} }
	for name, tc := range map[string]struct {
		old, est   fees
		tipOnly    bool
		want       fees
		wantCapped bool
	}{
		"tiny values grow by one wei": {fe(1, 2), fe(1, 2), false, fe(2, 3), false},
		"15 percent rounded up":       {fe(100, 1000), fe(1, 2), false, fe(115, 1150), false},
		"estimate wins when higher":   {fe(100, 1000), fe(500, 5000), false, fe(500, 5000), false},
		"capped":                      {fe(950_000, 1_900_000), fe(1, 2), false, fe(1_000_000, 2_000_000), true},
		"tip only keeps the margin":   {fe(100, 1000), fe(1, 2), true, fe(115, 1015), false},
	} {
		t.Run(name, func(t *testing.T) {
			got, capped := m.bumpFees(tc.old, tc.est, tc.tipOnly)
			require.Equal(t, tc.want.tip.String(), got.tip.String())
			require.Equal(t, tc.want.feeCap.String(), got.feeCap.String())
			require.Equal(t, tc.wantCapped, capped)
			if !capped && !tc.tipOnly {
				// Every replacement clears the nodes' 10% rule.
				min := func(v *big.Int) *big.Int { return new(big.Int).Div(new(big.Int).Mul(v, b(110)), b(100)) }
				require.GreaterOrEqual(t, got.tip.Cmp(min(tc.old.tip)), 0)
				require.GreaterOrEqual(t, got.feeCap.Cmp(min(tc.old.feeCap)), 0)
			}
		})
	}
}

// TestBumpBlobFees: a blob transaction's replacement doubles tip, fee cap and
// blob fee cap (geth's blob pool rule), whatever FeeBumpPercent says, and a
// higher blob fee estimate wins.
func TestBumpBlobFees(t *testing.T) {
	m := &Manager{cfg: Config{PrivateKey: nil}.withDefaults()}
	b := big.NewInt
	old := fees{tip: b(100), feeCap: b(1000), blobFeeCap: b(10)}
	got, capped := m.bumpFees(old, fees{tip: b(1), feeCap: b(2), blobFeeCap: b(3)}, false)
	require.False(t, capped)
	require.Equal(t, "200", got.tip.String())
	require.Equal(t, "2000", got.feeCap.String())
	require.Equal(t, "20", got.blobFeeCap.String())
	got, _ = m.bumpFees(old, fees{tip: b(1), feeCap: b(2), blobFeeCap: b(500)}, false)
	require.Equal(t, "500", got.blobFeeCap.String())
	m.cfg.MaxBlobFeeCap = b(15)
	got, capped = m.bumpFees(old, fees{tip: b(1), feeCap: b(2)}, false)
	require.True(t, capped)
	require.Equal(t, "15", got.blobFeeCap.String())
	got, _ = m.bumpFees(fees{tip: b(100), feeCap: b(1000)}, fees{tip: b(1), feeCap: b(2)}, false)
	require.Nil(t, got.blobFeeCap, "not a blob transaction")
	require.Equal(t, "115", got.tip.String())
}

func TestClassifyPublish(t *testing.T) {
	for msg, want := range map[string]publishOutcome{
		"already known":                           pubAlreadyKnown,
		"transaction already imported":            pubAlreadyKnown,
		"nonce too low: next nonce 5, tx nonce 4": pubNonceTooLow,
		"replacement transaction underpriced":     pubUnderpriced,
		"transaction gas price below minimum: gas tip cap 2, minimum needed 5000": pubUnderpriced,
		"insufficient funds for gas * price + value":                              pubInsufficientFunds,
		"max fee per gas less than block base fee":                                pubFeeTooLow,
		"connection refused": pubError,
	} {
		require.Equal(t, want, classifyPublish(errString(msg)), msg)
	}
	require.Equal(t, pubOK, classifyPublish(nil))
}

type errString string

func (e errString) Error() string { return string(e) }
