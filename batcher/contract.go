package batcher

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollup-dev/rollup/chaindb"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/txmgr"
	"github.com/rollup-dev/rollup/l2"
)

// L1 is the L1 node connection the batcher needs: what the transaction
// manager needs plus calls and logs. go-ethereum's *ethclient.Client and the
// simulated backend's client satisfy it.
type L1 interface {
	txmgr.Client
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// rollupContract reads the Rollup contract through calls and logs; it only
// builds call data (the transaction manager signs and sends).
type rollupContract struct {
	addr common.Address
	l1   L1
}

func newRollupContract(addr common.Address, l1 L1) *rollupContract {
	return &rollupContract{addr: addr, l1: l1}
}

// call runs a view call at block (nil: latest) and unpacks it, decoding a
// revert into the contract's custom error.
func call[T any](ctx context.Context, c *rollupContract, block *big.Int, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.l1.CallContract(ctx, ethereum.CallMsg{To: &c.addr, Data: data}, block)
	if err != nil {
		return zero, contracts.RevertError(err)
	}
	return unpack(out)
}

// view is the Rollup contract's state at one L1 block.
type view struct {
	head           *types.Header
	nextIndex      uint64
	finalizedCount uint64
	lastClaim      common.Hash
}

func (c *rollupContract) view(ctx context.Context, head *types.Header) (*view, error) {
	v := &view{head: head}
	var err error
	if v.nextIndex, err = call(ctx, c, head.Number, contracts.Rollup.PackNextIndex(), contracts.Rollup.UnpackNextIndex); err != nil {
		return nil, fmt.Errorf("reading nextIndex: %w", err)
	}
	if v.finalizedCount, err = call(ctx, c, head.Number, contracts.Rollup.PackFinalizedCount(), contracts.Rollup.UnpackFinalizedCount); err != nil {
		return nil, fmt.Errorf("reading finalizedCount: %w", err)
	}
	claim, err := call(ctx, c, head.Number, contracts.Rollup.PackLastClaim(), contracts.Rollup.UnpackLastClaim)
	if err != nil {
		return nil, fmt.Errorf("reading lastClaim: %w", err)
	}
	v.lastClaim = claim
	return v, nil
}

// Rollup.status values.
const (
	statusNone       = 0
	statusPending    = 1
	statusChallenged = 2
	statusFinal      = 3
)

func (c *rollupContract) status(ctx context.Context, block *big.Int, index uint64) (uint8, error) {
	return call(ctx, c, block, contracts.Rollup.PackStatus(new(big.Int).SetUint64(index)), contracts.Rollup.UnpackStatus)
}

func (c *rollupContract) disputeWindow(ctx context.Context) (uint64, error) {
	return call(ctx, c, nil, contracts.Rollup.PackDisputeWindow(), contracts.Rollup.UnpackDisputeWindow)
}

func (c *rollupContract) genesisTimestamp(ctx context.Context) (uint64, error) {
	return call(ctx, c, nil, contracts.Rollup.PackGenesisTimestamp(), contracts.Rollup.UnpackGenesisTimestamp)
}

func (c *rollupContract) canPropose(ctx context.Context, who common.Address) (bool, error) {
	return call(ctx, c, nil, contracts.Rollup.PackCanPropose(who), contracts.Rollup.UnpackCanPropose)
}

func (c *rollupContract) isFinalizable(ctx context.Context, block *big.Int, info contracts.BatchInfo) (bool, error) {
	return call(ctx, c, block, contracts.Rollup.PackIsFinalizable(info), contracts.Rollup.UnpackIsFinalizable)
}

// simulateAppend runs appendBatch as an eth_call from the proposer at the
// latest block and returns the decoded revert, if any.
func (c *rollupContract) simulateAppend(ctx context.Context, from common.Address, calldata []byte) error {
	_, err := c.l1.CallContract(ctx, ethereum.CallMsg{From: from, To: &c.addr, Data: calldata}, nil)
	if err != nil {
		return contracts.RevertError(err)
	}
	return nil
}

// appended is a BatchAppended event.
type appended struct {
	chaindb.Inclusion
	index   uint64
	removed bool
}

func (c *rollupContract) parseAppended(l *types.Log) (*appended, error) {
	ev, err := contracts.Unpack(l, contracts.Rollup.UnpackBatchAppendedEvent)
	if err != nil {
		return nil, fmt.Errorf("decoding BatchAppended in %s: %w", l.TxHash, err)
	}
	return &appended{index: ev.Index, removed: l.Removed, Inclusion: chaindb.Inclusion{
		BatchHash: ev.BatchHash, Info: ev.Info, InfoABI: append([]byte(nil), l.Data...),
		TxHash: l.TxHash, Block: l.BlockNumber, BlockHash: l.BlockHash,
	}}, nil
}

// appendedEvents returns the BatchAppended events of index in [from, to], oldest first.
func (c *rollupContract) appendedEvents(ctx context.Context, index, from, to uint64) ([]*appended, error) {
	var topic common.Hash
	new(big.Int).SetUint64(index).FillBytes(topic[:])
	logs, err := c.l1.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{c.addr}, Topics: [][]common.Hash{{contracts.TopicBatchAppended}, {topic}},
	})
	if err != nil {
		return nil, fmt.Errorf("reading BatchAppended of batch %d in L1 blocks %d-%d: %w", index, from, to, err)
	}
	var out []*appended
	for i := range logs {
		a, err := c.parseAppended(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// appendedInReceipt returns the BatchAppended event of batch index in a
// receipt, if any, and how many batches the receipt appended (a blob
// transaction may carry several).
func (c *rollupContract) appendedInReceipt(r *types.Receipt, index uint64) (*appended, int, error) {
	var found *appended
	n := 0
	for _, l := range r.Logs {
		if l.Address != c.addr || len(l.Topics) == 0 || l.Topics[0] != contracts.TopicBatchAppended {
			continue
		}
		a, err := c.parseAppended(l)
		if err != nil {
			return nil, 0, err
		}
		n++
		if a.index == index {
			found = a
		}
	}
	return found, n, nil
}

// revertedSince reports whether a BatchesReverted event with fromIndex ≤
// index was emitted in L1 blocks [from, to].
func (c *rollupContract) revertedSince(ctx context.Context, index, from, to uint64) (bool, error) {
	logs, err := c.l1.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{c.addr}, Topics: [][]common.Hash{{contracts.TopicBatchesReverted}},
	})
	if err != nil {
		return false, fmt.Errorf("reading BatchesReverted in L1 blocks %d-%d: %w", from, to, err)
	}
	for i := range logs {
		ev, err := contracts.Unpack(&logs[i], contracts.Rollup.UnpackBatchesRevertedEvent)
		if err != nil {
			return false, err
		}
		if ev.FromIndex <= index && index < ev.PreviousNextIndex {
			return true, nil
		}
	}
	return false, nil
}

// header builds the BatchHeader a batch claims.
func header(b *Batch) contracts.BatchHeader {
	return contracts.Header(b.Index, b.Prev, b.Claim, b.ClaimSteps)
}

// matches reports whether an appended batch record is the one a header and
// data describe: same index, previous claim, post claim, step count, data
// length, and data root (the chunk root in calldata, the versioned hash of
// the blob blobCarriage builds in a blob), whichever carrier posted it.
func matches(info contracts.BatchInfo, h contracts.BatchHeader, data []byte) bool {
	if info.Index != h.Index ||
		info.PrevClaim != contracts.L2StateFromABI(h.Prev).ClaimHash() ||
		info.Post != h.Post ||
		info.NumSteps != h.NumSteps ||
		int(info.DataLen) != len(data) {
		return false
	}
	if !info.Blob {
		return info.DataRoot == l2.ChunkRoot(data)
	}
	root, ok := blobRoot(data)
	return ok && info.DataRoot == root
}

// Gas of appendBatch: intrinsic and calldata cost (the larger of EIP-2028
// pricing plus execution and the EIP-7623 floor), plus a budget for
// execution that grows with the data (chunk hashing, memory copies, the
// event). The budget is about twice what appendBatch uses on anvil and on the
// simulated backend (whose state-gas schedule costs more for new storage);
// gas that is not used is not paid.
const (
	appendExecBase    = 400_000
	appendExecPerByte = 3
	txBaseGas         = 21_000
	// maxTxGas stays below the EIP-7825 transaction gas cap (2^24).
	maxTxGas = 15_000_000
)

// calldataGas returns the EIP-2028 cost and the EIP-7623 floor of data.
func calldataGas(data []byte) (standard, floor uint64) {
	var zeros, nonzeros uint64
	for _, b := range data {
		if b == 0 {
			zeros++
		} else {
			nonzeros++
		}
	}
	tokens := zeros + 4*nonzeros
	return 4 * tokens, 10 * tokens
}

// appendGasLimit is the gas limit of attempt number attempt (from 1) of an
// appendBatch transaction with this calldata; it doubles with each attempt
// after a revert, up to four times. It cannot be left to the node's estimate:
// while an earlier batch is unmined the estimate reverts on the index check.
func appendGasLimit(calldata []byte, attempt int) uint64 {
	std, floor := calldataGas(calldata)
	exec := appendExecBase + appendExecPerByte*uint64(len(calldata))
	limit := max(txBaseGas+std+exec, txBaseGas+floor) * 12 / 10
	limit <<= min(max(attempt, 1)-1, 2)
	return min(limit, maxTxGas)
}
