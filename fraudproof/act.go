package fraudproof

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/fraudproof/solver"
	"github.com/rollup-dev/rollup/fraudproof/verify"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/txmgr"
)

// act makes every move the agent can make now. now and headNum are the
// latest L1 block's timestamp and number.
func (s *Service) act(ctx context.Context, now, headNum uint64) {
	s.finalize(ctx, now)
	if s.cfg.Challenge {
		s.openChallenges(ctx, now)
	}
	s.playGames(ctx, now)
	s.forgetRetired()
	s.collect(ctx)
}

// forgetRetired drops the reverted batches that no active game is played on.
func (s *Service) forgetRetired() {
	open := map[common.Hash]bool{}
	for _, g := range s.games {
		if g.Status == "active" {
			open[g.BatchHash] = true
		}
	}
	for _, h := range s.chain.Retired() {
		if !open[h] {
			s.chain.Forget(h)
		}
	}
}

// deadline is the end of a batch's dispute window.
func (s *Service) deadline(b *verify.Batch) uint64 {
	return b.Info.L1Timestamp + s.cfg.Deployment.DisputeWindow
}

// wantChallenge reports whether the agent's role disputes batch b.
func (s *Service) wantChallenge(b *verify.Batch) bool {
	if b.Info.Proposer == s.me {
		return false // never dispute our own claim
	}
	if s.cfg.Dishonest {
		return b.Verdict == verify.Valid
	}
	return b.Verdict == verify.Invalid
}

// ownGame reports whether the agent already has an active game on the batch
// (the ChallengeGame allows one per challenger and batch).
func (s *Service) ownGame(hash common.Hash) bool {
	for _, g := range s.games {
		if g.BatchHash == hash && g.Challenger == s.me && g.Status == "active" {
			return true
		}
	}
	return false
}

func (s *Service) openChallenges(ctx context.Context, now uint64) {
	for _, b := range s.chain.Batches() {
		if !s.wantChallenge(b) || s.ownGame(b.Hash) {
			continue
		}
		if now+1 >= s.deadline(b) {
			if b.Verdict == verify.Invalid && !s.warned[b.Hash] {
				s.warned[b.Hash] = true
				s.metrics.windowMissed.Inc()
				s.logger.Error("dispute window of a wrong batch closed before it was challenged",
					zap.Uint64("batch", b.Info.Index), zap.String("reason", b.Reason))
			}
			continue
		}
		game := s.cfg.Deployment.Contracts.ChallengeGame
		s.launch("challenge", fmt.Sprintf("%s/challenge/%s", game.Hex(), b.Hash.Hex()), txmgr.Candidate{
			To: &game, Data: contracts.Game.PackChallenge(b.Info), Value: new(big.Int).Set(s.bond),
		}, zap.Uint64("batch", b.Info.Index), zap.String("reason", b.Reason), zap.Uint64("deadline", s.deadline(b)))
	}
}

// playGames re-reads every active game the agent is a party to and makes the
// move the solver decides.
func (s *Service) playGames(ctx context.Context, now uint64) {
	ids := make([]uint64, 0, len(s.games))
	for id, g := range s.games {
		if g.Status == "active" && s.party(g) != "" {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	active := 0
	for _, id := range ids {
		g := s.games[id]
		if err := s.playGame(ctx, g, now); err != nil {
			s.logger.Warn("playing game", zap.Uint64("game", id), zap.Error(err))
		}
		if g.Status == "active" {
			active++
		}
	}
	s.metrics.gamesActive.Set(float64(active))
	s.mu.Lock()
	s.status.ActiveGames = active
	s.mu.Unlock()
}

func (s *Service) playGame(ctx context.Context, g *game, now uint64) error {
	addr := s.cfg.Deployment.Contracts.ChallengeGame
	id := new(big.Int).SetUint64(g.ID)
	raw, err := s.call(ctx, addr, contracts.Game.PackGetGame(id))
	if err != nil {
		return err
	}
	onchain, err := contracts.Game.UnpackGetGame(raw)
	if err != nil {
		return err
	}
	sg := solver.FromABI(g.ID, onchain)
	g.deadline = sg.Deadline()
	if sg.Status != solver.StatusActive {
		return nil // GameResolved follows in the logs
	}
	view := solver.View{Now: now}
	b, held := s.chain.ByHash(sg.BatchHash)
	var tr verify.Trace
	if held && b.Verified() {
		if tr, err = s.chain.Trace(b); err != nil {
			return err
		}
		view.Trace = tr
	}
	var claims *claimHasher
	if s.party(g) == "proposer" && s.deps.Claims != nil {
		claims = newClaimHasher(ctx, s.deps.Claims, sg.BatchIndex, sg.BatchHash, s.cfg.RPCTimeout)
		if _, err := claims.state(0); err == nil {
			view.Trace = claims
		} else {
			s.logger.Debug("no claim of the batch from the proposer; playing the honest trace", zap.Uint64("batch", sg.BatchIndex), zap.Error(err))
			claims = nil
		}
	}
	a := solver.Decide(s.player, sg, view)
	if claims != nil && claims.err != nil {
		return fmt.Errorf("reading the proposer's claim: %w", claims.err)
	}
	if a.Kind == solver.None {
		return nil
	}
	if a.Kind == solver.Prove && tr == nil {
		return errors.New("no verified trace of the batch to prove a step")
	}
	hLo, hHi, mid := [32]byte(sg.HLo), [32]byte(sg.HHi), [32]byte(sg.Mid)
	prefix := fmt.Sprintf("%s/%s/%d", addr.Hex(), a.Kind, g.ID)
	fields := []zap.Field{zap.Uint64("game", g.ID), zap.Uint64("batch", sg.BatchIndex), zap.Uint64("lo", sg.Lo),
		zap.Uint64("hi", sg.Hi), zap.String("why", a.Why)}
	var (
		data []byte
		key  string
	)
	switch a.Kind {
	case solver.Bisect:
		data = contracts.Game.PackBisect(id, hLo, hHi, a.Hash)
		key = fmt.Sprintf("%s/%x/%x", prefix, hLo, hHi)
		fields = append(fields, zap.Uint64("mid", sg.MidStep()), zap.Stringer("hash", a.Hash))
	case solver.Respond:
		data = contracts.Game.PackRespond(id, hLo, hHi, mid, a.Agree)
		key = fmt.Sprintf("%s/%x/%x/%x", prefix, hLo, hHi, mid)
		fields = append(fields, zap.Uint64("mid", sg.MidStep()), zap.Bool("agree", a.Agree))
	case solver.Prove:
		if !held {
			return errors.New("no record of the game's batch")
		}
		pre, w, post, err := tr.Proof(a.At)
		if err != nil {
			return fmt.Errorf("building the proof of step %d: %w", a.At, err)
		}
		if pre.Hash() != sg.HLo {
			return fmt.Errorf("our state after %d steps is not the agreed one", a.At)
		}
		wins := post.Hash() != sg.HHi
		if s.party(g) == "proposer" {
			wins = !wins
		}
		if a.MustWin && !wins {
			return nil
		}
		data = contracts.Game.PackProveStep(id, b.Info, hHi, contracts.MachineState(pre), contracts.Witness(w))
		key = fmt.Sprintf("%s/%x", prefix, hHi)
		fields = append(fields, zap.Uint64("step", a.At), zap.Bool("expect_win", wins), zap.Int("chunks", len(w.Chunks)),
			zap.Int("state_proofs", len(w.StateProofs)))
	case solver.Timeout:
		data = contracts.Game.PackTimeout(id)
		key = prefix
	}
	s.launch(a.Kind.String(), key, txmgr.Candidate{To: &addr, Data: data}, fields...)
	return nil
}

// collect withdraws the agent's credit in the ChallengeGame.
func (s *Service) collect(ctx context.Context) {
	addr := s.cfg.Deployment.Contracts.ChallengeGame
	raw, err := s.call(ctx, addr, contracts.Game.PackCredit(s.me))
	if err != nil {
		s.logger.Debug("reading credit", zap.Error(err))
		return
	}
	credit, err := contracts.Game.UnpackCredit(raw)
	if err != nil || credit.Sign() == 0 {
		return
	}
	amount := new(big.Int).Set(credit)
	s.launchThen("withdraw", "", txmgr.Candidate{To: &addr, Data: contracts.Game.PackWithdraw()}, func() {
		f, _ := new(big.Float).SetInt(amount).Float64()
		s.metrics.withdrawnWei.Add(f)
	}, zap.Stringer("credit_wei", amount))
}

func (s *Service) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.RPCTimeout)
	defer cancel()
	return s.deps.L1.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
}

// maxRevertedRetries bounds how often a move whose transaction reverted is
// sent again: a revert can come from the game changing between the decision
// and the inclusion, and the next decision sees the game as it is, but a move
// that keeps reverting is not worth more of the agent's gas.
const maxRevertedRetries = 3

// launch sends c in the background unless the same action is in flight or
// failed recently. key, when not empty, makes the send idempotent across
// restarts (txmgr.Candidate.Key); the in-flight guard uses key or action.
func (s *Service) launch(action, key string, c txmgr.Candidate, fields ...zap.Field) {
	s.launchThen(action, key, c, nil, fields...)
}

func (s *Service) launchThen(action, key string, c txmgr.Candidate, onOK func(), fields ...zap.Field) {
	guard := key
	if guard == "" {
		guard = action
	}
	s.mu.Lock()
	if s.inflight[guard] || time.Now().Before(s.retryAt[guard]) {
		s.mu.Unlock()
		return
	}
	s.inflight[guard] = true
	if n := s.reverted[guard]; n > 0 && key != "" {
		// The move's transaction reverted: the key names a finished send, so
		// the move goes out again under a key of its own.
		key = fmt.Sprintf("%s/again-%d", key, n)
	}
	s.mu.Unlock()
	c.Key = key
	s.logger.Info("sending "+action, fields...)
	s.sends.Add(1)
	go func() {
		defer s.sends.Done()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		go func() {
			select {
			case <-s.sendStop:
				cancel()
			case <-ctx.Done():
			}
		}()
		start := time.Now()
		r, err := s.sender.Send(ctx, c)
		outcome := "confirmed"
		switch {
		case errors.Is(err, txmgr.ErrReverted):
			outcome = "reverted"
		case err != nil:
			outcome = "failed"
		}
		s.metrics.actions.WithLabelValues(action, outcome).Inc()
		s.mu.Lock()
		delete(s.inflight, guard)
		if err != nil {
			s.retryAt[guard] = time.Now().Add(s.cfg.RetryAfter)
		}
		if outcome == "reverted" && s.reverted[guard] < maxRevertedRetries {
			s.reverted[guard]++
		}
		s.mu.Unlock()
		if err != nil {
			s.logger.Warn(action+" failed", append(fields, zap.Error(err))...)
			return
		}
		if onOK != nil {
			onOK()
		}
		s.logger.Info(action+" confirmed", append(fields, zap.Stringer("tx", r.TxHash), zap.Uint64("l1_block", r.BlockNumber.Uint64()),
			zap.Uint64("gas_used", r.GasUsed), zap.Duration("took", time.Since(start)))...)
	}()
}

// finalize treats batches whose window has passed with no game open as final:
// it stores a snapshot every SnapshotEvery of them and forgets them.
func (s *Service) finalize(ctx context.Context, now uint64) {
	open := map[common.Hash]bool{}
	for _, g := range s.games {
		if g.Status == "active" {
			open[g.BatchHash] = true
		}
	}
	last := int64(-1)
	for _, b := range s.chain.Batches() {
		if b.Verdict != verify.Valid || now < s.deadline(b) || open[b.Hash] {
			break
		}
		last = int64(b.Info.Index)
	}
	if last < 0 {
		return
	}
	final := uint64(last)
	if final+1 >= s.lastSnap+s.cfg.SnapshotEvery {
		st, l2s, err := s.chain.StateAfter(final)
		if err == nil {
			b, _ := s.chain.Batch(final)
			err = s.store.SaveSnapshot(ctx, final, b.Hash, l2s, st)
		}
		if err != nil {
			s.logger.Warn("saving snapshot", zap.Uint64("batch", final), zap.Error(err))
			return
		}
		s.lastSnap = final + 1
		s.metrics.snapshots.Inc()
		s.logger.Info("snapshot stored", zap.Uint64("after_batch", final), zap.Int("leaves", st.Tree().Len()))
	}
	// Keep a few final batches in memory; forget the rest.
	const keep = 4
	if final+1 > s.chain.Base()+keep {
		if err := s.chain.Prune(final + 1 - keep); err != nil {
			s.logger.Warn("pruning final batches", zap.Error(err))
		}
	}
}

// progress updates the status and logs it now and then.
func (s *Service) progress(head, now uint64) {
	st := Status{L1Head: head, L1Synced: s.cursor.Number, NextBatch: s.chain.Next(), Base: s.chain.Base()}
	var next uint64
	what := ""
	consider := func(t uint64, w string) {
		if t > now && (next == 0 || t < next) {
			next, what = t, w
		}
	}
	for _, b := range s.chain.Batches() {
		switch b.Verdict {
		case verify.Valid:
			st.Valid++
		case verify.Invalid:
			st.Invalid++
		default:
			st.Unverified++
		}
		consider(s.deadline(b), fmt.Sprintf("dispute window of batch %d", b.Info.Index))
	}
	for _, g := range s.games {
		if g.Status == "active" && s.party(g) != "" && g.deadline > 0 {
			consider(g.deadline, fmt.Sprintf("clock of game %d", g.ID))
		}
	}
	if next > 0 {
		st.NextDeadline = time.Duration(next-now) * time.Second
		st.NextDeadlineWhat = what
	}
	s.metrics.nextDeadline.Set(st.NextDeadline.Seconds())
	s.mu.Lock()
	st.Verified, st.ActiveGames, st.GamesWon, st.GamesLost = s.status.Verified, s.status.ActiveGames, s.status.GamesWon, s.status.GamesLost
	st.Reorgs, st.DataUnavailable = s.status.Reorgs, s.status.DataUnavailable
	st.Restored, st.Replayed = s.status.Restored, s.status.Replayed
	s.status = st
	s.mu.Unlock()
	if time.Since(s.lastLog) < s.cfg.ProgressInterval {
		return
	}
	s.lastLog = time.Now()
	msg := "in sync"
	if head > s.cursor.Number+s.cfg.Confirmations {
		msg = "syncing"
	}
	s.logger.Info(msg, zap.Uint64("l1_head", head), zap.Uint64("l1_synced", st.L1Synced),
		zap.Uint64("behind_blocks", head-min(head, st.L1Synced)), zap.Uint64("batches_verified", st.Verified),
		zap.Uint64("next_batch", st.NextBatch), zap.Int("invalid", st.Invalid), zap.Int("unverified", st.Unverified),
		zap.Int("active_games", st.ActiveGames), zap.Duration("next_deadline", st.NextDeadline), zap.String("deadline_of", st.NextDeadlineWhat),
		zap.Int("data_unavailable", st.DataUnavailable))
}

// claimHasher answers the solver's hashes from the proposer's ClaimSource;
// the first error is kept (the action is then not taken).
type claimHasher struct {
	state func(k uint64) (common.Hash, error)
	err   error
}

// newClaimHasher reads the machine states of batch (index, hash) from src,
// each call bounded by timeout within ctx (the one action's context).
func newClaimHasher(ctx context.Context, src ClaimSource, index uint64, hash common.Hash, timeout time.Duration) *claimHasher {
	return &claimHasher{state: func(k uint64) (common.Hash, error) {
		cctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		ms, err := src.MachineStateAt(cctx, index, hash, k)
		if err != nil {
			return common.Hash{}, err
		}
		return ms.Hash(), nil
	}}
}

func (c *claimHasher) HashAt(k uint64) common.Hash {
	h, err := c.state(k)
	if err != nil && c.err == nil {
		c.err = err
	}
	return h
}
