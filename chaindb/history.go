package chaindb

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/rollup-dev/rollup/l2"
)

// Account is an account's balance and nonce as of a block: the history rows
// a block's seal writes for every account the block changed.
type Account struct {
	Address common.Address
	Balance *big.Int
	Nonce   uint64
}

// AccountsOf returns the accounts of addrs as state holds them: a block's
// history rows. It only reads state's tree (not its key hasher), so it may
// run while others read the same state.
func AccountsOf(state *l2.State, addrs map[common.Address]struct{}) []Account {
	out := make([]Account, 0, len(addrs))
	for a := range addrs {
		bal, nonce, _ := state.Tree().Get(l2.AccountKey(a))
		out = append(out, Account{Address: a, Balance: bal.ToBig(), Nonce: nonce.Uint64()})
	}
	return out
}

// Leaf is a token leaf's value as of a block (a token balance or supply,
// l2.TokenLeaves): a block's token history row.
type Leaf struct {
	Key   common.Hash
	Value *big.Int
}

// LeavesOf returns the values of the token leaves keys as state holds them.
// Like AccountsOf it only reads state's tree.
func LeavesOf(state *l2.State, keys map[common.Hash]struct{}) []Leaf {
	out := make([]Leaf, 0, len(keys))
	for k := range keys {
		a, _, _ := state.Tree().Get(k)
		out = append(out, Leaf{Key: k, Value: a.ToBig()})
	}
	return out
}

const insertLeafHistory = `INSERT INTO l2_token_history (leaf_key, block_number, value)
SELECT k, $1, v FROM unnest($2::bytea[], $3::numeric[]) AS t(k, v)`

// queueLeafHistory adds the token history rows of block n to b.
func queueLeafHistory(b *pgx.Batch, n uint64, leaves []Leaf) {
	if len(leaves) == 0 {
		return
	}
	keys := make([][]byte, len(leaves))
	vals := make([]pgtype.Numeric, len(leaves))
	for i := range leaves {
		keys[i] = leaves[i].Key.Bytes()
		vals[i] = bigToNumeric(leaves[i].Value)
	}
	b.Queue(insertLeafHistory, int64(n), keys, vals)
}

// LeafAt returns the value of the token leaf key as of sealed block n (zero
// when no block up to n changed it).
func LeafAt(ctx context.Context, q Querier, historyFrom uint64, key common.Hash, n uint64) (*big.Int, error) {
	if n < historyFrom {
		return nil, fmt.Errorf("block %d: %w (it starts at block %d)", n, ErrNoHistory, historyFrom)
	}
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	var v pgtype.Numeric
	err := q.QueryRow(ctx, `SELECT value FROM l2_token_history
		WHERE leaf_key = $1 AND block_number <= $2 ORDER BY block_number DESC LIMIT 1`, key.Bytes(), int64(n)).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return new(big.Int), nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading token history at block %d: %w", n, err)
	}
	return numericToBig(v)
}

const insertHistory = `INSERT INTO l2_account_history (address, block_number, balance, nonce)
SELECT a, $1, b, n FROM unnest($2::bytea[], $3::numeric[], $4::bigint[]) AS t(a, b, n)`

// queueHistory adds the history rows of block n to b.
func queueHistory(b *pgx.Batch, n uint64, accounts []Account) {
	if len(accounts) == 0 {
		return
	}
	addrs := make([][]byte, len(accounts))
	bals := make([]pgtype.Numeric, len(accounts))
	nonces := make([]int64, len(accounts))
	for i := range accounts {
		a := &accounts[i]
		addrs[i] = a.Address.Bytes()
		bals[i] = bigToNumeric(a.Balance)
		nonces[i] = int64(a.Nonce)
	}
	b.Queue(insertHistory, int64(n), addrs, bals, nonces)
}

// ErrNoHistory: the block is older than the chain's account history (it was
// sealed before history was kept).
var ErrNoHistory = errors.New("no account history for this block")

// AccountAt returns addr's balance and nonce as of sealed block n (zero for
// an account no block up to n touched). historyFrom is the chain's first
// block with history (ChainRow.HistoryFrom).
func AccountAt(ctx context.Context, q Querier, historyFrom uint64, addr common.Address, n uint64) (*big.Int, uint64, error) {
	if n < historyFrom {
		return nil, 0, fmt.Errorf("block %d: %w (it starts at block %d)", n, ErrNoHistory, historyFrom)
	}
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	var (
		bal   pgtype.Numeric
		nonce int64
	)
	err := q.QueryRow(ctx, `SELECT balance, nonce FROM l2_account_history
		WHERE address = $1 AND block_number <= $2 ORDER BY block_number DESC LIMIT 1`, addr.Bytes(), int64(n)).Scan(&bal, &nonce)
	if errors.Is(err, pgx.ErrNoRows) {
		return new(big.Int), 0, nil
	}
	if err != nil {
		return nil, 0, fmt.Errorf("reading the history of %s at block %d: %w", addr, n, err)
	}
	v, err := numericToBig(bal)
	if err != nil {
		return nil, 0, err
	}
	return v, uint64(nonce), nil
}
