"""Reads rolwijzer's standalone HTML page with Python's own HTML parser and checks
what a downloaded page must have: a language, a title, table headers with a scope, no
scripts, no images, no event handlers and no outside resources.

Prints the page's text (entities decoded by the parser), so the Rust test can find
the names exactly as they were written. Exits non-zero on a problem.
"""
import sys
from html.parser import HTMLParser

VOID = {"meta", "br", "link", "hr", "img", "input"}
FORBIDDEN = {"script", "img", "iframe", "object", "embed", "link", "form", "input"}


class Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.stack = []
        self.lang = None
        self.title = ""
        self.in_title = False
        self.text = []
        self.doctype = False

    def handle_decl(self, decl):
        if decl.lower() == "doctype html":
            self.doctype = True

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in FORBIDDEN:
            self.problems.append(f"forbidden element <{tag}>")
        for k, v in attrs:
            if k.startswith("on"):
                self.problems.append(f"event handler {k} on <{tag}>")
            if k in ("href", "src") and v and v.strip().lower().startswith("javascript:"):
                self.problems.append(f"javascript link on <{tag}>")
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "th" and a.get("scope") not in ("col", "row"):
            self.problems.append("<th> without scope col or row")
        if tag == "title":
            self.in_title = True
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> does not close <{self.stack[-1] if self.stack else ''}>")
        else:
            self.stack.pop()

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        self.text.append(data)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        page = f.read()
    r = Reader()
    r.feed(page)
    r.close()
    if not r.doctype:
        r.problems.append("no <!DOCTYPE html>")
    if not r.lang:
        r.problems.append("<html> has no lang")
    if not r.title.strip():
        r.problems.append("no <title>")
    if r.stack:
        r.problems.append(f"unclosed elements: {r.stack}")
    if r.problems:
        print("\n".join(r.problems), file=sys.stderr)
        sys.exit(1)
    print(f"lang={r.lang}")
    print(f"title={r.title}")
    print("".join(r.text))


main()
