// Package rpc serves the sequencer's Ethereum JSON-RPC API (the subset wallets
// and tools need to send transfers and follow them) and the rollup_ methods,
// over HTTP POST, single and batch requests, and over WebSocket with
// eth_subscribe (ws.go).
//
// The server is a thin codec: every answer comes from a Backend. Calls of a
// batch run concurrently, except that eth_sendRawTransaction hands its
// transactions to the sequencer in the order of the batch (signatures are still
// recovered in parallel).
package rpc

import (
	"context"
	"encoding/json"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l2"
)

// Heads are the block numbers the block tags name.
type Heads struct {
	Latest    uint64 // newest sealed block
	Safe      uint64 // newest block in a batch included on L1
	Finalized uint64 // newest block in a final batch
	// Pending is the open block, if any.
	Pending    uint64
	HasPending bool
}

// Backend answers the calls. Methods that look something up return (nil, nil)
// when it does not exist.
type Backend interface {
	ChainID() uint64
	// Params are the chain's parameters (block headers carry some).
	Params() *l2.Params
	BaseFee() *big.Int
	FeeRecipient() common.Address
	ClientVersion() string
	Heads() Heads

	// Account returns the current balance and nonce (the state after every
	// executed transaction).
	Account(addr common.Address) (balance *big.Int, nonce uint64, err error)
	// AccountAt returns the balance and nonce as of sealed block n, from the
	// account history (ErrNoHistory before it starts).
	AccountAt(ctx context.Context, addr common.Address, n uint64) (balance *big.Int, nonce uint64, err error)

	// CheckTx decodes raw and applies the protocol's admission rules,
	// recovering the sender; it is safe to call concurrently.
	CheckTx(raw []byte) (*chain.Candidate, error)
	// SubmitTx queues c for execution (or finds it already known) and returns a
	// function that waits for its acknowledgement: the transaction executed and
	// committed. It fails at once when the sequencer is overloaded.
	SubmitTx(ctx context.Context, c *chain.Candidate) (wait func(context.Context) (*chain.Tx, error), err error)

	BlockByNumber(ctx context.Context, n uint64) (*chain.Block, error)
	BlockByHash(ctx context.Context, h common.Hash) (*chain.Block, error)
	// BlockTxs returns the durable transactions of b in order.
	BlockTxs(ctx context.Context, b *chain.Block) ([]*chain.Tx, error)
	// Withdrawals returns b's ETH deposits as EIP-4895 withdrawals.
	Withdrawals(ctx context.Context, b *chain.Block) (types.Withdrawals, error)
	// Tx returns an acknowledged (durable) transaction.
	Tx(ctx context.Context, h common.Hash) (*chain.Tx, error)

	TxStatus(ctx context.Context, h common.Hash) (*chain.TxStatus, error)
	Batch(ctx context.Context, index uint64) (*chain.Batch, error)
	SyncStatus(ctx context.Context) (*chain.SyncStatus, error)
	// Proof proves target against the post-state root of batch (nil: the
	// newest final batch, else the newest posted one).
	Proof(ctx context.Context, target chain.ProofTarget, batch *uint64) (any, error)

	// Token returns the bridged token at an L2 address, nil if the address
	// is none.
	Token(ctx context.Context, l2Token common.Address) (*chain.Token, error)
	// TokenBalance and TokenSupply read the current state; the ...At
	// variants read sealed block n from the token history (ErrNoHistory
	// before it starts).
	TokenBalance(token, owner common.Address) (*big.Int, error)
	TokenSupply(token common.Address) (*big.Int, error)
	TokenBalanceAt(ctx context.Context, token, owner common.Address, n uint64) (*big.Int, error)
	TokenSupplyAt(ctx context.Context, token common.Address, n uint64) (*big.Int, error)
	// Logs returns the logs of sealed blocks from..to (inclusive) emitted by
	// one of addresses (any when empty), in chain order, at most limit of
	// them (ErrTooManyLogs beyond).
	Logs(ctx context.Context, from, to uint64, addresses []common.Address, limit int) ([]*types.Log, error)
}

// New returns a JSON-RPC server over b.
func New(b Backend, limits Limits, log *zap.Logger, metrics *Metrics) *Server {
	if log == nil {
		log = zap.NewNop()
	}
	if metrics == nil {
		metrics = NewMetrics(nil)
	}
	s := &Server{limits: limits.withDefaults(), log: log, metrics: metrics}
	api := &ethAPI{b: b, limits: s.limits, filters: newFilters()}
	s.eth = api
	rapi := &rollupAPI{b: b}
	s.methods = map[string]methodFunc{
		"web3_clientVersion":                      noParams(api.clientVersion),
		"web3_sha3":                               api.sha3,
		"net_version":                             noParams(api.netVersion),
		"net_listening":                           noParams(api.netListening),
		"net_peerCount":                           noParams(api.netPeerCount),
		"eth_chainId":                             noParams(api.chainID),
		"eth_blockNumber":                         noParams(api.blockNumber),
		"eth_getBalance":                          api.getBalance,
		"eth_getTransactionCount":                 api.getTransactionCount,
		"eth_getCode":                             api.getCode,
		"eth_getStorageAt":                        api.getStorageAt,
		"eth_sendRawTransaction":                  api.sendRawTransaction,
		"eth_getTransactionByHash":                api.getTransactionByHash,
		"eth_getTransactionReceipt":               api.getTransactionReceipt,
		"eth_getBlockByNumber":                    api.getBlock(false),
		"eth_getBlockByHash":                      api.getBlock(true),
		"eth_getBlockTransactionCountByNumber":    api.getBlockTxCount(false),
		"eth_getBlockTransactionCountByHash":      api.getBlockTxCount(true),
		"eth_getTransactionByBlockNumberAndIndex": api.getTxByBlockAndIndex(false),
		"eth_getTransactionByBlockHashAndIndex":   api.getTxByBlockAndIndex(true),
		"eth_getBlockReceipts":                    api.getBlockReceipts,
		"eth_getUncleCountByBlockNumber":          api.uncleCount,
		"eth_getUncleCountByBlockHash":            api.uncleCount,
		"eth_gasPrice":                            noParams(api.gasPrice),
		"eth_maxPriorityFeePerGas":                noParams(api.maxPriorityFeePerGas),
		"eth_blobBaseFee":                         noParams(api.blobBaseFee),
		"eth_feeHistory":                          api.feeHistory,
		"eth_estimateGas":                         api.estimateGas,
		"eth_call":                                api.call,
		"eth_syncing":                             noParams(api.syncing),
		"eth_accounts":                            noParams(api.accounts),
		"eth_mining":                              noParams(api.mining),
		"eth_getLogs":                             api.getLogs,
		"eth_newFilter":                           api.newFilter,
		"eth_newBlockFilter":                      noParams(api.newBlockFilter),
		"eth_newPendingTransactionFilter":         api.newPendingTransactionFilter,
		"eth_getFilterChanges":                    api.getFilterChanges,
		"eth_getFilterLogs":                       api.getFilterLogs,
		"eth_uninstallFilter":                     api.uninstallFilter,
		"rollup_getTransactionStatus":             rapi.getTransactionStatus,
		"rollup_getBatch":                         rapi.getBatch,
		"rollup_syncStatus":                       rapi.syncStatus,
		"rollup_getProof":                         rapi.getProof,
	}
	return s
}

// Methods lists the served method names.
func (s *Server) Methods() []string {
	out := make([]string, 0, len(s.methods))
	for m := range s.methods {
		out = append(out, m)
	}
	return out
}

// noParams wraps a method that takes no parameters, refusing any.
func noParams(fn methodFunc) methodFunc {
	return func(ctx context.Context, p json.RawMessage) (any, error) {
		if err := parseParams(p, 0); err != nil {
			return nil, err
		}
		return fn(ctx, p)
	}
}
