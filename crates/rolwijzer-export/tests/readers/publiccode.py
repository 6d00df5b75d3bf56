"""Reads rolwijzer's publiccode.yml `maintenance` block back with PyYAML and checks it
against the presence rules of the publiccode.yml standard (0.4/0.5):

- maintenance.type is one of internal, contract, community, none;
- contractors are there if and only if the type is contract, each with a name and an
  `until` date (YYYY-MM-DD);
- contacts are there when the type is internal or community, each with a name;
- optional fields are strings (a phone number read as a number would be wrong).

It also pastes the block at the top level of a minimal publiccode.yml, as the header
comment tells people to, and checks that the result still reads.

Prints JSON with the type, contractor names and until dates, and contact names and
affiliations, for the Rust test to compare. Exits non-zero on any problem.
"""
import datetime
import json
import re
import sys

import yaml

TYPES = {"internal", "contract", "community", "none"}
CONTRACTOR_KEYS = {"name", "until", "email", "website"}
CONTACT_KEYS = {"name", "email", "affiliation", "phone"}
MINIMAL = """publiccodeYmlVersion: "0.4"
name: Test
url: https://example.org/test.git
"""


def fail(msg):
    print(msg, file=sys.stderr)
    sys.exit(1)


def check_date(value, where):
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            fail(f"{where}: not a real date: {value!r}")
        return value
    fail(f"{where}: until must be a date YYYY-MM-DD, got {value!r}")


def check_entry(entry, keys, where):
    if not isinstance(entry, dict):
        fail(f"{where}: must be a mapping, got {entry!r}")
    extra = set(entry) - keys
    if extra:
        fail(f"{where}: unknown keys {sorted(extra)}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        fail(f"{where}: name is required and must be text, got {name!r}")
    for k in keys - {"name", "until"}:
        if k in entry and not isinstance(entry[k], str):
            fail(f"{where}: {k} must be text, got {entry[k]!r}")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("#"):
        fail("the file must start with a comment saying where to paste it")
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or list(data) != ["maintenance"]:
        fail(f"the only top-level key must be maintenance, got {data!r}")
    m = data["maintenance"]
    if not isinstance(m, dict):
        fail("maintenance must be a mapping")
    extra = set(m) - {"type", "contractors", "contacts"}
    if extra:
        fail(f"maintenance: unknown keys {sorted(extra)}")
    kind = m.get("type")
    if kind not in TYPES:
        fail(f"maintenance.type must be one of {sorted(TYPES)}, got {kind!r}")

    contractors = []
    if kind == "contract":
        cs = m.get("contractors")
        if not isinstance(cs, list) or not cs:
            fail("maintenance.contractors is required for type contract")
        for i, c in enumerate(cs):
            where = f"maintenance.contractors[{i}]"
            check_entry(c, CONTRACTOR_KEYS, where)
            if "until" not in c:
                fail(f"{where}: until is required")
            contractors.append({"name": c["name"], "until": check_date(c["until"], where)})
    elif "contractors" in m:
        fail(f"maintenance.contractors only belongs with type contract, not {kind}")

    contacts = []
    cs = m.get("contacts")
    if kind in ("internal", "community") and (not isinstance(cs, list) or not cs):
        fail(f"maintenance.contacts is required for type {kind}")
    if cs is not None:
        if not isinstance(cs, list):
            fail("maintenance.contacts must be a list")
        for i, c in enumerate(cs):
            check_entry(c, CONTACT_KEYS, f"maintenance.contacts[{i}]")
            contacts.append({"name": c["name"], "affiliation": c.get("affiliation")})

    pasted = yaml.safe_load(MINIMAL + text)
    if pasted.get("maintenance") != m or pasted.get("name") != "Test":
        fail("pasted at the top level of a publiccode.yml, the block reads differently")

    print(json.dumps({"type": kind, "contractors": contractors, "contacts": contacts},
                     ensure_ascii=False))


main()
