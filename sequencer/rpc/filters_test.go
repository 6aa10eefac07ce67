package rpc

import (
	"regexp"
	"testing"
	"time"
)

func TestFiltersExpireAndAreBounded(t *testing.T) {
	now := time.Unix(1_000_000, 0)
	fs := newFilters()
	fs.now = func() time.Time { return now }
	id, err := fs.install(&filter{kind: "logs"})
	if err != nil {
		t.Fatal(err)
	}
	polled, _ := fs.install(&filter{kind: "logs"})

	now = now.Add(filterTimeout - time.Second)
	_, done, err := fs.take(polled.(string))
	if err != nil {
		t.Fatalf("a filter polled within the timeout: %v", err)
	}
	done()
	now = now.Add(2 * time.Second)
	if _, _, err := fs.take(id.(string)); err != errFilterNotFound {
		t.Fatalf("a filter idle for longer than %v: %v, want filter not found", filterTimeout, err)
	}
	if _, done, err := fs.take(polled.(string)); err != nil {
		t.Fatalf("the filter polled meanwhile expired: %v", err)
	} else {
		done()
	}

	for len(fs.all) < maxFilters {
		if _, err := fs.install(&filter{kind: "logs"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := fs.install(&filter{kind: "logs"}); err == nil {
		t.Fatalf("installed more than %d filters", maxFilters)
	}
}

// TestSubIDIsQuantity: filter and subscription IDs are quantities (no leading
// zeros), as the execution-apis schema and geth have them.
func TestSubIDIsQuantity(t *testing.T) {
	re := regexp.MustCompile(`^0x(0|[1-9a-f][0-9a-f]*)$`)
	for i := 0; i < 2000; i++ {
		id := newSubID()
		if !re.MatchString(id) {
			t.Fatalf("%q is not a quantity", id)
		}
	}
}
