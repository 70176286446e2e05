package org.synergraph.corpus;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.synergraph.problem.Problem;

/**
 * A PDF's text layer (PDFBox), pages separated by a form feed so that page numbers can be recovered later. A PDF
 * with no text layer (a scan) or with a password is refused rather than ingested empty.
 */
public final class PdfText implements DocumentReader {
    /** Fewer letters than this per page on average means the pages are images. */
    private static final int MIN_LETTERS_PER_PAGE = 20;
    private static final Pattern UNMAPPED_GLYPH = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F]");
    private final long maxMemoryBytes;

    public PdfText(long maxMemoryBytes) {
        this.maxMemoryBytes = maxMemoryBytes;
    }

    @Override
    public String text(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(maxMemoryBytes).streamCache)) {
            if (pdf.isEncrypted()) {
                throw Problem.badRequest("encrypted_pdf", "The PDF is encrypted; save an unprotected copy first.");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\f");
            // A glyph the PDF gives no Unicode for comes out as a control character (mostly NUL): drop it.
            String text = UNMAPPED_GLYPH.matcher(stripper.getText(pdf)).replaceAll("");
            long letters = text.codePoints().filter(Character::isLetter).count();
            if (letters < (long) MIN_LETTERS_PER_PAGE * Math.max(1, pdf.getNumberOfPages())) {
                throw Problem.badRequest("no_text_layer", "The PDF has no text layer (" + letters + " letters on "
                        + pdf.getNumberOfPages() + " pages): it looks scanned. Run OCR on it first.");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new Problem(Problem.Kind.BAD_REQUEST, "encrypted_pdf", "The PDF is password-protected;"
                    + " save an unprotected copy first.", e);
        } catch (IOException e) {
            throw new Problem(Problem.Kind.BAD_REQUEST, "bad_pdf", "The PDF could not be read: " + e.getMessage(), e);
        }
    }
}
