// Package layers holds the test of the import graph's rules (see
// docs/architecture.md): no service imports another service, only the
// contracts layer and the deploy code import the generated bindings, and
// nothing outside cmd imports the sequencer. It has no code of its own.
package layers
