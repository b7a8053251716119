"""Picks the demo dataset: 3000 mp37k records chosen with a fixed seed (random.Random(2025).sample),
kept in file order, with their CIF and labels. Run: python3 tools/make_demo_dataset.py ../shared/data/mp37k/mp37k.jsonl.gz"""
import gzip
import json
import random
import sys

records = [json.loads(line) for line in gzip.open(sys.argv[1], "rt")]
chosen = sorted(random.Random(2025).sample(range(len(records)), 3000))
keep = ("material_id", "formation_energy_per_atom", "band_gap", "efermi", "total_magnetization", "cif")
with gzip.GzipFile("data/demo/mp37k_demo3000.jsonl.gz", "wb", mtime=0) as out:
    for i in chosen:
        out.write((json.dumps({k: records[i][k] for k in keep}) + "\n").encode())
