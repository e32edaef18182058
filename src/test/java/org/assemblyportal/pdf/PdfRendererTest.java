package org.assemblyportal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.layout.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;

/** The shared PDF set-up: Kazakh text survives, the footer carries the hash, veraPDF accepts it. */
class PdfRendererTest {

    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    record Letter(String heading, String body) {
    }

    static final class LetterTemplate implements PdfTemplate<Letter> {
        @Override
        public PdfMeta meta(Letter model) {
            return new PdfMeta(model.heading(), "test", Locale.forLanguageTag("kk"),
                    new PdfMeta.Footer("AP-2022-0001", SHA, "Assembly Portal"));
        }

        @Override
        public void render(Letter model, Document document, PdfKit kit) {
            document.add(kit.paragraph(model.heading(), kit.title()));
            document.add(kit.paragraph(model.body(), kit.body()));
        }
    }

    static final String KAZAKH = "Бейбіт жиналыстарды ұйымдастыру және өткізу тәртібі туралы: Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі";
    static final String SCRIPT = "<script>alert('x')</script>";

    private final byte[] pdf = new PdfRenderer().render(new LetterTemplate(),
            new Letter("Хабарлама / Уведомление", KAZAKH + "\n" + SCRIPT));

    @Test
    void kazakh_letters_and_user_markup_come_out_as_plain_text() throws IOException {
        var text = text(pdf);
        assertThat(text.replaceAll("\\s+", " ")).contains("Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі").contains("Хабарлама / Уведомление").contains(SCRIPT);
    }

    @Test
    void every_page_carries_the_case_reference_and_the_data_hash() throws IOException {
        assertThat(text(pdf)).contains("AP-2022-0001").contains(SHA);
    }

    @Test
    void itext_keeps_its_producer_line_and_the_language_is_set() throws IOException {
        try (var doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(doc.getDocumentInfo().getProducer()).containsIgnoringCase("itext");
            assertThat(doc.getCatalog().getLang().toUnicodeString()).isEqualTo("kk");
        }
    }

    @Test
    void verapdf_finds_the_document_pdfa_2u_compliant() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
                var validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
            var result = validator.validate(parser);
            assertThat(parser.getFlavour().toString()).isEqualTo("2u");
            assertThat(result.isCompliant()).as(result.getTestAssertions().toString()).isTrue();
        }
        var out = Path.of("target", "pdf-samples");
        Files.createDirectories(out);
        Files.write(out.resolve("renderer-sample.pdf"), pdf);
    }

    static String text(byte[] bytes) throws IOException {
        try (var doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            var text = new StringBuilder();
            for (var i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
            return text.toString();
        }
    }
}
