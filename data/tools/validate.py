#!/usr/bin/env python3
"""Consistency checks for data/: run `python3 data/tools/validate.py`; exits non-zero on failure."""
import csv, glob, json, os, sys
import xml.etree.ElementTree as ET
from collections import Counter
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []
def err(m): errors.append(m)

orgs = list(csv.DictReader(open(os.path.join(D, "orgs.csv"), newline="", encoding="utf-8")))
KINDS = {"lab", "big_tech", "academic", "non_profit", "community", "company", "government"}
ids = [o["org_id"] for o in orgs]
if len(ids) != len(set(ids)): err("duplicate org_id")
ns = {}
for o in orgs:
    if o["kind"] not in KINDS: err(f"bad kind {o}")
    if o["country"] and (len(o["country"]) != 2 or not o["country"].isupper()): err(f"bad country {o['org_id']}")
    if o["openness_policy"] not in ("", "open_source", "open_weights", "mixed", "closed"): err(f"bad policy {o['org_id']}")
    for n in filter(None, o["namespaces"].split(";")):
        if n.lower() in ns: err(f"namespace {n} in two orgs")
        ns[n.lower()] = o
print(f"orgs.csv: {len(orgs)} orgs, {len(ns)} namespaces, {sum(1 for o in orgs if o['country'])} with country")

hub_readme = open(os.path.join(D, "hub", "README.md"), encoding="utf-8").read()
models, authors = [], Counter()
for f in sorted(glob.glob(os.path.join(D, "hub", "models", "*.json"))):
    a = os.path.basename(f)[:-5]
    arr = json.load(open(f, encoding="utf-8"))
    for o in arr:
        for k in ("_id", "id", "author", "createdAt", "lastModified", "downloads", "downloadsAllTime", "likes", "tags", "gated"):
            if k not in o: err(f"{o.get('id')} missing {k}")
        if o["author"] != a or not o["id"].startswith(a + "/"): err(f"{o['id']} in {a}.json")
        if len(o["_id"]) != 24: err(f"bad _id {o['id']}")
        if o["downloadsAllTime"] < o["downloads"]: err(f"allTime<30d {o['id']}")
        cd = o.get("cardData") or {}
        if cd.get("base_model_relation") not in (None, "adapter", "merge", "quantized", "finetune"): err(f"rel {o['id']}")
    if [o["createdAt"] for o in arr] != sorted((o["createdAt"] for o in arr), reverse=True): err(f"{a} not sorted")
    if a.lower() not in ns and f"`{a}`" not in hub_readme: err(f"namespace {a} neither in orgs.csv nor README")
    models += arr; authors[a] = len(arr)
mids = [m["id"] for m in models]
if len(mids) != len(set(mids)): err("duplicate model ids")
origins = Counter((ns[m["author"].lower()]["country"] or "community") if m["author"].lower() in ns else "UNKNOWN" for m in models)
rels = Counter((m.get("cardData") or {}).get("base_model_relation") for m in models)
print(f"hub: {len(models)} models, {len(authors)} authors, origins {dict(origins)}, relations {dict(rels)}")
s2 = json.load(open(os.path.join(D, "hub", "snapshots-2.json"), encoding="utf-8"))
byid = {m["id"]: m for m in models}
for s in s2:
    m = byid.get(s["id"])
    if not m or not (s["downloads"] > m["downloads"] and s["downloadsAllTime"] > m["downloadsAllTime"] and s["lastModified"] > m["lastModified"]):
        err(f"snapshot-2 {s['id']}")
print(f"snapshots-2: {len(s2)} models")
try:
    json.load(open(os.path.join(D, "hub", "malformed", "page-invalid-json.txt"), encoding="utf-8")); err("invalid json parses")
except json.JSONDecodeError: pass
try:
    open(os.path.join(D, "hub", "malformed", "page-latin1.bin"), "rb").read().decode("utf-8"); err("latin1 decodes")
except UnicodeDecodeError: pass
if len(json.load(open(os.path.join(D, "hub", "malformed", "items-bad.json"), encoding="utf-8"))) != 5: err("items-bad")

n = 0
for f, tag in (("ai-news.rss", "item"), ("open-models.atom", "{http://www.w3.org/2005/Atom}entry"), ("lab-blog.rss", "{http://purl.org/rss/1.0/}item")):
    root = ET.parse(os.path.join(D, "feeds", f)).getroot()
    k = len(list(root.iter(tag))); n += k
    print(f"feeds/{f}: {k} articles")
try:
    ET.parse(os.path.join(D, "feeds", "broken.xml")); err("broken.xml parses")
except ET.ParseError: pass
em = list(csv.DictReader(open(os.path.join(D, "feeds", "expected-mentions.csv"), newline="", encoding="utf-8")))
if len(em) != n: err(f"expected-mentions rows {len(em)} != articles {n}")
for r in em:
    for o in filter(None, r["org_ids"].split(";")):
        if o not in ids: err(f"unknown org_id {o} in expected-mentions")
print(f"expected-mentions: {len(em)} rows, {sum(1 for r in em if not r['org_ids'])} without orgs")
if errors:
    print("FAILED:"); [print(" ", e) for e in errors[:50]]; sys.exit(1)
print("OK")
