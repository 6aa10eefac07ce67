package rpc

import (
	"context"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l2"
)

// BlockGasLimit is the gas limit blocks report: the largest gas limit a
// transaction may carry (l2.MaxGasLimit, 2^32 − 1; a larger one is refused
// with "exceeds block gas limit"). Blocks are bounded by the sequencer's
// MaxBlockTxs (40,000 transfers = 840M gas by default), below it.
const BlockGasLimit = l2.MaxGasLimit

// rpcTx is a transaction as eth_getTransactionByHash returns it (the shape of
// go-ethereum's RPCTransaction).
type rpcTx struct {
	BlockHash        *common.Hash      `json:"blockHash"`
	BlockNumber      *hexutil.Big      `json:"blockNumber"`
	BlockTimestamp   *hexutil.Uint64   `json:"blockTimestamp,omitempty"`
	From             common.Address    `json:"from"`
	Gas              hexutil.Uint64    `json:"gas"`
	GasPrice         *hexutil.Big      `json:"gasPrice"`
	GasFeeCap        *hexutil.Big      `json:"maxFeePerGas,omitempty"`
	GasTipCap        *hexutil.Big      `json:"maxPriorityFeePerGas,omitempty"`
	Hash             common.Hash       `json:"hash"`
	Input            hexutil.Bytes     `json:"input"`
	Nonce            hexutil.Uint64    `json:"nonce"`
	To               *common.Address   `json:"to"`
	TransactionIndex *hexutil.Uint64   `json:"transactionIndex"`
	Value            *hexutil.Big      `json:"value"`
	Type             hexutil.Uint64    `json:"type"`
	Accesses         *types.AccessList `json:"accessList,omitempty"`
	ChainID          *hexutil.Big      `json:"chainId,omitempty"`
	V                *hexutil.Big      `json:"v"`
	R                *hexutil.Big      `json:"r"`
	S                *hexutil.Big      `json:"s"`
	YParity          *hexutil.Uint64   `json:"yParity,omitempty"`
}

func newRPCTx(t *chain.Tx, blockTime uint64, baseFee *big.Int) (*rpcTx, error) {
	tx, err := t.Decode()
	if err != nil {
		return nil, err
	}
	v, r, s := tx.RawSignatureValues()
	bh := t.BlockHash
	idx := hexutil.Uint64(t.Index)
	out := &rpcTx{
		BlockHash:        &bh,
		BlockNumber:      (*hexutil.Big)(new(big.Int).SetUint64(t.BlockNumber)),
		From:             t.Sender,
		Gas:              hexutil.Uint64(tx.Gas()),
		GasPrice:         (*hexutil.Big)(tx.GasPrice()),
		Hash:             t.Hash,
		Input:            hexutil.Bytes(tx.Data()),
		Nonce:            hexutil.Uint64(tx.Nonce()),
		To:               tx.To(),
		TransactionIndex: &idx,
		Value:            (*hexutil.Big)(tx.Value()),
		Type:             hexutil.Uint64(tx.Type()),
		V:                (*hexutil.Big)(v),
		R:                (*hexutil.Big)(r),
		S:                (*hexutil.Big)(s),
	}
	if blockTime != 0 {
		bt := hexutil.Uint64(blockTime)
		out.BlockTimestamp = &bt
	}
	switch tx.Type() {
	case types.LegacyTxType:
		if id := tx.ChainId(); id.Sign() != 0 {
			out.ChainID = (*hexutil.Big)(id)
		}
	default:
		al := tx.AccessList()
		yp := hexutil.Uint64(v.Sign())
		out.Accesses = &al
		out.ChainID = (*hexutil.Big)(tx.ChainId())
		out.YParity = &yp
		out.GasFeeCap = (*hexutil.Big)(tx.GasFeeCap())
		out.GasTipCap = (*hexutil.Big)(tx.GasTipCap())
		out.GasPrice = (*hexutil.Big)(chain.EffectiveGasPrice(tx, baseFee))
	}
	return out, nil
}

func (a *ethAPI) txJSON(ctx context.Context, t *chain.Tx) (any, error) {
	var ts uint64
	if b, err := a.b.BlockByNumber(ctx, t.BlockNumber); err == nil && b != nil {
		ts = b.Timestamp
	}
	return newRPCTx(t, ts, a.b.BaseFee())
}

// rpcReceipt is a receipt as eth_getTransactionReceipt returns it.
type rpcReceipt struct {
	BlockHash         common.Hash     `json:"blockHash"`
	BlockNumber       hexutil.Uint64  `json:"blockNumber"`
	TransactionHash   common.Hash     `json:"transactionHash"`
	TransactionIndex  hexutil.Uint64  `json:"transactionIndex"`
	From              common.Address  `json:"from"`
	To                *common.Address `json:"to"`
	GasUsed           hexutil.Uint64  `json:"gasUsed"`
	CumulativeGasUsed hexutil.Uint64  `json:"cumulativeGasUsed"`
	ContractAddress   *common.Address `json:"contractAddress"`
	Logs              []*types.Log    `json:"logs"`
	LogsBloom         types.Bloom     `json:"logsBloom"`
	Type              hexutil.Uint    `json:"type"`
	EffectiveGasPrice *hexutil.Big    `json:"effectiveGasPrice"`
	Status            hexutil.Uint    `json:"status"`
}

func receiptJSON(t *chain.Tx, baseFee *big.Int) (*rpcReceipt, error) {
	r, err := chain.Receipt(t, baseFee)
	if err != nil {
		return nil, err
	}
	to := t.To
	return &rpcReceipt{
		BlockHash:         t.BlockHash,
		BlockNumber:       hexutil.Uint64(t.BlockNumber),
		TransactionHash:   t.Hash,
		TransactionIndex:  hexutil.Uint64(t.Index),
		From:              t.Sender,
		To:                &to,
		GasUsed:           hexutil.Uint64(r.GasUsed),
		CumulativeGasUsed: hexutil.Uint64(r.CumulativeGasUsed),
		Logs:              []*types.Log{},
		Type:              hexutil.Uint(r.Type),
		EffectiveGasPrice: (*hexutil.Big)(r.EffectiveGasPrice),
		Status:            hexutil.Uint(r.Status),
	}, nil
}

// rpcBlock is a block as eth_getBlockBy* return it. Transactions holds hashes
// or full transactions.
type rpcBlock struct {
	Number           hexutil.Uint64   `json:"number"`
	Hash             common.Hash      `json:"hash"`
	ParentHash       common.Hash      `json:"parentHash"`
	Nonce            types.BlockNonce `json:"nonce"`
	MixHash          common.Hash      `json:"mixHash"`
	Sha3Uncles       common.Hash      `json:"sha3Uncles"`
	LogsBloom        types.Bloom      `json:"logsBloom"`
	StateRoot        common.Hash      `json:"stateRoot"`
	Miner            common.Address   `json:"miner"`
	Difficulty       *hexutil.Big     `json:"difficulty"`
	TotalDifficulty  *hexutil.Big     `json:"totalDifficulty"`
	ExtraData        hexutil.Bytes    `json:"extraData"`
	Size             hexutil.Uint64   `json:"size"`
	GasLimit         hexutil.Uint64   `json:"gasLimit"`
	GasUsed          hexutil.Uint64   `json:"gasUsed"`
	Timestamp        hexutil.Uint64   `json:"timestamp"`
	TransactionsRoot common.Hash      `json:"transactionsRoot"`
	ReceiptsRoot     common.Hash      `json:"receiptsRoot"`
	BaseFeePerGas    *hexutil.Big     `json:"baseFeePerGas"`
	Transactions     []any            `json:"transactions"`
	Uncles           []common.Hash    `json:"uncles"`
	// Rollup extensions: whether the block is sealed, and its items.
	Sealed       bool           `json:"sealed"`
	DepositFirst hexutil.Uint64 `json:"depositFirst"`
	DepositCount hexutil.Uint64 `json:"depositCount"`
}

func (a *ethAPI) blockJSON(ctx context.Context, b *chain.Block, full bool) (any, error) {
	txs, err := a.b.BlockTxs(ctx, b)
	if err != nil {
		return nil, err
	}
	baseFee := a.b.BaseFee()
	out := &rpcBlock{
		Number:          hexutil.Uint64(b.Number),
		Hash:            b.Hash,
		ParentHash:      b.ParentHash,
		Sha3Uncles:      types.EmptyUncleHash,
		StateRoot:       b.StateRoot,
		Miner:           a.b.FeeRecipient(),
		Difficulty:      (*hexutil.Big)(new(big.Int)),
		TotalDifficulty: (*hexutil.Big)(new(big.Int)),
		ExtraData:       hexutil.Bytes{},
		GasLimit:        BlockGasLimit,
		GasUsed:         hexutil.Uint64(uint64(len(txs)) * chain.TransferGas),
		Timestamp:       hexutil.Uint64(b.Timestamp),
		BaseFeePerGas:   (*hexutil.Big)(baseFee),
		Transactions:    make([]any, 0, len(txs)),
		Uncles:          []common.Hash{},
		Sealed:          b.Sealed,
		DepositFirst:    hexutil.Uint64(b.DepositFirst),
		DepositCount:    hexutil.Uint64(b.DepositCount),
	}
	size := 540
	for _, t := range txs {
		size += len(t.Raw)
		if full {
			rt, err := newRPCTx(t, b.Timestamp, baseFee)
			if err != nil {
				return nil, err
			}
			out.Transactions = append(out.Transactions, rt)
		} else {
			out.Transactions = append(out.Transactions, t.Hash)
		}
	}
	out.Size = hexutil.Uint64(size)
	out.TransactionsRoot, out.ReceiptsRoot, err = a.roots.get(b, txs, baseFee)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// rootCache remembers the transaction and receipt trie roots of recent sealed
// blocks; they are computed from the block's transactions on first use.
type rootCache struct {
	mu    sync.Mutex
	roots map[common.Hash][2]common.Hash
	order []common.Hash
}

const rootCacheSize = 256

func (c *rootCache) get(b *chain.Block, txs []*chain.Tx, baseFee *big.Int) (txRoot, rcptRoot common.Hash, err error) {
	if len(txs) == 0 {
		return types.EmptyTxsHash, types.EmptyReceiptsHash, nil
	}
	c.mu.Lock()
	r, ok := c.roots[b.Hash]
	c.mu.Unlock()
	if ok {
		return r[0], r[1], nil
	}
	list := make(types.Transactions, len(txs))
	rcpts := make(types.Receipts, len(txs))
	for i, t := range txs {
		if list[i], err = t.Decode(); err != nil {
			return common.Hash{}, common.Hash{}, err
		}
		if rcpts[i], err = chain.Receipt(t, baseFee); err != nil {
			return common.Hash{}, common.Hash{}, err
		}
	}
	txRoot = types.DeriveSha(list, trie.NewStackTrie(nil))
	rcptRoot = types.DeriveSha(rcpts, trie.NewStackTrie(nil))
	if b.Sealed {
		c.mu.Lock()
		if c.roots == nil {
			c.roots = make(map[common.Hash][2]common.Hash)
		}
		if len(c.order) >= rootCacheSize {
			delete(c.roots, c.order[0])
			c.order = c.order[1:]
		}
		c.roots[b.Hash] = [2]common.Hash{txRoot, rcptRoot}
		c.order = append(c.order, b.Hash)
		c.mu.Unlock()
	}
	return txRoot, rcptRoot, nil
}
