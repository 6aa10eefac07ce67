package e2e

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// screenshot loads url in headless Chromium (Debian's chromium package; the
// test script installs it) and saves a screenshot under test-artifacts/. The
// page fetches its data from the sequencer's APIs, so a page that rendered
// tables proves the browser could use them. Without Chromium the screenshot
// is skipped.
func screenshot(t *testing.T, url, name string) {
	t.Helper()
	bin := ""
	for _, b := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(b); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Logf("no Chromium installed (apt-get install -y chromium): screenshot %s skipped", name)
		return
	}
	dir := filepath.Join(repoRoot(t), "test-artifacts")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	out := filepath.Join(dir, name)
	_ = os.Remove(out)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
		"--user-data-dir="+t.TempDir(), "--virtual-time-budget=8000", "--window-size=1400,1350",
		"--screenshot="+out, url+"/")
	logs, err := cmd.CombinedOutput()
	require.NoError(t, err, "chromium: %s", logs)
	st, err := os.Stat(out)
	require.NoError(t, err, "chromium wrote no screenshot: %s", logs)
	require.Greater(t, st.Size(), int64(20_000), "the screenshot is suspiciously small")
	t.Logf("screenshot of the status page: %s", out)
}
