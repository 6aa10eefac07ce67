package rpc

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollup-dev/rollup/chain"
)

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
	out := &rpcTx{
		From:     t.Sender,
		Gas:      hexutil.Uint64(tx.Gas()),
		GasPrice: (*hexutil.Big)(tx.GasPrice()),
		Hash:     t.Hash,
		Input:    hexutil.Bytes(tx.Data()),
		Nonce:    hexutil.Uint64(tx.Nonce()),
		To:       tx.To(),
		Value:    (*hexutil.Big)(tx.Value()),
		Type:     hexutil.Uint64(tx.Type()),
		V:        (*hexutil.Big)(v),
		R:        (*hexutil.Big)(r),
		S:        (*hexutil.Big)(s),
	}
	if !t.Pending() { // in a sealed block; pending, the block fields are null
		bh, idx, bt := t.BlockHash, hexutil.Uint64(t.Index), hexutil.Uint64(blockTime)
		out.BlockHash, out.TransactionIndex, out.BlockTimestamp = &bh, &idx, &bt
		out.BlockNumber = (*hexutil.Big)(new(big.Int).SetUint64(t.BlockNumber))
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
	if !t.Pending() {
		b, err := a.b.BlockByNumber(ctx, t.BlockNumber)
		if err != nil {
			return nil, err
		}
		if b != nil {
			ts = b.Timestamp
		}
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

// receiptJSON is t's receipt; a pending transaction has none (nil).
func receiptJSON(t *chain.Tx, baseFee *big.Int) (*rpcReceipt, error) {
	if t.Pending() {
		return nil, nil
	}
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
		Logs:              r.Logs,
		LogsBloom:         r.Bloom,
		Type:              hexutil.Uint(r.Type),
		EffectiveGasPrice: (*hexutil.Big)(r.EffectiveGasPrice),
		Status:            hexutil.Uint(r.Status),
	}, nil
}

// rpcHeader is a header as newHeads delivers it and blocks begin with (the
// shape of go-ethereum's RPCMarshalHeader). An open block, served as
// pending, has no hash and no nonce yet.
type rpcHeader struct {
	Number           hexutil.Uint64    `json:"number"`
	Hash             *common.Hash      `json:"hash"`
	ParentHash       common.Hash       `json:"parentHash"`
	Nonce            *types.BlockNonce `json:"nonce"`
	MixHash          common.Hash       `json:"mixHash"`
	Sha3Uncles       common.Hash       `json:"sha3Uncles"`
	LogsBloom        types.Bloom       `json:"logsBloom"`
	StateRoot        common.Hash       `json:"stateRoot"`
	Miner            common.Address    `json:"miner"`
	Difficulty       *hexutil.Big      `json:"difficulty"`
	ExtraData        hexutil.Bytes     `json:"extraData"`
	GasLimit         hexutil.Uint64    `json:"gasLimit"`
	GasUsed          hexutil.Uint64    `json:"gasUsed"`
	Timestamp        hexutil.Uint64    `json:"timestamp"`
	TransactionsRoot common.Hash       `json:"transactionsRoot"`
	ReceiptsRoot     common.Hash       `json:"receiptsRoot"`
	BaseFeePerGas    *hexutil.Big      `json:"baseFeePerGas"`
	WithdrawalsRoot  *common.Hash      `json:"withdrawalsRoot"`
}

// rpcBlock is a block as eth_getBlockBy* return it. Transactions holds hashes
// or full transactions; Withdrawals are the block's ETH deposits.
type rpcBlock struct {
	rpcHeader
	Size         hexutil.Uint64    `json:"size"`
	Transactions []any             `json:"transactions"`
	Uncles       []common.Hash     `json:"uncles"`
	Withdrawals  types.Withdrawals `json:"withdrawals"`
}

func newRPCHeader(h *types.Header, sealed bool) rpcHeader {
	out := rpcHeader{
		Number:           hexutil.Uint64(h.Number.Uint64()),
		ParentHash:       h.ParentHash,
		MixHash:          h.MixDigest,
		Sha3Uncles:       h.UncleHash,
		LogsBloom:        h.Bloom,
		StateRoot:        h.Root,
		Miner:            h.Coinbase,
		Difficulty:       (*hexutil.Big)(h.Difficulty),
		ExtraData:        h.Extra,
		GasLimit:         hexutil.Uint64(h.GasLimit),
		GasUsed:          hexutil.Uint64(h.GasUsed),
		Timestamp:        hexutil.Uint64(h.Time),
		TransactionsRoot: h.TxHash,
		ReceiptsRoot:     h.ReceiptHash,
		BaseFeePerGas:    (*hexutil.Big)(h.BaseFee),
		WithdrawalsRoot:  h.WithdrawalsHash,
	}
	if sealed {
		hash, nonce := h.Hash(), h.Nonce
		out.Hash, out.Nonce = &hash, &nonce
	}
	return out
}

// header returns b's Ethereum header. An open block gets the roots of its
// durable transactions txs so far and a zero state root.
func (a *ethAPI) header(b *chain.Block, txs []*chain.Tx) *types.Header {
	if !b.Sealed {
		var items chain.BlockItems
		for _, t := range txs {
			_ = items.AddTx(t) // a stored transaction decodes
		}
		c := *b
		c.TxCount = len(txs)
		items.Seal(&c, b.ParentHash, a.b.Params())
		b = &c
	}
	return b.Header(a.b.Params())
}

// headerJSON reads a block's transactions only for the open block's roots.
func (a *ethAPI) headerJSON(ctx context.Context, b *chain.Block) (any, error) {
	var txs []*chain.Tx
	if !b.Sealed {
		var err error
		if txs, err = a.b.BlockTxs(ctx, b); err != nil {
			return nil, err
		}
	}
	out := newRPCHeader(a.header(b, txs), b.Sealed)
	return &out, nil
}

func (a *ethAPI) blockJSON(ctx context.Context, b *chain.Block, full bool) (any, error) {
	txs, err := a.b.BlockTxs(ctx, b)
	if err != nil {
		return nil, err
	}
	h := a.header(b, txs)
	wds, err := a.b.Withdrawals(ctx, b)
	if err != nil {
		return nil, err
	}
	out := &rpcBlock{
		rpcHeader:    newRPCHeader(h, b.Sealed),
		Transactions: make([]any, 0, len(txs)),
		Uncles:       []common.Hash{},
		Withdrawals:  wds,
	}
	body := types.Body{Transactions: make(types.Transactions, len(txs)), Withdrawals: wds}
	for i, t := range txs {
		if body.Transactions[i], err = t.Decode(); err != nil {
			return nil, err
		}
		if full {
			rt, err := newRPCTx(t, b.Timestamp, h.BaseFee)
			if err != nil {
				return nil, err
			}
			out.Transactions = append(out.Transactions, rt)
		} else {
			out.Transactions = append(out.Transactions, t.Hash)
		}
	}
	out.Size = hexutil.Uint64(types.NewBlockWithHeader(h).WithBody(body).Size())
	return out, nil
}
