package fraudproof_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/fraudproof"
	"github.com/rollup-dev/rollup/fraudproof/fptest"
	"github.com/rollup-dev/rollup/fraudproof/verify"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l2"
)

// stepOf returns the step that executes the first record of honestly encoded
// data matching pred (record i is step i).
func stepOf(t *testing.T, e *fptest.Env, data []byte, pred func(r *l2.Record) bool) uint64 {
	t.Helper()
	d, err := l2.DecodeBatch(e.Params, data)
	require.NoError(t, err)
	for i := range d.Records {
		if pred(&d.Records[i]) {
			return uint64(i)
		}
	}
	t.Fatal("no such record")
	return 0
}

// endAt is a proposer's trace that claims the end state after n steps.
type endAt struct {
	verify.Trace
	n   uint64
	end l2.MachineState
}

func (t endAt) Steps() uint64 { return t.n }

func (t endAt) StateAt(k uint64) l2.MachineState {
	if k >= t.n {
		return t.end
	}
	return t.Trace.StateAt(k)
}

func (t endAt) HashAt(k uint64) common.Hash { return t.StateAt(k).Hash() }

// TestWrongClaims plays one game per kind of wrong claim, each on a batch
// built on the honest chain: the challenger wins every one, at the step that
// is wrong, within the move bound, and supply stays conserved.
func TestWrongClaims(t *testing.T) {
	e := fptest.New(t, fptest.Options{})
	startAgent(t, defender(t, e))
	ch := startAgent(t, challenger(t, e, 1, "challenger", false))

	cases := []struct {
		name string
		// build returns the batch to post and the step the proof must be
		// of (−1: no bisection).
		build func() (*fptest.Batch, int64)
	}{
		{"wrong root at the first step", func() (*fptest.Batch, int64) {
			b := e.Encode([]l2.Block{e.Block(40, nil)}, nil)
			e.Tamper(b, 0, creditOne)
			return b, 0
		}},
		{"wrong root at the last step", func() (*fptest.Batch, int64) {
			b := e.Encode([]l2.Block{e.Block(40, nil)}, nil)
			e.Tamper(b, b.Steps-1, creditOne)
			return b, int64(b.Steps - 1)
		}},
		{"wrong root at a middle step", func() (*fptest.Batch, int64) {
			b := e.Encode([]l2.Block{e.Block(70, nil), e.Block(30, nil)}, nil)
			e.Tamper(b, b.Steps/2, creditOne)
			return b, int64(b.Steps / 2)
		}},
		{"wrong withdrawal leaf", func() (*fptest.Batch, int64) {
			sender := e.UserAddr(2)
			b := e.Encode([]l2.Block{e.Block(10, []fptest.Spec{{From: 2, To: l2.WithdrawalAddress, Value: big.NewInt(params.Ether)}})}, nil)
			k := stepOf(t, e, b.Data, func(r *l2.Record) bool { return r.Tx != nil && *r.Tx.To() == l2.WithdrawalAddress })
			nonce := uint64(0)
			e.Tamper(b, k, func(st *l2.State, _ *l2.MachineState) {
				amount, ok := uint256.NewInt(0), false
				for n := uint64(0); n < 1000 && !ok; n++ {
					var a uint256.Int
					a, _, ok = st.Withdrawal(sender, n)
					if ok {
						amount, nonce = &a, n
					}
				}
				require.True(t, ok)
				amount.Mul(amount, uint256.NewInt(2)) // withdraw twice the amount
				var r uint256.Int
				r.SetBytes20(sender[:])
				st.Tree().Set(l2.WithdrawalKey(sender, nonce), amount, &r)
			})
			return b, int64(k)
		}},
		{"wrong token transfer", func() (*fptest.Batch, int64) {
			l1 := e.DeployToken()
			token := l2.TokenAddress(l1)
			from, to := e.UserAddr(5), e.UserAddr(6)
			e.DepositToken(l1, from, big.NewInt(500e6))
			b := e.Encode([]l2.Block{e.Block(3, []fptest.Spec{{From: 5, To: to, Value: big.NewInt(200e6), Token: token}})}, nil)
			k := stepOf(t, e, b.Data, func(r *l2.Record) bool { return r.Tx != nil && len(r.Tx.Data()) > 0 })
			e.Tamper(b, k, func(st *l2.State, _ *l2.MachineState) {
				// The recipient is credited twice: tokens from nowhere.
				bal := st.TokenBalance(token, to)
				require.Equal(t, uint64(200e6), bal.Uint64(), "the honest transfer applied")
				st.Tree().Set(l2.BalanceKey(token, to), uint256.NewInt(400e6), new(uint256.Int))
			})
			return b, int64(k)
		}},
		{"token withdrawal of more than was burned", func() (*fptest.Batch, int64) {
			l1 := e.Tokens[0]
			token := l2.TokenAddress(l1)
			// User 5's token deposit (the last case's batch was reverted) is
			// consumed again by this batch.
			from := e.UserAddr(5)
			b := e.Encode([]l2.Block{e.Block(2, []fptest.Spec{{From: 5, To: from, Value: big.NewInt(50e6), Token: token, Withdraw: true}})}, nil)
			k := stepOf(t, e, b.Data, func(r *l2.Record) bool { return r.Tx != nil && len(r.Tx.Data()) > 0 })
			e.Tamper(b, k, func(st *l2.State, _ *l2.MachineState) {
				for n := uint64(0); n < 100; n++ {
					if amount, l1Recipient, ok := st.TokenWithdrawal(token, from, n); ok {
						require.Equal(t, uint64(50e6), amount.Uint64())
						var r uint256.Int
						r.SetBytes20(l1Recipient[:])
						st.Tree().Set(l2.TokenWithdrawalKey(token, from, n), uint256.NewInt(150e6), &r) // claimable thrice
						return
					}
				}
				t.Fatal("no token withdrawal leaf")
			})
			return b, int64(k)
		}},
		{"altered deposit", func() (*fptest.Batch, int64) {
			to := e.UserAddr(3)
			d := e.Deposit(to, big.NewInt(params.Ether))
			b := e.Encode([]l2.Block{e.Block(5, nil)}, nil)
			k := stepOf(t, e, b.Data, func(r *l2.Record) bool { return r.Kind == l2.RecordDeposit })
			e.Tamper(b, k, func(st *l2.State, _ *l2.MachineState) {
				bal, n, _ := st.Tree().Get(l2.AccountKey(to))
				bal.Add(&bal, d.Amount) // credited twice
				st.Tree().Set(l2.AccountKey(to), &bal, &n)
			})
			return b, int64(k)
		}},
		{"skipped deposit", func() (*fptest.Batch, int64) {
			to := e.UserAddr(4)
			d := e.Deposit(to, big.NewInt(params.Ether))
			b := e.Encode([]l2.Block{e.Block(5, nil)}, nil)
			k := stepOf(t, e, b.Data, func(r *l2.Record) bool { return r.Kind == l2.RecordDeposit })
			e.Tamper(b, k, func(st *l2.State, ms *l2.MachineState) {
				bal, n, _ := st.Tree().Get(l2.AccountKey(to))
				bal.Sub(&bal, d.Amount)
				st.Tree().Set(l2.AccountKey(to), &bal, &n)
				ms.DepositsConsumed--
			})
			return b, int64(k)
		}},
		{"malformed record claimed as valid", func() (*fptest.Batch, int64) {
			// A transfer record cut short: the honest machine ends the batch
			// there; the proposer credits its recipient as if it applied.
			b := e.Encode([]l2.Block{e.Block(10, nil)}, []byte{2, 0xde, 0xad})
			e.Tamper(b, b.Steps-1, creditOne)
			return b, int64(b.Steps - 1)
		}},
		{"wrong step count", func() (*fptest.Batch, int64) {
			b := e.Encode([]l2.Block{e.Block(20, nil)}, nil)
			b.NumSteps = b.Steps - 1
			b.Trace = endAt{Trace: b.Trace, n: b.NumSteps, end: b.Post.Machine(uint64(len(b.Data)))}
			return b, int64(b.NumSteps - 1)
		}},
		{"zero steps claimed", func() (*fptest.Batch, int64) {
			b := e.Encode([]l2.Block{e.Block(3, nil)}, nil)
			b.NumSteps = 0
			return b, -1
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			honestSt, honestPrev := e.Tip()
			b, k := tc.build()
			index := nextIndex(t, e)
			_, hash := e.Post(b)
			id := challengerWins(t, e, hash, index, k)
			p, c := moves(t, e, id)
			t.Logf("%s: %d steps, proposer %d moves, challenger %d moves (bound %d)", tc.name, b.NumSteps, p, c, moveBound(b.NumSteps))
			require.LessOrEqual(t, p, moveBound(b.NumSteps))
			require.LessOrEqual(t, c, moveBound(b.NumSteps))
			e.Reverted(index, honestPrev, honestSt)
			e.Stake(big.NewInt(params.Ether))
			checkSupply(t, e, new(big.Int))
		})
	}
	// The chain goes on: an honest batch is accepted unchallenged.
	_, h := e.PostHonest(e.Block(10, nil))
	idx := nextIndex(t, e)
	eventually(t, 20*time.Second, "the challenger to verify the honest batch", func() bool { return ch.Status().NextBatch == idx })
	require.Empty(t, gamesOn(t, e, h))
	require.Equal(t, 0, ch.Status().Invalid)
}

func receiptGas(t *testing.T, e *fptest.Env, h common.Hash) uint64 {
	r, err := e.Client.TransactionReceipt(context.Background(), h)
	require.NoError(t, err)
	return r.GasUsed
}

// TestWrongClaimBlob: batches carried in blobs (Rollup.appendBlobBatches) are
// read back through the dev chain's beacon API and verified; a proposer that
// claims a wrong transfer in a blob batch loses the game on chain, by a
// one-step proof that reads the step's bytes from the blob's field elements
// through the point-evaluation precompile.
func TestWrongClaimBlob(t *testing.T) {
	e := fptest.New(t, fptest.Options{Blobs: true})
	startAgent(t, defender(t, e))
	ch := startAgent(t, challenger(t, e, 1, "challenger", false))
	// A follower without a beacon endpoint cannot read blob batches: it raises
	// the data-unavailable alarm and never counts them as valid.
	blind, err := fraudproof.New(fraudproof.Config{Deployment: e.Deployment, Key: e.Accounts[2].Key, Challenge: true,
		Name: "blind", PollInterval: poll}, fraudproof.Deps{L1: e.Client, Pool: e.Pool, Logger: e.Log.Named("blind")})
	require.NoError(t, err)
	startAgent(t, blind)

	info, h := e.PostBlob(e.Encode([]l2.Block{e.Block(20, nil)}, nil))
	require.True(t, info.Blob)
	idx := nextIndex(t, e)
	eventually(t, 20*time.Second, "the challenger to verify the honest blob batch", func() bool { return ch.Status().NextBatch == idx })
	require.Empty(t, gamesOn(t, e, h))
	require.Equal(t, 0, ch.Status().Invalid)
	require.Equal(t, 0, ch.Status().DataUnavailable)
	// The alarm counter moves at once; the per-verdict counts at the next
	// progress pass, so wait for both.
	eventually(t, 20*time.Second, "the blind follower's alarm", func() bool {
		st := blind.Status()
		return st.DataUnavailable == 1 && st.Unverified == 1
	})
	require.Equal(t, 1, blind.Status().Valid, "only the calldata batch that funded the users")

	honestSt, honestPrev := e.Tip()
	b := e.Encode([]l2.Block{e.Block(30, nil), e.Block(20, nil)}, nil)
	k := b.Steps / 2
	e.Tamper(b, k, creditOne)
	index := nextIndex(t, e)
	_, hash := e.PostBlob(b)
	id := challengerWins(t, e, hash, index, int64(k))
	// The proof read the blob: its witness has field elements and no chunks.
	proved := logsOf(t, e, "StepProved", id)
	require.Len(t, proved, 1)
	tx, _, err := e.Client.TransactionByHash(context.Background(), proved[0].TxHash)
	require.NoError(t, err)
	m := contracts.GameABI.Methods["proveStep"]
	require.Equal(t, []byte(m.ID), tx.Data()[:4])
	args, err := m.Inputs.Unpack(tx.Data()[4:])
	require.NoError(t, err)
	w, ok := abi.ConvertType(args[len(args)-1], new(contracts.ABIWitness)).(*contracts.ABIWitness)
	require.True(t, ok)
	require.Empty(t, w.Chunks)
	require.NotEmpty(t, w.Elements)
	require.Len(t, w.BlobCommitment, 48)
	t.Logf("the one-step proof read %d blob elements, %d gas", len(w.Elements), receiptGas(t, e, tx.Hash()))
	e.Reverted(index, honestPrev, honestSt)
	checkSupply(t, e, new(big.Int))
}
