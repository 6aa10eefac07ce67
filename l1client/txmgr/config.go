package txmgr

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"
)

// Client is the part of an L1 node the manager uses. go-ethereum's
// *ethclient.Client and the simulated backend's client satisfy it.
type Client interface {
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	BlobBaseFee(ctx context.Context) (*big.Int, error)
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// Config tunes the manager. Zero values mean the documented defaults.
type Config struct {
	// Name labels metrics and logs ("batcher", "challenger").
	Name string
	// PrivateKey signs every transaction. Never logged.
	PrivateKey *ecdsa.PrivateKey
	// ChainID, when set, must match the node's; otherwise the node's is used.
	ChainID *big.Int
	// Confirmations is the depth at which a transaction counts as confirmed
	// (default 2: the including block and one more).
	Confirmations uint64
	// ResubmitInterval is how long a sent transaction may stay unmined before it
	// is re-sent with bumped fees (default 6 s).
	ResubmitInterval time.Duration
	// PollInterval is how often receipts and the nonce are checked (default 500 ms).
	PollInterval time.Duration
	// FeeBumpPercent raises tip and fee cap on each resubmission (default 15,
	// at least 13: geth and anvil demand 10% to replace a pending transaction).
	FeeBumpPercent uint64
	// MinTipCap is the smallest tip used (default 1 wei).
	MinTipCap *big.Int
	// MaxTipCap caps the tip (default 100 gwei).
	MaxTipCap *big.Int
	// MaxFeeCap caps maxFeePerGas (default 1000 gwei).
	MaxFeeCap *big.Int
	// MaxBlobFeeCap caps maxFeePerBlobGas of blob transactions (default
	// 1000 gwei).
	MaxBlobFeeCap *big.Int
	// MaxInFlight bounds the transactions sent and not yet confirmed; Send waits
	// for room (default 16).
	MaxInFlight int
	// GasLimitBufferPercent is added to estimated gas limits (default 20).
	GasLimitBufferPercent uint64
	// BalanceWarn: below this balance the manager warns (default 1 ether).
	BalanceWarn *big.Int
	// BalanceCheckInterval is how often the balance is sampled (default 30 s).
	BalanceCheckInterval time.Duration
	// RPCTimeout bounds every L1 call (default 10 s).
	RPCTimeout time.Duration
	// DBTimeout bounds every outbox statement (default 10 s).
	DBTimeout time.Duration
}

// Deps are the manager's collaborators.
type Deps struct {
	Client Client
	Pool   *pgxpool.Pool
	Logger *zap.Logger
	// Registry receives the metrics; nil leaves them unregistered.
	Registry prometheus.Registerer
}

func gwei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.GWei)) }

func (c Config) withDefaults() Config {
	c.Name = cmp.Or(c.Name, "txmgr")
	c.Confirmations = cmp.Or(c.Confirmations, 2)
	c.ResubmitInterval = cmp.Or(c.ResubmitInterval, 6*time.Second)
	c.PollInterval = cmp.Or(c.PollInterval, 500*time.Millisecond)
	c.FeeBumpPercent = cmp.Or(c.FeeBumpPercent, 15)
	c.MinTipCap = cmp.Or(c.MinTipCap, big.NewInt(1))
	c.MaxTipCap = cmp.Or(c.MaxTipCap, gwei(100))
	c.MaxFeeCap = cmp.Or(c.MaxFeeCap, gwei(1000))
	c.MaxBlobFeeCap = cmp.Or(c.MaxBlobFeeCap, gwei(1000))
	c.MaxInFlight = cmp.Or(c.MaxInFlight, 16)
	c.GasLimitBufferPercent = cmp.Or(c.GasLimitBufferPercent, 20)
	c.BalanceWarn = cmp.Or(c.BalanceWarn, big.NewInt(params.Ether))
	c.BalanceCheckInterval = cmp.Or(c.BalanceCheckInterval, 30*time.Second)
	c.RPCTimeout = cmp.Or(c.RPCTimeout, 10*time.Second)
	c.DBTimeout = cmp.Or(c.DBTimeout, 10*time.Second)
	return c
}

// Check names the first invalid field (after defaults are applied).
func (c Config) Check() error {
	c = c.withDefaults()
	switch {
	case c.PrivateKey == nil:
		return errors.New("txmgr: PrivateKey is required")
	case c.FeeBumpPercent < 13:
		return fmt.Errorf("txmgr: FeeBumpPercent %d is below 13 (nodes need 10%% to replace a transaction)", c.FeeBumpPercent)
	case c.MinTipCap.Sign() < 0:
		return errors.New("txmgr: MinTipCap is negative")
	case c.MaxTipCap.Cmp(c.MinTipCap) < 0:
		return errors.New("txmgr: MaxTipCap is below MinTipCap")
	case c.MaxFeeCap.Cmp(c.MaxTipCap) < 0 && c.MaxFeeCap.Cmp(c.MinTipCap) < 0:
		return errors.New("txmgr: MaxFeeCap is below MinTipCap")
	case c.MaxInFlight < 0:
		return fmt.Errorf("txmgr: MaxInFlight %d is negative", c.MaxInFlight)
	case c.PollInterval < 0 || c.ResubmitInterval < 0 || c.RPCTimeout < 0 || c.DBTimeout < 0 || c.BalanceCheckInterval < 0:
		return errors.New("txmgr: intervals and timeouts must not be negative")
	case c.ResubmitInterval < c.PollInterval:
		return fmt.Errorf("txmgr: ResubmitInterval %s is shorter than PollInterval %s", c.ResubmitInterval, c.PollInterval)
	}
	return nil
}
