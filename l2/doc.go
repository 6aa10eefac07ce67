// Package l2 is the rollup's protocol core: the transaction rules, the state,
// the batch codec and the step machine of docs/protocol.md, as pure Go with no
// I/O. The sparse Merkle tree lives in the subpackage smt.
//
// Where each part of the specification lives:
//
//	§1 parameters, constants        params.go
//	§2 transactions, fees            tx.go (ValidateTx, FeeEntry), errors.go
//	§2.4 token calls                 tx.go (setCall), state.go (tokenTransfer, tokenWithdraw)
//	§3 state tree and proofs         smt/, keys.go (AccountKey, WithdrawalKey, BalanceKey, TokenAddress)
//	§2.3, §4 execution, deposits     state.go (State, ApplyTransfer, ApplyDeposit), forced.go
//	§5.1, §5.2 encodings, header     codec.go
//	§5.3 records, honest encoder     encode.go (BatchBuilder, EncodeBatch)
//	block size bound (sequencer)     blocksize.go (BlockSizer)
//	§5 strict decoding               decode.go (DecodeBatch)
//	§6 machine state, claim hashes   machine.go
//	§6.2 steps                       step.go (Step, Replay, Run, Trace)
//	§7 chunk commitment              chunks.go
//	§8 one-step proof witness        witness.go (StepWithWitness)
//
// # The step machine
//
// A batch runs in a BatchContext (parameters, data, deposit limit, deposit
// source) from the machine state Start(prev), cursor at recordsStart. Each
// step reads the record at the cursor and has one outcome:
//
//	cursor ≥ len(data) ─────────────────────────────▶ Halt   (no change)
//	record undecodable ─────────────────────────────▶ End    (cursor = len(data))
//	record decodes, fails a check ──────────────────▶ Skip   (cursor past record)
//	record decodes, passes every check ─────────────▶ Apply  (cursor past record, effect)
//	deposit source lacks a deposit below the limit ─▶ Fault  (no change; caller's bug)
//
// Invariants the code keeps and the tests check:
//
//   - Every byte string has a defined result: a step never panics, and
//     decoding never reads outside data (a short read is ErrTruncated).
//   - Every non-halting step moves the cursor forward by at least one byte,
//     so a batch halts after at most len(data) − recordsStart steps; once
//     halted, further steps change nothing.
//   - Only Apply changes the state, depositsConsumed, blockNumber or
//     timestamp; Skip and End change only the cursor. A skipped transfer
//     leaves the state untouched: every check runs before the first update.
//   - Supply is conserved: after every step, the sum of all balances and
//     withdrawal amounts equals the sum of the deposits consumed.
//   - blockNumber and timestamp never wrap: a block record that would
//     overflow either is undecodable.
//   - The checks of a transfer run in the order of §6.2 and the first failure
//     names the reason (Outcome.Reason, one of the sentinels of errors.go).
//     The same functions implement the sequencer's admission (ValidateTx,
//     State.ApplyTransfer), so a transaction the sequencer accepts is applied
//     by the step machine when it is encoded.
//   - Replay does not hash the state between steps; Step, Trace and
//     StepWithWitness do. All give the same machine states.
//
// A State, a BatchContext and a BatchBuilder are not safe for concurrent use.
// State.Copy gives independent snapshots in O(1).
package l2
