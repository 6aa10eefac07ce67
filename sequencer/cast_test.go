package sequencer_test

import (
	"encoding/json"
	"math/big"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rollup-dev/rollup/internal/anviltest"
	"github.com/stretchr/testify/require"
)

// TestCast drives the node with cast: send and wait for the receipt, the
// block's hash against go-ethereum's Header.Hash(), a balance at an old block,
// and a nonce-gap send answered at once as queued.
func TestCast(t *testing.T) {
	cast := anviltest.Cast(t)
	cfg := testConfig(t, 1)
	cfg.BlockTime = 100 * time.Millisecond
	env := startService(t, cfg)
	u := env.svc.URL()
	key := hexutil.Encode(crypto.FromECDSA(testKey(0)))
	to := common.HexToAddress("0x00000000000000000000000000000000000c0ffe")
	run := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(cast, append(args, "--rpc-url", u)...)
		timer := time.AfterFunc(time.Minute, func() { _ = cmd.Process.Kill() })
		defer timer.Stop()
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "cast %s: %s", strings.Join(args, " "), out)
		return strings.TrimSpace(string(out))
	}

	require.Equal(t, "901", run("chain-id"))
	var rcpt struct {
		Status      string      `json:"status"`
		BlockHash   common.Hash `json:"blockHash"`
		BlockNumber string      `json:"blockNumber"`
	}
	require.NoError(t, json.Unmarshal([]byte(run("send", "--private-key", key, "--json", to.Hex(), "--value", "1gwei")), &rcpt))
	require.Equal(t, "0x1", rcpt.Status)
	n, err := hexutil.DecodeUint64(rcpt.BlockNumber)
	require.NoError(t, err)
	head, err := strconv.ParseUint(run("block-number"), 10, 64)
	require.NoError(t, err)
	require.LessOrEqual(t, n, head, "the receipt's block is sealed")

	// cast's view of the block is go-ethereum's.
	require.Equal(t, rcpt.BlockHash.Hex(), run("block", rcpt.BlockNumber, "--field", "hash"))
	hdr, err := env.client.HeaderByNumber(ctxT(t), new(big.Int).SetUint64(n))
	require.NoError(t, err)
	require.Equal(t, rcpt.BlockHash, hdr.Hash())

	// History: the balance before and at the transfer's block.
	require.Equal(t, "0", run("balance", to.Hex(), "--block", hexutil.EncodeUint64(n-1)))
	require.Equal(t, "1000000000", run("balance", to.Hex(), "--block", rcpt.BlockNumber))

	// A nonce gap: cast send --async returns the hash at once; the
	// transaction is queued and mined when the gap fills.
	start := time.Now()
	later := run("send", "--private-key", key, "--async", "--nonce", "2", to.Hex(), "--value", "1")
	require.Less(t, time.Since(start), 10*time.Second)
	require.Len(t, later, 66)
	require.Contains(t, run("rpc", "rollup_getTransactionStatus", later), `"queued"`)
	run("send", "--private-key", key, "--nonce", "1", to.Hex(), "--value", "1")
	waitReceipt(t, env.client, common.HexToHash(later))
}
