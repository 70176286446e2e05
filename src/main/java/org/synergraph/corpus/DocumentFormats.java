package org.synergraph.corpus;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.synergraph.problem.Problem;

/**
 * The formats Synergraph reads (.pdf, .docx, .html/.htm, .txt, .md): picks the reader by the file's extension and
 * checks by its first bytes that the file is what the extension says, so a renamed file is refused clearly.
 */
public final class DocumentFormats {
    /** What the first bytes of a file say it is. */
    enum Content { PDF, ZIP, OLE2, BINARY, TEXT }

    private record Format(Content content, String description, DocumentReader reader, String mediaType) {
    }

    private final Map<String, Format> byExtension;
    private final long maxBytes;

    private DocumentFormats(Map<String, Format> byExtension, long maxBytes) {
        this.byExtension = byExtension;
        this.maxBytes = maxBytes;
    }

    /** Every format, refusing files over maxBytes; readers may hold at most 20 times that in memory. */
    public static DocumentFormats standard(long maxBytes) {
        DocumentReader plain = new PlainText();
        DocumentReader html = new HtmlText();
        Format page = new Format(Content.TEXT, "a web page", html, "text/html");
        return new DocumentFormats(Map.of(
                "pdf", new Format(Content.PDF, "a PDF", new PdfText(maxBytes * 20), "application/pdf"),
                "docx", new Format(Content.ZIP, "a Word (.docx) document", new DocxText(maxBytes * 20),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                "html", page,
                "htm", page,
                "txt", new Format(Content.TEXT, "a text file", plain, "text/plain"),
                "md", new Format(Content.TEXT, "a text file", plain, "text/markdown")), maxBytes);
    }

    /** True when the file name has an extension this class reads. */
    public boolean reads(String fileName) {
        return extension(fileName).map(byExtension::containsKey).orElse(false);
    }

    /** The media type of a file this class reads, by its extension (application/octet-stream for others). */
    public String mediaType(String fileName) {
        return extension(fileName).map(byExtension::get).map(Format::mediaType).orElse("application/octet-stream");
    }

    /** The extensions read, for messages: ".pdf, .docx, …". */
    public static String names() {
        return ".pdf, .docx, .html, .htm, .txt, .md";
    }

    /** The text of a file, or a Problem saying why it is refused. */
    public String text(String fileName, byte[] bytes) {
        Format format = extension(fileName).map(byExtension::get).orElseThrow(() -> Problem.badRequest(
                "unsupported_file", fileName + ": only " + names() + " files can be ingested."));
        if (bytes.length == 0) {
            throw Problem.badRequest("empty_file", fileName + " is empty (0 bytes).");
        }
        checkSize(fileName, bytes.length);
        Content actual = sniff(bytes);
        if (actual != format.content()) {
            throw Problem.badRequest("wrong_format", fileName + " is not " + format.description() + ": its content "
                    + describe(actual) + ".");
        }
        return format.reader().text(bytes);
    }

    /** Refuses a file over the size limit before it is read into memory. */
    public void checkSize(String fileName, long size) {
        if (size > maxBytes) {
            throw Problem.tooLarge("file_too_large", fileName + " has " + size + " bytes; the limit is " + maxBytes
                    + " (--max-body-mb).");
        }
    }

    static Content sniff(byte[] b) {
        if (startsWith(b, "%PDF-".getBytes()) || indexOf(b, "%PDF-".getBytes(), 1024) >= 0) {
            return Content.PDF;
        }
        if (startsWith(b, new byte[] {'P', 'K', 3, 4})) {
            return Content.ZIP;
        }
        if (startsWith(b, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return Content.OLE2;
        }
        for (int i = 0; i < Math.min(b.length, 8192); i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                return Content.BINARY;
            }
        }
        return Content.TEXT;
    }

    private static String describe(Content c) {
        return switch (c) {
            case PDF -> "is a PDF";
            case ZIP -> "is a zip archive";
            case OLE2 -> "is an old Office file (.doc/.xls); save it as .docx or PDF";
            case BINARY -> "is binary data";
            case TEXT -> "is plain text";
        };
    }

    private static Optional<String> extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return indexOf(b, prefix, prefix.length) == 0;
    }

    private static int indexOf(byte[] b, byte[] needle, int within) {
        for (int i = 0; i + needle.length <= Math.min(b.length, within); i++) {
            int j = 0;
            while (j < needle.length && b[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        return -1;
    }
}
