package sequencer

import (
	"context"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// GethRPCHandler serves eth_sendRawTransaction through go-ethereum's rpc
// server over the service's backend (the same admission and engine as the
// node's own server), for BenchmarkRPCServers. Call stop when done.
func GethRPCHandler(s *Service) (h http.Handler, stop func()) {
	srv := gethrpc.NewServer()
	if err := srv.RegisterName("eth", &gethSendService{b: s.backend}); err != nil {
		panic(err)
	}
	return srv, srv.Stop
}

type gethSendService struct{ b *backend }

func (g *gethSendService) SendRawTransaction(ctx context.Context, raw hexutil.Bytes) (common.Hash, error) {
	c, err := g.b.CheckTx(raw)
	if err != nil {
		return common.Hash{}, err
	}
	wait, err := g.b.SubmitTx(ctx, c)
	if err != nil {
		return common.Hash{}, err
	}
	if _, err := wait(ctx); err != nil {
		return common.Hash{}, err
	}
	return c.Hash, nil
}
