package sequencer_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"io"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/contracts/bindings"
	"github.com/rollup-dev/rollup/internal/etherstest"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/l1client/devchain"
	"github.com/rollup-dev/rollup/l2"
)

// depositToken deploys a DevToken from dev account 0 and deposits amount of it
// to each of recipients; it returns the L1 token.
func (l *l1) depositToken(t *testing.T, amount *big.Int, recipients ...common.Address) common.Address {
	t.Helper()
	ctx := context.Background()
	key := l.chain.Accounts()[0].Key
	var tok common.Address
	l.mineWhile(func() {
		var err error
		tok, err = deploy.DeployToken(ctx, l.chain.Client(), key, deploy.Token{Name: "Test Dollar", Symbol: "TUSD", Decimals: 6,
			Supply: new(big.Int).Mul(amount, big.NewInt(int64(len(recipients)+1)))})
		require.NoError(t, err)
		dev := bindings.NewDevToken()
		o := bind.NewKeyedTransactor(key, devchain.ChainID)
		o.Context = ctx
		send := func(c *bind.BoundContract, data []byte) {
			tx, err := bind.Transact(c, o, data)
			require.NoError(t, err)
			r, err := deploy.WaitReceipt(ctx, l.chain.Client(), tx.Hash())
			require.NoError(t, err)
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		}
		send(dev.Instance(l.chain.Client(), tok), dev.PackApprove(l.d.Contracts.Bridge, amount.Mul(amount, big.NewInt(int64(len(recipients))))))
		amount.Div(amount, big.NewInt(int64(len(recipients))))
		for _, r := range recipients {
			send(contracts.Bridge.Instance(l.chain.Client(), l.d.Contracts.Bridge), contracts.Bridge.PackDepositERC20(tok, r, amount))
		}
	})
	return tok
}

// tokenCall signs a token call (protocol §2.4) with the given gas limit.
func tokenCall(t testing.TB, key *ecdsa.PrivateKey, nonce uint64, token common.Address, sel [4]byte, arg common.Address, amount *big.Int, gas uint64) *types.Transaction {
	data := append(append(sel[:], make([]byte, 12)...), arg[:]...)
	data = append(data, common.BigToHash(amount).Bytes()...)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(testChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(testChainID), Nonce: nonce, GasTipCap: big.NewInt(0), GasFeeCap: new(big.Int).Mul(testBaseFee, big.NewInt(2)),
		Gas: gas, To: &token, Data: data,
	})
	require.NoError(t, err)
	return tx
}

// TestTokens bridges an ERC-20 from the simulated L1 and uses it on L2
// through go-ethereum's ethclient: balanceOf and the metadata by eth_call,
// eth_getCode, eth_estimateGas, transfers with their Transfer logs, a reverted
// transfer (status 0, fee taken), eth_getLogs, the block's bloom and roots,
// admission errors, and a restart that rebuilds the token state.
func TestTokens(t *testing.T) {
	chainL1 := newL1(t)
	cfg := chainL1.config(t, 1)
	cfg.EmptyBlocks = true // an idle chain advances, as ethers' tx.wait expects
	env := chainL1.start(t, cfg)
	ctx := ctxT(t)
	alice, bob := testKey(0), common.HexToAddress("0xb0b")
	erc20 := bindings.NewDevToken() // the standard ERC-20 ABI: what wallets call

	// ETH for fees, then 1,000 tokens.
	chainL1.deposit(t, 1, addrOf(alice), ether)
	chainL1.mine(1)
	l1Token := chainL1.depositToken(t, big.NewInt(1000e6), addrOf(alice))
	token := l2.TokenAddress(l1Token)
	chainL1.mine(2)
	call := func(data []byte, from common.Address) ([]byte, error) {
		return env.client.CallContract(ctx, ethereum.CallMsg{From: from, To: &token, Data: data}, nil)
	}
	balanceOf := func(owner common.Address) *big.Int {
		out, err := call(erc20.PackBalanceOf(owner), common.Address{})
		require.NoError(t, err)
		v, err := erc20.UnpackBalanceOf(out)
		require.NoError(t, err)
		return v
	}
	// Wait until the deposit is in a sealed block, so that the transfer
	// below lands in a later block than the deposit.
	require.Eventually(t, func() bool {
		n, err := env.client.BlockNumber(ctx)
		if err != nil {
			return false
		}
		out, err := env.client.CallContract(ctx, ethereum.CallMsg{To: &token, Data: erc20.PackBalanceOf(addrOf(alice))}, new(big.Int).SetUint64(n))
		return err == nil && new(big.Int).SetBytes(out).Cmp(big.NewInt(1000e6)) == 0
	}, 10*time.Second, 20*time.Millisecond)
	require.Equal(t, big.NewInt(1000e6), balanceOf(addrOf(alice)))

	// What libraries read of a contract.
	code, err := env.client.CodeAt(ctx, token, nil)
	require.NoError(t, err)
	require.NotEmpty(t, code, "a token address has code")
	code, err = env.client.CodeAt(ctx, bob, nil)
	require.NoError(t, err)
	require.Empty(t, code)
	out, err := call(erc20.PackName(), common.Address{})
	require.NoError(t, err)
	name, err := erc20.UnpackName(out)
	require.NoError(t, err)
	require.Equal(t, "Test Dollar", name)
	out, err = call(erc20.PackSymbol(), common.Address{})
	require.NoError(t, err)
	sym, err := erc20.UnpackSymbol(out)
	require.NoError(t, err)
	require.Equal(t, "TUSD", sym)
	out, err = call(erc20.PackDecimals(), common.Address{})
	require.NoError(t, err)
	dec, err := erc20.UnpackDecimals(out)
	require.NoError(t, err)
	require.EqualValues(t, 6, dec)
	out, err = call(erc20.PackTotalSupply(), common.Address{})
	require.NoError(t, err)
	supply, err := erc20.UnpackTotalSupply(out)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(1000e6), supply)
	out, err = call(erc20.PackAllowance(addrOf(alice), bob), common.Address{})
	require.NoError(t, err)
	require.Equal(t, common.Hash{}.Bytes(), out)
	_, err = call(erc20.PackApprove(bob, big.NewInt(1)), addrOf(alice))
	requireRevert(t, err, "approve and transferFrom are not supported")

	// eth_estimateGas: TOKEN_GAS, or the revert.
	transferData := func(to common.Address, v int64) []byte {
		return append(append(l2.TransferSelector[:], make([]byte, 12)...), append(to.Bytes(), common.BigToHash(big.NewInt(v)).Bytes()...)...)
	}
	gas, err := env.client.EstimateGas(ctx, ethereum.CallMsg{From: addrOf(alice), To: &token, Data: transferData(bob, 250e6)})
	require.NoError(t, err)
	require.EqualValues(t, l2.TokenGas, gas)
	_, err = env.client.EstimateGas(ctx, ethereum.CallMsg{From: addrOf(alice), To: &token, Data: transferData(bob, 2000e6)})
	requireRevert(t, err, "ERC20: transfer amount exceeds balance")

	// A transfer: status 1, one Transfer log, TOKEN_GAS.
	tx := tokenCall(t, alice, 0, token, l2.TransferSelector, bob, big.NewInt(250e6), gas)
	require.NoError(t, env.client.SendTransaction(ctx, tx))
	r := waitReceipt(t, env.client, tx.Hash())
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.EqualValues(t, l2.TokenGas, r.GasUsed)
	require.Len(t, r.Logs, 1)
	lg := r.Logs[0]
	require.Equal(t, token, lg.Address)
	require.Equal(t, []common.Hash{crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)")),
		common.BytesToHash(addrOf(alice).Bytes()), common.BytesToHash(bob.Bytes())}, lg.Topics)
	require.Equal(t, common.BigToHash(big.NewInt(250e6)).Bytes(), lg.Data)
	require.Equal(t, tx.Hash(), lg.TxHash)
	require.Equal(t, r.BlockHash, lg.BlockHash)
	require.True(t, types.BloomLookup(r.Bloom, token))
	require.Equal(t, big.NewInt(750e6), balanceOf(addrOf(alice)))
	require.Equal(t, big.NewInt(250e6), balanceOf(bob))
	// At the block before the transfer and at its block, from the token history.
	balanceAt := func(owner common.Address, n *big.Int) *big.Int {
		out, err := env.client.CallContract(ctx, ethereum.CallMsg{To: &token, Data: erc20.PackBalanceOf(owner)}, n)
		require.NoError(t, err)
		v, err := erc20.UnpackBalanceOf(out)
		require.NoError(t, err)
		return v
	}
	before := new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
	require.Equal(t, big.NewInt(1000e6), balanceAt(addrOf(alice), before))
	require.Zero(t, balanceAt(bob, before).Sign())
	require.Equal(t, big.NewInt(750e6), balanceAt(addrOf(alice), r.BlockNumber))
	require.Equal(t, big.NewInt(250e6), balanceAt(bob, r.BlockNumber))

	// A transfer beyond the balance reverts on chain: status 0, no log, the
	// fee and the nonce taken, no token moved.
	ethBefore, err := env.client.BalanceAt(ctx, addrOf(alice), nil)
	require.NoError(t, err)
	bad := tokenCall(t, alice, 1, token, l2.TransferSelector, bob, big.NewInt(5000e6), l2.TokenGas)
	require.NoError(t, env.client.SendTransaction(ctx, bad))
	rb := waitReceipt(t, env.client, bad.Hash())
	require.Equal(t, types.ReceiptStatusFailed, rb.Status)
	require.Empty(t, rb.Logs)
	ethAfter, err := env.client.BalanceAt(ctx, addrOf(alice), nil)
	require.NoError(t, err)
	fee := new(big.Int).Mul(big.NewInt(l2.TokenGas), testBaseFee)
	require.Equal(t, fee, new(big.Int).Sub(ethBefore, ethAfter))
	require.Equal(t, big.NewInt(750e6), balanceOf(addrOf(alice)))
	nonce, err := env.client.NonceAt(ctx, addrOf(alice), nil)
	require.NoError(t, err)
	require.EqualValues(t, 2, nonce)

	// The block's header commits to the receipts: bloom, gas, roots, hash.
	blk, err := env.client.BlockByHash(ctx, r.BlockHash)
	require.NoError(t, err)
	require.True(t, types.BloomLookup(blk.Bloom(), token))
	require.Equal(t, blk.Time(), lg.BlockTimestamp)
	require.Equal(t, blk.Hash(), blk.Header().Hash())
	receipts, err := env.client.BlockReceipts(ctx, gethrpc.BlockNumberOrHashWithHash(r.BlockHash, false))
	require.NoError(t, err)
	var total uint64
	for _, rc := range receipts {
		total += rc.GasUsed
	}
	require.Equal(t, blk.GasUsed(), total)
	require.Equal(t, blk.ReceiptHash(), types.DeriveSha(types.Receipts(receipts), trie.NewStackTrie(nil)))

	// eth_getLogs by address and topic, and by another address (none).
	logs, err := env.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{token},
		Topics: [][]common.Hash{{lg.Topics[0]}, {lg.Topics[1]}}})
	require.NoError(t, err)
	require.Len(t, logs, 1)
	require.Equal(t, *lg, logs[0])
	logs, err = env.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{bob}})
	require.NoError(t, err)
	require.Empty(t, logs)
	logs, err = env.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Topics: [][]common.Hash{nil, nil, {common.BytesToHash(bob.Bytes())}}})
	require.NoError(t, err)
	require.Len(t, logs, 1)

	// Admission: ETH to a token, a call to an address that is no token.
	err = env.client.SendTransaction(ctx, transfer(t, alice, 2, token, big.NewInt(1)))
	require.ErrorContains(t, err, "token addresses take no ETH")
	err = env.client.SendTransaction(ctx, tokenCall(t, alice, 2, bob, l2.TransferSelector, bob, big.NewInt(1), l2.TokenGas))
	require.ErrorContains(t, err, "is not a bridged token")

	// A withdraw burns L2 supply.
	wd := tokenCall(t, alice, 2, token, l2.WithdrawSelector, addrOf(alice), big.NewInt(100e6), l2.TokenGas)
	require.NoError(t, env.client.SendTransaction(ctx, wd))
	rw := waitReceipt(t, env.client, wd.Hash())
	require.Equal(t, types.ReceiptStatusSuccessful, rw.Status)
	require.Len(t, rw.Logs, 1)
	require.Equal(t, common.Hash{}, rw.Logs[0].Topics[2], "a withdraw is a Transfer to the zero address")
	out, err = call(erc20.PackTotalSupply(), common.Address{})
	require.NoError(t, err)
	supply, err = erc20.UnpackTotalSupply(out)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(900e6), supply)

	// REST lists the token withdrawal with the account's withdrawals, and
	// describes it; a reverted withdraw is none.
	var wl struct {
		Transactions []struct {
			Hash       common.Hash `json:"hash"`
			Withdrawal bool        `json:"withdrawal"`
		} `json:"transactions"`
	}
	require.Equal(t, http.StatusOK, restGet(t, env.svc.URL()+"/v1/accounts/"+addrOf(alice).Hex()+"/withdrawals", &wl))
	require.Len(t, wl.Transactions, 1)
	require.Equal(t, wd.Hash(), wl.Transactions[0].Hash)
	require.True(t, wl.Transactions[0].Withdrawal)
	var wv struct {
		Token     *common.Address `json:"token"`
		Amount    string          `json:"amount"`
		Recipient common.Address  `json:"recipient"`
		Key       common.Hash     `json:"key"`
	}
	require.Equal(t, http.StatusOK, restGet(t, env.svc.URL()+"/v1/withdrawals/"+wd.Hash().Hex(), &wv))
	require.Equal(t, token, *wv.Token)
	require.Equal(t, "100000000", wv.Amount)
	require.Equal(t, l2.TokenWithdrawalKey(token, addrOf(alice), 2), wv.Key)
	require.Equal(t, http.StatusNotFound, restGet(t, env.svc.URL()+"/v1/withdrawals/"+bad.Hash().Hex(), nil))

	// A dapp with ethers v6 (Contract, events over polling and WebSocket).
	bobKey := testKey(7)
	chainL1.deposit(t, 2, addrOf(bobKey), ether)
	chainL1.mine(3)
	require.Eventually(t, func() bool {
		b, err := env.client.BalanceAt(ctx, addrOf(bobKey), nil)
		return err == nil && b.Sign() > 0
	}, 10*time.Second, 20*time.Millisecond)
	fund := tokenCall(t, alice, 3, token, l2.TransferSelector, addrOf(bobKey), big.NewInt(50e6), l2.TokenGas)
	require.NoError(t, env.client.SendTransaction(ctx, fund))
	require.Equal(t, types.ReceiptStatusSuccessful, waitReceipt(t, env.client, fund.Hash()).Status)
	etherstest.RunToken(t, env.svc.URL(), bobKey, token.Hex(), "TUSD")

	// REST lists the token and the account's token balances.
	var acct struct {
		Tokens []struct {
			L2Token common.Address `json:"l2Token"`
			Symbol  string         `json:"symbol"`
			Balance string         `json:"balance"`
		} `json:"tokens"`
	}
	require.Equal(t, http.StatusOK, restGet(t, env.svc.URL()+"/v1/accounts/"+addrOf(alice).Hex(), &acct))
	require.Len(t, acct.Tokens, 1)
	require.Equal(t, token, acct.Tokens[0].L2Token)
	require.Equal(t, "TUSD", acct.Tokens[0].Symbol)
	require.Equal(t, "600000000", acct.Tokens[0].Balance)
	var toks struct {
		Tokens []struct {
			L1Token common.Address `json:"l1Token"`
			Supply  string         `json:"supply"`
		} `json:"tokens"`
	}
	require.Equal(t, http.StatusOK, restGet(t, env.svc.URL()+"/v1/tokens", &toks))
	require.Len(t, toks.Tokens, 1)
	require.Equal(t, l1Token, toks.Tokens[0].L1Token)
	require.Equal(t, "900000000", toks.Tokens[0].Supply)
	var dep struct {
		Kind    string          `json:"kind"`
		L1Token *common.Address `json:"l1Token"`
	}
	require.Equal(t, http.StatusOK, restGet(t, env.svc.URL()+"/v1/deposits/1", &dep))
	require.Equal(t, "tokenDeposit", dep.Kind)
	require.Equal(t, l1Token, *dep.L1Token)

	// The engine counts token calls by method and outcome, and token deposits.
	resp, err := http.Get(env.svc.OpsURL() + "/metrics")
	require.NoError(t, err)
	metrics, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.NoError(t, err)
	for _, line := range []string{
		`sequencer_engine_token_calls_total{method="transfer",outcome="reverted"} 1`,
		`sequencer_engine_token_calls_total{method="withdraw",outcome="ok"} 1`,
		`sequencer_engine_token_deposits_consumed_total 1`,
	} {
		require.Contains(t, string(metrics), line)
	}

	// A restart rebuilds the token state and checks every header.
	require.NoError(t, env.svc.Stop(ctx))
	env = chainL1.start(t, cfg)
	require.Equal(t, big.NewInt(600e6), balanceOf(addrOf(alice)))
	require.Equal(t, big.NewInt(250e6), balanceOf(bob))
	r2, err := env.client.TransactionReceipt(ctx, bad.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusFailed, r2.Status)
	require.NoError(t, env.svc.Stop(ctx))
	verifyChain(t, cfg.DatabaseURL, cfg)
}

// requireRevert checks that err is a JSON-RPC revert (code 3) with reason.
func requireRevert(t *testing.T, err error, reason string) {
	t.Helper()
	require.Error(t, err)
	require.ErrorContains(t, err, "execution reverted: "+reason)
	var de gethrpc.DataError
	require.True(t, errors.As(err, &de), "revert data")
	data, ok := de.ErrorData().(string)
	require.True(t, ok)
	b, err := hexutil.Decode(data)
	require.NoError(t, err)
	require.Equal(t, []byte{0x08, 0xc3, 0x79, 0xa0}, b[:4], "Error(string)")
}
