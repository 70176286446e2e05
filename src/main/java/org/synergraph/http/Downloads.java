package org.synergraph.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition for a file download whose name may be anything a user uploaded (RFC 6266, RFC 5987). */
final class Downloads {
    private Downloads() {
    }

    /** An attachment named {@code name}: a plain ASCII fallback, and the exact name in UTF-8 for clients that read it. */
    static String attachment(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
