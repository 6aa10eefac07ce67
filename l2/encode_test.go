package l2

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// TestBuilderSizeIsExact: after every block, Size is the length of Encode and
// the batch decodes.
func TestBuilderSizeIsExact(t *testing.T) {
	p := testParams()
	blocks, _ := randomChain(t, p, 21, 120)
	b := NewBatchBuilder(p, p.Genesis())
	require.Equal(t, len(b.Encode()), b.Size())
	require.Equal(t, 8, b.Size(), "an empty batch is its header")
	for _, blk := range blocks {
		require.NoError(t, b.Add(blk))
		data := b.Encode()
		require.Equal(t, len(data), b.Size())
		_, err := DecodeBatch(p, data)
		require.NoError(t, err)
	}
	num, ts, dep := b.Tip()
	require.Equal(t, blocks[len(blocks)-1].Number, num)
	require.Equal(t, blocks[len(blocks)-1].Timestamp, ts)
	require.Positive(t, dep)
}

// TestBuilderFull: the block that does not fit leaves the builder as it was,
// and the batch stays within MAX_BATCH_BYTES.
func TestBuilderFull(t *testing.T) {
	p := testParams()
	key := testKey(1)
	b := NewBatchBuilder(p, p.Genesis())
	var nonce uint64
	full := false
	for n := uint64(1); !full; n++ {
		blk := Block{Number: n, Timestamp: p.GenesisTimestamp + n}
		for i := 0; i < 40; i++ {
			var to common.Address
			to[0], to[1], to[19] = byte(n), byte(i), 1
			blk.Items = append(blk.Items, Item{Tx: signTx(t, key, txSpec{typ: 2, nonce: nonce, to: to, value: big.NewInt(int64(nonce + 1))})})
			nonce++
		}
		before, size := b.Encode(), b.Size()
		err := b.Add(blk)
		if errors.Is(err, ErrBatchFull) {
			full = true
			require.Equal(t, size, b.Size())
			require.True(t, bytes.Equal(before, b.Encode()), "a refused block leaves the builder unchanged")
			require.Greater(t, b.Size(), MaxBatchBytes-40*120)
			continue
		}
		require.NoError(t, err)
		require.LessOrEqual(t, b.Size(), MaxBatchBytes)
	}
}

func TestBuilderLayout(t *testing.T) {
	p := testParams()
	key := testKey(1)
	a, bAddr, c, d := common.Address{0xa}, common.Address{0xb}, common.Address{0xc}, common.Address{0xd}
	legacy := txSpec{typ: 0}
	cheap := txSpec{typ: 2, tip: big.NewInt(1), cap: big.NewInt(gwei)}
	var items []Item
	var nonce uint64
	add := func(to common.Address, f txSpec) {
		f.to, f.nonce = to, nonce
		nonce++
		items = append(items, Item{Tx: signTx(t, key, f)})
	}
	// d once; b twice; a three times. Legacy fees used 2×, cheap 4×.
	add(d, legacy)
	add(bAddr, cheap)
	add(a, cheap)
	add(bAddr, legacy)
	add(a, cheap)
	add(a, cheap)
	_ = c
	data, err := EncodeBatch(p, p.Genesis(), []Block{{Number: 1, Timestamp: p.GenesisTimestamp, Items: items}})
	require.NoError(t, err)
	dec, err := DecodeBatch(p, data)
	require.NoError(t, err)
	require.Equal(t, []common.Address{a, bAddr}, dec.Dict, "used twice or more, most used first")
	require.Len(t, dec.Fees, 2)
	require.Equal(t, uint8(DynamicFeeTxType), dec.Fees[0].Type, "the most used fee entry first")
	require.Equal(t, uint8(LegacyTxType), dec.Fees[1].Type)
	require.Equal(t, RecordBlock, dec.Records[0].Kind)
	require.Equal(t, -1, dec.Records[1].DictIndex, "single use is inline")
	require.Equal(t, 1, dec.Records[2].DictIndex)
	require.Equal(t, 0, dec.Records[3].DictIndex)
	require.Equal(t, 1, dec.Records[1].FeeIndex)
	require.Equal(t, 0, dec.Records[2].FeeIndex)
	for i, rec := range dec.Records[1:] {
		require.Equal(t, items[i].Tx.Hash(), rec.Tx.Hash())
		require.Equal(t, addrOf(key), rec.Sender)
	}
	// The fee entries are packed right after the table, records after them.
	h := dec.Header
	require.Equal(t, h.FeeBase()+feeEntryLen(&dec.Fees[0])+feeEntryLen(&dec.Fees[1]), h.RecordsStart)
}

func TestBuilderRejects(t *testing.T) {
	p := testParams()
	key := testKey(1)
	to := common.Address{1}
	good := signTx(t, key, txSpec{typ: 2, to: to})
	dep := &Deposit{Index: 0, Recipient: to, Amount: u256(1)}
	g := p.Genesis()
	ts := g.Timestamp
	cases := []struct {
		name  string
		block Block
		err   error
	}{
		{"block number skips", Block{Number: 2, Timestamp: ts}, ErrBlockSequence},
		{"block number repeats", Block{Number: 0, Timestamp: ts}, ErrBlockSequence},
		{"timestamp goes back", Block{Number: 1, Timestamp: ts - 1}, ErrBlockTimestamp},
		{"deposit out of sequence", Block{Number: 1, Timestamp: ts, Items: []Item{{Deposit: &Deposit{Index: 1, Amount: u256(1)}}}}, ErrDepositSequence},
		{"empty item", Block{Number: 1, Timestamp: ts, Items: []Item{{}}}, ErrBadItem},
		{"item with both", Block{Number: 1, Timestamp: ts, Items: []Item{{Deposit: dep, Tx: good}}}, ErrBadItem},
		{"other chain", Block{Number: 1, Timestamp: ts, Items: []Item{{Tx: signTx(t, key, txSpec{typ: 2, chainID: 5, to: to})}}}, ErrInvalidChainID},
		{"gas limit 2^32", Block{Number: 1, Timestamp: ts, Items: []Item{{Tx: signTx(t, key, txSpec{typ: 2, gas: 1 << 32, to: to})}}}, ErrGasLimitTooHigh},
		{"high s", Block{Number: 1, Timestamp: ts, Items: []Item{{Tx: func() *types.Transaction {
			_, r, s := good.RawSignatureValues()
			v, _, _ := good.RawSignatureValues()
			return withSig(t, good, r, new(big.Int).Sub(secp256k1N.ToBig(), s), 1-byte(v.Uint64()))
		}()}}}, ErrHighS},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := NewBatchBuilder(p, g)
			require.ErrorIs(t, b.Add(c.block), c.err)
			require.Equal(t, 8, b.Size())
			require.Zero(t, b.Blocks())
		})
	}

	t.Run("block larger than a batch", func(t *testing.T) {
		blk := Block{Number: 1, Timestamp: ts}
		for i := 0; i < 1500; i++ {
			var a common.Address
			a[0], a[1] = byte(i), byte(i>>8)
			blk.Items = append(blk.Items, Item{Tx: signTx(t, key, txSpec{typ: 2, nonce: uint64(i), to: a})})
		}
		b := NewBatchBuilder(p, g)
		require.ErrorIs(t, b.Add(blk), ErrBlockTooLarge)
		_, err := EncodeBatch(p, g, []Block{blk})
		require.ErrorIs(t, err, ErrBlockTooLarge)
	})
	t.Run("more than 255 fee entries", func(t *testing.T) {
		b := NewBatchBuilder(p, g)
		blk := Block{Number: 1, Timestamp: ts}
		for i := 0; i < 256; i++ {
			blk.Items = append(blk.Items, Item{Tx: signTx(t, key, txSpec{typ: 2, nonce: uint64(i), gas: 21000 + uint64(i), to: to})})
		}
		require.ErrorIs(t, b.Add(blk), ErrBlockTooLarge)
		blk.Items = blk.Items[:255]
		require.NoError(t, b.Add(blk))
		next := Block{Number: 2, Timestamp: ts, Items: []Item{{Tx: signTx(t, key, txSpec{typ: 2, nonce: 255, gas: 99999, to: to})}}}
		require.ErrorIs(t, b.Add(next), ErrBatchFull)
	})
}

func TestDecodeRoundTrip(t *testing.T) {
	p := testParams()
	for seed := int64(30); seed < 33; seed++ {
		blocks, deposits := randomChain(t, p, seed, 150)
		data, err := EncodeBatch(p, p.Genesis(), blocks)
		require.NoError(t, err)
		dec, err := DecodeBatch(p, data)
		require.NoError(t, err)
		// Records tile the data.
		off := dec.Header.RecordsStart
		for _, r := range dec.Records {
			require.Equal(t, off, r.Offset)
			require.Greater(t, r.End, r.Offset)
			off = r.End
		}
		require.Equal(t, len(data), off)
		got, err := dec.Blocks(p.Genesis(), func(i uint64) (Deposit, bool) { return deposits[i], true })
		require.NoError(t, err)
		require.Len(t, got, len(blocks))
		for i := range blocks {
			require.Equal(t, blocks[i].Number, got[i].Number)
			require.Equal(t, blocks[i].Timestamp, got[i].Timestamp)
			require.Len(t, got[i].Items, len(blocks[i].Items))
			for j, it := range blocks[i].Items {
				if it.Deposit != nil {
					require.Equal(t, *it.Deposit, *got[i].Items[j].Deposit)
					continue
				}
				require.Equal(t, it.Tx.Hash(), got[i].Items[j].Tx.Hash())
				want, err := ValidateTx(p, it.Tx)
				require.NoError(t, err)
				sender, err := ValidateTx(p, got[i].Items[j].Tx)
				require.NoError(t, err)
				require.Equal(t, want, sender)
			}
		}
		// Re-encoding the decoded blocks gives the same bytes.
		again, err := EncodeBatch(p, p.Genesis(), got)
		require.NoError(t, err)
		require.Equal(t, data, again)
		require.Equal(t, countTransfers(blocks), dec.Transfers())
	}
}

func countTransfers(blocks []Block) int {
	n := 0
	for _, b := range blocks {
		for _, it := range b.Items {
			if it.Tx != nil {
				n++
			}
		}
	}
	return n
}

func TestDecodeBatchErrors(t *testing.T) {
	p := testParams()
	key := testKey(1)
	to := common.Address{1}
	tx := signTx(t, key, txSpec{typ: 2, to: to})
	rec := recordOf(t, tx, 0)
	fee := feeOf(tx)
	v, r, s := tx.RawSignatureValues()
	ru, _ := uint256.FromBig(r)
	su, _ := uint256.FromBig(s)
	par := byte(v.Uint64())
	val := u256(1e15)
	block := []byte{0, 1}

	cases := []struct {
		name string
		raw  rawBatch
		err  error
	}{
		{"record before the first block", rawBatch{fees: [][]byte{fee}, records: rec}, ErrRecordBeforeBlock},
		{"truncated transfer", rawBatch{fees: [][]byte{fee}, records: append(append([]byte{}, block...), rec[:50]...)}, ErrTruncated},
		{"truncated block", rawBatch{records: []byte{0, 0xff, 1}}, ErrTruncated},
		{"transfer without fee entries", rawBatch{records: append(append([]byte{}, block...), rec...)}, ErrNoFeeEntries},
		{"bad amount", rawBatch{fees: [][]byte{fee}, records: append(append(append([]byte{}, block...), 2), append(to[:], 0, 0xfe, 0xff)...)}, ErrBadAmountCode},
		{"dictionary index", rawBatch{fees: [][]byte{fee}, records: append(append([]byte{}, block...), transferRecord(3, nil, 0, val, ru, su, par)...)}, ErrDictIndex},
		{"bad fee entry", rawBatch{fees: [][]byte{feeBytes(1, 21000, u256(1), u256(2*gwei))}, records: append(append([]byte{}, block...), rec...)}, ErrTxTypeNotSupported},
		{"undecodable fee entry", rawBatch{fees: [][]byte{fee}, offsets: []uint16{60000}, records: block}, ErrBadFeeEntry},
		{"high s", rawBatch{fees: [][]byte{fee}, records: append(append([]byte{}, block...), transferRecord(2, &to, 0, val, ru, new(uint256.Int).AddUint64(secp256k1HalfN, 1), par)...)}, ErrHighS},
		{"r = 0", rawBatch{fees: [][]byte{fee}, records: append(append([]byte{}, block...), transferRecord(2, &to, 0, val, new(uint256.Int), su, par)...)}, ErrInvalidSig},
		{"bad header", rawBatch{fees: [][]byte{fee}, recordsStart: 1}, ErrBadRecordsStart},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := DecodeBatch(p, c.raw.bytes())
			require.ErrorIs(t, err, c.err)
		})
	}
	_, err := DecodeBatch(p, make([]byte, 3))
	require.ErrorIs(t, err, ErrBatchTooShort)

	// Blocks needs every deposit and a block first.
	data, err := EncodeBatch(p, p.Genesis(), []Block{{Number: 1, Timestamp: p.GenesisTimestamp, Items: []Item{{Deposit: &Deposit{Index: 0, Recipient: to, Amount: u256(1)}}}}})
	require.NoError(t, err)
	dec, err := DecodeBatch(p, data)
	require.NoError(t, err)
	_, err = dec.Blocks(p.Genesis(), func(uint64) (Deposit, bool) { return Deposit{}, false })
	require.ErrorIs(t, err, ErrDepositUnavailable)
	prev := p.Genesis()
	prev.Timestamp = ^uint64(0)
	dec.Records[0].TimeDelta = 1
	_, err = dec.Blocks(prev, func(i uint64) (Deposit, bool) { return Deposit{Index: i}, true })
	require.ErrorIs(t, err, ErrTimestampOverflow)
}

// TestBlockSizerBounds: the sizer's bound is never below the real encoding of
// the block alone, and Fits stops before a block could not be batched.
func TestBlockSizerBounds(t *testing.T) {
	p := testParams()
	blocks, _ := randomChain(t, p, 41, 300)
	for _, blk := range blocks {
		s := NewBlockSizer()
		for _, it := range blk.Items {
			if it.Tx != nil {
				require.True(t, s.Fits(it.Tx))
				s.AddTx(it.Tx)
			} else {
				require.True(t, s.FitsDeposit())
				s.AddDeposit()
			}
		}
		prev := L2State{BlockNumber: blk.Number - 1, Timestamp: 0, DepositsConsumed: firstDeposit(blk)}
		b := NewBatchBuilder(p, prev)
		require.NoError(t, b.Add(blk))
		require.LessOrEqual(t, b.Size(), s.Bound())
	}

	// Fill a block until Fits says no: the block still encodes alone.
	key := testKey(2)
	s := NewBlockSizer()
	blk := Block{Number: 1, Timestamp: p.GenesisTimestamp}
	for i := 0; ; i++ {
		var to common.Address
		to[0], to[1] = byte(i), byte(i>>8)
		tx := signTx(t, key, txSpec{typ: 2, nonce: uint64(i) * 1000, to: to, value: big.NewInt(int64(i)*7919 + 1)})
		if !s.Fits(tx) {
			break
		}
		s.AddTx(tx)
		blk.Items = append(blk.Items, Item{Tx: tx})
	}
	b := NewBatchBuilder(p, p.Genesis())
	require.NoError(t, b.Add(blk))
	require.Greater(t, len(blk.Items), 1000)
	require.Equal(t, FeeEntryOf(blk.Items[0].Tx), mustTransfer(t, p, blk.Items[0].Tx).fee)
}

// TestBlockSizerTokenCalls fills a block with token calls of full 32-byte
// amounts over many tokens (a fee entry each) until Fits says no: the block
// still encodes alone, and the bound is above its size.
func TestBlockSizerTokenCalls(t *testing.T) {
	p := testParams()
	key := testKey(3)
	s := NewBlockSizer()
	blk := Block{Number: 1, Timestamp: p.GenesisTimestamp}
	huge := new(uint256.Int).Sub(new(uint256.Int).Lsh(u256(1), 255), u256(12345))
	for i := 0; ; i++ {
		var to, token common.Address
		to[0], to[1] = byte(i), byte(i>>8)
		token[0], token[19] = 0x70, byte(i%200)
		sel := TransferSelector
		if i%3 == 0 {
			sel = WithdrawSelector
		}
		tx := signTx(t, key, txSpec{typ: 2, nonce: uint64(i), gas: TokenGas, to: token, data: callData(sel, to, huge)})
		if !s.Fits(tx) {
			break
		}
		s.AddTx(tx)
		blk.Items = append(blk.Items, Item{Tx: tx})
	}
	b := NewBatchBuilder(p, p.Genesis())
	require.NoError(t, b.Add(blk), "the sizer let the block grow past what a batch holds")
	require.LessOrEqual(t, b.Size(), s.Bound())
	require.Greater(t, len(blk.Items), 200)
	require.Equal(t, FeeEntryOf(blk.Items[1].Tx), mustTransfer(t, p, blk.Items[1].Tx).fee)
}

func firstDeposit(b Block) uint64 {
	for _, it := range b.Items {
		if it.Deposit != nil {
			return it.Deposit.Index
		}
	}
	return 0
}

func mustTransfer(t *testing.T, p *Params, tx *types.Transaction) transfer {
	tr, err := transferFromTx(p, tx)
	require.NoError(t, err)
	return tr
}

// TestEmptyBlockCost: an empty block is one block record of two bytes (tag
// and Δt) when it follows the previous block by less than 128 s; an idle
// chain seals one every EmptyBlockTime.
func TestEmptyBlockCost(t *testing.T) {
	p := testParams()
	b := NewBatchBuilder(p, p.Genesis())
	ts := p.GenesisTimestamp
	for n := uint64(1); n <= 1000; n++ {
		if n%3 == 0 {
			ts++ // a mix of same-second and next-second blocks
		}
		size := b.Size()
		require.NoError(t, b.Add(Block{Number: n, Timestamp: ts}))
		require.Equal(t, 2, b.Size()-size, "empty block %d", n)
	}
	got, err := DecodeBatch(p, b.Encode())
	require.NoError(t, err)
	require.Len(t, got.Records, 1000)
}
