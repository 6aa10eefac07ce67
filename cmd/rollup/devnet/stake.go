package devnet

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/internal/poll"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/txmgr"
	"github.com/rollup-dev/rollup/userflow"
)

// stakeKeeper tops the proposer's stake up to the proposer bond whenever it
// falls below it, as an operator would after a lost dispute slashed it: the
// devnet's chain then goes on after a fault-injected batch is reverted.
type stakeKeeper struct {
	d     *Devnet
	mgr   *txmgr.Manager
	bond  *big.Int
	every time.Duration
	log   *zap.Logger

	cancel context.CancelFunc
	wg     sync.WaitGroup
}

func (d *Devnet) startStakeKeeper(mgr *txmgr.Manager) {
	k := &stakeKeeper{d: d, mgr: mgr, bond: d.dep.ProposerBond.Big(),
		every: max(d.cfg.L1BlockTime, 500*time.Millisecond), log: d.log.Named("stake")}
	ctx, cancel := context.WithCancel(context.Background())
	k.cancel = cancel
	k.wg.Add(1)
	go k.loop(ctx)
	d.onStop("stake keeper", func(context.Context) error { cancel(); k.wg.Wait(); return nil })
}

func (k *stakeKeeper) loop(ctx context.Context) {
	defer k.wg.Done()
	poll.Every(ctx, k.every, func() {
		if err := k.runOnce(ctx); err != nil && ctx.Err() == nil {
			k.log.Warn("keeping the proposer's stake", zap.Error(err))
		}
	})
}

func (k *stakeKeeper) runOnce(ctx context.Context) error {
	rctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	to := k.d.dep.Contracts.Rollup
	out, err := k.d.l1Client.CallContract(rctx, ethereum.CallMsg{To: &to, Data: contracts.Rollup.PackStakeOf(k.d.proposer.Address)}, nil)
	if err != nil {
		return fmt.Errorf("reading the stake: %w", err)
	}
	st, err := contracts.Rollup.UnpackStakeOf(out)
	if err != nil {
		return err
	}
	if st.Amount.Cmp(k.bond) >= 0 {
		return nil
	}
	top := new(big.Int).Sub(k.bond, st.Amount)
	k.log.Warn("the proposer's stake is below the bond (slashed by a lost dispute): topping it up",
		zap.String("stake", userflow.FormatAmount(st.Amount)), zap.String("deposit", userflow.FormatAmount(top)))
	sctx, cancel2 := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel2()
	r, err := k.mgr.Send(sctx, txmgr.Candidate{To: &to, Data: contracts.Rollup.PackDepositStake(), Value: top,
		Key: fmt.Sprintf("devnet-restake-%d-%s", st.LastBatch, st.Amount)})
	if err != nil {
		return fmt.Errorf("depositing stake: %w", err)
	}
	k.log.Info("proposer stake restored", zap.Stringer("tx", r.TxHash), zap.Uint64("l1_block", r.BlockNumber.Uint64()))
	return nil
}
