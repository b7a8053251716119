package org.example.dim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dim experiment}: the DIM paper's few-labels experiments. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "The DIM paper's experiments: repr (frozen embeddings), transfer (fine-tuning).",
        subcommands = {ReprCommand.class, TransferCommand.class})
final class ExperimentCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
