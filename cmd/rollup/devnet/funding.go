package devnet

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"go.uber.org/zap"
	"golang.org/x/sync/errgroup"

	"github.com/rollup-dev/rollup/l1client/devkeys"
	"github.com/rollup-dev/rollup/userflow"
)

// Funding is one dev account's L2 funding: a Bridge deposit on L1.
type Funding struct {
	Account devkeys.Account
	Amount  *big.Int
	Index   uint64      // deposit queue index
	L1Tx    common.Hash // the deposit's L1 transaction
}

var ether = big.NewInt(params.Ether)

func ethers(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

// serviceKeyFunding is what the proposer and challenger get on an external L1:
// bonds and gas for a long time.
var serviceKeyFunding = ethers(100)

// fundServiceKeys pays the proposer and challenger keys (and the dev accounts
// that lack L1 funds, as on geth --dev where only one account is funded)
// from the funder key on an external L1.
func (d *Devnet) fundServiceKeys(ctx context.Context) error {
	flows := userflow.NewL1(d.l1Client, nil)
	from := addressOf(d.funder())
	type need struct {
		to     common.Address
		amount *big.Int
	}
	var needs []need
	for _, a := range []devkeys.Account{d.proposer, d.challenger} {
		needs = append(needs, need{a.Address, serviceKeyFunding})
	}
	// A dev account needs its L2 funding plus gas for a while.
	userNeed := new(big.Int).Add(d.cfg.L2Funding, ethers(100))
	for _, a := range d.users {
		if a.Address == from {
			continue
		}
		bal, err := d.l1Client.BalanceAt(ctx, a.Address, nil)
		if err != nil {
			return fmt.Errorf("devnet: reading the L1 balance of %s: %w", a.Address, err)
		}
		if bal.Cmp(userNeed) < 0 {
			needs = append(needs, need{a.Address, new(big.Int).Sub(userNeed, bal)})
		}
	}
	// Send every transfer at once with consecutive nonces, then wait for all.
	var (
		todo []need
		txs  []*types.Transaction
	)
	for _, n := range needs {
		bal, err := d.l1Client.BalanceAt(ctx, n.to, nil)
		if err != nil {
			return fmt.Errorf("devnet: reading the L1 balance of %s: %w", n.to, err)
		}
		if bal.Cmp(n.amount) < 0 {
			todo = append(todo, n)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	chainID, err := d.l1Client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("devnet: reading the L1 chain ID: %w", err)
	}
	nonce, err := d.l1Client.PendingNonceAt(ctx, from)
	if err != nil {
		return fmt.Errorf("devnet: reading the nonce of %s: %w", from, err)
	}
	head, err := d.l1Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("devnet: reading the L1 head: %w", err)
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(tip, big.NewInt(params.GWei))
	if head.BaseFee != nil {
		feeCap.Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	}
	signer := types.LatestSignerForChainID(chainID)
	for i, n := range todo {
		to := n.to
		tx, err := types.SignNewTx(d.funder(), signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce + uint64(i),
			GasTipCap: tip, GasFeeCap: feeCap, Gas: 21_000, To: &to, Value: n.amount})
		if err != nil {
			return err
		}
		if err := d.l1Client.SendTransaction(ctx, tx); err != nil {
			return fmt.Errorf("devnet: funding %s on L1 from %s (give --l1-key a funded account): %w", n.to, from, err)
		}
		txs = append(txs, tx)
	}
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for i, tx := range txs {
		r, err := flows.WaitReceipt(wctx, tx.Hash())
		if err != nil {
			return fmt.Errorf("devnet: funding %s on L1: %w", todo[i].to, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("devnet: funding %s on L1 failed (tx %s)", todo[i].to, tx.Hash())
		}
		d.log.Info("funded on L1", zap.Stringer("account", todo[i].to), zap.String("amount", userflow.FormatAmount(todo[i].amount)))
	}
	return nil
}

// fund deposits L2Funding from each dev account to itself through the Bridge,
// skipping accounts that deposited before (a resumed devnet), and waits until
// the sequencer has credited every deposit on L2.
func (d *Devnet) fund(ctx context.Context) error {
	if d.cfg.L2Funding.Sign() == 0 {
		return nil
	}
	senders := make([]common.Address, len(d.users))
	for i, a := range d.users {
		senders[i] = a.Address
	}
	prior, err := d.l1Flows.Deposits(ctx, senders...)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	done := map[common.Address]bool{}
	var last uint64
	for _, p := range prior {
		if p.Recipient == p.From {
			done[p.From] = true
		}
		last = max(last, p.Index.Uint64())
	}
	var todo []devkeys.Account
	for _, a := range d.users {
		if !done[a.Address] {
			todo = append(todo, a)
		}
	}
	if len(todo) > 0 {
		d.log.Info("funding dev accounts on L2 through Bridge deposits", zap.Int("accounts", len(todo)),
			zap.String("each", userflow.FormatAmount(d.cfg.L2Funding)))
		results := make([]Funding, len(todo))
		g, gctx := errgroup.WithContext(ctx)
		for i, a := range todo {
			g.Go(func() error {
				dctx, cancel := context.WithTimeout(gctx, 2*time.Minute)
				defer cancel()
				dep, err := d.l1Flows.Deposit(dctx, a.Key, a.Address, d.cfg.L2Funding)
				if err != nil {
					return fmt.Errorf("devnet: funding %s: %w", a.Address, err)
				}
				results[i] = Funding{Account: a, Amount: dep.Amount, Index: dep.Index, L1Tx: dep.Tx.Hash()}
				return nil
			})
		}
		if err := g.Wait(); err != nil {
			return err
		}
		d.funded = results
		for _, r := range results {
			last = max(last, r.Index)
		}
	}
	tokLast, tokOK, err := d.fundTokens(ctx)
	if err != nil {
		return err
	}
	if tokOK {
		last = max(last, tokLast)
	} else if len(todo) == 0 && len(prior) == 0 {
		return nil
	}
	l2, err := userflow.DialL2(ctx, d.seq.URL())
	if err != nil {
		return err
	}
	defer l2.Close()
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	st, err := l2.WaitDeposit(wctx, last, nil)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	d.log.Info("dev accounts funded on L2", zap.Uint64("deposits_consumed", uint64(st.DepositsConsumed)), zap.Uint64("l2_block", uint64(st.Latest.Number)))
	return nil
}
