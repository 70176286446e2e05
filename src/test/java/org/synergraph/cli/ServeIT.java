package org.synergraph.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Child;
import org.synergraph.support.TestGraph;

/** {@code serve} as a user runs it: where it listens, and what it says about the Bolt password. */
class ServeIT {

    @Test
    void serve_listens_on_loopback_only_and_says_where_the_bolt_password_is_without_printing_it() throws Exception {
        InetAddress lan = nonLoopbackAddress();
        Path data = TestGraph.tempDir("serve-default");
        int port = freePort();

        try (Running serve = Running.start(data, Map.of(), "--port", String.valueOf(port))) {
            String password = Files.readString(data.resolve("bolt-password")).strip();

            assertTrue(serve.output().contains("user neo4j, password in " + data.resolve("bolt-password")),
                    serve.output());
            assertFalse(serve.output().contains(password), "the password itself is never printed");
            assertTrue(canConnect(InetAddress.getLoopbackAddress(), port), "reachable on loopback");
            assertFalse(canConnect(lan, port), "not reachable on " + lan);
        }
    }

    @Test
    void host_0000_opens_http_to_the_network_and_says_so() throws Exception {
        InetAddress lan = nonLoopbackAddress();
        Path data = TestGraph.tempDir("serve-open");
        int port = freePort();
        String password = "a-password-set-by-the-operator";

        try (Running serve = Running.start(data, Map.of("SYNERGRAPH_BOLT_PASSWORD", password),
                "--port", String.valueOf(port), "--host", "0.0.0.0")) {
            String out = serve.output();

            assertTrue(out.contains("HTTP is bound to 0.0.0.0: anyone who can reach this address can read the graph;"
                    + " writes need the admin token"), out);
            assertTrue(out.contains("password as set in SYNERGRAPH_BOLT_PASSWORD"), out);
            assertFalse(out.contains(password), "the password itself is never printed");
            assertFalse(Files.exists(data.resolve("bolt-password")), "a configured password is not written down");
            assertTrue(canConnect(lan, port), "reachable on " + lan);
        }
    }

    /** A {@code serve} child process that has printed its ready line; closing it sends SIGTERM. */
    private record Running(Process process, String output) implements AutoCloseable {
        static Running start(Path data, Map<String, String> env, String... flags) throws IOException {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("serve", "--data", data.toString(),
                    "--bolt-port", String.valueOf(freePort())));
            args.addAll(java.util.List.of(flags));
            ProcessBuilder pb = new ProcessBuilder(Child.command(java.util.List.of(), args.toArray(String[]::new)))
                    .redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            StringBuilder out = new StringBuilder();
            BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                out.append(line).append('\n');
                if (line.startsWith("Synergraph ready")) {
                    break;
                }
            }
            Thread drain = new Thread(() -> { // keep reading, so the child never blocks on a full pipe
                try {
                    while (reader.readLine() != null) {
                        // discard
                    }
                } catch (IOException e) {
                    // the child has gone
                }
            }, "serve-output");
            drain.setDaemon(true);
            drain.start();
            Running running = new Running(p, out.toString());
            if (!out.toString().contains("Synergraph ready")) {
                running.close();
                throw new AssertionError("serve did not start: " + out);
            }
            return running;
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean canConnect(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static InetAddress nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : java.util.Collections.list(nic.getInetAddresses())) {
                if (!a.isLoopbackAddress() && a instanceof java.net.Inet4Address) {
                    return a;
                }
            }
        }
        Assumptions.abort("this machine has no non-loopback IPv4 address to probe");
        throw new AssertionError();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
