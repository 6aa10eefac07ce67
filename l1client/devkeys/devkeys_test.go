package devkeys_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l1client/devkeys"
)

// The accounts anvil prints at startup.
func TestAccountsMatchAnvil(t *testing.T) {
	accts, err := devkeys.Accounts(10)
	require.NoError(t, err)
	require.Len(t, accts, 10)
	for i, want := range []struct{ addr, key string }{
		{"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"},
		{"0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"},
		{"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"},
	} {
		require.Equal(t, want.addr, accts[i].Address.Hex(), "account %d", i)
		require.Equal(t, want.key, accts[i].KeyHex(), "account %d", i)
	}
	require.Equal(t, "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720", accts[9].Address.Hex())
}
