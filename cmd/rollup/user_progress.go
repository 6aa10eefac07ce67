package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/rollup-dev/rollup/userflow"
)

// lifeDisplay shows a transaction's life while it changes: redrawn in place
// on a terminal, one line per change otherwise, one JSON object per change
// with --json.
type lifeDisplay struct {
	w     io.Writer
	tty   bool
	json  bool
	lines int
	last  string
}

func newLifeDisplay(w io.Writer, asJSON bool) *lifeDisplay {
	return &lifeDisplay{w: w, tty: isTerminal(w), json: asJSON}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// show displays l.
func (d *lifeDisplay) show(l *userflow.Life) {
	if d.json {
		b, _ := json.Marshal(l)
		fmt.Fprintln(d.w, string(b))
		return
	}
	if d.tty {
		var buf bytes.Buffer
		userflow.Render(&buf, l, time.Now())
		if d.lines > 0 {
			fmt.Fprintf(d.w, "\x1b[%dA\x1b[J", d.lines)
		}
		_, _ = d.w.Write(buf.Bytes())
		d.lines = userflow.Lines(buf.String())
		return
	}
	line := progressLine(l)
	if line != d.last {
		fmt.Fprintf(d.w, "%s  %s\n", time.Now().Format("15:04:05"), line)
		d.last = line
	}
}

// final shows the last state in full (a terminal already shows it).
func (d *lifeDisplay) final(l *userflow.Life) {
	if d.json || d.tty || l == nil {
		return
	}
	userflow.Render(d.w, l, time.Now())
}

// progressLine is one line saying where a transaction is.
func progressLine(l *userflow.Life) string {
	s := fmt.Sprintf("%-12s L2 block %d", l.Stage(), l.L2Block)
	if l.Batch != nil {
		s += fmt.Sprintf(", batch %d (%s)", *l.Batch, l.BatchStatus)
	}
	if l.L1Block != nil {
		s += fmt.Sprintf(", L1 block %d", *l.L1Block)
	}
	if l.ChallengeableUntil != nil && !l.Final {
		s += fmt.Sprintf(", challengeable until %s", time.Unix(int64(*l.ChallengeableUntil), 0).UTC().Format("15:04:05 UTC"))
	}
	if n := len(l.History); n > 0 {
		s += ": " + l.History[n-1].Text
	}
	return s
}

// printJSON writes v as indented JSON.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
