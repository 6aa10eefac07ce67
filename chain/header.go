package chain

import (
	"bytes"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/rollup-dev/rollup/l2"
)

// GasLimit is the gas limit of every L2 block: the largest gas limit a
// transaction may carry (2^32 − 1). Blocks are bounded by the sequencer's
// transaction count, far below it.
const GasLimit = l2.MaxGasLimit

// Header returns the Ethereum header of sealed block b: a Shanghai header
// (base fee and withdrawals root, no blob fields) whose hash is b.Hash once
// b is sealed. The coinbase is the fee recipient.
func (b *Block) Header(p *l2.Params) *types.Header {
	wroot := b.WithdrawalsRoot
	return &types.Header{
		ParentHash:      b.ParentHash,
		UncleHash:       types.EmptyUncleHash,
		Coinbase:        p.FeeRecipient,
		Root:            b.StateRoot,
		TxHash:          b.TxRoot,
		ReceiptHash:     b.ReceiptRoot,
		Difficulty:      new(big.Int),
		Number:          new(big.Int).SetUint64(b.Number),
		GasLimit:        GasLimit,
		GasUsed:         b.GasUsed(),
		Bloom:           b.Bloom,
		Time:            b.Timestamp,
		Extra:           []byte{},
		BaseFee:         p.BaseFee.ToBig(),
		WithdrawalsHash: &wroot,
	}
}

// BlockItems collects a block's items in order and derives its transaction,
// receipt and withdrawal trie roots, gas used and logs bloom the Ethereum way.
type BlockItems struct {
	txs         rawTxs
	receipts    receiptList
	withdrawals types.Withdrawals
	gas         uint64
	logs        uint
	bloom       types.Bloom
}

// AddTx appends transaction t (its canonical encoding, its sender and whether
// it failed) and sets its cumulative gas and log index.
func (it *BlockItems) AddTx(t *Tx) error {
	tx, err := t.Decode()
	if err != nil {
		return err
	}
	it.txs = append(it.txs, t.Raw)
	it.gas += TxGas(tx)
	t.CumulativeGas, t.LogIndex = it.gas, it.logs
	rc := &types.Receipt{Type: tx.Type(), Status: types.ReceiptStatusSuccessful, CumulativeGasUsed: it.gas}
	if t.Failed {
		rc.Status = types.ReceiptStatusFailed
	}
	if l := TxLog(tx, t.Sender, t.Failed); l != nil {
		rc.Logs = []*types.Log{l}
		rc.Bloom = types.CreateBloom(rc)
		it.bloom.Add(l.Address.Bytes())
		for _, topic := range l.Topics {
			it.bloom.Add(topic.Bytes())
		}
		it.logs++
	}
	it.receipts = append(it.receipts, rc)
	return nil
}

// AddDeposit appends an ETH deposit credited by the block, as the EIP-4895
// withdrawal clients decode: index = queue index, amount in gwei (the Bridge
// takes whole gwei). A forced transaction's entry is a transaction instead,
// and a token deposit is no ETH withdrawal.
func (it *BlockItems) AddDeposit(d *Deposit) {
	if d.Forced != nil || d.IsToken() {
		return
	}
	it.withdrawals = append(it.withdrawals, DepositWithdrawal(d))
}

// DepositWithdrawal is the withdrawal record of ETH deposit d.
func DepositWithdrawal(d *Deposit) *types.Withdrawal {
	var gwei uint64
	if d.Amount != nil {
		gwei = new(big.Int).Quo(d.Amount, big.NewInt(1e9)).Uint64()
	}
	return &types.Withdrawal{Index: d.QueueIndex, Address: d.Recipient, Amount: gwei}
}

// Len is the number of transactions added.
func (it *BlockItems) Len() int { return len(it.txs) }

// Reset empties it, keeping its buffers.
func (it *BlockItems) Reset() {
	clear(it.txs)
	it.txs = it.txs[:0]
	clear(it.receipts)
	it.receipts = it.receipts[:0]
	it.withdrawals = it.withdrawals[:0]
	it.gas, it.logs, it.bloom = 0, 0, types.Bloom{}
}

// WithdrawalsRoot is the root of the deposits added.
func (it *BlockItems) WithdrawalsRoot() common.Hash {
	if len(it.withdrawals) == 0 {
		return types.EmptyWithdrawalsHash
	}
	return types.DeriveSha(it.withdrawals, trie.NewStackTrie(nil))
}

// Seal completes sealed block b (number, timestamp, items and state root
// set): its parent hash, transaction and receipt roots, and its hash,
// keccak256(rlp(header)). b.WithdrawalsRoot must already be set.
func (it *BlockItems) Seal(b *Block, parent common.Hash, p *l2.Params) {
	b.ParentHash = parent
	b.Gas, b.Logs, b.Bloom = it.gas, int(it.logs), it.bloom
	b.TxRoot, b.ReceiptRoot = types.EmptyTxsHash, types.EmptyReceiptsHash
	if len(it.txs) > 0 {
		b.TxRoot = types.DeriveSha(it.txs, trie.NewStackTrie(nil))
		b.ReceiptRoot = types.DeriveSha(it.receipts, trie.NewStackTrie(nil))
	}
	b.Hash = b.Header(p).Hash()
}

// rawTxs derives the transactions root from stored encodings.
type rawTxs [][]byte

func (r rawTxs) Len() int                           { return len(r) }
func (r rawTxs) EncodeIndex(i int, w *bytes.Buffer) { w.Write(r[i]) }

// receiptList derives the receipts root from the receipts' consensus fields.
type receiptList []*types.Receipt

func (r receiptList) Len() int { return len(r) }
func (r receiptList) EncodeIndex(i int, w *bytes.Buffer) {
	types.Receipts{r[i]}.EncodeIndex(0, w)
}
