package e2e

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rollup-dev/rollup/internal/anviltest"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

// composeFile is the part of docker-compose.yml the tests read.
type composeFile struct {
	Services map[string]composeService `yaml:"services"`
}

type composeService struct {
	Image       string            `yaml:"image"`
	Build       any               `yaml:"build"`
	Entrypoint  []string          `yaml:"entrypoint"`
	Command     []string          `yaml:"command"`
	Environment map[string]string `yaml:"environment"`
	DependsOn   map[string]struct {
		Condition string `yaml:"condition"`
	} `yaml:"depends_on"`
	Healthcheck struct {
		Test []string `yaml:"test"`
	} `yaml:"healthcheck"`
}

// rollup reports whether the service runs the rollup image.
func (s composeService) rollup() bool { return s.Build != nil || strings.HasPrefix(s.Image, "rollup:") }

func loadCompose(t testing.TB) composeFile {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot(t), "docker-compose.yml"))
	require.NoError(t, err)
	var c composeFile
	require.NoError(t, yaml.Unmarshal(b, &c))
	require.NotEmpty(t, c.Services)
	return c
}

var composeVar = regexp.MustCompile(`\$\{([A-Z_][A-Z0-9_]*)(:-([^}]*))?\}`)

// substitute expands ${NAME:-default} as docker compose does, from vars.
func substitute(s string, vars map[string]string) string {
	return composeVar.ReplaceAllStringFunc(s, func(m string) string {
		p := composeVar.FindStringSubmatch(m)
		if v, ok := vars[p[1]]; ok && v != "" {
			return v
		}
		return p[3]
	})
}

// startOrder lists services so that each follows what it depends on.
func (c composeFile) startOrder(t testing.TB) []string {
	var order []string
	done := map[string]bool{}
	var visit func(string, int)
	visit = func(n string, depth int) {
		require.Less(t, depth, 20, "dependency cycle at %s", n)
		if done[n] {
			return
		}
		deps := make([]string, 0)
		for d := range c.Services[n].DependsOn {
			deps = append(deps, d)
		}
		sort.Strings(deps)
		for _, d := range deps {
			visit(d, depth+1)
		}
		done[n] = true
		order = append(order, n)
	}
	names := make([]string, 0, len(c.Services))
	for n := range c.Services {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		visit(n, 0)
	}
	return order
}

// TestCompose_FlagsAccepted checks every flag and ROLLUP_ variable that
// docker-compose.yml passes to the rollup binary against that command's
// --help, so the compose file cannot drift from the binary.
func TestCompose_FlagsAccepted(t *testing.T) {
	bin := rollupBinary(t)
	c := loadCompose(t)
	seen := 0
	for name, s := range c.Services {
		if !s.rollup() {
			continue
		}
		seen++
		t.Run(name, func(t *testing.T) {
			require.NotEmpty(t, s.Command, "service %s has no command", name)
			sub := s.Command[0]
			help, _ := exec.Command(bin, sub, "--help").CombinedOutput()
			require.Contains(t, string(help), "usage: rollup "+sub, "rollup %s --help", sub)
			for _, arg := range s.Command[1:] {
				if !strings.HasPrefix(arg, "--") {
					continue
				}
				flagName := strings.SplitN(strings.TrimPrefix(arg, "--"), "=", 2)[0]
				require.Regexp(t, `(?m)^\s+-`+regexp.QuoteMeta(flagName)+`(\s|$)`, string(help), "rollup %s has no flag --%s", sub, flagName)
			}
			for env := range s.Environment {
				if env == "DATABASE_URL" {
					require.Regexp(t, `(?m)^\s+-database-url\s`, string(help))
					continue
				}
				require.True(t, strings.HasPrefix(env, "ROLLUP_"), "variable %s of %s", env, name)
				flagName := strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(env, "ROLLUP_"), "_", "-"))
				require.Regexp(t, `(?m)^\s+-`+regexp.QuoteMeta(flagName)+`(\s|$)`, string(help), "%s names no flag of rollup %s", env, sub)
			}
		})
	}
	require.GreaterOrEqual(t, seen, 4, "deploy, sequencer, batcher and challenger")
}

// freePort picks a free TCP port on 127.0.0.1.
func freePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// proc is a process started by a test, stopped with SIGTERM at cleanup.
type proc struct {
	name string
	cmd  *exec.Cmd
	log  string
	done chan error
}

func startProc(t testing.TB, name, bin string, args []string, env []string) *proc {
	t.Helper()
	logPath := filepath.Join(t.TempDir(), name+".log")
	f, err := os.Create(logPath)
	require.NoError(t, err)
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = f, f
	require.NoError(t, cmd.Start(), "starting %s", name)
	p := &proc{name: name, cmd: cmd, log: logPath, done: make(chan error, 1)}
	go func() { p.done <- cmd.Wait(); f.Close() }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-p.done:
		case <-time.After(30 * time.Second):
			_ = cmd.Process.Kill()
			<-p.done
		}
		if t.Failed() {
			t.Logf("--- last lines of %s (%s):\n%s", name, logPath, tailFile(logPath, 40))
		}
	})
	return p
}

func tailFile(path string, n int) string {
	b, _ := os.ReadFile(path)
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// healthy runs a compose health check (curl, cast) until it passes.
func healthy(t testing.TB, p *proc, test []string, timeout time.Duration) {
	t.Helper()
	require.NotEmpty(t, test)
	require.Equal(t, "CMD", test[0])
	check := func() bool {
		switch test[1] {
		case "curl":
			url := test[len(test)-1]
			resp, err := http.Get(url)
			if err != nil {
				return false
			}
			resp.Body.Close()
			return resp.StatusCode < 400
		case "cast":
			cast := anviltest.Tool("cast")
			require.NotEmpty(t, cast, "cast is not installed (scripts/install-tools.sh)")
			return exec.Command(cast, test[2:]...).Run() == nil
		case "pg_isready":
			return true // the tests' PostgreSQL is up
		}
		t.Fatalf("unknown health check %v", test)
		return false
	}
	deadline := time.Now().Add(timeout)
	for !check() {
		select {
		case err := <-p.done:
			t.Fatalf("%s exited before it was healthy: %v\n%s", p.name, err, tailFile(p.log, 40))
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s not healthy after %s (%v)\n%s", p.name, timeout, test, tailFile(p.log, 40))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// composeStack is docker-compose.yml run as local processes.
type composeStack struct {
	l1URL, l2URL string
	deployment   string
	procs        map[string]*proc
}

// runCompose starts the services of docker-compose.yml outside Docker, in
// dependency order and with their own command lines, environment and health
// checks: service host names become 127.0.0.1 with free ports, the shared
// deployments volume a temporary folder, and the databases fresh test
// databases. vars are the compose variables (DISPUTE_WINDOW, ...).
func runCompose(t *testing.T, vars map[string]string, databases map[string]string) *composeStack {
	bin := rollupBinary(t)
	c := loadCompose(t)
	ports := map[string]int{"8545": freePort(t), "9545": freePort(t), "9546": freePort(t), "9547": freePort(t)}
	depDir := t.TempDir()
	rewrite := func(s string) string {
		s = substitute(s, vars)
		for from, to := range databases {
			s = strings.ReplaceAll(s, from, to)
		}
		s = strings.ReplaceAll(s, "http://anvil:", "http://127.0.0.1:")
		for p, free := range ports {
			s = strings.ReplaceAll(s, "0.0.0.0:"+p, fmt.Sprintf("127.0.0.1:%d", free))
			s = strings.ReplaceAll(s, "127.0.0.1:"+p, fmt.Sprintf("127.0.0.1:%d", free))
			if s == p {
				s = fmt.Sprint(free)
			}
		}
		return strings.ReplaceAll(s, "/deployments", depDir)
	}
	st := &composeStack{procs: map[string]*proc{}}
	for _, name := range c.startOrder(t) {
		s := c.Services[name]
		args := make([]string, 0, len(s.Command))
		for _, a := range s.Command {
			args = append(args, rewrite(a))
		}
		var env []string
		for k, v := range s.Environment {
			if k == "POSTGRES_HOST_AUTH_METHOD" || k == "POSTGRES_DB" {
				continue
			}
			env = append(env, k+"="+rewrite(v))
		}
		health := make([]string, 0, len(s.Healthcheck.Test))
		for _, a := range s.Healthcheck.Test {
			health = append(health, rewrite(a))
		}
		switch {
		case name == "postgres":
			continue // the tests' PostgreSQL server
		case !s.rollup():
			require.Equal(t, []string{"anvil"}, s.Entrypoint, "service %s", name)
			anvil := anviltest.Tool("anvil")
			require.NotEmpty(t, anvil, "anvil is not installed (scripts/install-tools.sh)")
			p := startProc(t, name, anvil, args, env)
			st.procs[name] = p
			healthy(t, p, health, time.Minute)
			st.l1URL = fmt.Sprintf("http://127.0.0.1:%d", ports["8545"])
		case len(s.Healthcheck.Test) == 0:
			// A one-shot step (deploy): it must succeed before its dependents start.
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			cmd := exec.CommandContext(ctx, bin, args...)
			cmd.Env = append(os.Environ(), env...)
			out, err := cmd.CombinedOutput()
			cancel()
			require.NoError(t, err, "%s: rollup %s\n%s", name, strings.Join(args, " "), out)
			t.Logf("%s:\n%s", name, bytes.TrimSpace(out))
		default:
			p := startProc(t, name, bin, args, env)
			st.procs[name] = p
			healthy(t, p, health, 2*time.Minute)
			t.Logf("%s healthy: rollup %s", name, strings.Join(args, " "))
		}
	}
	st.l2URL = fmt.Sprintf("http://127.0.0.1:%d", ports["9545"])
	st.deployment = filepath.Join(depDir, "devnet.json")
	require.FileExists(t, st.deployment)
	return st
}
