"""Reads rolwijzer's Markdown (the division or GOVERNANCE.md) the way a renderer
would see its structure, without a Markdown library:

- no raw HTML: outside autolinks (<https://...>), no `<` may start a tag, a comment or
  a declaration, since renderers pass raw HTML through;
- tables keep their shape: every row of a table has as many unescaped `|` as its
  header, so no name with a `|` splits a cell.

Prints the text with Markdown backslash escapes and HTML entities undone, so the Rust
test can find the names exactly as they were written. Exits non-zero on a problem.
"""
import html
import re
import sys

AUTOLINK = re.compile(r"<(?:https?|mailto):[^<>\s]*>")
RAW_HTML = re.compile(r"<[A-Za-z/!?]")
PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def fail(msg):
    print(msg, file=sys.stderr)
    sys.exit(1)


def unescaped_pipes(line):
    n, i = 0, 0
    while i < len(line):
        c = line[i]
        if c == "\\" and i + 1 < len(line):
            i += 2
            continue
        if c == "|":
            n += 1
        i += 1
    return n


def unescape(line):
    out, i = [], 0
    while i < len(line):
        c = line[i]
        if c == "\\" and i + 1 < len(line) and line[i + 1] in PUNCT:
            out.append(line[i + 1])
            i += 2
            continue
        out.append(c)
        i += 1
    return html.unescape("".join(out))


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = f.read().split("\n")
    header_pipes = None
    for no, line in enumerate(lines, 1):
        bare = AUTOLINK.sub("", line)
        if RAW_HTML.search(bare):
            fail(f"line {no}: raw HTML: {line!r}")
        if line.startswith("|"):
            n = unescaped_pipes(line)
            if header_pipes is None:
                header_pipes = n
            elif n != header_pipes:
                fail(f"line {no}: table row has {n} cell borders, the header {header_pipes}: {line!r}")
        else:
            header_pipes = None
    for line in lines:
        print(unescape(line))


main()
