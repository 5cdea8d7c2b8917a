// Translation unit that keeps the library non-empty while the adapters are added.
