package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/userflow"
)

// Defaults shared by the devnet and the user commands: the user commands talk
// to a local devnet unless told otherwise.
const (
	defaultDataDir = ".data/devnet"
	defaultL2RPC   = "http://127.0.0.1:9545"
	defaultL1RPC   = "http://127.0.0.1:8545"
)

// defaultDeployment is the devnet's deployment record.
var defaultDeployment = filepath.Join(defaultDataDir, "deployment.json")

// parseUserFlags parses args, applies the environment fallback and returns
// the positional arguments, refusing more than maxArgs of them. Flags may
// also follow the positional arguments (rollup status TX --json).
func parseUserFlags(fs *flag.FlagSet, args []string, maxArgs int, extra map[string]string) ([]string, error) {
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	var userArgs []string
	if fs.NArg() > 0 && maxArgs > 0 {
		pos := fs.Args()
		var rest []string
		for len(pos) > 0 && !strings.HasPrefix(pos[0], "-") {
			rest, pos = append(rest, pos[0]), pos[1:]
		}
		if len(pos) > 0 {
			if err := fs.Parse(pos); err != nil {
				return nil, err
			}
			rest = append(rest, fs.Args()...)
		}
		userArgs = rest
	} else {
		userArgs = fs.Args()
	}
	if len(userArgs) > maxArgs {
		return nil, fmt.Errorf("unexpected arguments: %v", userArgs[maxArgs:])
	}
	if _, err := envFallback(fs, extra); err != nil {
		return nil, err
	}
	return userArgs, nil
}

// amountFlag is a flag.Value holding wei, read with units (1.5eth, 20gwei).
type amountFlag struct{ v **big.Int }

func (f amountFlag) String() string {
	if f.v == nil || *f.v == nil {
		return ""
	}
	return userflow.FormatAmount(*f.v)
}

func (f amountFlag) Set(s string) error {
	v, err := userflow.ParseAmount(s)
	if err != nil {
		return err
	}
	*f.v = v
	return nil
}

// weiFlag is a flag.Value holding an amount of wei with a default, read
// with units as userflow.ParseAmount reads it (1.5eth, 20gwei, 1000).
type weiFlag struct{ v *big.Int }

func (f weiFlag) String() string {
	if f.v == nil {
		return ""
	}
	return f.v.String()
}

func (f weiFlag) Set(s string) error {
	v, err := userflow.ParseAmount(s)
	if err != nil {
		return err
	}
	f.v.Set(v)
	return nil
}

// addrFlag is the flag.Value of every address flag (empty: the zero
// address, which commands read as "not given").
type addrFlag struct{ a *common.Address }

func (f addrFlag) String() string {
	if f.a == nil || *f.a == (common.Address{}) {
		return ""
	}
	return f.a.Hex()
}

func (f addrFlag) Set(s string) error {
	if s == "" {
		*f.a = common.Address{}
		return nil
	}
	if !common.IsHexAddress(s) {
		return fmt.Errorf("not an address: %q", s)
	}
	*f.a = common.HexToAddress(s)
	return nil
}

// optUint is a flag.Value holding an optional unsigned integer (unset: off).
type optUint struct{ v **uint64 }

func (f optUint) String() string {
	if f.v == nil || *f.v == nil {
		return ""
	}
	return strconv.FormatUint(**f.v, 10)
}

func (f optUint) Set(s string) error {
	if s == "" || s == "off" || s == "-1" {
		*f.v = nil
		return nil
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return fmt.Errorf("not a batch index: %q", s)
	}
	*f.v = &n
	return nil
}

// userConn are the connection flags of the user commands.
type userConn struct {
	rpc        string
	l1RPC      string
	deployment string
	key        string
}

func (c *userConn) l2Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.rpc, "rpc", defaultL2RPC, "L2 JSON-RPC URL (the sequencer)")
}

func (c *userConn) l1Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.l1RPC, "l1-rpc", defaultL1RPC, "L1 JSON-RPC URL")
	fs.StringVar(&c.deployment, "deployment", defaultDeployment, "deployment record (contract addresses); the devnet writes it to <datadir>/deployment.json")
}

func (c *userConn) keyFlag(fs *flag.FlagSet, what string) {
	fs.StringVar(&c.key, "key", "", "hex private key "+what+" (never logged; also $ROLLUP_KEY)")
}

// flagSet starts the flag set of a user command with the flags they share:
// the L2 and L1 connections, --key (keyWhat says whose it is; empty: no
// key) and --json (jsonUsage says what it prints).
func (c *userConn) flagSet(name, keyWhat string, asJSON *bool, jsonUsage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	c.l2Flags(fs)
	c.l1Flags(fs)
	if keyWhat != "" {
		c.keyFlag(fs, keyWhat)
	}
	fs.BoolVar(asJSON, "json", false, jsonUsage)
	return fs
}

// forceFlag adds --force, which sends a signed L2 transaction through L1.
func forceFlag(fs *flag.FlagSet, force *bool) {
	fs.BoolVar(force, "force", false, "submit the signed transaction on L1 (Bridge.forceTransaction, paid by the same key on L1) "+
		"instead of to the sequencer, which must then include it within the inclusion window: for a sequencer that ignores you")
}

// txHashArg reads the transaction hash a command takes as its argument (pos,
// the positional arguments) or with a flag (given; empty when not).
func txHashArg(fs *flag.FlagSet, pos []string, given, what string) (common.Hash, error) {
	if len(pos) == 1 {
		if given != "" && given != pos[0] {
			return common.Hash{}, errors.New("give the transaction either as the argument or with --tx")
		}
		given = pos[0]
	}
	if given == "" {
		fs.Usage()
		return common.Hash{}, errors.New("give " + what)
	}
	var h common.Hash
	if err := h.UnmarshalText([]byte(given)); err != nil {
		return common.Hash{}, fmt.Errorf("not a transaction hash: %q", given)
	}
	return h, nil
}

func (c *userConn) dialL2(ctx context.Context) (*userflow.L2, error) {
	return userflow.DialL2(ctx, c.rpc)
}

func (c *userConn) dialL1(ctx context.Context) (*userflow.L1, error) {
	d, err := loadDeployment(c.deployment)
	if err != nil {
		return nil, err
	}
	return userflow.DialL1(ctx, c.l1RPC, d)
}

// loadDeployment reads the deployment record at path, saying where records
// come from when there is none.
func loadDeployment(path string) (*deploy.Deployment, error) {
	d, err := deploy.Load(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("no deployment record at %s: give --deployment (the devnet writes <datadir>/deployment.json; rollup deploy writes deployments/<name>.json)", path)
	}
	return d, err
}

// send signs t with --key and sends it to the sequencer or, with force,
// through L1 (Bridge.forceTransaction; what names it in the message). It
// returns the L2 client, which the caller closes, and what was sent.
func (c *userConn) send(ctx context.Context, t userflow.Transfer, value *valueArgs, force, asJSON bool, what string) (*userflow.L2, *userflow.Sent, error) {
	key, err := c.parseKey()
	if err != nil {
		return nil, nil, err
	}
	t.Key = key
	l2, err := c.dialL2(ctx)
	if err != nil {
		return nil, nil, err
	}
	var tok *userflow.Token
	if value.isToken() {
		var amount *big.Int
		if tok, amount, err = value.tokenAmount(ctx, l2); err != nil {
			l2.Close()
			return nil, nil, err
		}
		if t.Call == nil {
			t.Call = &userflow.TokenCall{}
		}
		t.Call.Token, t.Value = tok.L2, amount
	}
	if force {
		l1, err := c.dialL1(ctx)
		if err != nil {
			l2.Close()
			return nil, nil, err
		}
		defer l1.Close()
		if !asJSON {
			fmt.Printf("forcing the %s through L1 (Bridge.forceTransaction); waiting for the sequencer to execute it\n", what)
		}
		t.Force = l1
	}
	sent, err := l2.Send(ctx, t)
	if err != nil {
		l2.Close()
		return nil, nil, err
	}
	if tok != nil {
		sent.Token, sent.Amount, sent.To = tok, t.Value, t.To
	}
	return l2, sent, nil
}

func (c *userConn) parseKey() (*ecdsa.PrivateKey, error) {
	if c.key == "" {
		return nil, errors.New("--key is required")
	}
	k, err := userflow.ParseKey(c.key)
	if err != nil {
		return nil, fmt.Errorf("--key: %w", err)
	}
	return k, nil
}
