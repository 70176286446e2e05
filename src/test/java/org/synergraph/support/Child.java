package org.synergraph.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.synergraph.cli.Main;

/** Runs the Synergraph command line in a separate JVM, as a user would, for tests of whole-process behaviour. */
public final class Child {
    private Child() {
    }

    /** The command line for {@code java … org.synergraph.cli.Main args}, optionally wrapped (e.g. in unshare). */
    public static List<String> command(List<String> wrapper, String... args) {
        List<String> cmd = new ArrayList<>(wrapper);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "--add-opens", "java.base/java.nio=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    public static Process start(List<String> command) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Runs to completion (at most {@code seconds}) and returns exit code and output. */
    public static Result run(int seconds, List<String> command) throws IOException, InterruptedException {
        Process p = start(command);
        boolean exited = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!exited) {
            p.destroyForcibly().waitFor();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(exited ? p.exitValue() : -1, out);
    }

    /** How a child process ended. */
    public record Result(int exit, String output) {
    }
}
