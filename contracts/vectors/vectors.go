// Package vectors holds test vectors of docs/protocol.md: hashes, tree roots,
// chunk roots, integer and amount decodings and signing hashes, computed from the
// text. The same values are asserted against the Solidity contracts in
// contracts/test/Vectors.t.sol and recomputed here by an independent reference
// (vectors_test.go), so any implementation of the protocol (the l2 package) can be
// checked against them.
package vectors

import "github.com/ethereum/go-ethereum/common"

// Inputs shared by several vectors.
var (
	Root1 = common.HexToHash("0x1111111111111111111111111111111111111111111111111111111111111111")
	Root2 = common.HexToHash("0x2222222222222222222222222222222222222222222222222222222222222222")
	Hash3 = common.HexToHash("0x3333333333333333333333333333333333333333333333333333333333333333")
	Addr1 = common.HexToAddress("0x0000000000000000000000000000000000000001")
	Addr2 = common.HexToAddress("0x0000000000000000000000000000000000000002")
	Addr3 = common.HexToAddress("0x0000000000000000000000000000000000000003")
	Beef  = common.HexToAddress("0x000000000000000000000000000000000000bEEF")
)

// MachineHash = machineHash(Root1, cursor 1234, depositsConsumed 5, blockNumber 6,
// timestamp 1,700,000,000) (§6.1).
var MachineHash = common.HexToHash("0x4d20a13eee53853c522c9b255c7c6e9f940a1dc301a0f4e171ebb7f17475c273")

// ClaimHash = claimHash(Root2, depositsConsumed 7, blockNumber 8, timestamp
// 1,700,000,001) (§6.1).
var ClaimHash = common.HexToHash("0xf0e2efc2c13e55c4e9fb00b3a9966338703ab792e251dec0447ead5a20f0d136")

// LeafHash = leafHash(keccak("key"), 10^18, 7) and NodeHash = nodeHash(LeafHash,
// Hash3) (§3.2).
var (
	LeafHash = common.HexToHash("0x340a4e0d13d4cb73eb5059cada3986a7528cc6fda781f805cc5dfaa6bf2d779c")
	NodeHash = common.HexToHash("0xd4359df31ed0f74d4923962b1adf0f3f72a7c1d87318a1fc8b4ed7bfdb30846e")
)

// WithdrawalKey = keccak(0x57 ‖ Addr3 ‖ u64 4) (§3.1).
var WithdrawalKey = common.HexToHash("0xe15baabc6c21e77b5fba0a100acabb02bda8992921bb35fb4b4bdb5ee5283f4a")

// StateRoot1 is the root of the state {Addr1: balance 10, nonce 1}; StateRoot3 of
// {Addr1: (10, 1), Addr2: (20, 2), withdrawal (Addr3, nonce 4): amount 5 to Addr3}
// (§3).
var (
	StateRoot1 = common.HexToHash("0x5dc475037450118b6f6ab7e218daccfc36802429d841a4b7b2ed0e72dcee9050")
	StateRoot3 = common.HexToHash("0xf6be3587a1d2118a1ec9c4c4f244e013a8b895e0dd638495ea43d747049cb505")
)

// ChunkRootHello is the chunk root of the 12 bytes "hello rollup" (one chunk);
// ChunkRoot2500 of the 2,500 bytes b[i] = byte(7·i) (three chunks padded to four)
// (§7).
var (
	ChunkRootHello = common.HexToHash("0xede3cef5e71f900e73918dac71dec8332206666f00c8d7c5e2e64752588adfd7")
	ChunkRoot2500  = common.HexToHash("0xed7e49d80eb855a4f5b12bbc3e071cef518c5baf229d5df04033491a69b8dba9")
)

// LegacySigningHash is the signing hash (§2.2, chain 901) of a legacy transfer
// {nonce 7, gasPrice 2 gwei, gas 21,000, to Beef, value 10^18}.
var LegacySigningHash = common.HexToHash("0xc9458c2418326882b45f71e412003c23f79ead7d7841f9d5ad3f8927cee58022")

// EIP1559SigningHash is the signing hash (§2.2, chain 901) of a type-2 transfer
// {nonce 300, tip 0, feeCap 2^200 − 3, gas 4,000,000,000, to WITHDRAWAL_ADDRESS,
// value 127}.
var EIP1559SigningHash = common.HexToHash("0xf1de59906ea156770066f7e23891f3b5021461332b6c662e8b1ced2bfa73309d")

// CuintVector is a cuint encoding (hex, §5.1) and what it decodes to; OK false
// means undecodable.
type CuintVector struct {
	Hex   string
	Value uint64
	Len   int
	OK    bool
}

// Cuints are cuint decodings.
var Cuints = []CuintVector{
	{"00", 0, 1, true},
	{"ef", 239, 1, true},
	{"f000", 240, 2, true},
	{"f105", 501, 2, true},
	{"fdff", 3823, 2, true},
	{"fe0000", 3824, 3, true},
	{"feffff", 69359, 3, true},
	{"ff0000000000000100", 256, 9, true},
	{"ffffffffffffffffff", 18446744073709551615, 9, true},
	{"f0", 0, 0, false},
	{"fe01", 0, 0, false},
	{"ff0102", 0, 0, false},
}

// AmountVector is an amount encoding (hex, §5.1) and its decimal value; OK false
// means undecodable.
type AmountVector struct {
	Hex   string
	Value string
	Len   int
	OK    bool
}

// Amounts are amount decodings.
var Amounts = []AmountVector{
	{"00", "1", 1, true},
	{"08", "9", 1, true},
	{"09", "10", 1, true},
	{"13", "200", 1, true},
	{"e0", "9000000000000000000000000", 1, true},
	{"e100", "10", 2, true},
	{"e15a", "100", 2, true},
	{"e2c3", "1100000", 2, true},
	{"fbb9", "110000000000000000000000000000000000000000000000000000000000000000000000000000", 2, true},
	{"fbba", "", 0, false},
	{"fc6b", "", 0, false},
	{"fc6c", "", 0, false},
	{"fe00", "", 0, false},
	{"ff00", "0", 2, true},
	{"ff0201ff", "511", 4, true},
	{"ff20ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "115792089237316195423570985008687907853269984665640564039457584007913129639935", 34, true},
	{"ff21", "", 0, false},
	{"ff02ff", "", 0, false},
	{"e1", "", 0, false},
}

// The blob read vectors (docs/protocol.md §5.5, contracts/src/lib/BlobRead.sol):
// the blob of the 1,000 bytes b[i] = i mod 251 in the layout of l2/blob, its
// commitment and versioned hash, and field elements 0, 1, 32 (the last one with
// data) and 4095 (padding) with their KZG proofs at ω^bitrev(i).
var (
	BlobCommitment    = common.FromHex("0xb54b073e72c1e5314da5c315abdd54549713f28c297919bcf3d45eee93cd7089fd25283e4a5a889cc7d5ea0a641cd78e")
	BlobVersionedHash = common.HexToHash("0x0135ae4bd0836d6bab621fd711a8e348a57940a0c23b8504e11af091d58da3a2")
	BlobRootOfUnity   = common.HexToHash("0x564c0a11a0f704f4fc3e8acfe0f8245f0ad1347b378fbf96e206da11a5d36306")
	BlobElements      = []BlobElement{
		{0, common.HexToHash("0x0000000003e8000102030405060708090a0b0c0d0e0f10111213141516171819"),
			common.FromHex("0x91750d244d987c674ab999d4979514665908033ca88c8a926be054b9043cb70e015065d21afcf8b1bfc5fbe364cb7725")},
		{1, common.HexToHash("0x001a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738"),
			common.FromHex("0x8b7d30b4e89b144cdfbf3b31c65d3e87fd11ec689f5fe624c9cbc70fcbd7e7172f2629d4e9f8b317491696b44ea66e78")},
		{32, common.HexToHash("0x00eaebecedeeeff0f1f2f3f4f5f6000000000000000000000000000000000000"),
			common.FromHex("0xa9b1259d9c062708891f0b0a3f16b1f86997d1a4e039ea6f6c9b0fc44749bdcf5b7645b43b7d71d2e118e53c453a71bf")},
		{4095, common.Hash{},
			common.FromHex("0x85a2a7c672f58f7228517a1b3b496ea0a6b2da41710f2edca842c35703ddb2c357b8e3c097274cb298f0c14bf6cf9694")},
	}
)

// The blob batch vector (Rollup.appendBlobBatches, contracts/test/Rollup.t.sol):
// the 8-byte batch of no records (version 1, F = A = 0, recordsStart 8) in a
// blob, its commitment and versioned hash, and its element 0 with its proof.
var (
	BlobBatchData          = []byte{1, 0, 0, 0, 0, 0, 0, 8}
	BlobBatchCommitment    = common.FromHex("0x88926f5574dbc0433e0fab87dab6ee9b6ffdca4ffb4da844ac2295cf52b224c541064fc0df950c736a9e4f8b30a7049f")
	BlobBatchVersionedHash = common.HexToHash("0x0165c1626b37232f9aeddea4cde81c9944662a68b53eaa59f30b6830171bb140")
	BlobBatchHead          = common.HexToHash("0x0000000000080100000000000008000000000000000000000000000000000000")
	BlobBatchHeadProof     = common.FromHex("0xb52b14c7ed00e0ff832aeb192f6b5a0f8279c724e0dc3d381643517819625d70747412c4bdddabb3f74b9ffd841fefb2")
)

// BlobElement is one field element of the vector blob and its proof.
type BlobElement struct {
	Index int
	Value common.Hash
	Proof []byte
}
