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
	for name, tc := range map[string]struct {
		old, est   fees
		tipOnly    bool
		want       fees
		wantCapped bool
	}{
		"tiny values grow by one wei": {fees{b(1), b(2)}, fees{b(1), b(2)}, false, fees{b(2), b(3)}, false},
		"15 percent rounded up":       {fees{b(100), b(1000)}, fees{b(1), b(2)}, false, fees{b(115), b(1150)}, false},
		"estimate wins when higher":   {fees{b(100), b(1000)}, fees{b(500), b(5000)}, false, fees{b(500), b(5000)}, false},
		"capped":                      {fees{b(950_000), b(1_900_000)}, fees{b(1), b(2)}, false, fees{b(1_000_000), b(2_000_000)}, true},
		"tip only keeps the margin":   {fees{b(100), b(1000)}, fees{b(1), b(2)}, true, fees{b(115), b(1015)}, false},
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
