"""Reads an annex ODT back with odfpy and prints what a reader sees, as JSON.

Fails (non-zero exit) when the file is not a proper OpenDocument text: the
`mimetype` entry must come first, stored, and name the ODT media type.

Usage: odt_annex.py FILE.odt
"""
import json
import sys
import zipfile

from odf import dc, table, teletype, text
from odf.opendocument import load

MIME = "application/vnd.oasis.opendocument.text"


def main(path):
    with zipfile.ZipFile(path) as z:
        first = z.infolist()[0]
        if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
            sys.exit("mimetype is not the first, stored entry")
        if z.read("mimetype").decode("ascii") != MIME:
            sys.exit("wrong mimetype")
        names = set(z.namelist())
        for needed in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
            if needed not in names:
                sys.exit(f"missing {needed}")

    doc = load(path)
    if doc.mimetype != MIME:
        sys.exit(f"odfpy sees {doc.mimetype}")

    def texts(kind):
        return [teletype.extractText(e) for e in doc.getElementsByType(kind)]

    headings = [
        {"level": int(h.getAttribute("outlinelevel") or 0), "text": teletype.extractText(h)}
        for h in doc.getElementsByType(text.H)
    ]
    footer = [teletype.extractText(p) for p in doc.masterstyles.getElementsByType(text.P)]
    print(
        json.dumps(
            {
                "title": "".join(texts_of(doc.meta, dc.Title)),
                "language": "".join(texts_of(doc.meta, dc.Language)),
                "headings": headings,
                "paragraphs": texts(text.P),
                "tables": len(doc.getElementsByType(table.Table)),
                "lists": len(doc.getElementsByType(text.List)),
                "footer": footer,
            },
            ensure_ascii=False,
        )
    )


def texts_of(element, kind):
    return [teletype.extractText(e) for e in element.getElementsByType(kind)]


if __name__ == "__main__":
    main(sys.argv[1])
