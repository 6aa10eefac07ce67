// Package fptest is test support for the fraudproof packages and commands: a
// dev L1 with the contracts deployed, a proposer that posts batches directly
// through its transaction manager (honest claims, or claims of a run with one
// tampered step), L2 users funded by deposits, and the bookkeeping to check
// that supply is conserved. Only tests import it.
package fptest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/rollup-dev/rollup/internal/anviltest"
	"github.com/rollup-dev/rollup/l2/blob"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/rollup-dev/rollup/fraudproof/derive"
	"github.com/rollup-dev/rollup/fraudproof/verify"
	"github.com/rollup-dev/rollup/internal/pgtest"
	"github.com/rollup-dev/rollup/l1client/beacon"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/l1client/devchain"
	"github.com/rollup-dev/rollup/l1client/devkeys"
	"github.com/rollup-dev/rollup/l1client/txmgr"
	"github.com/rollup-dev/rollup/l2"
)

// Options tune an Env. Zero values mean the defaults.
type Options struct {
	// BlockTime of the dev L1 (default 50 ms; each block advances L1 time by
	// at least a second).
	BlockTime time.Duration
	// DisputeWindow and GameClock in seconds (defaults 3,600 and 600: L1 time
	// runs fast on a dev chain that mines many blocks per second).
	DisputeWindow, GameClock uint64
	// Users is the number of funded L2 users (default 8).
	Users int
	// Anvil runs the L1 on anvil (automining; skipped when anvil is not
	// installed) instead of the in-process dev chain. Chain is then nil:
	// no Fork or AdjustTime.
	Anvil bool
	// Blobs serves the dev chain's blobs through the beacon API (Env.Beacon),
	// for blob batches (PostBlob).
	Blobs bool
}

// Env is a deployed rollup on a dev L1 with a proposer.
type Env struct {
	T     testing.TB
	Chain *devchain.Chain // nil on anvil
	// Beacon reads the dev chain's blobs (Options.Blobs); nil otherwise.
	Beacon     *beacon.Client
	Client     ClientAll
	L1ChainID  *big.Int
	Deployment *deploy.Deployment
	Params     *l2.Params
	Log        *zap.Logger
	// Proposer is dev account 0: the deployer, sequencer and a bonded
	// proposer. Its transaction manager (ProposerTx) sends every batch and
	// is the Sender of a defender agent in the tests.
	Proposer   devkeys.Account
	ProposerTx *txmgr.Manager
	// Accounts are the other dev accounts: 1..3 for challengers, the last
	// one pays deposits.
	Accounts []devkeys.Account
	Pool     *pgxpool.Pool
	// Users are L2 accounts the tests transfer from.
	Users []*ecdsa.PrivateKey
	// Tokens are the L1 tokens DeployToken deployed.
	Tokens []common.Address

	mu       sync.Mutex
	deposits []l2.Deposit // queued on L1
	consumed uint64       // consumed by the claimed chain
	state    *l2.State    // honest state after the claimed chain (when honest)
	claim    l2.L2State   // the last claim posted
	next     uint64       // next batch index
	// building is where the next Block goes: after the last claim, or after
	// blocks made since.
	building l2.L2State
	nonces   map[common.Address]uint64 // transfers signed since the last claim
	traces   map[common.Hash]verify.Trace
	infos    map[common.Hash]contracts.BatchInfo
}

// ClientAll is what the dev chain's client offers.
type ClientAll = interface {
	deploy.Backend
	txmgr.Client
	derive.Client
}

// New starts a dev L1, deploys the contracts with the proposer's stake and
// funds the users on L2 with one batch of deposits.
func New(t testing.TB, o Options) *Env {
	t.Helper()
	if o.BlockTime == 0 {
		o.BlockTime = 50 * time.Millisecond
	}
	if o.DisputeWindow == 0 {
		o.DisputeWindow = 3600
	}
	if o.GameClock == 0 {
		o.GameClock = 600
	}
	if o.Users == 0 {
		o.Users = 8
	}
	e := &Env{T: t, Log: zaptest.NewLogger(t, zaptest.Level(zap.InfoLevel)), nonces: map[common.Address]uint64{},
		traces: map[common.Hash]verify.Trace{}, infos: map[common.Hash]contracts.BatchInfo{}}
	if o.Anvil {
		e.Client = startAnvil(t)
		accounts, err := devkeys.Accounts(6)
		require.NoError(t, err)
		e.Accounts = accounts
	} else {
		cfg := devchain.Config{BlockTime: o.BlockTime, Accounts: 6}
		if o.Blobs {
			cfg.BeaconAddr = "127.0.0.1:0"
		}
		chain, err := devchain.New(cfg)
		require.NoError(t, err)
		require.NoError(t, chain.Start())
		t.Cleanup(func() { _ = chain.Stop() })
		e.Chain, e.Client, e.Accounts = chain, chain.Client(), chain.Accounts()
		if o.Blobs {
			e.Beacon = beacon.NewClient(chain.BeaconURL(), 10*time.Second)
		}
	}
	e.Proposer = e.Accounts[0]
	id, err := e.Client.ChainID(context.Background())
	require.NoError(t, err)
	e.L1ChainID = id
	p := deploy.DevnetParams()
	p.DisputeWindow, p.GameClock = o.DisputeWindow, o.GameClock
	if !o.Anvil {
		p.L1BlockTime = o.BlockTime
	}
	p.FeeRecipient = common.HexToAddress("0x00000000000000000000000000000000000fee01")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := deploy.Deploy(ctx, e.Client, deploy.Config{Key: e.Proposer.Key, Params: p, Stake: big.NewInt(params.Ether)})
	require.NoError(t, err)
	e.Deployment = d
	e.Params = &l2.Params{ChainID: d.L2ChainID, BaseFee: uint256.MustFromBig(d.BaseFee.Big()), FeeRecipient: d.FeeRecipient,
		GenesisTimestamp: d.GenesisTimestamp}
	e.state = l2.NewState()
	e.claim = e.Params.Genesis()
	e.building = e.claim
	e.Pool = pgtest.NewPool(t)
	e.ProposerTx = e.StartTx(e.Proposer.Key, "proposer")
	for i := 0; i < o.Users; i++ {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{'u', byte(i)}))
		require.NoError(t, err)
		e.Users = append(e.Users, k)
	}
	// Fund the users: one deposit each, consumed by the first batch.
	for _, k := range e.Users {
		e.Deposit(crypto.PubkeyToAddress(k.PublicKey), new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)))
	}
	e.PostHonest(e.Block(len(e.Users), nil))
	return e
}

// StartTx starts a transaction manager for key on the env's database.
func (e *Env) StartTx(key *ecdsa.PrivateKey, name string) *txmgr.Manager {
	m, err := txmgr.New(txmgr.Config{Name: name, PrivateKey: key, Confirmations: 1, PollInterval: 25 * time.Millisecond,
		ResubmitInterval: 500 * time.Millisecond, RPCTimeout: 5 * time.Second},
		txmgr.Deps{Client: e.Client, Pool: e.Pool, Logger: e.Log})
	require.NoError(e.T, err)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	require.NoError(e.T, m.Start(ctx))
	e.T.Cleanup(func() { _ = m.Stop() })
	return m
}

// Deposit queues a deposit on L1 from the last dev account and waits for it.
func (e *Env) Deposit(to common.Address, amount *big.Int) l2.Deposit {
	e.T.Helper()
	payer := e.Accounts[len(e.Accounts)-1]
	bridge := contracts.Bridge
	opts := bind.NewKeyedTransactor(payer.Key, e.L1ChainID)
	opts.Value = amount
	opts.GasLimit = 500_000
	tx, err := bind.Transact(bridge.Instance(e.Client, e.Deployment.Contracts.Bridge), opts, bridge.PackDeposit(to))
	require.NoError(e.T, err)
	r := e.Wait(tx)
	ev, err := bridge.UnpackDepositQueuedEvent(r.Logs[0])
	require.NoError(e.T, err)
	d := l2.Deposit{Index: ev.Index.Uint64(), Recipient: to, Amount: uint256.MustFromBig(amount), L1Timestamp: ev.Timestamp}
	e.mu.Lock()
	e.deposits = append(e.deposits, d)
	e.mu.Unlock()
	return d
}

// DeployToken deploys a DevToken from the last dev account and approves the
// Bridge for all of it; it returns the L1 token.
func (e *Env) DeployToken() common.Address {
	e.T.Helper()
	payer := e.Accounts[len(e.Accounts)-1]
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	tok, err := deploy.DeployToken(ctx, e.Client, payer.Key, deploy.DevTokenParams())
	require.NoError(e.T, err)
	erc := contracts.ERC20
	opts := bind.NewKeyedTransactor(payer.Key, e.L1ChainID)
	tx, err := bind.Transact(erc.Instance(e.Client, tok), opts, erc.PackApprove(e.Deployment.Contracts.Bridge, deploy.DevTokenParams().Supply))
	require.NoError(e.T, err)
	e.Wait(tx)
	e.Tokens = append(e.Tokens, tok)
	return tok
}

// DepositToken queues a deposit of amount of l1Token (from DeployToken) on L1
// and waits for it.
func (e *Env) DepositToken(l1Token, to common.Address, amount *big.Int) l2.Deposit {
	e.T.Helper()
	payer := e.Accounts[len(e.Accounts)-1]
	bridge := contracts.Bridge
	opts := bind.NewKeyedTransactor(payer.Key, e.L1ChainID)
	opts.GasLimit = 1_000_000
	tx, err := bind.Transact(bridge.Instance(e.Client, e.Deployment.Contracts.Bridge), opts, bridge.PackDepositERC20(l1Token, to, amount))
	require.NoError(e.T, err)
	r := e.Wait(tx)
	var d l2.Deposit
	for _, l := range r.Logs {
		ev, err := contracts.Decode(l)
		require.NoError(e.T, err)
		if ev != nil && ev.TokenDeposit != nil {
			d, _, _, err = ev.QueueEntry()
			require.NoError(e.T, err)
		}
	}
	require.Equal(e.T, l1Token, d.Token, "no TokenDepositQueued")
	e.mu.Lock()
	e.deposits = append(e.deposits, d)
	e.mu.Unlock()
	return d
}

// Wait waits for tx and requires success.
func (e *Env) Wait(tx *types.Transaction) *types.Receipt {
	e.T.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := deploy.WaitReceipt(ctx, e.Client, tx.Hash())
	require.NoError(e.T, err)
	require.Equal(e.T, types.ReceiptStatusSuccessful, r.Status, "transaction %s reverted", tx.Hash())
	return r
}

// Sources returns the deposit source of the queued deposits.
func (e *Env) source() l2.DepositSource {
	e.mu.Lock()
	deps := append([]l2.Deposit(nil), e.deposits...)
	e.mu.Unlock()
	return func(i uint64) (l2.Deposit, bool) {
		if i < uint64(len(deps)) {
			return deps[i], true
		}
		return l2.Deposit{}, false
	}
}

// Spec describes one transfer of a block.
type Spec struct {
	From  int            // user index
	To    common.Address // zero: the next user
	Value *big.Int       // nil: 0.01 ether
	// Nonce offsets the sender's next nonce (a wrong nonce makes the step
	// machine skip the record).
	NonceOffset int64
	// Token, when set, makes the transfer a token call on that L2 token:
	// transfer(To, Value), or withdraw(To, Value) with Withdraw.
	Token    common.Address
	Withdraw bool
}

// Block returns the next L2 block: every queued deposit not yet consumed,
// then n transfers between users (round robin) and the extra specs.
func (e *Env) Block(n int, extra []Spec) l2.Block {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.building.BlockNumber < e.claim.BlockNumber {
		e.building = e.claim
	}
	blk := l2.Block{Number: e.building.BlockNumber + 1, Timestamp: e.building.Timestamp + 1}
	for i := e.building.DepositsConsumed; i < uint64(len(e.deposits)); i++ {
		d := e.deposits[i]
		blk.Items = append(blk.Items, l2.Item{Deposit: &d})
	}
	e.building = l2.L2State{BlockNumber: blk.Number, Timestamp: blk.Timestamp, DepositsConsumed: uint64(len(e.deposits))}
	specs := make([]Spec, 0, n+len(extra))
	for i := 0; i < n; i++ {
		specs = append(specs, Spec{From: i % len(e.Users)})
	}
	specs = append(specs, extra...)
	for _, s := range specs {
		blk.Items = append(blk.Items, l2.Item{Tx: e.sign(s)})
	}
	return blk
}

func (e *Env) sign(s Spec) *types.Transaction {
	key := e.Users[s.From]
	from := crypto.PubkeyToAddress(key.PublicKey)
	to := s.To
	if to == (common.Address{}) {
		to = crypto.PubkeyToAddress(e.Users[(s.From+1)%len(e.Users)].PublicKey)
	}
	value := s.Value
	if value == nil {
		value = big.NewInt(1e16)
	}
	_, base := e.state.Account(from)
	nonce := base + e.nonces[from]
	if s.NonceOffset == 0 {
		e.nonces[from]++
	}
	nonce = uint64(int64(nonce) + s.NonceOffset)
	chainID := new(big.Int).SetUint64(e.Params.ChainID)
	gas, data := uint64(21000), []byte(nil)
	if s.Token != (common.Address{}) {
		sel := l2.TransferSelector
		if s.Withdraw {
			sel = l2.WithdrawSelector
		}
		data = append(append(append(sel[:], make([]byte, 12)...), to[:]...), common.BigToHash(value).Bytes()...)
		to, value, gas = s.Token, new(big.Int), l2.TokenGas
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(3e9), Gas: gas, To: &to, Value: value, Data: data})
	require.NoError(e.T, err)
	return tx
}

// Batch is a batch ready to post: its data and the proposer's claim and run.
type Batch struct {
	Data     []byte
	Prev     l2.L2State
	Post     l2.L2State
	NumSteps uint64
	// Trace is the proposer's run (honest or tampered).
	Trace verify.Trace
	// Honest is the honest result; Steps the honest step count.
	Honest l2.L2State
	Steps  uint64
	state  *l2.State // honest state after the batch
}

// Encode encodes blocks after the last claim; extra bytes are appended to the
// data (malformed records).
func (e *Env) Encode(blocks []l2.Block, extra []byte) *Batch {
	e.T.Helper()
	e.mu.Lock()
	prev, start := e.claim, e.state
	e.mu.Unlock()
	data, err := l2.EncodeBatch(e.Params, prev, blocks)
	require.NoError(e.T, err)
	data = append(data, extra...)
	b := &Batch{Data: data, Prev: prev}
	tr, post, steps, err := verify.Tampered(e.Params, data, e.queued(), e.source(), start, prev, 0, nil)
	require.NoError(e.T, err)
	b.Trace, b.Post, b.NumSteps, b.Honest, b.Steps = tr, post, steps, post, steps
	st := start.Copy()
	ctx, err := l2.NewBatchContext(e.Params, data, e.queued(), e.source())
	require.NoError(e.T, err)
	_, _, err = l2.Replay(ctx, st, ctx.Start(prev))
	require.NoError(e.T, err)
	b.state = st
	return b
}

// Tamper makes b the claim of a run whose step k (from 0) is tampered.
func (e *Env) Tamper(b *Batch, k uint64, tamper verify.Tamper) {
	e.T.Helper()
	e.mu.Lock()
	start := e.state
	e.mu.Unlock()
	tr, post, steps, err := verify.Tampered(e.Params, b.Data, e.queued(), e.source(), start, b.Prev, k, tamper)
	require.NoError(e.T, err)
	b.Trace, b.Post, b.NumSteps = tr, post, steps
}

func (e *Env) queued() uint64 {
	e.mu.Lock()
	defer e.mu.Unlock()
	return uint64(len(e.deposits))
}

// PostHonest encodes and posts blocks with the honest claim.
func (e *Env) PostHonest(blocks ...l2.Block) (contracts.BatchInfo, common.Hash) {
	return e.Post(e.Encode(blocks, nil))
}

// Post appends b with its claim through the proposer's transaction manager
// and returns its record and hash. The env's tip becomes b's claim.
func (e *Env) Post(b *Batch) (contracts.BatchInfo, common.Hash) {
	e.T.Helper()
	to, h := e.Deployment.Contracts.Rollup, e.header(b)
	return e.post(b, txmgr.Candidate{To: &to, Data: contracts.Rollup.PackAppendBatch(h, b.Data)})
}

// header is the appendBatch header of b as the next batch.
func (e *Env) header(b *Batch) contracts.BatchHeader {
	e.mu.Lock()
	defer e.mu.Unlock()
	return contracts.Header(e.next, b.Prev, b.Post, b.NumSteps)
}

// PostBlob is Post with b carried in a blob (Rollup.appendBlobBatches).
func (e *Env) PostBlob(b *Batch) (contracts.BatchInfo, common.Hash) {
	e.T.Helper()
	to, h := e.Deployment.Contracts.Rollup, e.header(b)
	blobs := blob.Encode(b.Data)
	sc, err := blob.Sidecar(blobs, types.BlobSidecarVersion1)
	require.NoError(e.T, err)
	head, err := contracts.BlobHeadOf(&blobs[0])
	require.NoError(e.T, err)
	data := contracts.Rollup.PackAppendBlobBatches([]contracts.BatchHeader{h}, []contracts.BlobHead{head})
	return e.post(b, txmgr.Candidate{To: &to, Data: data, Sidecar: sc})
}

func (e *Env) post(b *Batch, c txmgr.Candidate) (contracts.BatchInfo, common.Hash) {
	e.T.Helper()
	e.mu.Lock()
	index := e.next
	e.mu.Unlock()
	rollup := contracts.Rollup
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := e.ProposerTx.Send(ctx, c)
	require.NoError(e.T, err)
	e.T.Logf("batch %d appended (%d bytes of data, in a blob: %t): %d gas, %d blob gas", index, len(b.Data), c.Sidecar != nil, r.GasUsed, r.BlobGasUsed)
	var ev *contracts.BatchAppended
	for _, l := range r.Logs {
		if x, err := rollup.UnpackBatchAppendedEvent(l); err == nil {
			ev = x
		}
	}
	require.NotNil(e.T, ev)
	e.mu.Lock()
	defer e.mu.Unlock()
	e.next = index + 1
	e.claim = b.Post
	e.building = b.Post
	e.nonces = map[common.Address]uint64{}
	e.consumed = b.Post.DepositsConsumed
	if b.Post == b.Honest {
		e.state = b.state
	}
	e.traces[ev.BatchHash] = b.Trace
	e.infos[ev.BatchHash] = ev.Info
	return ev.Info, ev.BatchHash
}

// Reverted tells the env that batches from index on were reverted: the tip
// returns to the honest state after index − 1 (the tests revert only wrong
// batches built on honest ones).
func (e *Env) Reverted(index uint64, honestPrev l2.L2State, st *l2.State) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.next = index
	e.claim = honestPrev
	e.building = honestPrev
	e.nonces = map[common.Address]uint64{}
	e.consumed = honestPrev.DepositsConsumed
	e.state = st
}

// Tip returns the honest state after the last honest claim and that claim.
func (e *Env) Tip() (*l2.State, l2.L2State) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.state.Copy(), e.claim
}

// MachineStateAt makes the env a defender's claim source: the proposer's
// own run of each batch it posted.
func (e *Env) MachineStateAt(_ context.Context, index uint64, hash common.Hash, k uint64) (l2.MachineState, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	tr, ok := e.traces[hash]
	if !ok || e.infos[hash].Index != index {
		return l2.MachineState{}, fmt.Errorf("fptest: batch %d (%s) not posted here", index, hash)
	}
	if k > e.infos[hash].NumSteps {
		k = e.infos[hash].NumSteps
	}
	return tr.StateAt(k), nil
}

// Info returns the record of a posted batch.
func (e *Env) Info(hash common.Hash) contracts.BatchInfo {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.infos[hash]
}

// UserAddr returns user i's address.
func (e *Env) UserAddr(i int) common.Address { return crypto.PubkeyToAddress(e.Users[i].PublicKey) }

// Stake adds amount to the proposer's stake (after a slash).
func (e *Env) Stake(amount *big.Int) {
	e.T.Helper()
	to := e.Deployment.Contracts.Rollup
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err := e.ProposerTx.Send(ctx, txmgr.Candidate{To: &to, Data: contracts.Rollup.PackDepositStake(), Value: amount})
	require.NoError(e.T, err)
}

// startAnvil runs anvil on a free loopback port until the test ends.
func startAnvil(t testing.TB) *ethclient.Client { return anviltest.Client(t) }
