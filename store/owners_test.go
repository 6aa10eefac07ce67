package store

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// owners maps tables to the one package (directory) that reads and writes
// them in SQL; every other package goes through its API.
var owners = map[string]string{
	"l2_chain":             "chaindb",
	"l2_blocks":            "chaindb",
	"l2_transactions":      "chaindb",
	"l1_deposits":          "chaindb",
	"l2_state_snapshots":   "chaindb",
	"batches":              "chaindb",
	"l2_account_history":   "chaindb",
	"l2_queued_txs":        "chaindb",
	"l2_tokens":            "chaindb",
	"l2_token_history":     "chaindb",
	"l1_blocks":            "l1client/follow",
	"l1_txs":               "l1client/txmgr",
	"l1_tx_attempts":       "l1client/txmgr",
	"challenger_agents":    "fraudproof/fpdb",
	"challenger_batches":   "fraudproof/fpdb",
	"challenger_deposits":  "fraudproof/fpdb",
	"challenger_games":     "fraudproof/fpdb",
	"challenger_l1_blocks": "fraudproof/fpdb",
	"challenger_snapshots": "fraudproof/fpdb",
}

// TestTablesOwned fails when a Go file (tests excluded: they may inspect any
// table) names a table of another package in SQL: after FROM, INTO, UPDATE,
// JOIN, TABLE, TRUNCATE or REFERENCES in a string literal.
func TestTablesOwned(t *testing.T) {
	names := make([]string, 0, len(owners))
	for table := range owners {
		names = append(names, table)
	}
	// A table in SQL follows one of these keywords (SQL here is upper case).
	tableRE := regexp.MustCompile(`\b(?:FROM|INTO|UPDATE|JOIN|TABLE|TRUNCATE|REFERENCES)\s+(` + strings.Join(names, "|") + `)\b`)
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case ".git", ".tools", "node_modules", "bindings":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, src, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		checked++
		dir, _ := filepath.Rel(root, filepath.Dir(path))
		dir = filepath.ToSlash(dir)
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			for _, m := range tableRE.FindAllStringSubmatch(lit.Value, -1) {
				table := m[1]
				if owner := owners[table]; owner != dir {
					rel, _ := filepath.Rel(root, path)
					t.Errorf("%s names %s's table %s in SQL; use %s's API", rel, owner, table, owner)
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 50 {
		t.Fatalf("only %d Go files checked: the walk missed the tree", checked)
	}
}
