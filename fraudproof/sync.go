package fraudproof

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/fraudproof/derive"
	"github.com/rollup-dev/rollup/fraudproof/fpdb"
	"github.com/rollup-dev/rollup/fraudproof/solver"
	"github.com/rollup-dev/rollup/fraudproof/verify"
	"github.com/rollup-dev/rollup/l1client/contracts"
)

// apply processes the events of one range in log order: the chain and the
// games change in memory and the same changes are committed with the new
// cursor. On error the caller reloads the chain from the database.
func (s *Service) apply(ctx context.Context, rng *derive.Range) error {
	// Read every batch's data first: a failed read leaves nothing changed.
	data, err := s.fetchData(ctx, rng)
	if err != nil {
		return err
	}
	s.needReload = true // until the range is applied and committed
	u := &fpdb.Update{Cursor: rng.To, Blocks: rng.Blocks}
	for i := range rng.Events {
		ev := &rng.Events[i]
		l := &ev.Log
		switch {
		case ev.Deposit != nil || ev.TokenDeposit != nil || ev.Forced != nil:
			d, _, _, err := ev.QueueEntry()
			if err != nil {
				return fmt.Errorf("L1 block %d: %w", l.BlockNumber, err)
			}
			if err := s.chain.AddDeposit(d); err != nil {
				return err
			}
			u.Deposits = append(u.Deposits, fpdb.Deposit{Deposit: d, L1Block: l.BlockNumber})

		case ev.Appended != nil:
			row, err := s.appendBatch(ev, data[i])
			if err != nil {
				return err
			}
			u.Ops = append(u.Ops, fpdb.BatchOp{Append: row})

		case ev.Reverted != nil:
			from := ev.Reverted.FromIndex
			if err := s.chain.Revert(from); err != nil {
				return err
			}
			s.logger.Warn("batches reverted", zap.Uint64("from_index", from), zap.Uint64("previous_next", ev.Reverted.PreviousNextIndex),
				zap.Uint64("l1_block", l.BlockNumber))
			u.Ops = append(u.Ops, fpdb.BatchOp{Revert: &fpdb.Revert{FromIndex: from, Block: l.BlockNumber}})

		case ev.GameOpened != nil:
			e := ev.GameOpened
			g := &game{Game: fpdb.Game{ID: e.Id.Uint64(), BatchIndex: e.BatchIndex, BatchHash: e.BatchHash,
				Challenger: e.Challenger, Proposer: e.Proposer, NumSteps: e.NumSteps, OpenedBlock: l.BlockNumber, Status: "active"}}
			s.games[g.ID] = g
			u.Games = append(u.Games, g.Game)
			if s.party(g) != "" {
				s.logger.Info("game opened", zap.Uint64("game", g.ID), zap.Uint64("batch", g.BatchIndex),
					zap.Stringer("challenger", g.Challenger), zap.Stringer("proposer", g.Proposer), zap.Uint64("steps", g.NumSteps),
					zap.String("our_side", s.party(g)), zap.Uint64("l1_block", l.BlockNumber))
			}

		case ev.GameResolved != nil:
			id := ev.GameResolved.Id.Uint64()
			st := solver.Status(ev.GameResolved.Status).String()
			u.Resolved = append(u.Resolved, fpdb.Resolved{ID: id, Status: st, Block: l.BlockNumber})
			if g, ok := s.games[id]; ok {
				g.Status = st
				s.gameEnded(g)
			}
		}
	}
	if err := s.store.Commit(ctx, u); err != nil {
		return err
	}
	s.cursor = rng.To
	s.needReload = false
	return nil
}

// fetchData reads the data of every batch appended in the range, by event
// position; nil for a batch not posted by a direct appendBatch call.
func (s *Service) fetchData(ctx context.Context, rng *derive.Range) (map[int][]byte, error) {
	out := map[int][]byte{}
	for i := range rng.Events {
		ev := &rng.Events[i]
		if ev.Appended == nil {
			continue
		}
		e, l := ev.Appended, &ev.Log
		if crypto.Keccak256Hash(l.Data) != common.Hash(e.BatchHash) {
			return nil, fmt.Errorf("batch %d: record hash mismatch in block %d", e.Index, l.BlockNumber)
		}
		data, err := s.reader.BatchData(ctx, l.TxHash, l.BlockNumber, e.Info)
		switch {
		case errors.Is(err, derive.ErrNoBlobSource):
			s.alarmUnavailable(e.Index, common.Hash(e.BatchHash), l, "ALARM: a blob batch was appended and this agent has no beacon API "+
				"endpoint to read blobs from; it and every later batch cannot be verified. Restart it with --l1-beacon")
			data, err = nil, nil
		case errors.Is(err, derive.ErrNotAppendBatch):
			// The Rollup only accepts top-level appendBatch calls, so the L1
			// node lies or the batch was appended outside the protocol's rules.
			s.alarmUnavailable(e.Index, common.Hash(e.BatchHash), l, "ALARM: batch data unavailable: the transaction that appended it "+
				"is not a direct appendBatch call; it and every later batch cannot be verified. Check the L1 node; do not trust batches from here on")
			data, err = nil, nil
		}
		if err != nil {
			return nil, err
		}
		out[i] = data
	}
	return out, nil
}

// alarmUnavailable reports, once per batch (a range read again after a failed
// commit counts it once), that the data of batch index cannot be read.
func (s *Service) alarmUnavailable(index uint64, h common.Hash, l *types.Log, msg string) {
	if s.unavailable[h] {
		return
	}
	s.unavailable[h] = true
	s.metrics.unavailable.Inc()
	s.mu.Lock()
	s.status.DataUnavailable++
	s.mu.Unlock()
	s.logger.Error(msg, zap.Uint64("batch", index), zap.Stringer("tx", l.TxHash), zap.Uint64("l1_block", l.BlockNumber))
}

// appendBatch verifies a batch and returns its row.
func (s *Service) appendBatch(ev *contracts.Event, data []byte) (*fpdb.Batch, error) {
	e, l := ev.Appended, &ev.Log
	start := time.Now()
	b, err := s.chain.Append(verify.Record{Info: e.Info, Hash: e.BatchHash, Data: data})
	if err != nil {
		return nil, err
	}
	took := time.Since(start)
	s.metrics.verifySec.Observe(took.Seconds())
	s.metrics.steps.Add(float64(b.Steps))
	s.metrics.batches.WithLabelValues(b.Verdict.String()).Inc()
	s.metrics.nextBatch.Set(float64(s.chain.Next()))
	s.mu.Lock()
	s.status.Verified++
	s.mu.Unlock()
	fields := []zap.Field{zap.Uint64("batch", e.Index), zap.Stringer("proposer", e.Proposer), zap.Uint64("l1_block", l.BlockNumber),
		zap.Uint64("steps", b.Steps), zap.Uint64("claimed_steps", e.Info.NumSteps), zap.Duration("took", took)}
	switch b.Verdict {
	case verify.Valid:
		s.logger.Debug("batch verified", fields...)
	case verify.Invalid:
		s.logger.Warn("batch claim is wrong", append(fields, zap.String("reason", b.Reason))...)
	default:
		s.logger.Warn("batch cannot be verified", append(fields, zap.String("reason", b.Reason))...)
	}
	return &fpdb.Batch{L1Block: l.BlockNumber, LogIndex: l.Index, Index: e.Index, Hash: e.BatchHash, Info: l.Data,
		TxHash: l.TxHash, Data: data, Verdict: b.Verdict.String(), Reason: b.Reason, Steps: b.Steps, Changes: b.Changes()}, nil
}

// party returns the agent's side in a game it plays, or "".
func (s *Service) party(g *game) string {
	switch {
	case g.Challenger == g.Proposer:
		return ""
	case s.cfg.Challenge && g.Challenger == s.me:
		return "challenger"
	case s.cfg.Defend && g.Proposer == s.me:
		return "proposer"
	}
	return ""
}

// gameEnded records the end of a game the agent played.
func (s *Service) gameEnded(g *game) {
	side := s.party(g)
	if side == "" || g.resolvedSeen {
		return
	}
	g.resolvedSeen = true
	result := "lost"
	if chain.ParseGameStatus(g.Status).Winner() == side {
		result = "won"
	}
	s.metrics.gamesEnded.WithLabelValues(side, result).Inc()
	s.mu.Lock()
	switch result {
	case "won":
		s.status.GamesWon++
	case "lost":
		s.status.GamesLost++
	}
	s.mu.Unlock()
	log := s.logger.Info
	if result == "lost" {
		log = s.logger.Warn
	}
	log("game ended", zap.Uint64("game", g.ID), zap.Uint64("batch", g.BatchIndex), zap.String("our_side", side),
		zap.String("result", result), zap.String("status", g.Status))
}
