package contracts_test

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/contracts/bindings"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/l1client/devchain"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/l2/blob"
)

// The differential test runs generated steps through the Go step machine
// (l2.StepWithWitness) and through the deployed OneStepProver (eth_call of
// executeStep with the converted witness) and requires identical post machine
// states and outcomes. Its size is set by -diff.steps or ROLLUP_DIFF_STEPS
// (default 2,000) and its seed by -diff.seed or ROLLUP_DIFF_SEED.
var (
	diffSteps = flag.Int("diff.steps", 0, "steps of the Go/Solidity differential test (default 2000, or $ROLLUP_DIFF_STEPS)")
	diffSeed  = flag.Int64("diff.seed", 0, "seed of the differential test (default 1, or $ROLLUP_DIFF_SEED)")
)

func envInt(name string, def int64) int64 {
	if v, err := strconv.ParseInt(os.Getenv(name), 10, 64); err == nil && v > 0 {
		return v
	}
	return def
}

// diffEnv is the deployed contracts and the deposit queue.
type diffEnv struct {
	chain    *devchain.Chain
	client   bind.ContractBackend
	prover   common.Address
	deposits []l2.Deposit
}

func setupDiff(t *testing.T, g *generator, nDeposits int) *diffEnv {
	t.Helper()
	ctx := context.Background()
	balance := new(big.Int).Mul(big.NewInt(1e9), big.NewInt(params.Ether))
	chain, err := devchain.New(devchain.Config{BlockTime: 20 * time.Millisecond, Accounts: 2, Balance: balance})
	require.NoError(t, err)
	require.NoError(t, chain.Start())
	t.Cleanup(func() { _ = chain.Stop() })
	client := chain.Client()

	p := deploy.DevnetParams()
	p.L2ChainID = g.p.ChainID
	p.BaseFee = g.p.BaseFee.ToBig()
	p.FeeRecipient = g.p.FeeRecipient
	key := chain.Accounts()[0].Key
	d, err := deploy.Deploy(ctx, client, deploy.Config{Key: key, Params: p})
	require.NoError(t, err)

	// Two tokens, approved for the Bridge.
	bridge := bindings.NewBridge()
	inst := bridge.Instance(client, d.Contracts.Bridge)
	opts := bind.NewKeyedTransactor(key, chain.ChainID())
	devToken := bindings.NewDevToken()
	for i := range 2 {
		tok, err := deploy.DeployToken(ctx, client, key, deploy.Token{Name: fmt.Sprintf("T%d", i), Symbol: "T", Decimals: 18,
			Supply: new(big.Int).Lsh(big.NewInt(1), 200)})
		require.NoError(t, err)
		o := *opts
		o.Context = ctx
		tx, err := bind.Transact(devToken.Instance(client, tok), &o, devToken.PackApprove(d.Contracts.Bridge, new(big.Int).Lsh(big.NewInt(1), 255)))
		require.NoError(t, err)
		_, err = deploy.WaitReceipt(ctx, client, tx.Hash())
		require.NoError(t, err)
		g.l1Tokens = append(g.l1Tokens, tok)
		g.tokens = append(g.tokens, l2.TokenAddress(tok))
	}

	// Queue the deposits.
	nonce, err := client.PendingNonceAt(ctx, opts.From)
	require.NoError(t, err)
	var txs []*types.Transaction
	// Every fifth entry is a forced transaction, from a fresh key that an
	// earlier deposit funded (so its nonce is known: valid ones execute).
	var fresh []funded
	for i := 0; i < nDeposits; i++ {
		if i%5 == 4 && len(fresh) > 0 {
			f := g.forcedTx(fresh[g.rng.Intn(len(fresh))])
			o := *opts
			o.Context = ctx
			o.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
			o.GasLimit = 1_000_000
			tx, err := bind.Transact(inst, &o, bridge.PackForceTransaction(contracts.ForcedTx(&f)))
			require.NoError(t, err)
			txs = append(txs, tx)
			g.deposits = append(g.deposits, l2.Deposit{Index: uint64(i), Forced: &f})
			continue
		}
		if i%5 == 1 {
			// A token deposit, to a fresh key (whose forced token calls can
			// then succeed) or a funded one.
			to := g.keys[g.rng.Intn(len(g.keys))].addr
			if len(fresh) > 0 && g.rng.Intn(2) == 0 {
				to = fresh[g.rng.Intn(len(fresh))].addr
			}
			tok := g.l1Tokens[g.rng.Intn(len(g.l1Tokens))]
			amount := big.NewInt(int64(1 + g.rng.Intn(5000)))
			o := *opts
			o.Context = ctx
			o.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
			o.GasLimit = 1_000_000
			tx, err := bind.Transact(inst, &o, bridge.PackDepositERC20(tok, to, amount))
			require.NoError(t, err)
			txs = append(txs, tx)
			a, _ := uint256.FromBig(amount)
			g.deposits = append(g.deposits, l2.Deposit{Index: uint64(i), Recipient: to, Amount: a, Token: tok})
			continue
		}
		var to common.Address
		switch {
		case i%5 == 3:
			k := newKey(g.rng)
			fresh = append(fresh, k)
			to = k.addr
		case i%3 != 2:
			to = g.keys[g.rng.Intn(len(g.keys))].addr
		default:
			to = randAddr(g.rng)
		}
		amount := new(big.Int).Mul(big.NewInt(int64(1+g.rng.Intn(1000))), big.NewInt(1e15))
		if i%17 == 0 {
			amount = big.NewInt(int64(1+g.rng.Intn(1000)) * 1e9) // a few gwei (the Bridge takes whole gwei)
		}
		o := *opts
		o.Context = ctx
		o.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
		o.Value = amount
		o.GasLimit = 1_000_000
		tx, err := bind.Transact(inst, &o, bridge.PackDeposit(to))
		require.NoError(t, err)
		txs = append(txs, tx)
		a, _ := uint256.FromBig(amount)
		g.deposits = append(g.deposits, l2.Deposit{Index: uint64(i), Recipient: to, Amount: a})
	}
	for _, tx := range txs {
		r, err := deploy.WaitReceipt(ctx, client, tx.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
	// The Go side's deposits must be the Bridge's.
	out, err := bind.Call(inst, nil, bridge.PackDepositCount(), bridge.UnpackDepositCount)
	require.NoError(t, err)
	require.EqualValues(t, nDeposits, out.Uint64())
	return &diffEnv{chain: chain, client: client, prover: d.Contracts.OneStepProver, deposits: g.deposits}
}

// stepCase is one step to run on chain.
type stepCase struct {
	kind string
	ctx  bindings.BatchContext
	pre  l2.MachineState
	post l2.MachineState
	out  l2.Outcome
	wit  bindings.Witness
}

// outcomeABI maps the Go outcome to IOneStepProver.Outcome.
func outcomeABI(k l2.OutcomeKind) uint8 {
	switch k {
	case l2.Halt:
		return 0
	case l2.End:
		return 1
	case l2.Skip:
		return 2
	case l2.Apply:
		return 3
	}
	return 255
}

// proverCall runs executeStep by eth_call and returns the result, or the
// decoded revert.
func proverCall(ctx context.Context, client bind.ContractBackend, prover common.Address, c *stepCase) (bindings.ExecuteStepOutput, error) {
	osp := bindings.NewOneStepProver()
	data := osp.PackExecuteStep(c.ctx, contracts.MachineState(c.pre), c.wit)
	raw, err := client.CallContract(ctx, ethereum.CallMsg{To: &prover, Data: data, Gas: 30_000_000}, nil)
	if err != nil {
		var de rpc.DataError
		if errors.As(err, &de) {
			if s, ok := de.ErrorData().(string); ok {
				if b, derr := hexutil.Decode(s); derr == nil {
					if e, uerr := osp.UnpackError(b); uerr == nil {
						return bindings.ExecuteStepOutput{}, fmt.Errorf("prover reverted: %T%+v", e, e)
					}
				}
			}
		}
		return bindings.ExecuteStepOutput{}, err
	}
	return osp.UnpackExecuteStep(raw)
}

func TestDifferentialOneStepProver(t *testing.T) {
	steps := *diffSteps
	if steps == 0 {
		steps = int(envInt("ROLLUP_DIFF_STEPS", 2000))
	}
	seed := *diffSeed
	if seed == 0 {
		seed = envInt("ROLLUP_DIFF_SEED", 1)
	}
	t.Logf("differential test: %d steps, seed %d (set -diff.steps / ROLLUP_DIFF_STEPS, -diff.seed / ROLLUP_DIFF_SEED)", steps, seed)
	rng := rand.New(rand.NewSource(seed))
	g := &generator{t: t, rng: rng}
	for i := 0; i < 24; i++ {
		g.keys = append(g.keys, newKey(rng))
	}
	g.p = &l2.Params{ChainID: 901, BaseFee: uint256.NewInt(gwei), FeeRecipient: g.keys[0].addr, GenesisTimestamp: 1_700_000_000}
	g.chainID = big.NewInt(901)
	g.nonceMax, g.nonceHuge = newKey(rng), newKey(rng)
	g.fullBalance = randAddr(rng)
	env := setupDiff(t, g, 60+steps/25)

	// The initial state: funded keys and the crafted extreme accounts.
	st := l2.NewState()
	for _, k := range g.keys {
		st.Tree().Set(l2.AccountKey(k.addr), new(uint256.Int).Mul(u(1000), u(params.Ether)), u(0))
	}
	st.Tree().Set(l2.AccountKey(g.nonceMax.addr), u(params.Ether), u(math.MaxUint64))
	st.Tree().Set(l2.AccountKey(g.nonceHuge.addr), u(params.Ether), new(uint256.Int).Lsh(u(1), 64))
	st.Tree().Set(l2.AccountKey(g.fullBalance), new(uint256.Int).Sub(maxU256, u(5)), u(0))
	// Token balances: most keys hold some of each token, and each token's leaf
	// holds the supply.
	for ti, tok := range g.tokens {
		supply := new(uint256.Int)
		for i, k := range g.keys {
			if (i+ti)%4 == 3 {
				continue
			}
			b := u(uint64(1 + rng.Intn(1_000_000)))
			st.Tree().Set(l2.BalanceKey(tok, k.addr), b, u(0))
			supply.Add(supply, b)
		}
		l1 := new(uint256.Int).SetBytes20(g.l1Tokens[ti][:])
		st.Tree().Set(l2.TokenKey(tok), supply, l1)
	}
	src := func(i uint64) (l2.Deposit, bool) {
		if i < uint64(len(env.deposits)) {
			return env.deposits[i], true
		}
		return l2.Deposit{}, false
	}

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cases := make(chan *stepCase, 64)
	var (
		mu        sync.Mutex
		failures  []string
		coverage  = map[string]int{}
		kindCount = map[string]int{}
		done      int
	)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range cases {
				res, err := proverCall(ctx, env.client, env.prover, c)
				mu.Lock()
				done++
				key := fmt.Sprintf("%s %s", c.out.Kind, c.out.Record)
				if c.out.Reason != nil {
					key += ": " + c.out.Reason.Error()
				}
				coverage[key]++
				kindCount[c.kind]++
				var msg string
				switch {
				case err != nil:
					msg = err.Error()
				case contracts.MachineStateFromABI(res.Post) != c.post:
					msg = fmt.Sprintf("post differs: go %+v, solidity %+v", c.post, contracts.MachineStateFromABI(res.Post))
				case res.Outcome != outcomeABI(c.out.Kind):
					msg = fmt.Sprintf("outcome differs: go %v, solidity %d", c.out, res.Outcome)
				}
				if msg != "" && len(failures) < 20 {
					failures = append(failures, fmt.Sprintf("[%s] pre %+v (%v): %s", c.kind, c.pre, c.out, msg))
				}
				mu.Unlock()
			}
		}()
	}

	sent := 0
	emit := func(c *stepCase) {
		sent++
		cases <- c
	}
	prev := g.p.Genesis()
	prev.StateRoot = st.Root()
	consumed := uint64(0)
	start := time.Now()
	blobSteps := 0
	for batches := 0; sent < steps; batches++ {
		b := g.batch(st.Copy(), prev, consumed, uint64(len(env.deposits)), src)
		c, err := l2.NewBatchContext(g.p, b.data, b.depositLimit, src)
		require.NoError(t, err)
		if batches%3 == 2 && blobSteps < steps/16 {
			// Every third batch is carried in a blob, with bytes the protocol
			// does not read (first bytes of elements, padding) set as a
			// dishonest proposer may set them. A KZG proof of an element costs
			// tens of milliseconds, so blob batches get a sixteenth of the steps.
			bl := blob.Encode(b.data)[0]
			for k := 0; k < 8; k++ {
				bl[32*g.rng.Intn(blob.ElementsPerBlob)] = byte(1 + g.rng.Intn(0x72)) // below 0x73: the element stays below the modulus
			}
			bl[len(bl)-1] = byte(g.rng.Intn(256))
			require.NoError(t, c.SetBlob(&bl))
		}
		abiCtx := bindings.BatchContext{DataRoot: c.DataRoot(), Blob: c.IsBlob(), DataLen: uint32(len(b.data)),
			FeeCount: uint8(c.Header().FeeCount), AddrCount: uint16(c.Header().AddrCount), DepositLimit: b.depositLimit}
		ms := c.Start(prev)
		for i := 0; ; i++ {
			next, out, w, err := l2.StepWithWitness(c, st, ms)
			require.NoError(t, err)
			require.NotEqual(t, l2.Fault, out.Kind, "generated a step the deposit source cannot supply")
			kind := "halt"
			if i < len(b.kinds) {
				kind = b.kinds[i]
			}
			switch d := w.Deposit; {
			case d != nil && d.Token != (common.Address{}):
				kind = "token-deposit"
			case d != nil && d.Forced != nil && d.Forced.Fee.Call != l2.CallNone:
				kind = "forced-token-call"
			}
			if c.IsBlob() {
				blobSteps++
			}
			emit(&stepCase{kind: kind, ctx: abiCtx, pre: ms, post: next, out: out, wit: contracts.Witness(w)})
			if out.Kind == l2.Halt {
				break
			}
			ms = next
		}
		prev = ms.L2State()
		consumed = prev.DepositsConsumed
	}
	// Steps from extreme machine states the batches do not reach.
	for _, c := range g.edgeCases(t, st, src) {
		emit(c)
	}
	close(cases)
	wg.Wait()
	elapsed := time.Since(start)

	var lines []string
	for k, n := range coverage {
		lines = append(lines, fmt.Sprintf("%6d  %s", n, k))
	}
	sort.Strings(lines)
	var kinds []string
	for k, n := range kindCount {
		kinds = append(kinds, fmt.Sprintf("%s=%d", k, n))
	}
	sort.Strings(kinds)
	t.Logf("%d steps compared in %v; outcomes:\n%s\nrecord kinds: %s", done, elapsed.Round(time.Millisecond),
		strings.Join(lines, "\n"), strings.Join(kinds, " "))
	require.Empty(t, failures, "Go and the OneStepProver disagree")
	t.Logf("%d of the steps read a blob batch", blobSteps)
	require.Positive(t, blobSteps, "no step of a blob batch")

	// Every kind the generator aims at was produced.
	for _, want := range []string{"transfer-legacy", "transfer-1559", "withdrawal-legacy", "withdrawal-1559", "deposit",
		"block", "bad-fee", "dict-index", "bad-signature", "r-zero", "r-high", "s-zero", "high-s", "unrecoverable",
		"wrong-chain-id", "nonce-low", "nonce-high", "nonce-max", "nonce-huge", "balance", "cost-overflow", "huge-fee", "halt",
		"token-transfer", "token-transfer-exceeds", "token-transfer-zero", "token-transfer-to-zero", "token-transfer-all",
		"token-transfer-self", "token-withdraw", "token-withdraw-exceeds", "token-withdraw-zero", "token-withdraw-to-zero",
		"token-withdraw-all", "token-unknown", "token-bad-fee", "token-deposit", "forced-token-call"} {
		require.Positive(t, kindCount[want], "no %s step generated", want)
	}
	forcedSkipped := 0
	for k, n := range coverage {
		if strings.HasPrefix(k, "apply forced: ") {
			forcedSkipped += n
		}
	}
	require.Positive(t, forcedSkipped, "no invalid forced transaction consumed")
	for _, want := range []string{"apply deposit", "apply forced", "skip deposit: " + l2.ErrDepositLimit.Error(), "apply transfer", "apply block",
		"apply transfer: " + l2.ErrTransferExceedsBalance.Error(), "apply transfer: " + l2.ErrTransferToZero.Error(),
		"apply transfer: " + l2.ErrWithdrawZero.Error(), "apply transfer: " + l2.ErrWithdrawToZero.Error(),
		"skip transfer: " + l2.ErrIntrinsicGas.Error(), "skip transfer: " + l2.ErrDataNotSupported.Error(),
		"end transfer: " + l2.ErrTruncated.Error(), "halt none",
		"skip transfer: " + l2.ErrHighS.Error(), "skip transfer: " + l2.ErrNonceMax.Error(),
		"skip transfer: " + l2.ErrCostOverflow.Error(), "skip transfer: " + l2.ErrBadFeeEntry.Error()} {
		require.Positive(t, coverage[want], "no %q outcome", want)
	}
}

// batch generates one batch from the scratch state st (which it consumes).
func (g *generator) batch(st *l2.State, prev l2.L2State, consumed, queued uint64, src l2.DepositSource) genBatch {
	noFees := g.rng.Intn(25) == 0
	l := g.layout(noFees)
	limit := queued
	if g.rng.Intn(3) == 0 {
		limit = consumed + uint64(g.rng.Intn(int(queued-consumed)+1))
	}
	data := append([]byte(nil), l.head...)
	var kinds []string
	ms := prev.Machine(uint64(len(data)))
	n := 5 + g.rng.Intn(60)
	if g.rng.Intn(6) == 0 {
		n = 0 // an empty batch: it halts at once
	}
	for i := 0; i < n; i++ {
		kind, rec := g.record(l, st, ms)
		data = append(data, rec...)
		kinds = append(kinds, kind)
		c, err := l2.NewBatchContext(g.p, data, limit, src)
		require.NoError(g.t, err)
		next, out := l2.Step(c, st, ms)
		require.NotEqual(g.t, l2.Fault, out.Kind)
		ms = next
		if out.Kind == l2.End {
			break
		}
	}
	switch {
	case noFees:
		data = append(data, encCuint(g.rng, 2+uint64(g.rng.Intn(5)))...)
		kinds = append(kinds, "transfer-without-fees")
	case n > 0:
		if kind, rec := g.ending(l, st); rec != nil {
			data = append(data, rec...)
			kinds = append(kinds, kind)
		}
	}
	return genBatch{data: data, prev: prev, depositLimit: limit, kinds: kinds}
}

// edgeCases returns single steps from machine states near the 64-bit limits.
func (g *generator) edgeCases(t *testing.T, st *l2.State, src l2.DepositSource) []*stepCase {
	var out []*stepCase
	head := []byte{l2.CodecVersion, 0, 0, 0, 0, 0, 0, 8}
	for _, tc := range []struct {
		name   string
		rec    []byte
		number uint64
		ts     uint64
	}{
		{"block-number-overflow", []byte{0, 1}, math.MaxUint64, 5},
		{"block-number-max-ok", []byte{0, 1}, math.MaxUint64 - 1, 5},
		{"timestamp-at-max", []byte{0, 5}, 7, math.MaxUint64 - 5},
		{"timestamp-overflow", []byte{0, 6}, 7, math.MaxUint64 - 5},
		{"deposit-limit-zero", []byte{1}, 7, 5},
	} {
		data := append(append([]byte(nil), head...), tc.rec...)
		c, err := l2.NewBatchContext(g.p, data, 0, src)
		require.NoError(t, err)
		ms := l2.MachineState{StateRoot: st.Root(), Cursor: 8, BlockNumber: tc.number, Timestamp: tc.ts}
		next, o, w, err := l2.StepWithWitness(c, st.Copy(), ms)
		require.NoError(t, err)
		out = append(out, &stepCase{kind: tc.name, pre: ms, post: next, out: o, wit: contracts.Witness(w),
			ctx: bindings.BatchContext{DataRoot: c.ChunkRoot(), DataLen: uint32(len(data))}})
	}
	return out
}
