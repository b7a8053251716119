#!/usr/bin/python3
"""Independent reference values for the Site-Net supercell pipeline, computed with pymatgen.

Provenance of org.example.dim.engine/src/test/resources/sitenet/sitenet_reference_varied_mp37k.json and of the
structures file mp37k_reference_structures.jsonl.gz beside it. Not a test dependency: run once with Debian's
python3-pymatgen (2022.11.7) and commit the output.

    /usr/bin/python3 tools/make_sitenet_reference.py ../shared/data/mp37k/mp37k.jsonl.gz OUT_DIR

Selection: a fixed-seed sample of mp37k, stratified by crystal system (spglib via SpacegroupAnalyzer,
symprec 0.01) and by site count, plus structures that are not primitive as given and some whose primitive cell
exceeds N = 50. The pipeline follows shared/docs/sitenet-dim-reference.md section 1.2 and 1.5 with numpy's
rint (half to even on the floating-point value).
"""
import gzip
import json
import random
import sys
import warnings

import numpy as np
import pymatgen
from pymatgen.core import Element
from pymatgen.io.cif import CifParser
from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

N_MAX = 50
PER_SYSTEM = 40
EXTRA_REDUCIBLE = 30
EXTRA_OVERSIZE = 10
SEED = 20261124


def shear(lattice):
    a, b, c = lattice
    bb, bc, cc, ab, ac = b @ b, b @ c, c @ c, a @ b, a @ c
    det = bb * cc - bc * bc
    alpha = (ab * cc - ac * bc) / det
    beta = (ac * bb - ab * bc) / det
    return np.array([[1, -alpha, -beta], [0, 1, -bc / cc], [0, 0, 1]])


def supercell(prim):
    s = shear(prim.lattice.matrix)
    lengths = np.linalg.norm(s @ prim.lattice.matrix, axis=1)
    inc = [1, 1, 1]
    p = len(prim)
    if p <= N_MAX:
        while True:
            k = int(np.argmin([inc[i] * lengths[i] for i in range(3)]))
            trial = list(inc)
            trial[k] += 1
            if np.prod(trial) * p > N_MAX:
                break
            inc = trial
    scaled = np.diag(inc) @ s
    near_tie = bool(np.any(np.abs(np.abs(scaled - np.floor(scaled)) - 0.5) < 1e-6))
    m = np.rint(scaled).astype(int)
    return inc, m, near_tie


def row(element):
    e = Element(element)
    density = e.density_of_solid
    return [float(e.Z), float(e.atomic_mass), float(e.row if e.Z not in range(57, 72) and e.Z not in range(89, 104) else (6 if e.Z < 89 else 7)),
            float(e.group if e.Z not in range(57, 72) and e.Z not in range(89, 104) else 3),
            float(e.ionization_energies[0]) if e.ionization_energies else None,
            float(e.X) if e.X == e.X else None,
            float(e.atomic_radius) if e.atomic_radius is not None else None,
            float(density) if density is not None else 0.0, 0.0]


def entry(record):
    structure = CifParser.from_string(record["cif"]).get_structures(primitive=False)[0]
    prim = structure.get_primitive_structure(tolerance=0.5)
    inc, m, near_tie = supercell(prim)
    sc = prim * m
    images = len(sc) // len(prim)
    first = sorted(round(float(d), 4) for d in sc.distance_matrix[0])
    sga = SpacegroupAnalyzer(structure, symprec=0.01)
    return {
        "material_id": record["material_id"],
        "crystal_system": sga.get_crystal_system(),
        "spacegroup_number": sga.get_space_group_number(),
        "reduced_formula": prim.composition.reduced_formula,
        "input_sites": len(structure),
        "prim_sites": len(prim),
        "prim_abc": [round(x, 6) for x in prim.lattice.abc],
        "prim_volume": round(prim.volume, 6),
        "oversize": len(prim) > N_MAX,
        "inc": inc,
        "supercell_matrix": m.tolist(),
        "images": images,
        "supercell_sites": len(sc),
        "supercell_abc": [round(x, 6) for x in sc.lattice.abc],
        "supercell_volume": round(sc.volume, 6),
        "rint_near_tie": near_tie,
        "species_site0": prim[0].species_string,
        "features_site0_raw": row(prim[0].species_string),
        "first_row_sorted": first,
    }


def main(source, out_dir):
    warnings.filterwarnings("ignore")
    records = [json.loads(line) for line in gzip.open(source, "rt")]
    rng = random.Random(SEED)
    rng.shuffle(records)
    first200 = {r["material_id"] for r in json.load(open(out_dir + "/sitenet_supercell_ref_first200_mp37k.json"))["structures"]}
    by_system, reducible, oversize, chosen = {}, [], [], []
    for record in records[:6000]:
        if record["material_id"] in first200:
            continue
        try:
            e = entry(record)
        except Exception as ex:  # a structure pymatgen cannot process is simply not a reference
            print("skipped", record["material_id"], ex, file=sys.stderr)
            continue
        if e["oversize"]:
            if len(oversize) < EXTRA_OVERSIZE:
                oversize.append((e, record))
            continue
        if e["prim_sites"] < e["input_sites"] and len(reducible) < EXTRA_REDUCIBLE:
            reducible.append((e, record))
            continue
        bucket = by_system.setdefault(e["crystal_system"], [])
        if len(bucket) < PER_SYSTEM:
            bucket.append((e, record))
        if all(len(by_system.get(s, [])) >= PER_SYSTEM for s in
               ["triclinic", "monoclinic", "orthorhombic", "tetragonal", "trigonal", "hexagonal", "cubic"]) \
                and len(reducible) >= EXTRA_REDUCIBLE and len(oversize) >= EXTRA_OVERSIZE:
            break
    for bucket in by_system.values():
        chosen.extend(bucket)
    chosen.extend(reducible)
    chosen.extend(oversize)
    out = {
        "source": "mp37k.jsonl.gz",
        "generator": "tools/make_sitenet_reference.py with pymatgen " + pymatgen.core.__version__,
        "n_max": N_MAX,
        "structures": [e for e, _ in chosen],
    }
    with open(out_dir + "/sitenet_reference_varied_mp37k.json", "w") as f:
        json.dump(out, f, separators=(",", ":"))
    ids = first200 | {e["material_id"] for e, _ in chosen}
    with gzip.open(out_dir + "/mp37k_reference_structures.jsonl.gz", "wt") as f:
        for record in sorted((r for r in records if r["material_id"] in ids), key=lambda r: r["material_id"]):
            f.write(json.dumps({"material_id": record["material_id"], "cif": record["cif"]}) + "\n")
    counts = {s: len(b) for s, b in by_system.items()}
    print("per crystal system", counts, "reducible", len(reducible), "oversize", len(oversize),
          "ties", sum(e["rint_near_tie"] for e, _ in chosen), "total", len(chosen))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
