package org.example.dim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The benchmarks take only the options they use. */
class BenchCommandTest {

    @Test
    void throughputBenchmarksTakeARunCount() {
        ParseResult read = new CommandLine(new DimCommand()).parseArgs("bench", "read", "--runs", "3");
        BenchCommand.Read command = read.subcommand().subcommand().commandSpec().commandLine().getCommand();
        assertEquals(3, command.repeat.runs);
    }

    @Test
    void theTrainingBenchmarkRefusesARunCountItWouldIgnore() {
        assertThrows(CommandLine.UnmatchedArgumentException.class,
                () -> new CommandLine(new DimCommand()).parseArgs("bench", "train", "--runs", "3"));
    }

    @Test
    void theTrainingBenchmarkTakesItsStepsAndWarmUp() {
        ParseResult train = new CommandLine(new DimCommand()).parseArgs("bench", "train", "--steps", "4",
                "--warmup", "2", "--limit", "10");
        BenchTrain command = train.subcommand().subcommand().commandSpec().commandLine().getCommand();
        assertEquals(4, command.steps);
        assertEquals(2, command.warmup);
        assertEquals(10, command.input.limit);
    }
}
