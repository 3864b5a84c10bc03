#!/usr/bin/env python3
"""Repair resource files after a union merge (.gitattributes: *.resx merge=union).

Two branches that both append texts before </root> can leave a union merge with a lost </data> line or duplicate keys.
This rewrites every src/LowCarbonCity.Web/Resources/*.resx from its <data> entries, in order, once per key (the first
one wins; a key with two different texts is reported so that someone picks one). Run it after a merge, then build.
"""
import glob
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "LowCarbonCity.Web", "Resources")
ENTRY = re.compile(r'<data name="([^"]+)"[^>]*>\s*<value>(.*?)</value>', re.S)
EMPTY = re.compile(r'<data name="([^"]+)"[^>]*>\s*<value\s*/>', re.S)


def fix(path):
    text = open(path, encoding="utf-8").read()
    first = text.find("<data ")
    header = text[:first] if first >= 0 else text[: text.rfind("</root>")]
    entries, clashes = {}, []
    found = [(m.start(), m.group(1), m.group(2)) for m in ENTRY.finditer(text)]
    found += [(m.start(), m.group(1), "") for m in EMPTY.finditer(text)]
    for _, key, value in sorted(found):
        if key in entries and entries[key] != value:
            clashes.append(key)
        entries.setdefault(key, value)
    body = "".join(
        f'  <data name="{key}" xml:space="preserve">\n    <value>{value}</value>\n  </data>\n' for key, value in entries.items())
    fixed = header.rstrip() + "\n" + body + "</root>\n"
    if fixed != text:
        open(path, "w", encoding="utf-8").write(fixed)
        print(f"rewrote {os.path.basename(path)} ({len(entries)} keys)")
    for key in clashes:
        print(f"{os.path.basename(path)}: '{key}' has two different texts; kept the first", file=sys.stderr)
    return len(clashes)


if __name__ == "__main__":
    sys.exit(1 if sum(fix(p) for p in sorted(glob.glob(os.path.join(ROOT, "*.resx")))) else 0)
