package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5/pgxpool"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/internal/poll"
	"github.com/rollup-dev/rollup/store"
)

// Candidate is a transaction to send; the manager chooses nonce and fees.
type Candidate struct {
	To    *common.Address // nil creates a contract
	Data  []byte
	Value *big.Int // nil means zero
	// GasLimit, when zero, is estimated and raised by GasLimitBufferPercent.
	GasLimit uint64
	// Key, when set, makes the send idempotent for this sender: a second Send
	// with the same key (also after a restart) waits for the first transaction
	// instead of posting again.
	Key string
	// Sidecar, when set, makes the transaction an EIP-4844 blob transaction
	// carrying these blobs (To is then required). Its version must be the
	// one the L1 takes: 0 before Osaka, 1 (cell proofs) from Osaka on.
	Sidecar *types.BlobTxSidecar
}

// Manager owns the nonce of one key. Construct with New, then Start.
type Manager struct {
	cfg     Config
	client  Client
	pool    *pgxpool.Pool
	logger  *zap.Logger
	metrics *metrics
	from    common.Address
	signer  types.Signer

	submitMu sync.Mutex // serialises nonce allocation and its recording
	mu       sync.Mutex // guards next, trackers, byKey
	next     uint64
	trackers map[uint64]*tracker
	byKey    map[string]*tracker
	slots    chan struct{}

	stopped   chan struct{} // closed by Stop: the trackers and loops end
	wg        sync.WaitGroup
	startOnce sync.Once
	startErr  error
	started   chan struct{}
	stopOnce  sync.Once
}

// New builds a manager; it does no I/O.
func New(cfg Config, deps Deps) (*Manager, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	if deps.Client == nil || deps.Pool == nil {
		return nil, errors.New("txmgr: Client and Pool are required")
	}
	logger := deps.Logger
	if logger == nil {
		logger = zap.NewNop()
	}
	from := crypto.PubkeyToAddress(cfg.PrivateKey.PublicKey)
	return &Manager{
		cfg:      cfg,
		client:   deps.Client,
		pool:     deps.Pool,
		logger:   logger.Named("txmgr").With(zap.String("name", cfg.Name), zap.Stringer("sender", from)),
		metrics:  newMetrics(cfg.Name, deps.Registry),
		from:     from,
		trackers: map[uint64]*tracker{},
		byKey:    map[string]*tracker{},
		slots:    make(chan struct{}, cfg.MaxInFlight),
		stopped:  make(chan struct{}),
		started:  make(chan struct{}),
	}, nil
}

// From is the sender address.
func (m *Manager) From() common.Address { return m.from }

// Start reconciles the outbox with the chain and resumes every pending nonce.
func (m *Manager) Start(ctx context.Context) error {
	m.startOnce.Do(func() {
		m.startErr = m.start(ctx)
		if m.startErr == nil {
			close(m.started)
		}
	})
	return m.startErr
}

func (m *Manager) start(ctx context.Context) error {
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	defer cancel()
	chainID, err := m.client.ChainID(rctx)
	if err != nil {
		return fmt.Errorf("txmgr: fetching L1 chain ID: %w", err)
	}
	if m.cfg.ChainID != nil && m.cfg.ChainID.Cmp(chainID) != 0 {
		return fmt.Errorf("txmgr: %w: node %s, configured %s", ErrChainIDMismatch, chainID, m.cfg.ChainID)
	}
	m.signer = types.LatestSignerForChainID(chainID)

	rows, err := m.loadPending(ctx)
	if err != nil {
		return fmt.Errorf("txmgr: %w", err)
	}
	dbNext, err := m.nextNonceInDB(ctx)
	if err != nil {
		return fmt.Errorf("txmgr: %w", err)
	}
	pendingNonce, err := m.client.PendingNonceAt(rctx, m.from)
	if err != nil {
		return fmt.Errorf("txmgr: fetching L1 nonce: %w", err)
	}
	next := dbNext
	if pendingNonce > dbNext {
		if dbNext > 0 {
			m.logger.Error("the signing key is used outside the transaction manager: the L1 nonce moved past every nonce in the outbox; "+
				"continuing after it (give the manager a key of its own)",
				zap.Uint64("outbox_next_nonce", dbNext), zap.Uint64("l1_pending_nonce", pendingNonce))
		}
		next = pendingNonce
	}
	m.next = next
	m.metrics.nonce.Set(float64(next))

	for _, r := range rows {
		if len(r.attempts) == 0 {
			m.logger.Warn("outbox nonce without a signed attempt; it will be signed again", zap.Uint64("nonce", r.nonce))
		}
		t := m.newTracker(r)
		select {
		case m.slots <- struct{}{}:
			t.hasSlot = true
		default:
		}
		m.register(t)
		m.goLive(func(ctx context.Context) { t.run(ctx, false) })
	}
	m.logger.Info("transaction manager started", zap.Uint64("next_nonce", next), zap.Int("resumed", len(rows)),
		zap.Stringer("chain_id", chainID))

	m.checkBalance(ctx)
	m.goLive(m.balanceLoop)
	return nil
}

// goLive runs f in a goroutine of the manager with a context that ends when
// the manager stops; Stop waits for it.
func (m *Manager) goLive(f func(ctx context.Context)) {
	ctx, cancel := context.WithCancel(context.Background())
	m.wg.Add(1)
	go func() {
		defer m.wg.Done()
		defer cancel()
		f(ctx)
	}()
	go func() {
		select {
		case <-m.stopped:
			cancel()
		case <-ctx.Done():
		}
	}()
}

func (m *Manager) isStopped() bool {
	select {
	case <-m.stopped:
		return true
	default:
		return false
	}
}

// Stop ends every tracker; unconfirmed nonces stay in the outbox. Safe twice.
func (m *Manager) Stop() error {
	m.stopOnce.Do(func() {
		close(m.stopped)
		m.wg.Wait()
		m.logger.Info("transaction manager stopped")
	})
	return nil
}

// Send records, signs and broadcasts c and returns its receipt once confirmed.
// A reverted transaction returns its receipt with ErrReverted. When ctx ends
// first, the transaction goes on in the background (it already has a nonce).
func (m *Manager) Send(ctx context.Context, c Candidate) (*types.Receipt, error) {
	h, err := m.Submit(ctx, c)
	if err != nil {
		return nil, err
	}
	return h.Wait(ctx)
}

// Submit records, signs and broadcasts c and returns once it is recorded in
// the outbox (it has a nonce and survives a restart): the handle follows it
// to its receipt. A candidate whose key was submitted before gets the handle
// of that transaction, confirmed or in flight.
func (m *Manager) Submit(ctx context.Context, c Candidate) (*Handle, error) {
	t, err := m.submit(ctx, c)
	if err != nil {
		return nil, err
	}
	h := &Handle{t: t, state: SendState{Found: true, State: "pending"}}
	if t.row != nil { // nil for a key confirmed before this process started
		h.state.Nonce = t.row.nonce
		if tx := t.latestAtSubmit; tx != nil {
			h.state.Latest = tx.Hash()
		}
	}
	return h, nil
}

// Handle follows one submitted transaction; its methods are safe for
// concurrent use.
type Handle struct {
	t     *tracker
	state SendState // as recorded at Submit
}

// Done is closed when the transaction is confirmed (or failed for good).
func (h *Handle) Done() <-chan struct{} { return h.t.done }

// Wait returns the receipt once confirmed; a reverted transaction returns its
// receipt with ErrReverted. When ctx ends first it returns ctx's error and
// the transaction goes on.
func (h *Handle) Wait(ctx context.Context) (*types.Receipt, error) {
	select {
	case <-h.t.done:
		return h.t.receipt, h.t.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Status is what is known of the transaction now: pending with its nonce
// and the attempt recorded at Submit, or confirmed with its receipt.
func (h *Handle) Status() SendState {
	st := h.state
	select {
	case <-h.t.done:
		if r := h.t.receipt; r != nil {
			st.State, st.ReceiptTx, st.ReceiptStatus = "confirmed", r.TxHash, r.Status
			st.Latest = r.TxHash
		}
	default:
	}
	return st
}

func (m *Manager) submit(ctx context.Context, c Candidate) (*tracker, error) {
	select {
	case <-m.started:
	default:
		return nil, ErrNotStarted
	}
	if m.isStopped() {
		return nil, ErrStopped
	}
	if t, err := m.attach(ctx, c.Key); t != nil || err != nil {
		return t, err
	}

	// Wait for room among the transactions in flight.
	select {
	case m.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-m.stopped:
		return nil, ErrStopped
	}
	keepSlot := false
	defer func() {
		if !keepSlot {
			<-m.slots
		}
	}()

	value := c.Value
	if value == nil {
		value = new(big.Int)
	}
	if c.Sidecar != nil && c.To == nil {
		return nil, errors.New("txmgr: a blob transaction needs a recipient")
	}
	blob := c.Sidecar != nil
	var blobHashes []common.Hash
	if blob {
		blobHashes = c.Sidecar.BlobHashes()
	}
	f, _, err := m.estimateFees(ctx, blob)
	if err != nil {
		if errors.Is(err, ErrFeeCapTooLow) {
			m.metrics.txs.WithLabelValues(outcomeFeeCap).Inc()
		}
		return nil, err
	}
	gasLimit := c.GasLimit
	if gasLimit == 0 {
		rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
		est, err := m.client.EstimateGas(rctx, ethereum.CallMsg{From: m.from, To: c.To, Data: c.Data, Value: value,
			BlobHashes: blobHashes, BlobGasFeeCap: f.blobFeeCap})
		cancel()
		if err != nil && classifyPublish(err) == pubInsufficientFunds {
			m.metrics.txs.WithLabelValues(outcomeInsufficientFunds).Inc()
			m.logger.Error("L1 balance too low to send; fund the sender", zap.Error(err))
			return nil, fmt.Errorf("txmgr: %w: %s cannot pay value %s plus gas (node: %v); fund it and retry",
				ErrInsufficientFunds, m.from, value, err)
		}
		if err != nil {
			m.metrics.txs.WithLabelValues(outcomeEstimateFailed).Inc()
			return nil, fmt.Errorf("estimating gas: %w", err)
		}
		gasLimit = est + est*m.cfg.GasLimitBufferPercent/100
	}
	if err := m.guardBalance(ctx, value, gasLimit, f, len(blobHashes)); err != nil {
		return nil, err
	}

	m.submitMu.Lock()
	defer m.submitMu.Unlock()
	if t, err := m.attach(ctx, c.Key); t != nil || err != nil {
		return t, err // the same key was submitted concurrently
	}
	m.mu.Lock()
	nonce := m.next
	m.mu.Unlock()
	data := c.Data
	if data == nil {
		data = []byte{}
	}
	row := &outboxRow{nonce: nonce, key: c.Key, to: c.To, data: data, value: value, gasLimit: gasLimit, sidecar: c.Sidecar}
	tx, err := m.sign(row, f)
	if err != nil {
		return nil, err
	}
	if err := m.recordNew(ctx, row, tx); err != nil {
		return nil, fmt.Errorf("txmgr: %w", err)
	}
	row.attempts = []*types.Transaction{tx}
	m.mu.Lock()
	m.next = nonce + 1
	m.mu.Unlock()
	m.metrics.nonce.Set(float64(nonce + 1))

	t := m.newTracker(row)
	t.hasSlot = true
	keepSlot = true
	m.register(t)
	m.goLive(func(ctx context.Context) { t.run(ctx, true) })
	m.logger.Debug("transaction recorded", zap.Uint64("nonce", nonce), zap.Stringer("tx", tx.Hash()), zap.String("key", c.Key))
	return t, nil
}

// attach returns the tracker (or a finished one) for an already submitted key.
func (m *Manager) attach(ctx context.Context, key string) (*tracker, error) {
	if key == "" {
		return nil, nil
	}
	m.mu.Lock()
	t := m.byKey[key]
	m.mu.Unlock()
	if t != nil {
		return t, nil
	}
	hash, nonce, err := m.confirmedByKey(ctx, key)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("txmgr: looking up key %q: %w", key, err)
	}
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	defer cancel()
	r, err := m.client.TransactionReceipt(rctx, hash)
	if err != nil {
		return nil, fmt.Errorf("txmgr: receipt of confirmed %q (nonce %d, %s): %w", key, nonce, hash, err)
	}
	done := &tracker{done: make(chan struct{}), receipt: r}
	if r.Status != types.ReceiptStatusSuccessful {
		done.err = fmt.Errorf("%w: %s (nonce %d)", ErrReverted, hash, nonce)
	}
	close(done.done)
	return done, nil
}

func (m *Manager) sign(r *outboxRow, f fees) (*types.Transaction, error) {
	var inner types.TxData = &types.DynamicFeeTx{
		ChainID:   m.signer.ChainID(),
		Nonce:     r.nonce,
		GasTipCap: f.tip,
		GasFeeCap: f.feeCap,
		Gas:       r.gasLimit,
		To:        r.to,
		Value:     r.value,
		Data:      r.data,
	}
	if r.sidecar != nil {
		if f.blobFeeCap == nil {
			return nil, fmt.Errorf("txmgr: signing nonce %d: a blob transaction without a blob fee cap", r.nonce)
		}
		u := func(v *big.Int) *uint256.Int { return uint256.MustFromBig(v) }
		inner = &types.BlobTx{
			ChainID: u(m.signer.ChainID()), Nonce: r.nonce, GasTipCap: u(f.tip), GasFeeCap: u(f.feeCap), Gas: r.gasLimit,
			To: *r.to, Value: u(r.value), Data: r.data, BlobFeeCap: u(f.blobFeeCap), BlobHashes: r.sidecar.BlobHashes(),
			Sidecar: r.sidecar,
		}
	}
	tx, err := types.SignNewTx(m.cfg.PrivateKey, m.signer, inner)
	if err != nil {
		return nil, fmt.Errorf("txmgr: signing nonce %d: %w", r.nonce, err)
	}
	return tx, nil
}

func (m *Manager) register(t *tracker) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.trackers[t.row.nonce] = t
	if t.row.key != "" {
		m.byKey[t.row.key] = t
	}
	m.metrics.inFlight.Set(float64(len(m.trackers)))
}

func (m *Manager) unregister(t *tracker) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.trackers[t.row.nonce] == t {
		delete(m.trackers, t.row.nonce)
	}
	if t.row.key != "" && m.byKey[t.row.key] == t {
		delete(m.byKey, t.row.key)
	}
	m.metrics.inFlight.Set(float64(len(m.trackers)))
}

// guardBalance refuses a candidate the sender cannot pay for, before a nonce
// is used, and warns when the balance runs low.
func (m *Manager) guardBalance(ctx context.Context, value *big.Int, gasLimit uint64, f fees, blobs int) error {
	feeCap := f.feeCap
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	defer cancel()
	bal, err := m.client.BalanceAt(rctx, m.from, nil)
	if err != nil {
		return fmt.Errorf("fetching L1 balance: %w", err)
	}
	m.metrics.balance.Set(weiToEther(bal))
	need := new(big.Int).Mul(new(big.Int).SetUint64(gasLimit), feeCap)
	need.Add(need, value)
	if blobs > 0 {
		need.Add(need, new(big.Int).Mul(big.NewInt(int64(blobs)*params.BlobTxBlobGasPerBlob), f.blobFeeCap))
	}
	if bal.Cmp(need) < 0 {
		m.metrics.txs.WithLabelValues(outcomeInsufficientFunds).Inc()
		m.logger.Error("L1 balance too low to send; fund the sender", zap.Stringer("balance_wei", bal), zap.Stringer("needed_wei", need))
		return fmt.Errorf("txmgr: %w: %s has %s wei, needs %s (gas %d × max fee %s + value %s + %d blobs' gas); fund it and retry",
			ErrInsufficientFunds, m.from, bal, need, gasLimit, feeCap, value, blobs)
	}
	if rest := new(big.Int).Sub(bal, need); rest.Cmp(m.cfg.BalanceWarn) < 0 {
		m.logger.Warn("L1 balance running low; fund the sender", zap.Stringer("balance_wei", bal),
			zap.Stringer("warn_below_wei", m.cfg.BalanceWarn))
	}
	return nil
}

func (m *Manager) checkBalance(ctx context.Context) {
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	defer cancel()
	bal, err := m.client.BalanceAt(rctx, m.from, nil)
	if err != nil {
		m.logger.Warn("fetching L1 balance", zap.Error(err))
		return
	}
	m.metrics.balance.Set(weiToEther(bal))
	if bal.Cmp(m.cfg.BalanceWarn) < 0 {
		m.logger.Warn("L1 balance running low; fund the sender", zap.Stringer("balance_wei", bal),
			zap.Stringer("warn_below_wei", m.cfg.BalanceWarn))
	}
}

func (m *Manager) balanceLoop(ctx context.Context) {
	poll.Tick(ctx, m.cfg.BalanceCheckInterval, func() { m.checkBalance(ctx) })
}

// waitsForOtherKind reports whether a transaction of this nonce and kind
// (blob or not) must wait before it is broadcast: a lower nonce of the other
// kind is not mined yet. A node's pool holds an account's transactions of one
// kind at a time (geth's legacy and blob pools reserve the address: "address
// already reserved"), and its blob pool takes no blob transaction behind a
// nonce it does not hold ("gapped nonce"), so the kinds are sent in turn.
func (m *Manager) waitsForOtherKind(ctx context.Context, nonce uint64, blob bool) (bool, error) {
	m.mu.Lock()
	highest, found := uint64(0), false
	for n, t := range m.trackers {
		if n < nonce && t.blob != blob && (!found || n > highest) {
			highest, found = n, true
		}
	}
	m.mu.Unlock()
	if !found {
		return false, nil
	}
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	defer cancel()
	mined, err := m.client.NonceAt(rctx, m.from, nil)
	if err != nil {
		return false, fmt.Errorf("fetching L1 nonce: %w", err)
	}
	return mined <= highest, nil
}
