package main

import (
	"flag"
	"io"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestParseUserFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		max     int
		pos     []string
		json    bool
		wantErr string
	}{
		{"flags first", []string{"--json", "0xabc"}, 1, []string{"0xabc"}, true, ""},
		{"flags after the argument", []string{"0xabc", "--json"}, 1, []string{"0xabc"}, true, ""},
		{"no argument", []string{"--json"}, 1, []string{}, true, ""},
		{"too many arguments", []string{"a", "b"}, 1, nil, false, "unexpected arguments: [b]"},
		{"none allowed", []string{"a"}, 0, nil, false, "unexpected arguments: [a]"},
		{"unknown flag", []string{"--nope"}, 1, nil, false, "flag provided but not defined"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := flag.NewFlagSet("x", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			asJSON := fs.Bool("json", false, "")
			pos, err := parseUserFlags(fs, tc.args, tc.max, nil)
			if tc.wantErr != "" {
				require.ErrorContains(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.pos, pos)
			require.Equal(t, tc.json, *asJSON)
		})
	}
}

func TestDevnetFlags(t *testing.T) {
	t.Setenv("DATABASE_URL", "")
	cfg, lo, err := devnetFlags(nil)
	require.NoError(t, err)
	require.Equal(t, ".data/devnet", cfg.DataDir)
	require.Equal(t, "127.0.0.1:9545", cfg.HTTPAddr)
	require.Equal(t, "127.0.0.1:8545", cfg.L1HTTPAddr)
	require.Equal(t, 60*time.Second, cfg.DisputeWindow)
	require.Nil(t, cfg.FaultBadRootBatch)
	require.Equal(t, "warn", lo.level)

	t.Setenv("ROLLUP_DATADIR", "/tmp/elsewhere")
	cfg, _, err = devnetFlags([]string{"--fault-bad-root-batch", "2", "--l2-funding", "1.5eth", "--dispute-window", "10s"})
	require.NoError(t, err)
	require.Equal(t, "/tmp/elsewhere", cfg.DataDir)
	require.EqualValues(t, 2, *cfg.FaultBadRootBatch)
	require.Equal(t, "1500000000000000000", cfg.L2Funding.String())
	require.Equal(t, 10*time.Second, cfg.DisputeWindow)

	_, _, err = devnetFlags([]string{"--l1-key", "0x01"})
	require.ErrorContains(t, err, "--l1-key needs --l1-rpc")
	_, _, err = devnetFlags([]string{"--dispute-window", "1500ms"})
	require.ErrorContains(t, err, "whole number of seconds")

	require.Equal(t, 20*time.Second, cfg.WithDefaults().ClockIncrement)
	cfg, _, err = devnetFlags([]string{"--clock-increment", "30s"})
	require.NoError(t, err)
	require.Equal(t, 30*time.Second, cfg.ClockIncrement)
	_, _, err = devnetFlags([]string{"--clock-increment", "2500ms"})
	require.ErrorContains(t, err, "ClockIncrement")
}

func TestStopCondition(t *testing.T) {
	for _, s := range []string{"", "batched", "posted", "final", "withdrawable", "claimed"} {
		_, err := stopCondition(s)
		require.NoError(t, err, s)
	}
	_, err := stopCondition("soon")
	require.ErrorContains(t, err, "--until")
}
