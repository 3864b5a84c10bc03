#!/usr/bin/env python3
"""Add or update page texts in src/LowCarbonCity.Web/Resources/<Area>.resx (English) and <Area>.th.resx (Thai).

Usage:  scripts/add-text.py Area Key "English text" "ข้อความภาษาไทย" [Key2 "English" "Thai" ...]
Keys are unique across all areas; prefix them with the area (Editor_Save). Creates the pair if missing.
Placeholders are .NET format items: {0}, {1}. See docs/ui.md.
"""
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "LowCarbonCity.Web", "Resources")
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
</root>
"""


def load(path):
    if not os.path.exists(path):
        with open(path, "w", encoding="utf-8") as f:
            f.write(HEADER)
    return ET.parse(path)


def put(tree, key, text):
    root = tree.getroot()
    for data in root.findall("data"):
        if data.get("name") == key:
            data.find("value").text = text
            return
    data = ET.SubElement(root, "data", {"name": key, "{http://www.w3.org/XML/1998/namespace}space": "preserve"})
    ET.SubElement(data, "value").text = text


def save(tree, path):
    root = tree.getroot()
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n")


def main(argv):
    if len(argv) < 4 or (len(argv) - 1) % 3 != 0:
        sys.exit(__doc__)
    area, rest = argv[0], argv[1:]
    en_path = os.path.join(ROOT, area + ".resx")
    th_path = os.path.join(ROOT, area + ".th.resx")
    en, th = load(en_path), load(th_path)
    for i in range(0, len(rest), 3):
        key, english, thai = rest[i:i + 3]
        put(en, key, english)
        put(th, key, thai)
    save(en, en_path)
    save(th, th_path)


if __name__ == "__main__":
    main(sys.argv[1:])
