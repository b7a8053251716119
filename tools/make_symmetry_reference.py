#!/usr/bin/python3
"""Independent reference values for the symmetry finder, computed with spglib (via pymatgen).

Provenance of org.example.dim.engine/src/test/resources/symmetry/spglib_reference_mp37k.csv and of the
structures file mp37k_symmetry_structures.jsonl.gz beside it. Not a test dependency: run once with Debian's
python3-pymatgen (2022.11.7) and spglib 2.0.2 and commit the output.

    /usr/bin/python3 tools/make_symmetry_reference.py ../shared/data/mp37k/mp37k.jsonl.gz \
        org.example.dim.engine/src/test/resources [ALL_VALUES.csv]

Selection: the 520 structures the Site-Net reference already bundles (sitenet/mp37k_reference_structures.jsonl.gz,
every crystal system), plus, from a fixed-seed shuffle of all of mp37k, up to EXTRA_PER_GROUP structures of every
space group those do not reach EXTRA_PER_GROUP times, so that every space group mp37k has appears. Only the
structures not bundled already go into the new structures file. With a third argument, the values of all of
mp37k are written there too (for measuring agreement on the whole set; not committed).

Values: SpacegroupAnalyzer(structure, symprec=0.1) (angle tolerance 5 degrees, the default): space-group number,
crystal system, point-group symbol and the number of operations in the cell as given.
"""
import csv
import gzip
import json
import random
import sys
import warnings

import pymatgen.core
import spglib
from pymatgen.io.cif import CifParser
from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

SYMPREC = 0.1
EXTRA_PER_GROUP = 2
SEED = 20261125
FIELDS = ["material_id", "spacegroup_number", "crystal_system", "point_group", "n_ops"]


def values(record):
    structure = CifParser.from_string(record["cif"]).get_structures(primitive=False)[0]
    sga = SpacegroupAnalyzer(structure, symprec=SYMPREC)
    return {
        "material_id": record["material_id"],
        "spacegroup_number": sga.get_space_group_number(),
        "crystal_system": sga.get_crystal_system(),
        "point_group": sga.get_point_group_symbol(),
        "n_ops": len(sga.get_symmetry_operations()),
    }


def main(source, resources, all_values=None):
    warnings.filterwarnings("ignore")
    records = [json.loads(line) for line in gzip.open(source, "rt")]
    with gzip.open(resources + "/sitenet/mp37k_reference_structures.jsonl.gz", "rt") as f:
        bundled = [json.loads(line)["material_id"] for line in f]
    rows = {}
    for record in records:
        try:
            rows[record["material_id"]] = values(record)
        except Exception as ex:  # a structure spglib cannot process is simply not a reference
            print("skipped", record["material_id"], ex, file=sys.stderr)
    if all_values:
        with open(all_values, "w", newline="") as f:
            w = csv.DictWriter(f, FIELDS)
            w.writeheader()
            w.writerows(rows[r["material_id"]] for r in records if r["material_id"] in rows)
    chosen = [m for m in bundled if m in rows]
    per_group = {}
    for m in chosen:
        per_group[rows[m]["spacegroup_number"]] = per_group.get(rows[m]["spacegroup_number"], 0) + 1
    shuffled = list(records)
    random.Random(SEED).shuffle(shuffled)
    extra = []
    for record in shuffled:
        row = rows.get(record["material_id"])
        if row is None or record["material_id"] in bundled:
            continue
        n = per_group.get(row["spacegroup_number"], 0)
        if n < EXTRA_PER_GROUP:
            per_group[row["spacegroup_number"]] = n + 1
            extra.append(record)
    with open(resources + "/symmetry/spglib_reference_mp37k.csv", "w", newline="") as f:
        f.write("# SpacegroupAnalyzer(symprec=%s), pymatgen %s, spglib %s; tools/make_symmetry_reference.py\n"
                % (SYMPREC, pymatgen.core.__version__, spglib.__version__))
        w = csv.DictWriter(f, FIELDS)
        w.writeheader()
        w.writerows(rows[m] for m in sorted(chosen + [r["material_id"] for r in extra]))
    with gzip.open(resources + "/symmetry/mp37k_symmetry_structures.jsonl.gz", "wt") as f:
        for record in sorted(extra, key=lambda r: r["material_id"]):
            f.write(json.dumps({"material_id": record["material_id"], "cif": record["cif"]}) + "\n")
    systems = {}
    for m in chosen + [r["material_id"] for r in extra]:
        systems[rows[m]["crystal_system"]] = systems.get(rows[m]["crystal_system"], 0) + 1
    print("bundled", len(chosen), "extra", len(extra), "space groups", len(per_group), "per system", systems)


if __name__ == "__main__":
    main(*sys.argv[1:])
