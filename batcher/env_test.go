package batcher_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/rollup-dev/rollup/batcher"
	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/internal/pgtest"
	"github.com/rollup-dev/rollup/l1client/beacon"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/l1client/devchain"
	"github.com/rollup-dev/rollup/l1client/txmgr"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/l2/blob"
)

// l1Node is what the tests need of an L1: the batcher's interface plus
// contract binding and deployment.
type l1Node interface {
	batcher.L1
	deploy.Backend
}

// env is one test world: an L1 with the contracts deployed, a database, and
// a fake sequencer writing sealed blocks to it.
type env struct {
	t      *testing.T
	l1     l1Node
	pool   *pgxpool.Pool
	dep    *deploy.Deployment
	key    *ecdsa.PrivateKey // proposer (sequencer role, staked)
	funder *ecdsa.PrivateKey // pays L1 deposits
	// challenger opens games (revert tests).
	challenger *ecdsa.PrivateKey
	seq        *fakeSeq
	log        *zap.Logger
	// beacon, when set, serves the blobs of blob batches (verifyOnL1).
	beacon *beacon.Client
}

type envOpts struct {
	disputeWindow uint64
	gameClock     uint64
	stake         *big.Int
	// proposer, when set, holds the sequencer role instead of the deployer,
	// and is funded with proposerFunds plus its stake, which it deposits.
	proposer      *ecdsa.PrivateKey
	proposerFunds *big.Int
	// noSeq leaves the L2 chain to a real sequencer engine.
	noSeq bool
}

func newEnv(t *testing.T, l1 l1Node, key, funder *ecdsa.PrivateKey, o envOpts) *env {
	t.Helper()
	p := deploy.DevnetParams()
	p.L1BlockTime = 100 * time.Millisecond // the test L1s mine every 100 ms or on every transaction
	if o.disputeWindow != 0 {
		p.DisputeWindow = o.disputeWindow
	}
	if o.gameClock != 0 {
		p.GameClock = o.gameClock
	}
	if o.stake == nil {
		o.stake = big.NewInt(params.Ether)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	stake := o.stake
	if o.proposer != nil {
		p.Sequencer = crypto.PubkeyToAddress(o.proposer.PublicKey)
		stake = nil
	}
	dep, err := deploy.Deploy(ctx, l1, deploy.Config{Key: key, Params: p, Stake: stake})
	require.NoError(t, err)
	if o.proposer != nil {
		transfer(t, l1, key, p.Sequencer, new(big.Int).Add(o.stake, o.proposerFunds))
		rb := contracts.Rollup
		chainID, err := l1.ChainID(ctx)
		require.NoError(t, err)
		opts := bind.NewKeyedTransactor(o.proposer, chainID)
		opts.Value, opts.Context = o.stake, ctx
		tx, err := bind.Transact(rb.Instance(l1, dep.Contracts.Rollup), opts, rb.PackDepositStake())
		require.NoError(t, err)
		r, err := deploy.WaitReceipt(ctx, l1, tx.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		key = o.proposer
	}
	e := &env{t: t, l1: l1, pool: pgtest.NewPool(t), dep: dep, key: key, funder: funder, log: zaptest.NewLogger(t, zaptest.Level(zap.InfoLevel))}
	if !o.noSeq {
		e.seq = newFakeSeq(t, e.pool, e.params())
	}
	return e
}

func (e *env) params() *l2.Params {
	return &l2.Params{ChainID: e.dep.L2ChainID, BaseFee: uint256.MustFromBig(e.dep.BaseFee.Big()),
		FeeRecipient: e.dep.FeeRecipient, GenesisTimestamp: e.dep.GenesisTimestamp}
}

// config is a fast batcher configuration for tests.
func (e *env) config() batcher.Config {
	return batcher.Config{
		RollupAddress: e.dep.Contracts.Rollup,
		StartBlock:    e.dep.DeploymentBlock,
		Params:        e.params(),
		PrivateKey:    e.key,
		Policy:        batcher.Policy{TargetBytes: 4_000, MaxAge: 300 * time.Millisecond},
		PollInterval:  40 * time.Millisecond,
		Confirmations: 2,
		RepostAfter:   3,
		RPCTimeout:    3 * time.Second,
		TxMgr: txmgr.Config{
			Confirmations:    2,
			PollInterval:     30 * time.Millisecond,
			ResubmitInterval: 400 * time.Millisecond,
			RPCTimeout:       3 * time.Second,
		},
	}
}

// start builds and starts a batcher; it is stopped when the test ends.
func (e *env) start(cfg batcher.Config, client batcher.L1) (*batcher.Batcher, *prometheus.Registry) {
	e.t.Helper()
	if client == nil {
		client = e.l1
	}
	reg := prometheus.NewRegistry()
	b, err := batcher.New(cfg, batcher.Deps{Pool: e.pool, L1: client, Logger: e.log, Registry: reg})
	require.NoError(e.t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	require.NoError(e.t, b.Start(ctx))
	e.t.Cleanup(func() { _ = b.Stop() })
	return b, reg
}

func (e *env) rollup() *bind.BoundContract {
	return contracts.Rollup.Instance(e.l1, e.dep.Contracts.Rollup)
}

func (e *env) nextIndex() uint64 {
	c, rb := e.rollup(), contracts.Rollup
	n, err := bind.Call(c, nil, rb.PackNextIndex(), rb.UnpackNextIndex)
	require.NoError(e.t, err)
	return n
}

func (e *env) finalizedCount() uint64 {
	c, rb := e.rollup(), contracts.Rollup
	n, err := bind.Call(c, nil, rb.PackFinalizedCount(), rb.UnpackFinalizedCount)
	require.NoError(e.t, err)
	return n
}

// deposit makes real Bridge deposits on L1 to L2 recipients (all sent at
// once) and records them in l1_deposits as the sequencer's deposit follower
// would.
func (e *env) deposit(recipients []common.Address, wei *big.Int) {
	e.t.Helper()
	ctx := context.Background()
	bb := contracts.Bridge
	br := bb.Instance(e.l1, e.dep.Contracts.Bridge)
	chainID, err := e.l1.ChainID(ctx)
	require.NoError(e.t, err)
	from := crypto.PubkeyToAddress(e.funder.PublicKey)
	nonce, err := e.l1.PendingNonceAt(ctx, from)
	require.NoError(e.t, err)
	var txs []*types.Transaction
	for i, rcpt := range recipients {
		o := bind.NewKeyedTransactor(e.funder, chainID)
		o.Value, o.Context, o.Nonce, o.GasLimit = wei, ctx, new(big.Int).SetUint64(nonce+uint64(i)), 1_000_000
		tx, err := bind.Transact(br, o, bb.PackDeposit(rcpt))
		require.NoError(e.t, err)
		txs = append(txs, tx)
	}
	var ds []chain.Deposit
	for _, tx := range txs {
		r, err := deploy.WaitReceipt(ctx, e.l1, tx.Hash())
		require.NoError(e.t, err)
		require.Equal(e.t, types.ReceiptStatusSuccessful, r.Status)
		for _, l := range r.Logs {
			ev, err := bb.UnpackDepositQueuedEvent(l)
			if err != nil {
				continue
			}
			ds = append(ds, chain.Deposit{QueueIndex: ev.Index.Uint64(), L1BlockNumber: r.BlockNumber.Uint64(), L1BlockHash: r.BlockHash,
				L1TxHash: tx.Hash(), L1LogIndex: l.Index, L1Sender: from, Recipient: ev.Recipient, Amount: ev.Amount, L1Timestamp: ev.Timestamp})
		}
	}
	require.Len(e.t, ds, len(recipients))
	sort.Slice(ds, func(i, j int) bool { return ds[i].QueueIndex < ds[j].QueueIndex })
	for _, d := range ds {
		_, err := e.pool.Exec(context.Background(), `INSERT INTO l1_deposits (queue_index, l1_block_number, l1_block_hash, l1_tx_hash,
			l1_log_index, l1_sender, recipient, amount, l1_timestamp) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			int64(d.QueueIndex), int64(d.L1BlockNumber), d.L1BlockHash.Bytes(), d.L1TxHash.Bytes(), int32(d.L1LogIndex),
			d.L1Sender.Bytes(), d.Recipient.Bytes(), pgtype.Numeric{Int: d.Amount, Valid: true}, int64(d.L1Timestamp))
		require.NoError(e.t, err)
		if e.seq != nil {
			e.seq.queue(d)
		}
	}
}

// batchRow is a batches row as the tests look at it.
type batchRow struct {
	Index    uint64
	Status   string
	First    uint64
	Last     uint64
	Size     int
	TxCount  int
	Fault    string
	L1Tx     []byte
	L1Block  *int64
	Attempts int
	PostRoot common.Hash
	HonestRt common.Hash
}

// withStatus counts the rows in status.
func withStatus(rows []batchRow, status string) int {
	n := 0
	for _, r := range rows {
		if r.Status == status {
			n++
		}
	}
	return n
}

func (e *env) batches(live bool) []batchRow {
	e.t.Helper()
	q := `SELECT batch_index, status, first_block, last_block, data_size, tx_count, coalesce(fault, ''), l1_tx_hash, l1_block_number,
		send_attempts, post_state_root, honest_post_state_root FROM batches`
	if live {
		q += ` WHERE status <> 'reverted'`
	}
	rows, err := e.pool.Query(context.Background(), q+` ORDER BY batch_index, id`)
	require.NoError(e.t, err)
	defer rows.Close()
	var out []batchRow
	for rows.Next() {
		var r batchRow
		var idx, first, last int64
		var post, honest []byte
		require.NoError(e.t, rows.Scan(&idx, &r.Status, &first, &last, &r.Size, &r.TxCount, &r.Fault, &r.L1Tx, &r.L1Block,
			&r.Attempts, &post, &honest))
		r.Index, r.First, r.Last = uint64(idx), uint64(first), uint64(last)
		r.PostRoot, r.HonestRt = common.BytesToHash(post), common.BytesToHash(honest)
		out = append(out, r)
	}
	require.NoError(e.t, rows.Err())
	return out
}

// waitFor polls cond until it holds or the timeout passes.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// waitPosted waits until every sealed block is in a batch included on L1
// (status included or later) and returns the live batches.
func (e *env) waitPosted(timeout time.Duration, status ...string) []batchRow {
	e.t.Helper()
	if len(status) == 0 {
		status = []string{"included", "confirmed", "final"}
	}
	ok := map[string]bool{}
	for _, s := range status {
		ok[s] = true
	}
	var rows []batchRow
	waitFor(e.t, timeout, "every sealed block posted", func() bool {
		rows = e.batches(true)
		if len(rows) == 0 || rows[len(rows)-1].Last != e.seq.head() {
			return false
		}
		for _, r := range rows {
			if !ok[r.Status] {
				return false
			}
		}
		return true
	})
	return rows
}

// outboxAppends counts the appendBatch transactions in the outbox by outcome.
func (e *env) outboxCounts() (ok, reverted, pending int) {
	e.t.Helper()
	from := crypto.PubkeyToAddress(e.key.PublicKey)
	rows, err := e.pool.Query(context.Background(), `SELECT state, coalesce(receipt_status, -1) FROM l1_txs
		WHERE sender = $1 AND idem_key LIKE 'batch/%'`, from.Bytes())
	require.NoError(e.t, err)
	defer rows.Close()
	for rows.Next() {
		var state string
		var status int16
		require.NoError(e.t, rows.Scan(&state, &status))
		switch {
		case state == "pending":
			pending++
		case state == "confirmed" && status == 1:
			ok++
		case state == "confirmed":
			reverted++
		}
	}
	require.NoError(e.t, rows.Err())
	return
}

// waitOutboxSettled waits until the transaction manager confirmed every
// appendBatch it holds.
func (e *env) waitOutboxSettled() {
	e.t.Helper()
	waitFor(e.t, 30*time.Second, "every appendBatch confirmed in the outbox", func() bool {
		_, _, pending := e.outboxCounts()
		return pending == 0
	})
}

// fakeSeq writes sealed L2 blocks as the sequencer does (the tables of
// 010_sequencer.sql), executing them with the protocol core.
type fakeSeq struct {
	t    *testing.T
	pool *pgxpool.Pool
	p    *l2.Params

	mu       sync.Mutex
	st       *l2.State
	number   uint64
	ts       uint64
	hash     common.Hash
	nextSeq  uint64
	consumed uint64
	queued   []chain.Deposit
	keys     []*ecdsa.PrivateKey
	nonces   map[common.Address]uint64
	// deposits by index, for replays of posted batches.
	deps map[uint64]l2.Deposit
	rng  uint64
}

func newFakeSeq(t *testing.T, pool *pgxpool.Pool, p *l2.Params) *fakeSeq {
	s := &fakeSeq{t: t, pool: pool, p: p, st: l2.NewState(), ts: p.GenesisTimestamp, nextSeq: 1,
		nonces: map[common.Address]uint64{}, deps: map[uint64]l2.Deposit{}, rng: 1}
	g := chain.Block{Timestamp: p.GenesisTimestamp, FirstSeq: 1, Sealed: true, WithdrawalsRoot: types.EmptyWithdrawalsHash}
	new(chain.BlockItems).Seal(&g, common.Hash{}, p)
	s.hash = g.Hash
	ctx := context.Background()
	_, err := pool.Exec(ctx, `INSERT INTO l2_chain (chain_id, base_fee, fee_recipient, genesis_timestamp) VALUES ($1, $2, $3, $4)`,
		int64(p.ChainID), pgtype.Numeric{Int: p.BaseFee.ToBig(), Valid: true}, p.FeeRecipient.Bytes(), int64(p.GenesisTimestamp))
	require.NoError(t, err)
	_, err = pool.Exec(ctx, `INSERT INTO l2_blocks (number, hash, parent_hash, timestamp, first_seq, deposit_first, state_root, sealed_at)
		VALUES (0, $1, $2, $3, 1, 0, $4, now())`, s.hash.Bytes(), common.Hash{}.Bytes(), int64(p.GenesisTimestamp), common.Hash{}.Bytes())
	require.NoError(t, err)
	for i := 0; i < 16; i++ {
		k, err := crypto.GenerateKey()
		require.NoError(t, err)
		s.keys = append(s.keys, k)
	}
	return s
}

// queue makes a recorded deposit consumed by the next block.
func (s *fakeSeq) queue(d chain.Deposit) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.queued = append(s.queued, d)
}

func (s *fakeSeq) head() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.number
}

func (s *fakeSeq) rand() uint64 {
	s.rng = s.rng*6364136223846793005 + 1442695040888963407
	return s.rng >> 33
}

// transfers signs n transfers from the test keys (funded by earlier
// deposits) to a few recipients.
func (s *fakeSeq) transfers(n int) []*types.Transaction {
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(s.p.ChainID))
	out := make([]*types.Transaction, 0, n)
	for i := 0; i < n; i++ {
		k := s.keys[s.rand()%uint64(len(s.keys))]
		from := crypto.PubkeyToAddress(k.PublicKey)
		to := common.BigToAddress(new(big.Int).SetUint64(0x1000 + s.rand()%50))
		tx := types.MustSignNewTx(k, signer, &types.DynamicFeeTx{
			ChainID: new(big.Int).SetUint64(s.p.ChainID), Nonce: s.nonces[from],
			GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(3 * params.GWei), Gas: 21000,
			To: &to, Value: new(big.Int).Mul(big.NewInt(int64(1+s.rand()%9)), big.NewInt(1e15)),
		})
		s.nonces[from]++
		out = append(out, tx)
	}
	return out
}

// block seals the next block: every queued deposit, then ntx transfers.
func (s *fakeSeq) block(ntx int) {
	s.t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	txs := s.transfers(ntx)
	ctx := context.Background()
	tx, err := s.pool.Begin(ctx)
	require.NoError(s.t, err)
	defer tx.Rollback(ctx) //nolint:errcheck
	s.number++
	s.ts++
	parent := s.hash
	var items chain.BlockItems
	depFirst := s.consumed
	for _, d := range s.queued {
		items.AddDeposit(&d)
		var amount uint256.Int
		amount.SetFromBig(d.Amount)
		ld := l2.Deposit{Index: d.QueueIndex, Recipient: d.Recipient, Amount: &amount, L1Timestamp: d.L1Timestamp}
		s.st.ApplyDeposit(ld)
		s.deps[d.QueueIndex] = ld
		_, err := tx.Exec(ctx, `UPDATE l1_deposits SET l2_block = $2 WHERE queue_index = $1`, int64(d.QueueIndex), int64(s.number))
		require.NoError(s.t, err)
		s.consumed++
	}
	ndep := len(s.queued)
	s.queued = nil
	for i, t := range txs {
		sender, err := l2.ValidateTx(s.p, t)
		require.NoError(s.t, err)
		_, err = s.st.ApplyTransfer(s.p, t, sender)
		require.NoError(s.t, err, "transfer %d of block %d", i, s.number)
		raw, err := t.MarshalBinary()
		require.NoError(s.t, err)
		require.NoError(s.t, items.AddTx(&chain.Tx{Raw: raw, Tx: t, Sender: sender}))
		_, err = tx.Exec(ctx, `INSERT INTO l2_transactions (seq, hash, block_number, block_index, sender, nonce, recipient, raw)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, int64(s.nextSeq+uint64(i)), t.Hash().Bytes(), int64(s.number), i,
			sender.Bytes(), int64(t.Nonce()), t.To().Bytes(), raw)
		require.NoError(s.t, err)
	}
	b := chain.Block{Number: s.number, Timestamp: s.ts, FirstSeq: s.nextSeq, TxCount: len(txs), DepositFirst: depFirst,
		DepositCount: ndep, Sealed: true, StateRoot: s.st.Root(), WithdrawalsRoot: items.WithdrawalsRoot()}
	items.Seal(&b, parent, s.p)
	s.hash = b.Hash
	_, err = tx.Exec(ctx, `INSERT INTO l2_blocks (number, hash, parent_hash, timestamp, first_seq, tx_count, deposit_first,
		deposit_count, state_root, tx_root, receipt_root, withdrawals_root, sealed_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now())`,
		int64(s.number), s.hash.Bytes(), parent.Bytes(), int64(s.ts), int64(s.nextSeq), len(txs), int64(depFirst), ndep,
		b.StateRoot.Bytes(), b.TxRoot.Bytes(), b.ReceiptRoot.Bytes(), b.WithdrawalsRoot.Bytes())
	require.NoError(s.t, err)
	require.NoError(s.t, tx.Commit(ctx))
	s.nextSeq += uint64(len(txs))
}

// fund deposits on L1 for every test key and seals a block consuming them.
func (s *fakeSeq) fund(e *env) {
	var to []common.Address
	for _, k := range s.keys {
		to = append(to, crypto.PubkeyToAddress(k.PublicKey))
	}
	e.deposit(to, new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether)))
	s.block(0)
}

// verifyOnL1 fetches every live batch's append transaction from L1, decodes
// its calldata (appendBatch) or reads its blob through e.beacon
// (appendBlobBatches), checks the header against the row, decodes the data
// and replays it from the previous batch's state, and requires the replay
// to reach the claimed post-state (honest batches) with the claimed steps.
// It returns how many batches were carried in blobs.
func (e *env) verifyOnL1(rows []batchRow) (blobs int) {
	e.t.Helper()
	ctx := context.Background()
	rb := contracts.Rollup
	method, blobMethod := rb.GetABI().Methods["appendBatch"], rb.GetABI().Methods["appendBlobBatches"]
	p := e.params()
	st := l2.NewState()
	prev := p.Genesis()
	src := func(i uint64) (l2.Deposit, bool) {
		e.seq.mu.Lock()
		defer e.seq.mu.Unlock()
		d, ok := e.seq.deps[i]
		return d, ok
	}
	for i, r := range rows {
		require.Equal(e.t, uint64(i), r.Index)
		require.NotNil(e.t, r.L1Tx, "batch %d has no L1 transaction", r.Index)
		tx, _, err := e.l1.(interface {
			TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error)
		}).TransactionByHash(ctx, common.BytesToHash(r.L1Tx))
		require.NoError(e.t, err)
		var h contracts.BatchHeader
		var data []byte
		if string(tx.Data()[:4]) == string(blobMethod.ID) {
			blobs++
			require.Equal(e.t, uint8(types.BlobTxType), tx.Type())
			args, err := blobMethod.Inputs.Unpack(tx.Data()[4:])
			require.NoError(e.t, err)
			hs := *abi.ConvertType(args[0], new([]contracts.BatchHeader)).(*[]contracts.BatchHeader)
			require.Len(e.t, tx.BlobHashes(), len(hs), "one blob per batch")
			pos := -1
			for p := range hs {
				if hs[p].Index == r.Index {
					pos = p
				}
			}
			require.GreaterOrEqual(e.t, pos, 0, "batch %d is in its transaction", r.Index)
			h = hs[pos]
			require.NotNil(e.t, e.beacon, "batch %d is in a blob and the test serves no beacon API", r.Index)
			rcpt, err := e.l1.TransactionReceipt(ctx, tx.Hash())
			require.NoError(e.t, err)
			hdr, err := e.l1.HeaderByNumber(ctx, rcpt.BlockNumber)
			require.NoError(e.t, err)
			bs, err := e.beacon.Blobs(ctx, hdr.Number.Uint64(), hdr.Time, tx.BlobHashes()[pos:pos+1])
			require.NoError(e.t, err)
			data, err = blob.Decode(bs)
			require.NoError(e.t, err, "batch %d: the batcher's blob decodes strictly", r.Index)
		} else {
			require.Equal(e.t, method.ID, tx.Data()[:4])
			args, err := method.Inputs.Unpack(tx.Data()[4:])
			require.NoError(e.t, err)
			h = *abiConvertHeader(args[0])
			data = args[1].([]byte)
		}
		require.Equal(e.t, r.Index, h.Index)
		require.Equal(e.t, prev.ClaimHash(), l2.L2State{StateRoot: h.Prev.StateRoot, DepositsConsumed: h.Prev.DepositsConsumed,
			BlockNumber: h.Prev.BlockNumber, Timestamp: h.Prev.Timestamp}.ClaimHash(), "batch %d prev", r.Index)
		_, err = l2.DecodeBatch(p, data)
		require.NoError(e.t, err)
		c, err := l2.NewBatchContext(p, data, h.Post.DepositsConsumed, src)
		require.NoError(e.t, err)
		end, steps, err := l2.Replay(c, st, c.Start(prev))
		require.NoError(e.t, err)
		claim := l2.L2State{StateRoot: h.Post.StateRoot, DepositsConsumed: h.Post.DepositsConsumed, BlockNumber: h.Post.BlockNumber, Timestamp: h.Post.Timestamp}
		require.Equal(e.t, c.EndState(claim), end, "batch %d replays to its claim", r.Index)
		require.LessOrEqual(e.t, steps, h.NumSteps)
		require.Equal(e.t, steps, h.NumSteps)
		prev = claim
	}
	return blobs
}

func abiConvertHeader(v any) *contracts.BatchHeader {
	return abi.ConvertType(v, new(contracts.BatchHeader)).(*contracts.BatchHeader)
}

// miner mines a dev chain block every interval while it is not paused.
type miner struct {
	c      *devchain.Chain
	mu     sync.Mutex
	paused bool
	stop   chan struct{}
	done   chan struct{}
}

func newMiner(t *testing.T, c *devchain.Chain, interval time.Duration) *miner {
	m := &miner{c: c, stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(m.done)
		tk := time.NewTicker(interval)
		defer tk.Stop()
		for {
			select {
			case <-m.stop:
				return
			case <-tk.C:
				m.mu.Lock()
				if !m.paused {
					c.Commit()
				}
				m.mu.Unlock()
			}
		}
	}()
	t.Cleanup(func() { close(m.stop); <-m.done })
	return m
}

// pause stops mining; while paused the caller may Fork or Commit itself.
func (m *miner) pause()  { m.mu.Lock(); m.paused = true; m.mu.Unlock() }
func (m *miner) resume() { m.mu.Lock(); m.paused = false; m.mu.Unlock() }

// newManualEnv starts a dev L1 mined by a pausable miner (and serving HTTP),
// with the contracts deployed.
// It serves the beacon API too (the blobs of blob batches).
func newManualEnv(t *testing.T, o envOpts) (*env, *devchain.Chain, *miner) {
	t.Helper()
	c, err := devchain.New(devchain.Config{BlockTime: -1, HTTPAddr: "127.0.0.1:0", BeaconAddr: "127.0.0.1:0"})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Stop() })
	m := newMiner(t, c, 100*time.Millisecond)
	acc := c.Accounts()
	e := newEnv(t, c.Client(), acc[0].Key, acc[1].Key, o)
	e.beacon = beacon.NewClient(c.BeaconURL(), 5*time.Second)
	return e, c, m
}

// dial connects an ethclient to url.
func dial(t *testing.T, u string) *ethclient.Client {
	c, err := ethclient.Dial(u)
	require.NoError(t, err)
	t.Cleanup(c.Close)
	return c
}

// crypto0 is the proposer's address.
func crypto0(e *env) common.Address { return crypto.PubkeyToAddress(e.key.PublicKey) }

// transfer sends wei from key to addr with a legacy transaction at the
// node's gas price (so that exactly value + 21000 × price leaves the key)
// and waits for it.
func transfer(t *testing.T, l1 l1Node, key *ecdsa.PrivateKey, to common.Address, wei *big.Int) {
	t.Helper()
	price, err := l1.SuggestGasPrice(context.Background())
	require.NoError(t, err)
	sendLegacy(t, l1, key, to, wei, price)
}

func sendLegacy(t *testing.T, l1 l1Node, key *ecdsa.PrivateKey, to common.Address, wei, price *big.Int) {
	t.Helper()
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := l1.PendingNonceAt(ctx, from)
	require.NoError(t, err)
	chainID, err := l1.ChainID(ctx)
	require.NoError(t, err)
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(chainID), &types.LegacyTx{
		Nonce: nonce, GasPrice: price, Gas: 21000, To: &to, Value: wei})
	require.NoError(t, l1.SendTransaction(ctx, tx))
	r, err := deploy.WaitReceipt(ctx, l1, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
}

// drain sends all but keep wei of key's balance away.
func drain(t *testing.T, l1 l1Node, key *ecdsa.PrivateKey, keep *big.Int) {
	t.Helper()
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	bal, err := l1.BalanceAt(ctx, from, nil)
	require.NoError(t, err)
	price, err := l1.SuggestGasPrice(ctx)
	require.NoError(t, err)
	v := new(big.Int).Sub(bal, keep)
	v.Sub(v, new(big.Int).Mul(price, big.NewInt(21000)))
	sendLegacy(t, l1, key, common.HexToAddress("0x00000000000000000000000000000000000000dd"), v, price)
}
