package chaindb

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/store"
)

// InsertTokens records registered tokens; a token seen again keeps its row.
func InsertTokens(ctx context.Context, tx pgx.Tx, ts []chain.Token) error {
	for i := range ts {
		t := &ts[i]
		_, err := tx.Exec(ctx, `INSERT INTO l2_tokens (l1_token, l2_token, name, symbol, decimals, l1_block_number)
			VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (l1_token) DO NOTHING`,
			t.L1[:], t.L2[:], t.Name, t.Symbol, int16(t.Decimals), int64(t.L1BlockNumber))
		if err != nil {
			return fmt.Errorf("recording token %s: %w", t.L1, err)
		}
	}
	return nil
}

const tokenColumns = `l1_token, l2_token, name, symbol, decimals, l1_block_number`

func scanToken(row pgx.Row) (*chain.Token, error) {
	var (
		t      chain.Token
		l1, l2 []byte
		dec    int16
		block  int64
	)
	if err := row.Scan(&l1, &l2, &t.Name, &t.Symbol, &dec, &block); err != nil {
		return nil, store.MapError(err)
	}
	t.L1, t.L2 = common.BytesToAddress(l1), common.BytesToAddress(l2)
	t.Decimals, t.L1BlockNumber = uint8(dec), uint64(block)
	return &t, nil
}

// TokenByL2 returns the token whose L2 address is l2Token, store.ErrNotFound
// if none is registered.
func TokenByL2(ctx context.Context, q Querier, l2Token common.Address) (*chain.Token, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	t, err := scanToken(q.QueryRow(ctx, `SELECT `+tokenColumns+` FROM l2_tokens WHERE l2_token = $1`, l2Token[:]))
	if err != nil {
		return nil, fmt.Errorf("reading token %s: %w", l2Token, err)
	}
	return t, nil
}

// Tokens returns every registered token, in registration order.
func Tokens(ctx context.Context, q Querier) ([]chain.Token, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	rows, err := q.Query(ctx, `SELECT `+tokenColumns+` FROM l2_tokens ORDER BY l1_block_number, l1_token`)
	if err != nil {
		return nil, fmt.Errorf("reading tokens: %w", err)
	}
	defer rows.Close()
	var out []chain.Token
	for rows.Next() {
		t, err := scanToken(rows)
		if err != nil {
			return nil, fmt.Errorf("reading tokens: %w", err)
		}
		out = append(out, *t)
	}
	return out, rows.Err()
}
