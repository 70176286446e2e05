package org.synergraph.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Documents in other formats, made from corpus text in the test itself (the PDF of a corpus text is committed). */
public final class FormatFixtures {
    /** The corpus text whose PDF is src/test/resources/formats/004.pdf. */
    public static final Path CORPUS_TXT = Path.of("data/corpus/004_c7a8ede8acf12d79.txt");
    public static final Path CORPUS_PDF = Path.of("src/test/resources/formats/004.pdf");

    private FormatFixtures() {
    }

    public static String corpusText() {
        return read(CORPUS_TXT);
    }

    public static byte[] corpusPdf() {
        try {
            return Files.readAllBytes(CORPUS_PDF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx with one paragraph per line of the text. */
    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\\R", -1)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF with an English line, protected by a user password. */
    public static byte[] encryptedPdf() {
        try (PDDocument pdf = onePage("The Global Soil Partnership works in Zambia with many partners.")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A three-page PDF with no text layer, as a scanner makes (here: empty pages). */
    public static byte[] scannedPdf() {
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                pdf.addPage(new PDPage());
            }
            return save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip named like a .docx whose document part inflates 1,000 times (100 MB of zeros from ~100 KB). */
    public static byte[] zipBomb() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"></Types>").getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A web page with navigation, a header, a footer, a script, a style and an onclick around the paragraph. */
    public static String htmlPage(String paragraph) {
        return "<!doctype html><html><head><title>Page</title><style>p{color:red}</style>"
                + "<script>document.title='SCRIPT-TEXT';</script></head><body>"
                + "<header><a href='/'>HEADER-TEXT Home</a></header>"
                + "<nav><ul><li><a href='/a'>NAV-TEXT About</a></li></ul></nav>"
                + "<main><h1>Report</h1><div onclick=\"alert('ONCLICK-TEXT')\"><p>" + paragraph + "</p></div>"
                + "<noscript>NOSCRIPT-TEXT</noscript><script>var x = 'INLINE-SCRIPT-TEXT';</script></main>"
                + "<aside>ASIDE-TEXT</aside><form><input value='FORM-TEXT'>FORM-TEXT</form>"
                + "<footer>FOOTER-TEXT © 2026</footer></body></html>";
    }

    private static PDDocument onePage(String line) throws IOException {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
            s.beginText();
            s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            s.newLineAtOffset(50, 700);
            s.showText(line);
            s.endText();
        }
        return pdf;
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
