// Package fraudproof is the challenger and defender: an agent that rebuilds
// the L2 state from L1 alone, checks every batch claim, and plays the
// bisection game (docs/protocol.md §8) against every wrong claim and for every
// correct batch of its own key.
//
// A Service is one agent:
//
//	New ──▶ Start ──▶ loop every PollInterval:  ──▶ Stop (safe twice)
//	                   1. follow L1 (derive): deposits, batches and their
//	                      calldata, reverts, games; reorg-safe; progress and
//	                      verdicts committed to PostgreSQL with the cursor
//	                   2. verify each batch by replay (verify), and
//	                      store its checkpoint: the state leaves it changed
//	                   3. act: open a challenge on a wrong batch inside its
//	                      window; for each game it is a party to, re-read
//	                      the game on chain and make the move the solver
//	                      decides; time out, withdraw credit
//	                   4. snapshot the state after final batches; log progress
//
// Roles: Challenge plays the challenger's side (Dishonest: against correct
// batches, disagreeing with every midpoint, for demonstrations); Defend plays
// the proposer's side of games on batches its key proposed, with honest
// midpoint hashes (or the proposer's own claims, Deps.Claims). The agent never
// challenges a batch of its own key and never answers its own claim.
//
// Start loads the latest snapshot still current and rebuilds each stored
// batch after it from its checkpoint (verify.Chain.Restore) instead of
// executing it again; a batch without one, or whose checkpoint does not lead
// to its claimed root, is verified again. A game on a restored batch builds
// the batch's trace when it first needs it. A game still active on a batch
// that another game reverted is played to its end after a restart too: the
// reverted batch (and the reverted batches it builds on) is verified again
// from the stored rows (verify.Chain.AddRetired).
//
// Every transaction goes through one Sender (l1client/txmgr), with an
// idempotency key per move; moves name the segment hashes they answer, so a
// move made stale by a restart, a competitor or a reorg fails instead of
// landing on another game state. Sends run in the background; the loop
// re-reads the game before every move, so a confirmed move simply yields the
// next one.
package fraudproof
