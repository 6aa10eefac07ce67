package chaindb

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

// ownedTables are the tables chaindb owns.
var ownedTables = regexp.MustCompile(`\b(l2_chain|l2_blocks|l2_transactions|l1_deposits|l2_state_snapshots)\b`)

// TestTablesOwned fails when a Go file outside chaindb (tests excluded: they
// may inspect any table) names one of chaindb's tables in a string literal,
// that is, in SQL: other packages read and write them through chaindb's API.
func TestTablesOwned(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	own, _ := filepath.Abs(".")
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
			if path == own {
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
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if m := ownedTables.FindString(lit.Value); m != "" {
					rel, _ := filepath.Rel(root, path)
					t.Errorf("%s names chaindb's table %s in SQL; use chaindb's API", rel, m)
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
