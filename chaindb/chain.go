package chaindb

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/store"
)

// ChainRow holds the chain parameters a database was created with.
type ChainRow struct {
	ChainID          uint64
	BaseFee          *big.Int
	FeeRecipient     common.Address
	GenesisTimestamp uint64
	// GenesisAlloc is the JSON of the unbacked development allocation.
	GenesisAlloc json.RawMessage
	// HistoryFrom is the first block with account history (0 for chains
	// created with it).
	HistoryFrom uint64
}

// LoadChain returns the stored chain parameters, store.ErrNotFound on a
// database where no chain was created yet.
func LoadChain(ctx context.Context, q Querier) (*ChainRow, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	var (
		r       ChainRow
		id, gts int64
		fee     pgtype.Numeric
		rcpt    []byte
	)
	var from int64
	err := q.QueryRow(ctx, `SELECT chain_id, base_fee, fee_recipient, genesis_timestamp, genesis_alloc, history_from FROM l2_chain WHERE id = 1`).
		Scan(&id, &fee, &rcpt, &gts, &r.GenesisAlloc, &from)
	r.HistoryFrom = uint64(from)
	if err != nil {
		return nil, fmt.Errorf("reading chain parameters: %w", store.MapError(err))
	}
	r.ChainID, r.GenesisTimestamp = uint64(id), uint64(gts)
	r.FeeRecipient = common.BytesToAddress(rcpt)
	if r.BaseFee, err = numericToBig(fee); err != nil {
		return nil, fmt.Errorf("reading chain parameters: base fee: %w", err)
	}
	return &r, nil
}

// CreateChain records the chain parameters, the sealed genesis block and the
// history of its accounts in one transaction. It fails if a chain exists
// already.
func CreateChain(ctx context.Context, pool *pgxpool.Pool, r *ChainRow, genesis *chain.Block, accounts []Account) error {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	alloc := r.GenesisAlloc
	if len(alloc) == 0 {
		alloc = json.RawMessage("[]")
	}
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO l2_chain (chain_id, base_fee, fee_recipient, genesis_timestamp, genesis_alloc)
			VALUES ($1, $2, $3, $4, $5)`, int64(r.ChainID), bigToNumeric(r.BaseFee), r.FeeRecipient[:], int64(r.GenesisTimestamp), alloc); err != nil {
			return fmt.Errorf("recording chain parameters: %w", err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO l2_blocks (number, hash, parent_hash, timestamp, first_seq, tx_count, deposit_first, deposit_count, state_root, sealed_at)
			VALUES (0, $1, $2, $3, 1, 0, 0, 0, $4, now())`, genesis.Hash[:], genesis.ParentHash[:], int64(genesis.Timestamp), genesis.StateRoot[:]); err != nil {
			return fmt.Errorf("recording genesis block: %w", err)
		}
		var b pgx.Batch
		queueHistory(&b, 0, accounts)
		if b.Len() > 0 {
			if err := tx.SendBatch(ctx, &b).Close(); err != nil {
				return fmt.Errorf("recording the genesis accounts' history: %w", err)
			}
		}
		return nil
	})
}

func bigToNumeric(v *big.Int) pgtype.Numeric {
	return pgtype.Numeric{Int: new(big.Int).Set(v), Exp: 0, Valid: true}
}

func numericToBig(n pgtype.Numeric) (*big.Int, error) {
	if !n.Valid || n.NaN || n.InfinityModifier != pgtype.Finite {
		return nil, fmt.Errorf("not a finite number")
	}
	v := new(big.Int).Set(n.Int)
	if n.Exp > 0 {
		v.Mul(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n.Exp)), nil))
	} else if n.Exp < 0 {
		d := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n.Exp)), nil)
		q, m := new(big.Int).QuoRem(v, d, new(big.Int))
		if m.Sign() != 0 {
			return nil, fmt.Errorf("not an integer")
		}
		v = q
	}
	return v, nil
}
