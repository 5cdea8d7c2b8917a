#!/usr/bin/env python3
"""Writes templates/samples/*.json and prints an independent utilisation check per scenario.

Usage: python3 tools/samples/generate.py [--check-only]
The committed JSON is what hostreview reads; rerun this after editing a sample module.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import national  # noqa: E402
import omnichannel  # noqa: E402
import regional  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "templates", "samples")


def main():
    check_only = "--check-only" in sys.argv
    for mod in (regional, national, omnichannel):
        sample = mod.build()
        if not check_only:
            sample.write(os.path.join(OUT, sample.file_name))
        print(sample.report())


if __name__ == "__main__":
    main()
