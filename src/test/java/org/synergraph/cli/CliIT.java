package org.synergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.synergraph.support.TestGraph;
import picocli.CommandLine;

/** The jar's subcommands, run in-process against the shared test graph through its Bolt address. */
class CliIT {
    private final TestGraph graph = TestGraph.embedded();

    private record Run(int exit, String out) {
    }

    private Run run(String... args) {
        String[] withGraph = new String[args.length + 4];
        System.arraycopy(args, 0, withGraph, 0, args.length);
        withGraph[args.length] = "--neo4j-uri";
        withGraph[args.length + 1] = graph.synergraph().graph().boltUri();
        withGraph[args.length + 2] = "--neo4j-password"; // as README says: the password kept in the data directory
        withGraph[args.length + 3] = boltPassword();
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new Main()).execute(withGraph);
            return new Run(exit, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    private String boltPassword() {
        try {
            return Files.readString(graph.synergraph().config().boltPasswordFile()).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void report_prints_csv_with_a_header() {
        Run r = run("report", "entities_per_document", "--format", "csv");

        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().startsWith("document,title,organisations"), r.out());
        assertTrue(r.out().contains("000"), r.out());
    }

    @Test
    void report_list_names_every_report() {
        Run r = run("report", "--list");

        assertEquals(0, r.exit());
        assertTrue(r.out().contains("countries_by_initiatives"), r.out());
        assertTrue(r.out().contains("--param id="), r.out());
    }

    @Test
    void export_writes_graphml_to_a_file() throws IOException {
        Path out = TestGraph.tempDir("export").resolve("g.graphml");

        Run r = run("export", "--format", "graphml", "-o", out.toString());

        assertEquals(0, r.exit(), r.out());
        String xml = Files.readString(out);
        assertTrue(xml.contains("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""));
        assertTrue(xml.contains("<node id=\"initiative:recsoil\">"));
    }

    @Test
    void judgements_import_then_export_round_trips_the_file() throws IOException {
        // Given a judgements file whose fact no document states (it stays orphaned, so other tests read the same graph)
        Path dir = TestGraph.tempDir("judgements");
        Path in = dir.resolve("in.json");
        Path out = dir.resolve("out.json");
        Files.writeString(in, "[{\"id\":\"cli-judgement-1\",\"decision\":\"reject\",\"subject\":\"initiative:none\","
                + "\"predicate\":\"ACTIVE_IN\",\"object\":\"country:NONE\",\"status\":\"active\",\"curator\":\"ana\","
                + "\"note\":\"from the file\",\"at\":\"2026-01-31T12:00:00Z\"}]");

        // When it is imported twice and exported
        Run first = run("judgements", "import", in.toString());
        Run second = run("judgements", "import", in.toString());
        Run export = run("judgements", "export", "-o", out.toString());

        // Then the export holds it once, as written, with its curator and time
        assertEquals(0, first.exit(), first.out());
        assertEquals(0, second.exit(), second.out());
        assertEquals(0, export.exit(), export.out());
        String file = Files.readString(out);
        assertEquals(1, file.split("cli-judgement-1", -1).length - 1, file);
        assertTrue(file.contains("\"curator\" : \"ana\"") && file.contains("2026-01-31T12:00:00.000000Z"), file);
    }

    @Test
    void ingest_reads_an_english_text_file_with_a_sidecar() throws IOException {
        Path dir = TestGraph.tempDir("ingest-cli");
        Path file = dir.resolve("note.txt");
        Files.writeString(file, "1. The Food and Agriculture Organization of the United Nations (FAO) reported on "
                + "RECSOIL in Ghana.\n");
        Files.writeString(dir.resolve("note.txt.meta.json"), "{\"id\":\"cli-note\",\"title\":\"A note\",\"language\":\"en\"}");

        Run r = run("ingest", file.toString());

        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("1 documents (1 written)"), r.out());
        assertEquals(200, graph.api().get("/api/documents/cli-note").status());
    }
    @Test
    void ingest_walks_a_folder_of_formats_skips_other_files_and_lists_refusals() throws IOException {
        // Given a folder with a .docx (and its sidecar), GB18030 text, a picture, and a PDF that is really text
        Path dir = TestGraph.tempDir("ingest-formats");
        Files.write(dir.resolve("note.docx"), org.synergraph.corpus.FormatFixtures.docx(
                "1. The Food and Agriculture Organization of the United Nations (FAO) reported on RECSOIL in Togo."));
        Files.writeString(dir.resolve("note.docx.meta.json"), "{\"id\":\"cli-docx\",\"language\":\"en\"}");
        Files.write(dir.resolve("gb.txt"), "1. 全球土壤伙伴关系在赞比亚开展 CliIT 活动。\n"
                .getBytes(java.nio.charset.Charset.forName("GB18030")));
        Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(dir.resolve("fake.pdf"), "not a pdf at all");

        // When
        Run r = run("ingest", dir.toString());

        // Then: two documents in, the picture skipped, the fake PDF refused, each with its reason
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("2 documents (2 written)"), r.out());
        assertTrue(r.out().contains("photo.png: skipped: not a document"), r.out());
        assertTrue(r.out().contains("1 files skipped, 1 refused"), r.out());
        assertTrue(r.out().contains("Refused:\n  " + dir.resolve("fake.pdf") + ": refused: fake.pdf is not a PDF"),
                r.out());
        assertEquals(200, graph.api().get("/api/documents/cli-docx").status());
    }

    @Test
    void ingest_of_a_folder_off_a_terminal_prints_a_line_per_document_then_the_summary_and_the_refusals()
            throws IOException {
        // Given a folder of two good files and three bad ones (empty, not what its extension says, a broken
        // sidecar) and a picture
        Path dir = TestGraph.tempDir("ingest-lines");
        Files.writeString(dir.resolve("a-good.txt"), "1. The Global Soil Partnership met in Malawi on CliIT lines.\n");
        Files.write(dir.resolve("b-good.docx"), org.synergraph.corpus.FormatFixtures.docx(
                "1. The Food and Agriculture Organization of the United Nations (FAO) reported on RECSOIL in Benin."));
        Files.writeString(dir.resolve("c-empty.txt"), "");
        Files.writeString(dir.resolve("d-fake.pdf"), "not a pdf at all");
        Files.writeString(dir.resolve("e-sidecar.txt"), "1. RECSOIL in Niger.\n");
        Files.writeString(dir.resolve("e-sidecar.txt.meta.json"), "{\"id\": ");
        Files.write(dir.resolve("f-photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        // When the command runs with its output not on a terminal (as here, captured)
        Run r = run("ingest", dir.toString());

        // Then it says how much there is, prints one numbered line per document with what became of it, ...
        assertEquals(1, r.exit(), r.out());
        String out = r.out();
        assertTrue(out.contains("Reading 5 documents (0.0 MB)\n"), out);
        assertTrue(out.matches("(?s).*\\[1/5, 0\\.0 of 0\\.0 MB\\] a-good\\.txt: written as doc-[0-9a-f]{12}: 1 passages, "
                + "\\d+ mentions, \\d+ relations, \\d+ new entities\n.*"), out);
        assertTrue(out.contains("[2/5, 0.0 of 0.0 MB] b-good.docx: written as "), out);
        assertTrue(out.contains("[3/5, 0.0 of 0.0 MB] c-empty.txt: refused: "), out);
        assertTrue(out.contains("[4/5, 0.0 of 0.0 MB] d-fake.pdf: refused: d-fake.pdf is not a PDF"), out);
        assertTrue(out.contains("[5/5, 0.0 of 0.0 MB] e-sidecar.txt: refused: e-sidecar.txt.meta.json is not the"
                + " metadata JSON"), out);
        // ... skips the picture, and ends with the summary and the refusals with their reasons
        assertTrue(out.contains(dir.resolve("f-photo.png") + ": skipped: not a document"), out);
        assertTrue(out.contains("Ingested: 2 documents (2 written), "), out);
        assertTrue(out.contains("; 1 files skipped, 3 refused\nRefused:\n  " + dir.resolve("c-empty.txt")
                + ": refused: "), out);
        assertTrue(out.contains("\n  " + dir.resolve("d-fake.pdf") + ": refused: "), out);
        assertTrue(out.contains("\n  " + dir.resolve("e-sidecar.txt") + ": refused: "), out);
        assertFalse(out.contains("\r"), "no bar redrawn in place off a terminal");
    }
}
