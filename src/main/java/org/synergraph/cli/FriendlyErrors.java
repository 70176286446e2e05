package org.synergraph.cli;

import org.synergraph.graph.StoreLockedException;
import org.synergraph.problem.Problem;
import picocli.CommandLine;

/** Prints problems a user can fix as one clear line instead of a stack trace. */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (e instanceof StoreLockedException || e instanceof Problem || e instanceof IllegalArgumentException) {
            cli.getErr().println("synergraph: " + e.getMessage());
            return 2;
        }
        cli.getErr().println("synergraph: failed: " + e);
        e.printStackTrace(cli.getErr());
        return 1;
    }
}
