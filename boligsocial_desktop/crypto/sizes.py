"""The sizes of AES-256-GCM as the office key, the advisers' key and their sealed texts use it."""

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16

__all__ = ["KEY_BYTES", "NONCE_BYTES", "TAG_BYTES"]
