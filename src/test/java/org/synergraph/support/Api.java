package org.synergraph.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for integration tests: real requests to the real server. */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Api(String base) {
        this.base = base;
    }

    /** A response: status, raw body, body as JSON (null if not JSON), and content type. */
    public record Response(int status, String body, JsonNode json, String contentType) {
    }

    public String base() {
        return base;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    public Response postJson(String path, String json, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    /** POSTs any body with the given content type (null for none) and bearer token (null for none). */
    public Response post(String path, String contentType, byte[] body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    /** POSTs one file's bytes as the multipart field {@code file}, plus text fields, with a bearer token. */
    public Response postFile(String path, String fileName, byte[] content, java.util.Map<String, String> fields,
                             String token) {
        String boundary = "synergraph-test-boundary-" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        fields.forEach((k, v) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(k).append("\"\r\n\r\n")
                .append(v).append("\r\n"));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), token);
    }

    /** POSTs one file as the multipart field {@code file}, plus text fields, with a bearer token. */
    public Response postFile(String path, String fileName, String content, java.util.Map<String, String> fields,
                             String token) {
        String boundary = "synergraph-test-boundary";
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(k).append("\"\r\n\r\n")
                .append(v).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n")
                .append(content).append("\r\n--").append(boundary).append("--\r\n");
        return post(path, "multipart/form-data; boundary=" + boundary,
                body.toString().getBytes(StandardCharsets.UTF_8), token);
    }

    /** DELETEs a path with a bearer token (null for none). */
    public Response delete(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).DELETE();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    /** Sends a request with any method and no body. */
    public Response method(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
            HttpResponse<String> r = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.startsWith("application/json") ? JSON.readTree(r.body()) : null;
            Exchanges.record(built.method(), built.uri(), r.statusCode(), type, r.body());
            return new Response(r.statusCode(), r.body(), json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
