package rest

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/go-chi/chi/v5"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l2"
)

const (
	defaultLimit = 20
	maxLimit     = 200
)

func parseAddress(r *http.Request) (common.Address, error) {
	s := chi.URLParam(r, "address")
	if !common.IsHexAddress(s) {
		return common.Address{}, badRequest("not an address: " + s)
	}
	return common.HexToAddress(s), nil
}

func parseHash(r *http.Request) (common.Hash, error) {
	s := chi.URLParam(r, "hash")
	var h common.Hash
	if err := h.UnmarshalText([]byte(s)); err != nil || !strings.HasPrefix(s, "0x") {
		return h, badRequest("not a 32-byte 0x-prefixed hash: " + s)
	}
	return h, nil
}

func parseUint(s, what string) (uint64, error) {
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, badRequest("not a non-negative integer " + what + ": " + s)
	}
	return v, nil
}

// page reads ?limit= and the cursor parameter (exclusive upper bound).
func page(r *http.Request, cursor string) (before uint64, limit int, err error) {
	before, limit = ^uint64(0), defaultLimit
	if s := r.URL.Query().Get("limit"); s != "" {
		v, err := parseUint(s, "limit")
		if err != nil {
			return 0, 0, err
		}
		limit = int(min(max(v, 1), maxLimit))
	}
	if s := r.URL.Query().Get(cursor); s != "" {
		if before, err = parseUint(s, cursor); err != nil {
			return 0, 0, err
		}
	}
	return before, limit, nil
}

// Account is an account's current state.
type Account struct {
	Address common.Address `json:"address"`
	Balance string         `json:"balance"`
	Nonce   uint64         `json:"nonce"`
	// Tokens are the account's non-zero balances of bridged tokens.
	Tokens []TokenBalance `json:"tokens"`
}

// Token is a bridged token and its current L2 supply (base units).
type Token struct {
	L1Token  common.Address `json:"l1Token"`
	L2Token  common.Address `json:"l2Token"`
	Name     string         `json:"name"`
	Symbol   string         `json:"symbol"`
	Decimals uint8          `json:"decimals"`
	Supply   string         `json:"supply"`
}

// TokenBalance is an account's balance of a token, in base units.
type TokenBalance struct {
	L2Token  common.Address `json:"l2Token"`
	Symbol   string         `json:"symbol"`
	Decimals uint8          `json:"decimals"`
	Balance  string         `json:"balance"`
}

func (a *API) account(ctx context.Context, r *http.Request) (any, error) {
	addr, err := parseAddress(r)
	if err != nil {
		return nil, err
	}
	bal, nonce, err := a.b.Account(addr)
	if err != nil {
		return nil, err
	}
	out := &Account{Address: addr, Balance: bal.String(), Nonce: nonce, Tokens: []TokenBalance{}}
	toks, err := a.b.Tokens(ctx)
	if err != nil {
		return nil, err
	}
	for _, t := range toks {
		b, err := a.b.TokenBalance(t.L2, addr)
		if err != nil {
			return nil, err
		}
		if b.Sign() > 0 {
			out.Tokens = append(out.Tokens, TokenBalance{L2Token: t.L2, Symbol: t.Symbol, Decimals: t.Decimals, Balance: b.String()})
		}
	}
	return out, nil
}

// TokenList is every bridged token.
type TokenList struct {
	Tokens []Token `json:"tokens"`
}

func (a *API) tokens(ctx context.Context, _ *http.Request) (any, error) {
	toks, err := a.b.Tokens(ctx)
	if err != nil {
		return nil, err
	}
	out := &TokenList{Tokens: make([]Token, 0, len(toks))}
	for _, t := range toks {
		s, err := a.b.TokenSupply(t.L2)
		if err != nil {
			return nil, err
		}
		out.Tokens = append(out.Tokens, Token{L1Token: t.L1, L2Token: t.L2, Name: t.Name, Symbol: t.Symbol, Decimals: t.Decimals, Supply: s.String()})
	}
	return out, nil
}

// TxList is a page of transactions; Next is the cursor of the next page.
type TxList struct {
	Transactions []*Tx   `json:"transactions"`
	Next         *uint64 `json:"nextBeforeNonce"`
}

func (a *API) senderTxs(ctx context.Context, r *http.Request, withdrawals bool) (any, error) {
	addr, err := parseAddress(r)
	if err != nil {
		return nil, err
	}
	before, limit, err := page(r, "before_nonce")
	if err != nil {
		return nil, err
	}
	txs, err := a.b.TxsBySender(ctx, addr, before, limit, withdrawals)
	if err != nil {
		return nil, err
	}
	out := &TxList{Transactions: make([]*Tx, 0, len(txs))}
	for _, t := range txs {
		v, err := a.txView(t)
		if err != nil {
			return nil, err
		}
		out.Transactions = append(out.Transactions, v)
	}
	if n := len(txs); n > 0 {
		out.Next = nextCursor(n, limit, txs[n-1].Nonce)
	}
	return out, nil
}

func (a *API) accountTxs(ctx context.Context, r *http.Request) (any, error) {
	return a.senderTxs(ctx, r, false)
}

func (a *API) accountWithdrawals(ctx context.Context, r *http.Request) (any, error) {
	return a.senderTxs(ctx, r, true)
}

// Tx is a transaction with its place in the chain.
type Tx struct {
	Hash        common.Hash    `json:"hash"`
	Seq         uint64         `json:"seq"`
	BlockNumber uint64         `json:"blockNumber"`
	BlockHash   common.Hash    `json:"blockHash"`
	Index       int            `json:"index"`
	From        common.Address `json:"from"`
	To          common.Address `json:"to"`
	Nonce       uint64         `json:"nonce"`
	Value       string         `json:"value"`
	Type        uint8          `json:"type"`
	GasLimit    uint64         `json:"gasLimit"`
	GasPrice    string         `json:"effectiveGasPrice"`
	Fee         string         `json:"fee"`
	Withdrawal  bool           `json:"withdrawal"`
	Raw         hexutil.Bytes  `json:"raw"`
}

func (a *API) txView(t *chain.Tx) (*Tx, error) {
	tx, err := t.Decode()
	if err != nil {
		return nil, err
	}
	price := chain.EffectiveGasPrice(tx, a.b.BaseFee())
	return &Tx{
		Hash: t.Hash, Seq: t.Seq, BlockNumber: t.BlockNumber, BlockHash: t.BlockHash, Index: t.Index,
		From: t.Sender, To: t.To, Nonce: t.Nonce, Value: tx.Value().String(), Type: tx.Type(), GasLimit: tx.Gas(),
		GasPrice: price.String(), Fee: new(big.Int).Mul(price, new(big.Int).SetUint64(chain.TxGas(tx))).String(),
		Withdrawal: !t.Failed && l2.WithdrawalOf(tx, t.Sender) != nil, Raw: t.Raw,
	}, nil
}

// SubmitRequest is the body of POST /v1/transactions.
type SubmitRequest struct {
	Raw hexutil.Bytes `json:"raw"`
}

// SubmitResponse answers an acknowledged submission.
// Status is "soft" (executed in the open block: seq, blockNumber and index
// say where) or "queued" (durable, waiting for an earlier nonce of its
// sender: no place yet, the three are 0).
type SubmitResponse struct {
	Hash        common.Hash `json:"hash"`
	Status      string      `json:"status"`
	Seq         uint64      `json:"seq"`
	BlockNumber uint64      `json:"blockNumber"`
	Index       int         `json:"index"`
}

func (a *API) submit(ctx context.Context, r *http.Request) (any, error) {
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, a.limits.MaxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, &apiError{status: http.StatusRequestEntityTooLarge, code: "too_large", msg: "request body too large"}
		}
		return nil, badRequest("reading body: " + err.Error())
	}
	var req SubmitRequest
	if err := json.Unmarshal(body, &req); err != nil {
		return nil, badRequest("body must be {\"raw\": \"0x...\"}: " + err.Error())
	}
	if len(req.Raw) == 0 {
		return nil, badRequest("raw is empty")
	}
	if len(req.Raw) > a.limits.MaxTxBytes {
		return nil, &apiError{status: http.StatusRequestEntityTooLarge, code: "too_large", msg: "oversized data"}
	}
	c, err := a.b.CheckTx(req.Raw)
	if err != nil {
		return nil, &apiError{status: http.StatusBadRequest, code: "rejected", msg: err.Error()}
	}
	wait, err := a.b.SubmitTx(ctx, c)
	if err != nil {
		return nil, err
	}
	t, err := wait(ctx)
	if err != nil {
		var rt retryer
		if errors.As(err, &rt) || errors.Is(err, context.DeadlineExceeded) {
			return nil, err
		}
		return nil, &apiError{status: http.StatusBadRequest, code: "rejected", msg: err.Error()}
	}
	status := chain.StatusSoft
	if t.Queued() {
		status = chain.StatusQueued
	}
	return &SubmitResponse{Hash: t.Hash, Status: status, Seq: t.Seq, BlockNumber: t.BlockNumber, Index: t.Index}, nil
}

// TxWithStatus is a transaction and where it is on its way to L1 finality.
type TxWithStatus struct {
	*Tx
	Status *chain.TxStatus `json:"status"`
}

// pathTx is the transaction whose hash is the request's {hash}; not found
// when the node has none.
func (a *API) pathTx(ctx context.Context, r *http.Request) (*chain.Tx, error) {
	h, err := parseHash(r)
	if err != nil {
		return nil, err
	}
	t, err := a.b.Tx(ctx, h)
	if err != nil {
		return nil, err
	}
	if t == nil {
		return nil, notFound("transaction not found")
	}
	return t, nil
}

func (a *API) transaction(ctx context.Context, r *http.Request) (any, error) {
	t, err := a.pathTx(ctx, r)
	if err != nil {
		return nil, err
	}
	v, err := a.txView(t)
	if err != nil {
		return nil, err
	}
	st, err := a.b.TxStatus(ctx, t.Hash)
	if err != nil {
		return nil, err
	}
	return &TxWithStatus{Tx: v, Status: st}, nil
}

// Block is an L2 block.
type Block struct {
	Number       uint64       `json:"number"`
	Hash         common.Hash  `json:"hash"`
	ParentHash   common.Hash  `json:"parentHash"`
	Timestamp    uint64       `json:"timestamp"`
	Sealed       bool         `json:"sealed"`
	StateRoot    *common.Hash `json:"stateRoot"`
	TxCount      int          `json:"txCount"`
	FirstSeq     uint64       `json:"firstSeq"`
	DepositFirst uint64       `json:"depositFirst"`
	DepositCount int          `json:"depositCount"`
	Transactions []any        `json:"transactions,omitempty"`
}

func blockView(b *chain.Block) *Block {
	out := &Block{Number: b.Number, Hash: b.Hash, ParentHash: b.ParentHash, Timestamp: b.Timestamp, Sealed: b.Sealed,
		TxCount: b.TxCount, FirstSeq: b.FirstSeq, DepositFirst: b.DepositFirst, DepositCount: b.DepositCount}
	if b.Sealed {
		root := b.StateRoot
		out.StateRoot = &root
	}
	return out
}

// BlockList is a page of blocks, newest first.
type BlockList struct {
	Blocks []*Block `json:"blocks"`
	Next   *uint64  `json:"nextBefore"`
}

func (a *API) blocks(ctx context.Context, r *http.Request) (any, error) {
	before, limit, err := page(r, "before")
	if err != nil {
		return nil, err
	}
	st, err := a.b.SyncStatus(ctx)
	if err != nil {
		return nil, err
	}
	top := uint64(st.Latest.Number)
	if before <= top {
		if before == 0 {
			return &BlockList{Blocks: []*Block{}}, nil
		}
		top = before - 1
	}
	out := &BlockList{Blocks: []*Block{}}
	for n := top; len(out.Blocks) < limit; n-- {
		b, err := a.b.BlockByNumber(ctx, n)
		if err != nil {
			return nil, err
		}
		if b != nil {
			out.Blocks = append(out.Blocks, blockView(b))
		}
		if n == 0 {
			break
		}
	}
	if n := len(out.Blocks); n == limit && out.Blocks[n-1].Number > 0 {
		next := out.Blocks[n-1].Number
		out.Next = &next
	}
	return out, nil
}

func (a *API) block(ctx context.Context, r *http.Request) (any, error) {
	id := chi.URLParam(r, "id")
	var (
		b   *chain.Block
		err error
	)
	switch {
	case strings.HasPrefix(id, "0x") && len(id) == 66:
		var h common.Hash
		if err := h.UnmarshalText([]byte(id)); err != nil {
			return nil, badRequest("bad block hash")
		}
		b, err = a.b.BlockByHash(ctx, h)
	case id == "latest" || id == "pending" || id == "safe" || id == "finalized":
		st, serr := a.b.SyncStatus(ctx)
		if serr != nil {
			return nil, serr
		}
		n := uint64(st.Latest.Number)
		switch id {
		case "pending":
			if st.Pending != nil {
				n = uint64(st.Pending.Number)
			}
		case "safe":
			n = uint64(st.Posted.Number)
		case "finalized":
			n = uint64(st.Final.Number)
		}
		b, err = a.b.BlockByNumber(ctx, n)
	default:
		n, perr := parseUint(id, "block number")
		if perr != nil {
			return nil, badRequest("block id must be a number, a hash, latest, pending, safe or finalized")
		}
		b, err = a.b.BlockByNumber(ctx, n)
	}
	if err != nil {
		return nil, err
	}
	if b == nil {
		return nil, notFound("block not found")
	}
	out := blockView(b)
	mode := r.URL.Query().Get("transactions")
	if mode != "none" {
		txs, err := a.b.BlockTxs(ctx, b)
		if err != nil {
			return nil, err
		}
		out.Transactions = make([]any, 0, len(txs))
		for _, t := range txs {
			if mode == "full" {
				v, err := a.txView(t)
				if err != nil {
					return nil, err
				}
				out.Transactions = append(out.Transactions, v)
			} else {
				out.Transactions = append(out.Transactions, t.Hash)
			}
		}
	}
	return out, nil
}

// Batch is a batch and its L1 status.
type Batch struct {
	Index             uint64            `json:"index"`
	Status            chain.BatchStatus `json:"status"`
	FirstBlock        uint64            `json:"firstBlock"`
	LastBlock         uint64            `json:"lastBlock"`
	TxCount           int               `json:"txCount"`
	DepositCount      int               `json:"depositCount"`
	DataSize          int               `json:"dataSize"`
	NumSteps          uint64            `json:"numSteps"`
	PrevStateRoot     common.Hash       `json:"prevStateRoot"`
	PostStateRoot     common.Hash       `json:"postStateRoot"`
	DepositsConsumed  uint64            `json:"depositsConsumed"`
	L1TxHash          *common.Hash      `json:"l1TransactionHash"`
	L1BlockNumber     *uint64           `json:"l1BlockNumber"`
	L1BlockHash       *common.Hash      `json:"l1BlockHash"`
	L1Timestamp       *uint64           `json:"l1Timestamp"`
	ChallengeDeadline *uint64           `json:"challengeDeadline"`
}

func batchView(b *chain.Batch) *Batch {
	return &Batch{Index: b.Index, Status: b.Status, FirstBlock: b.FirstBlock, LastBlock: b.LastBlock, TxCount: b.TxCount,
		DepositCount: b.DepositCount, DataSize: b.DataSize, NumSteps: b.NumSteps, PrevStateRoot: b.PrevStateRoot,
		PostStateRoot: b.PostStateRoot, DepositsConsumed: b.DepositsConsumed, L1TxHash: b.L1TxHash,
		L1BlockNumber: b.L1BlockNumber, L1BlockHash: b.L1BlockHash, L1Timestamp: b.L1Timestamp, ChallengeDeadline: b.ChallengeDeadline}
}

// BatchList is a page of batches, newest first.
type BatchList struct {
	Batches []*Batch `json:"batches"`
	Next    *uint64  `json:"nextBefore"`
}

func (a *API) batches(ctx context.Context, r *http.Request) (any, error) {
	bs, next, err := listPage(ctx, r, a.b.Batches, func(b **chain.Batch) *Batch { return batchView(*b) },
		func(b **chain.Batch) uint64 { return (*b).Index })
	if err != nil {
		return nil, err
	}
	return &BatchList{Batches: bs, Next: next}, nil
}

// listPage reads the page of a newest-first list that ends before the
// ?before= cursor (at most ?limit= entries) and maps it with view; next is
// the cursor of the page after it, nil at the end.
func listPage[E, V any](ctx context.Context, r *http.Request, fetch func(context.Context, uint64, int) ([]E, error),
	view func(*E) V, index func(*E) uint64) (out []V, next *uint64, err error) {
	before, limit, err := page(r, "before")
	if err != nil {
		return nil, nil, err
	}
	es, err := fetch(ctx, before, limit)
	if err != nil {
		return nil, nil, err
	}
	out = make([]V, 0, len(es))
	for i := range es {
		out = append(out, view(&es[i]))
	}
	if n := len(es); n > 0 {
		next = nextCursor(n, limit, index(&es[n-1]))
	}
	return out, next, nil
}

func (a *API) batch(ctx context.Context, r *http.Request) (any, error) {
	return byIndex(ctx, r, "batch", a.b.Batch, batchView)
}

// Deposit is a Bridge deposit followed from L1.
type Deposit struct {
	Index         uint64         `json:"index"`
	L1BlockNumber uint64         `json:"l1BlockNumber"`
	L1BlockHash   common.Hash    `json:"l1BlockHash"`
	L1TxHash      common.Hash    `json:"l1TransactionHash"`
	L1Sender      common.Address `json:"l1Sender"`
	Recipient     common.Address `json:"recipient"`
	Amount        string         `json:"amount"`
	L1Timestamp   uint64         `json:"l1Timestamp"`
	L2Block       *uint64        `json:"l2Block"`
	// Kind is "deposit", or "forcedTransaction" for a signed L2 transaction
	// forced through Bridge.forceTransaction, whose hash is ForcedTx
	// (recipient and amount are then zero).
	Kind     string       `json:"kind"`
	ForcedTx *common.Hash `json:"forcedTransaction,omitempty"`
	// L1Token and L2Token name the token of a token deposit (kind
	// "tokenDeposit"), whose amount is in that token's base units.
	L1Token *common.Address `json:"l1Token,omitempty"`
	L2Token *common.Address `json:"l2Token,omitempty"`
}

func (a *API) depositView(d *chain.Deposit) *Deposit {
	v := &Deposit{Index: d.QueueIndex, L1BlockNumber: d.L1BlockNumber, L1BlockHash: d.L1BlockHash, L1TxHash: d.L1TxHash,
		L1Sender: d.L1Sender, Recipient: d.Recipient, Amount: d.Amount.String(), L1Timestamp: d.L1Timestamp, L2Block: d.L2Block,
		Kind: "deposit"}
	switch {
	case d.Forced != nil:
		h := d.Forced.Tx(a.b.ChainID()).Hash()
		v.Kind, v.ForcedTx = "forcedTransaction", &h
	case d.IsToken():
		l1, l2t := d.Token, l2.TokenAddress(d.Token)
		v.Kind, v.L1Token, v.L2Token = "tokenDeposit", &l1, &l2t
	}
	return v
}

// DepositList is a page of deposits, newest first.
type DepositList struct {
	Deposits []*Deposit `json:"deposits"`
	Next     *uint64    `json:"nextBefore"`
}

func (a *API) deposits(ctx context.Context, r *http.Request) (any, error) {
	ds, next, err := listPage(ctx, r, a.b.Deposits, a.depositView, func(d *chain.Deposit) uint64 { return d.QueueIndex })
	if err != nil {
		return nil, err
	}
	return &DepositList{Deposits: ds, Next: next}, nil
}

func (a *API) deposit(ctx context.Context, r *http.Request) (any, error) {
	return byIndex(ctx, r, "deposit", a.b.Deposit, a.depositView)
}

// nextCursor is the cursor of the page after a page of n items (limit
// asked) whose last item has index last; nil when it was the last page.
func nextCursor(n, limit int, last uint64) *uint64 {
	if n < limit || last == 0 {
		return nil
	}
	return &last
}

// byIndex answers GET …/{index}: the item get finds, in its view, or 404.
func byIndex[T, V any](ctx context.Context, r *http.Request, what string,
	get func(context.Context, uint64) (*T, error), view func(*T) V) (any, error) {
	idx, err := parseUint(chi.URLParam(r, "index"), what+" index")
	if err != nil {
		return nil, err
	}
	t, err := get(ctx, idx)
	if err != nil {
		return nil, err
	}
	if t == nil {
		return nil, notFound(what + " not found")
	}
	return view(t), nil
}

// Withdrawal is a withdrawal made by an L2 transfer to the withdrawal address.
type Withdrawal struct {
	TxHash    common.Hash    `json:"transactionHash"`
	Sender    common.Address `json:"sender"`
	Nonce     uint64         `json:"nonce"`
	Amount    string         `json:"amount"`
	Recipient common.Address `json:"recipient"`
	// Token is the L2 token of a token withdrawal (Amount in its base units).
	Token       *common.Address `json:"token,omitempty"`
	Key         common.Hash     `json:"key"`
	BlockNumber uint64          `json:"blockNumber"`
	Status      *chain.TxStatus `json:"status"`
	// Claimable: the batch carrying it is final, so it can be claimed on L1
	// with the proof from /v1/withdrawals/{hash}/proof.
	Claimable bool `json:"claimable"`
}

func (a *API) withdrawalTx(ctx context.Context, r *http.Request) (*chain.Tx, error) {
	t, err := a.pathTx(ctx, r)
	if err != nil {
		return nil, err
	}
	tx, err := t.Decode()
	if err != nil {
		return nil, err
	}
	if t.Failed || l2.WithdrawalOf(tx, t.Sender) == nil {
		return nil, notFound("the transaction is not a withdrawal")
	}
	return t, nil
}

func (a *API) withdrawal(ctx context.Context, r *http.Request) (any, error) {
	t, err := a.withdrawalTx(ctx, r)
	if err != nil {
		return nil, err
	}
	w := l2.WithdrawalOf(t.Tx, t.Sender)
	st, err := a.b.TxStatus(ctx, t.Hash)
	if err != nil {
		return nil, err
	}
	out := &Withdrawal{
		TxHash: t.Hash, Sender: t.Sender, Nonce: t.Nonce, Amount: w.Amount.String(), Recipient: w.Recipient,
		Key: w.Key, BlockNumber: t.BlockNumber, Status: st,
		Claimable: st != nil && st.Status == chain.StatusFinal,
	}
	if w.Token != (common.Address{}) {
		tok := w.Token
		out.Token = &tok
	}
	return out, nil
}

func (a *API) withdrawalProof(ctx context.Context, r *http.Request) (any, error) {
	t, err := a.withdrawalTx(ctx, r)
	if err != nil {
		return nil, err
	}
	var batch *uint64
	if s := r.URL.Query().Get("batch"); s != "" {
		v, err := parseUint(s, "batch")
		if err != nil {
			return nil, err
		}
		batch = &v
	}
	p, err := a.b.Proof(ctx, chain.ProofTarget{WithdrawalTx: &t.Hash}, batch)
	if err != nil {
		var rt retryer
		if errors.As(err, &rt) {
			return nil, err
		}
		return nil, &apiError{status: http.StatusConflict, code: "no_proof", msg: err.Error()}
	}
	return p, nil
}

// Status is the sync status (the same as rollup_syncStatus).
func (a *API) status(ctx context.Context, _ *http.Request) (any, error) {
	return a.b.SyncStatus(ctx)
}
