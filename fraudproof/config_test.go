package fraudproof_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/fraudproof"
	"github.com/rollup-dev/rollup/l1client/deploy"
)

func TestConfigCheck(t *testing.T) {
	d := &deploy.Deployment{L2ChainID: 901, BaseFee: deploy.NewWei(common.Big1), DisputeWindow: 60,
		Contracts: deploy.Addresses{Rollup: common.HexToAddress("0x1"), Bridge: common.HexToAddress("0x2"), ChallengeGame: common.HexToAddress("0x3")}}
	ok := fraudproof.Config{Deployment: d, Challenge: true}
	require.NoError(t, ok.Check())
	for name, tc := range map[string]struct {
		mut  func(*fraudproof.Config)
		want string
	}{
		"no deployment": {func(c *fraudproof.Config) { c.Deployment = nil }, "Deployment is required"},
		"no addresses":  {func(c *fraudproof.Config) { c.Deployment = &deploy.Deployment{L2ChainID: 1} }, "contract addresses"},
		"no role":       {func(c *fraudproof.Config) { c.Challenge = false }, "no role"},
		"negative poll": {func(c *fraudproof.Config) { c.PollInterval = -1 }, "negative"},
	} {
		t.Run(name, func(t *testing.T) {
			c := ok
			tc.mut(&c)
			require.ErrorContains(t, c.Check(), tc.want)
		})
	}
	require.NoError(t, fraudproof.Config{Deployment: d, Dishonest: true}.Check(), "dishonest implies challenge")

	// New wants a key or a sender, and an L1 client.
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	_, err = fraudproof.New(fraudproof.Config{Deployment: d, Challenge: true, Key: key}, fraudproof.Deps{})
	require.ErrorContains(t, err, "Deps.L1")
}
