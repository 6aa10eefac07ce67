package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"math/rand"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/contracts/bindings"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/l1client/devchain"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/l2/blob"
)

// BenchmarkOneStepGas measures the L1 gas of a one-step proof (a transaction
// calling OneStepProver.executeStep with the witness as calldata) for each
// kind of step, on a state of ROLLUP_GAS_ACCOUNTS random accounts (default
// 1,000,000) besides the ones the steps touch, so the state proofs have the
// depth of a large chain. It reports gas per step kind; run with
//
//	go test -run '^$' -bench OneStepGas -benchtime 1x ./l1client/contracts/
func BenchmarkOneStepGas(b *testing.B) {
	n := 1_000_000
	if v, err := strconv.Atoi(os.Getenv("ROLLUP_GAS_ACCOUNTS")); err == nil && v > 0 {
		n = v
	}
	ctx := context.Background()
	chain, err := devchain.New(devchain.Config{BlockTime: 20 * time.Millisecond, Accounts: 1,
		Balance: new(big.Int).Mul(big.NewInt(1e6), big.NewInt(params.Ether))})
	require.NoError(b, err)
	require.NoError(b, chain.Start())
	defer chain.Stop()
	client := chain.Client()
	key := chain.Accounts()[0].Key
	p := &l2.Params{ChainID: 901, BaseFee: uint256.NewInt(gwei), FeeRecipient: common.HexToAddress("0xfee"), GenesisTimestamp: 1_700_000_000}
	dp := deploy.DevnetParams()
	dp.L2ChainID, dp.BaseFee, dp.FeeRecipient = p.ChainID, p.BaseFee.ToBig(), p.FeeRecipient
	d, err := deploy.Deploy(ctx, client, deploy.Config{Key: key, Params: dp})
	require.NoError(b, err)

	rng := rand.New(rand.NewSource(7))
	alice, bob := newKey(rng), newKey(rng)
	l1Token, err := deploy.DeployToken(ctx, client, key, deploy.DevTokenParams())
	require.NoError(b, err)
	token := l2.TokenAddress(l1Token)
	// Queue entry 0: an ETH deposit; 1: a token deposit, both to alice.
	bridge := bindings.NewBridge()
	inst := bridge.Instance(client, d.Contracts.Bridge)
	opts := bind.NewKeyedTransactor(key, chain.ChainID())
	opts.Context = ctx
	dev := bindings.NewDevToken()
	for _, data := range [][]byte{
		dev.PackApprove(d.Contracts.Bridge, big.NewInt(1e12)),
	} {
		tx, err := bind.Transact(dev.Instance(client, l1Token), opts, data)
		require.NoError(b, err)
		waitOK(b, client, tx)
	}
	o := *opts
	o.Value = big.NewInt(params.Ether)
	tx, err := bind.Transact(inst, &o, bridge.PackDeposit(alice.addr))
	require.NoError(b, err)
	waitOK(b, client, tx)
	tx, err = bind.Transact(inst, opts, bridge.PackDepositERC20(l1Token, alice.addr, big.NewInt(5e6)))
	require.NoError(b, err)
	waitOK(b, client, tx)
	deposits := []l2.Deposit{
		{Index: 0, Recipient: alice.addr, Amount: uint256.NewInt(params.Ether)},
		{Index: 1, Recipient: alice.addr, Amount: uint256.NewInt(5e6), Token: l1Token},
	}

	// The state: n random accounts, alice with ETH and tokens, a token leaf.
	st := l2.NewState()
	var a [20]byte
	for i := 0; i < n; i++ {
		rng.Read(a[:])
		st.Tree().Set(l2.AccountKey(a), uint256.NewInt(uint64(rng.Int63())), uint256.NewInt(uint64(rng.Intn(100))))
	}
	st.Tree().Set(l2.AccountKey(alice.addr), new(uint256.Int).Mul(uint256.NewInt(10), uint256.NewInt(params.Ether)), uint256.NewInt(0))
	st.Tree().Set(l2.BalanceKey(token, alice.addr), uint256.NewInt(1e9), uint256.NewInt(0))
	st.Tree().Set(l2.TokenKey(token), uint256.NewInt(1e9), new(uint256.Int).SetBytes20(l1Token[:]))
	b.Logf("state of %d leaves, root %s", st.Tree().Len(), st.Root())

	sign := func(k *ecdsa.PrivateKey, nonce uint64, to common.Address, value *big.Int, data []byte, gas uint64) *types.Transaction {
		tx, err := types.SignNewTx(k, types.LatestSignerForChainID(big.NewInt(901)), &types.DynamicFeeTx{ChainID: big.NewInt(901),
			Nonce: nonce, GasTipCap: big.NewInt(gwei), GasFeeCap: big.NewInt(2 * gwei), Gas: gas, To: &to, Value: value, Data: data})
		require.NoError(b, err)
		return tx
	}
	steps := []gasStep{
		{"deposit", l2.Item{Deposit: &deposits[0]}},
		{"token-deposit", l2.Item{Deposit: &deposits[1]}},
		{"transfer", l2.Item{Tx: sign(alice.key, 0, bob.addr, big.NewInt(1e15), nil, 21000)}},
		{"token-transfer", l2.Item{Tx: sign(alice.key, 1, token, new(big.Int), callData(l2.CallTransfer, bob.addr, uint256.NewInt(1e6)), l2.TokenGas)}},
		{"token-withdraw", l2.Item{Tx: sign(alice.key, 2, token, new(big.Int), callData(l2.CallWithdraw, bob.addr, uint256.NewInt(1e6)), l2.TokenGas)}},
		{"withdrawal", l2.Item{Tx: sign(alice.key, 3, l2.WithdrawalAddress, big.NewInt(1e15), nil, 21000)}},
	}
	blk := l2.Block{Number: 1, Timestamp: p.GenesisTimestamp + 1}
	for _, s := range steps {
		blk.Items = append(blk.Items, s.item)
	}
	prev := p.Genesis()
	prev.StateRoot = st.Root()
	data, err := l2.EncodeBatch(p, prev, []l2.Block{blk})
	require.NoError(b, err)
	src := func(i uint64) (l2.Deposit, bool) { return deposits[i], i < uint64(len(deposits)) }
	osp := bindings.NewOneStepProver()
	b.ResetTimer()
	// The same steps from calldata and from a blob, on the same state.
	for _, inBlob := range []bool{false, true} {
		st := st.Copy()
		c, err := l2.NewBatchContext(p, data, uint64(len(deposits)), src)
		require.NoError(b, err)
		suffix := ""
		if inBlob {
			bl := blob.Encode(data)[0]
			require.NoError(b, c.SetBlob(&bl))
			suffix = "-blob"
		}
		abiCtx := bindings.BatchContext{DataRoot: c.DataRoot(), Blob: c.IsBlob(), DataLen: uint32(len(data)),
			FeeCount: uint8(c.Header().FeeCount), AddrCount: uint16(c.Header().AddrCount), DepositLimit: uint64(len(deposits))}
		ms := c.Start(prev)
		next, _, _, err := l2.StepWithWitness(c, st, ms) // the block record
		require.NoError(b, err)
		ms = next
		gasSteps(b, osp, client, opts.From, d.Contracts.OneStepProver, c, st, ms, abiCtx, steps, suffix)
	}
}

type gasStep struct {
	name string
	item l2.Item
}

// gasSteps measures each step's executeStep transaction gas and checks its
// result against Go.
func gasSteps(b *testing.B, osp *bindings.OneStepProver, client bind.ContractBackend, from, prover common.Address,
	c *l2.BatchContext, st *l2.State, ms l2.MachineState, abiCtx bindings.BatchContext, steps []gasStep, suffix string) {
	ctx := context.Background()
	for _, s := range steps {
		next, out, w, err := l2.StepWithWitness(c, st, ms)
		require.NoError(b, err)
		require.Equal(b, l2.Apply, out.Kind, s.name)
		require.False(b, out.Reverted, s.name)
		call := osp.PackExecuteStep(abiCtx, contracts.MachineState(ms), contracts.Witness(w))
		gas, err := client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &prover, Data: call})
		require.NoError(b, err, s.name)
		res, err := proverCall(ctx, client, prover, &stepCase{ctx: abiCtx, pre: ms, wit: contracts.Witness(w)})
		require.NoError(b, err)
		require.Equal(b, next, contracts.MachineStateFromABI(res.Post), s.name)
		depth := 0
		for _, sp := range w.StateProofs {
			depth = max(depth, len(sp.Proof.Siblings))
		}
		b.Logf("%-20s %7d gas  (%d state proofs, deepest %d siblings, %d chunks, %d blob elements, %d bytes of calldata)",
			s.name+suffix, gas, len(w.StateProofs), depth, len(w.Chunks), len(w.Elements), len(call))
		b.ReportMetric(float64(gas), s.name+suffix+"-gas")
		ms = next
	}
}

func waitOK(b *testing.B, client bind.ContractBackend, tx *types.Transaction) {
	r, err := deploy.WaitReceipt(context.Background(), client.(bind.DeployBackend), tx.Hash())
	require.NoError(b, err)
	require.Equal(b, types.ReceiptStatusSuccessful, r.Status)
}
