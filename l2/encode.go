package l2

import (
	"encoding/binary"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Block is an L2 block as the batch codec sees it: its number, its timestamp
// and its deposits and transactions in execution order.
type Block struct {
	Number    uint64
	Timestamp uint64
	Items     []Item
}

// Item is one entry of a block: exactly one of Deposit and Tx is set.
type Item struct {
	Deposit *Deposit
	Tx      *types.Transaction
}

// maxFeeEntries is the most fee entries a batch can hold (F is a u8).
const maxFeeEntries = 255

// BatchBuilder builds one batch incrementally from whole blocks, knowing the
// exact encoded size after every block, so a batcher can close the batch
// near MAX_BATCH_BYTES (§5). It applies the honest encoder's rules of §5.3:
// recipients used twice or more go to the dictionary, most used first; fee
// entries are ordered by use; ties go to the earlier first use.
type BatchBuilder struct {
	p *Params

	lastNumber    uint64
	lastTimestamp uint64
	nextDeposit   uint64
	blocks        int

	recs   []brec
	recips map[common.Address]*useStat
	fees   map[FeeEntry]*useStat
	// fixed is the size of everything but tags, inline recipients and the
	// header, dictionary and fee table: block and deposit records and the
	// nonce, value and signature of each transfer.
	fixed     int
	transfers int
	size      int
}

// brec is one record of the batch being built.
type brec struct {
	kind  RecordKind
	dt    uint64
	t     transfer
	recip *useStat
	fee   *useStat
}

// useStat counts the uses of a recipient or fee entry.
type useStat struct {
	count int
	first int // record index of the first use
	rank  int // position in the dictionary or fee table; -1 for an inline recipient
	size  int // encoded size of a fee entry
	addr  common.Address
	fee   FeeEntry
}

// NewBatchBuilder returns a builder for the batch that follows prev: its first
// block must be prev.BlockNumber + 1 and its first deposit
// prev.DepositsConsumed.
func NewBatchBuilder(p *Params, prev L2State) *BatchBuilder {
	b := &BatchBuilder{
		p:             p,
		lastNumber:    prev.BlockNumber,
		lastTimestamp: prev.Timestamp,
		nextDeposit:   prev.DepositsConsumed,
		recips:        map[common.Address]*useStat{},
		fees:          map[FeeEntry]*useStat{},
	}
	b.size = b.computeSize()
	return b
}

// Size returns the exact length of Encode's output.
func (b *BatchBuilder) Size() int { return b.size }

// Blocks returns the number of blocks added.
func (b *BatchBuilder) Blocks() int { return b.blocks }

// Transfers returns the number of transfers added.
func (b *BatchBuilder) Transfers() int { return b.transfers }

// Tip returns the number and timestamp of the last block added and the number
// of deposits consumed after it (prev's values for an empty builder).
func (b *BatchBuilder) Tip() (number, timestamp, depositsConsumed uint64) {
	return b.lastNumber, b.lastTimestamp, b.nextDeposit
}

// Add appends a whole block. If the batch would exceed MAX_BATCH_BYTES or 255
// fee entries, the builder is unchanged and Add returns ErrBatchFull, or
// ErrBlockTooLarge when the builder is empty. A block that does not follow the
// previous one, a deposit out of sequence or a transaction the codec cannot
// represent (any stateless rule of §2.1 but the signature recovery) is an
// error and leaves the builder unchanged.
func (b *BatchBuilder) Add(blk Block) error {
	if blk.Number != b.lastNumber+1 {
		return fmt.Errorf("block %d after block %d: %w", blk.Number, b.lastNumber, ErrBlockSequence)
	}
	if blk.Timestamp < b.lastTimestamp {
		return fmt.Errorf("block %d: %w", blk.Number, ErrBlockTimestamp)
	}
	// Convert and check every item before touching the builder.
	recs := make([]brec, 0, len(blk.Items)+1)
	recs = append(recs, brec{kind: RecordBlock, dt: blk.Timestamp - b.lastTimestamp})
	nextDeposit := b.nextDeposit
	for i, it := range blk.Items {
		switch {
		case it.Deposit != nil && it.Tx == nil:
			if it.Deposit.Index != nextDeposit {
				return fmt.Errorf("block %d item %d: deposit %d, want %d: %w", blk.Number, i, it.Deposit.Index, nextDeposit, ErrDepositSequence)
			}
			nextDeposit++
			recs = append(recs, brec{kind: RecordDeposit})
		case it.Tx != nil && it.Deposit == nil:
			t, err := transferFromTx(b.p, it.Tx)
			if err != nil {
				return fmt.Errorf("block %d item %d (tx %s): %w", blk.Number, i, it.Tx.Hash(), err)
			}
			recs = append(recs, brec{kind: RecordTransfer, t: t})
		default:
			return fmt.Errorf("block %d item %d: %w", blk.Number, i, ErrBadItem)
		}
	}

	mark := len(b.recs)
	fixed, transfers := b.fixed, b.transfers
	for _, r := range recs {
		b.push(r)
	}
	size := b.computeSize()
	if size > MaxBatchBytes || len(b.fees) > maxFeeEntries {
		b.truncate(mark)
		b.fixed, b.transfers = fixed, transfers
		b.size = b.computeSize()
		if b.blocks == 0 {
			return fmt.Errorf("block %d: %w", blk.Number, ErrBlockTooLarge)
		}
		return ErrBatchFull
	}
	b.size = size
	b.blocks++
	b.lastNumber, b.lastTimestamp, b.nextDeposit = blk.Number, blk.Timestamp, nextDeposit
	return nil
}

func (b *BatchBuilder) push(r brec) {
	idx := len(b.recs)
	switch r.kind {
	case RecordBlock:
		b.fixed += 1 + cuintLen(r.dt)
	case RecordDeposit:
		b.fixed++
	case RecordTransfer:
		b.fixed += cuintLen(r.t.nonce) + amountLen(&r.t.value) + 64
		b.transfers++
		rs := b.recips[r.t.to]
		if rs == nil {
			rs = &useStat{first: idx, addr: r.t.to}
			b.recips[r.t.to] = rs
		}
		rs.count++
		r.recip = rs
		fs := b.fees[r.t.fee]
		if fs == nil {
			fs = &useStat{first: idx, fee: r.t.fee, size: feeEntryLen(&r.t.fee)}
			b.fees[r.t.fee] = fs
		}
		fs.count++
		r.fee = fs
	}
	b.recs = append(b.recs, r)
}

// truncate removes the records from index mark on, undoing their counts.
func (b *BatchBuilder) truncate(mark int) {
	for i := len(b.recs) - 1; i >= mark; i-- {
		r := &b.recs[i]
		if r.kind != RecordTransfer {
			continue
		}
		if r.recip.count--; r.recip.count == 0 {
			delete(b.recips, r.recip.addr)
		}
		if r.fee.count--; r.fee.count == 0 {
			delete(b.fees, r.fee.fee)
		}
	}
	b.recs = b.recs[:mark]
}

// byUse sorts most used first, then by first use.
func byUse(s []*useStat) {
	sort.Slice(s, func(i, j int) bool {
		if s[i].count != s[j].count {
			return s[i].count > s[j].count
		}
		return s[i].first < s[j].first
	})
}

// layout ranks the dictionary and fee entries and returns them in order.
func (b *BatchBuilder) layout() (dict, fees []*useStat) {
	for _, s := range b.recips {
		if s.count >= 2 {
			dict = append(dict, s)
		} else {
			s.rank = -1
		}
	}
	byUse(dict)
	for i, s := range dict {
		s.rank = i
	}
	for _, s := range b.fees {
		fees = append(fees, s)
	}
	byUse(fees)
	for i, s := range fees {
		s.rank = i
	}
	return dict, fees
}

func (b *BatchBuilder) tag(r *brec, f int) uint64 {
	return 2 + uint64(r.fee.rank) + uint64(f)*uint64(r.recip.rank+1)
}

func (b *BatchBuilder) computeSize() int {
	dict, fees := b.layout()
	size := headerSize + 20*len(dict) + 2*len(fees) + b.fixed
	for _, f := range fees {
		size += f.size
	}
	for i := range b.recs {
		r := &b.recs[i]
		if r.kind != RecordTransfer {
			continue
		}
		size += cuintLen(b.tag(r, len(fees)))
		if r.recip.rank < 0 {
			size += 20
		}
	}
	return size
}

func feeEntryLen(f *FeeEntry) int {
	n := 1 + cuintLen(f.GasLimit) + amountLen(&f.GasFeeCap)
	if f.Type == DynamicFeeTxType {
		n += amountLen(&f.GasTipCap)
	}
	if f.Call != CallNone {
		n += 20
	}
	return n
}

func appendFeeEntry(out []byte, f *FeeEntry) []byte {
	out = append(out, f.TypeByte())
	out = appendCuint(out, f.GasLimit)
	if f.Type == DynamicFeeTxType {
		out = appendAmount(out, &f.GasTipCap)
	}
	out = appendAmount(out, &f.GasFeeCap)
	if f.Call != CallNone {
		out = append(out, f.Token[:]...)
	}
	return out
}

// Encode returns the batch (§5.2): header, dictionary, fee table, fee entries
// packed after the table, then the records.
func (b *BatchBuilder) Encode() []byte {
	dict, fees := b.layout()
	out := make([]byte, headerSize, b.size)
	out[0] = CodecVersion
	out[1] = byte(len(fees))
	binary.BigEndian.PutUint16(out[2:4], uint16(len(dict)))
	for _, d := range dict {
		out = append(out, d.addr[:]...)
	}
	off := 0
	for _, f := range fees {
		out = binary.BigEndian.AppendUint16(out, uint16(off))
		off += f.size
	}
	for _, f := range fees {
		out = appendFeeEntry(out, &f.fee)
	}
	binary.BigEndian.PutUint32(out[4:8], uint32(len(out)))
	for i := range b.recs {
		r := &b.recs[i]
		switch r.kind {
		case RecordBlock:
			out = appendCuint(out, 0)
			out = appendCuint(out, r.dt)
		case RecordDeposit:
			out = appendCuint(out, 1)
		case RecordTransfer:
			out = appendCuint(out, b.tag(r, len(fees)))
			if r.recip.rank < 0 {
				out = append(out, r.t.to[:]...)
			}
			out = appendCuint(out, r.t.nonce)
			out = appendAmount(out, &r.t.value)
			out = append(out, make([]byte, 64)...)
			sig := out[len(out)-64:]
			r.t.r.PutUint256(sig[:32])
			r.t.s.PutUint256(sig[32:])
			sig[32] |= r.t.parity << 7
		}
	}
	if len(out) != b.size {
		panic(fmt.Sprintf("l2: batch size %d, computed %d", len(out), b.size))
	}
	return out
}

// EncodeBatch encodes blocks, which follow prev, into one batch. It fails if
// they do not fit in MAX_BATCH_BYTES or cannot be represented.
func EncodeBatch(p *Params, prev L2State, blocks []Block) ([]byte, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	b := NewBatchBuilder(p, prev)
	for i, blk := range blocks {
		if err := b.Add(blk); err != nil {
			return nil, fmt.Errorf("adding block %d of %d: %w", i, len(blocks), err)
		}
	}
	return b.Encode(), nil
}
