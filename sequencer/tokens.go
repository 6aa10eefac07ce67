package sequencer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/chaindb"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/sequencer/rpc"
)

// tokenCache holds every registered token by L2 address. It is read from the
// database once and then kept current by the deposit follower, which records
// registrations; registrations are never undone, so admission and eth_call
// never need the database for it.
type tokenCache struct {
	mu     sync.RWMutex
	loaded bool
	known  map[common.Address]*chain.Token
}

// errUnknownToken answers a call to an address that is no bridged token.
var errUnknownToken = errors.New("unknown token")

func (c *tokenCache) get(ctx context.Context, q chaindb.Querier, l2Token common.Address) (*chain.Token, error) {
	c.mu.RLock()
	loaded, t := c.loaded, c.known[l2Token]
	c.mu.RUnlock()
	if !loaded {
		all, err := chaindb.Tokens(ctx, q)
		if err != nil {
			return nil, err
		}
		c.mu.Lock()
		if !c.loaded {
			for i := range all {
				c.addLocked(&all[i])
			}
			c.loaded = true
		}
		t = c.known[l2Token]
		c.mu.Unlock()
	}
	if t == nil {
		return nil, fmt.Errorf("%w: %s is not a bridged token (tokens become known at their first deposit on L1)", errUnknownToken, l2Token)
	}
	return t, nil
}

// add records tokens registered on L1.
func (c *tokenCache) add(ts []chain.Token) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := range ts {
		c.addLocked(&ts[i])
	}
}

func (c *tokenCache) addLocked(t *chain.Token) {
	if c.known == nil {
		c.known = map[common.Address]*chain.Token{}
	}
	if _, ok := c.known[t.L2]; !ok {
		tt := *t
		c.known[t.L2] = &tt
	}
}

// Token returns the registered token at L2 address l2Token, nil if there is
// none (rpc.Backend).
func (b *backend) Token(ctx context.Context, l2Token common.Address) (*chain.Token, error) {
	t, err := b.s.tokens.get(ctx, b.s.pool, l2Token)
	if errors.Is(err, errUnknownToken) {
		return nil, nil
	}
	return t, err
}

// Tokens returns every registered token.
func (b *backend) Tokens(ctx context.Context) ([]chain.Token, error) {
	return chaindb.Tokens(ctx, b.s.pool)
}

// TokenBalance returns owner's current balance of the L2 token.
func (b *backend) TokenBalance(token, owner common.Address) (*big.Int, error) {
	eng, err := b.engine()
	if err != nil {
		return nil, err
	}
	return eng.TokenBalance(token, owner), nil
}

// TokenSupply returns the current L2 supply of the token.
func (b *backend) TokenSupply(token common.Address) (*big.Int, error) {
	eng, err := b.engine()
	if err != nil {
		return nil, err
	}
	s, _ := eng.TokenSupply(token)
	return s, nil
}

// TokenBalanceAt and TokenSupplyAt read the token history as of sealed block n.
func (b *backend) TokenBalanceAt(ctx context.Context, token, owner common.Address, n uint64) (*big.Int, error) {
	return b.leafAt(ctx, l2.BalanceKey(token, owner), n)
}

func (b *backend) TokenSupplyAt(ctx context.Context, token common.Address, n uint64) (*big.Int, error) {
	return b.leafAt(ctx, l2.TokenKey(token), n)
}

func (b *backend) leafAt(ctx context.Context, key common.Hash, n uint64) (*big.Int, error) {
	from, err := b.historyStart(ctx)
	if err != nil {
		return nil, err
	}
	v, err := chaindb.LeafAt(ctx, b.s.pool, from, key, n)
	if errors.Is(err, chaindb.ErrNoHistory) {
		return nil, rpc.ErrNoHistory
	}
	return v, err
}

// Logs returns the logs of sealed blocks from..to by one of addresses.
func (b *backend) Logs(ctx context.Context, from, to uint64, addresses []common.Address, limit int) ([]*types.Log, error) {
	txs, err := chaindb.LogTxs(ctx, b.s.pool, from, to, addresses, limit)
	if errors.Is(err, chaindb.ErrTooManyRows) {
		return nil, rpc.ErrTooManyLogs
	}
	if err != nil {
		return nil, err
	}
	out := make([]*types.Log, 0, len(txs))
	for _, t := range txs {
		if _, err := t.Decode(); err != nil {
			return nil, fmt.Errorf("decoding stored transaction %s: %w", t.Hash, err)
		}
		if l := t.Log(); l != nil {
			out = append(out, l)
		}
	}
	return out, nil
}

// errTokenTakesNoETH answers ETH sent to a token address.
var errTokenTakesNoETH = errors.New("token addresses take no ETH: send ETH to an account, or call transfer(address,uint256) on the token")

// checkTokenCall applies the stateful admission rules of tokens (protocol
// §2.4): a token call goes to a registered token, and ETH never does.
func (b *backend) checkTokenCall(tx *types.Transaction) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := b.s.tokens.get(ctx, b.s.pool, *tx.To())
	switch {
	case len(tx.Data()) != 0:
		return err
	case err == nil:
		return errTokenTakesNoETH
	case errors.Is(err, errUnknownToken):
		return nil
	}
	return err
}
