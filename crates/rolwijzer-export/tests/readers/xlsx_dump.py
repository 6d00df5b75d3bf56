"""Reads an XLSX export with openpyxl and prints what a reader sees, as JSON.

Usage: xlsx_dump.py FILE

For every sheet: its name, frozen panes, autofilter range, column widths, and every
non-empty cell with its value, openpyxl's data type ('s' text, 'n' number, 'f'
formula), number format, fill colour and quote prefix. Also the document properties.
openpyxl raises on a file that is not valid Office Open XML, which fails the test.
"""

import json
import sys

import openpyxl


def colour(fill):
    if fill is None or fill.fill_type != "solid":
        return None
    rgb = fill.fgColor.rgb
    return rgb if isinstance(rgb, str) else None


def main(path):
    wb = openpyxl.load_workbook(path)
    sheets = []
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                cells.append(
                    {
                        "ref": c.coordinate,
                        "row": c.row,
                        "col": c.column,
                        "value": c.value,
                        "type": c.data_type,
                        "number_format": c.number_format,
                        "fill": colour(c.fill),
                        "font": c.font.color.rgb
                        if c.font and c.font.color is not None and isinstance(c.font.color.rgb, str)
                        else None,
                        "quote_prefix": bool(c.quotePrefix),
                    }
                )
        sheets.append(
            {
                "name": ws.title,
                "freeze_panes": ws.freeze_panes,
                "auto_filter": ws.auto_filter.ref,
                "max_row": ws.max_row,
                "max_column": ws.max_column,
                "widths": {k: v.width for k, v in ws.column_dimensions.items()},
                "cells": cells,
            }
        )
    p = wb.properties
    custom = {}
    try:
        for prop in wb.custom_doc_props.props:
            custom[prop.name] = prop.value
    except AttributeError:
        pass
    out = {
        "sheets": sheets,
        "properties": {
            "title": p.title,
            "subject": p.subject,
            "keywords": p.keywords,
            "created": p.created.isoformat() if p.created else None,
            "custom": custom,
        },
    }
    json.dump(out, sys.stdout, default=str)


if __name__ == "__main__":
    main(sys.argv[1])
