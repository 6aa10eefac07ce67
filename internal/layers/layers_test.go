package layers

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/rollup-dev/rollup/"

// services are the packages (with their subpackages) that run a part of the
// system; cmd assembles them.
var services = []string{"sequencer", "batcher", "fraudproof", "userflow"}

type pkg struct {
	ImportPath string
	Imports    []string
}

// packages lists the module's packages with their direct imports (tests
// excluded: a test may assemble several services).
func packages(t *testing.T) []pkg {
	t.Helper()
	out, err := exec.Command("go", "list", "-json=ImportPath,Imports", module+"...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for dec.More() {
		var p pkg
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		p.ImportPath = strings.TrimPrefix(p.ImportPath, module)
		pkgs = append(pkgs, p)
	}
	if len(pkgs) < 20 {
		t.Fatalf("go list found %d packages", len(pkgs))
	}
	return pkgs
}

// serviceOf returns the service a package belongs to, "" for none.
func serviceOf(path string) string {
	for _, s := range services {
		if path == s || strings.HasPrefix(path, s+"/") {
			return s
		}
	}
	return ""
}

func under(path, dir string) bool { return path == dir || strings.HasPrefix(path, dir+"/") }

func TestImportRules(t *testing.T) {
	for _, p := range packages(t) {
		for _, imp := range p.Imports {
			if !strings.HasPrefix(imp, module) {
				continue
			}
			imp = strings.TrimPrefix(imp, module)
			if under(p.ImportPath, "cmd") {
				continue
			}
			if s, o := serviceOf(p.ImportPath), serviceOf(imp); o != "" && s != o {
				t.Errorf("%s imports %s: a service may not import another service (cmd assembles them)", p.ImportPath, imp)
			}
			if under(imp, "contracts/bindings") && !under(p.ImportPath, "l1client/contracts") && !under(p.ImportPath, "l1client/deploy") {
				t.Errorf("%s imports the generated bindings: use l1client/contracts", p.ImportPath)
			}
			if under(imp, "sequencer") && !under(p.ImportPath, "sequencer") {
				t.Errorf("%s imports %s: only cmd imports the sequencer", p.ImportPath, imp)
			}
		}
	}
}
