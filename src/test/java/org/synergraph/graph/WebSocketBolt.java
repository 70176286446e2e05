package org.synergraph.graph;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A Bolt client over a raw WebSocket, written from the protocol documents rather than with Neo4j's own code, as a
 * web page in the user's browser would speak to the port: HTTP upgrade, Bolt handshake, then PackStream messages
 * in binary frames.
 */
final class WebSocketBolt implements AutoCloseable {
    static final int SUCCESS = 0x70;
    static final int FAILURE = 0x7F;
    static final int IGNORED = 0x7E;
    /** The connection was closed instead of answering. */
    static final int CLOSED = -1;

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;
    private final int upgradeStatus;

    private WebSocketBolt(Socket socket) throws IOException {
        this.socket = socket;
        this.socket.setSoTimeout(10_000);
        this.out = socket.getOutputStream();
        this.in = new DataInputStream(socket.getInputStream());
        String key = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(16));
        out.write(("GET / HTTP/1.1\r\nHost: " + socket.getInetAddress().getHostAddress() + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n"
                + "Origin: https://evil.example\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        String status = readLine(in);
        while (!readLine(in).isEmpty()) {
            // skip headers
        }
        this.upgradeStatus = Integer.parseInt(status.split(" ")[1]);
    }

    static WebSocketBolt open(String host, int port) throws IOException {
        return new WebSocketBolt(new Socket(host, port));
    }

    int upgradeStatus() {
        return upgradeStatus;
    }

    /** Offers Bolt 4.4 only (HELLO carries the credentials); returns the agreed major version. */
    int handshake44() throws IOException {
        sendFrame(new byte[]{0x60, 0x60, (byte) 0xB0, 0x17, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        byte[] reply = readFrame();
        return reply.length == 4 ? reply[3] : CLOSED;
    }

    /** HELLO {user_agent, scheme: "none"}; returns the reply's signature. */
    int helloWithoutCredentials() throws IOException {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.write(0xB1);
        m.write(0x01);
        m.write(0xA2);
        string(m, "user_agent");
        string(m, "evil-page/1.0");
        string(m, "scheme");
        string(m, "none");
        return exchange(m.toByteArray());
    }

    /** RUN query {} {}; returns the reply's signature. */
    int run(String cypher) throws IOException {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.write(0xB3);
        m.write(0x10);
        string(m, cypher);
        m.write(0xA0);
        m.write(0xA0);
        int reply = exchange(m.toByteArray());
        if (reply == SUCCESS) { // pull the result too, as a real client would
            return exchange(new byte[]{(byte) 0xB1, 0x3F, (byte) 0xA1, (byte) 0x81, 'n', (byte) 0xFF});
        }
        return reply;
    }

    private int exchange(byte[] message) throws IOException {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.write(message.length >> 8);
        chunk.write(message.length & 0xFF);
        chunk.write(message);
        chunk.write(0);
        chunk.write(0);
        try {
            sendFrame(chunk.toByteArray());
            byte[] reply = readFrame();
            return reply.length >= 4 ? reply[3] & 0xFF : CLOSED;
        } catch (IOException e) {
            return CLOSED;
        }
    }

    private static void string(ByteArrayOutputStream m, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length < 16) {
            m.write(0x80 | b.length);
        } else {
            m.write(0xD0);
            m.write(b.length);
        }
        m.write(b, 0, b.length);
    }

    /** One masked binary frame, as a browser sends it. */
    private void sendFrame(byte[] payload) throws IOException {
        byte[] mask = new SecureRandom().generateSeed(4);
        out.write(0x82);
        out.write(0x80 | payload.length);
        out.write(mask);
        for (int i = 0; i < payload.length; i++) {
            out.write(payload[i] ^ mask[i % 4]);
        }
        out.flush();
    }

    /** One frame from the server (unmasked); a close frame or end of stream reads as empty. */
    private byte[] readFrame() throws IOException {
        int opcode = in.read();
        if (opcode < 0) {
            return new byte[0];
        }
        int len = in.readUnsignedByte() & 0x7F;
        if (len == 126) {
            len = in.readUnsignedShort();
        } else if (len == 127) {
            len = (int) in.readLong();
        }
        byte[] payload = new byte[len];
        in.readFully(payload);
        return (opcode & 0x0F) == 0x8 ? new byte[0] : payload;
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
