package deploy_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/contracts/bindings"
	"github.com/rollup-dev/rollup/internal/anviltest"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/deploy"
)

// anvilKey0 is the first key of anvil's default test mnemonic.
const anvilKey0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// startAnvil runs anvil on a free loopback port until the test ends; extra
// arguments are passed to anvil.
func startAnvil(t *testing.T, extra ...string) *ethclient.Client {
	return anviltest.Client(t, extra...)
}

func TestDeploy_Anvil(t *testing.T) {
	c := startAnvil(t)
	key, err := crypto.HexToECDSA(anvilKey0)
	require.NoError(t, err)
	d, err := deploy.Deploy(context.Background(), c, deploy.Config{
		Name:   "anvil",
		Key:    key,
		Params: deploy.DevnetParams(),
		Stake:  big.NewInt(params.Ether),
	})
	require.NoError(t, err)
	require.Equal(t, uint64(31337), d.L1ChainID)

	rb := bindings.NewRollup()
	rollup := rb.Instance(c, d.Contracts.Rollup)
	st, err := bind.Call(rollup, nil, rb.PackStakeOf(d.Deployer), rb.UnpackStakeOf)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(params.Ether), st.Amount)
	ok, err := bind.Call(rollup, nil, rb.PackCanPropose(d.Deployer), rb.UnpackCanPropose)
	require.NoError(t, err)
	require.True(t, ok)
	gb := bindings.NewChallengeGame()
	bond, err := bind.Call(gb.Instance(c, d.Contracts.ChallengeGame), nil, gb.PackChallengerBond(), gb.UnpackChallengerBond)
	require.NoError(t, err)
	require.Equal(t, d.ChallengerBond.Big(), bond)
}

// TestAppendBatchGas_Anvil measures appendBatch's execution gas (receipt gas minus
// the intrinsic and calldata cost) for small and 100 kB batches. It runs anvil on
// the Cancun rules: under Prague's calldata floor (EIP-7623) a 100 kB batch pays
// exactly the floor, which hides the execution cost.
func TestAppendBatchGas_Anvil(t *testing.T) {
	c := startAnvil(t, "--hardfork", "cancun")
	key, err := crypto.HexToECDSA(anvilKey0)
	require.NoError(t, err)
	ctx := context.Background()
	d, err := deploy.Deploy(ctx, c, deploy.Config{Key: key, Params: deploy.DevnetParams(), Stake: big.NewInt(params.Ether)})
	require.NoError(t, err)
	rb := bindings.NewRollup()
	rollup := rb.Instance(c, d.Contracts.Rollup)
	chainID, err := c.ChainID(ctx)
	require.NoError(t, err)
	o := bind.NewKeyedTransactor(key, chainID)
	prev := bindings.L2State{Timestamp: d.GenesisTimestamp}
	for i, n := range []int{11, 11, 100_000, 100_000} {
		data := make([]byte, n)
		for j := 8; j < n; j++ {
			data[j] = byte(j*7+1) | 1 // non-zero bytes, the costlier case
		}
		copy(data, []byte{1, 0, 0, 0, 0, 0, 0, 8})
		post := bindings.L2State{StateRoot: [32]byte{1}, BlockNumber: uint64(i + 1), Timestamp: d.GenesisTimestamp}
		cd := rb.PackAppendBatch(bindings.BatchHeader{Index: uint64(i), Prev: prev, Post: post, NumSteps: 1}, data)
		tx, err := bind.Transact(rollup, o, cd)
		require.NoError(t, err)
		r, err := deploy.WaitReceipt(ctx, c, tx.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		intrinsic := uint64(21_000)
		for _, b := range cd {
			if b == 0 {
				intrinsic += 4
			} else {
				intrinsic += 16
			}
		}
		exec := r.GasUsed - intrinsic
		t.Logf("appendBatch data %6d B: gas used %7d, calldata+intrinsic %7d, execution %6d", n, r.GasUsed, intrinsic, exec)
		if i == 3 {
			require.Less(t, exec, uint64(140_000), "appendBatch execution gas for 100 kB")
		}
		prev = post
	}
}

// TestGameGas_Anvil measures the gas of a challenge and of the bisection moves in
// real transactions (cold storage, calldata included).
func TestGameGas_Anvil(t *testing.T) {
	c := startAnvil(t)
	ctx := context.Background()
	seqKey, err := crypto.HexToECDSA(anvilKey0)
	require.NoError(t, err)
	chalKey, err := crypto.HexToECDSA("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d") // anvil account 1
	require.NoError(t, err)
	d, err := deploy.Deploy(ctx, c, deploy.Config{Key: seqKey, Params: deploy.DevnetParams(), Stake: big.NewInt(params.Ether)})
	require.NoError(t, err)
	chainID := new(big.Int).SetUint64(d.L1ChainID)
	seq := bind.NewKeyedTransactor(seqKey, chainID)
	chal := bind.NewKeyedTransactor(chalKey, chainID)
	send := func(o *bind.TransactOpts, bc *bind.BoundContract, data []byte) *types.Receipt {
		tx, err := bind.Transact(bc, o, data)
		require.NoError(t, err)
		r, err := deploy.WaitReceipt(ctx, c, tx.Hash())
		require.NoError(t, err)
		if r.Status != types.ReceiptStatusSuccessful {
			// Replay the call at the failed block for the contract error.
			_, cerr := c.CallContract(ctx, ethereum.CallMsg{From: o.From, To: tx.To(), Data: data, Gas: tx.Gas()}, r.BlockNumber)
			t.Fatalf("transaction reverted (gas limit %d, used %d): %v", tx.Gas(), r.GasUsed, contracts.RevertError(cerr))
		}
		return r
	}

	// 100 block records (Δt = 1): a batch of 100 steps.
	data := []byte{1, 0, 0, 0, 0, 0, 0, 8}
	for i := 0; i < 100; i++ {
		data = append(data, 0, 1)
	}
	rb := bindings.NewRollup()
	rollup := rb.Instance(c, d.Contracts.Rollup)
	h := bindings.BatchHeader{
		Prev:     bindings.L2State{Timestamp: d.GenesisTimestamp},
		Post:     bindings.L2State{BlockNumber: 100, Timestamp: d.GenesisTimestamp + 100},
		NumSteps: 100,
	}
	r := send(seq, rollup, rb.PackAppendBatch(h, data))
	var info bindings.BatchInfo
	for _, l := range r.Logs {
		if e, err := rb.UnpackBatchAppendedEvent(l); err == nil {
			info = e.Info
		}
	}

	gb := bindings.NewChallengeGame()
	game := gb.Instance(c, d.Contracts.ChallengeGame)
	chal.Value = d.ChallengerBond.Big()
	r = send(chal, game, gb.PackChallenge(info))
	chal.Value = nil
	t.Logf("challenge: gas used %d", r.GasUsed)
	hLo, hHi := info.StartHash, info.EndHash
	for i := 0; i < 3; i++ {
		mid := crypto.Keccak256Hash([]byte{byte(i)}) // any hash: gas does not depend on it
		r = send(seq, game, gb.PackBisect(big.NewInt(0), hLo, hHi, mid))
		t.Logf("bisect %d: gas used %d", i, r.GasUsed)
		require.LessOrEqual(t, r.GasUsed, uint64(80_000), "bisection move")
		r2 := send(chal, game, gb.PackRespond(big.NewInt(0), hLo, hHi, mid, i%2 == 0))
		t.Logf("respond %d: gas used %d", i, r2.GasUsed)
		require.LessOrEqual(t, r2.GasUsed, uint64(80_000), "bisection answer")
		if i%2 == 0 {
			hLo = mid
		} else {
			hHi = mid
		}
	}
}
