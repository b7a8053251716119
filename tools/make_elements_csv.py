#!/usr/bin/python3
"""Generate the engine's element table (elements.csv) from pymatgen's periodic table.

Usage:
    /usr/bin/python3 tools/make_elements_csv.py [PERIODIC_TABLE_JSON] [-o OUTPUT_CSV]

Input (default): /work/shared/data/elements/pymatgen-2022.11.7-periodic_table.json
    pymatgen 2022.11.7 `pymatgen/core/periodic_table.json` (MIT licence), 118 elements keyed by symbol.
Output (default, relative to the repository root):
    org.example.dim.engine/src/main/resources/org/example/dim/engine/chem/elements.csv

Columns (one header line, no comment lines, no quoting, sorted by z):
    symbol,z,mass,row,group,first_ionization_ev,electronegativity,atomic_radius_angstrom,
    density_g_cm3,common_oxidation_states

Field sources and conversions:
    mass                    <- "Atomic mass" (amu), as given
    first_ionization_ev     <- "Ionization energies"[0] (eV); empty if the list is empty / null
    electronegativity       <- "X" (Pauling); empty if absent, null or NaN
    atomic_radius_angstrom  <- "Atomic radius" (Angstrom); empty if "no data" / null
    density_g_cm3           <- "Density of solid", e.g. "7874 kg m<sup>-3</sup>", divided by 1000
                               (kg/m^3 -> g/cm^3); empty for "no data ..." / null. pymatgen gives no
                               solid density for elements that are gases or liquids at STP (H, N, O, Hg ...).
    common_oxidation_states <- "Common oxidation states", joined with ';'; empty if absent
Missing values are always EMPTY fields, never 0.

Row (period) and group (1-18) are derived from Z, not read from pymatgen:
    * H is row 1 group 1, He is row 1 group 18;
    * lanthanides La-Lu (Z 57-71) are row 6 group 3;
    * actinides Ac-Lr (Z 89-103) are row 7 group 3;
    * Hf..Rn (72-86) are groups 4..18, Rf..Og (104-118) groups 4..18.
This is the convention of the Site-Net DIM reference (docs/sitenet-dim-reference.md section 1.4: matminer
SiteElementalProperty with MagpieData `Row`/`Column`, "rare earths are listed as column 3"). It was checked
against Magpie's Row.table/Column.table (matminer), which agree with the rule above for every Z they list.

Values are copied faithfully from pymatgen 2022.11.7, including its known upstream quirks, which this
script does not correct (none affects Z <= 103): Og atomic mass is 2949 (a typo for ~294), and the
first ionisation energies listed for Mt (50 eV) and Ds (65 eV) are not physical.
Note also that the values are pymatgen's, not Magpie's: the reference featuriser (Magpie) differs in places,
e.g. Magpie gives densities in g/L including gases, and a few masses / energies differ in the last digits.
"""

import argparse
import json
import math
import os
import re
import sys

DEFAULT_INPUT = "/work/shared/data/elements/pymatgen-2022.11.7-periodic_table.json"
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUTPUT = os.path.join(
    REPO_ROOT,
    "org.example.dim.engine/src/main/resources/org/example/dim/engine/chem/elements.csv",
)
HEADER = [
    "symbol", "z", "mass", "row", "group", "first_ionization_ev", "electronegativity",
    "atomic_radius_angstrom", "density_g_cm3", "common_oxidation_states",
]
# Last Z of each period 1..7.
PERIOD_ENDS = (2, 10, 18, 36, 54, 86, 118)
DENSITY_RE = re.compile(r"^\s*([0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?)\s*kg\s*m<sup>-3</sup>\s*$")


def row_and_group(z):
    """Period and group (1-18) of element z; La-Lu and Ac-Lr are group 3."""
    if not 1 <= z <= 118:
        raise ValueError("Z out of range: %d" % z)
    row = next(i + 1 for i, end in enumerate(PERIOD_ENDS) if z <= end)
    start = 1 if row == 1 else PERIOD_ENDS[row - 2] + 1
    pos = z - start  # 0-based position within the period
    if row == 1:
        return row, 1 if z == 1 else 18
    if row in (2, 3):  # s block, then p block (groups 13-18)
        return row, pos + 1 if pos < 2 else pos + 11
    if row in (4, 5):
        return row, pos + 1
    # rows 6 and 7: s block, 15 lanthanides/actinides in group 3, then groups 4-18
    if pos < 2:
        return row, pos + 1
    if pos < 17:
        return row, 3
    return row, pos - 13


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def fmt(v):
    """Shortest round-trip text of a float; empty string for missing."""
    if v is None:
        return ""
    return repr(float(v))


def first_ionization(e):
    ies = e.get("Ionization energies")
    if isinstance(ies, list) and ies and is_number(ies[0]):
        return ies[0]
    return None


def electronegativity(e):
    x = e.get("X")
    return x if is_number(x) else None


def atomic_radius(e):
    r = e.get("Atomic radius")
    return r if is_number(r) else None


def density_g_cm3(e, symbol):
    d = e.get("Density of solid")
    if is_number(d):  # not seen in 2022.11.7, but treat a bare number as kg/m^3
        return d / 1000.0
    if not isinstance(d, str):  # null / NaN
        return None
    if d.strip().lower().startswith("no data"):
        return None
    m = DENSITY_RE.match(d)
    if not m:
        raise ValueError("%s: unparseable density %r" % (symbol, d))
    return float(m.group(1)) / 1000.0


def oxidation_states(e):
    ox = e.get("Common oxidation states")
    if not ox:
        return ""
    return ";".join(str(int(o)) for o in ox)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", nargs="?", default=DEFAULT_INPUT, help="pymatgen periodic_table.json")
    ap.add_argument("-o", "--output", default=DEFAULT_OUTPUT, help="elements.csv to write")
    args = ap.parse_args(argv)

    with open(args.input, encoding="utf-8") as f:
        table = json.load(f)

    rows = []
    for symbol, e in table.items():
        z = int(e["Atomic no"])
        mass = e["Atomic mass"]
        if not is_number(mass):
            raise ValueError("%s: no atomic mass" % symbol)
        row, group = row_and_group(z)
        rows.append([
            symbol, str(z), fmt(mass), str(row), str(group),
            fmt(first_ionization(e)), fmt(electronegativity(e)), fmt(atomic_radius(e)),
            fmt(density_g_cm3(e, symbol)), oxidation_states(e),
        ])
    rows.sort(key=lambda r: int(r[1]))
    zs = [int(r[1]) for r in rows]
    if zs != list(range(1, len(rows) + 1)):
        raise ValueError("atomic numbers are not 1..N without gaps")

    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(",".join(HEADER) + "\n")
        for r in rows:
            if any("," in c for c in r):
                raise ValueError("comma inside a field: %r" % r)
            f.write(",".join(r) + "\n")
    print("wrote %d elements to %s" % (len(rows), args.output), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
