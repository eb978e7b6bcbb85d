"""The seed documents a fresh data folder starts from (installed as package data)."""
