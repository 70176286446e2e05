package org.synergraph.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one live exchange against src/main/resources/openapi.json: the path and method are an operation, every
 * query parameter is declared, the status is listed, and a JSON body matches the schema: declared types, required
 * fields present, enums respected, and no field the spec does not name.
 */
public final class SpecCheck {
    private final JsonNode spec;
    private final Map<String, Pattern> templates = new java.util.LinkedHashMap<>();

    private SpecCheck(JsonNode spec) {
        this.spec = spec;
        spec.get("paths").fieldNames().forEachRemaining(p -> templates.put(p,
                Pattern.compile(p.replaceAll("\\{[^/]+}", "[^/]+").replace(".", "\\."))));
    }

    public static SpecCheck load() {
        try (InputStream in = SpecCheck.class.getClassLoader().getResourceAsStream("openapi.json")) {
            return new SpecCheck(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with this exchange, in words; empty when it matches the spec. */
    public List<String> check(String method, String pathAndQuery, int status, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        URI uri = URI.create(pathAndQuery);
        String where = method + " " + (pathAndQuery.length() > 120 ? pathAndQuery.substring(0, 120) + "…" : pathAndQuery)
                + " -> " + status;
        // Javalin answers /api/documents/ as /api/documents (trailing slashes are ignored), so the spec's path holds.
        String path = uri.getRawPath().length() > 1 && uri.getRawPath().endsWith("/")
                ? uri.getRawPath().substring(0, uri.getRawPath().length() - 1) : uri.getRawPath();
        String template = templates.entrySet().stream().filter(e -> e.getValue().matcher(path).matches())
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (template == null) {
            if (status != 404) {
                problems.add(where + ": path not in the spec");
            }
            return problems;
        }
        JsonNode op = spec.get("paths").get(template).get(method.toLowerCase(java.util.Locale.ROOT));
        if (op == null) {
            if (status != 405) {
                problems.add(where + ": method not in the spec");
            }
            return problems;
        }
        Set<String> declared = new HashSet<>();
        boolean open = false;
        for (JsonNode p : op.path("parameters")) {
            JsonNode param = resolve(p);
            declared.add(param.get("name").asText());
            open |= "object".equals(param.path("schema").path("type").asText()) && param.path("explode").asBoolean();
        }
        if (uri.getRawQuery() != null && status < 400) {
            for (String pair : uri.getRawQuery().split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!open && !declared.contains(name)) {
                    problems.add(where + ": parameter '" + name + "' not in the spec");
                }
            }
        }
        JsonNode response = op.get("responses").get(String.valueOf(status));
        if (response == null) {
            problems.add(where + ": status not in the spec (has " + names(op.get("responses")) + ")");
            return problems;
        }
        response = resolve(response);
        String media = contentType == null ? "" : contentType.split(";")[0].strip();
        if (body == null || body.isEmpty() || status == 304) {
            return problems;
        }
        JsonNode content = response.path("content").get(media);
        if (content == null) {
            problems.add(where + ": content type " + media + " not in the spec (has " + names(response.path("content")) + ")");
            return problems;
        }
        if (media.equals("application/json")) {
            try {
                validate(new ObjectMapper().readTree(body), content.get("schema"), "$", where, problems);
            } catch (IOException e) {
                problems.add(where + ": body is not JSON");
            }
        }
        return problems;
    }

    private void validate(JsonNode value, JsonNode schema, String at, String where, List<String> problems) {
        if (schema == null || problems.size() > 20) {
            return;
        }
        schema = resolve(schema);
        if (value.isNull()) {
            // an untyped schema ({}) takes any value, null included; a typed one only with nullable: true
            if (schema.has("type") && !schema.path("nullable").asBoolean()) {
                problems.add(where + ": " + at + " is null, not nullable in the spec");
            }
            return;
        }
        String type = schema.path("type").asText("");
        boolean ok = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!ok) {
            problems.add(where + ": " + at + " is " + value.getNodeType() + ", the spec says " + type);
            return;
        }
        if (schema.has("enum") && value.isTextual()) {
            Set<String> allowed = new HashSet<>();
            schema.get("enum").forEach(e -> allowed.add(e.asText()));
            if (!allowed.contains(value.asText())) {
                problems.add(where + ": " + at + " = '" + value.asText() + "' is not in the spec's enum " + allowed);
            }
        }
        if (value.isArray()) {
            int i = 0;
            for (JsonNode item : value) {
                validate(item, schema.get("items"), at + "[" + i++ + "]", where, problems);
            }
        }
        if (value.isObject() && (schema.has("properties") || schema.has("additionalProperties"))) {
            JsonNode props = schema.path("properties");
            for (JsonNode r : schema.path("required")) {
                if (!value.has(r.asText())) {
                    problems.add(where + ": " + at + "." + r.asText() + " is required by the spec but missing");
                }
            }
            JsonNode extra = schema.get("additionalProperties");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (props.has(f.getKey())) {
                    validate(f.getValue(), props.get(f.getKey()), at + "." + f.getKey(), where, problems);
                } else if (extra != null && extra.isObject()) {
                    validate(f.getValue(), extra, at + "." + f.getKey(), where, problems);
                } else if (extra == null || !extra.asBoolean(false)) {
                    problems.add(where + ": " + at + "." + f.getKey() + " is not in the spec");
                }
            }
        }
    }

    private JsonNode resolve(JsonNode node) {
        while (node != null && node.has("$ref")) {
            node = spec.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static List<String> names(JsonNode obj) {
        List<String> out = new ArrayList<>();
        obj.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
