package org.assemblyportal.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assemblyportal.assembly.ApplicationSamples;
import org.assemblyportal.casefile.DossierData.Observation;
import org.assemblyportal.casefile.DossierData.Summary;
import org.assemblyportal.pdf.PdfRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.MessageSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;

/** The case-file dossier of the Almaty 2022 march, rendered from sample data in each language. */
class DossierPdfTest {

    static final MessageSource MESSAGES = ApplicationSamples.translations();
    static final PdfRenderer RENDERER = new PdfRenderer();

    static byte[] pdf(DossierData data) {
        return RENDERER.render(new DossierPdf(MESSAGES), data);
    }

    static String message(String key, String lang, Object... arguments) {
        return MESSAGES.getMessage(key, arguments.length == 0 ? null : arguments, Locale.forLanguageTag(lang));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void verapdf_finds_the_dossier_pdfa_2u_compliant_in_each_language(String lang) throws Exception {
        var pdf = pdf(DossierSamples.almaty(lang, false));
        var samples = Path.of("target", "pdf-samples");
        Files.createDirectories(samples);
        Files.write(samples.resolve("dossier-almaty-" + lang + ".pdf"), pdf);
        VeraGreenfieldFoundryProvider.initialise();
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
                var validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
            var result = validator.validate(parser);
            assertThat(parser.getFlavour().toString()).isEqualTo("2u");
            assertThat(result.isCompliant()).as(lang + " " + result.getTestAssertions()).isTrue();
        }
    }

    @Test
    void the_cover_prints_the_full_ledger_root_and_the_urn_its_qr_code_holds() throws IOException {
        var data = DossierSamples.almaty("en", false);
        var pages = pages(pdf(data));

        var cover = flat(pages.get(0));
        assertThat(cover).contains(DossierSamples.ROOT).contains(DossierSamples.ORGANIZER)
                .contains("Ledger entries 1,042").contains("2022-03-10 15:15 (Asia/Almaty); 2022-03-10T09:15:30Z UTC");
        assertThat(DossierPdf.ledgerUrn(data))
                .isEqualTo("urn:assembly-portal:ledger:" + DossierSamples.CASE + ":1042:" + DossierSamples.ROOT);
        assertThat(cover.replace(" ", "")).contains(DossierPdf.ledgerUrn(data));
        // The verification page repeats the root in full, so it can be compared without turning back.
        assertThat(flat(pages.get(pages.size() - 1))).contains(DossierSamples.ROOT)
                .contains(DossierPdf.CHECKSUM_COMMAND).contains(DossierPdf.VERIFY_COMMAND);
    }

    @Test
    void every_page_carries_the_case_title_the_shortened_root_and_its_number_of_all() throws IOException {
        var pages = pages(pdf(DossierSamples.almaty("en", false, DossierSamples.observations(60))));
        var shortRoot = DossierSamples.ROOT.substring(0, 16) + "…" + DossierSamples.ROOT.substring(56);

        assertThat(pages.size()).isGreaterThan(4);
        for (var i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page " + (i + 1)).contains("Almaty, 8 March 2022")
                    .contains("Ledger root " + shortRoot + " · 1,042 entries")
                    .containsPattern("(?m)(^|\\s)" + (i + 1) + " ?/ ?" + pages.size() + "$");
        }
    }

    @Test
    void a_long_case_title_is_cut_with_an_ellipsis_in_the_header_and_printed_whole_on_the_cover() throws IOException {
        var almaty = DossierSamples.almaty("ru", true);
        var title = "Мирный митинг в защиту права на мирные собрания у памятника Независимости, площадь Республики,"
                + " Алматы, с шествием по проспекту Абая до сквера у Дворца Республики";
        var s = almaty.summary();
        var data = new DossierData("ru", almaty.zone(), new Summary(s.caseId(), s.caseReference(), title,
                s.jurisdiction(), s.plannedDate(), null, s.status(), s.exportedAt(), true), almaty.ledger(),
                almaty.timeline(), almaty.filings(), almaty.responses(), almaty.findings(), almaty.claims(),
                almaty.observations(), almaty.exhibits());
        var pages = pages(pdf(data));

        assertThat(flat(pages.get(0))).contains(title);
        var header = pages.get(1).lines().filter(line -> line.startsWith("Мирный митинг")).findFirst().orElseThrow();
        assertThat(header).contains("…").endsWith(message("dossier.running.redacted", "ru"))
                .doesNotContain("Дворца Республики");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru"})
    void kazakh_and_russian_dossiers_take_every_label_from_their_message_file(String lang) throws IOException {
        var text = flat(String.join("\n", pages(pdf(DossierSamples.almaty(lang, false)))));

        for (var key : List.of("dossier.title", "dossier.ledger-root", "dossier.section.timeline",
                "dossier.section.observations", "dossier.section.exhibits", "dossier.section.verify",
                "dossier.authority-due", "dossier.reason", "dossier.first-seen")) {
            assertThat(text).as(key).contains(flat(message(key, lang)));
        }
        assertThat(text).contains(flat(message("dossier.filing", lang, 1)))
                .doesNotContain(flat(message("dossier.section.exhibits", "en")));
        assertThat(message("dossier.section.verify", "kk")).contains("тексеру");
        assertThat(message("dossier.section.verify", "ru")).contains("проверить");
    }

    @Test
    void the_record_is_printed_as_given_reason_word_for_word_facts_retraction_and_every_full_hash() throws IOException {
        var text = flat(String.join("\n", pages(pdf(DossierSamples.almaty("en", false)))));

        assertThat(text).contains(DossierSamples.FACTS).contains(flat(DossierSamples.REASON))
                .contains("Retracted: Wrong segment chosen").contains("version 2")
                .contains("Monitor actor-5c1f0a9e").contains("Location 43.25920, 76.94580")
                .contains("The authority had to answer by: 2022-02-16")
                .contains("Confirmed by a lawyer on 2022-03-09 14:00: Contradicted")
                .contains(DossierSamples.STAMP_SHA).contains(DossierSamples.REFUSAL_SHA)
                .contains("In the ZIP: originals/" + DossierSamples.STAMP_SHA.substring(0, 12) + "-stamp.png")
                .contains("stamp.png · image/png · 48,213 bytes")
                .doesNotContain(message("dossier.withheld", "en"));
    }

    @Test
    void the_redacted_dossier_names_no_organizer_and_lists_withheld_files_by_hash() throws IOException {
        var text = flat(String.join("\n", pages(pdf(DossierSamples.almaty("en", true)))));

        assertThat(text).doesNotContain(DossierSamples.ORGANIZER).doesNotContain(message("dossier.organizer", "en"))
                .doesNotContain("originals/").contains(message("dossier.variant.redacted", "en"))
                .contains(message("dossier.running.redacted", "en"))
                .contains(DossierSamples.STAMP_SHA).contains(DossierSamples.REFUSAL_SHA);
        assertThat(occurrences(text, message("dossier.withheld", "en"))).isEqualTo(2);
    }

    @Test
    void a_redacted_dossier_cannot_be_given_an_organizer_name() {
        assertThatThrownBy(() -> new Summary(DossierSamples.CASE, null, "Rally", null, null, DossierSamples.ORGANIZER,
                null, Instant.EPOCH, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_empty_case_says_none_in_each_section_and_prints_no_label_without_a_value() throws IOException {
        var bare = new DossierData("en", DossierSamples.ALMATY, new Summary(DossierSamples.CASE, null, "Rally", null,
                null, null, null, Instant.parse("2022-03-10T09:15:30Z"), false),
                new DossierData.Ledger(0, DossierSamples.ROOT), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        var text = flat(String.join("\n", pages(pdf(bare))));

        assertThat(occurrences(text, message("dossier.none", "en"))).isEqualTo(7);
        for (var key : List.of("dossier.reference", "dossier.jurisdiction", "dossier.planned", "dossier.organizer",
                "dossier.status", "dossier.when")) {
            assertThat(text).as(key).doesNotContain(message(key, "en"));
        }
        assertThat(text).doesNotContain("oldest first");

        var sparse = new DossierData("en", DossierSamples.ALMATY, bare.summary(), bare.ledger(), List.of(),
                List.of(new DossierData.Filing(1, null, null, null, null, List.of())),
                List.of(new DossierData.Response(1, null, null, null, null, null)), List.of(), List.of(), List.of(),
                List.of());
        var sparseText = flat(String.join("\n", pages(pdf(sparse))));
        assertThat(sparseText).contains("Filing 1").contains("Answer to filing 1");
        for (var key : List.of("dossier.registered", "dossier.number", "dossier.authority-due", "dossier.route",
                "dossier.decision-date", "dossier.received", "dossier.document-number", "dossier.reason")) {
            assertThat(sparseText).as(key).doesNotContain(message(key, "en"));
        }
    }

    @Test
    void a_missing_or_unreadable_thumbnail_leaves_its_row_without_an_image_and_the_rest_renders() throws IOException {
        var photo = DossierSamples.jpeg(320, 240);
        var observations = new ArrayList<Observation>();
        for (var thumbnail : new byte[][] {photo, null, {1, 2, 3}, new byte[0], photo}) {
            observations.add(new Observation(Instant.parse("2022-03-08T05:00:00Z"), null, "Police", "Row " +
                    observations.size(), null, null, null, 1, null, thumbnail));
        }
        var pdf = pdf(DossierSamples.almaty("en", false, observations));

        assertThat(imageCount(pdf)).isEqualTo(2);
        assertThat(flat(String.join("\n", pages(pdf)))).contains("Row 0").contains("Row 2").contains("Row 4");
    }

    /** Raster images drawn anywhere in the document (QR codes are vector forms, not counted). */
    static int imageCount(byte[] pdf) throws IOException {
        try (var doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            var count = 0;
            for (var i = 1; i <= doc.getNumberOfPdfObjects(); i++) {
                var object = doc.getPdfObject(i);
                if (object instanceof PdfStream stream && PdfName.Image.equals(stream.getAsName(PdfName.Subtype))) {
                    count++;
                }
            }
            return count;
        }
    }

    static List<String> pages(byte[] pdf) throws IOException {
        try (var doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            var pages = new ArrayList<String>();
            for (var i = 1; i <= doc.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(doc.getPage(i)));
            }
            return pages;
        }
    }

    /** Line breaks of the layout become single spaces, so wrapped text still matches. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static int occurrences(String text, String part) {
        var count = 0;
        for (var at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
