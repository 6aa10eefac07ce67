package l2

import (
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// DecodedBatch is a batch decoded by DecodeBatch.
type DecodedBatch struct {
	Header Header
	// Dict is the address dictionary.
	Dict []common.Address
	// Fees are the fee entries, in fee table order.
	Fees []FeeEntry
	// Records are the records in order.
	Records []Record
}

// Record is one decoded record.
type Record struct {
	Kind RecordKind
	// Offset and End delimit the record's bytes in the batch.
	Offset, End int
	// TimeDelta is a block record's Δt.
	TimeDelta uint64
	// Tx is a transfer's transaction, rebuilt with the signature so that its
	// hash is the original transaction's; Sender is its recovered sender.
	Tx     *types.Transaction
	Sender common.Address
	// FeeIndex is a transfer's fee entry; DictIndex its dictionary address, or
	// -1 for an inline recipient.
	FeeIndex  int
	DictIndex int
}

// DecodeBatch decodes a batch strictly: the header must pass appendBatch's
// checks, every fee entry must decode and be valid, the records must start
// with a block record, and every record must decode and pass every stateless
// rule, signature recovery included. Where the step machine would end or skip
// a record for a reason that does not depend on the state, DecodeBatch
// returns an error naming the offset. Non-minimal integer encodings are
// accepted (§5.1). Nonces and balances are not checked, and neither is the
// deposit limit: that needs the state and the deposit queue.
//
// Memory is bounded by the input: nothing is allocated for a count before the
// bytes it claims are known to be present.
func DecodeBatch(p *Params, data []byte) (*DecodedBatch, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	h, err := ParseHeader(data)
	if err != nil {
		return nil, err
	}
	// ParseHeader checked 8 + 20·A + 2·F ≤ recordsStart ≤ len(data).
	d := &DecodedBatch{Header: h, Dict: make([]common.Address, h.AddrCount), Fees: make([]FeeEntry, h.FeeCount)}
	for i := range d.Dict {
		copy(d.Dict[i][:], data[h.DictOffset(i):])
	}
	c := &BatchContext{Params: p, Data: data, header: h, fees: make([]feeSlot, h.FeeCount)}
	for j := range d.Fees {
		if err := c.feeEntry(j, &d.Fees[j], nil); err != nil {
			return nil, fmt.Errorf("fee entry %d: %w", j, err)
		}
	}
	k := &keccaker{st: newKeccak()}
	chainID := new(big.Int).SetUint64(p.ChainID)
	r := reader{data: data, off: h.RecordsStart}
	for r.off < len(data) {
		rec, err := decodeRecord(p, d, &r, k, chainID)
		if err != nil {
			return nil, fmt.Errorf("record at offset %d: %w", rec.Offset, err)
		}
		if len(d.Records) == 0 && rec.Kind != RecordBlock {
			return nil, fmt.Errorf("record at offset %d: %w", rec.Offset, ErrRecordBeforeBlock)
		}
		d.Records = append(d.Records, rec)
	}
	return d, nil
}

func decodeRecord(p *Params, d *DecodedBatch, r *reader, k *keccaker, chainID *big.Int) (Record, error) {
	rec := Record{Offset: r.off, DictIndex: -1}
	tag := r.cuint()
	switch {
	case r.err != nil:
		return rec, r.err
	case tag == 0:
		rec.Kind = RecordBlock
		rec.TimeDelta = r.cuint()
		rec.End = r.off
		return rec, r.err
	case tag == 1:
		rec.Kind = RecordDeposit
		rec.End = r.off
		return rec, nil
	}
	rec.Kind = RecordTransfer
	f := uint64(len(d.Fees))
	if f == 0 {
		return rec, ErrNoFeeEntries
	}
	u := tag - 2
	rec.FeeIndex = int(u % f)
	ri := u / f
	var t transfer
	if ri == 0 {
		if b := r.take(20); b != nil {
			copy(t.to[:], b)
		}
	} else {
		if ri-1 >= uint64(len(d.Dict)) {
			return rec, ErrDictIndex
		}
		rec.DictIndex = int(ri - 1)
		t.to = d.Dict[rec.DictIndex]
	}
	t.nonce = r.cuint()
	r.amount(&t.value)
	sigR, sigVS := r.take(32), r.take(32)
	if r.err != nil {
		return rec, r.err
	}
	rec.End = r.off
	t.fee = d.Fees[rec.FeeIndex]
	t.r.SetBytes32(sigR)
	t.parity = sigVS[0] >> 7
	t.s.SetBytes32(sigVS)
	t.s[3] &^= 1 << 63
	sender, err := t.sender(k, p.ChainID)
	if err != nil {
		return rec, err
	}
	rec.Sender = sender
	rec.Tx = t.toTx(chainID)
	return rec, nil
}

// toTx rebuilds the signed transaction.
func (t *transfer) toTx(chainID *big.Int) *types.Transaction {
	to := t.txTo()
	r, s := t.r.ToBig(), t.s.ToBig()
	value := new(big.Int)
	var data []byte
	if t.fee.Call == CallNone {
		value = t.value.ToBig()
	} else {
		data = t.appendCall(make([]byte, 0, tokenCallLen))
	}
	if t.fee.Type == LegacyTxType {
		v := new(big.Int).Lsh(chainID, 1)
		v.Add(v, big.NewInt(35+int64(t.parity)))
		return types.NewTx(&types.LegacyTx{
			Nonce: t.nonce, GasPrice: t.fee.GasFeeCap.ToBig(), Gas: t.fee.GasLimit,
			To: &to, Value: value, Data: data, V: v, R: r, S: s,
		})
	}
	return types.NewTx(&types.DynamicFeeTx{
		ChainID: new(big.Int).Set(chainID), Nonce: t.nonce,
		GasTipCap: t.fee.GasTipCap.ToBig(), GasFeeCap: t.fee.GasFeeCap.ToBig(), Gas: t.fee.GasLimit,
		To: &to, Value: value, Data: data, V: big.NewInt(int64(t.parity)), R: r, S: s,
	})
}

// Transfers returns the number of transfer records.
func (d *DecodedBatch) Transfers() int {
	n := 0
	for i := range d.Records {
		if d.Records[i].Kind == RecordTransfer {
			n++
		}
	}
	return n
}

// Blocks reassembles the blocks of a decoded batch that follows prev, taking
// deposit contents from deposits. It checks what the decoder could not: block
// timestamps and numbers stay within 64 bits and every deposit is known. It
// does not check the deposit limit.
func (d *DecodedBatch) Blocks(prev L2State, deposits DepositSource) ([]Block, error) {
	var blocks []Block
	number, ts, next := prev.BlockNumber, prev.Timestamp, prev.DepositsConsumed
	for i := range d.Records {
		rec := &d.Records[i]
		switch rec.Kind {
		case RecordBlock:
			if number == math.MaxUint64 {
				return nil, fmt.Errorf("record at offset %d: %w", rec.Offset, ErrBlockNumberOverflow)
			}
			if ts > math.MaxUint64-rec.TimeDelta {
				return nil, fmt.Errorf("record at offset %d: %w", rec.Offset, ErrTimestampOverflow)
			}
			number++
			ts += rec.TimeDelta
			blocks = append(blocks, Block{Number: number, Timestamp: ts})
		case RecordDeposit, RecordTransfer:
			if len(blocks) == 0 {
				return nil, fmt.Errorf("record at offset %d: %w", rec.Offset, ErrRecordBeforeBlock)
			}
		}
		switch rec.Kind {
		case RecordDeposit:
			dep, ok := deposits(next)
			if !ok || dep.Index != next {
				return nil, fmt.Errorf("record at offset %d: %w: index %d", rec.Offset, ErrDepositUnavailable, next)
			}
			next++
			cur := &blocks[len(blocks)-1]
			cur.Items = append(cur.Items, Item{Deposit: &dep})
		case RecordTransfer:
			cur := &blocks[len(blocks)-1]
			cur.Items = append(cur.Items, Item{Tx: rec.Tx})
		}
	}
	return blocks, nil
}
