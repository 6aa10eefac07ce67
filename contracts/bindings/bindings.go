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
	DataRoot     [32]byte
	Blob         bool
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
	DataRoot     [32]byte
	Blob         bool
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

// BlobElement is an auto generated low-level Go binding around an user-defined struct.
type BlobElement struct {
	Index uint16
	Value [32]byte
	Proof []byte
}

// BlobHead is an auto generated low-level Go binding around an user-defined struct.
type BlobHead struct {
	Value      [32]byte
	Commitment []byte
	Proof      []byte
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
	Chunks         []ChunkProof
	Proofs         []StateProof
	ForcedTx       []byte
	BlobCommitment []byte
	Elements       []BlobElement
}

// BridgeMetaData contains all meta data concerning the Bridge contract.
var BridgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAX_METADATA_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"METADATA_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"blob\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"l1Token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"l1Recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"name\":\"claimTokenWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"blob\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"name\":\"claimWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"l2Recipient\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"depositAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"l2Recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositERC20\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"depositToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"txType\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPriorityFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"internalType\":\"structForcedTx\",\"name\":\"forced\",\"type\":\"tuple\"}],\"name\":\"forceTransaction\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"forcedTxHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"inclusionInfo\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIRollup\",\"name\":\"rollup_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"l2Token\",\"type\":\"address\"}],\"name\":\"l1TokenOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractIRollup\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"l1Token\",\"type\":\"address\"}],\"name\":\"tokenAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"l1Token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"tokenWithdrawalKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"withdrawalKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"DepositQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"rollup\",\"type\":\"address\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"l1Token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"TokenDepositQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"l1Token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"l2Token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"}],\"name\":\"TokenRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"l1Token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"TokenWithdrawalClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"txType\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPriorityFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"indexed\":false,\"internalType\":\"structForcedTx\",\"name\":\"forced\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"TransactionForced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"WithdrawalClaimed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"BatchNotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"DepositNotWholeGwei\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"DepositOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidWithdrawalProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenHasNoCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"l1Token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registered\",\"type\":\"address\"}],\"name\":\"TokenMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenTransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroDeposit\",\"type\":\"error\"}]",
	ID:  "0f63913e23f5606633e3d4f8c7c6313d17",
	Bin: "0x60a0604052348015600e575f5ffd5b50336080526080516120ba6100325f395f81816103c10152610d6e01526120ba5ff3fe60806040526004361061011b575f3560e01c8063b5a9cf631161009d578063cc3c0f0611610062578063cc3c0f0614610372578063d5f39488146103b0578063e3fa6ccc146103e3578063f340fa011461040e578063fc7ff38d14610421575f5ffd5b8063b5a9cf63146102a8578063c14611c9146102c9578063c3fa4d8814610316578063c4d66de814610335578063cb23bcb514610354575f5ffd5b80633edf069b116100e35780633edf069b146101b75780635c4994b1146101f35780636215be771461023f5780636a119ee1146102735780639884e80114610289575f5ffd5b80631cad5a401461011f5780631f7979a2146101515780632dfdf0b51461016557806335c48dbf146101795780633dd8503314610198575b5f5ffd5b34801561012a575f5ffd5b5061013e6101393660046119d8565b610440565b6040519081526020015b60405180910390f35b34801561015c575f5ffd5b5061013e608081565b348015610170575f5ffd5b5060015461013e565b348015610184575f5ffd5b5061013e610193366004611a35565b610853565b3480156101a3575f5ffd5b5061013e6101b2366004611a6c565b6108ab565b3480156101c2575f5ffd5b506101d66101d1366004611ab4565b610925565b604080519283526001600160401b03909116602083015201610148565b3480156101fe575f5ffd5b5061022761020d366004611acb565b60056020525f90815260409020546001600160a01b031681565b6040516001600160a01b039091168152602001610148565b34801561024a575f5ffd5b50610227610259366004611ab4565b60036020525f90815260409020546001600160a01b031681565b34801561027e575f5ffd5b5061013e620186a081565b348015610294575f5ffd5b506102276102a3366004611acb565b61096c565b3480156102b3575f5ffd5b506102c76102c2366004611b4b565b610976565b005b3480156102d4575f5ffd5b506102e86102e3366004611ab4565b610b0c565b604080516001600160a01b03909416845260208401929092526001600160401b031690820152606001610148565b348015610321575f5ffd5b506102c7610330366004611bce565b610b94565b348015610340575f5ffd5b506102c761034f366004611acb565b610d63565b34801561035f575f5ffd5b505f54610227906001600160a01b031681565b34801561037d575f5ffd5b506103a061038c366004611ab4565b60046020525f908152604090205460ff1681565b6040519015158152602001610148565b3480156103bb575f5ffd5b506102277f000000000000000000000000000000000000000000000000000000000000000081565b3480156103ee575f5ffd5b5061013e6103fd366004611ab4565b60026020525f908152604090205481565b61013e61041c366004611acb565b610e42565b34801561042c575f5ffd5b5061013e61043b366004611c77565b610ff8565b5f60ff815c16156104645760405163b5dfd9e560e01b815260040160405180910390fd5b60015f805c60ff19168217905d50815f03610492576040516356316e8760e01b815260040160405180910390fd5b6001600160a01b03831615806104c457506001600160a01b038316735757575757575757575757575757575757575757145b156104f257604051630bc2c5df60e11b81526001600160a01b03841660048201526024015b60405180910390fd5b836001600160a01b03163b5f036105275760405163d0b1b2a760e01b81526001600160a01b03851660048201526024016104e9565b5f61053185611127565b6001600160a01b038082165f9081526005602052604090205491925016806105625761055d868361116b565b6105a7565b856001600160a01b0316816001600160a01b0316146105a75760405163f902523f60e01b81526001600160a01b038088166004830152821660248201526044016104e9565b6040516370a0823160e01b81523060048201525f906001600160a01b038816906370a0823190602401602060405180830381865afa1580156105eb573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061060f9190611c91565b6040513360248201523060448201526064810187905290915061066090889060840160408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b1790526112df565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038a16906370a0823190602401602060405180830381865afa1580156106a6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106ca9190611c91565b6106d49190611cbc565b9050805f036106f6576040516356316e8760e01b815260040160405180910390fd5b60018054604080516060810182526001600160a01b03808c168083526001600160401b034281811660208087019182528688018b8152898b018b555f9a8b52965160028a027fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6810180549451909616600160a01b026001600160e01b0319909416918816919091179290921790935594517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf79095019490945585875260039052948390208054918e166001600160a01b03199290921691909117905590519197509190339088907f4f6cd51825bd4d3ca21d3d50c658cdfd9fd1f27b4f8a34eea9af731c679ee67f90610833908e90889088906001600160a01b0393909316835260208301919091526001600160401b0316604082015260600190565b60405180910390a4505f93505050815c60ff19169050815d509392505050565b60408051605760f81b602080830191909152606085901b6001600160601b031916602183015260c084901b6001600160c01b03191660358301528251601d818403018152603d90920190925280519101205b92915050565b5f61091d6108b885611127565b8484604051607760f81b60208201526001600160601b0319606085811b8216602184015284901b1660358201526001600160c01b031960c083901b1660498201525f906051016040516020818303038152906040528051906020012090509392505050565b949350505050565b6001545f81831015610967576001838154811061094457610944611ccf565b5f918252602090912060029091020154600160a01b90046001600160401b031690505b915091565b5f6108a582611127565b61097f866113a3565b5f61098a8686610853565b5f8181526004602052604090205490915060ff16156109bf57604051633210992160e21b8152600481018290526024016104e9565b6109db83836101808a013584886001600160a01b038c1661151c565b6109f857604051632e1aaf2760e21b815260040160405180910390fd5b5f818152600460209081526040909120805460ff19166001179055610a1f90880188611ce3565b6001600160401b0316866001600160a01b0316827f366c7ba67a8bdb4b8f284524bf1b51ae146f066a3ca1b8375e747511642ab4eb8888604051610a789291906001600160401b03929092168252602082015260400190565b60405180910390a45f866001600160a01b0316856040515f6040518083038185875af1925050503d805f8114610ac9576040519150601f19603f3d011682016040523d82523d5f602084013e610ace565b606091505b5050905080610b025760405163a09e616560e01b81526001600160a01b0388166004820152602481018690526044016104e9565b5050505050505050565b5f5f5f6001805490508410610b42576001546040516361313c5b60e11b81526104e9918691600401918252602082015260400190565b5f60018581548110610b5657610b56611ccf565b5f918252602090912060029091020180546001909101546001600160a01b03821697909650600160a01b9091046001600160401b0316945092505050565b60ff5f5c1615610bb75760405163b5dfd9e560e01b815260040160405180910390fd5b60015f805c60ff19168217905d50610bce886113a3565b610bd787611553565b5f610be38888886108ab565b5f8181526004602052604090205490915060ff1615610c1857604051633210992160e21b8152600481018290526024016104e9565b610c3483836101808c013584886001600160a01b038b1661151c565b610c5157604051632e1aaf2760e21b815260040160405180910390fd5b600160045f8381526020019081526020015f205f6101000a81548160ff021916908315150217905550846001600160a01b0316886001600160a01b0316827ff9429b35e620bf304c34e1053c26d9aad3619ab606e8a35a9973f23ba8fd4c0f8a8a898f5f016020810190610cc59190611ce3565b604080516001600160a01b0390951685526001600160401b03938416602086015284019190915216606082015260800160405180910390a46040516001600160a01b038616602482015260448101859052610d4e90899060640160408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b1790526112df565b505f60ff19815c16815d505050505050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610dac57604051638b906c9760e01b815260040160405180910390fd5b5f546001600160a01b031615610dd45760405162dc149f60e41b815260040160405180910390fd5b6001600160a01b038116610dfb5760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b038316908117825560405190917f908408e307fc569b417f6cbec5d5a06f44a0a505ac0479b47d421a4b2fd6a1e691a250565b5f345f03610e63576040516356316e8760e01b815260040160405180910390fd5b6001600160a01b0382161580610e9557506001600160a01b038216735757575757575757575757575757575757575757145b15610ebe57604051630bc2c5df60e11b81526001600160a01b03831660048201526024016104e9565b610ecc633b9aca0034611cfe565b15610eec5760405163330ea23960e21b81523460048201526024016104e9565b5060018054604080516060810182526001600160a01b038086168083526001600160401b03428181166020860190815234868801818152898b018b555f9a909a529551600289027fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6810180549351909516600160a01b026001600160e01b031990931691909616171790915595517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf7909201919091559151929392339185917f8934a4de921abfad9ff8c42b5e8afeaf50f944242a5ff61a10aae6db57b91f2991610fea9187909182526001600160401b0316602082015260400190565b60405180910390a450919050565b60018054604080516060810182525f8082526001600160401b03428181166020808601918252858701858152888a018a55989094529351600287027fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6810180549651909416600160a01b026001600160e01b03199096166001600160a01b0392909216919091179490941790915594517fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf79092019190915590519192916110c191859101611de4565b60408051601f1981840301815282825280516020918201205f868152600290925291902055339083907f6f1151026a6a75851a77a8a81d538d4440b9942754f25d33eea280381d711bf7906111199087908690611df3565b60405180910390a350919050565b604051601d60fa1b60208201526001600160601b0319606083901b1660218201525f9060350160408051601f19818403018152919052805160209091012092915050565b6001600160a01b038181165f90815260056020526040812080546001600160a01b031916928516929092179091556111aa836306fdde0360e01b6115b3565b90505f6111be846395d89b4160e01b6115b3565b60408051600481526024810182526020810180516001600160e01b031663313ce56760e01b17905290519192506012915f9182916001600160a01b03891691620186a09161120c9190611e19565b5f604051808303818686fa925050503d805f8114611245576040519150601f19603f3d011682016040523d82523d5f602084013e61124a565b606091505b509150915081801561125d575080516020145b15611287575f818060200190518101906112779190611c91565b905060ff8111611285578093505b505b856001600160a01b0316876001600160a01b03167fc17ccb34e0339408bf3e4e6ae99312040d32950c686e68d44b460234c7063b0f8787876040516112ce93929190611e5d565b60405180910390a350505050505050565b5f5f836001600160a01b0316836040516112f99190611e19565b5f604051808303815f865af19150503d805f8114611332576040519150601f19603f3d011682016040523d82523d5f602084013e611337565b606091505b5091509150811580611374575080511580159061137457508051602014158061137457508080602001905181019061136f9190611c91565b600114155b1561139d57604051632b596cb760e01b81526001600160a01b03851660048201526024016104e9565b50505050565b5f546001600160a01b0316806113cc576040516321c4e35760e21b815260040160405180910390fd5b806001600160a01b031663e5cb0d176040518163ffffffff1660e01b8152600401602060405180830381865afa158015611408573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061142c9190611e95565b6001600160401b03166114426020840184611ce3565b6001600160401b03161015806114e1575061145c826118d3565b6001600160a01b0382166332cf57f86114786020860186611ce3565b6040516001600160e01b031960e084901b1681526001600160401b039091166004820152602401602060405180830381865afa1580156114ba573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114de9190611c91565b14155b15611518576114f36020830183611ce3565b6040516337f3119f60e01b81526001600160401b0390911660048201526024016104e9565b5050565b5f61010086111561152e57505f611549565b84611545888887611540898989611902565b611926565b1490505b9695505050505050565b5f60055f61156084611127565b6001600160a01b03908116825260208201929092526040015f205481169150821681146115185760405163f902523f60e01b81526001600160a01b038084166004830152821660248201526044016104e9565b60408051600481526024810182526020810180516001600160e01b03166001600160e01b0319851617905290516060915f9182916001600160a01b03871691620186a09161160091611e19565b5f604051808303818686fa925050503d805f8114611639576040519150601f19603f3d011682016040523d82523d5f602084013e61163e565b606091505b5091509150816116605760405180602001604052805f815250925050506108a5565b6060815160200361175a575f5b60208110801561169c575082818151811061168a5761168a611ccf565b01602001516001600160f81b03191615155b156116b1576116aa81611eb0565b905061166d565b806001600160401b038111156116c9576116c9611ec8565b6040519080825280601f01601f1916602001820160405280156116f3576020820181803683370190505b5091505f5b8181101561174d5783818151811061171257611712611ccf565b602001015160f81c60f81b83828151811061172f5761172f611ccf565b60200101906001600160f81b03191690815f1a9053506001016116f8565b50819450505050506108a5565b60408251101561177d5760405180602001604052805f81525093505050506108a5565b5f828060200190518101906117929190611c91565b9050602083516117a29190611cbc565b8111156117c35760405180602001604052805f8152509450505050506108a5565b5f81602085010151905081602085516117dc9190611cbc565b6117e69190611cbc565b8111156118085760405180602001604052805f815250955050505050506108a5565b6080811115611815575060805b806001600160401b0381111561182d5761182d611ec8565b6040519080825280601f01601f191660200182016040528015611857576020820181803683370190505b5092505f5b818110156118c6578481611871856020611edc565b61187b9190611edc565b8151811061188b5761188b611ccf565b602001015160f81c60f81b8482815181106118a8576118a8611ccf565b60200101906001600160f81b03191690815f1a90535060010161185c565b5091979650505050505050565b5f816040516020016118e59190611f80565b604051602081830303815290604052805190602001209050919050565b5f6040515f8153600181019490945250602183019190915260418201526061902090565b5f82845b8015611989575f19015f87878381811061194657611946611ccf565b9050602002013590508160ff61195c9190611cbc565b83901c6001165f14611977576119728186611994565b611981565b6119818582611994565b94505061192a565b509195945050505050565b5f6040516001815360018101939093525060218201526041902090565b6001600160a01b03811681146119c5575f5ffd5b50565b80356119d3816119b1565b919050565b5f5f5f606084860312156119ea575f5ffd5b83356119f5816119b1565b92506020840135611a05816119b1565b929592945050506040919091013590565b6001600160401b03811681146119c5575f5ffd5b80356119d381611a16565b5f5f60408385031215611a46575f5ffd5b8235611a51816119b1565b91506020830135611a6181611a16565b809150509250929050565b5f5f5f60608486031215611a7e575f5ffd5b8335611a89816119b1565b92506020840135611a99816119b1565b91506040840135611aa981611a16565b809150509250925092565b5f60208284031215611ac4575f5ffd5b5035919050565b5f60208284031215611adb575f5ffd5b8135611ae6816119b1565b9392505050565b5f6102408284031215611afe575f5ffd5b50919050565b5f5f83601f840112611b14575f5ffd5b5081356001600160401b03811115611b2a575f5ffd5b6020830191508360208260051b8501011115611b44575f5ffd5b9250929050565b5f5f5f5f5f5f6102c08789031215611b61575f5ffd5b611b6b8888611aed565b9550610240870135611b7c816119b1565b9450610260870135611b8d81611a16565b935061028087013592506102a08701356001600160401b03811115611bb0575f5ffd5b611bbc89828a01611b04565b979a9699509497509295939492505050565b5f5f5f5f5f5f5f5f610300898b031215611be6575f5ffd5b611bf08a8a611aed565b9750610240890135611c01816119b1565b9650610260890135611c12816119b1565b9550610280890135611c2381611a16565b94506102a0890135611c34816119b1565b93506102c089013592506102e08901356001600160401b03811115611c57575f5ffd5b611c638b828c01611b04565b999c989b5096995094979396929594505050565b5f610140828403128015611c89575f5ffd5b509092915050565b5f60208284031215611ca1575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156108a5576108a5611ca8565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611cf3575f5ffd5b8135611ae681611a16565b5f82611d1857634e487b7160e01b5f52601260045260245ffd5b500690565b803560ff811681146119d3575f5ffd5b611d4182611d3a83611d1d565b60ff169052565b611d4d60208201611a2a565b6001600160401b03166020830152611d6760408201611a2a565b6001600160401b031660408301526060818101359083015260808082013590830152611d9560a082016119c8565b6001600160a01b031660a083015260c0818101359083015260e080820135908301526101008082013590830152611dcf61012082016119c8565b6001600160a01b038116610120840152505050565b61014081016108a58284611d2d565b6101608101611e028285611d2d565b6001600160401b0383166101408301529392505050565b5f82518060208501845e5f920191825250919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b606081525f611e6f6060830186611e2f565b8281036020840152611e818186611e2f565b91505060ff83166040830152949350505050565b5f60208284031215611ea5575f5ffd5b8151611ae681611a16565b5f60018201611ec157611ec1611ca8565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b808201808211156108a5576108a5611ca8565b803580151581146119d3575f5ffd5b803563ffffffff811681146119d3575f5ffd5b803561ffff811681146119d3575f5ffd5b803582526020810135611f3481611a16565b6001600160401b031660208301526040810135611f5081611a16565b6001600160401b031660408301526060810135611f6c81611a16565b6001600160401b0381166060840152505050565b6102408101611f9f82611f9285611a2a565b6001600160401b03169052565b611fab602084016119c8565b6001600160a01b03166020830152611fc560408401611a2a565b6001600160401b0316604083015260608381013590830152611fe960808401611eef565b15156080830152611ffc60a08401611efe565b63ffffffff1660a083015261201360c08401611efe565b63ffffffff1660c083015261202a60e08401611d1d565b60ff1660e083015261203f6101008401611f11565b61ffff166101008301526120566101208401611a2a565b6001600160401b03166101208301526120726101408401611a2a565b6001600160401b0316610140830152610160838101359083015261209d610180808401908501611f22565b61020083810135908301526102209283013592909101919091529056",
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
// the contract method with ID 0xc3fa4d88.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimTokenWithdrawal((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info, address l1Token, address sender, uint64 nonce, address l1Recipient, uint256 amount, bytes32[] siblings) returns()
func (bridge *Bridge) PackClaimTokenWithdrawal(info BatchInfo, l1Token common.Address, sender common.Address, nonce uint64, l1Recipient common.Address, amount *big.Int, siblings [][32]byte) []byte {
	enc, err := bridge.abi.Pack("claimTokenWithdrawal", info, l1Token, sender, nonce, l1Recipient, amount, siblings)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimTokenWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3fa4d88.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimTokenWithdrawal((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info, address l1Token, address sender, uint64 nonce, address l1Recipient, uint256 amount, bytes32[] siblings) returns()
func (bridge *Bridge) TryPackClaimTokenWithdrawal(info BatchInfo, l1Token common.Address, sender common.Address, nonce uint64, l1Recipient common.Address, amount *big.Int, siblings [][32]byte) ([]byte, error) {
	return bridge.abi.Pack("claimTokenWithdrawal", info, l1Token, sender, nonce, l1Recipient, amount, siblings)
}

// PackClaimWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5a9cf63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimWithdrawal((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info, address recipient, uint64 nonce, uint256 amount, bytes32[] siblings) returns()
func (bridge *Bridge) PackClaimWithdrawal(info BatchInfo, recipient common.Address, nonce uint64, amount *big.Int, siblings [][32]byte) []byte {
	enc, err := bridge.abi.Pack("claimWithdrawal", info, recipient, nonce, amount, siblings)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5a9cf63.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimWithdrawal((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info, address recipient, uint64 nonce, uint256 amount, bytes32[] siblings) returns()
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRollup\",\"name\":\"rollup_\",\"type\":\"address\"},{\"internalType\":\"contractIOneStepProver\",\"name\":\"prover_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"gameClock_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockIncrement_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"activeGameOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"hLo\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hHi\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"mid\",\"type\":\"bytes32\"}],\"name\":\"bisect\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"blob\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengerBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clockIncrement\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"clocks\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"proposer\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challenger\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"}],\"name\":\"firstWin\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameClock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getGame\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"enumChallengeGame.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"enumChallengeGame.Turn\",\"name\":\"turn\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proposerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastMoveAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"hLo\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hHi\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"mid\",\"type\":\"bytes32\"}],\"internalType\":\"structChallengeGame.Game\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"}],\"name\":\"openGames\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"}],\"name\":\"pendingReward\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"blob\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"hHi\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structMachineState\",\"name\":\"pre\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structChunkProof[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"},{\"internalType\":\"bool\",\"name\":\"leafPresent\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"leafKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"leafA\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"leafB\",\"type\":\"uint256\"}],\"internalType\":\"structStateProof[]\",\"name\":\"proofs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"forcedTx\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"blobCommitment\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"index\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"internalType\":\"structBlobElement[]\",\"name\":\"elements\",\"type\":\"tuple[]\"}],\"internalType\":\"structWitness\",\"name\":\"witness\",\"type\":\"tuple\"}],\"name\":\"proveStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"prover\",\"outputs\":[{\"internalType\":\"contractIOneStepProver\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"hLo\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hHi\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"mid\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"agree\",\"type\":\"bool\"}],\"name\":\"respond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractIRollup\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"mid\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"midHash\",\"type\":\"bytes32\"}],\"name\":\"Bisected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"name\":\"GameOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumChallengeGame.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"enumChallengeGame.Reason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"GameResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"agree\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"hLo\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"hHi\",\"type\":\"bytes32\"}],\"name\":\"Responded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"postHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"matchesClaim\",\"type\":\"bool\"}],\"name\":\"StepProved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyChallenged\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"ClockNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"GameNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotYourMove\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StaleMove\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedPayment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"WindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongPreState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumChallengeGame.Turn\",\"name\":\"current\",\"type\":\"uint8\"}],\"name\":\"WrongTurn\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroParameter\",\"type\":\"error\"}]",
	ID:  "a8dbf1fa66c72e3bc39495afe7e859b994",
	Bin: "0x610120604052348015610010575f5ffd5b50604051612a8a380380612a8a83398101604081905261002f916100fe565b6001600160a01b038516158061004c57506001600160a01b038416155b1561006a5760405163d92e233d60e01b815260040160405180910390fd5b82158061007e57506001600160401b038216155b1561009c5760405163339d6ef160e21b815260040160405180910390fd5b6001600160a01b039485166080529290931660a05260c0526001600160401b0391821660e052166101005261015e565b6001600160a01b03811681146100e0575f5ffd5b50565b80516001600160401b03811681146100f9575f5ffd5b919050565b5f5f5f5f5f60a08688031215610112575f5ffd5b855161011d816100cc565b602087015190955061012e816100cc565b60408701519094509250610144606087016100e3565b9150610152608087016100e3565b90509295509295909350565b60805160a05160c05160e051610100516128946101f65f395f818161019701528181610848015261148201525f8181610323015261101f01525f818161035601528181610c9401528181610cce015281816118f8015261194d01525f81816101e70152610b9401525f81816101230152818161042a01528181610d1101528181610de30152818161178e015261185701526128945ff3fe608060405260043610610113575f3560e01c8063557b43281161009d578063a2f77bcc11610062578063a2f77bcc146103ce578063acc98106146103fa578063cb23bcb514610419578063d5d44d801461044c578063d68e3f5814610477575f5ffd5b8063557b4328146102ff5780635652f0b11461031257806368ccdc86146103455780636b356d2314610378578063a0a1f5ed146103a3575f5ffd5b806341e1144b116100e357806341e1144b146102355780634510f4401461026e5780634d1975b4146102ad5780634d8a4c0f146102c15780634e345426146102e0575f5ffd5b806308148f7a146101675780631266182d1461018657806332a8f30f146101d65780633ccfd60b14610221575f5ffd5b3661016357336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610161576040516390b25a6760e01b815260040160405180910390fd5b005b5f5ffd5b348015610172575f5ffd5b50610161610181366004611c57565b6104ad565b348015610191575f5ffd5b506101b97f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020015b60405180910390f35b3480156101e1575f5ffd5b506102097f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101cd565b34801561022c575f5ffd5b50610161610586565b348015610240575f5ffd5b5061026061024f366004611c57565b60026020525f908152604090205481565b6040519081526020016101cd565b348015610279575f5ffd5b5061028d610288366004611c57565b610674565b604080516001600160401b039384168152929091166020830152016101cd565b3480156102b8575f5ffd5b506102605f5481565b3480156102cc575f5ffd5b506101616102db366004611c6e565b610781565b3480156102eb575f5ffd5b506101616102fa366004611cc4565b6109a3565b61026061030d366004611d36565b610c91565b34801561031d575f5ffd5b506101b97f000000000000000000000000000000000000000000000000000000000000000081565b348015610350575f5ffd5b506102607f000000000000000000000000000000000000000000000000000000000000000081565b348015610383575f5ffd5b50610260610392366004611c57565b60056020525f908152604090205481565b3480156103ae575f5ffd5b506102606103bd366004611c57565b60066020525f908152604090205481565b3480156103d9575f5ffd5b506103ed6103e8366004611c57565b6111e8565b6040516101cd9190611d9c565b348015610405575f5ffd5b50610161610414366004611ef1565b6113ab565b348015610424575f5ffd5b506102097f000000000000000000000000000000000000000000000000000000000000000081565b348015610457575f5ffd5b50610260610466366004611f4c565b60036020525f908152604090205481565b348015610482575f5ffd5b50610260610491366004611f65565b600460209081525f928352604080842090915290825290205481565b5f6104b78261165d565b90505f80600283810154600160e81b900460ff16908111156104db576104db611d58565b1490505f816104fe576004830154600160801b90046001600160401b0316610514565b6004830154600160401b90046001600160401b03165b60048401546001600160401b0391821692505f9161053a91600160c01b90041642611fa3565b90508181116105725761054d8183611fa3565b604051631132a18960e31b815260040161056991815260200190565b60405180910390fd5b61057f85858560026116b4565b5050505050565b335f90815260036020526040812054908190036105b657604051630686827b60e51b815260040160405180910390fd5b335f8181526003602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906105f99084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f8114610640576040519150601f19603f3d011682016040523d82523d5f602084013e610645565b606091505b50509050806106705760405163a09e616560e01b815233600482015260248101839052604401610569565b5050565b5f81815260016020819052604090912060048101546001600160401b03600160401b8204811693600160801b9092041691906002820154600160e01b900460ff1660038111156106c6576106c6611d58565b146106d15750915091565b60048101545f906106f290600160c01b90046001600160401b031642611fa3565b90505f600283810154600160e81b900460ff169081111561071557610715611d58565b0361074c57836001600160401b03168110156107435761073e816001600160401b038616611fa3565b610745565b5f5b935061077a565b826001600160401b031681101561077557610770816001600160401b038516611fa3565b610777565b5f5b92505b5050915091565b5f61078b8561165d565b60038101549091506001600160a01b031633146107bd57604051635d01b17b60e11b8152336004820152602401610569565b5f600282810154600160e81b900460ff16908111156107de576107de611d58565b1461080c5760028101546040516341bb027760e01b815261056991600160e81b900460ff1690600401611fb6565b838160050154141580610823575082816006015414155b15610841576040516346125b3d60e01b815260040160405180910390fd5b60048101547f00000000000000000000000000000000000000000000000000000000000000009061088b906001600160401b03600160401b8204811691600160c01b900416611a64565b6108959190611fc9565b60048201805477ffffffffffffffff0000000000000000ffffffffffffffff16600160401b6001600160401b03938416026001600160c01b031617600160c01b429390931692909202919091179055600781018290556002810180546001919060ff60e81b1916600160e81b830217905550600381015460048201546001600160401b03600160a01b90920482169116867f4b2273d36d01f279d957ece03e20e3b975416f770e50d53b83b2459a0dbe426b8360026109548286611fe8565b61095e9190612007565b6109689086611fc9565b604080516001600160401b0393841681529183166020830152918516818301526060810188905290519081900360800190a250505050505050565b5f6109ad8661165d565b905060028082810154600160e81b900460ff16908111156109d0576109d0611d58565b146109fe5760028101546040516341bb027760e01b815261056991600160e81b900460ff1690600401611fb6565b83816006015414610a22576040516346125b3d60e01b815260040160405180910390fd5b8054610a2d86611ac2565b14610a4b57604051631a48cd9160e01b815260040160405180910390fd5b8060050154610a5984611af1565b14610a77576040516305bf2d5960e51b815260040160405180910390fd5b6004810154610a9f906001600160401b03600160801b8204811691600160c01b900416611a64565b6004820180546001600160801b0316600160801b6001600160401b03938416026001600160c01b031617600160c01b4293909316929092029190911790556040805160c08101909152606086013581525f9060208101610b0560a0890160808a01612040565b15158152602001610b1c60c0890160a08a0161206c565b63ffffffff168152602001610b38610100890160e08a01612095565b60ff168152602001610b5261012089016101008a016120bf565b61ffff168152602001610b6d61014089016101208a016120f7565b6001600160401b03169052604051633c21b78760e11b81529091505f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906378436f0e90610bcd9085908990899060040161252a565b60c060405180830381865afa158015610be8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c0c91906125bf565b5090505f610c1982611b82565b600385015460408051600160a01b9092046001600160401b03168252602082018390528983149082018190529192508a907fa48136bc949a61c406f293d5de77641f2efe2b420e4bbf4721209feef617bf899060600160405180910390a2610c858a86831560016116b4565b50505050505050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000003414610cfa5760405163062f01ed60e11b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610569565b5f610d0483611ac2565b9050806001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166332cf57f8610d4360208701876120f7565b6040516001600160e01b031960e084901b1681526001600160401b039091166004820152602401602060405180830381865afa158015610d85573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610da99190612666565b14610de057610dbb60208401846120f7565b6040516329323fff60e01b81526001600160401b039091166004820152602401610569565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663117f5f926040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e3d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e61919061267d565b610e7160608601604087016120f7565b610e7b9190611fc9565b9050806001600160401b03164210610eb1576040516305bd3a4960e51b81526001600160401b0382166004820152602401610569565b5f8281526004602090815260408083203384529091529020548015610ef757610edb600182611fa3565b6040516385f8bca560e01b815260040161056991815260200190565b5f80549080610f0583612698565b909155509350610f168460016126b0565b5f848152600460209081526040808320338085529083528184209490945587835260018083529220868155610160890135928101929092556002820180546001600160a01b03191690931790925590610f71908701876120f7565b6002820180546001600160401b0392909216600160a01b0260ff60e01b191668ffffffffffffffffff60a01b1990921691909117600160e01b179055610fbd6040870160208801611f4c565b6003820180546001600160a01b0319166001600160a01b0392909216919091179055610ff1610160870161014088016120f7565b6004820180546001600160401b039283166fffffffffffffffffffffffffffffffff1990911617600160401b7f00000000000000000000000000000000000000000000000000000000000000008416908102919091176001600160801b0316600160801b919091026001600160c01b031617600160c01b4293909316929092029190911790556102008601356005820155610220860135600682015560016110a1610160880161014089016120f7565b6001600160401b0316116110b65760026110b8565b5f5b81600201601d6101000a81548160ff021916908360028111156110dd576110dd611d58565b02179055505f84815260026020526040812080549091906110fd90612698565b909155508361110f60208801886120f7565b6001600160401b0316867fb09d3bc9888da4dcb20b3aae2926045a2ee7505e24a312910c98d57d1485dd8e3361114b60408c0160208d01611f4c565b61115d6101608d016101408e016120f7565b604080516001600160a01b0394851681529390921660208401526001600160401b0316908201526102008b013560608201526102208b0135608082015260a00160405180910390a46111b7610160870161014088016120f7565b6001600160401b03165f036111df576111df858288610220013589610200013514155f6116b4565b50505050919050565b611260604080516101e0810182525f808252602082018190529181018290526060810182905290608082019081526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e0820181905261010082018190526101209091015290565b5f8281526001602081815260409283902083516101e08101855281548152928101549183019190915260028101546001600160a01b03811693830193909352600160a01b83046001600160401b0316606083015290916080830190600160e01b900460ff1660038111156112d6576112d6611d58565b60038111156112e7576112e7611d58565b815260200160028201601d9054906101000a900460ff16600281111561130f5761130f611d58565b600281111561132057611320611d58565b815260038201546001600160a01b03811660208301526001600160401b03600160a01b9091048116604083015260048301548082166060840152600160401b810482166080840152600160801b8104821660a0840152600160c01b90041660c0820152600582015460e082015260068201546101008201526007909101546101209091015292915050565b5f6113b58661165d565b60028101549091506001600160a01b031633146113e757604051635d01b17b60e11b8152336004820152602401610569565b6001600282810154600160e81b900460ff169081111561140957611409611d58565b146114375760028101546040516341bb027760e01b815261056991600160e81b900460ff1690600401611fb6565b84816005015414158061144e575083816006015414155b8061145d575082816007015414155b1561147b576040516346125b3d60e01b815260040160405180910390fd5b60048101547f0000000000000000000000000000000000000000000000000000000000000000906114c5906001600160401b03600160801b8204811691600160c01b900416611a64565b6114cf9190611fc9565b6004820180546001600160801b0316600160801b6001600160401b03938416026001600160c01b031617600160c01b4284160217908190556003830154600160a01b9004821691165f60026115248484611fe8565b61152e9190612007565b6115389084611fc9565b9050841561157b5760038401805467ffffffffffffffff60a01b1916600160a01b6001600160401b038416021790556005840186905594965086949150816115a9565b60048401805467ffffffffffffffff19166001600160401b0383161790556006840186905594955085949050805b60016115b58484611fe8565b6001600160401b0316116115ca5760026115cc565b5f5b84600201601d6101000a81548160ff021916908360028111156115f1576115f1611d58565b02179055506040805186151581526001600160401b038581166020830152841681830152606081018a90526080810189905290518a917f2d81924b786d4920a0da2707af1b9707a8ed1a6fc3f7ecc0205774a5ddb07cee919081900360a00190a2505050505050505050565b5f818152600160208190526040909120906002820154600160e01b900460ff16600381111561168e5761168e611d58565b146116af57604051633ffe5d2d60e11b815260048101839052602401610569565b919050565b82545f818152600260205260408120805482906116d0906126c3565b91829055505f83815260046020908152604080832060028a01546001600160a01b0316845290915281208190559091508415611922575060028501805460ff60e01b1916600360e01b1790555f828152600660205260409020546003908015806117435750611740600182611fa3565b88105b15611762576117538860016126b0565b5f858152600660205260409020555b6002870154604051630659eaff60e31b8152600160a01b9091046001600160401b0316600482015284907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906332cf57f890602401602060405180830381865afa1580156117db573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117ff9190612666565b036118e457600287015460018801546003890154604051633b92ca5360e21b8152600160a01b9093046001600160401b031660048401526024830187905260448301919091526001600160a01b0390811660648301527f0000000000000000000000000000000000000000000000000000000000000000169063ee4b294c906084016020604051808303815f875af115801561189d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118c19190612666565b5f85815260056020526040812080549091906118de9084906126b0565b90915550505b600287015461191c906001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000611be9565b50611971565b506002858101805460ff60e01b1916600160e11b1790556003860154611971906001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000611be9565b867fbc03b2eefa1e8056066a455f50fb9e603af552d5c87db2c66ab675dc4a76a94c82866040516119a39291906126d8565b60405180910390a25f83815260056020526040902054821580156119c657508015155b15611a5a575f848152600660205260408120546119e590600190611fa3565b5f81815260016020908152604080832060020154898452600583528184209390935580516001600160a01b0390931680845291830186905292935091839188917fc106bc4e28cc0f99e13f26a68f4163e1ddbe752bee3817ede4499da104b90d7d910160405180910390a3610c858184611be9565b5050505050505050565b5f80611a796001600160401b03841642611fa3565b9050836001600160401b0316811115611aa5576040516328dedbb960e21b815260040160405180910390fd5b611ab8816001600160401b038616611fa3565b9150505b92915050565b5f81604051602001611ad4919061275a565b604051602081830303815290604052805190602001209050919050565b5f611abc8235611b0760408501602086016120f7565b6001600160401b0316611b2060608601604087016120f7565b6001600160401b0316611b3960808701606088016120f7565b6001600160401b0316611b5260a08801608089016120f7565b6001600160401b0316604080519586526020860194909452928401919091526060830152608082015260a0902090565b5f611abc825f015183602001516001600160401b031684604001516001600160401b031685606001516001600160401b031686608001516001600160401b0316604080519586526020860194909452928401919091526060830152608082015260a0902090565b6001600160a01b0382165f9081526003602052604081208054839290611c109084906126b0565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f39060200160405180910390a25050565b5f60208284031215611c67575f5ffd5b5035919050565b5f5f5f5f60808587031215611c81575f5ffd5b5050823594602084013594506040840135936060013592509050565b5f6102408284031215611cae575f5ffd5b50919050565b5f60a08284031215611cae575f5ffd5b5f5f5f5f5f6103408688031215611cd9575f5ffd5b85359450611cea8760208801611c9d565b93506102608601359250611d02876102808801611cb4565b91506103208601356001600160401b03811115611d1d575f5ffd5b611d2988828901611cb4565b9150509295509295909350565b5f6102408284031215611d47575f5ffd5b611d518383611c9d565b9392505050565b634e487b7160e01b5f52602160045260245ffd5b60048110611d7c57611d7c611d58565b9052565b60038110611d9057611d90611d58565b50565b611d7c81611d80565b5f6101e08201905082518252602083015160208301526040830151611dcc60408401826001600160a01b03169052565b506060830151611de760608401826001600160401b03169052565b506080830151611dfa6080840182611d6c565b5060a0830151611e0d60a0840182611d93565b5060c0830151611e2860c08401826001600160a01b03169052565b5060e0830151611e4360e08401826001600160401b03169052565b50610100830151611e606101008401826001600160401b03169052565b50610120830151611e7d6101208401826001600160401b03169052565b50610140830151611e9a6101408401826001600160401b03169052565b50610160830151611eb76101608401826001600160401b03169052565b506101808301516101808301526101a08301516101a08301526101c08301516101c083015292915050565b803580151581146116af575f5ffd5b5f5f5f5f5f60a08688031215611f05575f5ffd5b85359450602086013593506040860135925060608601359150611f2a60808701611ee2565b90509295509295909350565b80356001600160a01b03811681146116af575f5ffd5b5f60208284031215611f5c575f5ffd5b611d5182611f36565b5f5f60408385031215611f76575f5ffd5b82359150611f8660208401611f36565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115611abc57611abc611f8f565b60208101611fc383611d80565b91905290565b6001600160401b038181168382160190811115611abc57611abc611f8f565b6001600160401b038281168282160390811115611abc57611abc611f8f565b5f6001600160401b0383168061202b57634e487b7160e01b5f52601260045260245ffd5b806001600160401b0384160491505092915050565b5f60208284031215612050575f5ffd5b611d5182611ee2565b803563ffffffff811681146116af575f5ffd5b5f6020828403121561207c575f5ffd5b611d5182612059565b803560ff811681146116af575f5ffd5b5f602082840312156120a5575f5ffd5b611d5182612085565b803561ffff811681146116af575f5ffd5b5f602082840312156120cf575f5ffd5b611d51826120ae565b6001600160401b0381168114611d90575f5ffd5b80356116af816120d8565b5f60208284031215612107575f5ffd5b8135611d51816120d8565b803582526020810135612124816120d8565b6001600160401b031660208301526040810135612140816120d8565b6001600160401b03166040830152606081013561215c816120d8565b6001600160401b031660608301526080810135612178816120d8565b6001600160401b0381166080840152505050565b5f5f8335601e198436030181126121a1575f5ffd5b83016020810192503590506001600160401b038111156121bf575f5ffd5b8060051b36038213156121d0575f5ffd5b9250929050565b5f5f8335601e198436030181126121ec575f5ffd5b83016020810192503590506001600160401b0381111561220a575f5ffd5b8036038213156121d0575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8183525f6001600160fb1b03831115612257575f5ffd5b8260051b80836020870137939093016020019392505050565b5f8235605e19833603018112612284575f5ffd5b90910192915050565b5f8383855260208501945060208460051b820101835f609e19863603015b8782101561233957848403601f1901895282358181126122c9575f5ffd5b87016122d5818061218c565b60a087526122e760a088018284612240565b9150506122f660208301611ee2565b15156020878101919091526040838101359088015260608084013590880152608092830135929096019190915298840198939290920191600191909101906122ab565b5091979650505050505050565b5f8383855260208501945060208460051b820101835f5b868110156123cd57838303601f190188526123788287612270565b61ffff612384826120ae565b1684526020818101359085015261239e60408201826121d7565b9150606060408601526123b5606086018383612218565b60209a8b019a9095509390930192505060010161235d565b50909695505050505050565b5f60a083016123e8838461218c565b60a086528281845260c08701905060c08260051b8801019350825f5b8381101561248f5788860360bf1901835261241f8286612270565b63ffffffff61242d82612059565b16875261243d60208201826121d7565b606060208a015261245260608a018284612218565b915050612462604083018361218c565b925088820360408a0152612477828483612240565b98505050602093840193929092019150600101612404565b50505050506124a1602084018461218c565b85830360208701526124b483828461228d565b925050506124c560408401846121d7565b85830360408701526124d8838284612218565b925050506124e960608401846121d7565b85830360608701526124fc838284612218565b9250505061250d608084018461218c565b8583036080870152612520838284612346565b9695505050505050565b8351815260208401511515602082015263ffffffff604085015116604082015260ff606085015116606082015261ffff60808501511660808201526001600160401b0360a08501511660a082015261258560c0820184612112565b6101806101608201525f61259d6101808301846123d9565b95945050505050565b80516116af816120d8565b8051600481106116af575f5ffd5b5f5f82840360c08112156125d1575f5ffd5b60a08112156125de575f5ffd5b5060405160a081018181106001600160401b038211171561260d57634e487b7160e01b5f52604160045260245ffd5b60405283518152612620602085016125a6565b6020820152612631604085016125a6565b6040820152612642606085016125a6565b6060820152612653608085016125a6565b60808201529150611f8660a084016125b1565b5f60208284031215612676575f5ffd5b5051919050565b5f6020828403121561268d575f5ffd5b8151611d51816120d8565b5f600182016126a9576126a9611f8f565b5060010190565b80820180821115611abc57611abc611f8f565b5f816126d1576126d1611f8f565b505f190190565b604081016126e68285611d6c565b6126ef83611d80565b8260208301529392505050565b80358252602081013561270e816120d8565b6001600160401b03166020830152604081013561272a816120d8565b6001600160401b031660408301526060810135612746816120d8565b6001600160401b0381166060840152505050565b61024081016127798261276c856120ec565b6001600160401b03169052565b61278560208401611f36565b6001600160a01b0316602083015261279f604084016120ec565b6001600160401b03166040830152606083810135908301526127c360808401611ee2565b151560808301526127d660a08401612059565b63ffffffff1660a08301526127ed60c08401612059565b63ffffffff1660c083015261280460e08401612085565b60ff1660e083015261281961010084016120ae565b61ffff1661010083015261283061012084016120ec565b6001600160401b031661012083015261284c61014084016120ec565b6001600160401b031661014083015261016083810135908301526128776101808084019085016126fc565b61020083810135908301526102209283013592909101919091529056",
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
// the contract method with ID 0x557b4328.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) payable returns(uint256 id)
func (challengeGame *ChallengeGame) PackChallenge(info BatchInfo) []byte {
	enc, err := challengeGame.abi.Pack("challenge", info)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x557b4328.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) payable returns(uint256 id)
func (challengeGame *ChallengeGame) TryPackChallenge(info BatchInfo) ([]byte, error) {
	return challengeGame.abi.Pack("challenge", info)
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x557b4328.
//
// Solidity: function challenge((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) payable returns(uint256 id)
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
// the contract method with ID 0x4e345426.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveStep(uint256 id, (uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info, bytes32 hHi, (bytes32,uint64,uint64,uint64,uint64) pre, ((uint32,bytes,bytes32[])[],(bytes32[],bool,bytes32,uint256,uint256)[],bytes,bytes,(uint16,bytes32,bytes)[]) witness) returns()
func (challengeGame *ChallengeGame) PackProveStep(id *big.Int, info BatchInfo, hHi [32]byte, pre MachineState, witness Witness) []byte {
	enc, err := challengeGame.abi.Pack("proveStep", id, info, hHi, pre, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e345426.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveStep(uint256 id, (uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info, bytes32 hHi, (bytes32,uint64,uint64,uint64,uint64) pre, ((uint32,bytes,bytes32[])[],(bytes32[],bool,bytes32,uint256,uint256)[],bytes,bytes,(uint16,bytes32,bytes)[]) witness) returns()
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIDepositQueue\",\"name\":\"bridge_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"l2ChainId_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"baseFee_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"baseFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"contractIDepositQueue\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"blob\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"}],\"internalType\":\"structBatchContext\",\"name\":\"ctx\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structMachineState\",\"name\":\"pre\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structChunkProof[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"},{\"internalType\":\"bool\",\"name\":\"leafPresent\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"leafKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"leafA\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"leafB\",\"type\":\"uint256\"}],\"internalType\":\"structStateProof[]\",\"name\":\"proofs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"forcedTx\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"blobCommitment\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"index\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"internalType\":\"structBlobElement[]\",\"name\":\"elements\",\"type\":\"tuple[]\"}],\"internalType\":\"structWitness\",\"name\":\"witness\",\"type\":\"tuple\"}],\"name\":\"executeStep\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structMachineState\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"enumIOneStepProver.Outcome\",\"name\":\"outcome\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"blob\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"}],\"internalType\":\"structBatchContext\",\"name\":\"ctx\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cursor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structMachineState\",\"name\":\"pre\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structChunkProof[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"},{\"internalType\":\"bool\",\"name\":\"leafPresent\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"leafKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"leafA\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"leafB\",\"type\":\"uint256\"}],\"internalType\":\"structStateProof[]\",\"name\":\"proofs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"forcedTx\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"blobCommitment\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"index\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"internalType\":\"structBlobElement[]\",\"name\":\"elements\",\"type\":\"tuple[]\"}],\"internalType\":\"structWitness\",\"name\":\"witness\",\"type\":\"tuple\"}],\"name\":\"stepHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidBlobElement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidChunkProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidContext\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidStateProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"MissingChunk\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"MissingStateProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrongForcedTx\",\"type\":\"error\"}]",
	ID:  "2fc2d6985d2a7a4a3af63c857bcbec732d",
	Bin: "0x610100604052348015610010575f5ffd5b506040516134c33803806134c383398101604081905261002f91610066565b6001600160a01b0393841660805260a09290925260c0521660e0526100af565b6001600160a01b0381168114610063575f5ffd5b50565b5f5f5f5f60808587031215610079575f5ffd5b84516100848161004f565b60208601516040870151606088015192965090945092506100a48161004f565b939692955090935050565b60805160a05160c05160e0516133ab6101185f395f8181608f0152610e0001525f818160ce01528181610c7f0152611d0601525f818161011601528181611df40152611e6401525f818161013d015281816107b6015281816108a3015261142d01526133ab5ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c80632d7a1ab814610064578063469048401461008a5780636ef25c3a146100c957806378436f0e146100f0578063d6ae3cd514610111578063e78cea9214610138575b5f5ffd5b610077610072366004612cd0565b61015f565b6040519081526020015b60405180910390f35b6100b17f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610081565b6100777f000000000000000000000000000000000000000000000000000000000000000081565b6101036100fe366004612cd0565b610183565b604051610081929190612d33565b6100777f000000000000000000000000000000000000000000000000000000000000000081565b6100b17f000000000000000000000000000000000000000000000000000000000000000081565b5f5f61016c858585610183565b50905061017881610502565b9150505b9392505050565b61018b612c05565b5f61019b36859003850185612e1e565b91505f6101ae6060870160408801612eb8565b63ffffffff169050806101c76040870160208801612edb565b6001600160401b0316106101de57505f90506104fa565b806101ef6080880160608901612f06565b6101fd9060ff166002612f33565b61020d60a0890160808a01612f4a565b61021c9061ffff166014612f33565b610227906008612f6b565b6102319190612f6b565b11156102505760405163271a26f160e01b815260040160405180910390fd5b5f61025b878661056f565b90505f80806102828461027460408c0160208d01612edb565b6001600160401b031661060a565b925092509250806102a5576102978786610775565b9650965050505050506104fa565b825f036103b5575f6102b7858461060a565b909450925090508115806102f457506001600160401b03816102df60a08d0160808e01612edb565b6001600160401b03166102f29190612f6b565b115b8061031d57506001600160401b0361031260808c0160608d01612edb565b6001600160401b0316145b1561033b5761032c8887610775565b975097505050505050506104fa565b6001600160401b038316602089015261035a60808b0160608c01612edb565b610365906001612f7e565b6001600160401b031660608901528061038460a08c0160808d01612edb565b6001600160401b03166103979190612f6b565b6001600160401b0316608089015250600395506104fa945050505050565b8260010361041c576001600160401b03821660208801526103dc60c08b0160a08c01612edb565b6001600160401b03166103f560608b0160408c01612edb565b6001600160401b0316106104125750600294506104fa9350505050565b6102978789610798565b61042c60808b0160608c01612f06565b60ff165f0361043f576102978786610775565b610447612c32565b600119840161045c60808d0160608e01612f06565b60ff16818161046d5761046d612f9d565b06825261048060808d0160608e01612f06565b60ff16818161049157610491612f9d565b046020830152506104a3858483610998565b93509150816104b65761032c8887610775565b6001600160401b03831660208901526104d0858c83610a91565b6104e45750600295506104fa945050505050565b6104ef888a83610bd8565b975097505050505050505b935093915050565b5f610569825f015183602001516001600160401b031684604001516001600160401b031685606001516001600160401b031686608001516001600160401b0316604080519586526020860194909452928401919091526060830152608082015260a0902090565b92915050565b61059e6040518060a001604052805f81526020015f81526020015f815260200160608152602001606081525090565b6105ae6060840160408501612eb8565b63ffffffff1681526105c66040840160208501612fb1565b156105f7576105f08184356105de6060860186612fd0565b6105eb6080880188613012565b610e83565b9050610569565b61017c836106058480613012565b6110b4565b5f5f5f61061985856001611319565b61062a57505f91508290508161076e565b5f61063786866001611340565b905060f081101561065c578061064e866001612f6b565b60019350935093505061076e565b60fd81116106d05761067086866002611319565b610683575f855f9350935093505061076e565b61069986610692876001612f6b565b6001611340565b6106a460f083613057565b6106b090610100612f33565b6106bb9060f0612f6b565b6106c59190612f6b565b61064e866002612f6b565b8060fe03610724576106e486866003611319565b6106f7575f855f9350935093505061076e565b61070d86610706876001612f6b565b6002611340565b61071990610ef0612f6b565b61064e866003612f6b565b61073086866009611319565b610743575f855f9350935093505061076e565b61075986610752876001612f6b565b6008611340565b610764866009612f6b565b6001935093509350505b9250925092565b61077d612c05565b506001600160401b03811660208301528160015b9250929050565b6107a0612c05565b5f5f84604001516001600160401b031690505f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c14611c9846040518263ffffffff1660e01b815260040161080291815260200190565b606060405180830381865afa15801561081d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610841919061307e565b5090925090506001600160a01b03821661086c5761086087878561140d565b94509450505050610791565b60018760400181815161087f9190612f7e565b6001600160401b0316905250604051636215be7760e01b8152600481018490525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636215be7790602401602060405180830381865afa1580156108f0573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061091491906130be565b90506001600160a01b038116156109475787516109349088858585611637565b8852508694506003935061079192505050565b36610952885f6116cc565b90505f61095e8561172d565b90505f5f610970848d5f01518561175c565b9087019250905061098384848484611877565b8c5250999a60039a5098505050505050505050565b5f5f82602001515f036109e7576109b185856014611319565b6109bf57505f9050826104fa565b6109cb85856014611340565b6001600160a01b031660808401526109e4601485612f6b565b93505b6109f1858561060a565b60a08601929092529450915081610a0c57505f9050826104fa565b610a16858561196d565b60c08601929092529450915081610a3157505f9050826104fa565b610a3d85856040611319565b610a4b57505f9050826104fa565b610a5785856020611340565b60e0840152610a7285610a6b866020612f6b565b6020611340565b6101008401526001610a85856040612f6b565b91509150935093915050565b5f80610aa360a0850160808601612f4a565b61ffff16905082602001515f14610b15578060018460200151610ac69190613057565b10610ad4575f91505061017c565b610b068560018560200151610ae99190613057565b610af4906014612f33565b610aff906008612f6b565b6014611340565b6001600160a01b031660808401525b5f610b266080860160608701612f06565b610b349060ff166002612f33565b610b3f836014612f33565b610b4a906008612f6b565b610b549190612f6b565b90505f610b8b87865f01516002610b6b9190612f33565b610b76866014612f33565b610b81906008612f6b565b6107069190612f6b565b610b959083612f6b565b9050610ba2878287611b5f565b1580610bb45750610bb285611ca4565b155b15610bc4575f935050505061017c565b610bcd85611d2a565b979650505050505050565b610be0612c05565b5f36610bec855f6116cc565b90505f846101a00151604051602001610c0591906130d9565b6040516020818303038152906040528051906020012090505f5f610c2d848a5f01518561175c565b915091508660a0015181141580610c4f575060a08701516001600160401b0311155b15610c645788600295509550505050506104fa565b610180870151610120880151600203610cbb576101608801517f0000000000000000000000000000000000000000000000000000000000000000908101908110801590610cb057508181105b15610cb9578091505b505b5f610cc589611f23565b9050610cd2815f196130f1565b821115610ceb578a6002975097505050505050506104fa565b610cf58183612f33565b6101c08a015260408901515f9015610d0d575f610d13565b8960c001515b9050896101c001515f19610d279190613057565b811115610d41578b600298509850505050505050506104fa565b6101c08a0151610d519082612f6b565b6101e08b01819052851015610d73578b600298509850505050505050506104fa565b5f610d9a88888d6101e0015189610d8a9190613057565b610d95896001612f6b565b611877565b60408c01519091506002905f03610dbf57610db88d6001848f611f40565b9150610df1565b60018c6040015103610de057610dd68d838e61206f565b9092509050610df1565b610deb8d838e612158565b90925090505b610dfb8d826116cc565b98505f7f0000000000000000000000000000000000000000000000000000000000000000604051602001610e2f91906130d9565b604051602081830303815290604052805190602001209050610e528a848361175c565b6101c08f015190910198509650610e6b8a828a8a611877565b8f52509c9d60039d509b505050505050505050505050565b610eb26040518060a001604052805f81526020015f81526020015f815260200160608152602001606081525090565b601f60208801526005604088015281806001600160401b03811115610ed957610ed9612db3565b604051908082528060200260200182016040528015610f02578160200160208202803683370190505b506060890152806001600160401b03811115610f2057610f20612db3565b604051908082528060200260200182016040528015610f49578160200160208202803683370190505b506080890152604080516001830160051b81019091525f5b828110156110a3575f868683818110610f7c57610f7c613104565b9050602002810190610f8e9190613118565b610f9c906020810190612f4a565b61ffff1690505f878784818110610fb557610fb5613104565b9050602002810190610fc79190613118565b60200135905061100c8b83838d8d8d8d8a818110610fe757610fe7613104565b9050602002810190610ff99190613118565b611007906040810190612fd0565b6122e6565b6110315760405163b3da0cbb60e01b8152600481018390526024015b60405180910390fd5b5f61103d846020612f33565b6110479086612f6b565b90508160081b8152828d60600151858151811061106657611066613104565b602002602001018181525050808d60800151858151811061108957611089613104565b602002602001018181525050505050806001019050610f61565b5088925050505b9695505050505050565b6110e36040518060a001604052805f81526020015f81526020015f815260200160608152602001606081525090565b6110f36060850160408601612eb8565b63ffffffff168152610400602082015281806001600160401b0381111561111c5761111c612db3565b604051908082528060200260200182016040528015611145578160200160208202803683370190505b506060830152806001600160401b0381111561116357611163612db3565b60405190808252806020026020018201604052801561118c578160200160208202803683370190505b5060808301525f5b81811015611310575f8585838181106111af576111af613104565b90506020028101906111c19190613118565b6111cf906020810190612fd0565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093945089925088915085905081811061121957611219613104565b905060200281019061122b9190613118565b611239906020810190612eb8565b63ffffffff169050611295883561125660608b0160408c01612eb8565b63ffffffff1683858b8b8981811061127057611270613104565b90506020028101906112829190613118565b611290906040810190613012565b612406565b6112b557604051631713d4d560e01b815260048101829052602401611028565b5f60208301905081866060015185815181106112d3576112d3613104565b60200260200101818152505080866080015185815181106112f6576112f6613104565b602002602001018181525050505050806001019050611194565b50509392505050565b82515f90831180159061133857508351611334908490613057565b8211155b949350505050565b5f815f0361134f57505f61017c565b602084015160408501515f906113659086612f6b565b90505f6113728383613136565b90505f6113888861138386866130f1565b6124eb565b9050836113958784612f6b565b116113ae57818101518660031b610100031c9450611402565b5f6113b98386613057565b90505f6113d58a6113ca88886130f1565b611383906001612f6b565b9050838301518260031b610100031c8151838a0360031b610100031c8082858c0360031b1b179850505050505b505050509392505050565b611415612c05565b6040516338fe9b3360e21b8152600481018390525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e3fa6ccc90602401602060405180830381865afa15801561147a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061149e9190613149565b6114ab6040860186612fd0565b6040516114b9929190613160565b6040518091039020146114e25760405163a2a7da7d60e01b815260048101849052602401611028565b5f6114f06040860186612fd0565b8101906114fd919061317a565b90506001866040018181516115129190612f7e565b6001600160401b0316905250611526612c32565b8151600f908116610120808401829052845160041c909216604080850191909152918401516001600160a01b03908116606080860191909152928501516001600160401b039081166101408601529285015161016085015260808086015161018086015260a0808701519092169085015260208501519092169183019190915260c0808401519083015260e080840151908301526101008084015190830152158015906115d95750806101200151600214155b806115e8575060028160400151115b806115f957506115f781611ca4565b155b8061160a575061160881611d2a565b155b1561161d578660039350935050506104fa565b611628878783610bd8565b50976003975095505050505050565b5f5f61164283612569565b90503661164f875f6116cc565b90505f61165c83886125a0565b90505f61166a838b8461175c565b508701905061167b8383835f611877565b99506116888960016116cc565b9250611693846125ee565b91505f6116a1848c8561175c565b50880190506116bb8484836001600160a01b038b16611877565b955050505050505b95945050505050565b366116da6020840184613012565b905082106116fe57604051638d79972960e01b815260048101839052602401611028565b61170b6020840184613012565b8381811061171b5761171b613104565b905060200281019061017c9190613220565b5f8160405160200161173f91906130d9565b604051602081830303815290604052805190602001209050919050565b5f80806117698680613012565b91505061010081111561178f576040516335760bf560e21b815260040160405180910390fd5b5f6117a06040880160208901612fb1565b156117ff575f821180156117c757506117bb82610100613057565b60408801358618901c15155b156117e5576040516335760bf560e21b815260040160405180910390fd5b6117fc876040013588606001358960800135612607565b90505b8561181461180d8980613012565b888561262b565b14611832576040516335760bf560e21b815260040160405180910390fd5b6118426040880160208901612fb1565b80156118515750848760400135145b156118695750505050606083013560808401356104fa565b505f96879650945050505050565b5f806118838680613012565b905090505f611893868686612607565b90506118a56040880160208901612fb1565b80156118b5575085876040013514155b15611959575f6118c9878960400135612699565b90505f6118e389604001358a606001358b60800135612607565b90506118ef8883612781565b15611903576118fe818461279a565b61190d565b61190d838261279a565b925087825b85811115611954575f19016119288160ff613057565b82901c6001165f146119435761193e5f8661279a565b61194d565b61194d855f61279a565b9450611912565b505050505b610bcd6119668880613012565b888461262b565b5f5f5f61197c85856001611319565b61198d57505f91508290508161076e565b5f61199a86866001611340565b905060e081116119e5576119af6009826130f1565b6119ba90600a61330f565b6119c5600983613136565b6119d0906001612f6b565b6119da9190612f33565b61064e866001612f6b565b6119f186866002611319565b611a04575f855f9350935093505061076e565b5f611a1487610692886001612f6b565b905060ff821015611ae1575f81611a2c60e185613057565b611a3890610100612f33565b611a429190612f6b565b9050611b6c8110611a5e575f875f95509550955050505061076e565b5f611a6a605a83613136565b611a7590600a612f6b565b90505f611a83605a846130f1565b90505f611a9182600a61330f565b9050611a9e835f196130f1565b811115611ab9575f8a5f98509850985050505050505061076e565b611ac38184612f33565b611ace8b6002612f6b565b600198509850985050505050505061076e565b6020811115611afa575f865f945094509450505061076e565b611b0f87611b09886002612f6b565b83611319565b611b23575f865f945094509450505061076e565b611b3887611b32886002612f6b565b83611340565b81611b44886002612f6b565b611b4e9190612f6b565b600194509450945050509250925092565b5f611b6c84846001611319565b611b7757505f61017c565b5f611b8485856001611340565b600f81166101208501819052600482901c604086015290915015801590611bb15750826101200151600214155b80611bc0575060028360400151115b15611bce575f91505061017c565b5f611be386611bde876001612f6b565b61060a565b610140870192909252909350905082611c00575f9250505061017c565b836101200151600203611c3457611c17868261196d565b610160870192909252909350905082611c34575f9250505061017c565b611c3e868261196d565b6101808701929092529093509050821580611c5b57506040840151155b15611c6757505061017c565b611c7386826014611319565b611c81575f9250505061017c565b611c8d86826014611340565b6001600160a01b0316606085015250509392505050565b5f611cae82611f23565b8261014001511080611cc8575061014082015163ffffffff105b15611cd457505f919050565b8161012001516002148015611cf25750816101800151826101600151115b15611cfe57505f919050565b5061018001517f0000000000000000000000000000000000000000000000000000000000000000111590565b5f80611d3b6001600160ff1b613057565b8361010001511690508260e001515f1480611d6c575070014551231950b75fc4402da1732fc9bebe198360e0015110155b80611d75575080155b80611d9f57507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a081115b15611dac57505f92915050565b5f83604001515f14611dde576001846040015114611dd15763f3fef3a360e01b611de0565b63a9059cbb60e01b611de0565b5f5b90505f8461012001515f14611e4457611e3f7f00000000000000000000000000000000000000000000000000000000000000008660a001518761016001518861018001518961014001518a608001518b60c00151898d606001516127b7565b611e8e565b611e8e8560a0015186610180015187610140015188608001518960c001517f0000000000000000000000000000000000000000000000000000000000000000888c60600151612840565b905060018160ff876101000151901c601b611ea99190612f6b565b60e0880151604080515f8152602081018083529490945260ff9092169183019190915260608201526080810185905260a0016020604051602081039080840390855afa158015611efb573d5f5f3e3d5ffd5b5050604051601f1901516001600160a01b03166101a090960186905250505091151592915050565b5f81604001515f14611f375761c350610569565b61520892915050565b5f36611f4c86866116cc565b90507357575757575757575757575757575757575757576001600160a01b031683608001516001600160a01b03160361200f576101a083015160a0840151604051605760f81b602082015260609290921b6001600160601b031916602183015260c01b6001600160c01b03191660358201525f90603d01604051602081830303815290604052805190602001209050611fe682868361175c565b505061200682828660c00151876101a001516001600160a01b0316611877565b92505050611338565b5f836080015160405160200161202591906130d9565b6040516020818303038152906040528051906020012090505f5f61204a84888561175c565b60c08801519091019250905061206284848484611877565b9998505050505050505050565b60808101515f9081906001600160a01b0316612090575082905060016104fa565b3661209c8660016116cc565b90505f6120b28560600151866101a001516125a0565b90505f6120c083888461175c565b5090508560c001518110806120d7575060c0860151155b156120eb57866002945094505050506104fa565b61210683838860c00151846121009190613057565b5f611877565b96506121138860026116cc565b9250612127866060015187608001516125a0565b915061213483888461175c565b5060c08701510190506121498383835f611877565b98600398509650505050505050565b60808101515f9081906001600160a01b03161580612178575060c0830151155b15612188575082905060016104fa565b366121948660016116cc565b90505f6121aa8560600151866101a001516125a0565b90505f6121b883888461175c565b5090508560c001518110156121d657866002945094505050506104fa565b6121eb83838860c00151846121009190613057565b96506121f88860026116cc565b925061220786606001516125ee565b91505f5f612216858a8661175c565b60c08a01519091039250905061222e85858484611877565b985061223b8a60036116cc565b6060808a01516101a08b015160a08c015160408051607760f81b60208083019190915294861b6001600160601b031990811660218301529390951b909216603585015260c01b6001600160c01b03191660498401528051603181850301815260519093019052815191012090955093506122b6858a8661175c565b50506122d585858a60c001518b608001516001600160a01b0316611877565b9a60049a5098505050505050505050565b5f6110008710158061231857507f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000018610155b1561232457505f610bcd565b603084141580612335575060308214155b1561234157505f610bcd565b5f80600a61c3508b6123528c6128c8565b8b8b8b8b8b60405160200161236d979695949392919061331a565b60408051601f198184030181529082905261238791613356565b5f604051808303818686fa925050503d805f81146123c0576040519150601f19603f3d011682016040523d82523d5f602084013e6123c5565b606091505b50915091508180156123d8575080516040145b80156123f85750611000818060200190518101906123f69190613149565b145b9a9950505050505050505050565b5f5f612411876129e5565b9050808610612423575f9150506110aa565b5f61243061040088612f33565b61243a9089613057565b905061040081111561244b57506104005b8086511461245d575f925050506110aa565b61246682612a09565b8414612476575f925050506110aa565b855160208701205f5b858110156124db575f87878381811061249a5761249a613104565b905060200201359050818a901c6001165f146124c2575f8181526020849052604090206124d0565b5f8381526020829052604090205b92505060010161247f565b5090981498975050505050505050565b60608201515f90815b815181101561254c578382828151811061251057612510613104565b602002602001015103612544578460800151818151811061253357612533613104565b602002602001015192505050610569565b6001016124f4565b506040516315160e2360e01b815260048101849052602401611028565b6040515f9061258290601d60fa1b90849060200161336c565b60408051601f19818403018152919052805160209091012092915050565b604051601560fa1b60208201526001600160601b0319606084811b8216602184015283901b1660358201525f9060490160405160208183030381529060405280519060200120905092915050565b6040515f9061173f90602960f91b90849060200161336c565b5f6040515f8153600181019490945250602183019190915260418201526061902090565b5f82845b801561268e575f19015f87878381811061264b5761264b613104565b9050602002013590508160ff6126619190613057565b83901c6001165f1461267c57612677818661279a565b612686565b612686858261279a565b94505061262f565b509195945050505050565b5f828218608081901c82036126b9576126b3608083612f6b565b915060801b5b60c081901c5f036126d5576126cf604083612f6b565b915060401b5b60e081901c5f036126f1576126eb602083612f6b565b915060201b5b60f081901c5f0361270d57612707601083612f6b565b915060101b5b60f881901c5f0361272957612723600883612f6b565b915060081b5b60fc81901c5f036127455761273f600483612f6b565b915060041b5b60fe81901c5f036127615761275b600283612f6b565b915060021b5b60ff81901c5f0361277a57612777600183612f6b565b91505b5092915050565b5f61278d8260ff613057565b9290921c60011692915050565b5f6040516001815360018101939093525060218201526041902090565b5f5f5f6127c8604051601001908190565b915091506127d6818d612a2c565b90506127e2818c612a2c565b90506127ee818b612a2c565b90506127fa818a612a2c565b90506128068189612a2c565b90506128158188888888612a8b565b90506128228160c0612b1c565b905061283082826001612b2b565b9c9b505050505050505050505050565b5f5f5f612851604051601001908190565b9150915061285f818c612a2c565b905061286b818b612a2c565b9050612877818a612a2c565b90506128868189898888612a8b565b90506128928187612a2c565b905061289f816080612b1c565b90506128ac816080612b1c565b90506128b982825f612b2b565b9b9a5050505050505050505050565b5f5f5f5b600c8110156128e757600191821b84821c83161791016128cc565b5060408051602081810181905291810182905260608101919091527f564c0a11a0f704f4fc3e8acfe0f8245f0ad1347b378fbf96e206da11a5d36306608082015260a081018290527f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff0000000160c08201525f90819060059060e00160408051601f198184030181529082905261297991613356565b5f60405180830381855afa9150503d805f81146129b1576040519150601f19603f3d011682016040523d82523d5f602084013e6129b6565b606091505b50915091508180156129c9575080516020145b6129d1575f5ffd5b808060200190518101906116c39190613149565b5f61040060016129f58285612f6b565b6129ff9190613057565b61056991906130f1565b5f5b81816001901b1015612a2757612a2081613393565b9050612a0b565b919050565b5f815f03612a3f576105f0836080612b1c565b6080821015612a52576105f08383612b1c565b5f612a5c83612bcc565b9050806080018453828160031b610100031b600185015280846001612a819190612f6b565b6127779190612f6b565b5f6001600160e01b031983168103612ac757612aa78686612beb565b9550612ab38685612a2c565b9550612ac0866080612b1c565b90506116c3565b612ad18683612beb565b9550612ade866080612b1c565b955060b88653604460018701536001600160e01b0319831660028701526001600160a01b0385166006870152602686018490526110aa866046612f6b565b5f81835361017c836001612f6b565b5f80612b378585613057565b9050846038821015612b5b57612b4e600182613057565b90508160c0018153612ba5565b610100821015612b8157612b70600282613057565b905060f88153816001820153612ba5565b612b8c600382613057565b905060f981538160081c600182015360ff821660028201535b8315612bbd57612bb6600182613057565b9050600281535b93849003909320949350505050565b5f5b8115612a2757612bdd81613393565b9050600882901c9150612bce565b5f60948353606082901b600184015261017c836015612f6b565b6040805160a0810182525f8082526020820181905291810182905260608101829052608081019190915290565b6040518061020001604052805f81526020015f81526020015f81526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f81526020015f81525090565b5f60a08284031215612cca575f5ffd5b50919050565b5f5f5f838503610180811215612ce4575f5ffd5b60c0811215612cf1575f5ffd5b50839250612d028560c08601612cba565b91506101608401356001600160401b03811115612d1d575f5ffd5b612d2986828701612cba565b9150509250925092565b5f60c082019050835182526001600160401b0360208501511660208301526001600160401b0360408501511660408301526001600160401b0360608501511660608301526001600160401b03608085015116608083015260048310612da657634e487b7160e01b5f52602160045260245ffd5b8260a08301529392505050565b634e487b7160e01b5f52604160045260245ffd5b60405161014081016001600160401b0381118282101715612df657634e487b7160e01b5f52604160045260245ffd5b60405290565b6001600160401b0381168114612e10575f5ffd5b50565b8035612a2781612dfc565b5f60a0828403128015612e2f575f5ffd5b5060405160a081016001600160401b0381118282101715612e5e57634e487b7160e01b5f52604160045260245ffd5b604052823581526020830135612e7381612dfc565b60208201526040830135612e8681612dfc565b60408201526060830135612e9981612dfc565b60608201526080830135612eac81612dfc565b60808201529392505050565b5f60208284031215612ec8575f5ffd5b813563ffffffff8116811461017c575f5ffd5b5f60208284031215612eeb575f5ffd5b813561017c81612dfc565b803560ff81168114612a27575f5ffd5b5f60208284031215612f16575f5ffd5b61017c82612ef6565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761056957610569612f1f565b5f60208284031215612f5a575f5ffd5b813561ffff8116811461017c575f5ffd5b8082018082111561056957610569612f1f565b6001600160401b03818116838216019081111561056957610569612f1f565b634e487b7160e01b5f52601260045260245ffd5b5f60208284031215612fc1575f5ffd5b8135801515811461017c575f5ffd5b5f5f8335601e19843603018112612fe5575f5ffd5b8301803591506001600160401b03821115612ffe575f5ffd5b602001915036819003821315610791575f5ffd5b5f5f8335601e19843603018112613027575f5ffd5b8301803591506001600160401b03821115613040575f5ffd5b6020019150600581901b3603821315610791575f5ffd5b8181038181111561056957610569612f1f565b6001600160a01b0381168114612e10575f5ffd5b5f5f5f60608486031215613090575f5ffd5b835161309b8161306a565b6020850151604086015191945092506130b381612dfc565b809150509250925092565b5f602082840312156130ce575f5ffd5b815161017c8161306a565b60609190911b6001600160601b031916815260140190565b5f826130ff576130ff612f9d565b500490565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e1983360301811261312c575f5ffd5b9190910192915050565b5f8261314457613144612f9d565b500690565b5f60208284031215613159575f5ffd5b5051919050565b818382375f9101908152919050565b8035612a278161306a565b5f61014082840312801561318c575f5ffd5b50613195612dc7565b61319e83612ef6565b81526131ac60208401612e13565b60208201526131bd60408401612e13565b604082015260608381013590820152608080840135908201526131e260a0840161316f565b60a082015260c0838101359082015260e080840135908201526101008084013590820152613213610120840161316f565b6101208201529392505050565b5f8235609e1983360301811261312c575f5ffd5b6001815b60018411156104fa5780850481111561325357613253612f1f565b600184161561326157908102905b60019390931c928002613238565b5f8261327d57506001610569565b8161328957505f610569565b816001811461329f57600281146132a9576132c5565b6001915050610569565b60ff8411156132ba576132ba612f1f565b50506001821b610569565b5060208310610133831016604e8410600b84101617156132e8575081810a610569565b6132f45f198484613234565b805f190482111561330757613307612f1f565b029392505050565b5f61017c838361326f565b878152866020820152856040820152838560608301375f848201606081015f815284868237505f93016060019283525090979650505050505050565b5f82518060208501845e5f920191825250919050565b6001600160f81b031992909216825260601b6001600160601b031916600182015260150190565b5f600182016133a4576133a4612f1f565b506001019056",
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
// the contract method with ID 0x78436f0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeStep((bytes32,bool,uint32,uint8,uint16,uint64) ctx, (bytes32,uint64,uint64,uint64,uint64) pre, ((uint32,bytes,bytes32[])[],(bytes32[],bool,bytes32,uint256,uint256)[],bytes,bytes,(uint16,bytes32,bytes)[]) witness) view returns((bytes32,uint64,uint64,uint64,uint64) post, uint8 outcome)
func (oneStepProver *OneStepProver) PackExecuteStep(ctx BatchContext, pre MachineState, witness Witness) []byte {
	enc, err := oneStepProver.abi.Pack("executeStep", ctx, pre, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78436f0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeStep((bytes32,bool,uint32,uint8,uint16,uint64) ctx, (bytes32,uint64,uint64,uint64,uint64) pre, ((uint32,bytes,bytes32[])[],(bytes32[],bool,bytes32,uint256,uint256)[],bytes,bytes,(uint16,bytes32,bytes)[]) witness) view returns((bytes32,uint64,uint64,uint64,uint64) post, uint8 outcome)
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
// from invoking the contract method with ID 0x78436f0e.
//
// Solidity: function executeStep((bytes32,bool,uint32,uint8,uint16,uint64) ctx, (bytes32,uint64,uint64,uint64,uint64) pre, ((uint32,bytes,bytes32[])[],(bytes32[],bool,bytes32,uint256,uint256)[],bytes,bytes,(uint16,bytes32,bytes)[]) witness) view returns((bytes32,uint64,uint64,uint64,uint64) post, uint8 outcome)
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
// the contract method with ID 0x2d7a1ab8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepHash((bytes32,bool,uint32,uint8,uint16,uint64) ctx, (bytes32,uint64,uint64,uint64,uint64) pre, ((uint32,bytes,bytes32[])[],(bytes32[],bool,bytes32,uint256,uint256)[],bytes,bytes,(uint16,bytes32,bytes)[]) witness) view returns(bytes32)
func (oneStepProver *OneStepProver) PackStepHash(ctx BatchContext, pre MachineState, witness Witness) []byte {
	enc, err := oneStepProver.abi.Pack("stepHash", ctx, pre, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d7a1ab8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepHash((bytes32,bool,uint32,uint8,uint16,uint64) ctx, (bytes32,uint64,uint64,uint64,uint64) pre, ((uint32,bytes,bytes32[])[],(bytes32[],bool,bytes32,uint256,uint256)[],bytes,bytes,(uint16,bytes32,bytes)[]) witness) view returns(bytes32)
func (oneStepProver *OneStepProver) TryPackStepHash(ctx BatchContext, pre MachineState, witness Witness) ([]byte, error) {
	return oneStepProver.abi.Pack("stepHash", ctx, pre, witness)
}

// UnpackStepHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d7a1ab8.
//
// Solidity: function stepHash((bytes32,bool,uint32,uint8,uint16,uint64) ctx, (bytes32,uint64,uint64,uint64,uint64) pre, ((uint32,bytes,bytes32[])[],(bytes32[],bool,bytes32,uint256,uint256)[],bytes,bytes,(uint16,bytes32,bytes)[]) witness) view returns(bytes32)
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
	if bytes.Equal(raw[:4], oneStepProver.abi.Errors["InvalidBlobElement"].ID.Bytes()[:4]) {
		return oneStepProver.UnpackInvalidBlobElementError(raw[4:])
	}
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

// OneStepProverInvalidBlobElement represents a InvalidBlobElement error raised by the OneStepProver contract.
type OneStepProverInvalidBlobElement struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBlobElement(uint256 index)
func OneStepProverInvalidBlobElementErrorID() common.Hash {
	return common.HexToHash("0xb3da0cbb954e3313ae0ac510cfa51ad8f2b2fe97e0f59a5507ada3c3c8ee5fa5")
}

// UnpackInvalidBlobElementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBlobElement(uint256 index)
func (oneStepProver *OneStepProver) UnpackInvalidBlobElementError(raw []byte) (*OneStepProverInvalidBlobElement, error) {
	out := new(OneStepProverInvalidBlobElement)
	if err := oneStepProver.abi.UnpackIntoInterface(out, "InvalidBlobElement", raw); err != nil {
		return nil, err
	}
	return out, nil
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIDepositQueue\",\"name\":\"bridge_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"proposerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"disputeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"inclusionWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"escapeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"genesisTimestamp\",\"type\":\"uint64\"}],\"internalType\":\"structRollup.Config\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"prev\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"appendBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"prev\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader[]\",\"name\":\"hs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"commitment\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"internalType\":\"structBlobHead[]\",\"name\":\"heads\",\"type\":\"tuple[]\"}],\"name\":\"appendBlobBatches\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"hashes\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"batchHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"contractIDepositQueue\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"canPropose\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeGame\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"blob\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"deadline\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"blob\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"blob\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo[]\",\"name\":\"infos\",\"type\":\"tuple[]\"}],\"name\":\"finalizeMany\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalizedCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisClaim\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisTimestamp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"challengeGame_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isFinal\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"blob\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"isFinalizable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastAppendTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastClaim\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextIndex\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposerBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"revertAndSlash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"blob\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"roots\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lastBatch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"status\",\"outputs\":[{\"internalType\":\"enumRollup.BatchStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"blob\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"dataLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recordsStart\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"feeCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"addrCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"depositLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevClaim\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structL2State\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"startHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endHash\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structBatchInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"BatchAppended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"name\":\"BatchFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"fromIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"previousNextIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"restoredClaim\",\"type\":\"bytes32\"}],\"name\":\"BatchesReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challengeGame\",\"type\":\"address\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"ProposerSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"StakeDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"AlreadyFinal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BadAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"headers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"heads\",\"type\":\"uint256\"}],\"name\":\"BadBlobBatchCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadBlobHead\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"}],\"name\":\"BadBlobStreamVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadDataLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"prev\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"post\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"queueLength\",\"type\":\"uint256\"}],\"name\":\"BadDepositRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"recordsStart\",\"type\":\"uint256\"}],\"name\":\"BadRecordsStart\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"}],\"name\":\"BadVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"depositTime\",\"type\":\"uint64\"}],\"name\":\"DepositNotIncluded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"games\",\"type\":\"uint256\"}],\"name\":\"GameOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"MissingBlob\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotChallengeGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"next\",\"type\":\"uint64\"}],\"name\":\"NotNextToFinalize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotProposer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ProposerNotEOA\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finalizedCount\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"numSteps\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"dataLen\",\"type\":\"uint256\"}],\"name\":\"TooManySteps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"WindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"WrongIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongPrevClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroBond\",\"type\":\"error\"}]",
	ID:  "c1a292ad6f2241204a54b3bf194fd64716",
	Bin: "0x6101a0604052348015610010575f5ffd5b50604051612e5d380380612e5d83398101604081905261002f91610195565b6001600160a01b038216158061004d575080516001600160a01b0316155b1561006b5760405163d92e233d60e01b815260040160405180910390fd5b80602001515f0361008f57604051631d7a68af60e11b815260040160405180910390fd5b3360809081526001600160a01b0383811660a0908152835190911660c05260208084015160e0526040808501516001600160401b03908116610100526060808701518216610120528686015182166101405286850180518316610160525183515f81870181905281860181905292810183905292168287015282518083039096018652930190528251920191909120610180819052600255505060018054600160401b600160801b03191668010000000000000000426001600160401b0316021790555061025e565b6001600160a01b038116811461016c575f5ffd5b50565b805161017a81610158565b919050565b80516001600160401b038116811461017a575f5ffd5b5f5f82840360e08112156101a7575f5ffd5b83516101b281610158565b925060c0601f19820112156101c5575f5ffd5b5060405160c081016001600160401b03811182821017156101f457634e487b7160e01b5f52604160045260245ffd5b6040526102036020850161016f565b81526040840151602082015261021b6060850161017f565b604082015261022c6080850161017f565b606082015261023d60a0850161017f565b608082015261024e60c0850161017f565b60a0820152809150509250929050565b60805160a05160c05160e0516101005161012051610140516101605161018051612b386103255f395f61054601525f6105fe01525f81816102d0015261118801525f81816106e901526121ce01525f81816101fa01528181610a4f01528181610df30152610efa01525f818161063101528181610c20015281816113f2015281816114230152818161188101526118d201525f818161046b01528181610bbe015261181c01525f81816106b601526120c101525f818161066401526111ca0152612b385ff3fe6080604052600436106101db575f3560e01c80638e6abb4e116100fd578063cacf66ab11610092578063e78cea9211610062578063e78cea92146106a5578063e88816e7146106d8578063ee4b294c1461070b578063fc7e9c6f1461072a575f5ffd5b8063cacf66ab146105ed578063d2e25d8414610620578063d5f3948814610653578063e5cb0d1714610686575f5ffd5b8063bd453f20116100cd578063bd453f201461057d578063c2bba6911461059c578063c3dc8fc1146105ba578063c4d66de8146105ce575f5ffd5b80638e6abb4e146104ea5780639ed9e02a14610516578063a2d5dbc414610535578063a8adb56414610568575f5ffd5b806342b4632e116101735780635726c2bb116101435780635726c2bb146104275780635c1bba381461045a57806389b4ed75146104a55780638c5086a8146104c4575f5ffd5b806342b4632e1461037e57806342d21ef71461039d57806350002980146103c957806352a484c414610408575f5ffd5b806332cf57f8116101ae57806332cf57f8146102925780633876c1e4146102bf5780633f0597d9146102f25780634262336014610311575f5ffd5b80630d2d76a2146101df578063117f5f92146101e957806325d5971f1461023957806330501b0d14610258575b5f5ffd5b6101e761074f565b005b3480156101f4575f5ffd5b5061021c7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020015b60405180910390f35b348015610244575f5ffd5b506101e7610253366004612256565b6107f8565b348015610263575f5ffd5b50610282610272366004612256565b6001546001600160401b03161190565b6040519015158152602001610230565b34801561029d575f5ffd5b506102b16102ac366004612256565b61097a565b604051908152602001610230565b3480156102ca575f5ffd5b5061021c7f000000000000000000000000000000000000000000000000000000000000000081565b3480156102fd575f5ffd5b506101e761030c36600461226d565b6109ae565b34801561031c575f5ffd5b5061036161032b36600461229d565b6001600160a01b03165f908152600460205260409020546001600160c01b03811691600160c01b9091046001600160401b031690565b604080519283526001600160401b03909116602083015201610230565b348015610389575f5ffd5b5061028261039836600461229d565b610bbb565b3480156103a8575f5ffd5b506103bc6103b7366004612256565b610c4f565b60405161023091906122bd565b3480156103d4575f5ffd5b506103e86103e336600461226d565b610d17565b604080519485526020850193909352918301526060820152608001610230565b348015610413575f5ffd5b5061028261042236600461226d565b610d45565b348015610432575f5ffd5b5061043b610eb7565b6040805192151583526001600160401b03909116602083015201610230565b348015610465575f5ffd5b5061048d7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610230565b3480156104b0575f5ffd5b5061021c6104bf36600461226d565b610eed565b3480156104cf575f5ffd5b5060015461021c90600160401b90046001600160401b031681565b3480156104f5575f5ffd5b5061050961050436600461232a565b610f33565b60405161023091906123c3565b348015610521575f5ffd5b506102b1610530366004612405565b6110e7565b348015610540575f5ffd5b506102b17f000000000000000000000000000000000000000000000000000000000000000081565b348015610573575f5ffd5b506102b160025481565b348015610588575f5ffd5b506102b161059736600461248b565b611109565b3480156105a7575f5ffd5b505f5461048d906001600160a01b031681565b3480156105c5575f5ffd5b50610282611175565b3480156105d9575f5ffd5b506101e76105e836600461229d565b6111bf565b3480156105f8575f5ffd5b5061021c7f000000000000000000000000000000000000000000000000000000000000000081565b34801561062b575f5ffd5b506102b17f000000000000000000000000000000000000000000000000000000000000000081565b34801561065e575f5ffd5b5061048d7f000000000000000000000000000000000000000000000000000000000000000081565b348015610691575f5ffd5b5060015461021c906001600160401b031681565b3480156106b0575f5ffd5b5061048d7f000000000000000000000000000000000000000000000000000000000000000081565b3480156106e3575f5ffd5b5061021c7f000000000000000000000000000000000000000000000000000000000000000081565b348015610716575f5ffd5b506102b161072536600461251d565b61129e565b348015610735575f5ffd5b505f5461021c90600160a01b90046001600160401b031681565b345f03610776576040516359cdf26960e11b81525f60048201526024015b60405180910390fd5b335f908152600460205260408120805490919061079d9034906001600160c01b0316612576565b82546001600160c01b0319166001600160c01b038216178355604080513481526020810183905291925033917f05cce4a371bf9816b1a7594f1d76c98eba4ed025ff3e471234ae598f17899bd4910160405180910390a25050565b335f90815260046020526040902081158061081c575080546001600160c01b031682115b1561083d576040516359cdf26960e11b81526004810183905260240161076d565b60015481546001600160401b03918216600160c01b9091049091161115610896578054600154604051630eb63b5560e21b8152600160c01b9092046001600160401b03908116600484015216602482015260440161076d565b80545f906108ae9084906001600160c01b0316612589565b82546001600160c01b0319166001600160c01b038216178355604080518581526020810183905291925033917f933735aa8de6d7547d0126171b2f31b9c34dd00f3ecd4be85a0ba047db4fafef910160405180910390a26040515f90339085908381818185875af1925050503d805f8114610944576040519150601f19603f3d011682016040523d82523d5f602084013e610949565b606091505b50509050806109745760405163a09e616560e01b81523360048201526024810185905260440161076d565b50505050565b5f8054600160a01b90046001600160401b03168210610999575f6109a8565b5f828152600360205260409020545b92915050565b5f6109bc602083018361259c565b6001549091506001600160401b039081169082168111156109fb5760405163afb0942160e01b81526001600160401b038316600482015260240161076d565b806001600160401b0316826001600160401b031614610a405760405163a433357360e01b81526001600160401b0380841660048301528216602482015260440161076d565b5f610a4a846115ec565b90505f7f0000000000000000000000000000000000000000000000000000000000000000610a7e606087016040880161259c565b610a8891906125b7565b9050806001600160401b0316421015610abf5760405163adc9513160e01b81526001600160401b038216600482015260240161076d565b5f80546040516341e1144b60e01b8152600481018590526001600160a01b03909116906341e1144b90602401602060405180830381865afa158015610b06573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b2a91906125d6565b90508015610b4e5760405163919025cb60e01b81526004810182905260240161076d565b610b598460016125b7565b6001805467ffffffffffffffff19166001600160401b03928316179055604051610180880135815284918716907f6121fc0f03e8bbf3533f9b5bb4185e4a8a7ce382f9c1d54a92fcfb8c6f6833f79060200160405180910390a3505050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b03161480610bff5750610bff611175565b80156109a85750506001600160a01b03165f908152600460205260409020547f00000000000000000000000000000000000000000000000000000000000000006001600160c01b03909116101590565b5f8054600160a01b90046001600160401b03168210610c6f57505f919050565b6001546001600160401b0316821015610c8a57506003919050565b5f805483825260036020526040918290205491516341e1144b60e01b815260048101929092526001600160a01b0316906341e1144b90602401602060405180830381865afa158015610cde573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d0291906125d6565b15610d0f57506002919050565b506001919050565b5f5f5f5f610d24856115ec565b50505050606082013592610180830135926102008101359250610220013590565b6001545f906001600160401b0316610d60602084018461259c565b6001600160401b0316141580610d9c57505f54600160a01b90046001600160401b0316610d90602084018461259c565b6001600160401b031610155b15610da857505f919050565b5f610db283611690565b90508060035f610dc5602087018761259c565b6001600160401b031681526020019081526020015f205414610de957505f92915050565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016610e23606085016040860161259c565b6001600160401b0316610e369190612576565b421015610e4557505f92915050565b5f546040516341e1144b60e01b8152600481018390526001600160a01b03909116906341e1144b90602401602060405180830381865afa158015610e8b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610eaf91906125d6565b159392505050565b6001545f9081906001600160401b0316808203610ed857505f928392509050565b6001610ee481836125ed565b92509250509091565b5f610ef7826115ec565b507f0000000000000000000000000000000000000000000000000000000000000000610f29606084016040850161259c565b6109a891906125b7565b6060831580610f425750838214155b15610f6a57604051633b66893160e11b8152600481018590526024810183905260440161076d565b836001600160401b03811115610f8257610f8261260c565b604051908082528060200260200182016040528015610fab578160200160208202803683370190505b5090505f5b848110156110de57804980610fdb57604051634af69d9960e11b81526004810183905260240161076d565b36858584818110610fee57610fee612620565b90506020028101906110009190612634565b9050611028825f83356110166020860186612652565b6110236040880188612652565b6116bf565b6110485760405163dc7efb4760e01b81526004810184905260240161076d565b803560f081901c60ff81161561107d57604051631252999360e01b81526004810186905260ff8216602482015260440161076d565b6110b18a8a8781811061109257611092612620565b90506101400201603084901b60d085901c63ffffffff168760016117e1565b8686815181106110c3576110c3612620565b60200260200101818152505050505050806001019050610fb0565b50949350505050565b5f82356111008582856110fa8882611cc3565b5f6117e1565b95945050505050565b5f805b8281101561116e5761113584848381811061112957611129612620565b90506102400201610d45565b1561116e5761115b84848381811061114f5761114f612620565b905061024002016109ae565b61116482612694565b915060010161110c565b5092915050565b6001545f906111b7906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160401b900416612576565b421015905090565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461120857604051638b906c9760e01b815260040160405180910390fd5b5f546001600160a01b0316156112305760405162dc149f60e41b815260040160405180910390fd5b6001600160a01b0381166112575760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b038316908117825560405190917f908408e307fc569b417f6cbec5d5a06f44a0a505ac0479b47d421a4b2fd6a1e691a250565b5f80546001600160a01b031633146112c9576040516302562f3360e61b815260040160405180910390fd5b5f546001600160401b03600160a01b90910481169086168111158061130557506001600160401b0386165f908152600360205260409020548514155b1561132e576040516329323fff60e01b81526001600160401b038716600482015260240161076d565b6001546001600160401b0390811690871610156113695760405163afb0942160e01b81526001600160401b038716600482015260240161076d565b5f805467ffffffffffffffff60a01b1916600160a01b6001600160401b03898116918202929092179092556002869055604080519184168252602082018790527f6925374f3c06b52288cb41783b80311fcaad616472f59ec06d0dd7bba6e3da82910160405180910390a26001600160a01b0383165f90815260046020526040812080549091907f00000000000000000000000000000000000000000000000000000000000000006001600160c01b0390911610611447577f0000000000000000000000000000000000000000000000000000000000000000611453565b81546001600160c01b03165b825490915061146c9082906001600160c01b0316612589565b82546001600160c01b0319166001600160c01b03919091161782556114926002826126ac565b93505f61149f8583612589565b60408051848152602081018890529081018290529091506001600160a01b038716907f2cef42a3735597396c08b64a6ff92768fd94f6d65706a8b602dcfd2c25518f479060600160405180910390a28415611565576040515f90339087908381818185875af1925050503d805f8114611533576040519150601f19603f3d011682016040523d82523d5f602084013e611538565b606091505b50509050806115635760405163a09e616560e01b81523360048201526024810187905260440161076d565b505b80156115e0576040515f9061dead9083908381818185875af1925050503d805f81146115ac576040519150601f19603f3d011682016040523d82523d5f602084013e6115b1565b606091505b50509050806115de5760405163a09e616560e01b815261dead60048201526024810183905260440161076d565b505b50505050949350505050565b5f6115f682611690565b5f54909150600160a01b90046001600160401b0316611618602084018461259c565b6001600160401b031610158061165457508060035f61163a602086018661259c565b6001600160401b031681526020019081526020015f205414155b1561168b57611666602083018361259c565b6040516329323fff60e01b81526001600160401b03909116600482015260240161076d565b919050565b5f816040516020016116a2919061276c565b604051602081830303815290604052805190602001209050919050565b5f611000871015806116f157507f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000018610155b156116fd57505f6117d6565b60308414158061170e575060308214155b1561171a57505f6117d6565b5f80600a61c3508b61172b8c611da3565b8b8b8b8b8b60405160200161174697969594939291906128a6565b60408051601f1981840301815290829052611760916128e2565b5f604051808303818686fa925050503d805f8114611799576040519150601f19603f3d011682016040523d82523d5f602084013e61179e565b606091505b50915091508180156117b1575080516040145b80156117d15750611000818060200190518101906117cf91906125d6565b145b925050505b979650505050505050565b5f33321415806117f15750333b15155b15611811576040516306cb967160e51b815233600482015260240161076d565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480159061184f575061184d611175565b155b1561186f5760405163219176d160e21b815233600482015260240161076d565b335f90815260046020526040902080547f00000000000000000000000000000000000000000000000000000000000000006001600160c01b0390911610156118fe5780546040516322df051360e11b81526001600160c01b0390911660048201527f0000000000000000000000000000000000000000000000000000000000000000602482015260440161076d565b5f54600160a01b90046001600160401b03168061191e60208a018a61259c565b6001600160401b031614611966578061193a60208a018a61259c565b604051635357a66560e11b81526001600160401b0392831660048201529116602482015260440161076d565b5f61197389602001611ec0565b905060025481146119a5576002546040516331b05f2d60e01b815260048101919091526024810182905260440161076d565b611a3d604080516101e0810182525f80825260208083018290528284018290526060808401839052608080850184905260a0850184905260c0850184905260e08501849052610100850184905261012085018490526101408501849052610160850184905285519081018652838152918201839052938101829052928301529061018082019081526020015f81526020015f81525090565b611a498a8a8a84611f24565b611a538a82612083565b6001600160401b03808416825233602083015242166040820152606081018790528515156080820152611a8e6101408b016101208c0161259c565b6001600160401b03166101408201526101608101829052611ab7368b90038b0160a08c016128f8565b61018082015260c0810151611b509060208c01359063ffffffff16611ae260608e0160408f0161259c565b6001600160401b03168d6020016040016020810190611b01919061259c565b6001600160401b03168e6020016060016020810190611b20919061259c565b6001600160401b0316604080519586526020860194909452928401919091526060830152608082015260a0902090565b6101a082015260a080820151611bb8918c01359063ffffffff16611b7a60e08e0160c08f0161259c565b6001600160401b03168d60a0016040016020810190611b99919061259c565b6001600160401b03168e60a0016060016020810190611b20919061259c565b6101c0820152611bc781612244565b6001600160401b0384165f9081526003602052604090208190559450611bee8360016125b7565b5f805467ffffffffffffffff60a01b1916600160a01b6001600160401b0393841602179055600180546fffffffffffffffff00000000000000001916600160401b4290931692909202919091179055611c4960a08b01611ec0565b600255611c578360016125b7565b84546001600160c01b0316600160c01b6001600160401b039283160217855560405186913391908616907f6f696db70a0754bf247eb7c35c229d8b2fc026e25387de820a3c55e42321ef1290611cae90869061297b565b60405180910390a45050505095945050505050565b5f816104006103ff82010460405160208202810181876104008087040281015b80821015611d0a576104008285376104008420835260208301925061040082019150611ce3565b50610400860695508515611d22578581843785832082525b50505f93505b6001831115611d98578260011c5f5b81811015611d5657604081810285012060208202850152600101611d37565b506001841615611d815760205f19850181028401518352828101869052604083209082028401526001015b848252602082019490945260408120939250611d28565b505195945050505050565b5f5f5f5b600c811015611dc257600191821b84821c8316179101611da7565b5060408051602081810181905291810182905260608101919091527f564c0a11a0f704f4fc3e8acfe0f8245f0ad1347b378fbf96e206da11a5d36306608082015260a081018290527f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff0000000160c08201525f90819060059060e00160408051601f1981840301815290829052611e54916128e2565b5f60405180830381855afa9150503d805f8114611e8c576040519150601f19603f3d011682016040523d82523d5f602084013e611e91565b606091505b5091509150818015611ea4575080516020145b611eac575f5ffd5b8080602001905181019061110091906125d6565b5f8135611ed3604084016020850161259c565b611ee3606085016040860161259c565b611ef3608086016060870161259c565b6040805160208101959095526001600160401b0393841690850152908216606084015216608082015260a0016116a2565b6008821080611f3557506201d4c082115b15611f555760405162cf444b60e51b81526004810183905260240161076d565b60f883901c60018114611f8057604051632331c50560e11b815260ff8216600482015260240161076d565b60ff60f085901c1661ffff60e086901c1663ffffffff60c087901c16611fa7836002612af2565b611fb2836014612af2565b611fbd906008612576565b611fc79190612576565b811080611fd357508581115b15611ff457604051636b1d55bd60e01b81526004810182905260240161076d565b856120076101408a016101208b0161259c565b6001600160401b031611156120545761202861014089016101208a0161259c565b6040516321804aeb60e11b81526001600160401b0390911660048201526024810187905260440161076d565b63ffffffff95861660a086015290941660c084015260ff1660e08301525061ffff909116610100909101525050565b5f61209460e0840160c0850161259c565b604051633edf069b60e01b81526001600160401b03821660048201529091505f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690633edf069b906024016040805180830381865afa158015612105573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121299190612b09565b90925090506001600160401b038316612148606087016040880161259c565b6001600160401b03161180612165575081836001600160401b0316115b156121ae5761217a606086016040870161259c565b604051637d169a8760e11b81526001600160401b03918216600482015290841660248201526044810183905260640161076d565b81836001600160401b03161080156121fb57506121f76001600160401b037f00000000000000000000000000000000000000000000000000000000000000008116908316612576565b4210155b1561222c5760405163327676c960e01b81526001600160401b0380851660048301528216602482015260440161076d565b506001600160401b0316610120909201919091525050565b5f816040516020016116a2919061297b565b5f60208284031215612266575f5ffd5b5035919050565b5f61024082840312801561227f575f5ffd5b509092915050565b80356001600160a01b038116811461168b575f5ffd5b5f602082840312156122ad575f5ffd5b6122b682612287565b9392505050565b60208101600483106122dd57634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f8401126122f3575f5ffd5b5081356001600160401b03811115612309575f5ffd5b6020830191508360208260051b8501011115612323575f5ffd5b9250929050565b5f5f5f5f6040858703121561233d575f5ffd5b84356001600160401b03811115612352575f5ffd5b8501601f81018713612362575f5ffd5b80356001600160401b03811115612377575f5ffd5b8760206101408302840101111561238c575f5ffd5b6020918201955093508501356001600160401b038111156123ab575f5ffd5b6123b7878288016122e3565b95989497509550505050565b602080825282518282018190525f918401906040840190835b818110156123fa5783518352602093840193909201916001016123dc565b509095945050505050565b5f5f5f838503610160811215612419575f5ffd5b610140811215612427575f5ffd5b508392506101408401356001600160401b03811115612444575f5ffd5b8401601f81018613612454575f5ffd5b80356001600160401b03811115612469575f5ffd5b86602082840101111561247a575f5ffd5b939660209190910195509293505050565b5f5f6020838503121561249c575f5ffd5b82356001600160401b038111156124b1575f5ffd5b8301601f810185136124c1575f5ffd5b80356001600160401b038111156124d6575f5ffd5b856020610240830284010111156124eb575f5ffd5b6020919091019590945092505050565b6001600160401b038116811461250f575f5ffd5b50565b803561168b816124fb565b5f5f5f5f60808587031215612530575f5ffd5b843561253b816124fb565b9350602085013592506040850135915061255760608601612287565b905092959194509250565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109a8576109a8612562565b818103818111156109a8576109a8612562565b5f602082840312156125ac575f5ffd5b81356122b6816124fb565b6001600160401b0381811683821601908111156109a8576109a8612562565b5f602082840312156125e6575f5ffd5b5051919050565b6001600160401b0382811682821603908111156109a8576109a8612562565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f8235605e19833603018112612648575f5ffd5b9190910192915050565b5f5f8335601e19843603018112612667575f5ffd5b8301803591506001600160401b03821115612680575f5ffd5b602001915036819003821315612323575f5ffd5b5f600182016126a5576126a5612562565b5060010190565b5f826126c657634e487b7160e01b5f52601260045260245ffd5b500490565b8035801515811461168b575f5ffd5b803563ffffffff8116811461168b575f5ffd5b803560ff8116811461168b575f5ffd5b803561ffff8116811461168b575f5ffd5b803582526020810135612720816124fb565b6001600160401b03166020830152604081013561273c816124fb565b6001600160401b031660408301526060810135612758816124fb565b6001600160401b0381166060840152505050565b610240810161278b8261277e85612512565b6001600160401b03169052565b61279760208401612287565b6001600160a01b031660208301526127b160408401612512565b6001600160401b03166040830152606083810135908301526127d5608084016126cb565b151560808301526127e860a084016126da565b63ffffffff1660a08301526127ff60c084016126da565b63ffffffff1660c083015261281660e084016126ed565b60ff1660e083015261282b61010084016126fd565b61ffff166101008301526128426101208401612512565b6001600160401b031661012083015261285e6101408401612512565b6001600160401b0316610140830152610160838101359083015261288961018080840190850161270e565b610200838101359083015261022092830135929091019190915290565b878152866020820152856040820152838560608301375f848201606081015f815284868237505f93016060019283525090979650505050505050565b5f82518060208501845e5f920191825250919050565b5f6080828403128015612909575f5ffd5b50604051608081016001600160401b038111828210171561293857634e487b7160e01b5f52604160045260245ffd5b60405282358152602083013561294d816124fb565b602082015261295e60408401612512565b604082015261296f60608401612512565b60608201529392505050565b81516001600160401b03168152610240810160208301516129a760208401826001600160a01b03169052565b5060408301516129c260408401826001600160401b03169052565b506060830151606083015260808301516129e0608084018215159052565b5060a08301516129f860a084018263ffffffff169052565b5060c0830151612a1060c084018263ffffffff169052565b5060e0830151612a2560e084018260ff169052565b50610100830151612a3d61010084018261ffff169052565b50610120830151612a5a6101208401826001600160401b03169052565b50610140830151612a776101408401826001600160401b03169052565b50610160830151610160830152610180830151612ad4610180840182805182526001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b0360608201511660608301525050565b506101a08301516102008301526101c0909201516102209091015290565b80820281158282048414176109a8576109a8612562565b5f5f60408385031215612b1a575f5ffd5b82516020840151909250612b2d816124fb565b80915050925092905056",
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

// PackAppendBlobBatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e6abb4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function appendBlobBatches((uint64,(bytes32,uint64,uint64,uint64),(bytes32,uint64,uint64,uint64),uint64)[] hs, (bytes32,bytes,bytes)[] heads) returns(bytes32[] hashes)
func (rollup *Rollup) PackAppendBlobBatches(hs []BatchHeader, heads []BlobHead) []byte {
	enc, err := rollup.abi.Pack("appendBlobBatches", hs, heads)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAppendBlobBatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e6abb4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function appendBlobBatches((uint64,(bytes32,uint64,uint64,uint64),(bytes32,uint64,uint64,uint64),uint64)[] hs, (bytes32,bytes,bytes)[] heads) returns(bytes32[] hashes)
func (rollup *Rollup) TryPackAppendBlobBatches(hs []BatchHeader, heads []BlobHead) ([]byte, error) {
	return rollup.abi.Pack("appendBlobBatches", hs, heads)
}

// UnpackAppendBlobBatches is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e6abb4e.
//
// Solidity: function appendBlobBatches((uint64,(bytes32,uint64,uint64,uint64),(bytes32,uint64,uint64,uint64),uint64)[] hs, (bytes32,bytes,bytes)[] heads) returns(bytes32[] hashes)
func (rollup *Rollup) UnpackAppendBlobBatches(data []byte) ([][32]byte, error) {
	out, err := rollup.abi.Unpack("appendBlobBatches", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
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
// the contract method with ID 0x89b4ed75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deadline((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(uint64)
func (rollup *Rollup) PackDeadline(info BatchInfo) []byte {
	enc, err := rollup.abi.Pack("deadline", info)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89b4ed75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deadline((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(uint64)
func (rollup *Rollup) TryPackDeadline(info BatchInfo) ([]byte, error) {
	return rollup.abi.Pack("deadline", info)
}

// UnpackDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x89b4ed75.
//
// Solidity: function deadline((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(uint64)
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
// the contract method with ID 0x3f0597d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) returns()
func (rollup *Rollup) PackFinalize(info BatchInfo) []byte {
	enc, err := rollup.abi.Pack("finalize", info)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f0597d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) returns()
func (rollup *Rollup) TryPackFinalize(info BatchInfo) ([]byte, error) {
	return rollup.abi.Pack("finalize", info)
}

// PackFinalizeMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd453f20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeMany((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32)[] infos) returns(uint256 count)
func (rollup *Rollup) PackFinalizeMany(infos []BatchInfo) []byte {
	enc, err := rollup.abi.Pack("finalizeMany", infos)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd453f20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeMany((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32)[] infos) returns(uint256 count)
func (rollup *Rollup) TryPackFinalizeMany(infos []BatchInfo) ([]byte, error) {
	return rollup.abi.Pack("finalizeMany", infos)
}

// UnpackFinalizeMany is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd453f20.
//
// Solidity: function finalizeMany((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32)[] infos) returns(uint256 count)
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
// the contract method with ID 0x52a484c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinalizable((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(bool)
func (rollup *Rollup) PackIsFinalizable(info BatchInfo) []byte {
	enc, err := rollup.abi.Pack("isFinalizable", info)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFinalizable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52a484c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFinalizable((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(bool)
func (rollup *Rollup) TryPackIsFinalizable(info BatchInfo) ([]byte, error) {
	return rollup.abi.Pack("isFinalizable", info)
}

// UnpackIsFinalizable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52a484c4.
//
// Solidity: function isFinalizable((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(bool)
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
// the contract method with ID 0x50002980.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roots((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(bytes32 dataRoot, bytes32 postStateRoot, bytes32 startHash, bytes32 endHash)
func (rollup *Rollup) PackRoots(info BatchInfo) []byte {
	enc, err := rollup.abi.Pack("roots", info)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50002980.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roots((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(bytes32 dataRoot, bytes32 postStateRoot, bytes32 startHash, bytes32 endHash)
func (rollup *Rollup) TryPackRoots(info BatchInfo) ([]byte, error) {
	return rollup.abi.Pack("roots", info)
}

// RootsOutput serves as a container for the return parameters of contract
// method Roots.
type RootsOutput struct {
	DataRoot      [32]byte
	PostStateRoot [32]byte
	StartHash     [32]byte
	EndHash       [32]byte
}

// UnpackRoots is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50002980.
//
// Solidity: function roots((uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info) view returns(bytes32 dataRoot, bytes32 postStateRoot, bytes32 startHash, bytes32 endHash)
func (rollup *Rollup) UnpackRoots(data []byte) (RootsOutput, error) {
	out, err := rollup.abi.Unpack("roots", data)
	outstruct := new(RootsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.DataRoot = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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
// Solidity: event BatchAppended(uint64 indexed index, address indexed proposer, bytes32 indexed batchHash, (uint64,address,uint64,bytes32,bool,uint32,uint32,uint8,uint16,uint64,uint64,bytes32,(bytes32,uint64,uint64,uint64),bytes32,bytes32) info)
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadBlobBatchCount"].ID.Bytes()[:4]) {
		return rollup.UnpackBadBlobBatchCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadBlobHead"].ID.Bytes()[:4]) {
		return rollup.UnpackBadBlobHeadError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadBlobStreamVersion"].ID.Bytes()[:4]) {
		return rollup.UnpackBadBlobStreamVersionError(raw[4:])
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["MissingBlob"].ID.Bytes()[:4]) {
		return rollup.UnpackMissingBlobError(raw[4:])
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

// RollupBadBlobBatchCount represents a BadBlobBatchCount error raised by the Rollup contract.
type RollupBadBlobBatchCount struct {
	Headers *big.Int
	Heads   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBlobBatchCount(uint256 headers, uint256 heads)
func RollupBadBlobBatchCountErrorID() common.Hash {
	return common.HexToHash("0x76cd12620069dcebcd5f4106f87b710ca6cfb85e995e6404b69d9b096af27d28")
}

// UnpackBadBlobBatchCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBlobBatchCount(uint256 headers, uint256 heads)
func (rollup *Rollup) UnpackBadBlobBatchCountError(raw []byte) (*RollupBadBlobBatchCount, error) {
	out := new(RollupBadBlobBatchCount)
	if err := rollup.abi.UnpackIntoInterface(out, "BadBlobBatchCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadBlobHead represents a BadBlobHead error raised by the Rollup contract.
type RollupBadBlobHead struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBlobHead(uint256 index)
func RollupBadBlobHeadErrorID() common.Hash {
	return common.HexToHash("0xdc7efb47c07311d36ae6ec3de48dc113349fac7ced7552c651dd5339846a0144")
}

// UnpackBadBlobHeadError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBlobHead(uint256 index)
func (rollup *Rollup) UnpackBadBlobHeadError(raw []byte) (*RollupBadBlobHead, error) {
	out := new(RollupBadBlobHead)
	if err := rollup.abi.UnpackIntoInterface(out, "BadBlobHead", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadBlobStreamVersion represents a BadBlobStreamVersion error raised by the Rollup contract.
type RollupBadBlobStreamVersion struct {
	Index   *big.Int
	Version uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBlobStreamVersion(uint256 index, uint8 version)
func RollupBadBlobStreamVersionErrorID() common.Hash {
	return common.HexToHash("0x125299939c617ad6a23ddc6464baf8e32f12de1c48e00a0ef6edcf8d40f3aedb")
}

// UnpackBadBlobStreamVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBlobStreamVersion(uint256 index, uint8 version)
func (rollup *Rollup) UnpackBadBlobStreamVersionError(raw []byte) (*RollupBadBlobStreamVersion, error) {
	out := new(RollupBadBlobStreamVersion)
	if err := rollup.abi.UnpackIntoInterface(out, "BadBlobStreamVersion", raw); err != nil {
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

// RollupMissingBlob represents a MissingBlob error raised by the Rollup contract.
type RollupMissingBlob struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MissingBlob(uint256 index)
func RollupMissingBlobErrorID() common.Hash {
	return common.HexToHash("0x95ed3b3202ef50eee4e654dc83ceb5fc80062fe9ab10f8ccddb8dba228de2403")
}

// UnpackMissingBlobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MissingBlob(uint256 index)
func (rollup *Rollup) UnpackMissingBlobError(raw []byte) (*RollupMissingBlob, error) {
	out := new(RollupMissingBlob)
	if err := rollup.abi.UnpackIntoInterface(out, "MissingBlob", raw); err != nil {
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
