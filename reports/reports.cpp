// Translation unit that keeps the library non-empty while the report is added.
