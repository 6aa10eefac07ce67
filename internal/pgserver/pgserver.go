// Package pgserver starts and stops a PostgreSQL server from the installed server
// binaries, with its data in a directory of the caller's choosing. The devnet uses
// it when no DATABASE_URL is given, and pgtest uses it when tests run without one.
//
// The server trusts connections on 127.0.0.1 and on a unix socket inside the data
// directory. PostgreSQL refuses to run as root, so when the caller is root the
// data directory is handed to the postgres user and the server runs as that user.
// A server already running on the data directory is reused, not started twice.
//
//	srv, err := pgserver.Start(ctx, pgserver.Config{DataDir: dir})
//	... srv.URL() ...
//	srv.Stop(ctx) // stops it only if this Start started it
package pgserver

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"go.uber.org/zap"
)

// ErrBinariesNotFound is returned when no PostgreSQL server binaries are installed.
var ErrBinariesNotFound = errors.New("PostgreSQL server binaries not found: install postgresql-15 (apt-get install postgresql-15) or set PGBIN")

// Config says where and how to run the server.
type Config struct {
	// DataDir holds the cluster; it is created and initialised when empty.
	DataDir string
	// Port to listen on at 127.0.0.1; 0 picks a free one (a server already
	// running on DataDir keeps its port).
	Port int
	// BinDir holds initdb, pg_ctl and postgres; empty means $PGBIN, else the
	// newest /usr/lib/postgresql/*/bin.
	BinDir string
	// StartTimeout bounds initdb plus startup (default 60 s).
	StartTimeout time.Duration
	// Settings are extra server settings passed as -c name=value.
	Settings map[string]string
	// Logger receives progress; nil means none.
	Logger *zap.Logger
}

// Server is a running PostgreSQL server.
type Server struct {
	dataDir string
	binDir  string
	port    int
	owned   bool // started by this process's Start
	cred    *syscall.Credential
	logger  *zap.Logger

	stopOnce sync.Once
	stopErr  error
}

// URL is the connection URL of the postgres database as the postgres user.
func (s *Server) URL() string { return s.DatabaseURL("postgres") }

// DatabaseURL is the connection URL of database db on this server.
func (s *Server) DatabaseURL(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.port, db)
}

// Port is the TCP port the server listens on.
func (s *Server) Port() int { return s.port }

// DataDir is the cluster directory.
func (s *Server) DataDir() string { return s.dataDir }

// Reused reports whether the server was already running when Start was called.
func (s *Server) Reused() bool { return !s.owned }

// FindBinDir returns the directory of the newest installed PostgreSQL server
// binaries ($PGBIN first).
func FindBinDir() (string, error) {
	if d := os.Getenv("PGBIN"); d != "" {
		if isExec(filepath.Join(d, "postgres")) {
			return d, nil
		}
		return "", fmt.Errorf("PGBIN=%s has no postgres binary: %w", d, ErrBinariesNotFound)
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return versionOf(dirs[i]) > versionOf(dirs[j]) })
	for _, d := range dirs {
		if isExec(filepath.Join(d, "postgres")) && isExec(filepath.Join(d, "initdb")) && isExec(filepath.Join(d, "pg_ctl")) {
			return d, nil
		}
	}
	return "", ErrBinariesNotFound
}

func versionOf(binDir string) float64 {
	v, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(binDir)), 64)
	return v
}

func isExec(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir() && st.Mode()&0o111 != 0
}

// Start returns a ready server on cfg.DataDir, initialising the cluster when the
// directory is empty and reusing a server already running on it.
func Start(ctx context.Context, cfg Config) (*Server, error) {
	if cfg.DataDir == "" {
		return nil, errors.New("pgserver: DataDir is empty")
	}
	if cfg.StartTimeout == 0 {
		cfg.StartTimeout = 60 * time.Second
	}
	logger := cfg.Logger
	if logger == nil {
		logger = zap.NewNop()
	}
	logger = logger.Named("pgserver")
	ctx, cancel := context.WithTimeout(ctx, cfg.StartTimeout)
	defer cancel()

	dataDir, err := filepath.Abs(cfg.DataDir)
	if err != nil {
		return nil, fmt.Errorf("pgserver: data dir: %w", err)
	}
	binDir := cfg.BinDir
	if binDir == "" {
		if binDir, err = FindBinDir(); err != nil {
			return nil, err
		}
	}
	s := &Server{dataDir: dataDir, binDir: binDir, logger: logger}
	if err := s.setUser(); err != nil {
		return nil, err
	}
	if s.cred != nil {
		if dataDir, err = s.reachableDir(ctx, dataDir); err != nil {
			return nil, err
		}
		s.dataDir = dataDir
	}

	// Reuse a server already running on this data directory.
	if port, ok := runningPort(dataDir); ok {
		s.port = port
		if err := s.waitReady(ctx); err == nil {
			logger.Info("reusing running PostgreSQL", zap.String("data_dir", dataDir), zap.Int("port", port))
			return s, nil
		}
	}

	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("pgserver: creating data dir %s: %w", dataDir, err)
	}
	if s.cred != nil {
		if err := os.Chown(dataDir, int(s.cred.Uid), int(s.cred.Gid)); err != nil {
			return nil, fmt.Errorf("pgserver: handing %s to the postgres user: %w", dataDir, err)
		}
		if err := s.run(ctx, "/usr/bin/test", "-w", dataDir, "-a", "-x", dataDir); err != nil {
			return nil, fmt.Errorf("pgserver: the postgres user cannot reach %s; set DATABASE_URL to use a running server", dataDir)
		}
	}
	if _, err := os.Stat(filepath.Join(dataDir, "PG_VERSION")); err != nil {
		logger.Info("initialising PostgreSQL cluster", zap.String("data_dir", dataDir), zap.String("bin_dir", binDir))
		if err := s.run(ctx, filepath.Join(binDir, "initdb"), "-D", dataDir, "-U", "postgres",
			"--auth=trust", "-E", "UTF8", "--locale=C"); err != nil {
			return nil, fmt.Errorf("pgserver: initdb in %s: %w", dataDir, err)
		}
	}

	s.port = cfg.Port
	if s.port == 0 {
		if s.port, err = freePort(); err != nil {
			return nil, fmt.Errorf("pgserver: picking a port: %w", err)
		}
	}
	opts := []string{"-p", strconv.Itoa(s.port), "-c", "listen_addresses=127.0.0.1"}
	// A unix socket path is limited to 107 bytes.
	if len(dataDir)+len("/.s.PGSQL.65535") < 107 {
		opts = append(opts, "-k", dataDir)
	} else {
		opts = append(opts, "-c", "unix_socket_directories=")
		logger.Warn("data dir path too long for a unix socket; TCP only", zap.String("data_dir", dataDir))
	}
	settings := map[string]string{"max_connections": "200", "fsync": "on", "synchronous_commit": "on"}
	for k, v := range cfg.Settings {
		settings[k] = v
	}
	keys := make([]string, 0, len(settings))
	for k := range settings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		opts = append(opts, "-c", k+"="+settings[k])
	}
	logFile := filepath.Join(dataDir, "server.log")
	timeout := strconv.Itoa(int(max(cfg.StartTimeout/time.Second, 1)))
	if err := s.run(ctx, filepath.Join(binDir, "pg_ctl"), "-D", dataDir, "-l", logFile, "-w", "-t", timeout,
		"-o", strings.Join(opts, " "), "start"); err != nil {
		// Another process may have started it meanwhile (several test binaries).
		if port, ok := runningPort(dataDir); ok {
			s.port = port
			if rerr := s.waitReady(ctx); rerr == nil {
				logger.Info("reusing PostgreSQL started concurrently", zap.Int("port", port))
				return s, nil
			}
		}
		return nil, fmt.Errorf("pgserver: starting PostgreSQL on port %d: %w; server log %s:\n%s", s.port, err, logFile, tail(logFile, 15))
	}
	if err := s.waitReady(ctx); err != nil {
		return nil, fmt.Errorf("pgserver: PostgreSQL did not become ready: %w; server log %s:\n%s", err, logFile, tail(logFile, 15))
	}
	s.owned = true
	logger.Info("started PostgreSQL", zap.String("data_dir", dataDir), zap.Int("port", s.port))
	return s, nil
}

// Stop stops the server if this process started it (a reused server keeps
// running). It is safe to call more than once.
func (s *Server) Stop(ctx context.Context) error {
	s.stopOnce.Do(func() {
		if !s.owned {
			return
		}
		s.stopErr = StopDataDir(ctx, s.dataDir, s.binDir)
	})
	return s.stopErr
}

// RelocatedRoot is where a cluster lives when root asks for a data directory
// that the postgres user cannot reach (below a 0700 folder such as /root or
// a mktemp -d folder): RelocatedRoot/<name>-<hash of the asked path>, with a
// LocationFile in the asked directory that names it.
const RelocatedRoot = "/var/lib/rollup/postgres"

// LocationFile, in an asked data directory, holds the path of the cluster
// that was kept elsewhere for it.
const LocationFile = "CLUSTER_LOCATION"

// reachableDir returns dataDir, or the directory under RelocatedRoot kept for
// it when the postgres user cannot enter dataDir's parent.
func (s *Server) reachableDir(ctx context.Context, dataDir string) (string, error) {
	if b, err := os.ReadFile(filepath.Join(dataDir, LocationFile)); err == nil {
		return strings.TrimSpace(string(b)), nil
	}
	parent := filepath.Dir(dataDir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", fmt.Errorf("pgserver: creating %s: %w", parent, err)
	}
	if err := s.run(ctx, "/usr/bin/test", "-x", parent); err == nil {
		return dataDir, nil
	}
	sum := sha256.Sum256([]byte(dataDir))
	alt := filepath.Join(RelocatedRoot, fmt.Sprintf("%s-%x", filepath.Base(dataDir), sum[:8]))
	if err := os.MkdirAll(RelocatedRoot, 0o755); err != nil {
		return "", fmt.Errorf("pgserver: creating %s: %w", RelocatedRoot, err)
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return "", fmt.Errorf("pgserver: creating %s: %w", dataDir, err)
	}
	if err := os.WriteFile(filepath.Join(dataDir, LocationFile), []byte(alt+"\n"), 0o644); err != nil {
		return "", fmt.Errorf("pgserver: recording the cluster location: %w", err)
	}
	s.logger.Info("the postgres user cannot enter the data directory's folder; the cluster is kept where it can",
		zap.String("asked", dataDir), zap.String("cluster", alt))
	return alt, nil
}

// StopDataDir stops whatever server runs on dataDir, or on the cluster kept
// elsewhere for it (fast shutdown). binDir may be empty. Nothing running is
// not an error.
func StopDataDir(ctx context.Context, dataDir, binDir string) error {
	if b, err := os.ReadFile(filepath.Join(dataDir, LocationFile)); err == nil {
		dataDir = strings.TrimSpace(string(b))
	}
	if _, err := os.Stat(filepath.Join(dataDir, "postmaster.pid")); err != nil {
		return nil
	}
	if binDir == "" {
		var err error
		if binDir, err = FindBinDir(); err != nil {
			return err
		}
	}
	s := &Server{dataDir: dataDir, binDir: binDir}
	if err := s.setUser(); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := s.run(ctx, filepath.Join(binDir, "pg_ctl"), "-D", dataDir, "-m", "fast", "-w", "stop"); err != nil {
		return fmt.Errorf("pgserver: stopping PostgreSQL in %s: %w", dataDir, err)
	}
	return nil
}

// setUser arranges to run the server binaries as the postgres user when root.
func (s *Server) setUser() error {
	if os.Geteuid() != 0 {
		return nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return errors.New("pgserver: running as root and there is no postgres user: PostgreSQL refuses to run as root; " +
			"install postgresql-15 (which creates the user) or run as an ordinary user")
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	s.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
	return nil
}

// run executes a server binary (as the postgres user when root) and returns its
// output in the error.
func (s *Server) run(ctx context.Context, name string, args ...string) error {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = s.dataDir
	if _, err := os.Stat(s.dataDir); err != nil {
		cmd.Dir = os.TempDir()
	}
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	if s.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
		// The postgres user may not be able to enter the caller's cwd or HOME.
		cmd.Env = append(cmd.Env, "HOME="+os.TempDir())
	}
	// pg_ctl sends the server's output to its -l log file; WaitDelay keeps a
	// daemon that still holds our pipes from blocking Wait.
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(out.String())
		if msg != "" {
			return fmt.Errorf("%s: %w: %s", filepath.Base(name), err, msg)
		}
		return fmt.Errorf("%s: %w", filepath.Base(name), err)
	}
	return nil
}

// waitReady connects until the server answers or ctx ends.
func (s *Server) waitReady(ctx context.Context) error {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	var last error
	for {
		cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		conn, err := pgx.Connect(cctx, s.URL())
		if err == nil {
			err = conn.Ping(cctx)
			_ = conn.Close(cctx)
		}
		cancel()
		if err == nil {
			return nil
		}
		last = err
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w (last error: %v)", ctx.Err(), last)
		case <-t.C:
		}
	}
}

// runningPort reads the port of a live postmaster from dataDir/postmaster.pid.
func runningPort(dataDir string) (int, bool) {
	f, err := os.Open(filepath.Join(dataDir, "postmaster.pid"))
	if err != nil {
		return 0, false
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() && len(lines) < 4 {
		lines = append(lines, strings.TrimSpace(sc.Text()))
	}
	if len(lines) < 4 {
		return 0, false
	}
	pid, err1 := strconv.Atoi(lines[0])
	port, err2 := strconv.Atoi(lines[3])
	if err1 != nil || err2 != nil || pid <= 0 {
		return 0, false
	}
	if err := syscall.Kill(pid, 0); err != nil && !errors.Is(err, syscall.EPERM) {
		return 0, false
	}
	return port, true
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func tail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "(no log)"
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
