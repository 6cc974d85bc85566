package org.releaseradar.cli;

import org.releaseradar.cli.bench.BenchCommand;
import org.releaseradar.cli.search.SearchCommand;
import org.releaseradar.cli.report.ReportCommand;
import org.releaseradar.cli.run.DemoCommand;
import org.releaseradar.cli.run.RunCommand;
import org.releaseradar.cli.stack.StackCommand;
import org.releaseradar.cli.stats.StatsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code radar} command: one subcommand per job. */
@Command(
        name = "radar",
        mixinStandardHelpOptions = true,
        versionProvider = RadarVersion.class,
        description = "Release Radar: release intelligence on open AI models (Kafka, Kafka Streams, Elasticsearch).",
        subcommands = {DemoCommand.class, RunCommand.class, StackCommand.class, SearchCommand.class, StatsCommand.class,
                ReportCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Radar implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Radar()).setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A failure the user can act on (a missing JDK, a busy data directory, a service that
            // did not start) is said in one message, not a stack trace; the logs hold the rest.
            commandLine.getErr().println("radar " + commandLine.getCommandName() + ": " + e.getMessage());
            commandLine.getErr().flush();
            return 1;
        });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
