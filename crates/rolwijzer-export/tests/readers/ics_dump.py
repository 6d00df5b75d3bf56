"""Reads an ICS export with the icalendar library and prints the calendar as JSON.

Usage: ics_dump.py FILE

Prints the calendar's properties and, per event, UID, dates, summary and description,
unescaped and unfolded by icalendar. A file icalendar cannot parse fails the test.
"""

import json
import sys

from icalendar import Calendar


def text(v):
    return None if v is None else str(v)


def date(v):
    return None if v is None else v.dt.isoformat()


def main(path):
    cal = Calendar.from_ical(open(path, "rb").read())
    events = []
    for e in cal.walk("VEVENT"):
        events.append(
            {
                "uid": text(e.get("UID")),
                "dtstamp": date(e.get("DTSTAMP")),
                "dtstart": date(e.get("DTSTART")),
                "dtstart_is_date": type(e.get("DTSTART").dt).__name__ == "date",
                "dtend": date(e.get("DTEND")),
                "summary": text(e.get("SUMMARY")),
                "description": text(e.get("DESCRIPTION")),
                "transp": text(e.get("TRANSP")),
            }
        )
    out = {
        "prodid": text(cal.get("PRODID")),
        "version": text(cal.get("VERSION")),
        "calscale": text(cal.get("CALSCALE")),
        "method": text(cal.get("METHOD")),
        "calname": text(cal.get("X-WR-CALNAME")),
        "events": events,
        "errors": [str(c.errors) for c in cal.walk() if getattr(c, "errors", None)],
    }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
