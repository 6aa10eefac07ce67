package web

import (
	"bytes"
	"html"
)

// renderPage fills the title into the embedded page.
func renderPage(title string) []byte {
	return bytes.ReplaceAll(page, []byte("{{TITLE}}"), []byte(html.EscapeString(title)))
}
