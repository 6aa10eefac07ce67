package e2e

import (
	"io"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/internal/anviltest"
	"github.com/rollup-dev/rollup/internal/pgtest"
	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/l1client/devkeys"
)

// TestCompose_OnAnvil runs docker-compose.yml's services as processes with
// their own command lines against anvil (deploy, then sequencer, batcher and
// challenger, each waited for by its health check) and walks the whole path
// through the rollup binary's user commands.
func TestCompose_OnAnvil(t *testing.T) {
	if anviltest.Tool("anvil") == "" {
		t.Skip("anvil is not installed: run scripts/install-tools.sh")
	}
	st := runCompose(t,
		map[string]string{"DISPUTE_WINDOW": "10", "BLOCK_TIME": "250ms", "BATCH_INTERVAL": "1s", "BATCH_DATA": "blob"},
		map[string]string{
			"postgres://postgres@postgres:5432/rollup?sslmode=disable":   pgtest.NewDatabase(t),
			"postgres://postgres@postgres:5432/postgres?sslmode=disable": pgtest.NewDatabase(t),
		})
	d, err := deploy.Load(st.deployment)
	require.NoError(t, err)
	require.EqualValues(t, 31337, d.L1ChainID, "anvil")
	// anvil's accounts 8 and 9 are the proposer and the challenger.
	users := devkeys.MustAccounts(8)
	cliPath(t, cli{t: t, bin: rollupBinary(t), l2: st.l2URL, l1: st.l1URL, deployment: st.deployment},
		users, []common.Address{d.FeeRecipient})
	// The batches went in blobs, which the challenger read back from anvil.
	blobs, calldata := carriers(t, st.l1URL, d)
	t.Logf("batches on anvil: %d in blobs, %d in calldata", blobs, calldata)
	require.Positive(t, blobs)
	require.Zero(t, calldata)

	// The standalone sequencer serves the status page to browsers, with the
	// L1 facts it reads through the deployment record.
	for _, path := range []string{"/", "/ui/l1.json"} {
		resp, err := http.Get(st.l2URL + path)
		require.NoError(t, err)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		require.Equal(t, http.StatusOK, resp.StatusCode, "GET %s: %s", path, body)
		if path == "/" {
			require.Contains(t, string(body), "<html")
		}
	}
}
