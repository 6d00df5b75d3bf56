"""Reads a CSV export with Python's csv module and prints it as JSON.

Usage: csv_dump.py FILE SEPARATOR

Prints whether the file starts with a UTF-8 byte order mark and the rows as lists of
strings. Decoding fails (and so does the test) when the file is not UTF-8.
"""

import csv
import io
import json
import sys


def main(path, separator):
    raw = open(path, "rb").read()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True))
    json.dump({"bom": bom, "rows": rows}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
