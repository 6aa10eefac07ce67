package sequencer_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l2"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

// specDir holds the method and schema sources of ethereum/execution-apis'
// OpenRPC document (see its README).
const specDir = "testdata/execution-apis"

// openRPC is the execution-apis OpenRPC document assembled from its sources
// as the upstream build does: the methods of eth/*.yaml, the schemas of
// schemas/*.yaml under components.schemas.
type openRPC struct {
	doc     map[string]any
	methods map[string]int // name → index in doc["methods"]
}

func loadOpenRPC(t *testing.T) *openRPC {
	t.Helper()
	readYAML := func(pattern string, into any) {
		files, err := filepath.Glob(filepath.Join(specDir, pattern))
		require.NoError(t, err)
		require.NotEmpty(t, files, pattern)
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			switch into := into.(type) {
			case *[]any:
				var part []any
				require.NoError(t, yaml.Unmarshal(b, &part), f)
				*into = append(*into, part...)
			case map[string]any:
				var part map[string]any
				require.NoError(t, yaml.Unmarshal(b, &part), f)
				for k, v := range part {
					into[k] = v
				}
			}
		}
	}
	var methods []any
	schemas := map[string]any{}
	readYAML("eth/*.yaml", &methods)
	readYAML("schemas/*.yaml", schemas)
	doc := map[string]any{"openrpc": "1.2.4", "methods": methods, "components": map[string]any{"schemas": schemas}}
	// Through JSON, so the validator sees JSON numbers.
	raw, err := json.Marshal(doc)
	require.NoError(t, err)
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	require.NoError(t, err)
	o := &openRPC{doc: v.(map[string]any), methods: map[string]int{}}
	for i, m := range o.doc["methods"].([]any) {
		o.methods[m.(map[string]any)["name"].(string)] = i
	}
	return o
}

// resultSchema compiles the result schema of method.
func (o *openRPC) resultSchema(t *testing.T, method string) *jsonschema.Schema {
	t.Helper()
	i, ok := o.methods[method]
	require.True(t, ok, "%s is not in the execution-apis spec", method)
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft7)
	require.NoError(t, c.AddResource("openrpc.json", o.doc))
	s, err := c.Compile(fmt.Sprintf("openrpc.json#/methods/%d/result/schema", i))
	require.NoError(t, err, method)
	return s
}

// schema compiles the component schema name.
func (o *openRPC) schema(t *testing.T, name string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft7)
	require.NoError(t, c.AddResource("openrpc.json", o.doc))
	s, err := c.Compile("openrpc.json#/components/schemas/" + name)
	require.NoError(t, err, name)
	return s
}

// exampleParams returns the params of method's first example.
func (o *openRPC) exampleParams(method string) []any {
	m := o.doc["methods"].([]any)[o.methods[method]].(map[string]any)
	ex, _ := m["examples"].([]any)
	if len(ex) == 0 {
		return []any{}
	}
	ps, _ := ex[0].(map[string]any)["params"].([]any)
	out := []any{}
	for _, p := range ps {
		out = append(out, p.(map[string]any)["value"])
	}
	return out
}

// TestOpenRPCConformance calls every method of the execution-apis spec on a
// node with sealed blocks, a deposit (a withdrawal), transfers of each type,
// a pending transaction and filters, and validates each answer against the
// method's result schema. A spec method the node does not serve must answer
// "method not found" (-32601); the list of those is asserted, so serving a
// new method means validating it here.
func TestOpenRPCConformance(t *testing.T) {
	spec := loadOpenRPC(t)
	chainL1 := newL1(t)
	env := chainL1.start(t, chainL1.config(t, 1))
	u, client := env.svc.URL(), env.client
	ctx := ctxT(t)

	// A deposit funds alice; she sends a dynamic-fee and a legacy transfer.
	alice, bob := testKey(0), addrOf(testKey(1))
	chainL1.deposit(t, 1, addrOf(alice), big.NewInt(params.Ether))
	chainL1.mine(2)
	require.Eventually(t, func() bool {
		b, err := client.BalanceAt(ctx, addrOf(alice), nil)
		return err == nil && b.Sign() > 0
	}, 10*time.Second, 10*time.Millisecond)
	logFilter := call(t, u, "eth_newFilter", map[string]any{"fromBlock": "0x0"})
	blockFilter := call(t, u, "eth_newBlockFilter")
	pendingFilter := call(t, u, "eth_newPendingTransactionFilter")
	tx1 := transfer(t, alice, 0, bob, big.NewInt(1))
	tx2 := legacyTransfer(t, alice, 1, bob, big.NewInt(2), new(big.Int).Mul(testBaseFee, big.NewInt(2)))
	require.Nil(t, sendRaw(t, u, tx1).Error)
	require.Nil(t, sendRaw(t, u, tx2).Error)
	r1, r2 := waitReceipt(t, client, tx1.Hash()), waitReceipt(t, client, tx2.Hash())
	// A bridged token: a transfer with its Transfer log, and one that reverts.
	l1Token := chainL1.depositToken(t, big.NewInt(100e6), addrOf(alice))
	chainL1.mine(2)
	token := l2.TokenAddress(l1Token)
	require.Eventually(t, func() bool {
		var code hexutil.Bytes
		return client.Client().CallContext(ctx, &code, "eth_getCode", token, "latest") == nil && len(code) > 0
	}, 10*time.Second, 10*time.Millisecond)
	require.Eventually(t, func() bool {
		out, err := client.CallContract(ctx, ethereum.CallMsg{To: &token, Data: contracts.ERC20.PackBalanceOf(addrOf(alice))}, nil)
		return err == nil && new(big.Int).SetBytes(out).Sign() > 0
	}, 10*time.Second, 10*time.Millisecond)
	tt := tokenCall(t, alice, 2, token, l2.TransferSelector, bob, big.NewInt(5e6), l2.TokenGas)
	tr := tokenCall(t, alice, 3, token, l2.TransferSelector, bob, big.NewInt(500e6), l2.TokenGas)
	require.Nil(t, sendRaw(t, u, tt).Error)
	require.Nil(t, sendRaw(t, u, tr).Error)
	rt := waitReceipt(t, client, tt.Hash())
	require.Len(t, rt.Logs, 1)
	require.EqualValues(t, 0, waitReceipt(t, client, tr.Hash()).Status)
	var depositBlock hexutil.Uint64
	for n := uint64(0); n <= r1.BlockNumber.Uint64(); n++ {
		var b struct {
			Withdrawals []any `json:"withdrawals"`
		}
		raw := call(t, u, "eth_getBlockByNumber", hexutil.Uint64(n), false).Result
		require.NoError(t, json.Unmarshal(raw, &b))
		if len(b.Withdrawals) > 0 {
			depositBlock = hexutil.Uint64(n)
		}
	}
	require.NotZero(t, depositBlock, "a block carries the deposit as a withdrawal")
	// A pending transaction: a long block time is not configurable here, so
	// take a queued one (served like a pending transaction).
	queued := transfer(t, alice, 7, bob, big.NewInt(3))
	require.Nil(t, sendRaw(t, u, queued).Error)

	var filterIDs struct{ log, block, pending string }
	for _, f := range []struct {
		r  rpcResp
		id *string
	}{{logFilter, &filterIDs.log}, {blockFilter, &filterIDs.block}, {pendingFilter, &filterIDs.pending}} {
		require.Nil(t, f.r.Error)
		require.NoError(t, json.Unmarshal(f.r.Result, f.id))
	}
	from, to := addrOf(alice).Hex(), bob.Hex()
	b1, blk1 := r1.BlockHash.Hex(), hexutil.EncodeBig(r1.BlockNumber)
	calls := []struct {
		method string
		params []any
	}{
		{"eth_chainId", nil},
		{"eth_syncing", nil},
		{"eth_accounts", nil},
		{"eth_blockNumber", nil},
		{"net_version", nil},
		{"eth_gasPrice", nil},
		{"eth_blobBaseFee", nil},
		{"eth_maxPriorityFeePerGas", nil},
		{"eth_feeHistory", []any{"0x4", "latest", []any{25, 75}}},
		{"eth_call", []any{map[string]any{"from": from, "to": to, "value": "0x1"}, "latest"}},
		{"eth_call", []any{map[string]any{"to": token, "data": hexutil.Encode(contracts.ERC20.PackBalanceOf(addrOf(alice)))}, "latest"}},
		{"eth_call", []any{map[string]any{"to": token, "data": hexutil.Encode(contracts.ERC20.PackSymbol())}}},
		{"eth_estimateGas", []any{map[string]any{"from": from, "to": to, "value": "0x1"}}},
		{"eth_estimateGas", []any{map[string]any{"from": from, "to": token, "data": hexutil.Encode(tt.Data())}}},
		{"eth_getCode", []any{token, "latest"}},
		{"eth_getTransactionReceipt", []any{tt.Hash().Hex()}},
		{"eth_getTransactionReceipt", []any{tr.Hash().Hex()}},
		{"eth_getBlockReceipts", []any{rt.BlockHash.Hex()}},
		{"eth_getBlockByHash", []any{rt.BlockHash.Hex(), true}},
		{"eth_getLogs", []any{map[string]any{"fromBlock": "0x0", "address": token, "topics": []any{chain.TransferTopic}}}},
		{"eth_getLogs", []any{map[string]any{"blockHash": rt.BlockHash}}},
		{"eth_getBalance", []any{from, "latest"}},
		{"eth_getBalance", []any{from, "0x0"}},
		{"eth_getBalance", []any{from, map[string]any{"blockHash": b1}}},
		{"eth_getBalance", []any{from, "safe"}},
		{"eth_getStorageAt", []any{from, "0x0", "latest"}},
		{"eth_getTransactionCount", []any{from, "pending"}},
		{"eth_getCode", []any{to, "latest"}},
		{"eth_getBlockByNumber", []any{"latest", false}},
		{"eth_getBlockByNumber", []any{blk1, true}},
		{"eth_getBlockByNumber", []any{depositBlock, true}},
		{"eth_getBlockByNumber", []any{"earliest", false}},
		{"eth_getBlockByNumber", []any{"0xffffff", false}},
		{"eth_getBlockByHash", []any{b1, true}},
		{"eth_getBlockByHash", []any{common.Hash{1}.Hex(), false}},
		{"eth_getBlockTransactionCountByHash", []any{b1}},
		{"eth_getBlockTransactionCountByNumber", []any{blk1}},
		{"eth_getBlockReceipts", []any{blk1}},
		{"eth_getBlockReceipts", []any{r2.BlockHash.Hex()}},
		{"eth_getTransactionByHash", []any{tx1.Hash().Hex()}},
		{"eth_getTransactionByHash", []any{tx2.Hash().Hex()}},
		{"eth_getTransactionByHash", []any{queued.Hash().Hex()}},
		{"eth_getTransactionByHash", []any{common.Hash{2}.Hex()}},
		{"eth_getTransactionByBlockHashAndIndex", []any{b1, hexutil.Uint(r1.TransactionIndex)}},
		{"eth_getTransactionByBlockNumberAndIndex", []any{blk1, hexutil.Uint(r1.TransactionIndex)}},
		{"eth_getTransactionReceipt", []any{tx1.Hash().Hex()}},
		{"eth_getTransactionReceipt", []any{tx2.Hash().Hex()}},
		{"eth_getTransactionReceipt", []any{queued.Hash().Hex()}},
		{"eth_sendRawTransaction", []any{hexutil.Encode(mustMarshal(t, transfer(t, alice, 4, bob, big.NewInt(4))))}},
		{"eth_getLogs", []any{map[string]any{"fromBlock": "0x0", "toBlock": "latest"}}},
		{"eth_getFilterChanges", []any{filterIDs.log}},
		{"eth_getFilterChanges", []any{filterIDs.block}},
		{"eth_getFilterChanges", []any{filterIDs.pending}},
		{"eth_getFilterLogs", []any{filterIDs.log}},
		{"eth_uninstallFilter", []any{filterIDs.block}},
		{"eth_newFilter", []any{map[string]any{"address": to, "topics": []any{}}}},
		{"eth_newBlockFilter", nil},
		{"eth_newPendingTransactionFilter", nil},
	}
	covered := map[string]bool{}
	for _, c := range calls {
		if c.params == nil {
			c.params = []any{}
		}
		r := call(t, u, c.method, c.params...)
		require.Nil(t, r.Error, "%s %v", c.method, c.params)
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(r.Result))
		require.NoError(t, err)
		schema := spec.resultSchema(t, c.method)
		// A transaction without a block, which the spec does not model: geth
		// answers it with null block fields, and so does the node.
		if c.method == "eth_getTransactionByHash" && c.params[0] == queued.Hash().Hex() {
			obj := v.(map[string]any)
			for _, f := range []string{"blockHash", "blockNumber", "blockTimestamp", "transactionIndex"} {
				require.Nil(t, obj[f], "%s of a pending transaction", f)
				delete(obj, f)
			}
			schema = spec.schema(t, "TransactionSigned")
		}
		if arr, ok := v.([]any); ok && len(arr) == 0 && (strings.Contains(c.method, "Filter") || c.method == "eth_getLogs") {
			// FilterResults is a oneOf of arrays (hashes or logs): an empty
			// list matches all of them, which oneOf refuses; it is a valid
			// answer of each.
			covered[c.method] = true
			continue
		}
		err = schema.Validate(v)
		require.NoError(t, err, "%s %v answered %s", c.method, c.params, r.Result)
		covered[c.method] = true
	}

	// The spec's other methods are not served, and say so.
	var unserved []string
	for name := range spec.methods {
		if covered[name] {
			continue
		}
		r := call(t, u, name, spec.exampleParams(name)...)
		require.NotNil(t, r.Error, "%s answered %s: validate it above", name, r.Result)
		require.Equal(t, -32601, r.Error.Code, "%s: %s", name, r.Error.Message)
		unserved = append(unserved, name)
	}
	sort.Strings(unserved)
	t.Logf("not served: %s", strings.Join(unserved, " "))
	require.Equal(t, []string{
		"eth_baseFee", "eth_capabilities", "eth_coinbase", "eth_config", "eth_createAccessList", "eth_fillTransaction",
		"eth_getBlockAccessList", "eth_getProof", "eth_getStorageValues", "eth_sendTransaction", "eth_sign",
		"eth_signTransaction", "eth_simulateV1",
	}, unserved)
}

func mustMarshal(t *testing.T, v interface{ MarshalBinary() ([]byte, error) }) []byte {
	b, err := v.MarshalBinary()
	require.NoError(t, err)
	return b
}
