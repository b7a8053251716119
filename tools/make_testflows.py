#!/usr/bin/env python3
"""Writes the KNIME testflows under testflows/ (workflow.knime and one settings.xml per node).

Run from the repository root after changing a node's settings keys; then run the testflows module's tests with
-Dtestflows.record=true once to record the expected outputs, and review them.
"""
from pathlib import Path
from xml.sax.saxutils import quoteattr
import shutil

ROOT = Path(__file__).resolve().parent.parent / "testflows"
HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<config xmlns="http://www.knime.org/2008/09/XMLConfig" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.knime.org/2008/09/'
        'XMLConfig http://www.knime.org/XMLConfig_2008_09.xsd" key=%s>\n')
OURS = ("Crystal DIM nodes", "org.example.dim.nodes", "Crystal DIM project", "0.1.0.qualifier")
KNIME_BASE = ("KNIME Base Nodes", "org.knime.base", "KNIME AG, Zurich, Switzerland", "5.5.0")
P = "org.example.dim.nodes."
CIFS = "knime://knime.workflow/../data/cifs"


def entry(key, value, indent):
    if value is None:
        return f'{indent}<entry key={quoteattr(key)} type="xstring" isnull="true" value=""/>\n'
    kind = {bool: "xboolean", int: "xint", float: "xdouble"}.get(type(value), "xstring")
    text = str(value).lower() if isinstance(value, bool) else str(value)
    return f'{indent}<entry key={quoteattr(key)} type="{kind}" value={quoteattr(text)}/>\n'


def config(key, values, indent):
    if not values:
        return f"{indent}<config key={quoteattr(key)}/>\n"
    out = f"{indent}<config key={quoteattr(key)}>\n"
    for k, v in values.items():
        out += config(k, v, indent + "    ") if isinstance(v, dict) else entry(k, v, indent + "    ")
    return out + f"{indent}</config>\n"


class Node:
    def __init__(self, nid, name, factory, model, bundle=OURS, variables=None):
        self.nid, self.name, self.factory, self.model, self.bundle = nid, name, factory, model, bundle
        self.variables = variables or {}

    @property
    def folder(self):
        return f"{self.name} (#{self.nid})"

    def settings(self):
        bundle_name, symbolic, vendor, version = self.bundle
        top = {"node_file": "settings.xml", "factory": self.factory, "node-name": self.name,
               "node-bundle-name": bundle_name, "node-bundle-symbolic-name": symbolic,
               "node-bundle-vendor": vendor, "node-bundle-version": version, "state": "CONFIGURED",
               "hasContent": False, "isInactive": False, "factory_settings": {}, "model": self.model,
               # a setting controlled by a flow variable: {setting key: variable name}
               "variables": {k: {"used_variable": v, "used_variable_flawed": False, "exposed_variable": None}
                             for k, v in self.variables.items()},
               "internal_node_subsettings": {"memory_policy": "CacheSmallInMemory"}}
        body = "".join(config(k, v, "    ") if isinstance(v, dict) else entry(k, v, "    ") for k, v in top.items())
        return HEAD % quoteattr("settings.xml") + body + "</config>\n"


def write_flow(name, description, nodes, connections, variables=None):
    """connections: (source id, source port, dest id, dest port); port 0 is the flow-variable port."""
    flow = ROOT / name
    if flow.exists():
        for d in flow.iterdir():
            if d.is_dir() and d.name != "expected":
                shutil.rmtree(d)
    flow.mkdir(parents=True, exist_ok=True)
    body = entry("created_by", "5.5.3", "    ") + entry("version", "5.1.0", "    ") + entry("name", name, "    ")
    body += entry("customDescription", description, "    ") + entry("state", "CONFIGURED", "    ")
    if variables:
        body += config("workflow_variables", {f"Var_{i}": {"name": k, "class": t, "value": v}
                                              for i, (k, t, v) in enumerate(variables)}, "    ")
    body += config("nodes", {f"node_{n.nid}": {
        "id": n.nid, "node_settings_file": f"{n.folder}/settings.xml", "node_is_meta": False,
        "node_type": "NativeNode", "ui_settings": {"extrainfo.node.bounds": {
            "array-size": 4, "0": 100 + 150 * i, "1": 100, "2": 75, "3": 80}}} for i, n in enumerate(nodes)},
        "    ")
    body += config("connections", {f"connection_{i}": {"sourceID": s, "destID": d, "sourcePort": sp,
                                                        "destPort": dp}
                                   for i, (s, sp, d, dp) in enumerate(connections)}, "    ")
    (flow / "workflow.knime").write_text(HEAD % quoteattr("workflow.knime") + body + "</config>\n")
    for n in nodes:
        (flow / n.folder).mkdir()
        (flow / n.folder / "settings.xml").write_text(n.settings())


def cif_reader(nid=1):
    return Node(nid, "CIF Reader", P + "cifreader.CifReaderNodeFactory",
                {"paths": CIFS, "input_column": "", "column_content": "PATHS"})


def supercells(nid=2):
    return Node(nid, "Supercell Builder", P + "supercell.SupercellBuilderNodeFactory",
                {"crystal_column": "crystal", "supercell_size": 16, "primitive": True, "primitive_tolerance": 0.5,
                 "oversize": "SKIP", "disorder": "MAJORITY", "missing_values": "FAIL"})


def trainer(nid=3, epochs=1, variables=None):
    return Node(nid, "DIM Trainer", P + "trainer.DimTrainerNodeFactory",
                {"supercell_column": "supercell", "epochs": epochs, "seed": 1, "device": "AUTO",
                 "false_samples": "other,polymorph,composition,permutation", "batch_sites": 1200,
                 "validation_fraction": 0.0, "patience": 0, "learning_rate": 1e-4}, variables=variables)


def embedder(nid, untrained):
    return Node(nid, "Embedder", P + "embedder.EmbedderNodeFactory",
                {"supercell_column": "supercell", "untrained_baseline": untrained, "seed": 1, "local_mean": False})


def array(values):
    return {"array-size": len(values), **{str(i): v for i, v in enumerate(values)}}


def column(name):
    """A column-name setting as KNIME's SettingsModelColumnName stores it."""
    return {"useRowID": False, "columnName": name}


def linear_regression(target, features):
    """The Linear Regression Learner's settings (keys of knime-base's LinReg2LearnerSettings; the predictor's and
    scorer's below are those of RegressionPredictorSettings and NumericScorerSettings, misspellings included)."""
    return {"target": target,
            "column_filter": {"filter-type": "STANDARD", "included_names": array(features),
                              "excluded_names": array([]), "enforce_option": "EnforceInclusion",
                              "name_pattern": {"pattern": "", "type": "Wildcard", "caseSensitive": True,
                                               "excludeMatching": False}},
            "include_constant": True, "offset_value": 0.0, "missing_value_handling": "ignore",
            "scatter_plot_first_row": 1, "scatter_plot_row_count": 20000}


def main():
    write_flow("DIM_CifReader", "CIF Reader on the sample CIFs (four structures and a broken file)",
               [cif_reader()], [])
    write_flow("DIM_SupercellBuilder", "Supercells of at most 16 sites of the sample crystals",
               [cif_reader(), supercells()], [(1, 1, 2, 1)])
    write_flow("DIM_FalseSampler", "Two vacancy and two thermal-displacement samples per crystal, seed 1",
               [cif_reader(), Node(2, "False Sampler", P + "falsesampler.FalseSamplerNodeFactory",
                                   {"crystal_column": "crystal", "kinds": "vacancy,thermal", "samples_per_kind": 2,
                                    "thermal_sigma": 0.05, "interstitial_trials": 100, "seed": 1})],
               [(1, 1, 2, 1)])
    write_flow("DIM_Trainer", "DIM Trainer, epochs set by the workflow variable 'epochs'",
               [cif_reader(), supercells(), trainer(epochs=1, variables={"epochs": "epochs"})],
               [(1, 1, 2, 1), (2, 1, 3, 1)], variables=[("epochs", "INTEGER", 2)])
    write_flow("DIM_Embedder", "Embedder with the untrained baseline (no model needed)",
               [cif_reader(), supercells(), embedder(3, True)], [(1, 1, 2, 1), (2, 1, 3, 2)])
    write_flow("DIM_ModelWriterReader",
               "A trained model written to the workflow's data folder, read back (after the writer, by the "
               "flow-variable connection) and used by the Embedder",
               [cif_reader(), supercells(), trainer(),
                Node(4, "DIM Model Writer", P + "modelwriter.DimModelWriterNodeFactory",
                     {"file": "knime://knime.workflow/data/model.dim", "overwrite": True}),
                Node(5, "DIM Model Reader", P + "modelreader.DimModelReaderNodeFactory",
                     {"file": "knime://knime.workflow/data/model.dim"}),
                embedder(6, False)],
               [(1, 1, 2, 1), (2, 1, 3, 1), (3, 1, 4, 1), (4, 0, 5, 0), (5, 1, 6, 1), (2, 1, 6, 2)])
    write_flow("DIM_EndToEnd",
               "CIF Reader, Supercell Builder, DIM Trainer (epochs from the workflow variable), Embedder, then "
               "KNIME's Linear Regression Learner and Regression Predictor on z0..z63 for the density, and the "
               "Numeric Scorer. The Label Masker goes between Embedder and learner once it exists.",
               [cif_reader(), supercells(), trainer(variables={"epochs": "epochs"}), embedder(4, False),
                Node(5, "Linear Regression Learner",
                     "org.knime.base.node.mine.regression.linear2.learner.LinReg2LearnerNodeFactory2",
                     linear_regression("density", [f"z{i}" for i in range(64)]), bundle=KNIME_BASE),
                Node(6, "Regression Predictor",
                     "org.knime.base.node.mine.regression.predict3.RegressionPredictorNodeFactory2",
                     {"has_custom_predicition_name": False, "custom_prediction_name": None,
                      "include_probabilites": False, "propability_columns_suffix": ""}, bundle=KNIME_BASE),
                Node(7, "Numeric Scorer", "org.knime.base.node.mine.scorer.numeric.NumericScorerNodeFactory",
                     {"reference": column("density"), "predicted": column("Prediction (density)"),
                      "override default output name": False, "output column": "",
                      "name prefix for flowvars": "", "generate flow variables": False}, bundle=KNIME_BASE)],
               [(1, 1, 2, 1), (2, 1, 3, 1), (3, 1, 4, 1), (2, 1, 4, 2), (4, 1, 5, 1), (5, 1, 6, 1), (4, 1, 6, 2),
                (6, 1, 7, 1)], variables=[("epochs", "INTEGER", 2)])


if __name__ == "__main__":
    main()
