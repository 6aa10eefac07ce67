package fraudproof_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"math/bits"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/contracts/bindings"
	"github.com/rollup-dev/rollup/fraudproof"
	"github.com/rollup-dev/rollup/fraudproof/derive"
	"github.com/rollup-dev/rollup/fraudproof/fptest"
	"github.com/rollup-dev/rollup/fraudproof/solver"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l2"
)

const poll = 50 * time.Millisecond

var (
	gameB   = contracts.Game
	rollupB = contracts.Rollup
	bridgeB = contracts.Bridge
)

// startAgent starts an agent and stops it at the end of the test.
func startAgent(t *testing.T, s *fraudproof.Service) *fraudproof.Service {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	require.NoError(t, s.Start(ctx))
	t.Cleanup(func() { _ = s.Stop() })
	return s
}

// defender returns the proposer's defender: it plays the proposer's own runs
// (the env is its claim source) through the proposer's transaction manager.
func defender(t *testing.T, e *fptest.Env) *fraudproof.Service {
	s, err := fraudproof.New(fraudproof.Config{Deployment: e.Deployment, Defend: true, Name: "defender", PollInterval: poll},
		fraudproof.Deps{L1: e.Client, Pool: e.Pool, Sender: e.ProposerTx, Claims: e, Blobs: blobSource(e), Logger: e.Log.Named("defender")})
	require.NoError(t, err)
	return s
}

// challenger returns a challenger agent for dev account i.
func challenger(t *testing.T, e *fptest.Env, i int, name string, dishonest bool) *fraudproof.Service {
	s, err := fraudproof.New(fraudproof.Config{Deployment: e.Deployment, Key: e.Accounts[i].Key, Challenge: true, Dishonest: dishonest,
		Name: name, PollInterval: poll, TxPollInterval: 25 * time.Millisecond, ProgressInterval: 2 * time.Second},
		fraudproof.Deps{L1: e.Client, Pool: e.Pool, Blobs: blobSource(e), Logger: e.Log.Named(name)})
	require.NoError(t, err)
	return s
}

// blobSource is the env's beacon client, or none (a nil interface, not a nil
// pointer) without Options.Blobs.
func blobSource(e *fptest.Env) derive.BlobSource {
	if e.Beacon == nil {
		return nil
	}
	return e.Beacon
}

func call[T any](t *testing.T, e *fptest.Env, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	raw, err := e.Client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	require.NoError(t, err)
	v, err := unpack(raw)
	require.NoError(t, err)
	return v
}

func getGame(t *testing.T, e *fptest.Env, id uint64) solver.Game {
	g := call(t, e, e.Deployment.Contracts.ChallengeGame, gameB.PackGetGame(new(big.Int).SetUint64(id)), gameB.UnpackGetGame)
	return solver.FromABI(id, g)
}

func nextIndex(t *testing.T, e *fptest.Env) uint64 {
	return call(t, e, e.Deployment.Contracts.Rollup, rollupB.PackNextIndex(), rollupB.UnpackNextIndex)
}

func credit(t *testing.T, e *fptest.Env, who common.Address) *big.Int {
	return call(t, e, e.Deployment.Contracts.ChallengeGame, gameB.PackCredit(who), gameB.UnpackCredit)
}

// eventually polls cond until it holds or the timeout passes.
func eventually(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// logsOf returns the ChallengeGame's logs of one kind for game id.
func logsOf(t *testing.T, e *fptest.Env, event string, id uint64) []types.Log {
	abi := gameB.GetABI()
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(e.Deployment.DeploymentBlock), Addresses: []common.Address{e.Deployment.Contracts.ChallengeGame},
		Topics: [][]common.Hash{{abi.Events[event].ID}, {common.BigToHash(new(big.Int).SetUint64(id))}}}
	logs, err := e.Client.FilterLogs(context.Background(), q)
	require.NoError(t, err)
	return logs
}

// gamesOn returns the ids of games opened on a batch record hash, with the
// block each was opened in.
func gamesOn(t *testing.T, e *fptest.Env, batchHash common.Hash) map[uint64]uint64 {
	abi := gameB.GetABI()
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(e.Deployment.DeploymentBlock), Addresses: []common.Address{e.Deployment.Contracts.ChallengeGame},
		Topics: [][]common.Hash{{abi.Events["GameOpened"].ID}, nil, nil, {batchHash}}}
	logs, err := e.Client.FilterLogs(context.Background(), q)
	require.NoError(t, err)
	out := map[uint64]uint64{}
	for _, l := range logs {
		ev, err := gameB.UnpackGameOpenedEvent(&l)
		require.NoError(t, err)
		out[ev.Id.Uint64()] = l.BlockNumber
	}
	return out
}

// waitGame waits for a game on the batch to be opened and returns its id and
// opening block.
func waitGame(t *testing.T, e *fptest.Env, batchHash common.Hash, timeout time.Duration) (uint64, uint64) {
	t.Helper()
	var id, block uint64
	eventually(t, timeout, "a game on the batch", func() bool {
		for i, b := range gamesOn(t, e, batchHash) {
			id, block = i, b
			return true
		}
		return false
	})
	return id, block
}

// waitEnd waits for a game to end and returns its final state.
func waitEnd(t *testing.T, e *fptest.Env, id uint64, timeout time.Duration) solver.Game {
	t.Helper()
	var g solver.Game
	eventually(t, timeout, "the end of the game", func() bool {
		g = getGame(t, e, id)
		return g.Status != solver.StatusActive
	})
	return g
}

// challengerWins waits for a game on the batch posted as hash, which was
// batch index, and for its end; it requires that the challenger won, with a
// one-step proof of step k unless k < 0, and that the batch was reverted. It
// returns the game's id.
func challengerWins(t *testing.T, e *fptest.Env, hash common.Hash, index uint64, k int64) uint64 {
	t.Helper()
	id, _ := waitGame(t, e, hash, 30*time.Second)
	g := waitEnd(t, e, id, 2*time.Minute)
	require.Equal(t, solver.StatusChallengerWon, g.Status)
	if k >= 0 {
		require.Equal(t, uint64(k), g.Lo, "the proof is of the wrong step")
	}
	require.Equal(t, index, nextIndex(t, e), "the batch is reverted")
	return id
}

// moves counts each side's moves in game id: the proposer's bisections, and
// the challenger's opening, answers and proof.
func moves(t *testing.T, e *fptest.Env, id uint64) (proposer, challenger int) {
	proposer = len(logsOf(t, e, "Bisected", id))
	challenger = 1 + len(logsOf(t, e, "Responded", id))
	for _, l := range logsOf(t, e, "StepProved", id) {
		tx, _, err := e.Client.TransactionByHash(context.Background(), l.TxHash)
		require.NoError(t, err)
		from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
		require.NoError(t, err)
		if from == e.Proposer.Address {
			proposer++
		} else {
			challenger++
		}
	}
	return proposer, challenger
}

// moveBound is ⌈log2(steps)⌉ + 2.
func moveBound(steps uint64) int {
	if steps <= 1 {
		return 2
	}
	return bits.Len64(steps-1) + 2
}

// blockOfBatch returns the L1 block of the BatchAppended of a record hash.
func blockOfBatch(t *testing.T, e *fptest.Env, hash common.Hash) uint64 {
	abi := rollupB.GetABI()
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(e.Deployment.DeploymentBlock), Addresses: []common.Address{e.Deployment.Contracts.Rollup},
		Topics: [][]common.Hash{{abi.Events["BatchAppended"].ID}, nil, nil, {hash}}}
	logs, err := e.Client.FilterLogs(context.Background(), q)
	require.NoError(t, err)
	require.Len(t, logs, 1)
	return logs[0].BlockNumber
}

// creditOne is a tamper that credits 1 wei to an address nobody uses.
func creditOne(st *l2.State, _ *l2.MachineState) {
	key := l2.AccountKey(common.HexToAddress("0x000000000000000000000000000000000000bad1"))
	a, b, _ := st.Tree().Get(key)
	a.AddUint64(&a, 1)
	st.Tree().Set(key, &a, &b)
}

// balance returns an L1 balance.
func balance(t *testing.T, e *fptest.Env, a common.Address) *big.Int {
	b, err := e.Client.BalanceAt(context.Background(), a, nil)
	require.NoError(t, err)
	return b
}

// bridgeSupply checks docs/protocol.md §4's supply equation against the
// honest state: ETH held by the Bridge = L2 balances + unclaimed withdrawals
// (the sum of every leaf's first value, minus what was claimed) + deposits
// not consumed.
//
// Token leaves (of e.Tokens, held by the users) are counted apart: per token,
// the Bridge's token balance = the sum of the balance leaves = the token
// leaf's supply, plus the unconsumed deposits of that token (the tests claim
// no token withdrawals).
func checkSupply(t *testing.T, e *fptest.Env, claimed *big.Int) {
	t.Helper()
	st, tip := e.Tip()
	tokenOf := map[common.Hash]int{} // key of a token leaf or balance leaf → index in e.Tokens
	for i, l1 := range e.Tokens {
		tok := l2.TokenAddress(l1)
		tokenOf[l2.TokenKey(tok)] = i
		for u := range e.Users {
			tokenOf[l2.BalanceKey(tok, e.UserAddr(u))] = i
		}
	}
	total := new(uint256.Int)
	balances := make([]uint256.Int, len(e.Tokens))
	st.Tree().ForEach(func(k common.Hash, a, _ *uint256.Int) bool {
		if i, ok := tokenOf[k]; ok {
			if k != l2.TokenKey(l2.TokenAddress(e.Tokens[i])) {
				balances[i].Add(&balances[i], a)
			}
			return true
		}
		total.Add(total, a)
		return true
	})
	want := total.ToBig()
	want.Sub(want, claimed)
	wantTok := make([]*big.Int, len(e.Tokens))
	for i, l1 := range e.Tokens {
		supply, _, _ := st.Token(l2.TokenAddress(l1))
		require.Equal(t, supply.Dec(), balances[i].Dec(), "token %s: supply = sum of balances", l1)
		wantTok[i] = supply.ToBig()
	}
	n := call(t, e, e.Deployment.Contracts.Bridge, bridgeB.PackDepositCount(), bridgeB.UnpackDepositCount).Uint64()
	for i := tip.DepositsConsumed; i < n; i++ {
		idx := new(big.Int).SetUint64(i)
		d := call(t, e, e.Deployment.Contracts.Bridge, bridgeB.PackDepositAt(idx), bridgeB.UnpackDepositAt)
		tok := call(t, e, e.Deployment.Contracts.Bridge, bridgeB.PackDepositToken(idx), bridgeB.UnpackDepositToken)
		if tok == (common.Address{}) {
			want.Add(want, d.Amount)
			continue
		}
		for j, l1 := range e.Tokens {
			if l1 == tok {
				wantTok[j].Add(wantTok[j], d.Amount)
			}
		}
	}
	require.Equal(t, want.String(), balance(t, e, e.Deployment.Contracts.Bridge).String(), "Bridge ETH = L2 balances + unclaimed withdrawals + unconsumed deposits")
	dev := bindings.NewDevToken()
	for i, l1 := range e.Tokens {
		held := call(t, e, l1, dev.PackBalanceOf(e.Deployment.Contracts.Bridge), dev.UnpackBalanceOf)
		require.Equal(t, wantTok[i].String(), held.String(), "Bridge's %s = L2 supply + unconsumed deposits", l1)
	}
}

var _ = bind.Call[int]
var _ *ecdsa.PrivateKey
