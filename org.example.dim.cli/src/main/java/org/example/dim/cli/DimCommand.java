package org.example.dim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dim} command line: batch access to the engine, one subcommand per job. */
@Command(name = "dim", mixinStandardHelpOptions = true, version = "dim 0.1.0",
        description = "Self-supervised Deep InfoMax learning on crystal structures.",
        subcommands = {DemoCommand.class, ReadCommand.class, SupercellCommand.class, TrainCommand.class, EmbedCommand.class,
            ExperimentCommand.class, ImportanceCommand.class, BenchCommand.class, FuzzCommand.class})
public final class DimCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new DimCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
