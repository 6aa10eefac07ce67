package devnet

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"go.uber.org/zap"
	"golang.org/x/sync/errgroup"

	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/userflow"
)

// deployDevToken deploys the DevToken from the proposer key (before the
// batcher uses that key), minting ten times the L2 token funding to each dev
// account on L1, and records the token in dep.
func (d *Devnet) deployDevToken(ctx context.Context, dep *deploy.Deployment) error {
	p := deploy.DevTokenParams()
	grant := new(big.Int).Mul(d.cfg.TokenFunding, big.NewInt(10))
	p.Supply = grant
	for _, a := range d.users {
		p.Holders = append(p.Holders, a.Address)
	}
	tok, err := deploy.DeployToken(ctx, d.l1Client, d.proposer.Key, p)
	if err != nil {
		return fmt.Errorf("devnet: deploying the DevToken: %w", err)
	}
	dep.DevToken = &tok
	d.tokenFresh = true
	d.log.Info("DevToken deployed on L1", zap.Stringer("token", tok), zap.String("symbol", p.Symbol),
		zap.String("each_account_on_l1", userflow.FormatTokenAmount(grant, p.Decimals, p.Symbol)))
	return nil
}

// fundTokens deposits TokenFunding of the DevToken from each dev account to
// itself, once, after the DevToken was deployed; it returns the last deposit
// index (ok false when nothing was deposited).
func (d *Devnet) fundTokens(ctx context.Context) (last uint64, ok bool, err error) {
	if !d.tokenFresh || d.dep.DevToken == nil {
		return 0, false, nil
	}
	p := deploy.DevTokenParams()
	d.log.Info("funding dev accounts with the DevToken on L2 through Bridge deposits", zap.Int("accounts", len(d.users)),
		zap.String("each", userflow.FormatTokenAmount(d.cfg.TokenFunding, p.Decimals, p.Symbol)))
	idx := make([]uint64, len(d.users))
	g, gctx := errgroup.WithContext(ctx)
	for i, a := range d.users {
		g.Go(func() error {
			dctx, cancel := context.WithTimeout(gctx, 2*time.Minute)
			defer cancel()
			dep, err := d.l1Flows.DepositToken(dctx, a.Key, *d.dep.DevToken, a.Address, d.cfg.TokenFunding)
			if err != nil {
				return fmt.Errorf("devnet: depositing the DevToken for %s: %w", a.Address, err)
			}
			idx[i] = dep.Index
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return 0, false, err
	}
	d.tokenFresh = false
	for _, i := range idx {
		last = max(last, i)
	}
	return last, len(idx) > 0, nil
}
