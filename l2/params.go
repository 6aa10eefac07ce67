package l2

import (
	"errors"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Protocol constants (docs/protocol.md §1). Changing one is a new protocol
// version.
const (
	// CodecVersion is the first byte of every batch.
	CodecVersion = 0x01
	// MaxBatchBytes is the largest batch appendBatch accepts.
	MaxBatchBytes = 120_000
	// ChunkSize is the size of the chunks the batch commitment is built over.
	ChunkSize = 1024
	// TransferGas is the gas every ETH transfer is charged, whatever its limit.
	TransferGas = 21_000
	// TokenGas is the gas every token call is charged, whatever its limit
	// (§2.4).
	TokenGas = 50_000
	// MaxGasLimit is the largest gas limit a transfer may carry (2^32 − 1).
	MaxGasLimit = math.MaxUint32
)

var (
	// WithdrawalAddress is the reserved L2 address whose transfers become
	// withdrawals to L1 (§4).
	WithdrawalAddress = common.HexToAddress("0x5757575757575757575757575757575757575757")

	// secp256k1N is the order of the secp256k1 group; secp256k1HalfN is N/2,
	// the largest s a low-s signature may have.
	secp256k1N     = uint256.MustFromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	secp256k1HalfN = uint256.MustFromHex("0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0")

	transferGas = uint256.NewInt(TransferGas)
	tokenGas    = uint256.NewInt(TokenGas)
)

// The selectors of the two token methods (§2.4).
var (
	// TransferSelector is transfer(address,uint256).
	TransferSelector = [4]byte{0xa9, 0x05, 0x9c, 0xbb}
	// WithdrawSelector is withdraw(address,uint256).
	WithdrawSelector = [4]byte{0xf3, 0xfe, 0xf3, 0xa3}
)

// Params are the chain parameters the protocol rules depend on (§1), fixed at
// deployment.
type Params struct {
	// ChainID is the EIP-155 chain ID of L2 transactions (L2_CHAIN_ID).
	ChainID uint64
	// BaseFee is the constant L2 base fee per gas in wei (BASE_FEE).
	BaseFee *uint256.Int
	// FeeRecipient is the L2 account credited with every fee (FEE_RECIPIENT).
	FeeRecipient common.Address
	// GenesisTimestamp is the timestamp of L2 block 0 (GENESIS_TIMESTAMP).
	GenesisTimestamp uint64
}

// maxChainID keeps the legacy v value 2·chainID + 36 within 64 bits.
const maxChainID = (math.MaxUint64 - 36) / 2

// Check reports the first invalid field.
func (p *Params) Check() error {
	switch {
	case p == nil:
		return errors.New("params: missing")
	case p.ChainID == 0 || p.ChainID > maxChainID:
		return fmt.Errorf("params: ChainID %d out of range [1, %d]", p.ChainID, uint64(maxChainID))
	case p.BaseFee == nil:
		return errors.New("params: BaseFee is nil")
	}
	return nil
}

// Genesis returns the L2 state every chain starts from: empty state, no
// deposits consumed, block 0 at GenesisTimestamp (§6.1).
func (p *Params) Genesis() L2State {
	return L2State{Timestamp: p.GenesisTimestamp}
}
