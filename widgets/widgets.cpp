// Translation unit that keeps the library non-empty while the widgets are added.
