"""What the office-key tests share besides fixtures."""

PASSPHRASE = "gul-cykel-ved-søen-7"
