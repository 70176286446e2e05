package org.synergraph.query;

import org.synergraph.problem.Problem;

/**
 * A typed report parameter, declared in a report file's header as {@code // param: name type default description}
 * (default {@code -} means required). Type {@code review} takes any, unrejected or accepted: which facts the report
 * counts, as every read endpoint's {@code review} parameter.
 */
public record ReportParam(String name, String type, String defaultValue, String description) {

    static ReportParam parse(String report, String line) {
        String[] parts = line.strip().split("\\s+", 4);
        if (parts.length < 3 || !parts[0].matches("[A-Za-z][A-Za-z0-9_]*")
                || !java.util.Set.of("string", "int", "float", "bool", "id", "review").contains(parts[1])) {
            throw new IllegalStateException("report " + report + ": bad param line '" + line
                    + "' (write: name string|int|float|bool|id|review default|- description)");
        }
        return new ReportParam(parts[0], parts[1], "-".equals(parts[2]) ? null : parts[2],
                parts.length > 3 ? parts[3] : "");
    }

    /** Converts the text a client sent (or the default) into a typed value; a bad value is a 400 problem. */
    public Object value(String given) {
        String text = given == null ? defaultValue : given;
        if (text == null) {
            throw Problem.badRequest("missing_parameter", "Report parameter '" + name + "' is required (" + type
                    + "): " + description);
        }
        try {
            return switch (type) {
                case "int" -> Long.parseLong(text.strip());
                case "float" -> Double.parseDouble(text.strip());
                case "bool" -> parseBool(text);
                case "id" -> Ids.check(name, text.strip());
                case "review" -> ReviewView.filter(text.strip());
                default -> text.length() > 500 ? tooLong() : text;
            };
        } catch (NumberFormatException e) {
            throw Problem.badRequest("bad_parameter", "Report parameter '" + name + "' must be " + type + ", not '"
                    + Ids.abbreviate(text) + "'.");
        }
    }

    private Object tooLong() {
        throw Problem.badRequest("bad_parameter", "Report parameter '" + name + "' may be at most 500 characters.");
    }

    private boolean parseBool(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new NumberFormatException(text);
        };
    }
}
