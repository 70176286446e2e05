package org.synergraph.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.synergraph.problem.Problem;

/**
 * The text of a Word (.docx) file, paragraph by paragraph (POI). Zip bombs are refused by POI's ZipSecureFile
 * limits: an entry that inflates more than 100 times, or beyond the size cap, stops the reading.
 */
public final class DocxText implements DocumentReader {
    /** Inflated bytes per compressed byte below which an entry counts as a bomb (POI: 0.01 = 100 times). */
    private static final double MIN_INFLATE_RATIO = 0.01;

    public DocxText(long maxEntryBytes) {
        // POI keeps these limits in static fields; every reader in this JVM uses the same ones.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(maxEntryBytes);
        ZipSecureFile.setMaxTextSize(maxEntryBytes);
    }

    @Override
    public String text(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (IOException | RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            if (isBomb(e)) {
                throw new Problem(Problem.Kind.BAD_REQUEST, "zip_bomb", "The .docx inflates far beyond its size"
                        + " (a zip bomb?); it was not read.", e);
            }
            throw new Problem(Problem.Kind.BAD_REQUEST, "bad_docx", "The .docx could not be read as a Word"
                    + " document: " + why, e);
        }
    }

    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("max size of the expanded") || m.contains("exceed the max")) {
                return true;
            }
        }
        return false;
    }
}
