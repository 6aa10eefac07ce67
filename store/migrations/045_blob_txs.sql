-- Blob transactions in the L1 outbox: the sidecar (RLP of go-ethereum's
-- BlobTxSidecar: version, blobs, commitments, proofs) is stored once with the
-- nonce; every signed attempt is stored without it and joined to it again.
ALTER TABLE l1_txs ADD COLUMN blob_sidecar bytea;
COMMENT ON COLUMN l1_txs.blob_sidecar IS 'blobs of a blob transaction (RLP BlobTxSidecar), NULL for others';
