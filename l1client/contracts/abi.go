package contracts

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/rollup-dev/rollup/contracts/bindings"
	"github.com/rollup-dev/rollup/l2"
)

// The L1 contracts' call packers and unpackers. They build and read call
// data only; signing and sending is the transaction manager's.
var (
	Rollup = bindings.NewRollup()
	Bridge = bindings.NewBridge()
	Game   = bindings.NewChallengeGame()
	Prover = bindings.NewOneStepProver()
	// ERC20 packs and unpacks the standard ERC-20 methods and events (the
	// DevToken's ABI is exactly the standard one plus mint).
	ERC20 = bindings.NewDevToken()
)

// The contracts' ABI records under the names the services use. They are the
// generated types themselves, so a value read from L1 goes back unchanged.
type (
	// BatchInfo is the Rollup's record of a batch; keccak(EncodeInfo(info))
	// is the hash the Rollup stores.
	BatchInfo = bindings.BatchInfo
	// BatchHeader is appendBatch's first argument.
	BatchHeader = bindings.BatchHeader
	// BlobHead is what appendBlobBatches reads a blob batch's header from.
	BlobHead = bindings.BlobHead
	// BatchContext is what the OneStepProver needs of a batch record.
	BatchContext = bindings.BatchContext
	// ABIState is an L2 state (a batch boundary) in ABI form.
	ABIState = bindings.L2State
	// ABIMachine is a machine state in ABI form.
	ABIMachine = bindings.MachineState
	// ABIWitness is a one-step proof witness in ABI form.
	ABIWitness = bindings.Witness
	// ABIStateProof is a state tree proof in ABI form.
	ABIStateProof = bindings.StateProof
	// ABIForcedTx is a forced transaction in ABI form.
	ABIForcedTx = bindings.ForcedTx
	// StepOutput is the OneStepProver's executeStep answer.
	StepOutput = bindings.ExecuteStepOutput
	// GameRecord is the ChallengeGame's record of one game.
	GameRecord = bindings.ChallengeGameGame
	// RollupConfig is the Rollup's constructor configuration.
	RollupConfig = bindings.RollupConfig
)

// The decoded events.
type (
	DepositQueued          = bindings.BridgeDepositQueued
	TokenDepositQueued     = bindings.BridgeTokenDepositQueued
	TokenRegistered        = bindings.BridgeTokenRegistered
	TransactionForced      = bindings.BridgeTransactionForced
	WithdrawalClaimed      = bindings.BridgeWithdrawalClaimed
	TokenWithdrawalClaimed = bindings.BridgeTokenWithdrawalClaimed
	BatchAppended          = bindings.RollupBatchAppended
	BatchesReverted        = bindings.RollupBatchesReverted
	GameOpened             = bindings.ChallengeGameGameOpened
	GameResolved           = bindings.ChallengeGameGameResolved
)

// The contracts' ABIs.
var (
	RollupABI = Rollup.GetABI()
	BridgeABI = Bridge.GetABI()
	GameABI   = Game.GetABI()
	ProverABI = Prover.GetABI()
)

// The topics of the events the services follow.
var (
	TopicBatchAppended          = RollupABI.Events["BatchAppended"].ID
	TopicBatchesReverted        = RollupABI.Events["BatchesReverted"].ID
	TopicDepositQueued          = BridgeABI.Events["DepositQueued"].ID
	TopicTokenDepositQueued     = BridgeABI.Events["TokenDepositQueued"].ID
	TopicTokenRegistered        = BridgeABI.Events["TokenRegistered"].ID
	TopicTransactionForced      = BridgeABI.Events["TransactionForced"].ID
	TopicWithdrawalClaimed      = BridgeABI.Events["WithdrawalClaimed"].ID
	TopicTokenWithdrawalClaimed = BridgeABI.Events["TokenWithdrawalClaimed"].ID
	TopicGameOpened             = GameABI.Events["GameOpened"].ID
	TopicGameResolved           = GameABI.Events["GameResolved"].ID
)

// Event is one decoded log of the followed events; exactly one field besides
// Log is set.
type Event struct {
	Log          types.Log
	Deposit      *DepositQueued
	TokenDeposit *TokenDepositQueued
	Token        *TokenRegistered
	Forced       *TransactionForced
	Appended     *BatchAppended
	Reverted     *BatchesReverted
	GameOpened   *GameOpened
	GameResolved *GameResolved
}

// Decode decodes one of the followed events; nil for any other log. It does
// not check the log's address: the caller knows which contract it follows.
func Decode(l *types.Log) (*Event, error) {
	if len(l.Topics) == 0 {
		return nil, nil
	}
	if err := WellFormed(l); err != nil {
		return nil, err
	}
	ev := &Event{Log: *l}
	var err error
	switch l.Topics[0] {
	case TopicBatchAppended:
		ev.Appended, err = Rollup.UnpackBatchAppendedEvent(l)
	case TopicBatchesReverted:
		ev.Reverted, err = Rollup.UnpackBatchesRevertedEvent(l)
	case TopicDepositQueued:
		ev.Deposit, err = Bridge.UnpackDepositQueuedEvent(l)
	case TopicTokenDepositQueued:
		ev.TokenDeposit, err = Bridge.UnpackTokenDepositQueuedEvent(l)
	case TopicTokenRegistered:
		ev.Token, err = Bridge.UnpackTokenRegisteredEvent(l)
	case TopicTransactionForced:
		ev.Forced, err = Bridge.UnpackTransactionForcedEvent(l)
	case TopicGameOpened:
		ev.GameOpened, err = Game.UnpackGameOpenedEvent(l)
	case TopicGameResolved:
		ev.GameResolved, err = Game.UnpackGameResolvedEvent(l)
	default:
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return ev, nil
}

// ErrMalformedLog: a log whose topics do not fit its event's signature.
var ErrMalformedLog = errors.New("malformed log")

// indexedTopics is how many topics each followed event has (its signature and
// one per indexed input).
var indexedTopics = func() map[common.Hash]int {
	out := map[common.Hash]int{}
	for _, a := range []abi.ABI{RollupABI, BridgeABI, GameABI} {
		for _, e := range a.Events {
			n := 1
			for _, in := range e.Inputs {
				if in.Indexed {
					n++
				}
			}
			out[e.ID] = n
		}
	}
	return out
}()

// WellFormed checks that a log of one of the contracts' events has the
// event's number of topics. The generated unpackers leave an indexed field
// nil when its topic is missing, which a lying L1 node could serve: every
// unpack of a log read from L1 goes through Decode or checks this first.
func WellFormed(l *types.Log) error {
	if len(l.Topics) == 0 {
		return fmt.Errorf("%w: no topics", ErrMalformedLog)
	}
	if want, ok := indexedTopics[l.Topics[0]]; ok && len(l.Topics) != want {
		return fmt.Errorf("%w: %d topics, the event has %d", ErrMalformedLog, len(l.Topics), want)
	}
	return nil
}

// Unpack runs a generated event unpacker on l once WellFormed accepts it.
func Unpack[T any](l *types.Log, unpack func(*types.Log) (T, error)) (T, error) {
	if err := WellFormed(l); err != nil {
		var zero T
		return zero, err
	}
	return unpack(l)
}

// QueueTopics are the topics of the Bridge events that add an entry to the L1
// queue (docs/protocol.md §4).
var QueueTopics = []common.Hash{TopicDepositQueued, TopicTokenDepositQueued, TopicTransactionForced}

// ErrQueueEntryRange: a queue event whose index or amount is out of range
// (which the Bridge never emits).
var ErrQueueEntryRange = errors.New("queue event out of range")

// QueueEntry returns the L1 queue entry a DepositQueued, TokenDepositQueued or
// TransactionForced event announces, and the L1 account that queued it; ok
// is false for other events.
func (ev *Event) QueueEntry() (d l2.Deposit, from common.Address, ok bool, err error) {
	switch {
	case ev.Deposit != nil:
		e := ev.Deposit
		if e.Amount == nil || e.Index == nil { // a log with fewer topics than the event's indexed fields
			return d, from, true, fmt.Errorf("%w: deposit without an index or amount", ErrQueueEntryRange)
		}
		amount, overflow := uint256.FromBig(e.Amount)
		if overflow || e.Amount.Sign() <= 0 || !e.Index.IsUint64() {
			return d, from, true, fmt.Errorf("%w: deposit %s", ErrQueueEntryRange, e.Index)
		}
		return l2.Deposit{Index: e.Index.Uint64(), Recipient: e.Recipient, Amount: amount, L1Timestamp: e.Timestamp}, e.From, true, nil
	case ev.TokenDeposit != nil:
		e := ev.TokenDeposit
		if e.Amount == nil || e.Index == nil {
			return d, from, true, fmt.Errorf("%w: token deposit without an index or amount", ErrQueueEntryRange)
		}
		amount, overflow := uint256.FromBig(e.Amount)
		if overflow || e.Amount.Sign() <= 0 || !e.Index.IsUint64() || e.L1Token == (common.Address{}) {
			return d, from, true, fmt.Errorf("%w: token deposit %s", ErrQueueEntryRange, e.Index)
		}
		return l2.Deposit{Index: e.Index.Uint64(), Recipient: e.Recipient, Amount: amount, L1Timestamp: e.Timestamp, Token: e.L1Token}, e.From, true, nil
	case ev.Forced != nil:
		e := ev.Forced
		if e.Index == nil {
			return d, from, true, fmt.Errorf("%w: forced transaction without an index", ErrQueueEntryRange)
		}
		f, okf := ForcedTxFromABI(e.Forced)
		if !okf || !e.Index.IsUint64() {
			return d, from, true, fmt.Errorf("%w: forced transaction %s", ErrQueueEntryRange, e.Index)
		}
		return l2.Deposit{Index: e.Index.Uint64(), Amount: new(uint256.Int), L1Timestamp: e.Timestamp, Forced: &f}, e.From, true, nil
	}
	return d, from, false, nil
}

// ErrNotAppendBatch: calldata that is not a Rollup.appendBatch call.
var ErrNotAppendBatch = errors.New("not a Rollup.appendBatch call")

// DecodeAppendBatch decodes the calldata of Rollup.appendBatch(header, data).
func DecodeAppendBatch(input []byte) (BatchHeader, []byte, error) {
	m := RollupABI.Methods["appendBatch"]
	if len(input) < 4 || [4]byte(input[:4]) != [4]byte(m.ID) {
		return BatchHeader{}, nil, ErrNotAppendBatch
	}
	args, err := m.Inputs.Unpack(input[4:])
	if err != nil || len(args) != 2 {
		return BatchHeader{}, nil, fmt.Errorf("%w: %v", ErrNotAppendBatch, err)
	}
	h, ok := abi.ConvertType(args[0], new(BatchHeader)).(*BatchHeader)
	data, ok2 := args[1].([]byte)
	if !ok || !ok2 {
		return BatchHeader{}, nil, ErrNotAppendBatch
	}
	return *h, data, nil
}

var (
	infoArgs   = RollupABI.Events["BatchAppended"].Inputs.NonIndexed()
	headerArgs = abi.Arguments{{Type: RollupABI.Methods["appendBatch"].Inputs[0].Type}}
)

// EncodeHeader returns abi.encode(h) of a batch header.
func EncodeHeader(h BatchHeader) ([]byte, error) {
	return headerArgs.Pack(h)
}

// DecodeHeader is the inverse of EncodeHeader.
func DecodeHeader(b []byte) (BatchHeader, error) {
	return decodeOne[BatchHeader](headerArgs, b, "batch header")
}

// EncodeInfo returns abi.encode(info), whose keccak is the batch's stored
// hash (it is also BatchAppended's data).
func EncodeInfo(info BatchInfo) ([]byte, error) {
	return infoArgs.Pack(info)
}

// DecodeInfo is the inverse of EncodeInfo.
func DecodeInfo(b []byte) (BatchInfo, error) {
	return decodeOne[BatchInfo](infoArgs, b, "batch record")
}

// decodeOne decodes abi.encode of one value of type T.
func decodeOne[T any](args abi.Arguments, b []byte, what string) (T, error) {
	var zero T
	out, err := args.Unpack(b)
	if err != nil || len(out) != 1 {
		return zero, fmt.Errorf("decoding %s: %v", what, err)
	}
	v, ok := abi.ConvertType(out[0], new(T)).(*T)
	if !ok {
		return zero, fmt.Errorf("decoding %s: unexpected type", what)
	}
	return *v, nil
}

// RevertError returns err with the name and arguments of the contract error
// its revert data carries, when it carries one of the contracts' errors;
// otherwise err unchanged.
func RevertError(err error) error {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return err
	}
	var raw []byte
	switch v := de.ErrorData().(type) {
	case string:
		raw = common.FromHex(v)
	case []byte:
		raw = v
	}
	if len(raw) < 4 {
		return err
	}
	for _, unpack := range []func([]byte) (any, error){Rollup.UnpackError, Bridge.UnpackError, Game.UnpackError, Prover.UnpackError} {
		if v, uerr := unpack(raw); uerr == nil {
			return fmt.Errorf("%w: %T%+v", err, v, v)
		}
	}
	return err
}
