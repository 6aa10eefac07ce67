// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// BatchContext is an auto generated low-level Go binding around an user-defined struct.
type BatchContext struct {
	ChunkRoot    [32]byte
	DataLen      uint32
	FeeCount     uint8
	AddrCount    uint16
	DepositLimit uint64
}

// BatchHeader is an auto generated low-level Go binding around an user-defined struct.
type BatchHeader struct {
	Index    uint64
	Prev     L2State
	Post     L2State
	NumSteps uint64
}

// BatchInfo is an auto generated low-level Go binding around an user-defined struct.
type BatchInfo struct {
	Index        uint64
	Proposer     common.Address
	L1Timestamp  uint64
	ChunkRoot    [32]byte
	DataLen      uint32
	RecordsStart uint32
	FeeCount     uint8
	AddrCount    uint16
	DepositLimit uint64
	NumSteps     uint64
	PrevClaim    [32]byte
	Post         L2State
	StartHash    [32]byte
	EndHash      [32]byte
}

// ChallengeGameGame is an auto generated low-level Go binding around an user-defined struct.
type ChallengeGameGame struct {
	BatchHash       [32]byte
	PrevClaim       [32]byte
	Challenger      common.Address
	BatchIndex      uint64
	Status          uint8
	Turn            uint8
	Proposer        common.Address
	Lo              uint64
	Hi              uint64
	ProposerClock   uint64
	ChallengerClock uint64
	LastMoveAt      uint64
	HLo             [32]byte
	HHi             [32]byte
	Mid             [32]byte
}

// ChunkProof is an auto generated low-level Go binding around an user-defined struct.
type ChunkProof struct {
	Index    uint32
	Data     []byte
	Siblings [][32]byte
}

// ForcedTx is an auto generated low-level Go binding around an user-defined struct.
type ForcedTx struct {
	TxType               uint8
	Nonce                uint64
	GasLimit             uint64
	MaxPriorityFeePerGas *big.Int
	MaxFeePerGas         *big.Int
	To                   common.Address
	Value                *big.Int
	R                    [32]byte
	Vs                   [32]byte
	Token                common.Address
}

// L2State is an auto generated low-level Go binding around an user-defined struct.
type L2State struct {
	StateRoot        [32]byte
	DepositsConsumed uint64
	BlockNumber      uint64
	Timestamp        uint64
}

// MachineState is an auto generated low-level Go binding around an user-defined struct.
type MachineState struct {
	StateRoot        [32]byte
	Cursor           uint64
	DepositsConsumed uint64
	BlockNumber      uint64
	Timestamp        uint64
}

// RollupConfig is an auto generated low-level Go binding around an user-defined struct.
type RollupConfig struct {
	Sequencer        common.Address
	ProposerBond     *big.Int
	DisputeWindow    uint64
	InclusionWindow  uint64
	EscapeWindow     uint64
	GenesisTimestamp uint64
}

// StateProof is an auto generated low-level Go binding around an user-defined struct.
type StateProof struct {
	Siblings    [][32]byte
	LeafPresent bool
	LeafKey     [32]byte
	LeafA       *big.Int
	LeafB       *big.Int
}

// Witness is an auto generated low-level Go binding around an user-defined struct.
type Witness struct {
	Chunks   []ChunkProof
	Proofs   []StateProof
	ForcedTx []byte
}

// BridgeMetaData contains all meta data concerning the Bridge contract.
var BridgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAX_METADATA_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"METADATA_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"l1Token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"l1Recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"name\":\"claimTokenWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"name\":\"claimWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"l2Recipient\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"depositAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"l2Recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositERC20\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"depositToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"txType\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPriorityFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"internalType\":\"structForcedTx\",\"name\":\"forced\",\"type\":\"tuple\"}],\"name\":\"forceTransaction\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"forcedTxHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"inclusionInfo\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIRollup\",\"name\":\"rollup_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"l2Token\",\"type\":\"address\"}],\"name\":\"l1TokenOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractIRollup\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"l1Token\",\"type\":\"address\"}],\"name\":\"tokenAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"l1Token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"tokenWithdrawalKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"withdrawalKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"DepositQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"rollup\",\"type\":\"address\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"l1Token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"TokenDepositQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"l1Token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"l2Token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"}],\"name\":\"TokenRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"l1Token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"TokenWithdrawalClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"txType\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPriorityFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"indexed\":false,\"internalType\":\"structForcedTx\",\"name\":\"forced\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"TransactionForced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"WithdrawalClaimed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"BatchNotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"DepositNotWholeGwei\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"DepositOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidWithdrawalProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenHasNoCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"l1Token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registered\",\"type\":\"address\"}],\"name\":\"TokenMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenTransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroDeposit\",\"type\":\"error\"}]",
	ID:  "0f63913e23f5606633e3d4f8c7c6313d17",
	Bin: "0x60a0604052348015600e575f5ffd5b50336080526080516120966100325f395f81816103a20152610bd801526120965ff3fe60806040526004361061011b575f3560e01c80639884e8011161009d578063d5f3948811610062578063d5f3948814610391578063e3fa6ccc146103c4578063f340fa01146103ef578063f6cba7c514610402578063fc7ff38d14610421575f5ffd5b80639884e801146102aa578063c14611c9146102c9578063c4d66de814610316578063cb23bcb514610335578063cc3c0f0614610353575f5ffd5b80633edf069b116100e35780633edf069b146101b75780635c4994b1146101f35780636215be771461023f5780636a119ee1146102735780637cd0e0ed14610289575f5ffd5b80631cad5a401461011f5780631f7979a2146101515780632dfdf0b51461016557806335c48dbf146101795780633dd8503314610198575b5f5ffd5b34801561012a575f5ffd5b5061013e6101393660046119d8565b610440565b6040519081526020015b60405180910390f35b34801561015c575f5ffd5b5061013e608081565b348015610170575f5ffd5b5060015461013e565b348015610184575f5ffd5b5061013e610193366004611a35565b610853565b3480156101a3575f5ffd5b5061013e6101b2366004611a6c565b6108ab565b3480156101c2575f5ffd5b506101d66101d1366004611ab4565b610925565b604080519283526001600160401b03909116602083015201610148565b3480156101fe575f5ffd5b5061022761020d366004611acb565b60056020525f90815260409020546001600160a01b031681565b6040516001600160a01b039091168152602001610148565b34801561024a575f5ffd5b50610227610259366004611ab4565b60036020525f90815260409020546001600160a01b031681565b34801561027e575f5ffd5b5061013e620186a081565b348015610294575f5ffd5b506102a86102a3366004611b4b565b61096c565b005b3480156102b5575f5ffd5b506102276102c4366004611acb565b610b3b565b3480156102d4575f5ffd5b506102e86102e3366004611ab4565b610b45565b604080516001600160a01b03909416845260208401929092526001600160401b031690820152606001610148565b348015610321575f5ffd5b506102a8610330366004611acb565b610bcd565b348015610340575f5ffd5b505f54610227906001600160a01b031681565b34801561035e575f5ffd5b5061038161036d366004611ab4565b60046020525f908152604090205460ff1681565b6040519015158152602001610148565b34801561039c575f5ffd5b506102277f000000000000000000000000000000000000000000000000000000000000000081565b3480156103cf575f5ffd5b5061013e6103de366004611ab4565b60026020525f908152604090205481565b61013e6103fd366004611acb565b610cac565b34801561040d575f5ffd5b506102a861041c366004611bf4565b610e62565b34801561042c575f5ffd5b5061013e61043b366004611c77565b610ff8565b5f60ff815c16156104645760405163b5dfd9e560e01b815260040160405180910390fd5b60015f805c60ff19168217905d50815f03610492576040516356316e8760e01b815260040160405180910390fd5b6001600160a01b03831615806104c457506001600160a01b038316735757575757575757575757575757575757575757145b156104f257604051630bc2c5df60e11b81526001600160a01b03841660048201526024015b60405180910390fd5b836001600160a01b03163b5f036105275760405163d0b1b2a760e01b81526001600160a01b03851660048201526024016104e9565b5f61053185611127565b6001600160a01b038082165f9081526005602052604090205491925016806105625761055d868361116b565b6105a7565b856001600160a01b0316816001600160a01b0316146105a75760405163f902523f60e01b81526001600160a01b038088166004830152821660248201526044016104e9565b6040516370a0823160e01b81523060048201525f906001600160a01b038816906370a0823190602401602060405180830381865afa1580156105eb573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061060f9190611c91565b6040513360248201523060448201526064810187905290915061066090889060840160408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b1790526112df565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038a16906370a0823190602401602060405180830381865afa1580156106a6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106ca9190611c91565b6106d49190611cbc565b9050805f036106f6576040516356316e8760e01b815260040160405180910390fd5b60018054604080516060810182526001600160a01b03808c168083526001600160401b034281811660208087019182528688018b8152898b018b555f9a8b52965160028a027fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6810180549451909616600160a01b026001600160e01b0319909416918816919091179290921790935594517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf79095019490945585875260039052948390208054918e166001600160a01b03199290921691909117905590519197509190339088907f4f6cd51825bd4d3ca21d3d50c658cdfd9fd1f27b4f8a34eea9af731c679ee67f90610833908e90889088906001600160a01b0393909316835260208301919091526001600160401b0316604082015260600190565b60405180910390a4505f93505050815c60ff19169050815d509392505050565b60408051605760f81b602080830191909152606085901b6001600160601b031916602183015260c084901b6001600160c01b03191660358301528251601d818403018152603d90920190925280519101205b92915050565b5f61091d6108b885611127565b8484604051607760f81b60208201526001600160601b0319606085811b8216602184015284901b1660358201526001600160c01b031960c083901b1660498201525f906051016040516020818303038152906040528051906020012090509392505050565b949350505050565b6001545f81831015610967576001838154811061094457610944611ccf565b5f918252602090912060029091020154600160a01b90046001600160401b031690505b915091565b60ff5f5c161561098f5760405163b5dfd9e560e01b815260040160405180910390fd5b60015f805c60ff19168217905d506109a6886113a3565b6109af8761151c565b5f6109bb8888886108ab565b5f8181526004602052604090205490915060ff16156109f057604051633210992160e21b8152600481018290526024016104e9565b610a0c83836101608c013584886001600160a01b038b1661157c565b610a2957604051632e1aaf2760e21b815260040160405180910390fd5b600160045f8381526020019081526020015f205f6101000a81548160ff021916908315150217905550846001600160a01b0316886001600160a01b0316827ff9429b35e620bf304c34e1053c26d9aad3619ab606e8a35a9973f23ba8fd4c0f8a8a898f5f016020810190610a9d9190611ce3565b604080516001600160a01b0390951685526001600160401b03938416602086015284019190915216606082015260800160405180910390a46040516001600160a01b038616602482015260448101859052610b2690899060640160408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b1790526112df565b505f60ff19815c16815d505050505050505050565b5f6108a582611127565b5f5f5f6001805490508410610b7b576001546040516361313c5b60e11b81526104e9918691600401918252602082015260400190565b5f60018581548110610b8f57610b8f611ccf565b5f918252602090912060029091020180546001909101546001600160a01b03821697909650600160a01b9091046001600160401b0316945092505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610c1657604051638b906c9760e01b815260040160405180910390fd5b5f546001600160a01b031615610c3e5760405162dc149f60e41b815260040160405180910390fd5b6001600160a01b038116610c655760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b038316908117825560405190917f908408e307fc569b417f6cbec5d5a06f44a0a505ac0479b47d421a4b2fd6a1e691a250565b5f345f03610ccd576040516356316e8760e01b815260040160405180910390fd5b6001600160a01b0382161580610cff57506001600160a01b038216735757575757575757575757575757575757575757145b15610d2857604051630bc2c5df60e11b81526001600160a01b03831660048201526024016104e9565b610d36633b9aca0034611cfe565b15610d565760405163330ea23960e21b81523460048201526024016104e9565b5060018054604080516060810182526001600160a01b038086168083526001600160401b03428181166020860190815234868801818152898b018b555f9a909a529551600289027fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6810180549351909516600160a01b026001600160e01b031990931691909616171790915595517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf7909201919091559151929392339185917f8934a4de921abfad9ff8c42b5e8afeaf50f944242a5ff61a10aae6db57b91f2991610e549187909182526001600160401b0316602082015260400190565b60405180910390a450919050565b610e6b866113a3565b5f610e768686610853565b5f8181526004602052604090205490915060ff1615610eab57604051633210992160e21b8152600481018290526024016104e9565b610ec783836101608a013584886001600160a01b038c1661157c565b610ee457604051632e1aaf2760e21b815260040160405180910390fd5b5f818152600460209081526040909120805460ff19166001179055610f0b90880188611ce3565b6001600160401b0316866001600160a01b0316827f366c7ba67a8bdb4b8f284524bf1b51ae146f066a3ca1b8375e747511642ab4eb8888604051610f649291906001600160401b03929092168252602082015260400190565b60405180910390a45f866001600160a01b0316856040515f6040518083038185875af1925050503d805f8114610fb5576040519150601f19603f3d011682016040523d82523d5f602084013e610fba565b606091505b5050905080610fee5760405163a09e616560e01b81526001600160a01b0388166004820152602481018690526044016104e9565b5050505050505050565b60018054604080516060810182525f8082526001600160401b03428181166020808601918252858701858152888a018a55989094529351600287027fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6810180549651909416600160a01b026001600160e01b03199096166001600160a01b0392909216919091179490941790915594517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf79092019190915590519192916110c191859101611de4565b60408051601f1981840301815282825280516020918201205f868152600290925291902055339083907f6f1151026a6a75851a77a8a81d538d4440b9942754f25d33eea280381d711bf7906111199087908690611df3565b60405180910390a350919050565b604051601d60fa1b60208201526001600160601b0319606083901b1660218201525f9060350160408051601f19818403018152919052805160209091012092915050565b6001600160a01b038181165f90815260056020526040812080546001600160a01b031916928516929092179091556111aa836306fdde0360e01b6115b3565b90505f6111be846395d89b4160e01b6115b3565b60408051600481526024810182526020810180516001600160e01b031663313ce56760e01b17905290519192506012915f9182916001600160a01b03891691620186a09161120c9190611e19565b5f604051808303818686fa925050503d805f8114611245576040519150601f19603f3d011682016040523d82523d5f602084013e61124a565b606091505b509150915081801561125d575080516020145b15611287575f818060200190518101906112779190611c91565b905060ff8111611285578093505b505b856001600160a01b0316876001600160a01b03167fc17ccb34e0339408bf3e4e6ae99312040d32950c686e68d44b460234c7063b0f8787876040516112ce93929190611e5d565b60405180910390a350505050505050565b5f5f836001600160a01b0316836040516112f99190611e19565b5f604051808303815f865af19150503d805f8114611332576040519150601f19603f3d011682016040523d82523d5f602084013e611337565b606091505b5091509150811580611374575080511580159061137457508051602014158061137457508080602001905181019061136f9190611c91565b600114155b1561139d57604051632b596cb760e01b81526001600160a01b03851660048201526024016104e9565b50505050565b5f546001600160a01b0316806113cc576040516321c4e35760e21b815260040160405180910390fd5b806001600160a01b031663e5cb0d176040518163ffffffff1660e01b8152600401602060405180830381865afa158015611408573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061142c9190611e95565b6001600160401b03166114426020840184611ce3565b6001600160401b03161015806114e1575061145c826118d3565b6001600160a01b0382166332cf57f86114786020860186611ce3565b6040516001600160e01b031960e084901b1681526001600160401b039091166004820152602401602060405180830381865afa1580156114ba573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114de9190611c91565b14155b15611518576114f36020830183611ce3565b6040516337f3119f60e01b81526001600160401b0390911660048201526024016104e9565b5050565b5f60055f61152984611127565b6001600160a01b03908116825260208201929092526040015f205481169150821681146115185760405163f902523f60e01b81526001600160a01b038084166004830152821660248201526044016104e9565b5f61010086111561158e57505f6115a9565b846115a58888876115a0898989611902565b611926565b1490505b9695505050505050565b60408051600481526024810182526020810180516001600160e01b03166001600160e01b0319851617905290516060915f9182916001600160a01b03871691620186a09161160091611e19565b5f604051808303818686fa925050503d805f8114611639576040519150601f19603f3d011682016040523d82523d5f602084013e61163e565b606091505b5091509150816116605760405180602001604052805f815250925050506108a5565b6060815160200361175a575f5b60208110801561169c575082818151811061168a5761168a611ccf565b01602001516001600160f81b03191615155b156116b1576116aa81611eb0565b905061166d565b806001600160401b038111156116c9576116c9611ec8565b6040519080825280601f01601f1916602001820160405280156116f3576020820181803683370190505b5091505f5b8181101561174d5783818151811061171257611712611ccf565b602001015160f81c60f81b83828151811061172f5761172f611ccf565b60200101906001600160f81b03191690815f1a9053506001016116f8565b50819450505050506108a5565b60408251101561177d5760405180602001604052805f81525093505050506108a5565b5f828060200190518101906117929190611c91565b9050602083516117a29190611cbc565b8111156117c35760405180602001604052805f8152509450505050506108a5565b5f81602085010151905081602085516117dc9190611cbc565b6117e69190611cbc565b8111156118085760405180602001604052805f815250955050505050506108a5565b6080811115611815575060805b806001600160401b0381111561182d5761182d611ec8565b6040519080825280601f01601f191660200182016040528015611857576020820181803683370190505b5092505f5b818110156118c6578481611871856020611edc565b61187b9190611edc565b8151811061188b5761188b611ccf565b602001015160f81c60f81b8482815181106118a8576118a8611ccf565b60200101906001600160f81b03191690815f1a90535060010161185c565b5091979650505050505050565b5f816040516020016118e59190611f71565b604051602081830303815290604052805190602001209050919050565b5f6040515f8153600181019490945250602183019190915260418201526061902090565b5f82845b8015611989575f19015f87878381811061194657611946611ccf565b9050602002013590508160ff61195c9190611cbc565b83901c6001165f14611977576119728186611994565b611981565b6119818582611994565b94505061192a565b509195945050505050565b5f6040516001815360018101939093525060218201526041902090565b6001600160a01b03811681146119c5575f5ffd5b50565b80356119d3816119b1565b919050565b5f5f5f606084860312156119ea575f5ffd5b83356119f5816119b1565b92506020840135611a05816119b1565b929592945050506040919091013590565b6001600160401b03811681146119c5575f5ffd5b80356119d381611a16565b5f5f60408385031215611a46575f5ffd5b8235611a51816119b1565b91506020830135611a6181611a16565b809150509250929050565b5f5f5f60608486031215611a7e575f5ffd5b8335611a89816119b1565b92506020840135611a99816119b1565b91506040840135611aa981611a16565b809150509250925092565b5f60208284031215611ac4575f5ffd5b5035919050565b5f60208284031215611adb575f5ffd5b8135611ae6816119b1565b9392505050565b5f6102208284031215611afe575f5ffd5b50919050565b5f5f83601f840112611b14575f5ffd5b5081356001600160401b03811115611b2a575f5ffd5b6020830191508360208260051b8501011115611b44575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f6102e0898b031215611b63575f5ffd5b611b6d8a8a611aed565b9750610220890135611b7e816119b1565b9650610240890135611b8f816119b1565b9550610260890135611ba081611a16565b9450610280890135611bb1816119b1565b93506102a089013592506102c08901356001600160401b03811115611bd4575f5ffd5b611be08b828c01611b04565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f6102a08789031215611c0a575f5ffd5b611c148888611aed565b9550610220870135611c25816119b1565b9450610240870135611c3681611a16565b935061026087013592506102808701356001600160401b03811115611c59575f5ffd5b611c6589828a01611b04565b979a9699509497509295939492505050565b5f610140828403128015611c89575f5ffd5b509092915050565b5f60208284031215611ca1575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156108a5576108a5611ca8565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611cf3575f5ffd5b8135611ae681611a16565b5f82611d1857634e487b7160e01b5f52601260045260245ffd5b500690565b803560ff811681146119d3575f5ffd5b611d4182611d3a83611d1d565b60ff169052565b611d4d60208201611a2a565b6001600160401b03166020830152611d6760408201611a2a565b6001600160401b031660408301526060818101359083015260808082013590830152611d9560a082016119c8565b6001600160a01b031660a083015260c0818101359083015260e080820135908301526101008082013590830152611dcf61012082016119c8565b6001600160a01b038116610120840152505050565b61014081016108a58284611d2d565b6101608101611e028285611d2d565b6001600160401b0383166101408301529392505050565b5f82518060208501845e5f920191825250919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b606081525f611e6f6060830186611e2f565b8281036020840152611e818186611e2f565b91505060ff83166040830152949350505050565b5f60208284031215611ea5575f5ffd5b8151611ae681611a16565b5f60018201611ec157611ec1611ca8565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b808201808211156108a5576108a5611ca8565b803563ffffffff811681146119d3575f5ffd5b803561ffff811681146119d3575f5ffd5b803582526020810135611f2581611a16565b6001600160401b031660208301526040810135611f4181611a16565b6001600160401b031660408301526060810135611f5d81611a16565b6001600160401b0381166060840152505050565b6102208101611f9082611f8385611a2a565b6001600160401b03169052565b611f9c602084016119c8565b6001600160a01b03166020830152611fb660408401611a2a565b6001600160401b0316604083015260608381013590830152611fda60808401611eef565b63ffffffff166080830152611ff160a08401611eef565b63ffffffff1660a083015261200860c08401611d1d565b60ff1660c083015261201c60e08401611f02565b61ffff1660e08301526120326101008401611a2a565b6001600160401b031661010083015261204e6101208401611a2a565b6001600160401b03166101208301526101408381013590830152612079610160808401908501611f13565b6101e083810135908301526102009283013592909101919091529056",
}

// Bridge is an auto generated Go binding around an Ethereum contract.
type Bridge struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Bridge) GetABI() abi.ABI {
	return c.abi
}

// NewBridge creates a new instance of Bridge.
func NewBridge() *Bridge {
	parsed, err := BridgeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Bridge{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Bridge) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMAXMETADATABYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f7979a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_METADATA_BYTES() view returns(uint256)
func (bridge *Bridge) PackMAXMETADATABYTES() []byte {
	enc, err := bridge.abi.Pack("MAX_METADATA_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMETADATABYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f7979a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_METADATA_BYTES() view returns(uint256)
func (bridge *Bridge) TryPackMAXMETADATABYTES() ([]byte, error) {
	return bridge.abi.Pack("MAX_METADATA_BYTES")
}

// UnpackMAXMETADATABYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f7979a2.
//
// Solidity: function MAX_METADATA_BYTES() view returns(uint256)
func (bridge *Bridge) UnpackMAXMETADATABYTES(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("MAX_METADATA_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMETADATAGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a119ee1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function METADATA_GAS() view returns(uint256)
func (bridge *Bridge) PackMETADATAGAS() []byte {
	enc, err := bridge.abi.Pack("METADATA_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMETADATAGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a119ee1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function METADATA_GAS() view returns(uint256)
func (bridge *Bridge) TryPackMETADATAGAS() ([]byte, error) {
	return bridge.abi.Pack("METADATA_GAS")
}

// UnpackMETADATAGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a119ee1.
//
// Solidity: function METADATA_GAS() view returns(uint256)
func (bridge *Bridge) UnpackMETADATAGAS(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("METADATA_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimTokenWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cd0e0ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimTokenWithdrawal((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info, address l1Token, address sender, uint64 nonce, address l1Recipient, uint256 amount, bytes32[] siblings) returns()
func (bridge *Bridge) PackClaimTokenWithdrawal(info BatchInfo, l1Token common.Address, sender common.Address, nonce uint64, l1Recipient common.Address, amount *big.Int, siblings [][32]byte) []byte {
	enc, err := bridge.abi.Pack("claimTokenWithdrawal", info, l1Token, sender, nonce, l1Recipient, amount, siblings)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimTokenWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cd0e0ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimTokenWithdrawal((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info, address l1Token, address sender, uint64 nonce, address l1Recipient, uint256 amount, bytes32[] siblings) returns()
func (bridge *Bridge) TryPackClaimTokenWithdrawal(info BatchInfo, l1Token common.Address, sender common.Address, nonce uint64, l1Recipient common.Address, amount *big.Int, siblings [][32]byte) ([]byte, error) {
	return bridge.abi.Pack("claimTokenWithdrawal", info, l1Token, sender, nonce, l1Recipient, amount, siblings)
}

// PackClaimWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6cba7c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimWithdrawal((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info, address recipient, uint64 nonce, uint256 amount, bytes32[] siblings) returns()
func (bridge *Bridge) PackClaimWithdrawal(info BatchInfo, recipient common.Address, nonce uint64, amount *big.Int, siblings [][32]byte) []byte {
	enc, err := bridge.abi.Pack("claimWithdrawal", info, recipient, nonce, amount, siblings)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6cba7c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimWithdrawal((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info, address recipient, uint64 nonce, uint256 amount, bytes32[] siblings) returns()
func (bridge *Bridge) TryPackClaimWithdrawal(info BatchInfo, recipient common.Address, nonce uint64, amount *big.Int, siblings [][32]byte) ([]byte, error) {
	return bridge.abi.Pack("claimWithdrawal", info, recipient, nonce, amount, siblings)
}

// PackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc3c0f06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimed(bytes32 key) view returns(bool)
func (bridge *Bridge) PackClaimed(key [32]byte) []byte {
	enc, err := bridge.abi.Pack("claimed", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc3c0f06.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimed(bytes32 key) view returns(bool)
func (bridge *Bridge) TryPackClaimed(key [32]byte) ([]byte, error) {
	return bridge.abi.Pack("claimed", key)
}

// UnpackClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc3c0f06.
//
// Solidity: function claimed(bytes32 key) view returns(bool)
func (bridge *Bridge) UnpackClaimed(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("claimed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployer() view returns(address)
func (bridge *Bridge) PackDeployer() []byte {
	enc, err := bridge.abi.Pack("deployer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployer() view returns(address)
func (bridge *Bridge) TryPackDeployer() ([]byte, error) {
	return bridge.abi.Pack("deployer")
}

// UnpackDeployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5f39488.
//
// Solidity: function deployer() view returns(address)
func (bridge *Bridge) UnpackDeployer(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("deployer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address l2Recipient) payable returns(uint256 index)
func (bridge *Bridge) PackDeposit(l2Recipient common.Address) []byte {
	enc, err := bridge.abi.Pack("deposit", l2Recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address l2Recipient) payable returns(uint256 index)
func (bridge *Bridge) TryPackDeposit(l2Recipient common.Address) ([]byte, error) {
	return bridge.abi.Pack("deposit", l2Recipient)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf340fa01.
//
// Solidity: function deposit(address l2Recipient) payable returns(uint256 index)
func (bridge *Bridge) UnpackDeposit(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("deposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc14611c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositAt(uint256 index) view returns(address recipient, uint256 amount, uint64 timestamp)
func (bridge *Bridge) PackDepositAt(index *big.Int) []byte {
	enc, err := bridge.abi.Pack("depositAt", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc14611c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositAt(uint256 index) view returns(address recipient, uint256 amount, uint64 timestamp)
func (bridge *Bridge) TryPackDepositAt(index *big.Int) ([]byte, error) {
	return bridge.abi.Pack("depositAt", index)
}

// DepositAtOutput serves as a container for the return parameters of contract
// method DepositAt.
type DepositAtOutput struct {
	Recipient common.Address
	Amount    *big.Int
	Timestamp uint64
}

// UnpackDepositAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc14611c9.
//
// Solidity: function depositAt(uint256 index) view returns(address recipient, uint256 amount, uint64 timestamp)
func (bridge *Bridge) UnpackDepositAt(data []byte) (DepositAtOutput, error) {
	out, err := bridge.abi.Unpack("depositAt", data)
	outstruct := new(DepositAtOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Recipient = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Amount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Timestamp = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackDepositCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dfdf0b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositCount() view returns(uint256)
func (bridge *Bridge) PackDepositCount() []byte {
	enc, err := bridge.abi.Pack("depositCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dfdf0b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositCount() view returns(uint256)
func (bridge *Bridge) TryPackDepositCount() ([]byte, error) {
	return bridge.abi.Pack("depositCount")
}

// UnpackDepositCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2dfdf0b5.
//
// Solidity: function depositCount() view returns(uint256)
func (bridge *Bridge) UnpackDepositCount(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("depositCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cad5a40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositERC20(address token, address l2Recipient, uint256 amount) returns(uint256 index)
func (bridge *Bridge) PackDepositERC20(token common.Address, l2Recipient common.Address, amount *big.Int) []byte {
	enc, err := bridge.abi.Pack("depositERC20", token, l2Recipient, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cad5a40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositERC20(address token, address l2Recipient, uint256 amount) returns(uint256 index)
func (bridge *Bridge) TryPackDepositERC20(token common.Address, l2Recipient common.Address, amount *big.Int) ([]byte, error) {
	return bridge.abi.Pack("depositERC20", token, l2Recipient, amount)
}

// UnpackDepositERC20 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cad5a40.
//
// Solidity: function depositERC20(address token, address l2Recipient, uint256 amount) returns(uint256 index)
func (bridge *Bridge) UnpackDepositERC20(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("depositERC20", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6215be77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositToken(uint256 index) view returns(address)
func (bridge *Bridge) PackDepositToken(index *big.Int) []byte {
	enc, err := bridge.abi.Pack("depositToken", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6215be77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositToken(uint256 index) view returns(address)
func (bridge *Bridge) TryPackDepositToken(index *big.Int) ([]byte, error) {
	return bridge.abi.Pack("depositToken", index)
}

// UnpackDepositToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6215be77.
//
// Solidity: function depositToken(uint256 index) view returns(address)
func (bridge *Bridge) UnpackDepositToken(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("depositToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackForceTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7ff38d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forceTransaction((uint8,uint64,uint64,uint256,uint256,address,uint256,bytes32,bytes32,address) forced) returns(uint256 index)
func (bridge *Bridge) PackForceTransaction(forced ForcedTx) []byte {
	enc, err := bridge.abi.Pack("forceTransaction", forced)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForceTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7ff38d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forceTransaction((uint8,uint64,uint64,uint256,uint256,address,uint256,bytes32,bytes32,address) forced) returns(uint256 index)
func (bridge *Bridge) TryPackForceTransaction(forced ForcedTx) ([]byte, error) {
	return bridge.abi.Pack("forceTransaction", forced)
}

// UnpackForceTransaction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc7ff38d.
//
// Solidity: function forceTransaction((uint8,uint64,uint64,uint256,uint256,address,uint256,bytes32,bytes32,address) forced) returns(uint256 index)
func (bridge *Bridge) UnpackForceTransaction(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("forceTransaction", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackForcedTxHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3fa6ccc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTxHash(uint256 index) view returns(bytes32)
func (bridge *Bridge) PackForcedTxHash(index *big.Int) []byte {
	enc, err := bridge.abi.Pack("forcedTxHash", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTxHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3fa6ccc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTxHash(uint256 index) view returns(bytes32)
func (bridge *Bridge) TryPackForcedTxHash(index *big.Int) ([]byte, error) {
	return bridge.abi.Pack("forcedTxHash", index)
}

// UnpackForcedTxHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3fa6ccc.
//
// Solidity: function forcedTxHash(uint256 index) view returns(bytes32)
func (bridge *Bridge) UnpackForcedTxHash(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("forcedTxHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInclusionInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3edf069b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inclusionInfo(uint256 index) view returns(uint256 length, uint64 timestamp)
func (bridge *Bridge) PackInclusionInfo(index *big.Int) []byte {
	enc, err := bridge.abi.Pack("inclusionInfo", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInclusionInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3edf069b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inclusionInfo(uint256 index) view returns(uint256 length, uint64 timestamp)
func (bridge *Bridge) TryPackInclusionInfo(index *big.Int) ([]byte, error) {
	return bridge.abi.Pack("inclusionInfo", index)
}

// InclusionInfoOutput serves as a container for the return parameters of contract
// method InclusionInfo.
type InclusionInfoOutput struct {
	Length    *big.Int
	Timestamp uint64
}

// UnpackInclusionInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3edf069b.
//
// Solidity: function inclusionInfo(uint256 index) view returns(uint256 length, uint64 timestamp)
func (bridge *Bridge) UnpackInclusionInfo(data []byte) (InclusionInfoOutput, error) {
	out, err := bridge.abi.Unpack("inclusionInfo", data)
	outstruct := new(InclusionInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Length = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Timestamp = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address rollup_) returns()
func (bridge *Bridge) PackInitialize(rollup common.Address) []byte {
	enc, err := bridge.abi.Pack("initialize", rollup)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address rollup_) returns()
func (bridge *Bridge) TryPackInitialize(rollup common.Address) ([]byte, error) {
	return bridge.abi.Pack("initialize", rollup)
}

// PackL1TokenOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c4994b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l1TokenOf(address l2Token) view returns(address)
func (bridge *Bridge) PackL1TokenOf(l2Token common.Address) []byte {
	enc, err := bridge.abi.Pack("l1TokenOf", l2Token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL1TokenOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c4994b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l1TokenOf(address l2Token) view returns(address)
func (bridge *Bridge) TryPackL1TokenOf(l2Token common.Address) ([]byte, error) {
	return bridge.abi.Pack("l1TokenOf", l2Token)
}

// UnpackL1TokenOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c4994b1.
//
// Solidity: function l1TokenOf(address l2Token) view returns(address)
func (bridge *Bridge) UnpackL1TokenOf(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("l1TokenOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (bridge *Bridge) PackRollup() []byte {
	enc, err := bridge.abi.Pack("rollup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollup() view returns(address)
func (bridge *Bridge) TryPackRollup() ([]byte, error) {
	return bridge.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (bridge *Bridge) UnpackRollup(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTokenAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9884e801.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenAddress(address l1Token) pure returns(address)
func (bridge *Bridge) PackTokenAddress(l1Token common.Address) []byte {
	enc, err := bridge.abi.Pack("tokenAddress", l1Token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9884e801.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenAddress(address l1Token) pure returns(address)
func (bridge *Bridge) TryPackTokenAddress(l1Token common.Address) ([]byte, error) {
	return bridge.abi.Pack("tokenAddress", l1Token)
}

// UnpackTokenAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9884e801.
//
// Solidity: function tokenAddress(address l1Token) pure returns(address)
func (bridge *Bridge) UnpackTokenAddress(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("tokenAddress", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTokenWithdrawalKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dd85033.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenWithdrawalKey(address l1Token, address sender, uint64 nonce) pure returns(bytes32)
func (bridge *Bridge) PackTokenWithdrawalKey(l1Token common.Address, sender common.Address, nonce uint64) []byte {
	enc, err := bridge.abi.Pack("tokenWithdrawalKey", l1Token, sender, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenWithdrawalKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dd85033.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenWithdrawalKey(address l1Token, address sender, uint64 nonce) pure returns(bytes32)
func (bridge *Bridge) TryPackTokenWithdrawalKey(l1Token common.Address, sender common.Address, nonce uint64) ([]byte, error) {
	return bridge.abi.Pack("tokenWithdrawalKey", l1Token, sender, nonce)
}

// UnpackTokenWithdrawalKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3dd85033.
//
// Solidity: function tokenWithdrawalKey(address l1Token, address sender, uint64 nonce) pure returns(bytes32)
func (bridge *Bridge) UnpackTokenWithdrawalKey(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("tokenWithdrawalKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdrawalKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35c48dbf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalKey(address sender, uint64 nonce) pure returns(bytes32)
func (bridge *Bridge) PackWithdrawalKey(sender common.Address, nonce uint64) []byte {
	enc, err := bridge.abi.Pack("withdrawalKey", sender, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35c48dbf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalKey(address sender, uint64 nonce) pure returns(bytes32)
func (bridge *Bridge) TryPackWithdrawalKey(sender common.Address, nonce uint64) ([]byte, error) {
	return bridge.abi.Pack("withdrawalKey", sender, nonce)
}

// UnpackWithdrawalKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35c48dbf.
//
// Solidity: function withdrawalKey(address sender, uint64 nonce) pure returns(bytes32)
func (bridge *Bridge) UnpackWithdrawalKey(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("withdrawalKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// BridgeDepositQueued represents a DepositQueued event raised by the Bridge contract.
type BridgeDepositQueued struct {
	Index     *big.Int
	From      common.Address
	Recipient common.Address
	Amount    *big.Int
	Timestamp uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const BridgeDepositQueuedEventName = "DepositQueued"

// ContractEventName returns the user-defined event name.
func (BridgeDepositQueued) ContractEventName() string {
	return BridgeDepositQueuedEventName
}

// UnpackDepositQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositQueued(uint256 indexed index, address indexed from, address indexed recipient, uint256 amount, uint64 timestamp)
func (bridge *Bridge) UnpackDepositQueuedEvent(log *types.Log) (*BridgeDepositQueued, error) {
	event := "DepositQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeDepositQueued)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeInitialized represents a Initialized event raised by the Bridge contract.
type BridgeInitialized struct {
	Rollup common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const BridgeInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (BridgeInitialized) ContractEventName() string {
	return BridgeInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(address indexed rollup)
func (bridge *Bridge) UnpackInitializedEvent(log *types.Log) (*BridgeInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeInitialized)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeTokenDepositQueued represents a TokenDepositQueued event raised by the Bridge contract.
type BridgeTokenDepositQueued struct {
	Index     *big.Int
	From      common.Address
	Recipient common.Address
	L1Token   common.Address
	Amount    *big.Int
	Timestamp uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const BridgeTokenDepositQueuedEventName = "TokenDepositQueued"

// ContractEventName returns the user-defined event name.
func (BridgeTokenDepositQueued) ContractEventName() string {
	return BridgeTokenDepositQueuedEventName
}

// UnpackTokenDepositQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenDepositQueued(uint256 indexed index, address indexed from, address indexed recipient, address l1Token, uint256 amount, uint64 timestamp)
func (bridge *Bridge) UnpackTokenDepositQueuedEvent(log *types.Log) (*BridgeTokenDepositQueued, error) {
	event := "TokenDepositQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeTokenDepositQueued)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeTokenRegistered represents a TokenRegistered event raised by the Bridge contract.
type BridgeTokenRegistered struct {
	L1Token  common.Address
	L2Token  common.Address
	Name     string
	Symbol   string
	Decimals uint8
	Raw      *types.Log // Blockchain specific contextual infos
}

const BridgeTokenRegisteredEventName = "TokenRegistered"

// ContractEventName returns the user-defined event name.
func (BridgeTokenRegistered) ContractEventName() string {
	return BridgeTokenRegisteredEventName
}

// UnpackTokenRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenRegistered(address indexed l1Token, address indexed l2Token, string name, string symbol, uint8 decimals)
func (bridge *Bridge) UnpackTokenRegisteredEvent(log *types.Log) (*BridgeTokenRegistered, error) {
	event := "TokenRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeTokenRegistered)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeTokenWithdrawalClaimed represents a TokenWithdrawalClaimed event raised by the Bridge contract.
type BridgeTokenWithdrawalClaimed struct {
	Key        [32]byte
	L1Token    common.Address
	Recipient  common.Address
	Sender     common.Address
	Nonce      uint64
	Amount     *big.Int
	BatchIndex uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const BridgeTokenWithdrawalClaimedEventName = "TokenWithdrawalClaimed"

// ContractEventName returns the user-defined event name.
func (BridgeTokenWithdrawalClaimed) ContractEventName() string {
	return BridgeTokenWithdrawalClaimedEventName
}

// UnpackTokenWithdrawalClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenWithdrawalClaimed(bytes32 indexed key, address indexed l1Token, address indexed recipient, address sender, uint64 nonce, uint256 amount, uint64 batchIndex)
func (bridge *Bridge) UnpackTokenWithdrawalClaimedEvent(log *types.Log) (*BridgeTokenWithdrawalClaimed, error) {
	event := "TokenWithdrawalClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeTokenWithdrawalClaimed)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeTransactionForced represents a TransactionForced event raised by the Bridge contract.
type BridgeTransactionForced struct {
	Index     *big.Int
	From      common.Address
	Forced    ForcedTx
	Timestamp uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const BridgeTransactionForcedEventName = "TransactionForced"

// ContractEventName returns the user-defined event name.
func (BridgeTransactionForced) ContractEventName() string {
	return BridgeTransactionForcedEventName
}

// UnpackTransactionForcedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransactionForced(uint256 indexed index, address indexed from, (uint8,uint64,uint64,uint256,uint256,address,uint256,bytes32,bytes32,address) forced, uint64 timestamp)
func (bridge *Bridge) UnpackTransactionForcedEvent(log *types.Log) (*BridgeTransactionForced, error) {
	event := "TransactionForced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeTransactionForced)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeWithdrawalClaimed represents a WithdrawalClaimed event raised by the Bridge contract.
type BridgeWithdrawalClaimed struct {
	Key        [32]byte
	Recipient  common.Address
	Nonce      uint64
	Amount     *big.Int
	BatchIndex uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const BridgeWithdrawalClaimedEventName = "WithdrawalClaimed"

// ContractEventName returns the user-defined event name.
func (BridgeWithdrawalClaimed) ContractEventName() string {
	return BridgeWithdrawalClaimedEventName
}

// UnpackWithdrawalClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalClaimed(bytes32 indexed key, address indexed recipient, uint64 nonce, uint256 amount, uint64 indexed batchIndex)
func (bridge *Bridge) UnpackWithdrawalClaimedEvent(log *types.Log) (*BridgeWithdrawalClaimed, error) {
	event := "WithdrawalClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeWithdrawalClaimed)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (bridge *Bridge) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bridge.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return bridge.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["AlreadyInitialized"].ID.Bytes()[:4]) {
		return bridge.UnpackAlreadyInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["BatchNotFinal"].ID.Bytes()[:4]) {
		return bridge.UnpackBatchNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["DepositNotWholeGwei"].ID.Bytes()[:4]) {
		return bridge.UnpackDepositNotWholeGweiError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["DepositOutOfRange"].ID.Bytes()[:4]) {
		return bridge.UnpackDepositOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidRecipient"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidWithdrawalProof"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidWithdrawalProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return bridge.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotInitialized"].ID.Bytes()[:4]) {
		return bridge.UnpackNotInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["PaymentFailed"].ID.Bytes()[:4]) {
		return bridge.UnpackPaymentFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["Reentered"].ID.Bytes()[:4]) {
		return bridge.UnpackReenteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["TokenHasNoCode"].ID.Bytes()[:4]) {
		return bridge.UnpackTokenHasNoCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["TokenMismatch"].ID.Bytes()[:4]) {
		return bridge.UnpackTokenMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["TokenTransferFailed"].ID.Bytes()[:4]) {
		return bridge.UnpackTokenTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return bridge.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ZeroDeposit"].ID.Bytes()[:4]) {
		return bridge.UnpackZeroDepositError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BridgeAlreadyClaimed represents a AlreadyClaimed error raised by the Bridge contract.
type BridgeAlreadyClaimed struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(bytes32 key)
func BridgeAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0xc842648490cc51188535862204e42a629795f8186ccc73d6de558559a23ee12f")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(bytes32 key)
func (bridge *Bridge) UnpackAlreadyClaimedError(raw []byte) (*BridgeAlreadyClaimed, error) {
	out := new(BridgeAlreadyClaimed)
	if err := bridge.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeAlreadyInitialized represents a AlreadyInitialized error raised by the Bridge contract.
type BridgeAlreadyInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInitialized()
func BridgeAlreadyInitializedErrorID() common.Hash {
	return common.HexToHash("0x0dc149f07762891dbcea3fe72770f3d63a1863fc54b2f084e8c59ec476996927")
}

// UnpackAlreadyInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInitialized()
func (bridge *Bridge) UnpackAlreadyInitializedError(raw []byte) (*BridgeAlreadyInitialized, error) {
	out := new(BridgeAlreadyInitialized)
	if err := bridge.abi.UnpackIntoInterface(out, "AlreadyInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeBatchNotFinal represents a BatchNotFinal error raised by the Bridge contract.
type BridgeBatchNotFinal struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotFinal(uint64 index)
func BridgeBatchNotFinalErrorID() common.Hash {
	return common.HexToHash("0x37f3119f95ae604fb645aed73f082e7d65168f0bbbd0579236bc31f302002005")
}

// UnpackBatchNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotFinal(uint64 index)
func (bridge *Bridge) UnpackBatchNotFinalError(raw []byte) (*BridgeBatchNotFinal, error) {
	out := new(BridgeBatchNotFinal)
	if err := bridge.abi.UnpackIntoInterface(out, "BatchNotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeDepositNotWholeGwei represents a DepositNotWholeGwei error raised by the Bridge contract.
type BridgeDepositNotWholeGwei struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositNotWholeGwei(uint256 amount)
func BridgeDepositNotWholeGweiErrorID() common.Hash {
	return common.HexToHash("0xcc3a88e4369f5335322ca0460c9041972c684728d508c1cbad014d3599f0ef63")
}

// UnpackDepositNotWholeGweiError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositNotWholeGwei(uint256 amount)
func (bridge *Bridge) UnpackDepositNotWholeGweiError(raw []byte) (*BridgeDepositNotWholeGwei, error) {
	out := new(BridgeDepositNotWholeGwei)
	if err := bridge.abi.UnpackIntoInterface(out, "DepositNotWholeGwei", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeDepositOutOfRange represents a DepositOutOfRange error raised by the Bridge contract.
type BridgeDepositOutOfRange struct {
	Index  *big.Int
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositOutOfRange(uint256 index, uint256 length)
func BridgeDepositOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xc26278b67ad534231862254653e1e840d00a301d953b6cee95a5cb125109b3d0")
}

// UnpackDepositOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositOutOfRange(uint256 index, uint256 length)
func (bridge *Bridge) UnpackDepositOutOfRangeError(raw []byte) (*BridgeDepositOutOfRange, error) {
	out := new(BridgeDepositOutOfRange)
	if err := bridge.abi.UnpackIntoInterface(out, "DepositOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidRecipient represents a InvalidRecipient error raised by the Bridge contract.
type BridgeInvalidRecipient struct {
	Recipient common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRecipient(address recipient)
func BridgeInvalidRecipientErrorID() common.Hash {
	return common.HexToHash("0x17858bbe33f2abed3758965a9f02dee0a7e83a84b7b813e2a23810c33c0858ea")
}

// UnpackInvalidRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRecipient(address recipient)
func (bridge *Bridge) UnpackInvalidRecipientError(raw []byte) (*BridgeInvalidRecipient, error) {
	out := new(BridgeInvalidRecipient)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidWithdrawalProof represents a InvalidWithdrawalProof error raised by the Bridge contract.
type BridgeInvalidWithdrawalProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidWithdrawalProof()
func BridgeInvalidWithdrawalProofErrorID() common.Hash {
	return common.HexToHash("0xb86abc9c09e333765041117bcbbe701d2ab80e8a79144bdead05fe2be490684c")
}

// UnpackInvalidWithdrawalProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidWithdrawalProof()
func (bridge *Bridge) UnpackInvalidWithdrawalProofError(raw []byte) (*BridgeInvalidWithdrawalProof, error) {
	out := new(BridgeInvalidWithdrawalProof)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidWithdrawalProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNotDeployer represents a NotDeployer error raised by the Bridge contract.
type BridgeNotDeployer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer()
func BridgeNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x8b906c9700ab2b52dbac68ba97746b76f841c655b82cbeaeb4a267404c6dd944")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer()
func (bridge *Bridge) UnpackNotDeployerError(raw []byte) (*BridgeNotDeployer, error) {
	out := new(BridgeNotDeployer)
	if err := bridge.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNotInitialized represents a NotInitialized error raised by the Bridge contract.
type BridgeNotInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitialized()
func BridgeNotInitializedErrorID() common.Hash {
	return common.HexToHash("0x87138d5c8c2e77cb9f25c07b03277aad63d22f6a05255580ec55d2c21666e734")
}

// UnpackNotInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitialized()
func (bridge *Bridge) UnpackNotInitializedError(raw []byte) (*BridgeNotInitialized, error) {
	out := new(BridgeNotInitialized)
	if err := bridge.abi.UnpackIntoInterface(out, "NotInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgePaymentFailed represents a PaymentFailed error raised by the Bridge contract.
type BridgePaymentFailed struct {
	Recipient common.Address
	Amount    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PaymentFailed(address recipient, uint256 amount)
func BridgePaymentFailedErrorID() common.Hash {
	return common.HexToHash("0xa09e6165f4dcdc4e418edf5d4543c54cdb7d7a2166ff3723d856102f4f4a3c4d")
}

// UnpackPaymentFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PaymentFailed(address recipient, uint256 amount)
func (bridge *Bridge) UnpackPaymentFailedError(raw []byte) (*BridgePaymentFailed, error) {
	out := new(BridgePaymentFailed)
	if err := bridge.abi.UnpackIntoInterface(out, "PaymentFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeReentered represents a Reentered error raised by the Bridge contract.
type BridgeReentered struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentered()
func BridgeReenteredErrorID() common.Hash {
	return common.HexToHash("0xb5dfd9e53a10d4d747ca3de749b98baf23546e800cbacdb1dbc28233e586d1ee")
}

// UnpackReenteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentered()
func (bridge *Bridge) UnpackReenteredError(raw []byte) (*BridgeReentered, error) {
	out := new(BridgeReentered)
	if err := bridge.abi.UnpackIntoInterface(out, "Reentered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeTokenHasNoCode represents a TokenHasNoCode error raised by the Bridge contract.
type BridgeTokenHasNoCode struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenHasNoCode(address token)
func BridgeTokenHasNoCodeErrorID() common.Hash {
	return common.HexToHash("0xd0b1b2a7df4721a70ce9221ad01fae470035c185f197cbdf52b18117f777c29b")
}

// UnpackTokenHasNoCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenHasNoCode(address token)
func (bridge *Bridge) UnpackTokenHasNoCodeError(raw []byte) (*BridgeTokenHasNoCode, error) {
	out := new(BridgeTokenHasNoCode)
	if err := bridge.abi.UnpackIntoInterface(out, "TokenHasNoCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeTokenMismatch represents a TokenMismatch error raised by the Bridge contract.
type BridgeTokenMismatch struct {
	L1Token    common.Address
	Registered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenMismatch(address l1Token, address registered)
func BridgeTokenMismatchErrorID() common.Hash {
	return common.HexToHash("0xf902523feb2ebcc9dff2f273b716464e0ce28d61ea8e9a067519127e65f2822f")
}

// UnpackTokenMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenMismatch(address l1Token, address registered)
func (bridge *Bridge) UnpackTokenMismatchError(raw []byte) (*BridgeTokenMismatch, error) {
	out := new(BridgeTokenMismatch)
	if err := bridge.abi.UnpackIntoInterface(out, "TokenMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeTokenTransferFailed represents a TokenTransferFailed error raised by the Bridge contract.
type BridgeTokenTransferFailed struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenTransferFailed(address token)
func BridgeTokenTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x2b596cb7e9804a5202312682f04514d7f31332b7e5ffeaad4ba2ee9969d1d7d0")
}

// UnpackTokenTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenTransferFailed(address token)
func (bridge *Bridge) UnpackTokenTransferFailedError(raw []byte) (*BridgeTokenTransferFailed, error) {
	out := new(BridgeTokenTransferFailed)
	if err := bridge.abi.UnpackIntoInterface(out, "TokenTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeZeroAddress represents a ZeroAddress error raised by the Bridge contract.
type BridgeZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func BridgeZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (bridge *Bridge) UnpackZeroAddressError(raw []byte) (*BridgeZeroAddress, error) {
	out := new(BridgeZeroAddress)
	if err := bridge.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeZeroDeposit represents a ZeroDeposit error raised by the Bridge contract.
type BridgeZeroDeposit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroDeposit()
func BridgeZeroDepositErrorID() common.Hash {
	return common.HexToHash("0x56316e877e9063fd05b03c347d61a4639470c3199f0bdddd28efee0a5f8b6b02")
}

// UnpackZeroDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroDeposit()
func (bridge *Bridge) UnpackZeroDepositError(raw []byte) (*BridgeZeroDeposit, error) {
	out := new(BridgeZeroDeposit)
	if err := bridge.abi.UnpackIntoInterface(out, "ZeroDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGameMetaData contains all meta data concerning the ChallengeGame contract.
var ChallengeGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRollup\",\"name\":\"rollup_\",\"type\":\"address\"},{\"internalType\":\"contractIOneStepProver\",\"name\":\"prover_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"gameClock_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockIncrement_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"activeGameOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"hLo\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hHi\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"mid\",\"type\":\"bytes32\"}],\"name\":\"bisect\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengerBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clockIncrement\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"clocks\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"proposer\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challenger\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"}],\"name\":\"firstWin\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameClock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getGame\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"enumChallengeGame.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"enumChallengeGame.Turn\",\"name\":\"turn\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proposerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastMoveAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"hLo\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hHi\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"mid\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeGame.Game\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"}],\"name\":\"openGames\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"}],\"name\":\"pendingReward\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"hHi\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structMachineState\",\"name\":\"pre\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structChunkProof[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"},{\"internalType\":\"bool\",\"name\":\"leafPresent\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"leafKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"leafA\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"leafB\",\"type\":\"uint256\"}],\"internalType\":\"structStateProof[]\",\"name\":\"proofs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"forcedTx\",\"type\":\"bytes\"}],\"internalType\":\"structWitness\",\"name\":\"witness\",\"type\":\"tuple\"}],\"name\":\"proveStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"prover\",\"outputs\":[{\"internalType\":\"contractIOneStepProver\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"hLo\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hHi\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"mid\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"agree\",\"type\":\"bool\"}],\"name\":\"respond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractIRollup\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"mid\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"midHash\",\"type\":\"bytes32\"}],\"name\":\"Bisected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"name\":\"GameOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumChallengeGame.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"enumChallengeGame.Reason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"GameResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"agree\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"hLo\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"hHi\",\"type\":\"bytes32\"}],\"name\":\"Responded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"postHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"matchesClaim\",\"type\":\"bool\"}],\"name\":\"StepProved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyChallenged\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"ClockNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"GameNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotYourMove\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StaleMove\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedPayment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"WindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongPreState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumChallengeGame.Turn\",\"name\":\"current\",\"type\":\"uint8\"}],\"name\":\"WrongTurn\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroParameter\",\"type\":\"error\"}]",
	ID:  "a8dbf1fa66c72e3bc39495afe7e859b994",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161294938038061294983398101604081905261002f916100fe565b6001600160a01b038516158061004c57506001600160a01b038416155b1561006a5760405163d92e233d60e01b815260040160405180910390fd5b82158061007e57506001600160401b038216155b1561009c5760405163339d6ef160e21b815260040160405180910390fd5b6001600160a01b039485166080529290931660a05260c0526001600160401b0391821660e052166101005261015e565b6001600160a01b03811681146100e0575f5ffd5b50565b80516001600160401b03811681146100f9575f5ffd5b919050565b5f5f5f5f5f60a08688031215610112575f5ffd5b855161011d816100cc565b602087015190955061012e816100cc565b60408701519094509250610144606087016100e3565b9150610152608087016100e3565b90509295509295909350565b60805160a05160c05160e051610100516127536101f65f395f818161019701528181610b1e0152610f1301525f8181610310015261147c01525f8181610343015281816110f10152818161112b015281816118e0015261193501525f8181610206015261075f01525f8181610123015281816104170152818161116e0152818161124001528181611776015261183f01526127535ff3fe608060405260043610610113575f3560e01c80635652f0b11161009d578063acc9810611610062578063acc98106146103e7578063cb23bcb514610406578063d5d44d8014610439578063d68e3f5814610464578063de38b1711461049a575f5ffd5b80635652f0b1146102ff57806368ccdc86146103325780636b356d2314610365578063a0a1f5ed14610390578063a2f77bcc146103bb575f5ffd5b80633ccfd60b116100e35780633ccfd60b1461024057806341e1144b146102545780634510f4401461028d5780634d1975b4146102cc5780634d8a4c0f146102e0575f5ffd5b806308148f7a146101675780631266182d146101865780631efa5239146101d657806332a8f30f146101f5575f5ffd5b3661016357336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610161576040516390b25a6760e01b815260040160405180910390fd5b005b5f5ffd5b348015610172575f5ffd5b50610161610181366004611c43565b6104ad565b348015610191575f5ffd5b506101b97f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020015b60405180910390f35b3480156101e1575f5ffd5b506101616101f0366004611c71565b610586565b348015610200575f5ffd5b506102287f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101cd565b34801561024b575f5ffd5b5061016161085c565b34801561025f575f5ffd5b5061027f61026e366004611c43565b60026020525f908152604090205481565b6040519081526020016101cd565b348015610298575f5ffd5b506102ac6102a7366004611c43565b61094a565b604080516001600160401b039384168152929091166020830152016101cd565b3480156102d7575f5ffd5b5061027f5f5481565b3480156102eb575f5ffd5b506101616102fa366004611cf4565b610a57565b34801561030a575f5ffd5b506101b97f000000000000000000000000000000000000000000000000000000000000000081565b34801561033d575f5ffd5b5061027f7f000000000000000000000000000000000000000000000000000000000000000081565b348015610370575f5ffd5b5061027f61037f366004611c43565b60056020525f908152604090205481565b34801561039b575f5ffd5b5061027f6103aa366004611c43565b60066020525f908152604090205481565b3480156103c6575f5ffd5b506103da6103d5366004611c43565b610c79565b6040516101cd9190611d67565b3480156103f2575f5ffd5b50610161610401366004611ebc565b610e3c565b348015610411575f5ffd5b506102287f000000000000000000000000000000000000000000000000000000000000000081565b348015610444575f5ffd5b5061027f610453366004611f17565b60036020525f908152604090205481565b34801561046f575f5ffd5b5061027f61047e366004611f37565b600460209081525f928352604080842090915290825290205481565b61027f6104a8366004611f61565b6110ee565b5f6104b782611645565b90505f80600283810154600160e81b900460ff16908111156104db576104db611d23565b1490505f816104fe576004830154600160801b90046001600160401b0316610514565b6004830154600160401b90046001600160401b03165b60048401546001600160401b0391821692505f9161053a91600160c01b90041642611f90565b90508181116105725761054d8183611f90565b604051631132a18960e31b815260040161056991815260200190565b60405180910390fd5b61057f858585600261169c565b5050505050565b5f61059086611645565b905060028082810154600160e81b900460ff16908111156105b3576105b3611d23565b146105e15760028101546040516341bb027760e01b815261056991600160e81b900460ff1690600401611fa3565b83816006015414610605576040516346125b3d60e01b815260040160405180910390fd5b805461061086611a4c565b1461062e57604051631a48cd9160e01b815260040160405180910390fd5b806005015461063c84611a7b565b1461065a576040516305bf2d5960e51b815260040160405180910390fd5b6004810154610682906001600160401b03600160801b8204811691600160c01b900416611b12565b6004820180546001600160801b0316600160801b6001600160401b03938416026001600160c01b031617600160c01b4293909316929092029190911790556040805160a0808201909252606087013581525f9160208201906106e990890160808a01611fc9565b63ffffffff16815260200161070460e0890160c08a01611ff2565b60ff16815260200161071d610100890160e08a0161201c565b61ffff16815260200161073861012089016101008a01612054565b6001600160401b03169052604051636ead38a560e11b81529091505f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063dd5a714a9061079890859089908990600401612326565b60c060405180830381865afa1580156107b3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107d7919061241c565b5090505f6107e482611b6e565b600385015460408051600160a01b9092046001600160401b03168252602082018390528983149082018190529192508a907fa48136bc949a61c406f293d5de77641f2efe2b420e4bbf4721209feef617bf899060600160405180910390a26108508a868315600161169c565b50505050505050505050565b335f908152600360205260408120549081900361088c57604051630686827b60e51b815260040160405180910390fd5b335f8181526003602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906108cf9084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f8114610916576040519150601f19603f3d011682016040523d82523d5f602084013e61091b565b606091505b50509050806109465760405163a09e616560e01b815233600482015260248101839052604401610569565b5050565b5f81815260016020819052604090912060048101546001600160401b03600160401b8204811693600160801b9092041691906002820154600160e01b900460ff16600381111561099c5761099c611d23565b146109a75750915091565b60048101545f906109c890600160c01b90046001600160401b031642611f90565b90505f600283810154600160e81b900460ff16908111156109eb576109eb611d23565b03610a2257836001600160401b0316811015610a1957610a14816001600160401b038616611f90565b610a1b565b5f5b9350610a50565b826001600160401b0316811015610a4b57610a46816001600160401b038516611f90565b610a4d565b5f5b92505b5050915091565b5f610a6185611645565b60038101549091506001600160a01b03163314610a9357604051635d01b17b60e11b8152336004820152602401610569565b5f600282810154600160e81b900460ff1690811115610ab457610ab4611d23565b14610ae25760028101546040516341bb027760e01b815261056991600160e81b900460ff1690600401611fa3565b838160050154141580610af9575082816006015414155b15610b17576040516346125b3d60e01b815260040160405180910390fd5b60048101547f000000000000000000000000000000000000000000000000000000000000000090610b61906001600160401b03600160401b8204811691600160c01b900416611b12565b610b6b91906124c3565b60048201805477ffffffffffffffff0000000000000000ffffffffffffffff16600160401b6001600160401b03938416026001600160c01b031617600160c01b429390931692909202919091179055600781018290556002810180546001919060ff60e81b1916600160e81b830217905550600381015460048201546001600160401b03600160a01b90920482169116867f4b2273d36d01f279d957ece03e20e3b975416f770e50d53b83b2459a0dbe426b836002610c2a82866124e2565b610c349190612501565b610c3e90866124c3565b604080516001600160401b0393841681529183166020830152918516818301526060810188905290519081900360800190a250505050505050565b610cf1604080516101e0810182525f808252602082018190529181018290526060810182905290608082019081526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e0820181905261010082018190526101209091015290565b5f8281526001602081815260409283902083516101e08101855281548152928101549183019190915260028101546001600160a01b03811693830193909352600160a01b83046001600160401b0316606083015290916080830190600160e01b900460ff166003811115610d6757610d67611d23565b6003811115610d7857610d78611d23565b815260200160028201601d9054906101000a900460ff166002811115610da057610da0611d23565b6002811115610db157610db1611d23565b815260038201546001600160a01b03811660208301526001600160401b03600160a01b9091048116604083015260048301548082166060840152600160401b810482166080840152600160801b8104821660a0840152600160c01b90041660c0820152600582015460e082015260068201546101008201526007909101546101209091015292915050565b5f610e4686611645565b60028101549091506001600160a01b03163314610e7857604051635d01b17b60e11b8152336004820152602401610569565b6001600282810154600160e81b900460ff1690811115610e9a57610e9a611d23565b14610ec85760028101546040516341bb027760e01b815261056991600160e81b900460ff1690600401611fa3565b848160050154141580610edf575083816006015414155b80610eee575082816007015414155b15610f0c576040516346125b3d60e01b815260040160405180910390fd5b60048101547f000000000000000000000000000000000000000000000000000000000000000090610f56906001600160401b03600160801b8204811691600160c01b900416611b12565b610f6091906124c3565b6004820180546001600160801b0316600160801b6001600160401b03938416026001600160c01b031617600160c01b4284160217908190556003830154600160a01b9004821691165f6002610fb584846124e2565b610fbf9190612501565b610fc990846124c3565b9050841561100c5760038401805467ffffffffffffffff60a01b1916600160a01b6001600160401b0384160217905560058401869055949650869491508161103a565b60048401805467ffffffffffffffff19166001600160401b0383161790556006840186905594955085949050805b600161104684846124e2565b6001600160401b03161161105b57600261105d565b5f5b84600201601d6101000a81548160ff0219169083600281111561108257611082611d23565b02179055506040805186151581526001600160401b038581166020830152841681830152606081018a90526080810189905290518a917f2d81924b786d4920a0da2707af1b9707a8ed1a6fc3f7ecc0205774a5ddb07cee919081900360a00190a2505050505050505050565b5f7f000000000000000000000000000000000000000000000000000000000000000034146111575760405163062f01ed60e11b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610569565b5f61116183611a4c565b9050806001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166332cf57f86111a06020870187612054565b6040516001600160e01b031960e084901b1681526001600160401b039091166004820152602401602060405180830381865afa1580156111e2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611206919061253a565b1461123d576112186020840184612054565b6040516329323fff60e01b81526001600160401b039091166004820152602401610569565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663117f5f926040518163ffffffff1660e01b8152600401602060405180830381865afa15801561129a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112be9190612551565b6112ce6060860160408701612054565b6112d891906124c3565b9050806001600160401b0316421061130e576040516305bd3a4960e51b81526001600160401b0382166004820152602401610569565b5f828152600460209081526040808320338452909152902054801561135457611338600182611f90565b6040516385f8bca560e01b815260040161056991815260200190565b5f805490806113628361256c565b909155509350611373846001612584565b5f848152600460209081526040808320338085529083528184209490945587835260018083529220868155610140890135928101929092556002820180546001600160a01b031916909317909255906113ce90870187612054565b6002820180546001600160401b0392909216600160a01b0260ff60e01b191668ffffffffffffffffff60a01b1990921691909117600160e01b17905561141a6040870160208801611f17565b6003820180546001600160a01b0319166001600160a01b039290921691909117905561144e61014087016101208801612054565b6004820180546001600160401b039283166fffffffffffffffffffffffffffffffff1990911617600160401b7f00000000000000000000000000000000000000000000000000000000000000008416908102919091176001600160801b0316600160801b919091026001600160c01b031617600160c01b4293909316929092029190911790556101e08601356005820155610200860135600682015560016114fe61014088016101208901612054565b6001600160401b031611611513576002611515565b5f5b81600201601d6101000a81548160ff0219169083600281111561153a5761153a611d23565b02179055505f848152600260205260408120805490919061155a9061256c565b909155508361156c6020880188612054565b6001600160401b0316867fb09d3bc9888da4dcb20b3aae2926045a2ee7505e24a312910c98d57d1485dd8e336115a860408c0160208d01611f17565b6115ba6101408d016101208e01612054565b604080516001600160a01b0394851681529390921660208401526001600160401b0316908201526101e08b013560608201526102008b0135608082015260a00160405180910390a461161461014087016101208801612054565b6001600160401b03165f0361163c5761163c8582886102000135896101e0013514155f61169c565b50505050919050565b5f818152600160208190526040909120906002820154600160e01b900460ff16600381111561167657611676611d23565b1461169757604051633ffe5d2d60e11b815260048101839052602401610569565b919050565b82545f818152600260205260408120805482906116b890612597565b91829055505f83815260046020908152604080832060028a01546001600160a01b031684529091528120819055909150841561190a575060028501805460ff60e01b1916600360e01b1790555f8281526006602052604090205460039080158061172b5750611728600182611f90565b88105b1561174a5761173b886001612584565b5f858152600660205260409020555b6002870154604051630659eaff60e31b8152600160a01b9091046001600160401b0316600482015284907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906332cf57f890602401602060405180830381865afa1580156117c3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117e7919061253a565b036118cc57600287015460018801546003890154604051633b92ca5360e21b8152600160a01b9093046001600160401b031660048401526024830187905260448301919091526001600160a01b0390811660648301527f0000000000000000000000000000000000000000000000000000000000000000169063ee4b294c906084016020604051808303815f875af1158015611885573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118a9919061253a565b5f85815260056020526040812080549091906118c6908490612584565b90915550505b6002870154611904906001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000611bd5565b50611959565b506002858101805460ff60e01b1916600160e11b1790556003860154611959906001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000611bd5565b867fbc03b2eefa1e8056066a455f50fb9e603af552d5c87db2c66ab675dc4a76a94c828660405161198b9291906125ac565b60405180910390a25f83815260056020526040902054821580156119ae57508015155b15611a42575f848152600660205260408120546119cd90600190611f90565b5f81815260016020908152604080832060020154898452600583528184209390935580516001600160a01b0390931680845291830186905292935091839188917fc106bc4e28cc0f99e13f26a68f4163e1ddbe752bee3817ede4499da104b90d7d910160405180910390a36108508184611bd5565b5050505050505050565b5f81604051602001611a5e919061262e565b604051602081830303815290604052805190602001209050919050565b5f611b0c8235611a916040850160208601612054565b6001600160401b0316611aaa6060860160408701612054565b6001600160401b0316611ac36080870160608801612054565b6001600160401b0316611adc60a0880160808901612054565b6001600160401b0316604080519586526020860194909452928401919091526060830152608082015260a0902090565b92915050565b5f80611b276001600160401b03841642611f90565b9050836001600160401b0316811115611b53576040516328dedbb960e21b815260040160405180910390fd5b611b66816001600160401b038616611f90565b949350505050565b5f611b0c825f015183602001516001600160401b031684604001516001600160401b031685606001516001600160401b031686608001516001600160401b0316604080519586526020860194909452928401919091526060830152608082015260a0902090565b6001600160a01b0382165f9081526003602052604081208054839290611bfc908490612584565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f39060200160405180910390a25050565b5f60208284031215611c53575f5ffd5b5035919050565b5f6102208284031215611c6b575f5ffd5b50919050565b5f5f5f5f5f858703610320811215611c87575f5ffd5b86359550611c988860208901611c5a565b9450610240870135935060a061025f1982011215611cb4575f5ffd5b50610260860191506103008601356001600160401b03811115611cd5575f5ffd5b860160608189031215611ce6575f5ffd5b809150509295509295909350565b5f5f5f5f60808587031215611d07575f5ffd5b5050823594602084013594506040840135936060013592509050565b634e487b7160e01b5f52602160045260245ffd5b60048110611d4757611d47611d23565b9052565b60038110611d5b57611d5b611d23565b50565b611d4781611d4b565b5f6101e08201905082518252602083015160208301526040830151611d9760408401826001600160a01b03169052565b506060830151611db260608401826001600160401b03169052565b506080830151611dc56080840182611d37565b5060a0830151611dd860a0840182611d5e565b5060c0830151611df360c08401826001600160a01b03169052565b5060e0830151611e0e60e08401826001600160401b03169052565b50610100830151611e2b6101008401826001600160401b03169052565b50610120830151611e486101208401826001600160401b03169052565b50610140830151611e656101408401826001600160401b03169052565b50610160830151611e826101608401826001600160401b03169052565b506101808301516101808301526101a08301516101a08301526101c08301516101c083015292915050565b80358015158114611697575f5ffd5b5f5f5f5f5f60a08688031215611ed0575f5ffd5b85359450602086013593506040860135925060608601359150611ef560808701611ead565b90509295509295909350565b80356001600160a01b0381168114611697575f5ffd5b5f60208284031215611f27575f5ffd5b611f3082611f01565b9392505050565b5f5f60408385031215611f48575f5ffd5b82359150611f5860208401611f01565b90509250929050565b5f6102208284031215611f72575f5ffd5b611f308383611c5a565b634e487b7160e01b5f52601160045260245ffd5b81810381811115611b0c57611b0c611f7c565b60208101611fb083611d4b565b91905290565b803563ffffffff81168114611697575f5ffd5b5f60208284031215611fd9575f5ffd5b611f3082611fb6565b803560ff81168114611697575f5ffd5b5f60208284031215612002575f5ffd5b611f3082611fe2565b803561ffff81168114611697575f5ffd5b5f6020828403121561202c575f5ffd5b611f308261200b565b6001600160401b0381168114611d5b575f5ffd5b803561169781612035565b5f60208284031215612064575f5ffd5b8135611f3081612035565b5f5f8335601e19843603018112612084575f5ffd5b83016020810192503590506001600160401b038111156120a2575f5ffd5b8060051b36038213156120b3575f5ffd5b9250929050565b5f5f8335601e198436030181126120cf575f5ffd5b83016020810192503590506001600160401b038111156120ed575f5ffd5b8036038213156120b3575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8183525f6001600160fb1b0383111561213a575f5ffd5b8260051b80836020870137939093016020019392505050565b5f8383855260208501945060208460051b820101835f609e19863603015b878210156121ff57848403601f19018952823581811261218f575f5ffd5b870161219b818061206f565b60a087526121ad60a088018284612123565b9150506121bc60208301611ead565b1515602087810191909152604083810135908801526060808401359088015260809283013592909601919091529884019893929092019160019190910190612171565b5091979650505050505050565b5f6060830161221b838461206f565b606086528281845260808701905060808260051b8801019350825f605e19853603015b848210156122d257898703607f19018452823581811261225c575f5ffd5b860163ffffffff61226c82611fb6565b16885261227c60208201826120ba565b606060208b015261229160608b0182846120fb565b9150506122a1604083018361206f565b925089820360408b01526122b6828483612123565b995050505060208301925060208401935060018201915061223e565b5050505050506122e5602084018461206f565b85830360208701526122f8838284612153565b9250505061230960408401846120ba565b858303604087015261231c8382846120fb565b9695505050505050565b8351815260208085015163ffffffff168183015260408086015160ff169083015260608086015161ffff16908301526080808601516001600160401b031690830152833560a08301525f9084013561237d81612035565b6001600160401b031660c0830152604084013561239981612035565b6001600160401b031660e083015260608401356123b581612035565b6001600160401b031661010083015260808401356123d281612035565b6001600160401b038116610120840152506101606101408301526123fa61016083018461220c565b95945050505050565b805161169781612035565b805160048110611697575f5ffd5b5f5f82840360c081121561242e575f5ffd5b60a081121561243b575f5ffd5b5060405160a081018181106001600160401b038211171561246a57634e487b7160e01b5f52604160045260245ffd5b6040528351815261247d60208501612403565b602082015261248e60408501612403565b604082015261249f60608501612403565b60608201526124b060808501612403565b60808201529150611f5860a0840161240e565b6001600160401b038181168382160190811115611b0c57611b0c611f7c565b6001600160401b038281168282160390811115611b0c57611b0c611f7c565b5f6001600160401b0383168061252557634e487b7160e01b5f52601260045260245ffd5b806001600160401b0384160491505092915050565b5f6020828403121561254a575f5ffd5b5051919050565b5f60208284031215612561575f5ffd5b8151611f3081612035565b5f6001820161257d5761257d611f7c565b5060010190565b80820180821115611b0c57611b0c611f7c565b5f816125a5576125a5611f7c565b505f190190565b604081016125ba8285611d37565b6125c383611d4b565b8260208301529392505050565b8035825260208101356125e281612035565b6001600160401b0316602083015260408101356125fe81612035565b6001600160401b03166040830152606081013561261a81612035565b6001600160401b0381166060840152505050565b610220810161264d8261264085612049565b6001600160401b03169052565b61265960208401611f01565b6001600160a01b0316602083015261267360408401612049565b6001600160401b031660408301526060838101359083015261269760808401611fb6565b63ffffffff1660808301526126ae60a08401611fb6565b63ffffffff1660a08301526126c560c08401611fe2565b60ff1660c08301526126d960e0840161200b565b61ffff1660e08301526126ef6101008401612049565b6001600160401b031661010083015261270b6101208401612049565b6001600160401b031661012083015261014083810135908301526127366101608084019085016125d0565b6101e083810135908301526102009283013592909101919091529056",
}

// ChallengeGame is an auto generated Go binding around an Ethereum contract.
type ChallengeGame struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ChallengeGame) GetABI() abi.ABI {
	return c.abi
}

// NewChallengeGame creates a new instance of ChallengeGame.
func NewChallengeGame() *ChallengeGame {
	parsed, err := ChallengeGameMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ChallengeGame{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ChallengeGame) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address rollup_, address prover_, uint256 challengerBond_, uint64 gameClock_, uint64 clockIncrement_) returns()
func (challengeGame *ChallengeGame) PackConstructor(rollup_ common.Address, prover_ common.Address, challengerBond_ *big.Int, gameClock_ uint64, clockIncrement_ uint64) []byte {
	enc, err := challengeGame.abi.Pack("", rollup_, prover_, challengerBond_, gameClock_, clockIncrement_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackActiveGameOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd68e3f58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeGameOf(bytes32 batchHash, address challenger) view returns(uint256)
func (challengeGame *ChallengeGame) PackActiveGameOf(batchHash [32]byte, challenger common.Address) []byte {
	enc, err := challengeGame.abi.Pack("activeGameOf", batchHash, challenger)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveGameOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd68e3f58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeGameOf(bytes32 batchHash, address challenger) view returns(uint256)
func (challengeGame *ChallengeGame) TryPackActiveGameOf(batchHash [32]byte, challenger common.Address) ([]byte, error) {
	return challengeGame.abi.Pack("activeGameOf", batchHash, challenger)
}

// UnpackActiveGameOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd68e3f58.
//
// Solidity: function activeGameOf(bytes32 batchHash, address challenger) view returns(uint256)
func (challengeGame *ChallengeGame) UnpackActiveGameOf(data []byte) (*big.Int, error) {
	out, err := challengeGame.abi.Unpack("activeGameOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBisect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d8a4c0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bisect(uint256 id, bytes32 hLo, bytes32 hHi, bytes32 mid) returns()
func (challengeGame *ChallengeGame) PackBisect(id *big.Int, hLo [32]byte, hHi [32]byte, mid [32]byte) []byte {
	enc, err := challengeGame.abi.Pack("bisect", id, hLo, hHi, mid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBisect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d8a4c0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bisect(uint256 id, bytes32 hLo, bytes32 hHi, bytes32 mid) returns()
func (challengeGame *ChallengeGame) TryPackBisect(id *big.Int, hLo [32]byte, hHi [32]byte, mid [32]byte) ([]byte, error) {
	return challengeGame.abi.Pack("bisect", id, hLo, hHi, mid)
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde38b171.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) payable returns(uint256 id)
func (challengeGame *ChallengeGame) PackChallenge(info BatchInfo) []byte {
	enc, err := challengeGame.abi.Pack("challenge", info)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde38b171.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) payable returns(uint256 id)
func (challengeGame *ChallengeGame) TryPackChallenge(info BatchInfo) ([]byte, error) {
	return challengeGame.abi.Pack("challenge", info)
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde38b171.
//
// Solidity: function challenge((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) payable returns(uint256 id)
func (challengeGame *ChallengeGame) UnpackChallenge(data []byte) (*big.Int, error) {
	out, err := challengeGame.abi.Unpack("challenge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68ccdc86.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengerBond() view returns(uint256)
func (challengeGame *ChallengeGame) PackChallengerBond() []byte {
	enc, err := challengeGame.abi.Pack("challengerBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68ccdc86.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengerBond() view returns(uint256)
func (challengeGame *ChallengeGame) TryPackChallengerBond() ([]byte, error) {
	return challengeGame.abi.Pack("challengerBond")
}

// UnpackChallengerBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68ccdc86.
//
// Solidity: function challengerBond() view returns(uint256)
func (challengeGame *ChallengeGame) UnpackChallengerBond(data []byte) (*big.Int, error) {
	out, err := challengeGame.abi.Unpack("challengerBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClockIncrement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1266182d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clockIncrement() view returns(uint64)
func (challengeGame *ChallengeGame) PackClockIncrement() []byte {
	enc, err := challengeGame.abi.Pack("clockIncrement")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClockIncrement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1266182d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clockIncrement() view returns(uint64)
func (challengeGame *ChallengeGame) TryPackClockIncrement() ([]byte, error) {
	return challengeGame.abi.Pack("clockIncrement")
}

// UnpackClockIncrement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1266182d.
//
// Solidity: function clockIncrement() view returns(uint64)
func (challengeGame *ChallengeGame) UnpackClockIncrement(data []byte) (uint64, error) {
	out, err := challengeGame.abi.Unpack("clockIncrement", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4510f440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clocks(uint256 id) view returns(uint64 proposer, uint64 challenger)
func (challengeGame *ChallengeGame) PackClocks(id *big.Int) []byte {
	enc, err := challengeGame.abi.Pack("clocks", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4510f440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clocks(uint256 id) view returns(uint64 proposer, uint64 challenger)
func (challengeGame *ChallengeGame) TryPackClocks(id *big.Int) ([]byte, error) {
	return challengeGame.abi.Pack("clocks", id)
}

// ClocksOutput serves as a container for the return parameters of contract
// method Clocks.
type ClocksOutput struct {
	Proposer   uint64
	Challenger uint64
}

// UnpackClocks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4510f440.
//
// Solidity: function clocks(uint256 id) view returns(uint64 proposer, uint64 challenger)
func (challengeGame *ChallengeGame) UnpackClocks(data []byte) (ClocksOutput, error) {
	out, err := challengeGame.abi.Unpack("clocks", data)
	outstruct := new(ClocksOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Proposer = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Challenger = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address account) view returns(uint256)
func (challengeGame *ChallengeGame) PackCredit(account common.Address) []byte {
	enc, err := challengeGame.abi.Pack("credit", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address account) view returns(uint256)
func (challengeGame *ChallengeGame) TryPackCredit(account common.Address) ([]byte, error) {
	return challengeGame.abi.Pack("credit", account)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address account) view returns(uint256)
func (challengeGame *ChallengeGame) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := challengeGame.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFirstWin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0a1f5ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function firstWin(bytes32 batchHash) view returns(uint256)
func (challengeGame *ChallengeGame) PackFirstWin(batchHash [32]byte) []byte {
	enc, err := challengeGame.abi.Pack("firstWin", batchHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFirstWin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0a1f5ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function firstWin(bytes32 batchHash) view returns(uint256)
func (challengeGame *ChallengeGame) TryPackFirstWin(batchHash [32]byte) ([]byte, error) {
	return challengeGame.abi.Pack("firstWin", batchHash)
}

// UnpackFirstWin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0a1f5ed.
//
// Solidity: function firstWin(bytes32 batchHash) view returns(uint256)
func (challengeGame *ChallengeGame) UnpackFirstWin(data []byte) (*big.Int, error) {
	out, err := challengeGame.abi.Unpack("firstWin", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGameClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5652f0b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameClock() view returns(uint64)
func (challengeGame *ChallengeGame) PackGameClock() []byte {
	enc, err := challengeGame.abi.Pack("gameClock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5652f0b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameClock() view returns(uint64)
func (challengeGame *ChallengeGame) TryPackGameClock() ([]byte, error) {
	return challengeGame.abi.Pack("gameClock")
}

// UnpackGameClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5652f0b1.
//
// Solidity: function gameClock() view returns(uint64)
func (challengeGame *ChallengeGame) UnpackGameClock(data []byte) (uint64, error) {
	out, err := challengeGame.abi.Unpack("gameClock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameCount() view returns(uint256)
func (challengeGame *ChallengeGame) PackGameCount() []byte {
	enc, err := challengeGame.abi.Pack("gameCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameCount() view returns(uint256)
func (challengeGame *ChallengeGame) TryPackGameCount() ([]byte, error) {
	return challengeGame.abi.Pack("gameCount")
}

// UnpackGameCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint256)
func (challengeGame *ChallengeGame) UnpackGameCount(data []byte) (*big.Int, error) {
	out, err := challengeGame.abi.Unpack("gameCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f77bcc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getGame(uint256 id) view returns((bytes32,bytes32,address,uint64,uint8,uint8,address,uint64,uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32))
func (challengeGame *ChallengeGame) PackGetGame(id *big.Int) []byte {
	enc, err := challengeGame.abi.Pack("getGame", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f77bcc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getGame(uint256 id) view returns((bytes32,bytes32,address,uint64,uint8,uint8,address,uint64,uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32))
func (challengeGame *ChallengeGame) TryPackGetGame(id *big.Int) ([]byte, error) {
	return challengeGame.abi.Pack("getGame", id)
}

// UnpackGetGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f77bcc.
//
// Solidity: function getGame(uint256 id) view returns((bytes32,bytes32,address,uint64,uint8,uint8,address,uint64,uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32))
func (challengeGame *ChallengeGame) UnpackGetGame(data []byte) (ChallengeGameGame, error) {
	out, err := challengeGame.abi.Unpack("getGame", data)
	if err != nil {
		return *new(ChallengeGameGame), err
	}
	out0 := *abi.ConvertType(out[0], new(ChallengeGameGame)).(*ChallengeGameGame)
	return out0, nil
}

// PackOpenGames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41e1144b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openGames(bytes32 batchHash) view returns(uint256)
func (challengeGame *ChallengeGame) PackOpenGames(batchHash [32]byte) []byte {
	enc, err := challengeGame.abi.Pack("openGames", batchHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenGames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41e1144b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openGames(bytes32 batchHash) view returns(uint256)
func (challengeGame *ChallengeGame) TryPackOpenGames(batchHash [32]byte) ([]byte, error) {
	return challengeGame.abi.Pack("openGames", batchHash)
}

// UnpackOpenGames is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41e1144b.
//
// Solidity: function openGames(bytes32 batchHash) view returns(uint256)
func (challengeGame *ChallengeGame) UnpackOpenGames(data []byte) (*big.Int, error) {
	out, err := challengeGame.abi.Unpack("openGames", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPendingReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b356d23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingReward(bytes32 batchHash) view returns(uint256)
func (challengeGame *ChallengeGame) PackPendingReward(batchHash [32]byte) []byte {
	enc, err := challengeGame.abi.Pack("pendingReward", batchHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b356d23.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingReward(bytes32 batchHash) view returns(uint256)
func (challengeGame *ChallengeGame) TryPackPendingReward(batchHash [32]byte) ([]byte, error) {
	return challengeGame.abi.Pack("pendingReward", batchHash)
}

// UnpackPendingReward is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b356d23.
//
// Solidity: function pendingReward(bytes32 batchHash) view returns(uint256)
func (challengeGame *ChallengeGame) UnpackPendingReward(data []byte) (*big.Int, error) {
	out, err := challengeGame.abi.Unpack("pendingReward", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProveStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1efa5239.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveStep(uint256 id, (uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info, bytes32 hHi, (bytes32,uint64,uint64,uint64,uint64) pre, ((uint32,bytes,bytes32[])[],(bytes32[],bool,bytes32,uint256,uint256)[],bytes) witness) returns()
func (challengeGame *ChallengeGame) PackProveStep(id *big.Int, info BatchInfo, hHi [32]byte, pre MachineState, witness Witness) []byte {
	enc, err := challengeGame.abi.Pack("proveStep", id, info, hHi, pre, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1efa5239.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveStep(uint256 id, (uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info, bytes32 hHi, (bytes32,uint64,uint64,uint64,uint64) pre, ((uint32,bytes,bytes32[])[],(bytes32[],bool,bytes32,uint256,uint256)[],bytes) witness) returns()
func (challengeGame *ChallengeGame) TryPackProveStep(id *big.Int, info BatchInfo, hHi [32]byte, pre MachineState, witness Witness) ([]byte, error) {
	return challengeGame.abi.Pack("proveStep", id, info, hHi, pre, witness)
}

// PackProver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32a8f30f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function prover() view returns(address)
func (challengeGame *ChallengeGame) PackProver() []byte {
	enc, err := challengeGame.abi.Pack("prover")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32a8f30f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function prover() view returns(address)
func (challengeGame *ChallengeGame) TryPackProver() ([]byte, error) {
	return challengeGame.abi.Pack("prover")
}

// UnpackProver is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32a8f30f.
//
// Solidity: function prover() view returns(address)
func (challengeGame *ChallengeGame) UnpackProver(data []byte) (common.Address, error) {
	out, err := challengeGame.abi.Unpack("prover", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRespond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacc98106.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function respond(uint256 id, bytes32 hLo, bytes32 hHi, bytes32 mid, bool agree) returns()
func (challengeGame *ChallengeGame) PackRespond(id *big.Int, hLo [32]byte, hHi [32]byte, mid [32]byte, agree bool) []byte {
	enc, err := challengeGame.abi.Pack("respond", id, hLo, hHi, mid, agree)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRespond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacc98106.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function respond(uint256 id, bytes32 hLo, bytes32 hHi, bytes32 mid, bool agree) returns()
func (challengeGame *ChallengeGame) TryPackRespond(id *big.Int, hLo [32]byte, hHi [32]byte, mid [32]byte, agree bool) ([]byte, error) {
	return challengeGame.abi.Pack("respond", id, hLo, hHi, mid, agree)
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (challengeGame *ChallengeGame) PackRollup() []byte {
	enc, err := challengeGame.abi.Pack("rollup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollup() view returns(address)
func (challengeGame *ChallengeGame) TryPackRollup() ([]byte, error) {
	return challengeGame.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (challengeGame *ChallengeGame) UnpackRollup(data []byte) (common.Address, error) {
	out, err := challengeGame.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeout(uint256 id) returns()
func (challengeGame *ChallengeGame) PackTimeout(id *big.Int) []byte {
	enc, err := challengeGame.abi.Pack("timeout", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeout(uint256 id) returns()
func (challengeGame *ChallengeGame) TryPackTimeout(id *big.Int) ([]byte, error) {
	return challengeGame.abi.Pack("timeout", id)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (challengeGame *ChallengeGame) PackWithdraw() []byte {
	enc, err := challengeGame.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (challengeGame *ChallengeGame) TryPackWithdraw() ([]byte, error) {
	return challengeGame.abi.Pack("withdraw")
}

// ChallengeGameBisected represents a Bisected event raised by the ChallengeGame contract.
type ChallengeGameBisected struct {
	Id      *big.Int
	Lo      uint64
	Mid     uint64
	Hi      uint64
	MidHash [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const ChallengeGameBisectedEventName = "Bisected"

// ContractEventName returns the user-defined event name.
func (ChallengeGameBisected) ContractEventName() string {
	return ChallengeGameBisectedEventName
}

// UnpackBisectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Bisected(uint256 indexed id, uint64 lo, uint64 mid, uint64 hi, bytes32 midHash)
func (challengeGame *ChallengeGame) UnpackBisectedEvent(log *types.Log) (*ChallengeGameBisected, error) {
	event := "Bisected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challengeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengeGameBisected)
	if len(log.Data) > 0 {
		if err := challengeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challengeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ChallengeGameCredited represents a Credited event raised by the ChallengeGame contract.
type ChallengeGameCredited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ChallengeGameCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (ChallengeGameCredited) ContractEventName() string {
	return ChallengeGameCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed account, uint256 amount)
func (challengeGame *ChallengeGame) UnpackCreditedEvent(log *types.Log) (*ChallengeGameCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challengeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengeGameCredited)
	if len(log.Data) > 0 {
		if err := challengeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challengeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ChallengeGameGameOpened represents a GameOpened event raised by the ChallengeGame contract.
type ChallengeGameGameOpened struct {
	Id         *big.Int
	BatchIndex uint64
	BatchHash  [32]byte
	Challenger common.Address
	Proposer   common.Address
	NumSteps   uint64
	StartHash  [32]byte
	EndHash    [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const ChallengeGameGameOpenedEventName = "GameOpened"

// ContractEventName returns the user-defined event name.
func (ChallengeGameGameOpened) ContractEventName() string {
	return ChallengeGameGameOpenedEventName
}

// UnpackGameOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameOpened(uint256 indexed id, uint64 indexed batchIndex, bytes32 indexed batchHash, address challenger, address proposer, uint64 numSteps, bytes32 startHash, bytes32 endHash)
func (challengeGame *ChallengeGame) UnpackGameOpenedEvent(log *types.Log) (*ChallengeGameGameOpened, error) {
	event := "GameOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challengeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengeGameGameOpened)
	if len(log.Data) > 0 {
		if err := challengeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challengeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ChallengeGameGameResolved represents a GameResolved event raised by the ChallengeGame contract.
type ChallengeGameGameResolved struct {
	Id     *big.Int
	Status uint8
	Reason uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const ChallengeGameGameResolvedEventName = "GameResolved"

// ContractEventName returns the user-defined event name.
func (ChallengeGameGameResolved) ContractEventName() string {
	return ChallengeGameGameResolvedEventName
}

// UnpackGameResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameResolved(uint256 indexed id, uint8 status, uint8 reason)
func (challengeGame *ChallengeGame) UnpackGameResolvedEvent(log *types.Log) (*ChallengeGameGameResolved, error) {
	event := "GameResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challengeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengeGameGameResolved)
	if len(log.Data) > 0 {
		if err := challengeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challengeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ChallengeGameResponded represents a Responded event raised by the ChallengeGame contract.
type ChallengeGameResponded struct {
	Id    *big.Int
	Agree bool
	Lo    uint64
	Hi    uint64
	HLo   [32]byte
	HHi   [32]byte
	Raw   *types.Log // Blockchain specific contextual infos
}

const ChallengeGameRespondedEventName = "Responded"

// ContractEventName returns the user-defined event name.
func (ChallengeGameResponded) ContractEventName() string {
	return ChallengeGameRespondedEventName
}

// UnpackRespondedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Responded(uint256 indexed id, bool agree, uint64 lo, uint64 hi, bytes32 hLo, bytes32 hHi)
func (challengeGame *ChallengeGame) UnpackRespondedEvent(log *types.Log) (*ChallengeGameResponded, error) {
	event := "Responded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challengeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengeGameResponded)
	if len(log.Data) > 0 {
		if err := challengeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challengeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ChallengeGameRewardPaid represents a RewardPaid event raised by the ChallengeGame contract.
type ChallengeGameRewardPaid struct {
	BatchHash  [32]byte
	Id         *big.Int
	Challenger common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ChallengeGameRewardPaidEventName = "RewardPaid"

// ContractEventName returns the user-defined event name.
func (ChallengeGameRewardPaid) ContractEventName() string {
	return ChallengeGameRewardPaidEventName
}

// UnpackRewardPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardPaid(bytes32 indexed batchHash, uint256 indexed id, address challenger, uint256 amount)
func (challengeGame *ChallengeGame) UnpackRewardPaidEvent(log *types.Log) (*ChallengeGameRewardPaid, error) {
	event := "RewardPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challengeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengeGameRewardPaid)
	if len(log.Data) > 0 {
		if err := challengeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challengeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ChallengeGameStepProved represents a StepProved event raised by the ChallengeGame contract.
type ChallengeGameStepProved struct {
	Id           *big.Int
	Lo           uint64
	PostHash     [32]byte
	MatchesClaim bool
	Raw          *types.Log // Blockchain specific contextual infos
}

const ChallengeGameStepProvedEventName = "StepProved"

// ContractEventName returns the user-defined event name.
func (ChallengeGameStepProved) ContractEventName() string {
	return ChallengeGameStepProvedEventName
}

// UnpackStepProvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StepProved(uint256 indexed id, uint64 lo, bytes32 postHash, bool matchesClaim)
func (challengeGame *ChallengeGame) UnpackStepProvedEvent(log *types.Log) (*ChallengeGameStepProved, error) {
	event := "StepProved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challengeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengeGameStepProved)
	if len(log.Data) > 0 {
		if err := challengeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challengeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ChallengeGameWithdrawn represents a Withdrawn event raised by the ChallengeGame contract.
type ChallengeGameWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ChallengeGameWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (ChallengeGameWithdrawn) ContractEventName() string {
	return ChallengeGameWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (challengeGame *ChallengeGame) UnpackWithdrawnEvent(log *types.Log) (*ChallengeGameWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challengeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengeGameWithdrawn)
	if len(log.Data) > 0 {
		if err := challengeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challengeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (challengeGame *ChallengeGame) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["AlreadyChallenged"].ID.Bytes()[:4]) {
		return challengeGame.UnpackAlreadyChallengedError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["ClockExpired"].ID.Bytes()[:4]) {
		return challengeGame.UnpackClockExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["ClockNotExpired"].ID.Bytes()[:4]) {
		return challengeGame.UnpackClockNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["GameNotActive"].ID.Bytes()[:4]) {
		return challengeGame.UnpackGameNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["NotYourMove"].ID.Bytes()[:4]) {
		return challengeGame.UnpackNotYourMoveError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return challengeGame.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["PaymentFailed"].ID.Bytes()[:4]) {
		return challengeGame.UnpackPaymentFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["StaleMove"].ID.Bytes()[:4]) {
		return challengeGame.UnpackStaleMoveError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["UnexpectedPayment"].ID.Bytes()[:4]) {
		return challengeGame.UnpackUnexpectedPaymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["UnknownBatch"].ID.Bytes()[:4]) {
		return challengeGame.UnpackUnknownBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["WindowClosed"].ID.Bytes()[:4]) {
		return challengeGame.UnpackWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["WrongBatch"].ID.Bytes()[:4]) {
		return challengeGame.UnpackWrongBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return challengeGame.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["WrongPreState"].ID.Bytes()[:4]) {
		return challengeGame.UnpackWrongPreStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["WrongTurn"].ID.Bytes()[:4]) {
		return challengeGame.UnpackWrongTurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return challengeGame.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], challengeGame.abi.Errors["ZeroParameter"].ID.Bytes()[:4]) {
		return challengeGame.UnpackZeroParameterError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ChallengeGameAlreadyChallenged represents a AlreadyChallenged error raised by the ChallengeGame contract.
type ChallengeGameAlreadyChallenged struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyChallenged(uint256 id)
func ChallengeGameAlreadyChallengedErrorID() common.Hash {
	return common.HexToHash("0x85f8bca5ce1bf4d29150061c003c4a898804aef7223ff82a63f155bb26726e72")
}

// UnpackAlreadyChallengedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyChallenged(uint256 id)
func (challengeGame *ChallengeGame) UnpackAlreadyChallengedError(raw []byte) (*ChallengeGameAlreadyChallenged, error) {
	out := new(ChallengeGameAlreadyChallenged)
	if err := challengeGame.abi.UnpackIntoInterface(out, "AlreadyChallenged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGameClockExpired represents a ClockExpired error raised by the ChallengeGame contract.
type ChallengeGameClockExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockExpired()
func ChallengeGameClockExpiredErrorID() common.Hash {
	return common.HexToHash("0xa37b6ee4e69cc1b9a5bb3f2ab30547ddcf94dca6482e0f550f70c4719fb8b783")
}

// UnpackClockExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockExpired()
func (challengeGame *ChallengeGame) UnpackClockExpiredError(raw []byte) (*ChallengeGameClockExpired, error) {
	out := new(ChallengeGameClockExpired)
	if err := challengeGame.abi.UnpackIntoInterface(out, "ClockExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGameClockNotExpired represents a ClockNotExpired error raised by the ChallengeGame contract.
type ChallengeGameClockNotExpired struct {
	Remaining *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockNotExpired(uint256 remaining)
func ChallengeGameClockNotExpiredErrorID() common.Hash {
	return common.HexToHash("0x89950c485d390c9f2f8e375afe9e4af3fe65b1f040d4ab5c098255178f4cca8f")
}

// UnpackClockNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockNotExpired(uint256 remaining)
func (challengeGame *ChallengeGame) UnpackClockNotExpiredError(raw []byte) (*ChallengeGameClockNotExpired, error) {
	out := new(ChallengeGameClockNotExpired)
	if err := challengeGame.abi.UnpackIntoInterface(out, "ClockNotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGameGameNotActive represents a GameNotActive error raised by the ChallengeGame contract.
type ChallengeGameGameNotActive struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameNotActive(uint256 id)
func ChallengeGameGameNotActiveErrorID() common.Hash {
	return common.HexToHash("0x7ffcba5a688c8e479e90e760a1a1d9fa2d79fe2927e5c40a72b6834d9a6b94c1")
}

// UnpackGameNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameNotActive(uint256 id)
func (challengeGame *ChallengeGame) UnpackGameNotActiveError(raw []byte) (*ChallengeGameGameNotActive, error) {
	out := new(ChallengeGameGameNotActive)
	if err := challengeGame.abi.UnpackIntoInterface(out, "GameNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGameNotYourMove represents a NotYourMove error raised by the ChallengeGame contract.
type ChallengeGameNotYourMove struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourMove(address caller)
func ChallengeGameNotYourMoveErrorID() common.Hash {
	return common.HexToHash("0xba0362f6fb07dbc72beeab36ca64f334a228938ded425b7dd641988897808279")
}

// UnpackNotYourMoveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourMove(address caller)
func (challengeGame *ChallengeGame) UnpackNotYourMoveError(raw []byte) (*ChallengeGameNotYourMove, error) {
	out := new(ChallengeGameNotYourMove)
	if err := challengeGame.abi.UnpackIntoInterface(out, "NotYourMove", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGameNothingToWithdraw represents a NothingToWithdraw error raised by the ChallengeGame contract.
type ChallengeGameNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func ChallengeGameNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (challengeGame *ChallengeGame) UnpackNothingToWithdrawError(raw []byte) (*ChallengeGameNothingToWithdraw, error) {
	out := new(ChallengeGameNothingToWithdraw)
	if err := challengeGame.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGamePaymentFailed represents a PaymentFailed error raised by the ChallengeGame contract.
type ChallengeGamePaymentFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PaymentFailed(address to, uint256 amount)
func ChallengeGamePaymentFailedErrorID() common.Hash {
	return common.HexToHash("0xa09e6165f4dcdc4e418edf5d4543c54cdb7d7a2166ff3723d856102f4f4a3c4d")
}

// UnpackPaymentFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PaymentFailed(address to, uint256 amount)
func (challengeGame *ChallengeGame) UnpackPaymentFailedError(raw []byte) (*ChallengeGamePaymentFailed, error) {
	out := new(ChallengeGamePaymentFailed)
	if err := challengeGame.abi.UnpackIntoInterface(out, "PaymentFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGameStaleMove represents a StaleMove error raised by the ChallengeGame contract.
type ChallengeGameStaleMove struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleMove()
func ChallengeGameStaleMoveErrorID() common.Hash {
	return common.HexToHash("0x46125b3d08a3f5b2dc25551072e70d24970023348c22d67423de25d3b9b07ea9")
}

// UnpackStaleMoveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleMove()
func (challengeGame *ChallengeGame) UnpackStaleMoveError(raw []byte) (*ChallengeGameStaleMove, error) {
	out := new(ChallengeGameStaleMove)
	if err := challengeGame.abi.UnpackIntoInterface(out, "StaleMove", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGameUnexpectedPayment represents a UnexpectedPayment error raised by the ChallengeGame contract.
type ChallengeGameUnexpectedPayment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedPayment()
func ChallengeGameUnexpectedPaymentErrorID() common.Hash {
	return common.HexToHash("0x90b25a67365a4bc822ee425a505843b68ad18a706070f8a1b3049d138be158a3")
}

// UnpackUnexpectedPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedPayment()
func (challengeGame *ChallengeGame) UnpackUnexpectedPaymentError(raw []byte) (*ChallengeGameUnexpectedPayment, error) {
	out := new(ChallengeGameUnexpectedPayment)
	if err := challengeGame.abi.UnpackIntoInterface(out, "UnexpectedPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGameUnknownBatch represents a UnknownBatch error raised by the ChallengeGame contract.
type ChallengeGameUnknownBatch struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownBatch(uint64 index)
func ChallengeGameUnknownBatchErrorID() common.Hash {
	return common.HexToHash("0x29323ffff0d2ae0465a5a02be95b40fbdb0fc0656d05f820f3904c4580a7b0c1")
}

// UnpackUnknownBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownBatch(uint64 index)
func (challengeGame *ChallengeGame) UnpackUnknownBatchError(raw []byte) (*ChallengeGameUnknownBatch, error) {
	out := new(ChallengeGameUnknownBatch)
	if err := challengeGame.abi.UnpackIntoInterface(out, "UnknownBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGameWindowClosed represents a WindowClosed error raised by the ChallengeGame contract.
type ChallengeGameWindowClosed struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowClosed(uint64 deadline)
func ChallengeGameWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xb7a749206d8179505f87eae415c0167441d2b07748a072df075f7d5d103538cc")
}

// UnpackWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowClosed(uint64 deadline)
func (challengeGame *ChallengeGame) UnpackWindowClosedError(raw []byte) (*ChallengeGameWindowClosed, error) {
	out := new(ChallengeGameWindowClosed)
	if err := challengeGame.abi.UnpackIntoInterface(out, "WindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGameWrongBatch represents a WrongBatch error raised by the ChallengeGame contract.
type ChallengeGameWrongBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBatch()
func ChallengeGameWrongBatchErrorID() common.Hash {
	return common.HexToHash("0x1a48cd918cea8f75850c7ba3151dd75495949d44b00f6a69429b79d09bca070c")
}

// UnpackWrongBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBatch()
func (challengeGame *ChallengeGame) UnpackWrongBatchError(raw []byte) (*ChallengeGameWrongBatch, error) {
	out := new(ChallengeGameWrongBatch)
	if err := challengeGame.abi.UnpackIntoInterface(out, "WrongBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGameWrongBond represents a WrongBond error raised by the ChallengeGame contract.
type ChallengeGameWrongBond struct {
	Sent     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond(uint256 sent, uint256 required)
func ChallengeGameWrongBondErrorID() common.Hash {
	return common.HexToHash("0x0c5e03da3c3575f08d387f0e59dfdfe46b22550c7a25676fffcb9251582e2c11")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond(uint256 sent, uint256 required)
func (challengeGame *ChallengeGame) UnpackWrongBondError(raw []byte) (*ChallengeGameWrongBond, error) {
	out := new(ChallengeGameWrongBond)
	if err := challengeGame.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGameWrongPreState represents a WrongPreState error raised by the ChallengeGame contract.
type ChallengeGameWrongPreState struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPreState()
func ChallengeGameWrongPreStateErrorID() common.Hash {
	return common.HexToHash("0xb7e5ab207dd2e976eb0c258b4425d8b39b89bb1031bf2189dff63f6824ca20a7")
}

// UnpackWrongPreStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPreState()
func (challengeGame *ChallengeGame) UnpackWrongPreStateError(raw []byte) (*ChallengeGameWrongPreState, error) {
	out := new(ChallengeGameWrongPreState)
	if err := challengeGame.abi.UnpackIntoInterface(out, "WrongPreState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGameWrongTurn represents a WrongTurn error raised by the ChallengeGame contract.
type ChallengeGameWrongTurn struct {
	Current uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongTurn(uint8 current)
func ChallengeGameWrongTurnErrorID() common.Hash {
	return common.HexToHash("0x41bb0277675b0aa25a2a74961a1030740c2ea76320d95dd3d99f95015b95f83d")
}

// UnpackWrongTurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongTurn(uint8 current)
func (challengeGame *ChallengeGame) UnpackWrongTurnError(raw []byte) (*ChallengeGameWrongTurn, error) {
	out := new(ChallengeGameWrongTurn)
	if err := challengeGame.abi.UnpackIntoInterface(out, "WrongTurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGameZeroAddress represents a ZeroAddress error raised by the ChallengeGame contract.
type ChallengeGameZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ChallengeGameZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (challengeGame *ChallengeGame) UnpackZeroAddressError(raw []byte) (*ChallengeGameZeroAddress, error) {
	out := new(ChallengeGameZeroAddress)
	if err := challengeGame.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengeGameZeroParameter represents a ZeroParameter error raised by the ChallengeGame contract.
type ChallengeGameZeroParameter struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroParameter()
func ChallengeGameZeroParameterErrorID() common.Hash {
	return common.HexToHash("0xce75bbc40f97ffbf55db9ce875506dd6c3e214730c46cdd186ed02fc4bec835f")
}

// UnpackZeroParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroParameter()
func (challengeGame *ChallengeGame) UnpackZeroParameterError(raw []byte) (*ChallengeGameZeroParameter, error) {
	out := new(ChallengeGameZeroParameter)
	if err := challengeGame.abi.UnpackIntoInterface(out, "ZeroParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DevTokenMetaData contains all meta data concerning the DevToken contract.
var DevTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"holders\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minter\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotMinter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"}]",
	ID:  "3c97b4e593a2d86ab477897d03994434ca",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610bf9380380610bf983398101604081905261002e91610277565b5f61003986826103b5565b50600161004685826103b5565b5060ff83166080523360a081905261005e90836100a5565b5f5b815181101561009a5761009282828151811061007e5761007e610473565b6020026020010151846100a560201b60201c565b600101610060565b5050505050506104ac565b6001600160a01b0382166100cc5760405163d92e233d60e01b815260040160405180910390fd5b8060025f8282546100dd9190610487565b90915550506001600160a01b0382165f818152600360209081526040808320805486019055518481527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef910160405180910390a35050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561017157610171610135565b604052919050565b5f82601f830112610188575f5ffd5b81516001600160401b038111156101a1576101a1610135565b6101b4601f8201601f1916602001610149565b8181528460208386010111156101c8575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f82601f8301126101f3575f5ffd5b81516001600160401b0381111561020c5761020c610135565b8060051b61021c60208201610149565b91825260208185018101929081019086841115610237575f5ffd5b6020860192505b8383101561026d5782516001600160a01b038116811461025c575f5ffd5b82526020928301929091019061023e565b9695505050505050565b5f5f5f5f5f60a0868803121561028b575f5ffd5b85516001600160401b038111156102a0575f5ffd5b6102ac88828901610179565b602088015190965090506001600160401b038111156102c9575f5ffd5b6102d588828901610179565b945050604086015160ff811681146102eb575f5ffd5b6060870151608088015191945092506001600160401b0381111561030d575f5ffd5b610319888289016101e4565b9150509295509295909350565b600181811c9082168061033a57607f821691505b60208210810361035857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103b057828211156103b057805f5260205f20601f840160051c602085101561038957505f5b90810190601f840160051c035f5b818110156103ac575f83820155600101610397565b5050505b505050565b81516001600160401b038111156103ce576103ce610135565b6103e2816103dc8454610326565b8461035e565b6020601f821160018114610414575f83156103fd5750848201515b5f19600385901b1c1916600184901b17845561046c565b5f84815260208120601f198516915b828110156104435787850151825560209485019460019092019101610423565b508482101561046057868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b634e487b7160e01b5f52603260045260245ffd5b808201808211156104a657634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a0516107266104d35f395f818160cd01526103cd01525f61015901526107265ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c8063313ce5671161006e578063313ce5671461015457806340c10f191461018d57806370a08231146101a257806395d89b41146101c1578063a9059cbb146101c9578063dd62ed3e146101dc575f5ffd5b806306fdde03146100aa57806307546172146100c8578063095ea7b31461010757806318160ddd1461012a57806323b872dd14610141575b5f5ffd5b6100b2610206565b6040516100bf91906105b1565b60405180910390f35b6100ef7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100bf565b61011a610115366004610601565b610291565b60405190151581526020016100bf565b61013360025481565b6040519081526020016100bf565b61011a61014f366004610629565b61031d565b61017b7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016100bf565b6101a061019b366004610601565b6103c2565b005b6101336101b0366004610663565b60036020525f908152604090205481565b6100b2610419565b61011a6101d7366004610601565b610426565b6101336101ea366004610683565b600460209081525f928352604080842090915290825290205481565b5f8054610212906106b4565b80601f016020809104026020016040519081016040528092919081815260200182805461023e906106b4565b80156102895780601f1061026057610100808354040283529160200191610289565b820191905f5260205f20905b81548152906001019060200180831161026c57829003601f168201915b505050505081565b5f6001600160a01b0383166102b95760405163d92e233d60e01b815260040160405180910390fd5b335f8181526004602090815260408083206001600160a01b03881680855290835292819020869055518581529192917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925910160405180910390a35060015b92915050565b6001600160a01b0383165f9081526004602090815260408083203384529091528120545f1981146103ac578281101561037e57604051630c95cf2760e11b815233600482015260248101829052604481018490526064015b60405180910390fd5b6103888382610700565b6001600160a01b0386165f9081526004602090815260408083203384529091529020555b6103b785858561043b565b506001949350505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461040b57604051633e34a41b60e21b815260040160405180910390fd5b6104158282610521565b5050565b60018054610212906106b4565b5f61043233848461043b565b50600192915050565b6001600160a01b0382166104625760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0383165f90815260036020526040902054818110156104b45760405163db42144d60e01b81526001600160a01b03851660048201526024810182905260448101839052606401610375565b6001600160a01b038085165f8181526003602052604080822086860390559286168082529083902080548601905591517fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef906105139086815260200190565b60405180910390a350505050565b6001600160a01b0382166105485760405163d92e233d60e01b815260040160405180910390fd5b8060025f8282546105599190610713565b90915550506001600160a01b0382165f818152600360209081526040808320805486019055518481527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef910160405180910390a35050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146105fc575f5ffd5b919050565b5f5f60408385031215610612575f5ffd5b61061b836105e6565b946020939093013593505050565b5f5f5f6060848603121561063b575f5ffd5b610644846105e6565b9250610652602085016105e6565b929592945050506040919091013590565b5f60208284031215610673575f5ffd5b61067c826105e6565b9392505050565b5f5f60408385031215610694575f5ffd5b61069d836105e6565b91506106ab602084016105e6565b90509250929050565b600181811c908216806106c857607f821691505b6020821081036106e657634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610317576103176106ec565b80820180821115610317576103176106ec56",
}

// DevToken is an auto generated Go binding around an Ethereum contract.
type DevToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DevToken) GetABI() abi.ABI {
	return c.abi
}

// NewDevToken creates a new instance of DevToken.
func NewDevToken() *DevToken {
	parsed, err := DevTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DevToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DevToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, uint8 decimals_, uint256 supply, address[] holders) returns()
func (devToken *DevToken) PackConstructor(name_ string, symbol_ string, decimals_ uint8, supply *big.Int, holders []common.Address) []byte {
	enc, err := devToken.abi.Pack("", name_, symbol_, decimals_, supply, holders)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (devToken *DevToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := devToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (devToken *DevToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return devToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (devToken *DevToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := devToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (devToken *DevToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := devToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (devToken *DevToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return devToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (devToken *DevToken) UnpackApprove(data []byte) (bool, error) {
	out, err := devToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (devToken *DevToken) PackBalanceOf(owner common.Address) []byte {
	enc, err := devToken.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (devToken *DevToken) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return devToken.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (devToken *DevToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := devToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (devToken *DevToken) PackDecimals() []byte {
	enc, err := devToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (devToken *DevToken) TryPackDecimals() ([]byte, error) {
	return devToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (devToken *DevToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := devToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 value) returns()
func (devToken *DevToken) PackMint(to common.Address, value *big.Int) []byte {
	enc, err := devToken.abi.Pack("mint", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 value) returns()
func (devToken *DevToken) TryPackMint(to common.Address, value *big.Int) ([]byte, error) {
	return devToken.abi.Pack("mint", to, value)
}

// PackMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07546172.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minter() view returns(address)
func (devToken *DevToken) PackMinter() []byte {
	enc, err := devToken.abi.Pack("minter")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07546172.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minter() view returns(address)
func (devToken *DevToken) TryPackMinter() ([]byte, error) {
	return devToken.abi.Pack("minter")
}

// UnpackMinter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07546172.
//
// Solidity: function minter() view returns(address)
func (devToken *DevToken) UnpackMinter(data []byte) (common.Address, error) {
	out, err := devToken.abi.Unpack("minter", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (devToken *DevToken) PackName() []byte {
	enc, err := devToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (devToken *DevToken) TryPackName() ([]byte, error) {
	return devToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (devToken *DevToken) UnpackName(data []byte) (string, error) {
	out, err := devToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (devToken *DevToken) PackSymbol() []byte {
	enc, err := devToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (devToken *DevToken) TryPackSymbol() ([]byte, error) {
	return devToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (devToken *DevToken) UnpackSymbol(data []byte) (string, error) {
	out, err := devToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (devToken *DevToken) PackTotalSupply() []byte {
	enc, err := devToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (devToken *DevToken) TryPackTotalSupply() ([]byte, error) {
	return devToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (devToken *DevToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := devToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (devToken *DevToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := devToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (devToken *DevToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return devToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (devToken *DevToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := devToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (devToken *DevToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := devToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (devToken *DevToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return devToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (devToken *DevToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := devToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// DevTokenApproval represents a Approval event raised by the DevToken contract.
type DevTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DevTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (DevTokenApproval) ContractEventName() string {
	return DevTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (devToken *DevToken) UnpackApprovalEvent(log *types.Log) (*DevTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != devToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DevTokenApproval)
	if len(log.Data) > 0 {
		if err := devToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range devToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DevTokenTransfer represents a Transfer event raised by the DevToken contract.
type DevTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const DevTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (DevTokenTransfer) ContractEventName() string {
	return DevTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (devToken *DevToken) UnpackTransferEvent(log *types.Log) (*DevTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != devToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DevTokenTransfer)
	if len(log.Data) > 0 {
		if err := devToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range devToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (devToken *DevToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], devToken.abi.Errors["InsufficientAllowance"].ID.Bytes()[:4]) {
		return devToken.UnpackInsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], devToken.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return devToken.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], devToken.abi.Errors["NotMinter"].ID.Bytes()[:4]) {
		return devToken.UnpackNotMinterError(raw[4:])
	}
	if bytes.Equal(raw[:4], devToken.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return devToken.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DevTokenInsufficientAllowance represents a InsufficientAllowance error raised by the DevToken contract.
type DevTokenInsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func DevTokenInsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0x192b9e4ebc4a4fb7dd02b679453572cd28ba5c859d02dc04b21a8c00bc0a41f0")
}

// UnpackInsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (devToken *DevToken) UnpackInsufficientAllowanceError(raw []byte) (*DevTokenInsufficientAllowance, error) {
	out := new(DevTokenInsufficientAllowance)
	if err := devToken.abi.UnpackIntoInterface(out, "InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DevTokenInsufficientBalance represents a InsufficientBalance error raised by the DevToken contract.
type DevTokenInsufficientBalance struct {
	Owner   common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(address owner, uint256 balance, uint256 needed)
func DevTokenInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xdb42144d928cd19733b9dfeead8bc02ed403845c274e06a6eee0944fb25ca5c4")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(address owner, uint256 balance, uint256 needed)
func (devToken *DevToken) UnpackInsufficientBalanceError(raw []byte) (*DevTokenInsufficientBalance, error) {
	out := new(DevTokenInsufficientBalance)
	if err := devToken.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DevTokenNotMinter represents a NotMinter error raised by the DevToken contract.
type DevTokenNotMinter struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMinter()
func DevTokenNotMinterErrorID() common.Hash {
	return common.HexToHash("0xf8d2906ce84a96639fbeeedc84c13a0873e5d5e48a49a084ea78b44722550223")
}

// UnpackNotMinterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMinter()
func (devToken *DevToken) UnpackNotMinterError(raw []byte) (*DevTokenNotMinter, error) {
	out := new(DevTokenNotMinter)
	if err := devToken.abi.UnpackIntoInterface(out, "NotMinter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DevTokenZeroAddress represents a ZeroAddress error raised by the DevToken contract.
type DevTokenZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DevTokenZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (devToken *DevToken) UnpackZeroAddressError(raw []byte) (*DevTokenZeroAddress, error) {
	out := new(DevTokenZeroAddress)
	if err := devToken.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepProverMetaData contains all meta data concerning the OneStepProver contract.
var OneStepProverMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIDepositQueue\",\"name\":\"bridge_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"l2ChainId_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"baseFee_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"baseFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"contractIDepositQueue\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"chunkRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"}],\"internalType\":\"structBatchContext\",\"name\":\"ctx\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structMachineState\",\"name\":\"pre\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structChunkProof[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"},{\"internalType\":\"bool\",\"name\":\"leafPresent\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"leafKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"leafA\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"leafB\",\"type\":\"uint256\"}],\"internalType\":\"structStateProof[]\",\"name\":\"proofs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"forcedTx\",\"type\":\"bytes\"}],\"internalType\":\"structWitness\",\"name\":\"witness\",\"type\":\"tuple\"}],\"name\":\"executeStep\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structMachineState\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"enumIOneStepProver.Outcome\",\"name\":\"outcome\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"chunkRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"}],\"internalType\":\"structBatchContext\",\"name\":\"ctx\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structMachineState\",\"name\":\"pre\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structChunkProof[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"},{\"internalType\":\"bool\",\"name\":\"leafPresent\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"leafKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"leafA\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"leafB\",\"type\":\"uint256\"}],\"internalType\":\"structStateProof[]\",\"name\":\"proofs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"forcedTx\",\"type\":\"bytes\"}],\"internalType\":\"structWitness\",\"name\":\"witness\",\"type\":\"tuple\"}],\"name\":\"stepHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidChunkProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidContext\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidStateProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"MissingChunk\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"MissingStateProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrongForcedTx\",\"type\":\"error\"}]",
	ID:  "2fc2d6985d2a7a4a3af63c857bcbec732d",
	Bin: "0x610100604052348015610010575f5ffd5b50604051612f4e380380612f4e83398101604081905261002f91610066565b6001600160a01b0393841660805260a09290925260c0521660e0526100af565b6001600160a01b0381168114610063575f5ffd5b50565b5f5f5f5f60808587031215610079575f5ffd5b84516100848161004f565b60208601516040870151606088015192965090945092506100a48161004f565b939692955090935050565b60805160a05160c05160e051612e376101175f395f8181608f0152610fc401525f818160ce01528181610e430152611b0a01525f818160f501528181611bf80152611c6801525f818161013d0152818161097a01528181610a6701526112310152612e375ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c80630a86182414610064578063469048401461008a5780636ef25c3a146100c9578063d6ae3cd5146100f0578063dd5a714a14610117578063e78cea9214610138575b5f5ffd5b6100776100723660046127b9565b61015f565b6040519081526020015b60405180910390f35b6100b17f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610081565b6100777f000000000000000000000000000000000000000000000000000000000000000081565b6100777f000000000000000000000000000000000000000000000000000000000000000081565b61012a6101253660046127b9565b610183565b60405161008192919061281c565b6100b17f000000000000000000000000000000000000000000000000000000000000000081565b5f5f61016c858585610183565b5090506101788161050b565b9150505b9392505050565b61018b6126ee565b5f61019b36859003850185612907565b91505f6101ae60408701602088016129a1565b63ffffffff169050806101c760408701602088016129c4565b6001600160401b0316106101de57505f9050610503565b806101ef60608801604089016129ef565b6101fd9060ff166002612a1c565b61020d6080890160608a01612a33565b61021c9061ffff166014612a1c565b610227906008612a54565b6102319190612a54565b11156102505760405163271a26f160e01b815260040160405180910390fd5b5f6102648761025f8780612a67565b610578565b90505f808061028b8461027d60408c0160208d016129c4565b6001600160401b03166107ce565b925092509250806102ae576102a08786610939565b965096505050505050610503565b825f036103be575f6102c085846107ce565b909450925090508115806102fd57506001600160401b03816102e860a08d0160808e016129c4565b6001600160401b03166102fb9190612a54565b115b8061032657506001600160401b0361031b60808c0160608d016129c4565b6001600160401b0316145b15610344576103358887610939565b97509750505050505050610503565b6001600160401b038316602089015261036360808b0160608c016129c4565b61036e906001612aac565b6001600160401b031660608901528061038d60a08c0160808d016129c4565b6001600160401b03166103a09190612a54565b6001600160401b031660808901525060039550610503945050505050565b82600103610425576001600160401b03821660208801526103e560a08b0160808c016129c4565b6001600160401b03166103fe60608b0160408c016129c4565b6001600160401b03161061041b5750600294506105039350505050565b6102a0878961095c565b61043560608b0160408c016129ef565b60ff165f03610448576102a08786610939565b61045061271b565b600119840161046560608d0160408e016129ef565b60ff16818161047657610476612acb565b06825261048960608d0160408e016129ef565b60ff16818161049a5761049a612acb565b046020830152506104ac858483610b5c565b93509150816104bf576103358887610939565b6001600160401b03831660208901526104d9858c83610c55565b6104ed575060029550610503945050505050565b6104f8888a83610d9c565b975097505050505050505b935093915050565b5f610572825f015183602001516001600160401b031684604001516001600160401b031685606001516001600160401b031686608001516001600160401b0316604080519586526020860194909452928401919091526060830152608082015260a0902090565b92915050565b61059b60405180606001604052805f815260200160608152602001606081525090565b6105ab60408501602086016129a1565b63ffffffff16815281806001600160401b038111156105cc576105cc61289c565b6040519080825280602002602001820160405280156105f5578160200160208202803683370190505b506020830152806001600160401b038111156106135761061361289c565b60405190808252806020026020018201604052801561063c578160200160208202803683370190505b5060408301525f5b818110156107c5575f85858381811061065f5761065f612adf565b90506020028101906106719190612af3565b61067f906020810190612b11565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509394508992508891508590508181106106c9576106c9612adf565b90506020028101906106db9190612af3565b6106e99060208101906129a1565b63ffffffff169050610745883561070660408b0160208c016129a1565b63ffffffff1683858b8b8981811061072057610720612adf565b90506020028101906107329190612af3565b610740906040810190612a67565b611047565b61076a57604051631713d4d560e01b8152600481018290526024015b60405180910390fd5b5f602083019050818660200151858151811061078857610788612adf565b60200260200101818152505080866040015185815181106107ab576107ab612adf565b602002602001018181525050505050806001019050610644565b50509392505050565b5f5f5f6107dd8585600161112e565b6107ee57505f915082905081610932565b5f6107fb86866001611155565b905060f08110156108205780610812866001612a54565b600193509350935050610932565b60fd8111610894576108348686600261112e565b610847575f855f93509350935050610932565b61085d86610856876001612a54565b6001611155565b61086860f083612b53565b61087490610100612a1c565b61087f9060f0612a54565b6108899190612a54565b610812866002612a54565b8060fe036108e8576108a88686600361112e565b6108bb575f855f93509350935050610932565b6108d1866108ca876001612a54565b6002611155565b6108dd90610ef0612a54565b610812866003612a54565b6108f48686600961112e565b610907575f855f93509350935050610932565b61091d86610916876001612a54565b6008611155565b610928866009612a54565b6001935093509350505b9250925092565b6109416126ee565b506001600160401b03811660208301528160015b9250929050565b6109646126ee565b5f5f84604001516001600160401b031690505f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c14611c9846040518263ffffffff1660e01b81526004016109c691815260200190565b606060405180830381865afa1580156109e1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a059190612b7a565b5090925090506001600160a01b038216610a3057610a24878785611211565b94509450505050610955565b600187604001818151610a439190612aac565b6001600160401b0316905250604051636215be7760e01b8152600481018490525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636215be7790602401602060405180830381865afa158015610ab4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ad89190612baf565b90506001600160a01b03811615610b0b578751610af8908885858561143b565b8852508694506003935061095592505050565b36610b16885f6114d0565b90505f610b2285611531565b90505f5f610b34848d5f015185611560565b90870192509050610b478484848461167b565b8c5250999a60039a5098505050505050505050565b5f5f82602001515f03610bab57610b758585601461112e565b610b8357505f905082610503565b610b8f85856014611155565b6001600160a01b03166080840152610ba8601485612a54565b93505b610bb585856107ce565b60a08601929092529450915081610bd057505f905082610503565b610bda8585611771565b60c08601929092529450915081610bf557505f905082610503565b610c018585604061112e565b610c0f57505f905082610503565b610c1b85856020611155565b60e0840152610c3685610c2f866020612a54565b6020611155565b6101008401526001610c49856040612a54565b91509150935093915050565b5f80610c676080850160608601612a33565b61ffff16905082602001515f14610cd9578060018460200151610c8a9190612b53565b10610c98575f91505061017c565b610cca8560018560200151610cad9190612b53565b610cb8906014612a1c565b610cc3906008612a54565b6014611155565b6001600160a01b031660808401525b5f610cea60608601604087016129ef565b610cf89060ff166002612a1c565b610d03836014612a1c565b610d0e906008612a54565b610d189190612a54565b90505f610d4f87865f01516002610d2f9190612a1c565b610d3a866014612a1c565b610d45906008612a54565b6108ca9190612a54565b610d599083612a54565b9050610d66878287611963565b1580610d785750610d7685611aa8565b155b15610d88575f935050505061017c565b610d9185611b2e565b979650505050505050565b610da46126ee565b5f36610db0855f6114d0565b90505f846101a00151604051602001610dc99190612bca565b6040516020818303038152906040528051906020012090505f5f610df1848a5f015185611560565b915091508660a0015181141580610e13575060a08701516001600160401b0311155b15610e28578860029550955050505050610503565b610180870151610120880151600203610e7f576101608801517f0000000000000000000000000000000000000000000000000000000000000000908101908110801590610e7457508181105b15610e7d578091505b505b5f610e8989611d27565b9050610e96815f19612be2565b821115610eaf578a600297509750505050505050610503565b610eb98183612a1c565b6101c08a015260408901515f9015610ed1575f610ed7565b8960c001515b9050896101c001515f19610eeb9190612b53565b811115610f05578b60029850985050505050505050610503565b6101c08a0151610f159082612a54565b6101e08b01819052851015610f37578b60029850985050505050505050610503565b5f610f5e88888d6101e0015189610f4e9190612b53565b610f59896001612a54565b61167b565b60408c01519091506002905f03610f8357610f7c8d6001848f611d44565b9150610fb5565b60018c6040015103610fa457610f9a8d838e611e73565b9092509050610fb5565b610faf8d838e611f5c565b90925090505b610fbf8d826114d0565b98505f7f0000000000000000000000000000000000000000000000000000000000000000604051602001610ff39190612bca565b6040516020818303038152906040528051906020012090506110168a8483611560565b6101c08f01519091019850965061102f8a828a8a61167b565b8f52509c9d60039d509b505050505050505050505050565b5f5f611052876120ea565b9050808610611064575f915050611124565b5f61107161040088612a1c565b61107b9089612b53565b905061040081111561108c57506104005b8086511461109e575f92505050611124565b6110a78261210e565b84146110b7575f92505050611124565b855160208701205f5b8581101561111c575f8787838181106110db576110db612adf565b905060200201359050818a901c6001165f14611103575f818152602084905260409020611111565b5f8381526020829052604090205b9250506001016110c0565b508914925050505b9695505050505050565b82515f90831180159061114d57508351611149908490612b53565b8211155b949350505050565b5f815f0361116457505f61017c565b5f61117161040085612bf5565b90505f6111898661118461040088612be2565b612131565b90506104006111988584612a54565b116111b157818101518460031b610100031c92506107c5565b5f6111be83610400612b53565b90505f6111dc886111d16104008a612be2565b611184906001612a54565b9050838301518260031b610100031c815183880360031b610100031c8082858a0360031b1b1796505050505050509392505050565b6112196126ee565b6040516338fe9b3360e21b8152600481018390525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e3fa6ccc90602401602060405180830381865afa15801561127e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112a29190612c08565b6112af6040860186612b11565b6040516112bd929190612c1f565b6040518091039020146112e65760405163a2a7da7d60e01b815260048101849052602401610761565b5f6112f46040860186612b11565b8101906113019190612c39565b90506001866040018181516113169190612aac565b6001600160401b031690525061132a61271b565b8151600f908116610120808401829052845160041c909216604080850191909152918401516001600160a01b03908116606080860191909152928501516001600160401b039081166101408601529285015161016085015260808086015161018086015260a0808701519092169085015260208501519092169183019190915260c0808401519083015260e080840151908301526101008084015190830152158015906113dd5750806101200151600214155b806113ec575060028160400151115b806113fd57506113fb81611aa8565b155b8061140e575061140c81611b2e565b155b1561142157866003935093505050610503565b61142c878783610d9c565b50976003975095505050505050565b5f5f611446836121af565b905036611453875f6114d0565b90505f61146083886121e6565b90505f61146e838b84611560565b508701905061147f8383835f61167b565b995061148c8960016114d0565b925061149784612234565b91505f6114a5848c85611560565b50880190506114bf8484836001600160a01b038b1661167b565b955050505050505b95945050505050565b366114de6020840184612a67565b9050821061150257604051638d79972960e01b815260048101839052602401610761565b61150f6020840184612a67565b8381811061151f5761151f612adf565b905060200281019061017c9190612cdf565b5f816040516020016115439190612bca565b604051602081830303815290604052805190602001209050919050565b5f808061156d8680612a67565b915050610100811115611593576040516335760bf560e21b815260040160405180910390fd5b5f6115a46040880160208901612cf3565b15611603575f821180156115cb57506115bf82610100612b53565b60408801358618901c15155b156115e9576040516335760bf560e21b815260040160405180910390fd5b61160087604001358860600135896080013561224d565b90505b856116186116118980612a67565b8885612271565b14611636576040516335760bf560e21b815260040160405180910390fd5b6116466040880160208901612cf3565b80156116555750848760400135145b1561166d575050505060608301356080840135610503565b505f96879650945050505050565b5f806116878680612a67565b905090505f61169786868661224d565b90506116a96040880160208901612cf3565b80156116b9575085876040013514155b1561175d575f6116cd8789604001356122df565b90505f6116e789604001358a606001358b6080013561224d565b90506116f388836123c7565b156117075761170281846123e0565b611711565b61171183826123e0565b925087825b85811115611758575f190161172c8160ff612b53565b82901c6001165f14611747576117425f866123e0565b611751565b611751855f6123e0565b9450611716565b505050505b610d9161176a8880612a67565b8884612271565b5f5f5f6117808585600161112e565b61179157505f915082905081610932565b5f61179e86866001611155565b905060e081116117e9576117b3600982612be2565b6117be90600a612ded565b6117c9600983612bf5565b6117d4906001612a54565b6117de9190612a1c565b610812866001612a54565b6117f58686600261112e565b611808575f855f93509350935050610932565b5f61181887610856886001612a54565b905060ff8210156118e5575f8161183060e185612b53565b61183c90610100612a1c565b6118469190612a54565b9050611b6c8110611862575f875f955095509550505050610932565b5f61186e605a83612bf5565b61187990600a612a54565b90505f611887605a84612be2565b90505f61189582600a612ded565b90506118a2835f19612be2565b8111156118bd575f8a5f985098509850505050505050610932565b6118c78184612a1c565b6118d28b6002612a54565b6001985098509850505050505050610932565b60208111156118fe575f865f9450945094505050610932565b6119138761190d886002612a54565b8361112e565b611927575f865f9450945094505050610932565b61193c87611936886002612a54565b83611155565b81611948886002612a54565b6119529190612a54565b600194509450945050509250925092565b5f6119708484600161112e565b61197b57505f61017c565b5f61198885856001611155565b600f81166101208501819052600482901c6040860152909150158015906119b55750826101200151600214155b806119c4575060028360400151115b156119d2575f91505061017c565b5f6119e7866119e2876001612a54565b6107ce565b610140870192909252909350905082611a04575f9250505061017c565b836101200151600203611a3857611a1b8682611771565b610160870192909252909350905082611a38575f9250505061017c565b611a428682611771565b6101808701929092529093509050821580611a5f57506040840151155b15611a6b57505061017c565b611a778682601461112e565b611a85575f9250505061017c565b611a9186826014611155565b6001600160a01b0316606085015250509392505050565b5f611ab282611d27565b8261014001511080611acc575061014082015163ffffffff105b15611ad857505f919050565b8161012001516002148015611af65750816101800151826101600151115b15611b0257505f919050565b5061018001517f0000000000000000000000000000000000000000000000000000000000000000111590565b5f80611b3f6001600160ff1b612b53565b8361010001511690508260e001515f1480611b70575070014551231950b75fc4402da1732fc9bebe198360e0015110155b80611b79575080155b80611ba357507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a081115b15611bb057505f92915050565b5f83604001515f14611be2576001846040015114611bd55763f3fef3a360e01b611be4565b63a9059cbb60e01b611be4565b5f5b90505f8461012001515f14611c4857611c437f00000000000000000000000000000000000000000000000000000000000000008660a001518761016001518861018001518961014001518a608001518b60c00151898d606001516123fd565b611c92565b611c928560a0015186610180015187610140015188608001518960c001517f0000000000000000000000000000000000000000000000000000000000000000888c60600151612486565b905060018160ff876101000151901c601b611cad9190612a54565b60e0880151604080515f8152602081018083529490945260ff9092169183019190915260608201526080810185905260a0016020604051602081039080840390855afa158015611cff573d5f5f3e3d5ffd5b5050604051601f1901516001600160a01b03166101a090960186905250505091151592915050565b5f81604001515f14611d3b5761c350610572565b61520892915050565b5f36611d5086866114d0565b90507357575757575757575757575757575757575757576001600160a01b031683608001516001600160a01b031603611e13576101a083015160a0840151604051605760f81b602082015260609290921b6001600160601b031916602183015260c01b6001600160c01b03191660358201525f90603d01604051602081830303815290604052805190602001209050611dea828683611560565b5050611e0a82828660c00151876101a001516001600160a01b031661167b565b9250505061114d565b5f8360800151604051602001611e299190612bca565b6040516020818303038152906040528051906020012090505f5f611e4e848885611560565b60c088015190910192509050611e668484848461167b565b9998505050505050505050565b60808101515f9081906001600160a01b0316611e9457508290506001610503565b36611ea08660016114d0565b90505f611eb68560600151866101a001516121e6565b90505f611ec4838884611560565b5090508560c00151811080611edb575060c0860151155b15611eef5786600294509450505050610503565b611f0a83838860c0015184611f049190612b53565b5f61167b565b9650611f178860026114d0565b9250611f2b866060015187608001516121e6565b9150611f38838884611560565b5060c0870151019050611f4d8383835f61167b565b98600398509650505050505050565b60808101515f9081906001600160a01b03161580611f7c575060c0830151155b15611f8c57508290506001610503565b36611f988660016114d0565b90505f611fae8560600151866101a001516121e6565b90505f611fbc838884611560565b5090508560c00151811015611fda5786600294509450505050610503565b611fef83838860c0015184611f049190612b53565b9650611ffc8860026114d0565b925061200b8660600151612234565b91505f5f61201a858a86611560565b60c08a0151909103925090506120328585848461167b565b985061203f8a60036114d0565b6060808a01516101a08b015160a08c015160408051607760f81b60208083019190915294861b6001600160601b031990811660218301529390951b909216603585015260c01b6001600160c01b03191660498401528051603181850301815260519093019052815191012090955093506120ba858a86611560565b50506120d985858a60c001518b608001516001600160a01b031661167b565b9a60049a5098505050505050505050565b5f61040060016120fa8285612a54565b6121049190612b53565b6105729190612be2565b5f5b81816001901b101561212c5761212581612df8565b9050612110565b919050565b60208201515f90815b8151811015612192578382828151811061215657612156612adf565b60200260200101510361218a578460400151818151811061217957612179612adf565b602002602001015192505050610572565b60010161213a565b506040516315160e2360e01b815260048101849052602401610761565b6040515f906121c890601d60fa1b908490602001612e10565b60408051601f19818403018152919052805160209091012092915050565b604051601560fa1b60208201526001600160601b0319606084811b8216602184015283901b1660358201525f9060490160405160208183030381529060405280519060200120905092915050565b6040515f9061154390602960f91b908490602001612e10565b5f6040515f8153600181019490945250602183019190915260418201526061902090565b5f82845b80156122d4575f19015f87878381811061229157612291612adf565b9050602002013590508160ff6122a79190612b53565b83901c6001165f146122c2576122bd81866123e0565b6122cc565b6122cc85826123e0565b945050612275565b509195945050505050565b5f828218608081901c82036122ff576122f9608083612a54565b915060801b5b60c081901c5f0361231b57612315604083612a54565b915060401b5b60e081901c5f0361233757612331602083612a54565b915060201b5b60f081901c5f036123535761234d601083612a54565b915060101b5b60f881901c5f0361236f57612369600883612a54565b915060081b5b60fc81901c5f0361238b57612385600483612a54565b915060041b5b60fe81901c5f036123a7576123a1600283612a54565b915060021b5b60ff81901c5f036123c0576123bd600183612a54565b91505b5092915050565b5f6123d38260ff612b53565b9290921c60011692915050565b5f6040516001815360018101939093525060218201526041902090565b5f5f5f61240e604051601001908190565b9150915061241c818d61250e565b9050612428818c61250e565b9050612434818b61250e565b9050612440818a61250e565b905061244c818961250e565b905061245b8188888888612574565b90506124688160c0612605565b905061247682826001612614565b9c9b505050505050505050505050565b5f5f5f612497604051601001908190565b915091506124a5818c61250e565b90506124b1818b61250e565b90506124bd818a61250e565b90506124cc8189898888612574565b90506124d8818761250e565b90506124e5816080612605565b90506124f2816080612605565b90506124ff82825f612614565b9b9a5050505050505050505050565b5f815f0361252857612521836080612605565b9050610572565b608082101561253b576125218383612605565b5f612545836126b5565b9050806080018453828160031b610100031b60018501528084600161256a9190612a54565b6123bd9190612a54565b5f6001600160e01b0319831681036125b05761259086866126d4565b955061259c868561250e565b95506125a9866080612605565b90506114c7565b6125ba86836126d4565b95506125c7866080612605565b955060b88653604460018701536001600160e01b0319831660028701526001600160a01b038516600687015260268601849052611124866046612a54565b5f81835361017c836001612a54565b5f806126208585612b53565b905084603882101561264457612637600182612b53565b90508160c001815361268e565b61010082101561266a57612659600282612b53565b905060f8815381600182015361268e565b612675600382612b53565b905060f981538160081c600182015360ff821660028201535b83156126a65761269f600182612b53565b9050600281535b93849003909320949350505050565b5f5b811561212c576126c681612df8565b9050600882901c91506126b7565b5f60948353606082901b600184015261017c836015612a54565b6040805160a0810182525f8082526020820181905291810182905260608101829052608081019190915290565b6040518061020001604052805f81526020015f81526020015f81526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f81526020015f81525090565b5f60a082840312156127b3575f5ffd5b50919050565b5f5f5f61016084860312156127cc575f5ffd5b6127d685856127a3565b92506127e58560a086016127a3565b91506101408401356001600160401b03811115612800575f5ffd5b840160608187031215612811575f5ffd5b809150509250925092565b5f60c082019050835182526001600160401b0360208501511660208301526001600160401b0360408501511660408301526001600160401b0360608501511660608301526001600160401b0360808501511660808301526004831061288f57634e487b7160e01b5f52602160045260245ffd5b8260a08301529392505050565b634e487b7160e01b5f52604160045260245ffd5b60405161014081016001600160401b03811182821017156128df57634e487b7160e01b5f52604160045260245ffd5b60405290565b6001600160401b03811681146128f9575f5ffd5b50565b803561212c816128e5565b5f60a0828403128015612918575f5ffd5b5060405160a081016001600160401b038111828210171561294757634e487b7160e01b5f52604160045260245ffd5b60405282358152602083013561295c816128e5565b6020820152604083013561296f816128e5565b60408201526060830135612982816128e5565b60608201526080830135612995816128e5565b60808201529392505050565b5f602082840312156129b1575f5ffd5b813563ffffffff8116811461017c575f5ffd5b5f602082840312156129d4575f5ffd5b813561017c816128e5565b803560ff8116811461212c575f5ffd5b5f602082840312156129ff575f5ffd5b61017c826129df565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761057257610572612a08565b5f60208284031215612a43575f5ffd5b813561ffff8116811461017c575f5ffd5b8082018082111561057257610572612a08565b5f5f8335601e19843603018112612a7c575f5ffd5b8301803591506001600160401b03821115612a95575f5ffd5b6020019150600581901b3603821315610955575f5ffd5b6001600160401b03818116838216019081111561057257610572612a08565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f8235605e19833603018112612b07575f5ffd5b9190910192915050565b5f5f8335601e19843603018112612b26575f5ffd5b8301803591506001600160401b03821115612b3f575f5ffd5b602001915036819003821315610955575f5ffd5b8181038181111561057257610572612a08565b6001600160a01b03811681146128f9575f5ffd5b5f5f5f60608486031215612b8c575f5ffd5b8351612b9781612b66565b602085015160408601519194509250612811816128e5565b5f60208284031215612bbf575f5ffd5b815161017c81612b66565b60609190911b6001600160601b031916815260140190565b5f82612bf057612bf0612acb565b500490565b5f82612c0357612c03612acb565b500690565b5f60208284031215612c18575f5ffd5b5051919050565b818382375f9101908152919050565b803561212c81612b66565b5f610140828403128015612c4b575f5ffd5b50612c546128b0565b612c5d836129df565b8152612c6b602084016128fc565b6020820152612c7c604084016128fc565b60408201526060838101359082015260808084013590820152612ca160a08401612c2e565b60a082015260c0838101359082015260e080840135908201526101008084013590820152612cd26101208401612c2e565b6101208201529392505050565b5f8235609e19833603018112612b07575f5ffd5b5f60208284031215612d03575f5ffd5b8135801515811461017c575f5ffd5b6001815b600184111561050357808504811115612d3157612d31612a08565b6001841615612d3f57908102905b60019390931c928002612d16565b5f82612d5b57506001610572565b81612d6757505f610572565b8160018114612d7d5760028114612d8757612da3565b6001915050610572565b60ff841115612d9857612d98612a08565b50506001821b610572565b5060208310610133831016604e8410600b8410161715612dc6575081810a610572565b612dd25f198484612d12565b805f1904821115612de557612de5612a08565b029392505050565b5f61017c8383612d4d565b5f60018201612e0957612e09612a08565b5060010190565b6001600160f81b031992909216825260601b6001600160601b03191660018201526015019056",
}

// OneStepProver is an auto generated Go binding around an Ethereum contract.
type OneStepProver struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OneStepProver) GetABI() abi.ABI {
	return c.abi
}

// NewOneStepProver creates a new instance of OneStepProver.
func NewOneStepProver() *OneStepProver {
	parsed, err := OneStepProverMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OneStepProver{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OneStepProver) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address bridge_, uint256 l2ChainId_, uint256 baseFee_, address feeRecipient_) returns()
func (oneStepProver *OneStepProver) PackConstructor(bridge_ common.Address, l2ChainId_ *big.Int, baseFee_ *big.Int, feeRecipient_ common.Address) []byte {
	enc, err := oneStepProver.abi.Pack("", bridge_, l2ChainId_, baseFee_, feeRecipient_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ef25c3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function baseFee() view returns(uint256)
func (oneStepProver *OneStepProver) PackBaseFee() []byte {
	enc, err := oneStepProver.abi.Pack("baseFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ef25c3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function baseFee() view returns(uint256)
func (oneStepProver *OneStepProver) TryPackBaseFee() ([]byte, error) {
	return oneStepProver.abi.Pack("baseFee")
}

// UnpackBaseFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ef25c3a.
//
// Solidity: function baseFee() view returns(uint256)
func (oneStepProver *OneStepProver) UnpackBaseFee(data []byte) (*big.Int, error) {
	out, err := oneStepProver.abi.Unpack("baseFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bridge() view returns(address)
func (oneStepProver *OneStepProver) PackBridge() []byte {
	enc, err := oneStepProver.abi.Pack("bridge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bridge() view returns(address)
func (oneStepProver *OneStepProver) TryPackBridge() ([]byte, error) {
	return oneStepProver.abi.Pack("bridge")
}

// UnpackBridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe78cea92.
//
// Solidity: function bridge() view returns(address)
func (oneStepProver *OneStepProver) UnpackBridge(data []byte) (common.Address, error) {
	out, err := oneStepProver.abi.Unpack("bridge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExecuteStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd5a714a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeStep((bytes32,uint32,uint8,uint16,uint64) ctx, (bytes32,uint64,uint64,uint64,uint64) pre, ((uint32,bytes,bytes32[])[],(bytes32[],bool,bytes32,uint256,uint256)[],bytes) witness) view returns((bytes32,uint64,uint64,uint64,uint64) post, uint8 outcome)
func (oneStepProver *OneStepProver) PackExecuteStep(ctx BatchContext, pre MachineState, witness Witness) []byte {
	enc, err := oneStepProver.abi.Pack("executeStep", ctx, pre, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd5a714a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeStep((bytes32,uint32,uint8,uint16,uint64) ctx, (bytes32,uint64,uint64,uint64,uint64) pre, ((uint32,bytes,bytes32[])[],(bytes32[],bool,bytes32,uint256,uint256)[],bytes) witness) view returns((bytes32,uint64,uint64,uint64,uint64) post, uint8 outcome)
func (oneStepProver *OneStepProver) TryPackExecuteStep(ctx BatchContext, pre MachineState, witness Witness) ([]byte, error) {
	return oneStepProver.abi.Pack("executeStep", ctx, pre, witness)
}

// ExecuteStepOutput serves as a container for the return parameters of contract
// method ExecuteStep.
type ExecuteStepOutput struct {
	Post    MachineState
	Outcome uint8
}

// UnpackExecuteStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd5a714a.
//
// Solidity: function executeStep((bytes32,uint32,uint8,uint16,uint64) ctx, (bytes32,uint64,uint64,uint64,uint64) pre, ((uint32,bytes,bytes32[])[],(bytes32[],bool,bytes32,uint256,uint256)[],bytes) witness) view returns((bytes32,uint64,uint64,uint64,uint64) post, uint8 outcome)
func (oneStepProver *OneStepProver) UnpackExecuteStep(data []byte) (ExecuteStepOutput, error) {
	out, err := oneStepProver.abi.Unpack("executeStep", data)
	outstruct := new(ExecuteStepOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Post = *abi.ConvertType(out[0], new(MachineState)).(*MachineState)
	outstruct.Outcome = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (oneStepProver *OneStepProver) PackFeeRecipient() []byte {
	enc, err := oneStepProver.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (oneStepProver *OneStepProver) TryPackFeeRecipient() ([]byte, error) {
	return oneStepProver.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (oneStepProver *OneStepProver) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := oneStepProver.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackL2ChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ae3cd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l2ChainId() view returns(uint256)
func (oneStepProver *OneStepProver) PackL2ChainId() []byte {
	enc, err := oneStepProver.abi.Pack("l2ChainId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2ChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ae3cd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l2ChainId() view returns(uint256)
func (oneStepProver *OneStepProver) TryPackL2ChainId() ([]byte, error) {
	return oneStepProver.abi.Pack("l2ChainId")
}

// UnpackL2ChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6ae3cd5.
//
// Solidity: function l2ChainId() view returns(uint256)
func (oneStepProver *OneStepProver) UnpackL2ChainId(data []byte) (*big.Int, error) {
	out, err := oneStepProver.abi.Unpack("l2ChainId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStepHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a861824.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepHash((bytes32,uint32,uint8,uint16,uint64) ctx, (bytes32,uint64,uint64,uint64,uint64) pre, ((uint32,bytes,bytes32[])[],(bytes32[],bool,bytes32,uint256,uint256)[],bytes) witness) view returns(bytes32)
func (oneStepProver *OneStepProver) PackStepHash(ctx BatchContext, pre MachineState, witness Witness) []byte {
	enc, err := oneStepProver.abi.Pack("stepHash", ctx, pre, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a861824.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepHash((bytes32,uint32,uint8,uint16,uint64) ctx, (bytes32,uint64,uint64,uint64,uint64) pre, ((uint32,bytes,bytes32[])[],(bytes32[],bool,bytes32,uint256,uint256)[],bytes) witness) view returns(bytes32)
func (oneStepProver *OneStepProver) TryPackStepHash(ctx BatchContext, pre MachineState, witness Witness) ([]byte, error) {
	return oneStepProver.abi.Pack("stepHash", ctx, pre, witness)
}

// UnpackStepHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a861824.
//
// Solidity: function stepHash((bytes32,uint32,uint8,uint16,uint64) ctx, (bytes32,uint64,uint64,uint64,uint64) pre, ((uint32,bytes,bytes32[])[],(bytes32[],bool,bytes32,uint256,uint256)[],bytes) witness) view returns(bytes32)
func (oneStepProver *OneStepProver) UnpackStepHash(data []byte) ([32]byte, error) {
	out, err := oneStepProver.abi.Unpack("stepHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (oneStepProver *OneStepProver) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], oneStepProver.abi.Errors["InvalidChunkProof"].ID.Bytes()[:4]) {
		return oneStepProver.UnpackInvalidChunkProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepProver.abi.Errors["InvalidContext"].ID.Bytes()[:4]) {
		return oneStepProver.UnpackInvalidContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepProver.abi.Errors["InvalidStateProof"].ID.Bytes()[:4]) {
		return oneStepProver.UnpackInvalidStateProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepProver.abi.Errors["MissingChunk"].ID.Bytes()[:4]) {
		return oneStepProver.UnpackMissingChunkError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepProver.abi.Errors["MissingStateProof"].ID.Bytes()[:4]) {
		return oneStepProver.UnpackMissingStateProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepProver.abi.Errors["WrongForcedTx"].ID.Bytes()[:4]) {
		return oneStepProver.UnpackWrongForcedTxError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OneStepProverInvalidChunkProof represents a InvalidChunkProof error raised by the OneStepProver contract.
type OneStepProverInvalidChunkProof struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChunkProof(uint256 index)
func OneStepProverInvalidChunkProofErrorID() common.Hash {
	return common.HexToHash("0x1713d4d50b64fb0ac1eaffab8aab1aed3f7b797ab32c8dd1a11c55f4b5ec8448")
}

// UnpackInvalidChunkProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChunkProof(uint256 index)
func (oneStepProver *OneStepProver) UnpackInvalidChunkProofError(raw []byte) (*OneStepProverInvalidChunkProof, error) {
	out := new(OneStepProverInvalidChunkProof)
	if err := oneStepProver.abi.UnpackIntoInterface(out, "InvalidChunkProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepProverInvalidContext represents a InvalidContext error raised by the OneStepProver contract.
type OneStepProverInvalidContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidContext()
func OneStepProverInvalidContextErrorID() common.Hash {
	return common.HexToHash("0x271a26f1cb99e8f8d5c179e3da270b7d5b348ae897f4ed0797721b4c3d6ca4d2")
}

// UnpackInvalidContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidContext()
func (oneStepProver *OneStepProver) UnpackInvalidContextError(raw []byte) (*OneStepProverInvalidContext, error) {
	out := new(OneStepProverInvalidContext)
	if err := oneStepProver.abi.UnpackIntoInterface(out, "InvalidContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepProverInvalidStateProof represents a InvalidStateProof error raised by the OneStepProver contract.
type OneStepProverInvalidStateProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidStateProof()
func OneStepProverInvalidStateProofErrorID() common.Hash {
	return common.HexToHash("0xd5d82fd4ad0381bd077f7892e8708950ab019baeee209cec64c66bd1c7f27b44")
}

// UnpackInvalidStateProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidStateProof()
func (oneStepProver *OneStepProver) UnpackInvalidStateProofError(raw []byte) (*OneStepProverInvalidStateProof, error) {
	out := new(OneStepProverInvalidStateProof)
	if err := oneStepProver.abi.UnpackIntoInterface(out, "InvalidStateProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepProverMissingChunk represents a MissingChunk error raised by the OneStepProver contract.
type OneStepProverMissingChunk struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MissingChunk(uint256 index)
func OneStepProverMissingChunkErrorID() common.Hash {
	return common.HexToHash("0x15160e23bfa718151ce21d8fb3a42216f8d0763c39762c0bbc599e3d69535ea8")
}

// UnpackMissingChunkError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MissingChunk(uint256 index)
func (oneStepProver *OneStepProver) UnpackMissingChunkError(raw []byte) (*OneStepProverMissingChunk, error) {
	out := new(OneStepProverMissingChunk)
	if err := oneStepProver.abi.UnpackIntoInterface(out, "MissingChunk", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepProverMissingStateProof represents a MissingStateProof error raised by the OneStepProver contract.
type OneStepProverMissingStateProof struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MissingStateProof(uint256 index)
func OneStepProverMissingStateProofErrorID() common.Hash {
	return common.HexToHash("0x8d799729bf49114a6cc9e8753f72c522bd599c830bef63d2f65bae14daaf5520")
}

// UnpackMissingStateProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MissingStateProof(uint256 index)
func (oneStepProver *OneStepProver) UnpackMissingStateProofError(raw []byte) (*OneStepProverMissingStateProof, error) {
	out := new(OneStepProverMissingStateProof)
	if err := oneStepProver.abi.UnpackIntoInterface(out, "MissingStateProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepProverWrongForcedTx represents a WrongForcedTx error raised by the OneStepProver contract.
type OneStepProverWrongForcedTx struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongForcedTx(uint256 index)
func OneStepProverWrongForcedTxErrorID() common.Hash {
	return common.HexToHash("0xa2a7da7dd58ad140f2ca99e98df96de3ebbbe3aff89ee70aa795859998cfb4ef")
}

// UnpackWrongForcedTxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongForcedTx(uint256 index)
func (oneStepProver *OneStepProver) UnpackWrongForcedTxError(raw []byte) (*OneStepProverWrongForcedTx, error) {
	out := new(OneStepProverWrongForcedTx)
	if err := oneStepProver.abi.UnpackIntoInterface(out, "WrongForcedTx", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupMetaData contains all meta data concerning the Rollup contract.
var RollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIDepositQueue\",\"name\":\"bridge_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"proposerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"disputeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"inclusionWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"escapeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"genesisTimestamp\",\"type\":\"uint64\"}],\"internalType\":\"structRollup.Config\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"prev\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"appendBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"batchHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"contractIDepositQueue\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"canPropose\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeGame\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"deadline\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo[]\",\"name\":\"infos\",\"type\":\"tuple[]\"}],\"name\":\"finalizeMany\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalizedCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisClaim\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisTimestamp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"challengeGame_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isFinal\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"isFinalizable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastAppendTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastClaim\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextIndex\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposerBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"revertAndSlash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"roots\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"chunkRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lastBatch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"status\",\"outputs\":[{\"internalType\":\"enumRollup.BatchStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"BatchAppended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"name\":\"BatchFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"fromIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"previousNextIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"restoredClaim\",\"type\":\"bytes32\"}],\"name\":\"BatchesReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challengeGame\",\"type\":\"address\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"ProposerSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"StakeDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"AlreadyFinal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BadAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadDataLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"prev\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"post\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"queueLength\",\"type\":\"uint256\"}],\"name\":\"BadDepositRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"recordsStart\",\"type\":\"uint256\"}],\"name\":\"BadRecordsStart\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"}],\"name\":\"BadVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"depositTime\",\"type\":\"uint64\"}],\"name\":\"DepositNotIncluded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"games\",\"type\":\"uint256\"}],\"name\":\"GameOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotChallengeGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"next\",\"type\":\"uint64\"}],\"name\":\"NotNextToFinalize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotProposer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ProposerNotEOA\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finalizedCount\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"dataLen\",\"type\":\"uint256\"}],\"name\":\"TooManySteps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"WindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"WrongIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongPrevClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroBond\",\"type\":\"error\"}]",
	ID:  "c1a292ad6f2241204a54b3bf194fd64716",
	Bin: "0x6101a0604052348015610010575f5ffd5b506040516127d33803806127d383398101604081905261002f91610195565b6001600160a01b038216158061004d575080516001600160a01b0316155b1561006b5760405163d92e233d60e01b815260040160405180910390fd5b80602001515f0361008f57604051631d7a68af60e11b815260040160405180910390fd5b3360809081526001600160a01b0383811660a0908152835190911660c05260208084015160e0526040808501516001600160401b03908116610100526060808701518216610120528686015182166101405286850180518316610160525183515f81870181905281860181905292810183905292168287015282518083039096018652930190528251920191909120610180819052600255505060018054600160401b600160801b03191668010000000000000000426001600160401b0316021790555061025e565b6001600160a01b038116811461016c575f5ffd5b50565b805161017a81610158565b919050565b80516001600160401b038116811461017a575f5ffd5b5f5f82840360e08112156101a7575f5ffd5b83516101b281610158565b925060c0601f19820112156101c5575f5ffd5b5060405160c081016001600160401b03811182821017156101f457634e487b7160e01b5f52604160045260245ffd5b6040526102036020850161016f565b81526040840151602082015261021b6060850161017f565b604082015261022c6080850161017f565b606082015261023d60a0850161017f565b608082015261024e60c0850161017f565b60a0820152809150509250929050565b60805160a05160c05160e05161010051610120516101405161016051610180516124ae6103255f395f61050f01525f6105c701525f8181610304015261143f01525f81816106b20152611c8601525f81816101ef01528181610baf01528181610cb601526112c001525f81816105fa01528181610a0a01528181610dfb01528181610e4c015281816116a901526116da01525f8181610441015281816109a80152610d9601525f818161067f0152611b7901525f818161062d015261148101526124ae5ff3fe6080604052600436106101d0575f3560e01c80639ae222b4116100fd578063cacf66ab11610092578063e78cea9211610062578063e78cea921461066e578063e88816e7146106a1578063ee4b294c146106d4578063fc7e9c6f146106f3575f5ffd5b8063cacf66ab146105b6578063d2e25d84146105e9578063d5f394881461061c578063e5cb0d171461064f575f5ffd5b8063abda5d0c116100cd578063abda5d0c14610546578063c2bba69114610565578063c3dc8fc114610583578063c4d66de814610597575f5ffd5b80639ae222b4146104c05780639ed9e02a146104df578063a2d5dbc4146104fe578063a8adb56414610531575f5ffd5b806342623360116101735780635726c2bb116101435780635726c2bb146103fd5780635c1bba381461043057806363d581ef1461047b5780638c5086a81461049a575f5ffd5b8063426233601461032657806342b4632e1461039357806342d21ef7146103b25780634e68c006146103de575f5ffd5b806325d5971f116101ae57806325d5971f1461026d57806330501b0d1461028c57806332cf57f8146102c65780633876c1e4146102f3575f5ffd5b80630d2d76a2146101d4578063117f5f92146101de578063162e29471461022e575b5f5ffd5b6101dc610718565b005b3480156101e9575f5ffd5b506102117f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020015b60405180910390f35b348015610239575f5ffd5b5061024d610248366004611dee565b6107c1565b604080519485526020850193909352918301526060820152608001610225565b348015610278575f5ffd5b506101dc610287366004611e08565b6107ef565b348015610297575f5ffd5b506102b66102a6366004611e08565b6001546001600160401b03161190565b6040519015158152602001610225565b3480156102d1575f5ffd5b506102e56102e0366004611e08565b610971565b604051908152602001610225565b3480156102fe575f5ffd5b506102117f000000000000000000000000000000000000000000000000000000000000000081565b348015610331575f5ffd5b50610376610340366004611e35565b6001600160a01b03165f908152600460205260409020546001600160c01b03811691600160c01b9091046001600160401b031690565b604080519283526001600160401b03909116602083015201610225565b34801561039e575f5ffd5b506102b66103ad366004611e35565b6109a5565b3480156103bd575f5ffd5b506103d16103cc366004611e08565b610a39565b6040516102259190611e55565b3480156103e9575f5ffd5b506102b66103f8366004611dee565b610b01565b348015610408575f5ffd5b50610411610c73565b6040805192151583526001600160401b03909116602083015201610225565b34801561043b575f5ffd5b506104637f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610225565b348015610486575f5ffd5b50610211610495366004611dee565b610ca9565b3480156104a5575f5ffd5b5060015461021190600160401b90046001600160401b031681565b3480156104cb575f5ffd5b506102e56104da366004611e7b565b610cef565b3480156104ea575f5ffd5b506102e56104f9366004611eeb565b610d5b565b348015610509575f5ffd5b506102e57f000000000000000000000000000000000000000000000000000000000000000081565b34801561053c575f5ffd5b506102e560025481565b348015610551575f5ffd5b506101dc610560366004611dee565b61121f565b348015610570575f5ffd5b505f54610463906001600160a01b031681565b34801561058e575f5ffd5b506102b661142c565b3480156105a2575f5ffd5b506101dc6105b1366004611e35565b611476565b3480156105c1575f5ffd5b506102117f000000000000000000000000000000000000000000000000000000000000000081565b3480156105f4575f5ffd5b506102e57f000000000000000000000000000000000000000000000000000000000000000081565b348015610627575f5ffd5b506104637f000000000000000000000000000000000000000000000000000000000000000081565b34801561065a575f5ffd5b50600154610211906001600160401b031681565b348015610679575f5ffd5b506104637f000000000000000000000000000000000000000000000000000000000000000081565b3480156106ac575f5ffd5b506102117f000000000000000000000000000000000000000000000000000000000000000081565b3480156106df575f5ffd5b506102e56106ee366004611f93565b611555565b3480156106fe575f5ffd5b505f5461021190600160a01b90046001600160401b031681565b345f0361073f576040516359cdf26960e11b81525f60048201526024015b60405180910390fd5b335f90815260046020526040812080549091906107669034906001600160c01b0316611fec565b82546001600160c01b0319166001600160c01b038216178355604080513481526020810183905291925033917f05cce4a371bf9816b1a7594f1d76c98eba4ed025ff3e471234ae598f17899bd4910160405180910390a25050565b5f5f5f5f6107ce856118a3565b50505050606082013592610160830135926101e08101359250610200013590565b335f908152600460205260409020811580610813575080546001600160c01b031682115b15610834576040516359cdf26960e11b815260048101839052602401610736565b60015481546001600160401b03918216600160c01b909104909116111561088d578054600154604051630eb63b5560e21b8152600160c01b9092046001600160401b039081166004840152166024820152604401610736565b80545f906108a59084906001600160c01b0316611fff565b82546001600160c01b0319166001600160c01b038216178355604080518581526020810183905291925033917f933735aa8de6d7547d0126171b2f31b9c34dd00f3ecd4be85a0ba047db4fafef910160405180910390a26040515f90339085908381818185875af1925050503d805f811461093b576040519150601f19603f3d011682016040523d82523d5f602084013e610940565b606091505b505090508061096b5760405163a09e616560e01b815233600482015260248101859052604401610736565b50505050565b5f8054600160a01b90046001600160401b03168210610990575f61099f565b5f828152600360205260409020545b92915050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b031614806109e957506109e961142c565b801561099f5750506001600160a01b03165f908152600460205260409020547f00000000000000000000000000000000000000000000000000000000000000006001600160c01b03909116101590565b5f8054600160a01b90046001600160401b03168210610a5957505f919050565b6001546001600160401b0316821015610a7457506003919050565b5f805483825260036020526040918290205491516341e1144b60e01b815260048101929092526001600160a01b0316906341e1144b90602401602060405180830381865afa158015610ac8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610aec9190612012565b15610af957506002919050565b506001919050565b6001545f906001600160401b0316610b1c6020840184612029565b6001600160401b0316141580610b5857505f54600160a01b90046001600160401b0316610b4c6020840184612029565b6001600160401b031610155b15610b6457505f919050565b5f610b6e83611947565b90508060035f610b816020870187612029565b6001600160401b031681526020019081526020015f205414610ba557505f92915050565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016610bdf6060850160408601612029565b6001600160401b0316610bf29190611fec565b421015610c0157505f92915050565b5f546040516341e1144b60e01b8152600481018390526001600160a01b03909116906341e1144b90602401602060405180830381865afa158015610c47573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c6b9190612012565b159392505050565b6001545f9081906001600160401b0316808203610c9457505f928392509050565b6001610ca08183612044565b92509250509091565b5f610cb3826118a3565b507f0000000000000000000000000000000000000000000000000000000000000000610ce56060840160408501612029565b61099f9190612063565b5f805b82811015610d5457610d1b848483818110610d0f57610d0f612082565b90506102200201610b01565b15610d5457610d41848483818110610d3557610d35612082565b9050610220020161121f565b610d4a82612096565b9150600101610cf2565b5092915050565b5f3332141580610d6b5750333b15155b15610d8b576040516306cb967160e51b8152336004820152602401610736565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801590610dc95750610dc761142c565b155b15610de95760405163219176d160e21b8152336004820152602401610736565b335f90815260046020526040902080547f00000000000000000000000000000000000000000000000000000000000000006001600160c01b039091161015610e785780546040516322df051360e11b81526001600160c01b0390911660048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610736565b5f54600160a01b90046001600160401b031680610e986020880188612029565b6001600160401b031614610ee05780610eb46020880188612029565b604051635357a66560e11b81526001600160401b03928316600482015291166024820152604401610736565b5f610eed87602001611976565b90506002548114610f1f576002546040516331b05f2d60e01b8152600481019190915260248101829052604401610736565b610faf604080516101c0810182525f80825260208083018290528284018290526060808401839052608080850184905260a0850184905260c0850184905260e0850184905261010085018490526101208501849052610140850184905285519081018652838152918201839052938101829052928301529061016082019081526020015f81526020015f81525090565b610fbb888888846119da565b610fc58882611b3b565b6001600160401b03808416825233602083015242166040820152610fe98787611cfc565b606082015261100061014089016101208a01612029565b6001600160401b0316610120820152610140810182905261102936899003890160a08a016120ae565b61016082015260a08101516110b69060208a01359063ffffffff1661105460608c0160408d01612029565b6001600160401b031661106d60808d0160608e01612029565b6001600160401b031661108660a08e0160808f01612029565b6001600160401b0316604080519586526020860194909452928401919091526060830152608082015260a0902090565b61018082015260808101516111169060a08a01359063ffffffff166110e160e08c0160c08d01612029565b6001600160401b03166110fb6101008d0160e08e01612029565b6001600160401b03166110866101208e016101008f01612029565b6101a082015261112581611ddc565b6001600160401b0384165f908152600360205260409020819055945061114c836001612063565b5f805467ffffffffffffffff60a01b1916600160a01b6001600160401b0393841602179055600180546fffffffffffffffff00000000000000001916600160401b42909316929092029190911790556111a760a08901611976565b6002556111b5836001612063565b84546001600160c01b0316600160c01b6001600160401b039283160217855560405186913391908616907f61ad169d60f85f81dae47225d93f9850f0eeb3761e20bbd31d504e0ac13373289061120c908690612131565b60405180910390a4505050509392505050565b5f61122d6020830183612029565b6001549091506001600160401b0390811690821681111561126c5760405163afb0942160e01b81526001600160401b0383166004820152602401610736565b806001600160401b0316826001600160401b0316146112b15760405163a433357360e01b81526001600160401b03808416600483015282166024820152604401610736565b5f6112bb846118a3565b90505f7f00000000000000000000000000000000000000000000000000000000000000006112ef6060870160408801612029565b6112f99190612063565b9050806001600160401b03164210156113305760405163adc9513160e01b81526001600160401b0382166004820152602401610736565b5f80546040516341e1144b60e01b8152600481018590526001600160a01b03909116906341e1144b90602401602060405180830381865afa158015611377573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061139b9190612012565b905080156113bf5760405163919025cb60e01b815260048101829052602401610736565b6113ca846001612063565b6001805467ffffffffffffffff19166001600160401b03928316179055604051610160880135815284918716907f6121fc0f03e8bbf3533f9b5bb4185e4a8a7ce382f9c1d54a92fcfb8c6f6833f79060200160405180910390a3505050505050565b6001545f9061146e906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160401b900416611fec565b421015905090565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146114bf57604051638b906c9760e01b815260040160405180910390fd5b5f546001600160a01b0316156114e75760405162dc149f60e41b815260040160405180910390fd5b6001600160a01b03811661150e5760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b038316908117825560405190917f908408e307fc569b417f6cbec5d5a06f44a0a505ac0479b47d421a4b2fd6a1e691a250565b5f80546001600160a01b03163314611580576040516302562f3360e61b815260040160405180910390fd5b5f546001600160401b03600160a01b9091048116908616811115806115bc57506001600160401b0386165f908152600360205260409020548514155b156115e5576040516329323fff60e01b81526001600160401b0387166004820152602401610736565b6001546001600160401b0390811690871610156116205760405163afb0942160e01b81526001600160401b0387166004820152602401610736565b5f805467ffffffffffffffff60a01b1916600160a01b6001600160401b03898116918202929092179092556002869055604080519184168252602082018790527f6925374f3c06b52288cb41783b80311fcaad616472f59ec06d0dd7bba6e3da82910160405180910390a26001600160a01b0383165f90815260046020526040812080549091907f00000000000000000000000000000000000000000000000000000000000000006001600160c01b03909116106116fe577f000000000000000000000000000000000000000000000000000000000000000061170a565b81546001600160c01b03165b82549091506117239082906001600160c01b0316611fff565b82546001600160c01b0319166001600160c01b0391909116178255611749600282612292565b93505f6117568583611fff565b60408051848152602081018890529081018290529091506001600160a01b038716907f2cef42a3735597396c08b64a6ff92768fd94f6d65706a8b602dcfd2c25518f479060600160405180910390a2841561181c576040515f90339087908381818185875af1925050503d805f81146117ea576040519150601f19603f3d011682016040523d82523d5f602084013e6117ef565b606091505b505090508061181a5760405163a09e616560e01b815233600482015260248101879052604401610736565b505b8015611897576040515f9061dead9083908381818185875af1925050503d805f8114611863576040519150601f19603f3d011682016040523d82523d5f602084013e611868565b606091505b50509050806118955760405163a09e616560e01b815261dead600482015260248101839052604401610736565b505b50505050949350505050565b5f6118ad82611947565b5f54909150600160a01b90046001600160401b03166118cf6020840184612029565b6001600160401b031610158061190b57508060035f6118f16020860186612029565b6001600160401b031681526020019081526020015f205414155b156119425761191d6020830183612029565b6040516329323fff60e01b81526001600160401b039091166004820152602401610736565b919050565b5f816040516020016119599190612343565b604051602081830303815290604052805190602001209050919050565b5f81356119896040840160208501612029565b6119996060850160408601612029565b6119a96080860160608701612029565b6040805160208101959095526001600160401b0393841690850152908216606084015216608082015260a001611959565b8160088110806119ec57506201d4c081115b15611a0c5760405162cf444b60e51b815260048101829052602401610736565b833560f881901c60018114611a3957604051632331c50560e11b815260ff82166004820152602401610736565b60ff60f083901c1661ffff60e084901c1663ffffffff60c085901c16611a60836002612468565b611a6b836014612468565b611a76906008611fec565b611a809190611fec565b811080611a8c57508581115b15611aad57604051636b1d55bd60e01b815260048101829052602401610736565b85611ac06101408c016101208d01612029565b6001600160401b03161115611b0d57611ae16101408b016101208c01612029565b6040516321804aeb60e11b81526001600160401b03909116600482015260248101879052604401610736565b63ffffffff958616608088015290941660a086015260ff1660c0850152505061ffff1660e090910152505050565b5f611b4c60e0840160c08501612029565b604051633edf069b60e01b81526001600160401b03821660048201529091505f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690633edf069b906024016040805180830381865afa158015611bbd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611be1919061247f565b90925090506001600160401b038316611c006060870160408801612029565b6001600160401b03161180611c1d575081836001600160401b0316115b15611c6657611c326060860160408701612029565b604051637d169a8760e11b81526001600160401b039182166004820152908416602482015260448101839052606401610736565b81836001600160401b0316108015611cb35750611caf6001600160401b037f00000000000000000000000000000000000000000000000000000000000000008116908316611fec565b4210155b15611ce45760405163327676c960e01b81526001600160401b03808516600483015282166024820152604401610736565b506001600160401b0316610100909201919091525050565b5f816104006103ff82010460405160208202810181876104008087040281015b80821015611d43576104008285376104008420835260208301925061040082019150611d1c565b50610400860695508515611d5b578581843785832082525b50505f93505b6001831115611dd1578260011c5f5b81811015611d8f57604081810285012060208202850152600101611d70565b506001841615611dba5760205f19850181028401518352828101869052604083209082028401526001015b848252602082019490945260408120939250611d61565b505195945050505050565b5f816040516020016119599190612131565b5f610220828403128015611e00575f5ffd5b509092915050565b5f60208284031215611e18575f5ffd5b5035919050565b80356001600160a01b0381168114611942575f5ffd5b5f60208284031215611e45575f5ffd5b611e4e82611e1f565b9392505050565b6020810160048310611e7557634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f60208385031215611e8c575f5ffd5b82356001600160401b03811115611ea1575f5ffd5b8301601f81018513611eb1575f5ffd5b80356001600160401b03811115611ec6575f5ffd5b85602061022083028401011115611edb575f5ffd5b6020919091019590945092505050565b5f5f5f838503610160811215611eff575f5ffd5b610140811215611f0d575f5ffd5b508392506101408401356001600160401b03811115611f2a575f5ffd5b8401601f81018613611f3a575f5ffd5b80356001600160401b03811115611f4f575f5ffd5b866020828401011115611f60575f5ffd5b939660209190910195509293505050565b6001600160401b0381168114611f85575f5ffd5b50565b803561194281611f71565b5f5f5f5f60808587031215611fa6575f5ffd5b8435611fb181611f71565b93506020850135925060408501359150611fcd60608601611e1f565b905092959194509250565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561099f5761099f611fd8565b8181038181111561099f5761099f611fd8565b5f60208284031215612022575f5ffd5b5051919050565b5f60208284031215612039575f5ffd5b8135611e4e81611f71565b6001600160401b03828116828216039081111561099f5761099f611fd8565b6001600160401b03818116838216019081111561099f5761099f611fd8565b634e487b7160e01b5f52603260045260245ffd5b5f600182016120a7576120a7611fd8565b5060010190565b5f60808284031280156120bf575f5ffd5b50604051608081016001600160401b03811182821017156120ee57634e487b7160e01b5f52604160045260245ffd5b60405282358152602083013561210381611f71565b602082015261211460408401611f88565b604082015261212560608401611f88565b60608201529392505050565b81516001600160401b031681526102208101602083015161215d60208401826001600160a01b03169052565b50604083015161217860408401826001600160401b03169052565b5060608301516060830152608083015161219a608084018263ffffffff169052565b5060a08301516121b260a084018263ffffffff169052565b5060c08301516121c760c084018260ff169052565b5060e08301516121dd60e084018261ffff169052565b506101008301516121fa6101008401826001600160401b03169052565b506101208301516122176101208401826001600160401b03169052565b50610140830151610140830152610160830151612274610160840182805182526001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b0360608201511660608301525050565b506101808301516101e08301526101a0909201516102009091015290565b5f826122ac57634e487b7160e01b5f52601260045260245ffd5b500490565b803563ffffffff81168114611942575f5ffd5b803560ff81168114611942575f5ffd5b803561ffff81168114611942575f5ffd5b8035825260208101356122f781611f71565b6001600160401b03166020830152604081013561231381611f71565b6001600160401b03166040830152606081013561232f81611f71565b6001600160401b0381166060840152505050565b61022081016123628261235585611f88565b6001600160401b03169052565b61236e60208401611e1f565b6001600160a01b0316602083015261238860408401611f88565b6001600160401b03166040830152606083810135908301526123ac608084016122b1565b63ffffffff1660808301526123c360a084016122b1565b63ffffffff1660a08301526123da60c084016122c4565b60ff1660c08301526123ee60e084016122d4565b61ffff1660e08301526124046101008401611f88565b6001600160401b03166101008301526124206101208401611f88565b6001600160401b0316610120830152610140838101359083015261244b6101608084019085016122e5565b6101e0838101359083015261020092830135929091019190915290565b808202811582820484141761099f5761099f611fd8565b5f5f60408385031215612490575f5ffd5b825160208401519092506124a381611f71565b80915050925092905056",
}

// Rollup is an auto generated Go binding around an Ethereum contract.
type Rollup struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Rollup) GetABI() abi.ABI {
	return c.abi
}

// NewRollup creates a new instance of Rollup.
func NewRollup() *Rollup {
	parsed, err := RollupMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Rollup{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Rollup) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address bridge_, (address,uint256,uint64,uint64,uint64,uint64) cfg) returns()
func (rollup *Rollup) PackConstructor(bridge_ common.Address, cfg RollupConfig) []byte {
	enc, err := rollup.abi.Pack("", bridge_, cfg)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAppendBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ed9e02a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function appendBatch((uint64,(bytes32,uint64,uint64,uint64),(bytes32,uint64,uint64,uint64),uint64) h, bytes data) returns(bytes32 hash)
func (rollup *Rollup) PackAppendBatch(h BatchHeader, data []byte) []byte {
	enc, err := rollup.abi.Pack("appendBatch", h, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAppendBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ed9e02a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function appendBatch((uint64,(bytes32,uint64,uint64,uint64),(bytes32,uint64,uint64,uint64),uint64) h, bytes data) returns(bytes32 hash)
func (rollup *Rollup) TryPackAppendBatch(h BatchHeader, data []byte) ([]byte, error) {
	return rollup.abi.Pack("appendBatch", h, data)
}

// UnpackAppendBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ed9e02a.
//
// Solidity: function appendBatch((uint64,(bytes32,uint64,uint64,uint64),(bytes32,uint64,uint64,uint64),uint64) h, bytes data) returns(bytes32 hash)
func (rollup *Rollup) UnpackAppendBatch(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("appendBatch", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBatchHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32cf57f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchHash(uint256 index) view returns(bytes32)
func (rollup *Rollup) PackBatchHash(index *big.Int) []byte {
	enc, err := rollup.abi.Pack("batchHash", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32cf57f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchHash(uint256 index) view returns(bytes32)
func (rollup *Rollup) TryPackBatchHash(index *big.Int) ([]byte, error) {
	return rollup.abi.Pack("batchHash", index)
}

// UnpackBatchHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32cf57f8.
//
// Solidity: function batchHash(uint256 index) view returns(bytes32)
func (rollup *Rollup) UnpackBatchHash(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("batchHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bridge() view returns(address)
func (rollup *Rollup) PackBridge() []byte {
	enc, err := rollup.abi.Pack("bridge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bridge() view returns(address)
func (rollup *Rollup) TryPackBridge() ([]byte, error) {
	return rollup.abi.Pack("bridge")
}

// UnpackBridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe78cea92.
//
// Solidity: function bridge() view returns(address)
func (rollup *Rollup) UnpackBridge(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("bridge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCanPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42b4632e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canPropose(address who) view returns(bool)
func (rollup *Rollup) PackCanPropose(who common.Address) []byte {
	enc, err := rollup.abi.Pack("canPropose", who)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42b4632e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canPropose(address who) view returns(bool)
func (rollup *Rollup) TryPackCanPropose(who common.Address) ([]byte, error) {
	return rollup.abi.Pack("canPropose", who)
}

// UnpackCanPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42b4632e.
//
// Solidity: function canPropose(address who) view returns(bool)
func (rollup *Rollup) UnpackCanPropose(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("canPropose", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackChallengeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2bba691.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeGame() view returns(address)
func (rollup *Rollup) PackChallengeGame() []byte {
	enc, err := rollup.abi.Pack("challengeGame")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2bba691.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeGame() view returns(address)
func (rollup *Rollup) TryPackChallengeGame() ([]byte, error) {
	return rollup.abi.Pack("challengeGame")
}

// UnpackChallengeGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2bba691.
//
// Solidity: function challengeGame() view returns(address)
func (rollup *Rollup) UnpackChallengeGame(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("challengeGame", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63d581ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deadline((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(uint64)
func (rollup *Rollup) PackDeadline(info BatchInfo) []byte {
	enc, err := rollup.abi.Pack("deadline", info)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63d581ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deadline((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(uint64)
func (rollup *Rollup) TryPackDeadline(info BatchInfo) ([]byte, error) {
	return rollup.abi.Pack("deadline", info)
}

// UnpackDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63d581ef.
//
// Solidity: function deadline((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(uint64)
func (rollup *Rollup) UnpackDeadline(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("deadline", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployer() view returns(address)
func (rollup *Rollup) PackDeployer() []byte {
	enc, err := rollup.abi.Pack("deployer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployer() view returns(address)
func (rollup *Rollup) TryPackDeployer() ([]byte, error) {
	return rollup.abi.Pack("deployer")
}

// UnpackDeployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5f39488.
//
// Solidity: function deployer() view returns(address)
func (rollup *Rollup) UnpackDeployer(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("deployer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDepositStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d2d76a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositStake() payable returns()
func (rollup *Rollup) PackDepositStake() []byte {
	enc, err := rollup.abi.Pack("depositStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d2d76a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositStake() payable returns()
func (rollup *Rollup) TryPackDepositStake() ([]byte, error) {
	return rollup.abi.Pack("depositStake")
}

// PackDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117f5f92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeWindow() view returns(uint64)
func (rollup *Rollup) PackDisputeWindow() []byte {
	enc, err := rollup.abi.Pack("disputeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117f5f92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeWindow() view returns(uint64)
func (rollup *Rollup) TryPackDisputeWindow() ([]byte, error) {
	return rollup.abi.Pack("disputeWindow")
}

// UnpackDisputeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x117f5f92.
//
// Solidity: function disputeWindow() view returns(uint64)
func (rollup *Rollup) UnpackDisputeWindow(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("disputeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEscapeOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3dc8fc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escapeOpen() view returns(bool)
func (rollup *Rollup) PackEscapeOpen() []byte {
	enc, err := rollup.abi.Pack("escapeOpen")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscapeOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3dc8fc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escapeOpen() view returns(bool)
func (rollup *Rollup) TryPackEscapeOpen() ([]byte, error) {
	return rollup.abi.Pack("escapeOpen")
}

// UnpackEscapeOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3dc8fc1.
//
// Solidity: function escapeOpen() view returns(bool)
func (rollup *Rollup) UnpackEscapeOpen(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("escapeOpen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackEscapeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3876c1e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escapeWindow() view returns(uint64)
func (rollup *Rollup) PackEscapeWindow() []byte {
	enc, err := rollup.abi.Pack("escapeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscapeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3876c1e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escapeWindow() view returns(uint64)
func (rollup *Rollup) TryPackEscapeWindow() ([]byte, error) {
	return rollup.abi.Pack("escapeWindow")
}

// UnpackEscapeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3876c1e4.
//
// Solidity: function escapeWindow() view returns(uint64)
func (rollup *Rollup) UnpackEscapeWindow(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("escapeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabda5d0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) returns()
func (rollup *Rollup) PackFinalize(info BatchInfo) []byte {
	enc, err := rollup.abi.Pack("finalize", info)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabda5d0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) returns()
func (rollup *Rollup) TryPackFinalize(info BatchInfo) ([]byte, error) {
	return rollup.abi.Pack("finalize", info)
}

// PackFinalizeMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ae222b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeMany((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32)[] infos) returns(uint256 count)
func (rollup *Rollup) PackFinalizeMany(infos []BatchInfo) []byte {
	enc, err := rollup.abi.Pack("finalizeMany", infos)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ae222b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeMany((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32)[] infos) returns(uint256 count)
func (rollup *Rollup) TryPackFinalizeMany(infos []BatchInfo) ([]byte, error) {
	return rollup.abi.Pack("finalizeMany", infos)
}

// UnpackFinalizeMany is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ae222b4.
//
// Solidity: function finalizeMany((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32)[] infos) returns(uint256 count)
func (rollup *Rollup) UnpackFinalizeMany(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("finalizeMany", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalizedCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5cb0d17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizedCount() view returns(uint64)
func (rollup *Rollup) PackFinalizedCount() []byte {
	enc, err := rollup.abi.Pack("finalizedCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizedCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5cb0d17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizedCount() view returns(uint64)
func (rollup *Rollup) TryPackFinalizedCount() ([]byte, error) {
	return rollup.abi.Pack("finalizedCount")
}

// UnpackFinalizedCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5cb0d17.
//
// Solidity: function finalizedCount() view returns(uint64)
func (rollup *Rollup) UnpackFinalizedCount(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("finalizedCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGenesisClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2d5dbc4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function genesisClaim() view returns(bytes32)
func (rollup *Rollup) PackGenesisClaim() []byte {
	enc, err := rollup.abi.Pack("genesisClaim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenesisClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2d5dbc4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function genesisClaim() view returns(bytes32)
func (rollup *Rollup) TryPackGenesisClaim() ([]byte, error) {
	return rollup.abi.Pack("genesisClaim")
}

// UnpackGenesisClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2d5dbc4.
//
// Solidity: function genesisClaim() view returns(bytes32)
func (rollup *Rollup) UnpackGenesisClaim(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("genesisClaim", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGenesisTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcacf66ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function genesisTimestamp() view returns(uint64)
func (rollup *Rollup) PackGenesisTimestamp() []byte {
	enc, err := rollup.abi.Pack("genesisTimestamp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenesisTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcacf66ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function genesisTimestamp() view returns(uint64)
func (rollup *Rollup) TryPackGenesisTimestamp() ([]byte, error) {
	return rollup.abi.Pack("genesisTimestamp")
}

// UnpackGenesisTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcacf66ab.
//
// Solidity: function genesisTimestamp() view returns(uint64)
func (rollup *Rollup) UnpackGenesisTimestamp(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("genesisTimestamp", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackInclusionWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe88816e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inclusionWindow() view returns(uint64)
func (rollup *Rollup) PackInclusionWindow() []byte {
	enc, err := rollup.abi.Pack("inclusionWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInclusionWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe88816e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inclusionWindow() view returns(uint64)
func (rollup *Rollup) TryPackInclusionWindow() ([]byte, error) {
	return rollup.abi.Pack("inclusionWindow")
}

// UnpackInclusionWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe88816e7.
//
// Solidity: function inclusionWindow() view returns(uint64)
func (rollup *Rollup) UnpackInclusionWindow(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("inclusionWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address challengeGame_) returns()
func (rollup *Rollup) PackInitialize(challengeGame common.Address) []byte {
	enc, err := rollup.abi.Pack("initialize", challengeGame)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address challengeGame_) returns()
func (rollup *Rollup) TryPackInitialize(challengeGame common.Address) ([]byte, error) {
	return rollup.abi.Pack("initialize", challengeGame)
}

// PackIsFinal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30501b0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinal(uint256 index) view returns(bool)
func (rollup *Rollup) PackIsFinal(index *big.Int) []byte {
	enc, err := rollup.abi.Pack("isFinal", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFinal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30501b0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFinal(uint256 index) view returns(bool)
func (rollup *Rollup) TryPackIsFinal(index *big.Int) ([]byte, error) {
	return rollup.abi.Pack("isFinal", index)
}

// UnpackIsFinal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30501b0d.
//
// Solidity: function isFinal(uint256 index) view returns(bool)
func (rollup *Rollup) UnpackIsFinal(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("isFinal", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsFinalizable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e68c006.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinalizable((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(bool)
func (rollup *Rollup) PackIsFinalizable(info BatchInfo) []byte {
	enc, err := rollup.abi.Pack("isFinalizable", info)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFinalizable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e68c006.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFinalizable((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(bool)
func (rollup *Rollup) TryPackIsFinalizable(info BatchInfo) ([]byte, error) {
	return rollup.abi.Pack("isFinalizable", info)
}

// UnpackIsFinalizable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e68c006.
//
// Solidity: function isFinalizable((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(bool)
func (rollup *Rollup) UnpackIsFinalizable(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("isFinalizable", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastAppendTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c5086a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastAppendTime() view returns(uint64)
func (rollup *Rollup) PackLastAppendTime() []byte {
	enc, err := rollup.abi.Pack("lastAppendTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastAppendTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c5086a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastAppendTime() view returns(uint64)
func (rollup *Rollup) TryPackLastAppendTime() ([]byte, error) {
	return rollup.abi.Pack("lastAppendTime")
}

// UnpackLastAppendTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c5086a8.
//
// Solidity: function lastAppendTime() view returns(uint64)
func (rollup *Rollup) UnpackLastAppendTime(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("lastAppendTime", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLastClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8adb564.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastClaim() view returns(bytes32)
func (rollup *Rollup) PackLastClaim() []byte {
	enc, err := rollup.abi.Pack("lastClaim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8adb564.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastClaim() view returns(bytes32)
func (rollup *Rollup) TryPackLastClaim() ([]byte, error) {
	return rollup.abi.Pack("lastClaim")
}

// UnpackLastClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8adb564.
//
// Solidity: function lastClaim() view returns(bytes32)
func (rollup *Rollup) UnpackLastClaim(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("lastClaim", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLastFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5726c2bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastFinalized() view returns(bool exists, uint64 index)
func (rollup *Rollup) PackLastFinalized() []byte {
	enc, err := rollup.abi.Pack("lastFinalized")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5726c2bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastFinalized() view returns(bool exists, uint64 index)
func (rollup *Rollup) TryPackLastFinalized() ([]byte, error) {
	return rollup.abi.Pack("lastFinalized")
}

// LastFinalizedOutput serves as a container for the return parameters of contract
// method LastFinalized.
type LastFinalizedOutput struct {
	Exists bool
	Index  uint64
}

// UnpackLastFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5726c2bb.
//
// Solidity: function lastFinalized() view returns(bool exists, uint64 index)
func (rollup *Rollup) UnpackLastFinalized(data []byte) (LastFinalizedOutput, error) {
	out, err := rollup.abi.Unpack("lastFinalized", data)
	outstruct := new(LastFinalizedOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Exists = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Index = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackNextIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7e9c6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextIndex() view returns(uint64)
func (rollup *Rollup) PackNextIndex() []byte {
	enc, err := rollup.abi.Pack("nextIndex")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7e9c6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextIndex() view returns(uint64)
func (rollup *Rollup) TryPackNextIndex() ([]byte, error) {
	return rollup.abi.Pack("nextIndex")
}

// UnpackNextIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc7e9c6f.
//
// Solidity: function nextIndex() view returns(uint64)
func (rollup *Rollup) UnpackNextIndex(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("nextIndex", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackProposerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e25d84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposerBond() view returns(uint256)
func (rollup *Rollup) PackProposerBond() []byte {
	enc, err := rollup.abi.Pack("proposerBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e25d84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposerBond() view returns(uint256)
func (rollup *Rollup) TryPackProposerBond() ([]byte, error) {
	return rollup.abi.Pack("proposerBond")
}

// UnpackProposerBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2e25d84.
//
// Solidity: function proposerBond() view returns(uint256)
func (rollup *Rollup) UnpackProposerBond(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("proposerBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRevertAndSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee4b294c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revertAndSlash(uint64 index, bytes32 hash, bytes32 prevClaim, address proposer) returns(uint256 reward)
func (rollup *Rollup) PackRevertAndSlash(index uint64, hash [32]byte, prevClaim [32]byte, proposer common.Address) []byte {
	enc, err := rollup.abi.Pack("revertAndSlash", index, hash, prevClaim, proposer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevertAndSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee4b294c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revertAndSlash(uint64 index, bytes32 hash, bytes32 prevClaim, address proposer) returns(uint256 reward)
func (rollup *Rollup) TryPackRevertAndSlash(index uint64, hash [32]byte, prevClaim [32]byte, proposer common.Address) ([]byte, error) {
	return rollup.abi.Pack("revertAndSlash", index, hash, prevClaim, proposer)
}

// UnpackRevertAndSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee4b294c.
//
// Solidity: function revertAndSlash(uint64 index, bytes32 hash, bytes32 prevClaim, address proposer) returns(uint256 reward)
func (rollup *Rollup) UnpackRevertAndSlash(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("revertAndSlash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRoots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x162e2947.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roots((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(bytes32 chunkRoot, bytes32 postStateRoot, bytes32 startHash, bytes32 endHash)
func (rollup *Rollup) PackRoots(info BatchInfo) []byte {
	enc, err := rollup.abi.Pack("roots", info)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x162e2947.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roots((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(bytes32 chunkRoot, bytes32 postStateRoot, bytes32 startHash, bytes32 endHash)
func (rollup *Rollup) TryPackRoots(info BatchInfo) ([]byte, error) {
	return rollup.abi.Pack("roots", info)
}

// RootsOutput serves as a container for the return parameters of contract
// method Roots.
type RootsOutput struct {
	ChunkRoot     [32]byte
	PostStateRoot [32]byte
	StartHash     [32]byte
	EndHash       [32]byte
}

// UnpackRoots is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x162e2947.
//
// Solidity: function roots((uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(bytes32 chunkRoot, bytes32 postStateRoot, bytes32 startHash, bytes32 endHash)
func (rollup *Rollup) UnpackRoots(data []byte) (RootsOutput, error) {
	out, err := rollup.abi.Unpack("roots", data)
	outstruct := new(RootsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ChunkRoot = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.PostStateRoot = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.StartHash = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.EndHash = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencer() view returns(address)
func (rollup *Rollup) PackSequencer() []byte {
	enc, err := rollup.abi.Pack("sequencer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencer() view returns(address)
func (rollup *Rollup) TryPackSequencer() ([]byte, error) {
	return rollup.abi.Pack("sequencer")
}

// UnpackSequencer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c1bba38.
//
// Solidity: function sequencer() view returns(address)
func (rollup *Rollup) UnpackSequencer(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("sequencer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeOf(address proposer) view returns(uint256 amount, uint64 lastBatch)
func (rollup *Rollup) PackStakeOf(proposer common.Address) []byte {
	enc, err := rollup.abi.Pack("stakeOf", proposer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeOf(address proposer) view returns(uint256 amount, uint64 lastBatch)
func (rollup *Rollup) TryPackStakeOf(proposer common.Address) ([]byte, error) {
	return rollup.abi.Pack("stakeOf", proposer)
}

// StakeOfOutput serves as a container for the return parameters of contract
// method StakeOf.
type StakeOfOutput struct {
	Amount    *big.Int
	LastBatch uint64
}

// UnpackStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42623360.
//
// Solidity: function stakeOf(address proposer) view returns(uint256 amount, uint64 lastBatch)
func (rollup *Rollup) UnpackStakeOf(data []byte) (StakeOfOutput, error) {
	out, err := rollup.abi.Unpack("stakeOf", data)
	outstruct := new(StakeOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.LastBatch = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42d21ef7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function status(uint256 index) view returns(uint8)
func (rollup *Rollup) PackStatus(index *big.Int) []byte {
	enc, err := rollup.abi.Pack("status", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42d21ef7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function status(uint256 index) view returns(uint8)
func (rollup *Rollup) TryPackStatus(index *big.Int) ([]byte, error) {
	return rollup.abi.Pack("status", index)
}

// UnpackStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42d21ef7.
//
// Solidity: function status(uint256 index) view returns(uint8)
func (rollup *Rollup) UnpackStatus(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("status", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25d5971f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawStake(uint256 amount) returns()
func (rollup *Rollup) PackWithdrawStake(amount *big.Int) []byte {
	enc, err := rollup.abi.Pack("withdrawStake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25d5971f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawStake(uint256 amount) returns()
func (rollup *Rollup) TryPackWithdrawStake(amount *big.Int) ([]byte, error) {
	return rollup.abi.Pack("withdrawStake", amount)
}

// RollupBatchAppended represents a BatchAppended event raised by the Rollup contract.
type RollupBatchAppended struct {
	Index     uint64
	Proposer  common.Address
	BatchHash [32]byte
	Info      BatchInfo
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupBatchAppendedEventName = "BatchAppended"

// ContractEventName returns the user-defined event name.
func (RollupBatchAppended) ContractEventName() string {
	return RollupBatchAppendedEventName
}

// UnpackBatchAppendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchAppended(uint64 indexed index, address indexed proposer, bytes32 indexed batchHash, (uint64,address,uint64,bytes32,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info)
func (rollup *Rollup) UnpackBatchAppendedEvent(log *types.Log) (*RollupBatchAppended, error) {
	event := "BatchAppended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBatchAppended)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupBatchFinalized represents a BatchFinalized event raised by the Rollup contract.
type RollupBatchFinalized struct {
	Index     uint64
	BatchHash [32]byte
	StateRoot [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupBatchFinalizedEventName = "BatchFinalized"

// ContractEventName returns the user-defined event name.
func (RollupBatchFinalized) ContractEventName() string {
	return RollupBatchFinalizedEventName
}

// UnpackBatchFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchFinalized(uint64 indexed index, bytes32 indexed batchHash, bytes32 stateRoot)
func (rollup *Rollup) UnpackBatchFinalizedEvent(log *types.Log) (*RollupBatchFinalized, error) {
	event := "BatchFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBatchFinalized)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupBatchesReverted represents a BatchesReverted event raised by the Rollup contract.
type RollupBatchesReverted struct {
	FromIndex         uint64
	PreviousNextIndex uint64
	RestoredClaim     [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const RollupBatchesRevertedEventName = "BatchesReverted"

// ContractEventName returns the user-defined event name.
func (RollupBatchesReverted) ContractEventName() string {
	return RollupBatchesRevertedEventName
}

// UnpackBatchesRevertedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchesReverted(uint64 indexed fromIndex, uint64 previousNextIndex, bytes32 restoredClaim)
func (rollup *Rollup) UnpackBatchesRevertedEvent(log *types.Log) (*RollupBatchesReverted, error) {
	event := "BatchesReverted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBatchesReverted)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupInitialized represents a Initialized event raised by the Rollup contract.
type RollupInitialized struct {
	ChallengeGame common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RollupInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (RollupInitialized) ContractEventName() string {
	return RollupInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(address indexed challengeGame)
func (rollup *Rollup) UnpackInitializedEvent(log *types.Log) (*RollupInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupInitialized)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupProposerSlashed represents a ProposerSlashed event raised by the Rollup contract.
type RollupProposerSlashed struct {
	Proposer common.Address
	Amount   *big.Int
	Reward   *big.Int
	Burned   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const RollupProposerSlashedEventName = "ProposerSlashed"

// ContractEventName returns the user-defined event name.
func (RollupProposerSlashed) ContractEventName() string {
	return RollupProposerSlashedEventName
}

// UnpackProposerSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposerSlashed(address indexed proposer, uint256 amount, uint256 reward, uint256 burned)
func (rollup *Rollup) UnpackProposerSlashedEvent(log *types.Log) (*RollupProposerSlashed, error) {
	event := "ProposerSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupProposerSlashed)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupStakeDeposited represents a StakeDeposited event raised by the Rollup contract.
type RollupStakeDeposited struct {
	Proposer common.Address
	Amount   *big.Int
	Total    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const RollupStakeDepositedEventName = "StakeDeposited"

// ContractEventName returns the user-defined event name.
func (RollupStakeDeposited) ContractEventName() string {
	return RollupStakeDepositedEventName
}

// UnpackStakeDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeDeposited(address indexed proposer, uint256 amount, uint256 total)
func (rollup *Rollup) UnpackStakeDepositedEvent(log *types.Log) (*RollupStakeDeposited, error) {
	event := "StakeDeposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupStakeDeposited)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupStakeWithdrawn represents a StakeWithdrawn event raised by the Rollup contract.
type RollupStakeWithdrawn struct {
	Proposer  common.Address
	Amount    *big.Int
	Remaining *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupStakeWithdrawnEventName = "StakeWithdrawn"

// ContractEventName returns the user-defined event name.
func (RollupStakeWithdrawn) ContractEventName() string {
	return RollupStakeWithdrawnEventName
}

// UnpackStakeWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeWithdrawn(address indexed proposer, uint256 amount, uint256 remaining)
func (rollup *Rollup) UnpackStakeWithdrawnEvent(log *types.Log) (*RollupStakeWithdrawn, error) {
	event := "StakeWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupStakeWithdrawn)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rollup *Rollup) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rollup.abi.Errors["AlreadyFinal"].ID.Bytes()[:4]) {
		return rollup.UnpackAlreadyFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["AlreadyInitialized"].ID.Bytes()[:4]) {
		return rollup.UnpackAlreadyInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadAmount"].ID.Bytes()[:4]) {
		return rollup.UnpackBadAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadDataLength"].ID.Bytes()[:4]) {
		return rollup.UnpackBadDataLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadDepositRange"].ID.Bytes()[:4]) {
		return rollup.UnpackBadDepositRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadRecordsStart"].ID.Bytes()[:4]) {
		return rollup.UnpackBadRecordsStartError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadVersion"].ID.Bytes()[:4]) {
		return rollup.UnpackBadVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["DepositNotIncluded"].ID.Bytes()[:4]) {
		return rollup.UnpackDepositNotIncludedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["GameOpen"].ID.Bytes()[:4]) {
		return rollup.UnpackGameOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return rollup.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotChallengeGame"].ID.Bytes()[:4]) {
		return rollup.UnpackNotChallengeGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return rollup.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotNextToFinalize"].ID.Bytes()[:4]) {
		return rollup.UnpackNotNextToFinalizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotProposer"].ID.Bytes()[:4]) {
		return rollup.UnpackNotProposerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["PaymentFailed"].ID.Bytes()[:4]) {
		return rollup.UnpackPaymentFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ProposerNotEOA"].ID.Bytes()[:4]) {
		return rollup.UnpackProposerNotEOAError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["StakeLocked"].ID.Bytes()[:4]) {
		return rollup.UnpackStakeLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TooManySteps"].ID.Bytes()[:4]) {
		return rollup.UnpackTooManyStepsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnknownBatch"].ID.Bytes()[:4]) {
		return rollup.UnpackUnknownBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WindowOpen"].ID.Bytes()[:4]) {
		return rollup.UnpackWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongIndex"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongPrevClaim"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongPrevClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return rollup.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ZeroBond"].ID.Bytes()[:4]) {
		return rollup.UnpackZeroBondError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RollupAlreadyFinal represents a AlreadyFinal error raised by the Rollup contract.
type RollupAlreadyFinal struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFinal(uint64 index)
func RollupAlreadyFinalErrorID() common.Hash {
	return common.HexToHash("0xafb0942128199d3e75c2c3b3b18812bcb99a587924a062386a514e9a4d920198")
}

// UnpackAlreadyFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFinal(uint64 index)
func (rollup *Rollup) UnpackAlreadyFinalError(raw []byte) (*RollupAlreadyFinal, error) {
	out := new(RollupAlreadyFinal)
	if err := rollup.abi.UnpackIntoInterface(out, "AlreadyFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupAlreadyInitialized represents a AlreadyInitialized error raised by the Rollup contract.
type RollupAlreadyInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInitialized()
func RollupAlreadyInitializedErrorID() common.Hash {
	return common.HexToHash("0x0dc149f07762891dbcea3fe72770f3d63a1863fc54b2f084e8c59ec476996927")
}

// UnpackAlreadyInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInitialized()
func (rollup *Rollup) UnpackAlreadyInitializedError(raw []byte) (*RollupAlreadyInitialized, error) {
	out := new(RollupAlreadyInitialized)
	if err := rollup.abi.UnpackIntoInterface(out, "AlreadyInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadAmount represents a BadAmount error raised by the Rollup contract.
type RollupBadAmount struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAmount(uint256 amount)
func RollupBadAmountErrorID() common.Hash {
	return common.HexToHash("0xb39be4d21b9beede5f322fec8bfffe756e47e7733fec5f40573598ea2c475ddc")
}

// UnpackBadAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAmount(uint256 amount)
func (rollup *Rollup) UnpackBadAmountError(raw []byte) (*RollupBadAmount, error) {
	out := new(RollupBadAmount)
	if err := rollup.abi.UnpackIntoInterface(out, "BadAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadDataLength represents a BadDataLength error raised by the Rollup contract.
type RollupBadDataLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDataLength(uint256 length)
func RollupBadDataLengthErrorID() common.Hash {
	return common.HexToHash("0x19e88960e49f184b22706a1e43dfbc2c082f8fbce3a66b6682b05fabfecf5da5")
}

// UnpackBadDataLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDataLength(uint256 length)
func (rollup *Rollup) UnpackBadDataLengthError(raw []byte) (*RollupBadDataLength, error) {
	out := new(RollupBadDataLength)
	if err := rollup.abi.UnpackIntoInterface(out, "BadDataLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadDepositRange represents a BadDepositRange error raised by the Rollup contract.
type RollupBadDepositRange struct {
	Prev        uint64
	Post        uint64
	QueueLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDepositRange(uint64 prev, uint64 post, uint256 queueLength)
func RollupBadDepositRangeErrorID() common.Hash {
	return common.HexToHash("0xfa2d350e9b71bd15718eb151d419df1e30343130b9c46ab1de02d06453b22167")
}

// UnpackBadDepositRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDepositRange(uint64 prev, uint64 post, uint256 queueLength)
func (rollup *Rollup) UnpackBadDepositRangeError(raw []byte) (*RollupBadDepositRange, error) {
	out := new(RollupBadDepositRange)
	if err := rollup.abi.UnpackIntoInterface(out, "BadDepositRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadRecordsStart represents a BadRecordsStart error raised by the Rollup contract.
type RollupBadRecordsStart struct {
	RecordsStart *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRecordsStart(uint256 recordsStart)
func RollupBadRecordsStartErrorID() common.Hash {
	return common.HexToHash("0x6b1d55bdd0edb64f86a2fba2374c2ef0f857416838ae1ba0725607de04199742")
}

// UnpackBadRecordsStartError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRecordsStart(uint256 recordsStart)
func (rollup *Rollup) UnpackBadRecordsStartError(raw []byte) (*RollupBadRecordsStart, error) {
	out := new(RollupBadRecordsStart)
	if err := rollup.abi.UnpackIntoInterface(out, "BadRecordsStart", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadVersion represents a BadVersion error raised by the Rollup contract.
type RollupBadVersion struct {
	Version uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadVersion(uint8 version)
func RollupBadVersionErrorID() common.Hash {
	return common.HexToHash("0x46638a0a05c0f124f2d3b39526d83606a2ab0a7701198d2aa0e9124f64c34c96")
}

// UnpackBadVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadVersion(uint8 version)
func (rollup *Rollup) UnpackBadVersionError(raw []byte) (*RollupBadVersion, error) {
	out := new(RollupBadVersion)
	if err := rollup.abi.UnpackIntoInterface(out, "BadVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupDepositNotIncluded represents a DepositNotIncluded error raised by the Rollup contract.
type RollupDepositNotIncluded struct {
	Index       *big.Int
	DepositTime uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositNotIncluded(uint256 index, uint64 depositTime)
func RollupDepositNotIncludedErrorID() common.Hash {
	return common.HexToHash("0x327676c97095aa441ee8f65ee915ba65b88bc4668f6babc96bd07983e741bc13")
}

// UnpackDepositNotIncludedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositNotIncluded(uint256 index, uint64 depositTime)
func (rollup *Rollup) UnpackDepositNotIncludedError(raw []byte) (*RollupDepositNotIncluded, error) {
	out := new(RollupDepositNotIncluded)
	if err := rollup.abi.UnpackIntoInterface(out, "DepositNotIncluded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameOpen represents a GameOpen error raised by the Rollup contract.
type RollupGameOpen struct {
	Games *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameOpen(uint256 games)
func RollupGameOpenErrorID() common.Hash {
	return common.HexToHash("0x919025cb21a93a2d02bd94867db96fb4d68d43e1a893573e18d6c2ffed76115d")
}

// UnpackGameOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameOpen(uint256 games)
func (rollup *Rollup) UnpackGameOpenError(raw []byte) (*RollupGameOpen, error) {
	out := new(RollupGameOpen)
	if err := rollup.abi.UnpackIntoInterface(out, "GameOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInsufficientStake represents a InsufficientStake error raised by the Rollup contract.
type RollupInsufficientStake struct {
	Stake    *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 required)
func RollupInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 required)
func (rollup *Rollup) UnpackInsufficientStakeError(raw []byte) (*RollupInsufficientStake, error) {
	out := new(RollupInsufficientStake)
	if err := rollup.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotChallengeGame represents a NotChallengeGame error raised by the Rollup contract.
type RollupNotChallengeGame struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotChallengeGame()
func RollupNotChallengeGameErrorID() common.Hash {
	return common.HexToHash("0x958bccc0bdb45f6d70161226c3670acd9e8b378023ec99c958a3212456a9a7f4")
}

// UnpackNotChallengeGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotChallengeGame()
func (rollup *Rollup) UnpackNotChallengeGameError(raw []byte) (*RollupNotChallengeGame, error) {
	out := new(RollupNotChallengeGame)
	if err := rollup.abi.UnpackIntoInterface(out, "NotChallengeGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotDeployer represents a NotDeployer error raised by the Rollup contract.
type RollupNotDeployer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer()
func RollupNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x8b906c9700ab2b52dbac68ba97746b76f841c655b82cbeaeb4a267404c6dd944")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer()
func (rollup *Rollup) UnpackNotDeployerError(raw []byte) (*RollupNotDeployer, error) {
	out := new(RollupNotDeployer)
	if err := rollup.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotNextToFinalize represents a NotNextToFinalize error raised by the Rollup contract.
type RollupNotNextToFinalize struct {
	Index uint64
	Next  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotNextToFinalize(uint64 index, uint64 next)
func RollupNotNextToFinalizeErrorID() common.Hash {
	return common.HexToHash("0xa43335731a9dc8657876637cf901dc2ce2d496ca2c0f345d2f476c76d0e4ad43")
}

// UnpackNotNextToFinalizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotNextToFinalize(uint64 index, uint64 next)
func (rollup *Rollup) UnpackNotNextToFinalizeError(raw []byte) (*RollupNotNextToFinalize, error) {
	out := new(RollupNotNextToFinalize)
	if err := rollup.abi.UnpackIntoInterface(out, "NotNextToFinalize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotProposer represents a NotProposer error raised by the Rollup contract.
type RollupNotProposer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProposer(address caller)
func RollupNotProposerErrorID() common.Hash {
	return common.HexToHash("0x8645db44a2a5f8a81885c6917d4bc4b8931747369359c3e2c0217221b3773a7e")
}

// UnpackNotProposerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProposer(address caller)
func (rollup *Rollup) UnpackNotProposerError(raw []byte) (*RollupNotProposer, error) {
	out := new(RollupNotProposer)
	if err := rollup.abi.UnpackIntoInterface(out, "NotProposer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupPaymentFailed represents a PaymentFailed error raised by the Rollup contract.
type RollupPaymentFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PaymentFailed(address to, uint256 amount)
func RollupPaymentFailedErrorID() common.Hash {
	return common.HexToHash("0xa09e6165f4dcdc4e418edf5d4543c54cdb7d7a2166ff3723d856102f4f4a3c4d")
}

// UnpackPaymentFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PaymentFailed(address to, uint256 amount)
func (rollup *Rollup) UnpackPaymentFailedError(raw []byte) (*RollupPaymentFailed, error) {
	out := new(RollupPaymentFailed)
	if err := rollup.abi.UnpackIntoInterface(out, "PaymentFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupProposerNotEOA represents a ProposerNotEOA error raised by the Rollup contract.
type RollupProposerNotEOA struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProposerNotEOA(address caller)
func RollupProposerNotEOAErrorID() common.Hash {
	return common.HexToHash("0xd972ce205db6cdcfd9d6ac2c5c2381f534a081ce094691c665c269fd164fe25a")
}

// UnpackProposerNotEOAError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProposerNotEOA(address caller)
func (rollup *Rollup) UnpackProposerNotEOAError(raw []byte) (*RollupProposerNotEOA, error) {
	out := new(RollupProposerNotEOA)
	if err := rollup.abi.UnpackIntoInterface(out, "ProposerNotEOA", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupStakeLocked represents a StakeLocked error raised by the Rollup contract.
type RollupStakeLocked struct {
	LastBatch      uint64
	FinalizedCount uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeLocked(uint64 lastBatch, uint64 finalizedCount)
func RollupStakeLockedErrorID() common.Hash {
	return common.HexToHash("0x3ad8ed54a5ba89a933881b94e50eeb5fef1e2eb4d071eb61528467315e90e637")
}

// UnpackStakeLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeLocked(uint64 lastBatch, uint64 finalizedCount)
func (rollup *Rollup) UnpackStakeLockedError(raw []byte) (*RollupStakeLocked, error) {
	out := new(RollupStakeLocked)
	if err := rollup.abi.UnpackIntoInterface(out, "StakeLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTooManySteps represents a TooManySteps error raised by the Rollup contract.
type RollupTooManySteps struct {
	NumSteps uint64
	DataLen  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManySteps(uint64 numSteps, uint256 dataLen)
func RollupTooManyStepsErrorID() common.Hash {
	return common.HexToHash("0x430095d6100dfeeb269a8f13ec579b131e4e425053caf4176b4b89c696ee84af")
}

// UnpackTooManyStepsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManySteps(uint64 numSteps, uint256 dataLen)
func (rollup *Rollup) UnpackTooManyStepsError(raw []byte) (*RollupTooManySteps, error) {
	out := new(RollupTooManySteps)
	if err := rollup.abi.UnpackIntoInterface(out, "TooManySteps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupUnknownBatch represents a UnknownBatch error raised by the Rollup contract.
type RollupUnknownBatch struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownBatch(uint64 index)
func RollupUnknownBatchErrorID() common.Hash {
	return common.HexToHash("0x29323ffff0d2ae0465a5a02be95b40fbdb0fc0656d05f820f3904c4580a7b0c1")
}

// UnpackUnknownBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownBatch(uint64 index)
func (rollup *Rollup) UnpackUnknownBatchError(raw []byte) (*RollupUnknownBatch, error) {
	out := new(RollupUnknownBatch)
	if err := rollup.abi.UnpackIntoInterface(out, "UnknownBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWindowOpen represents a WindowOpen error raised by the Rollup contract.
type RollupWindowOpen struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowOpen(uint64 deadline)
func RollupWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xadc951317b32155912b5145c70b168db2dc49a695bd5815c460f18b891311aac")
}

// UnpackWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowOpen(uint64 deadline)
func (rollup *Rollup) UnpackWindowOpenError(raw []byte) (*RollupWindowOpen, error) {
	out := new(RollupWindowOpen)
	if err := rollup.abi.UnpackIntoInterface(out, "WindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongIndex represents a WrongIndex error raised by the Rollup contract.
type RollupWrongIndex struct {
	Expected uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongIndex(uint64 expected, uint64 got)
func RollupWrongIndexErrorID() common.Hash {
	return common.HexToHash("0xa6af4cca6086fae522cb8937bd56fcc7e2ee283aaae27c7a29f6db54bdf7f489")
}

// UnpackWrongIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongIndex(uint64 expected, uint64 got)
func (rollup *Rollup) UnpackWrongIndexError(raw []byte) (*RollupWrongIndex, error) {
	out := new(RollupWrongIndex)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongPrevClaim represents a WrongPrevClaim error raised by the Rollup contract.
type RollupWrongPrevClaim struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPrevClaim(bytes32 expected, bytes32 got)
func RollupWrongPrevClaimErrorID() common.Hash {
	return common.HexToHash("0x31b05f2ddb74877301919b21f82a19841fa6def2b4ae9372aed5dc1e36115016")
}

// UnpackWrongPrevClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPrevClaim(bytes32 expected, bytes32 got)
func (rollup *Rollup) UnpackWrongPrevClaimError(raw []byte) (*RollupWrongPrevClaim, error) {
	out := new(RollupWrongPrevClaim)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongPrevClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupZeroAddress represents a ZeroAddress error raised by the Rollup contract.
type RollupZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func RollupZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (rollup *Rollup) UnpackZeroAddressError(raw []byte) (*RollupZeroAddress, error) {
	out := new(RollupZeroAddress)
	if err := rollup.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupZeroBond represents a ZeroBond error raised by the Rollup contract.
type RollupZeroBond struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroBond()
func RollupZeroBondErrorID() common.Hash {
	return common.HexToHash("0x3af4d15e2af377280c3e0fb5f0cc0d6c4e1ee475a9f746427c55642ef85b715b")
}

// UnpackZeroBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroBond()
func (rollup *Rollup) UnpackZeroBondError(raw []byte) (*RollupZeroBond, error) {
	out := new(RollupZeroBond)
	if err := rollup.abi.UnpackIntoInterface(out, "ZeroBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}
