package deploy_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/contracts/bindings"
	"github.com/rollup-dev/rollup/l1client/deploy"
)

// sim is a simulated L1 that mines a block every few milliseconds.
type sim struct {
	backend *simulated.Backend
	client  simulated.Client
	keys    []*ecdsa.PrivateKey
}

func newSim(t *testing.T, accounts int) *sim {
	t.Helper()
	alloc := types.GenesisAlloc{}
	s := &sim{}
	for i := 0; i < accounts; i++ {
		k, err := crypto.GenerateKey()
		require.NoError(t, err)
		s.keys = append(s.keys, k)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	}
	s.backend = simulated.NewBackend(alloc, simulated.WithMinerMinTip(big.NewInt(1)))
	s.client = s.backend.Client()
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				s.backend.Commit()
			}
		}
	}()
	t.Cleanup(func() {
		close(done)
		<-stopped
		_ = s.backend.Close()
	})
	return s
}

func (s *sim) opts(t *testing.T, i int) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(s.keys[i], big.NewInt(1337))
	o.Context = context.Background()
	return o
}

// mined returns a function that waits for a sent transaction and requires success:
// s.mined(t)(bind.Transact(...)).
func (s *sim) mined(t *testing.T) func(*types.Transaction, error) *types.Receipt {
	return func(tx *types.Transaction, err error) *types.Receipt {
		t.Helper()
		require.NoError(t, err)
		return s.waitOK(t, tx)
	}
}

func (s *sim) waitOK(t *testing.T, tx *types.Transaction) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := deploy.WaitReceipt(ctx, s.client, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "tx %s reverted", tx.Hash())
	return r
}

func deployOn(t *testing.T, s *sim, stake *big.Int) *deploy.Deployment {
	t.Helper()
	d, err := deploy.Deploy(context.Background(), s.client, deploy.Config{
		Name:   "test",
		Key:    s.keys[0],
		Params: deploy.DevnetParams(),
		Stake:  stake,
	})
	require.NoError(t, err)
	return d
}

func TestDeploy_Simulated(t *testing.T) {
	s := newSim(t, 2)
	d := deployOn(t, s, nil)
	deployer := crypto.PubkeyToAddress(s.keys[0].PublicKey)

	require.Equal(t, uint64(1337), d.L1ChainID)
	require.Equal(t, deployer, d.Deployer)
	require.Equal(t, deployer, d.Sequencer)
	require.Equal(t, deployer, d.FeeRecipient)
	require.Equal(t, uint64(901), d.L2ChainID)
	hdr, err := s.client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(d.DeploymentBlock))
	require.NoError(t, err)
	require.Equal(t, hdr.Hash(), d.DeploymentBlockHash)
	require.LessOrEqual(t, d.GenesisTimestamp, hdr.Time, "genesis is the L1 head's time when the deployment starts")

	for name, a := range map[string]common.Address{"rollup": d.Contracts.Rollup, "bridge": d.Contracts.Bridge,
		"game": d.Contracts.ChallengeGame, "prover": d.Contracts.OneStepProver} {
		code, err := s.client.CodeAt(context.Background(), a, nil)
		require.NoError(t, err)
		require.NotEmpty(t, code, name)
	}

	// The contracts are linked and carry the parameters.
	rb := bindings.NewRollup()
	rollup := rb.Instance(s.client, d.Contracts.Rollup)
	game, err := bind.Call(rollup, nil, rb.PackChallengeGame(), rb.UnpackChallengeGame)
	require.NoError(t, err)
	require.Equal(t, d.Contracts.ChallengeGame, game)
	window, err := bind.Call(rollup, nil, rb.PackDisputeWindow(), rb.UnpackDisputeWindow)
	require.NoError(t, err)
	require.Equal(t, uint64(60), window)
	bb := bindings.NewBridge()
	linked, err := bind.Call(bb.Instance(s.client, d.Contracts.Bridge), nil, bb.PackRollup(), bb.UnpackRollup)
	require.NoError(t, err)
	require.Equal(t, d.Contracts.Rollup, linked)
	pb := bindings.NewOneStepProver()
	chainID, err := bind.Call(pb.Instance(s.client, d.Contracts.OneStepProver), nil, pb.PackL2ChainId(), pb.UnpackL2ChainId)
	require.NoError(t, err)
	require.Equal(t, int64(901), chainID.Int64())

	// Initializers run once.
	_, err = bind.Transact(rollup, s.opts(t, 0), rb.PackInitialize(common.HexToAddress("0x01")))
	require.Error(t, err)

	// The record round-trips through its file.
	path := deploy.Path(t.TempDir(), d.Name)
	require.NoError(t, d.WriteFile(path))
	back, err := deploy.Load(path)
	require.NoError(t, err)
	require.Equal(t, d, back)
	require.Equal(t, "test.json", filepath.Base(path))
	require.Equal(t, big.NewInt(params.Ether), back.Params().ProposerBond)
}

func TestDeploy_BadParams_Fails(t *testing.T) {
	s := newSim(t, 1)
	p := deploy.DevnetParams()
	p.DisputeWindow = 0
	_, err := deploy.Deploy(context.Background(), s.client, deploy.Config{Key: s.keys[0], Params: p})
	require.ErrorContains(t, err, "DisputeWindow")
	_, err = deploy.Deploy(context.Background(), s.client, deploy.Config{Params: deploy.DevnetParams()})
	require.ErrorContains(t, err, "Key")
}

// TestAppendBatchAndDeposit_Simulated appends a batch through the bindings, reads
// it back from BatchAppended, and queues a deposit through the Bridge.
func TestAppendBatchAndDeposit_Simulated(t *testing.T) {
	s := newSim(t, 2)
	d := deployOn(t, s, big.NewInt(params.Ether))
	ctx := context.Background()

	// A deposit from another account.
	bb := bindings.NewBridge()
	bridge := bb.Instance(s.client, d.Contracts.Bridge)
	recipient := common.HexToAddress("0x1234567890123456789012345678901234567890")
	o := s.opts(t, 1)
	o.Value = big.NewInt(3 * params.GWei)
	r := s.mined(t)(bind.Transact(bridge, o, bb.PackDeposit(recipient)))
	ev, err := bb.UnpackDepositQueuedEvent(r.Logs[0])
	require.NoError(t, err)
	require.Equal(t, uint64(0), ev.Index.Uint64())
	require.Equal(t, recipient, ev.Recipient)
	require.Equal(t, crypto.PubkeyToAddress(s.keys[1].PublicKey), ev.From)
	require.Equal(t, o.Value, ev.Amount)
	dep, err := bind.Call(bridge, nil, bb.PackDepositAt(big.NewInt(0)), bb.UnpackDepositAt)
	require.NoError(t, err)
	require.Equal(t, recipient, dep.Recipient)

	// A batch with one block record (Δt = 2) that consumes the deposit.
	data := []byte{0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x02, 0x01}
	h := bindings.BatchHeader{
		Index:    0,
		Prev:     bindings.L2State{Timestamp: d.GenesisTimestamp},
		Post:     bindings.L2State{StateRoot: common.HexToHash("0xabcd"), DepositsConsumed: 1, BlockNumber: 1, Timestamp: d.GenesisTimestamp + 2},
		NumSteps: 2,
	}
	rb := bindings.NewRollup()
	rollup := rb.Instance(s.client, d.Contracts.Rollup)
	r = s.mined(t)(bind.Transact(rollup, s.opts(t, 0), rb.PackAppendBatch(h, data)))
	var info *bindings.RollupBatchAppended
	for _, l := range r.Logs {
		if e, err := rb.UnpackBatchAppendedEvent(l); err == nil {
			info = e
		}
	}
	require.NotNil(t, info, "BatchAppended")
	require.Equal(t, uint64(0), info.Index)
	require.Equal(t, crypto.PubkeyToAddress(s.keys[0].PublicKey), info.Proposer)
	require.Equal(t, uint32(len(data)), info.Info.DataLen)
	require.Equal(t, uint32(8), info.Info.RecordsStart)
	require.Equal(t, uint64(1), info.Info.DepositLimit)
	require.Equal(t, h.Post, info.Info.Post)
	require.Equal(t, crypto.Keccak256Hash(data), common.Hash(info.Info.DataRoot), "one chunk: the root is its hash")

	// The stored hash is keccak(abi.encode(info)) of the emitted record.
	stored, err := bind.Call(rollup, nil, rb.PackBatchHash(big.NewInt(0)), rb.UnpackBatchHash)
	require.NoError(t, err)
	require.Equal(t, info.BatchHash, stored)
	next, err := bind.Call(rollup, nil, rb.PackNextIndex(), rb.UnpackNextIndex)
	require.NoError(t, err)
	require.Equal(t, uint64(1), next)
	status, err := bind.Call(rollup, &bind.CallOpts{Context: ctx}, rb.PackStatus(big.NewInt(0)), rb.UnpackStatus)
	require.NoError(t, err)
	require.Equal(t, uint8(1), status, "pending")
}

// TestParams_Check refuses zero bonds and windows and clocks that a delay of
// MoveMarginBlocks L1 blocks per move could run out (docs/protocol.md §10);
// the shipped presets pass.
func TestParams_Check(t *testing.T) {
	require.NoError(t, func() error { p := deploy.DefaultParams(); return p.Check() }())
	require.NoError(t, func() error { p := deploy.DevnetParams(); return p.Check() }())
	cases := []struct {
		name, want string
		mod        func(p *deploy.Params)
	}{
		{"zero proposer bond", "ProposerBond", func(p *deploy.Params) { p.ProposerBond = new(big.Int) }},
		{"zero challenger bond", "ChallengerBond", func(p *deploy.Params) { p.ChallengerBond = new(big.Int) }},
		{"no L1 block time", "L1BlockTime", func(p *deploy.Params) { p.L1BlockTime = 0 }},
		// the old shipped values: a 60 s window and a 300 s clock with no increment on 12 s blocks
		{"window below ten blocks", "DisputeWindow", func(p *deploy.Params) { p.DisputeWindow = 60; p.L1BlockTime = 12 * time.Second }},
		{"no increment", "ClockIncrement", func(p *deploy.Params) { p.ClockIncrement = 0 }},
		{"clock below the moves", "GameClock", func(p *deploy.Params) { p.GameClock = 18*10 - 1 }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := deploy.DevnetParams()
			c.mod(&p)
			require.ErrorContains(t, p.Check(), c.want)
		})
	}
	require.Equal(t, uint64(18), deploy.MaxGameMoves)
}
