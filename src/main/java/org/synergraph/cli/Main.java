package org.synergraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the jar: {@code serve} (default), {@code ingest}, {@code report}, {@code export}, {@code import},
 * {@code quality}, {@code bench}. */
@Command(name = "synergraph", mixinStandardHelpOptions = true, version = "synergraph 0.1.0",
        description = "Reads UN environmental reports into a graph of who works with whom, where, and with whose money,"
                + " and serves an explorer and API over it.",
        subcommands = {ServeCommand.class, IngestCommand.class, ReportCommand.class, ExportCommand.class,
                ImportCommand.class, JudgementsCommand.class, QualityCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line as {@link #main} does, without exiting: the exit code is returned. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        return cli.execute(effective);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
