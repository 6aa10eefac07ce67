package fpdb_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/fraudproof/fpdb"
	"github.com/rollup-dev/rollup/internal/pgtest"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/store"
)

func hash(b byte) common.Hash { return common.BytesToHash([]byte{b}) }

func TestProgressRewindAndSnapshots(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.NewPool(t)
	s := fpdb.New(pool, "agent", 0)
	rollup := common.HexToAddress("0x1234")
	cur, err := s.Init(ctx, rollup, fpdb.BlockRef{Number: 9, Hash: hash(9)})
	require.NoError(t, err)
	require.Equal(t, uint64(9), cur.Number)
	_, err = s.Init(ctx, common.HexToAddress("0x9999"), fpdb.BlockRef{Number: 9, Hash: hash(9)})
	require.ErrorIs(t, err, fpdb.ErrOtherDeployment)

	batch := func(block uint64, index uint64, h byte) *fpdb.Batch {
		return &fpdb.Batch{L1Block: block, Index: index, Hash: hash(h), Info: []byte{h}, TxHash: hash(h), Data: []byte{1, 2}, Verdict: "valid"}
	}
	require.NoError(t, s.Commit(ctx, &fpdb.Update{
		Cursor:   fpdb.BlockRef{Number: 12, Hash: hash(12)},
		Blocks:   []fpdb.BlockRef{{Number: 10, Hash: hash(10)}, {Number: 11, Hash: hash(11)}},
		Deposits: []fpdb.Deposit{{Deposit: l2.Deposit{Index: 0, Recipient: common.HexToAddress("0x1"), Amount: uint256.NewInt(5)}, L1Block: 10}},
		Ops:      []fpdb.BatchOp{{Append: batch(10, 0, 0xa0)}, {Append: batch(11, 1, 0xa1)}},
		Games:    []fpdb.Game{{ID: 0, BatchIndex: 1, BatchHash: hash(0xa1), OpenedBlock: 11}},
	}))
	require.NoError(t, s.Commit(ctx, &fpdb.Update{
		Cursor:   fpdb.BlockRef{Number: 14, Hash: hash(14)},
		Blocks:   []fpdb.BlockRef{{Number: 13, Hash: hash(13)}},
		Ops:      []fpdb.BatchOp{{Revert: &fpdb.Revert{FromIndex: 1, Block: 13}}, {Append: batch(13, 1, 0xb1)}},
		Resolved: []fpdb.Resolved{{ID: 0, Status: "challenger_won", Block: 13}},
	}))
	cur, err = s.Init(ctx, rollup, fpdb.BlockRef{})
	require.NoError(t, err)
	require.Equal(t, fpdb.BlockRef{Number: 14, Hash: hash(14)}, cur)
	bs, err := s.CurrentBatches(ctx, 0)
	require.NoError(t, err)
	require.Len(t, bs, 2)
	require.Equal(t, hash(0xb1), bs[1].Hash)
	games, err := s.Games(ctx, true)
	require.NoError(t, err)
	require.Empty(t, games)

	// A snapshot after batch 0, with a few leaves.
	st := l2.NewState()
	for i := 0; i < 20; i++ {
		st.Tree().Set(hash(byte(i+1)), uint256.NewInt(uint64(i)), uint256.NewInt(7))
	}
	l2s := l2.L2State{StateRoot: st.Root(), DepositsConsumed: 1, BlockNumber: 2, Timestamp: 3}
	require.NoError(t, s.SaveSnapshot(ctx, 0, hash(0xa0), l2s, st))
	snap, err := s.LatestSnapshot(ctx)
	require.NoError(t, err)
	require.Equal(t, l2s, snap.L2)
	require.Equal(t, st.Root(), snap.State.Root())

	// A reorg back to block 11 undoes block 13: batch 1 is 0xa1 again and the
	// game active; back to block 10 drops batch 1 and the game.
	require.NoError(t, s.Rewind(ctx, fpdb.BlockRef{Number: 11, Hash: hash(11)}))
	bs, err = s.CurrentBatches(ctx, 0)
	require.NoError(t, err)
	require.Len(t, bs, 2)
	require.Equal(t, hash(0xa1), bs[1].Hash)
	games, err = s.Games(ctx, true)
	require.NoError(t, err)
	require.Len(t, games, 1)
	recent, err := s.RecentBlocks(ctx, 10)
	require.NoError(t, err)
	require.Equal(t, uint64(11), recent[0].Number)

	require.NoError(t, s.Rewind(ctx, fpdb.BlockRef{Number: 9, Hash: hash(9)}))
	bs, err = s.CurrentBatches(ctx, 0)
	require.NoError(t, err)
	require.Empty(t, bs)
	deps, err := s.Deposits(ctx)
	require.NoError(t, err)
	require.Empty(t, deps)
	_, err = s.LatestSnapshot(ctx)
	require.ErrorIs(t, err, store.ErrNotFound, "the snapshot's batch is gone")
}
