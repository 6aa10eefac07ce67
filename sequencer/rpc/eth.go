package rpc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/rollup-dev/rollup/chain"
)

// ethAPI implements the eth_, net_ and web3_ methods.
type ethAPI struct {
	b      Backend
	limits Limits
	// filters are the installed eth_newFilter / eth_newBlockFilter filters.
	filters *filters
}

// ErrNoHistory answers a state read at a block older than the account
// history (a chain created before history was kept).
var ErrNoHistory = &Error{Code: CodeUnavailable, Message: "historical state not available: this chain's account history starts at a later block"}

// Errors of the eth_ methods, worded as Ethereum clients know them.
var (
	errHeaderNotFound   = errors.New("header not found")
	errNoContractCreate = errors.New("contract creation is not supported: only ETH transfers and token calls")
	errNoData           = errors.New("transactions with data are not supported, except transfer(address,uint256) and withdraw(address,uint256) on a bridged token")
)

func (a *ethAPI) clientVersion(context.Context, json.RawMessage) (any, error) {
	return a.b.ClientVersion(), nil
}

func (a *ethAPI) sha3(_ context.Context, p json.RawMessage) (any, error) {
	var data hexutil.Bytes
	if err := parseParams(p, 1, &data); err != nil {
		return nil, err
	}
	return hexutil.Bytes(crypto.Keccak256(data)), nil
}

func (a *ethAPI) netVersion(context.Context, json.RawMessage) (any, error) {
	return fmtUint(a.b.ChainID()), nil
}

func (a *ethAPI) netListening(context.Context, json.RawMessage) (any, error) { return true, nil }

func (a *ethAPI) netPeerCount(context.Context, json.RawMessage) (any, error) {
	return hexutil.Uint(0), nil
}

func (a *ethAPI) chainID(context.Context, json.RawMessage) (any, error) {
	return (*hexutil.Big)(new(big.Int).SetUint64(a.b.ChainID())), nil
}

func (a *ethAPI) blockNumber(context.Context, json.RawMessage) (any, error) {
	return hexutil.Uint64(a.b.Heads().Latest), nil
}

func (a *ethAPI) syncing(context.Context, json.RawMessage) (any, error) { return false, nil }

func (a *ethAPI) accounts(context.Context, json.RawMessage) (any, error) {
	return []common.Address{}, nil
}

func (a *ethAPI) mining(context.Context, json.RawMessage) (any, error) { return false, nil }

func (a *ethAPI) getLogs(ctx context.Context, p json.RawMessage) (any, error) {
	f, q, err := logFilterParam(p)
	if err != nil {
		return nil, err
	}
	if f.BlockHash != nil {
		b, err := a.b.BlockByHash(ctx, *f.BlockHash)
		if err != nil {
			return nil, err
		}
		if b == nil {
			return nil, &Error{Code: CodeInvalidParams, Message: "unknown block"}
		}
		if !b.Sealed {
			return []*types.Log{}, nil
		}
		return a.logs(ctx, q, b.Number, b.Number)
	}
	from, to, err := a.logsRange(f.FromBlock, f.ToBlock)
	if err != nil {
		return nil, err
	}
	return a.logs(ctx, q, from, to)
}

// logsRange resolves the fromBlock and toBlock of a logs filter (absent:
// latest) and checks the range as geth does, within MaxLogsRange blocks.
func (a *ethAPI) logsRange(fromRaw, toRaw json.RawMessage) (from, to uint64, err error) {
	if from, err = a.logsBound(fromRaw, gethrpc.LatestBlockNumber); err != nil {
		return 0, 0, err
	}
	if to, err = a.logsBound(toRaw, gethrpc.LatestBlockNumber); err != nil {
		return 0, 0, err
	}
	switch {
	case from > to:
		return 0, 0, invalidParams("invalid block range: fromBlock %d is after toBlock %d", from, to)
	case to-from >= uint64(a.limits.MaxLogsRange):
		return 0, 0, &Error{Code: CodeLimitExceeded, Message: fmt.Sprintf("query exceeds max block range %d: ask for at most %d blocks at once", a.limits.MaxLogsRange, a.limits.MaxLogsRange)}
	}
	return from, to, nil
}

// logsBound resolves a fromBlock or toBlock of a logs filter (absent: def);
// a number past the newest block is refused, as by geth.
func (a *ethAPI) logsBound(raw json.RawMessage, def gethrpc.BlockNumber) (uint64, error) {
	bn := def
	if len(raw) > 0 && string(raw) != "null" {
		if err := json.Unmarshal(raw, &bn); err != nil {
			return 0, invalidParams("invalid block number %s: %v", raw, err)
		}
	}
	n, err := a.resolve(bn)
	if errors.Is(err, errHeaderNotFound) {
		return 0, invalidParams("block range extends beyond current head block")
	}
	return n, err
}

func (a *ethAPI) uncleCount(_ context.Context, p json.RawMessage) (any, error) {
	var any_ json.RawMessage
	if err := parseParams(p, 1, &any_); err != nil {
		return nil, err
	}
	return hexutil.Uint(0), nil
}

// resolve turns a block tag or number into a block number, failing for blocks
// beyond the head.
func (a *ethAPI) resolve(bn gethrpc.BlockNumber) (uint64, error) {
	h := a.b.Heads()
	switch bn {
	case gethrpc.LatestBlockNumber:
		return h.Latest, nil
	case gethrpc.PendingBlockNumber:
		if h.HasPending {
			return h.Pending, nil
		}
		return h.Latest, nil
	case gethrpc.SafeBlockNumber:
		return h.Safe, nil
	case gethrpc.FinalizedBlockNumber:
		return h.Finalized, nil
	case gethrpc.EarliestBlockNumber:
		return 0, nil
	}
	if bn < 0 {
		return 0, invalidParams("unsupported block tag")
	}
	n := uint64(bn)
	if n > h.Latest && !(h.HasPending && n == h.Pending) {
		return 0, errHeaderNotFound
	}
	return n, nil
}

// stateAt resolves the block a state read names: current (the state after
// every executed transaction: no block, latest, pending, or the open block by
// number or hash), or sealed block n, read from the account history.
func (a *ethAPI) stateAt(ctx context.Context, bnh *gethrpc.BlockNumberOrHash) (n uint64, current bool, err error) {
	if bnh == nil {
		return 0, true, nil
	}
	if bn, ok := bnh.Number(); ok {
		switch bn {
		case gethrpc.LatestBlockNumber, gethrpc.PendingBlockNumber:
			return 0, true, nil
		}
		if n, err = a.resolve(bn); err != nil {
			return 0, false, err
		}
	} else if h, ok := bnh.Hash(); ok {
		b, err := a.b.BlockByHash(ctx, h)
		if err != nil {
			return 0, false, err
		}
		if b == nil {
			return 0, false, fmt.Errorf("header for hash not found")
		}
		n = b.Number
	} else {
		return 0, false, invalidParams("invalid block number or hash")
	}
	if h := a.b.Heads(); h.HasPending && n == h.Pending {
		return n, true, nil
	}
	return n, false, nil
}

// account reads the (address, block) parameters of eth_getBalance and
// eth_getTransactionCount and the account at that block.
func (a *ethAPI) account(ctx context.Context, p json.RawMessage) (*big.Int, uint64, error) {
	var (
		addr common.Address
		bnh  *gethrpc.BlockNumberOrHash
	)
	if err := parseParams(p, 1, &addr, &bnh); err != nil {
		return nil, 0, err
	}
	n, current, err := a.stateAt(ctx, bnh)
	if err != nil {
		return nil, 0, err
	}
	if current {
		return a.b.Account(addr)
	}
	return a.b.AccountAt(ctx, addr, n)
}

func (a *ethAPI) getBalance(ctx context.Context, p json.RawMessage) (any, error) {
	bal, _, err := a.account(ctx, p)
	if err != nil {
		return nil, err
	}
	return (*hexutil.Big)(bal), nil
}

func (a *ethAPI) getTransactionCount(ctx context.Context, p json.RawMessage) (any, error) {
	_, nonce, err := a.account(ctx, p)
	if err != nil {
		return nil, err
	}
	return hexutil.Uint64(nonce), nil
}

func (a *ethAPI) getCode(ctx context.Context, p json.RawMessage) (any, error) {
	var (
		addr common.Address
		bnh  *gethrpc.BlockNumberOrHash
	)
	if err := parseParams(p, 1, &addr, &bnh); err != nil {
		return nil, err
	}
	tok, err := a.token(ctx, &addr)
	if err != nil {
		return nil, err
	}
	if tok != nil {
		return tokenCode, nil // a bridged token: a contract to every library
	}
	return hexutil.Bytes{}, nil // every other address is a plain account, at any block
}

func (a *ethAPI) getStorageAt(_ context.Context, p json.RawMessage) (any, error) {
	var (
		addr common.Address
		slot hexutil.Big
		bnh  *gethrpc.BlockNumberOrHash
	)
	if err := parseParams(p, 2, &addr, &slot, &bnh); err != nil {
		return nil, err
	}
	return common.Hash{}, nil
}

func (a *ethAPI) sendRawTransaction(ctx context.Context, p json.RawMessage) (any, error) {
	raw, ok := singleHexParam(p)
	if !ok {
		var rb hexutil.Bytes
		if err := parseParams(p, 1, &rb); err != nil {
			return nil, err
		}
		raw = rb
	}
	if len(raw) > a.limits.MaxTxBytes {
		return nil, fmt.Errorf("oversized data: transaction of %d bytes, at most %d", len(raw), a.limits.MaxTxBytes)
	}
	c, err := a.b.CheckTx(raw)
	if err != nil {
		return nil, err
	}
	release, err := awaitTurn(ctx)
	if err != nil {
		return nil, err
	}
	wait, err := a.b.SubmitTx(ctx, c)
	release()
	if err != nil {
		return nil, err
	}
	if _, err := wait(ctx); err != nil {
		return nil, err
	}
	return c.Hash, nil
}

// txParam is the transaction whose hash is the one parameter; nil when the
// node has none.
func (a *ethAPI) txParam(ctx context.Context, p json.RawMessage) (*chain.Tx, error) {
	var h common.Hash
	if err := parseParams(p, 1, &h); err != nil {
		return nil, err
	}
	return a.b.Tx(ctx, h)
}

func (a *ethAPI) getTransactionByHash(ctx context.Context, p json.RawMessage) (any, error) {
	t, err := a.txParam(ctx, p)
	if err != nil || t == nil {
		return nil, err
	}
	return a.txJSON(ctx, t)
}

func (a *ethAPI) getTransactionReceipt(ctx context.Context, p json.RawMessage) (any, error) {
	t, err := a.txParam(ctx, p)
	if err != nil || t == nil {
		return nil, err
	}
	r, err := receiptJSON(t, a.b.BaseFee())
	if err != nil || r == nil {
		return nil, err
	}
	return r, nil
}

func (a *ethAPI) blockByTag(ctx context.Context, bn gethrpc.BlockNumber) (*chain.Block, error) {
	n, err := a.resolve(bn)
	if err != nil {
		if errors.Is(err, errHeaderNotFound) {
			return nil, nil
		}
		return nil, err
	}
	return a.b.BlockByNumber(ctx, n)
}

// blockArg reads the block a method names by its first parameter, a block
// hash when byHash and else a number or tag, and the further parameters into
// rest, of which the first required-1 must be given. An unknown block is nil.
func (a *ethAPI) blockArg(ctx context.Context, p json.RawMessage, byHash bool, required int, rest ...any) (*chain.Block, error) {
	var (
		h  common.Hash
		bn gethrpc.BlockNumber
	)
	first := any(&bn)
	if byHash {
		first = &h
	}
	if err := parseParams(p, required, append([]any{first}, rest...)...); err != nil {
		return nil, err
	}
	if byHash {
		return a.b.BlockByHash(ctx, h)
	}
	return a.blockByTag(ctx, bn)
}

// getBlock serves eth_getBlockByHash (byHash) and eth_getBlockByNumber.
func (a *ethAPI) getBlock(byHash bool) methodFunc {
	return func(ctx context.Context, p json.RawMessage) (any, error) {
		var full bool
		b, err := a.blockArg(ctx, p, byHash, 1, &full)
		if err != nil || b == nil {
			return nil, err
		}
		return a.blockJSON(ctx, b, full)
	}
}

// getBlockTxCount serves eth_getBlockTransactionCountByHash (byHash) and
// eth_getBlockTransactionCountByNumber.
func (a *ethAPI) getBlockTxCount(byHash bool) methodFunc {
	return func(ctx context.Context, p json.RawMessage) (any, error) {
		b, err := a.blockArg(ctx, p, byHash, 1)
		if err != nil || b == nil {
			return nil, err
		}
		return hexutil.Uint(b.TxCount), nil
	}
}

// getTxByBlockAndIndex serves eth_getTransactionByBlockHashAndIndex (byHash)
// and eth_getTransactionByBlockNumberAndIndex.
func (a *ethAPI) getTxByBlockAndIndex(byHash bool) methodFunc {
	return func(ctx context.Context, p json.RawMessage) (any, error) {
		var index hexutil.Uint
		b, err := a.blockArg(ctx, p, byHash, 2, &index)
		if err != nil || b == nil || int(index) >= b.TxCount {
			return nil, err
		}
		txs, err := a.b.BlockTxs(ctx, b)
		if err != nil || int(index) >= len(txs) {
			return nil, err
		}
		return a.txJSON(ctx, txs[index])
	}
}

func (a *ethAPI) getBlockReceipts(ctx context.Context, p json.RawMessage) (any, error) {
	var bnh gethrpc.BlockNumberOrHash
	if err := parseParams(p, 1, &bnh); err != nil {
		return nil, err
	}
	var (
		b   *chain.Block
		err error
	)
	if h, ok := bnh.Hash(); ok {
		b, err = a.b.BlockByHash(ctx, h)
	} else if bn, ok := bnh.Number(); ok {
		b, err = a.blockByTag(ctx, bn)
	}
	if err != nil || b == nil || !b.Sealed { // an open block has no receipts yet
		return nil, err
	}
	txs, err := a.b.BlockTxs(ctx, b)
	if err != nil {
		return nil, err
	}
	out := make([]any, len(txs))
	for i, t := range txs {
		if out[i], err = receiptJSON(t, a.b.BaseFee()); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (a *ethAPI) gasPrice(context.Context, json.RawMessage) (any, error) {
	return (*hexutil.Big)(a.b.BaseFee()), nil
}

// maxPriorityFeePerGas is zero: ordering is first come, first served, so a tip
// buys nothing (it would still be paid to the fee recipient).
func (a *ethAPI) maxPriorityFeePerGas(context.Context, json.RawMessage) (any, error) {
	return (*hexutil.Big)(new(big.Int)), nil
}

func (a *ethAPI) blobBaseFee(context.Context, json.RawMessage) (any, error) {
	return (*hexutil.Big)(new(big.Int)), nil
}

type feeHistoryResult struct {
	OldestBlock      *hexutil.Big     `json:"oldestBlock"`
	Reward           [][]*hexutil.Big `json:"reward,omitempty"`
	BaseFee          []*hexutil.Big   `json:"baseFeePerGas"`
	GasUsedRatio     []float64        `json:"gasUsedRatio"`
	BlobBaseFee      []*hexutil.Big   `json:"baseFeePerBlobGas"`
	BlobGasUsedRatio []float64        `json:"blobGasUsedRatio"`
}

// maxFeeHistory caps the blocks one eth_feeHistory call may ask for.
const maxFeeHistory = 1024

func (a *ethAPI) feeHistory(ctx context.Context, p json.RawMessage) (any, error) {
	var (
		count       math.HexOrDecimal64
		newest      gethrpc.BlockNumber
		percentiles []float64
	)
	if err := parseParams(p, 2, &count, &newest, &percentiles); err != nil {
		return nil, err
	}
	for i, pc := range percentiles {
		if pc < 0 || pc > 100 {
			return nil, invalidParams("invalid reward percentile: %f", pc)
		}
		if i > 0 && pc < percentiles[i-1] {
			return nil, invalidParams("invalid reward percentile: #%d:%f > #%d:%f", i-1, percentiles[i-1], i, pc)
		}
	}
	last, err := a.resolve(newest)
	if err != nil {
		return nil, err
	}
	n := min(uint64(count), maxFeeHistory, last+1)
	first := last + 1 - n
	res := &feeHistoryResult{OldestBlock: (*hexutil.Big)(new(big.Int).SetUint64(first))}
	if n == 0 {
		return res, nil
	}
	blocks, err := a.blocksRange(ctx, first, last)
	if err != nil {
		return nil, err
	}
	fee := (*hexutil.Big)(a.b.BaseFee())
	zero := (*hexutil.Big)(new(big.Int))
	limit := float64(chain.GasLimit)
	for i := uint64(0); i < n; i++ {
		ratio := 0.0
		if b := blocks[first+i]; b != nil {
			ratio = float64(b.GasUsed()) / limit
		}
		res.BaseFee = append(res.BaseFee, fee)
		res.GasUsedRatio = append(res.GasUsedRatio, ratio)
		res.BlobBaseFee = append(res.BlobBaseFee, zero)
		res.BlobGasUsedRatio = append(res.BlobGasUsedRatio, 0)
		if len(percentiles) > 0 {
			r := make([]*hexutil.Big, len(percentiles))
			for j := range r {
				r[j] = zero
			}
			res.Reward = append(res.Reward, r)
		}
	}
	res.BaseFee = append(res.BaseFee, fee) // the base fee of the next block
	res.BlobBaseFee = append(res.BlobBaseFee, zero)
	return res, nil
}

func (a *ethAPI) blocksRange(ctx context.Context, first, last uint64) (map[uint64]*chain.Block, error) {
	out := make(map[uint64]*chain.Block, last-first+1)
	for n := first; n <= last; n++ {
		b, err := a.b.BlockByNumber(ctx, n)
		if err != nil {
			return nil, err
		}
		out[n] = b
	}
	return out, nil
}

// callArgs are the fields of eth_call and eth_estimateGas that matter here.
type callArgs struct {
	From                 *common.Address `json:"from"`
	To                   *common.Address `json:"to"`
	Gas                  *hexutil.Uint64 `json:"gas"`
	GasPrice             *hexutil.Big    `json:"gasPrice"`
	MaxFeePerGas         *hexutil.Big    `json:"maxFeePerGas"`
	MaxPriorityFeePerGas *hexutil.Big    `json:"maxPriorityFeePerGas"`
	Value                *hexutil.Big    `json:"value"`
	Data                 *hexutil.Bytes  `json:"data"`
	Input                *hexutil.Bytes  `json:"input"`
}

func (c *callArgs) data() []byte {
	if c.Input != nil {
		return *c.Input
	}
	if c.Data != nil {
		return *c.Data
	}
	return nil
}

func (a *ethAPI) estimateGas(ctx context.Context, p json.RawMessage) (any, error) {
	var (
		args callArgs
		bnh  *gethrpc.BlockNumberOrHash
		over json.RawMessage
	)
	if err := parseParams(p, 1, &args, &bnh, &over); err != nil {
		return nil, err
	}
	if _, _, err := a.stateAt(ctx, bnh); err != nil {
		return nil, err
	}
	if args.To == nil {
		return nil, errNoContractCreate
	}
	tok, err := a.token(ctx, args.To)
	if err != nil {
		return nil, err
	}
	if tok != nil && (len(args.data()) > 0 || args.Value == nil || args.Value.ToInt().Sign() == 0) {
		return a.estimateTokenCall(tok, &args)
	}
	if len(args.data()) > 0 {
		return nil, errNoData
	}
	if tok != nil {
		return nil, &Error{Code: CodeServer, Message: errTokenTakesNoETH}
	}
	if args.Gas != nil && uint64(*args.Gas) < chain.TransferGas {
		return nil, fmt.Errorf("gas required exceeds allowance (%d)", uint64(*args.Gas))
	}
	if args.From != nil {
		value := new(big.Int)
		if args.Value != nil {
			value = args.Value.ToInt()
		}
		if err := a.checkFee(*args.From, &args, value, chain.TransferGas); err != nil {
			return nil, err
		}
	}
	return hexutil.Uint64(chain.TransferGas), nil
}

// errTokenTakesNoETH answers ETH sent to a token address.
const errTokenTakesNoETH = "token addresses take no ETH: send ETH to an account, or call transfer(address,uint256) on the token"

// checkFee checks that from can pay value + gas × the call's price (or the
// value alone when it names no price), as eth_estimateGas does.
func (a *ethAPI) checkFee(from common.Address, args *callArgs, value *big.Int, gas uint64) error {
	bal, _, err := a.b.Account(from)
	if err != nil {
		return err
	}
	price := args.GasPrice
	if args.MaxFeePerGas != nil {
		price = args.MaxFeePerGas
	}
	if price != nil && price.ToInt().Sign() > 0 {
		cost := new(big.Int).Mul(price.ToInt(), new(big.Int).SetUint64(gas))
		if cost.Add(cost, value).Cmp(bal) > 0 {
			return errors.New("insufficient funds for gas * price + value")
		}
	} else if value.Cmp(bal) > 0 {
		return errors.New("insufficient funds for transfer")
	}
	return nil
}

// call answers eth_call: a plain account runs no code, so a call returns no
// data; a bridged token answers its ERC-20 methods (tokens.go) in the
// current state.
func (a *ethAPI) call(ctx context.Context, p json.RawMessage) (any, error) {
	var (
		args callArgs
		bnh  *gethrpc.BlockNumberOrHash
		over json.RawMessage
		bo   json.RawMessage
	)
	if err := parseParams(p, 1, &args, &bnh, &over, &bo); err != nil {
		return nil, err
	}
	tok, err := a.token(ctx, args.To)
	if err != nil || tok == nil {
		return hexutil.Bytes{}, err
	}
	n, current, err := a.stateAt(ctx, bnh)
	if err != nil {
		return nil, err
	}
	st := a.currentTokens()
	if !current {
		st = a.tokensAt(ctx, n)
	}
	return a.tokenCall(st, tok, &args)
}
