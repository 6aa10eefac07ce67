package devnet

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// lockDataDir takes an exclusive lock on the data directory for the devnet's
// lifetime, so that a second devnet on the same directory stops at once
// instead of taking over (and, on its way out, stopping) the first one's
// PostgreSQL cluster. The kernel releases the lock when the process dies,
// so a devnet killed with kill -9 leaves nothing to clean up.
func (d *Devnet) lockDataDir() error {
	path := filepath.Join(d.cfg.DataDir, "devnet.lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return fmt.Errorf("devnet: opening %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return fmt.Errorf("devnet: another devnet is running on %s: stop it first, or give another --datadir", d.cfg.DataDir)
		}
		return fmt.Errorf("devnet: locking %s: %w", path, err)
	}
	d.onStop("data directory lock", func(context.Context) error { return f.Close() })
	return nil
}
