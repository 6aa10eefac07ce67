package engine

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l2"
)

// Params returns the chain parameters.
func (e *Engine) Params() *l2.Params { return &e.cfg.Params }

// Account returns addr's balance and nonce in the current state (after every
// executed transaction, committed or about to be).
func (e *Engine) Account(addr common.Address) (*big.Int, uint64) {
	key := l2.AccountKey(addr)
	e.stateMu.RLock()
	a, b, _ := e.state.Tree().Get(key)
	e.stateMu.RUnlock()
	return a.ToBig(), b.Uint64()
}

// TokenBalance returns owner's balance of the L2 token in the current state.
func (e *Engine) TokenBalance(token, owner common.Address) *big.Int {
	key := l2.BalanceKey(token, owner)
	e.stateMu.RLock()
	a, _, _ := e.state.Tree().Get(key)
	e.stateMu.RUnlock()
	return a.ToBig()
}

// TokenSupply returns the L2 supply of the token in the current state, and
// whether a consumed deposit created it.
func (e *Engine) TokenSupply(token common.Address) (*big.Int, bool) {
	key := l2.TokenKey(token)
	e.stateMu.RLock()
	a, _, ok := e.state.Tree().Get(key)
	e.stateMu.RUnlock()
	return a.ToBig(), ok
}

// Heads returns the newest durable sealed block and the durable part of the
// open block (nil if none).
func (e *Engine) Heads() (latest chain.Block, open *chain.Block) {
	v := e.view.Load()
	return v.latest, v.open
}

// DurableSeq returns the sequence number of the newest committed transaction.
func (e *Engine) DurableSeq() uint64 { return e.view.Load().durableSeq }

// DepositsConsumed returns the number of deposits consumed by durable blocks.
func (e *Engine) DepositsConsumed() uint64 { return e.view.Load().consumed }

// RecentTx returns a copy of a recently acknowledged transaction, nil if not
// in memory. Its BlockHash is zero while its block is open.
func (e *Engine) RecentTx(h common.Hash) *chain.Tx {
	return e.recent.get(h, e.view.Load().latest.Number)
}

// SealedState returns a read-only copy of the state as of the newest sealed
// block and that block's number. Callers must not modify it.
func (e *Engine) SealedState() (*l2.State, uint64) {
	s := e.sealedState.Load()
	return s.state, s.block
}

// Pending returns the number of transactions admitted and not yet executed,
// and of those waiting for an earlier nonce (approximate).
func (e *Engine) Pending() int { return len(e.inbox) }
