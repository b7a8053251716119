package org.example.dim.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** What the few-labels experiments share: the labelled data, the target, label counts, repeats, seed, output. */
final class ExperimentOptions {

    @Option(names = "--data", required = true, split = ",", paramLabel = "INPUT",
            description = "Labelled crystals: JSON-lines (.jsonl, .jsonl.gz) with a 'cif' field, CSV with a 'cif' column, or CIF files/folders with --label-table")
    List<Path> data;

    @Option(names = "--label-table", paramLabel = "labels.csv", description = "Labels of CIF files: first column the file name, then numeric label columns")
    Path labelTable;

    @Option(names = "--target", defaultValue = "formation_energy_per_atom", description = "Label to predict (default: ${DEFAULT-VALUE})")
    String target;

    @Option(names = "--labels", split = ",", defaultValue = "50,100,250,1000", description = "Labelled training crystals per run (default: ${DEFAULT-VALUE})")
    int[] labels;

    @Option(names = "--repeats", defaultValue = "5", description = "Replicates per label count (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--test-fraction", defaultValue = "0.2", description = "Share of labelled crystals in the fixed test set (default: ${DEFAULT-VALUE})")
    double testFraction;

    @Option(names = "--epochs", defaultValue = "20", description = "DIM pre-training epochs (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every random choice (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder")
    Path out;

    @Option(names = "--pretrain", split = ",", paramLabel = "INPUT", description = "Unlabelled crystals to pre-train DIM"
            + " on (CIF files, folders, JSON-lines, or a .sitenet file), less any test crystal; default: the labelled"
            + " crystals outside the test set")
    List<Path> pretrain;

    @Option(names = "--model", paramLabel = "model.dim", description = "Use this trained DIM model instead of pre-training")
    Path model;
}
