package l2

import (
	"errors"
	"fmt"
)

// Transaction admission errors (§2.1). Their messages are the ones Ethereum
// clients and libraries know; the sequencer returns them over JSON-RPC. The
// step machine reports the same errors as the reason a record is skipped.
var (
	ErrTxTypeNotSupported = errors.New("transaction type not supported")
	ErrInvalidChainID     = errors.New("invalid chain id")
	ErrUnprotectedTx      = errors.New("only replay-protected (EIP-155) transactions allowed over RPC")
	ErrContractCreation   = errors.New("contract creation not supported")
	ErrDataNotSupported   = errors.New("transaction data not supported: the only calls are transfer(address,uint256) and withdraw(address,uint256) on a token address")
	// ErrTokenCallValue: a token call that also sends ETH.
	ErrTokenCallValue         = errors.New("token calls must not send ETH (value must be 0)")
	ErrAccessListNotSupported = errors.New("access list not supported")
	ErrIntrinsicGas           = errors.New("intrinsic gas too low")
	ErrGasLimitTooHigh        = errors.New("exceeds block gas limit") // geth's message: MaxGasLimit is the block gas limit
	ErrTipAboveFeeCap         = errors.New("max priority fee per gas higher than max fee per gas")
	ErrFeeCapTooLow           = errors.New("max fee per gas less than block base fee")
	ErrNegativeValue          = errors.New("negative value")
	ErrValueVeryHigh          = errors.New("value higher than 2^256-1")
	ErrFeeCapVeryHigh         = errors.New("max fee per gas higher than 2^256-1")
	ErrTipVeryHigh            = errors.New("max priority fee per gas higher than 2^256-1")
	// ErrInvalidSig: r or s out of range, or a bad v / y-parity.
	ErrInvalidSig = errors.New("invalid transaction v, r, s values")
	// ErrHighS: s above secp256k1n/2 (a malleable signature). It wraps
	// ErrInvalidSig.
	ErrHighS = fmt.Errorf("%w: s above secp256k1n/2", ErrInvalidSig)
	// ErrInvalidSender: the signature does not recover a public key.
	ErrInvalidSender = errors.New("invalid sender")
)

// Execution errors (§2.3, §6.2 rules 4 and 5).
var (
	ErrNonceTooLow       = errors.New("nonce too low")
	ErrNonceTooHigh      = errors.New("nonce too high")
	ErrNonceMax          = errors.New("nonce has max value")
	ErrInsufficientFunds = errors.New("insufficient funds for gas * price + value")
	// ErrCostOverflow: 21000 × price or value + fee overflows 2^256. It wraps
	// ErrInsufficientFunds, since no balance can pay it.
	ErrCostOverflow = fmt.Errorf("%w: cost overflows uint256", ErrInsufficientFunds)
)

// Token call reverts (§2.4): the transaction is applied (fee and nonce taken,
// receipt status 0) but changes no token balance. They wrap ErrReverted.
var (
	ErrReverted               = errors.New("execution reverted")
	ErrTransferExceedsBalance = fmt.Errorf("%w: ERC20: transfer amount exceeds balance", ErrReverted)
	ErrTransferToZero         = fmt.Errorf("%w: ERC20: transfer to the zero address", ErrReverted)
	ErrWithdrawZero           = fmt.Errorf("%w: withdraw of zero", ErrReverted)
	ErrWithdrawToZero         = fmt.Errorf("%w: withdraw to the zero address", ErrReverted)
)

// Step machine reasons (§6.2) that are not transaction errors. The first group
// makes a record undecodable (outcome end).
var (
	ErrTruncated           = errors.New("record reads past the end of the batch")
	ErrBadAmountCode       = errors.New("bad amount code")
	ErrNoFeeEntries        = errors.New("transfer record in a batch without fee entries")
	ErrTimestampOverflow   = errors.New("block timestamp overflows 64 bits")
	ErrBlockNumberOverflow = errors.New("block number overflows 64 bits")

	// ErrDictIndex: a transfer names a dictionary address beyond the dictionary.
	ErrDictIndex = errors.New("recipient dictionary index out of range")
	// ErrBadFeeEntry: a transfer's fee entry does not decode within the batch.
	ErrBadFeeEntry = errors.New("fee entry undecodable")
	// ErrDepositLimit: a deposit record beyond the deposits queued when the
	// batch was appended.
	ErrDepositLimit = errors.New("deposit record beyond the deposit queue")
	// ErrDepositUnavailable: the batch context's deposit source lacks a deposit
	// below the deposit limit. This is a fault of the caller, not an outcome
	// of the protocol.
	ErrDepositUnavailable = errors.New("deposit missing from the deposit source")
)

// Batch errors: the data header checks of appendBatch (§5.2), the encoder and
// the strict decoder.
var (
	ErrBatchTooShort     = errors.New("batch shorter than its 8-byte header")
	ErrBatchTooLarge     = errors.New("batch larger than MAX_BATCH_BYTES")
	ErrBadVersion        = errors.New("unknown batch codec version")
	ErrBadRecordsStart   = errors.New("records start outside the batch")
	ErrBatchFull         = errors.New("block does not fit in the batch")
	ErrBlockTooLarge     = errors.New("block does not fit in an empty batch")
	ErrBlockSequence     = errors.New("block number does not follow the previous block")
	ErrBlockTimestamp    = errors.New("block timestamp before the previous block's")
	ErrDepositSequence   = errors.New("deposit index does not follow the previous deposit")
	ErrBadItem           = errors.New("block item must hold exactly one of a deposit or a transaction")
	ErrRecordBeforeBlock = errors.New("record before the first block record")
)
