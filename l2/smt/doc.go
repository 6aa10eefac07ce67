// Package smt implements the compact binary sparse Merkle tree of the rollup's
// state (docs/protocol.md §3): leaves (key, a, b) with 32-byte keys and two
// uint256 values, keccak-256 hashing with domain-separated leaf and node hashes,
// inclusion and non-inclusion proofs, proof verification and the proof-based
// update the on-chain one-step prover runs.
//
// # Representation
//
// The tree is a binary trie over the bits of the key, most significant bit of
// byte 0 first. A leaf sits at the shallowest depth where no other key shares
// its prefix, so every internal node has at least two leaves below it; an empty
// subtree is a nil child and hashes to zero. Internal nodes on a chain of shared
// prefix bits have one nil child.
//
// # Batched updates
//
// Set marks the path from the root to the leaf dirty and does not hash. Root
// rehashes every dirty node exactly once, children before parents, so a batch of
// updates costs one hash per distinct touched node.
//
// # Snapshots
//
// Copy returns an independent tree in O(1) after computing the root. The copy
// and the original share all nodes; each tree owns the nodes it created, and
// modifying a node it does not own copies that node first (path copying), so a
// snapshot costs memory only for the paths either side changes afterwards.
// After a Copy both trees may be used from different goroutines; a single tree
// is not safe for concurrent use, not even for reads (Root and Prove rehash).
package smt
