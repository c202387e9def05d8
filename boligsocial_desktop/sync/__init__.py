"""Sharing data between PCs: clock, change capture format, exchange through a shared folder."""
