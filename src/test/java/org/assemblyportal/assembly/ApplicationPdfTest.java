package org.assemblyportal.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.filter.TextRegionEventFilter;
import com.itextpdf.kernel.pdf.canvas.parser.listener.FilteredTextEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assemblyportal.base.CanonicalJson;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.jurisdiction.ApplicationField;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.assemblyportal.jurisdiction.FieldRule;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.ShippedJurisdictions;
import org.assemblyportal.pdf.LatinScript;
import org.assemblyportal.pdf.PdfRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.MessageSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;

/**
 * The application PDF as an authority reads it: text extracted from the rendered PDF/A, in each
 * document language and side by side, with values verbatim and the footer hash of the data.
 */
class ApplicationPdfTest {

    static final PdfRenderer RENDERER = new PdfRenderer();
    static final MessageSource MESSAGES = ApplicationSamples.translations();
    static final Jurisdiction KZ = ShippedJurisdictions.of("KZ");
    static final Jurisdiction ENGLAND = ShippedJurisdictions.of("GB-ENG");
    static final String ALMATY_REFERENCE = CaseReference.of(ApplicationSamples.ALMATY_CASE);
    static final String RUSSIAN_TITLE = "Закон Республики Казахстан от 25 мая 2020 года № 333-VI «О порядке организации и "
            + "проведения мирных собраний в Республике Казахстан»";
    static final String KAZAKH_TITLE = "«Қазақстан Республикасында бейбіт жиналыстарды ұйымдастыру және өткізу тәртібі "
            + "туралы» Қазақстан Республикасының 2020 жылғы 25 мамырдағы № 333-VI Заңы";

    static ApplicationDocument document(Jurisdiction jurisdiction, ApplicationData data, String lang) {
        return new ApplicationDocumentBuilder(MESSAGES).build(jurisdiction, data,
                DocumentLanguages.parse(lang, jurisdiction.summary().documentLanguages()), ALMATY_REFERENCE);
    }

    static byte[] render(ApplicationDocument document) {
        return RENDERER.render(new ApplicationPdf(), document);
    }

    static String message(String key, String language) {
        return MESSAGES.getMessage(key, null, Locale.forLanguageTag(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void one_language_shows_authority_legal_basis_every_field_and_the_signature_lines(String language) throws IOException {
        var data = ApplicationSamples.almatyMarch();
        var text = flat(text(render(document(KZ, data, language))));
        var locale = Locale.forLanguageTag(language);

        assertThat(text).contains(flat(KZ.application().authority(locale)))
                .contains(flat(message("pdf.application.title.approval", language)))
                .contains(message("pdf.application.legal-basis", language) + ": "
                        + flat(legalBasis(AssemblyForm.MARCH, locale)));
        for (var field : KZ.application().fields()) {
            assertThat(text).as(field.field().name()).contains(flat(field.label(locale)));
        }
        assertThat(text).contains("Aigerim Serikova").contains("900101300017").contains("Almaty, Abay Avenue 10, apt. 5")
                .contains("1. Central Park of Culture and Leisure (43.25654, 76.96322)").contains("2. Gogol Street")
                .contains("3. Abay Square (43.23912, 76.94573)").contains("300")
                .contains("Two hand-held megaphones").contains("12 stewards in yellow vests, led by Dana Ermekova")
                .contains("aigerim@example.kz, +7 701 000 00 00")
                .contains(message("form.march", language))
                .contains(message("pdf.application.organizer.entity", language))
                .contains(message("pdf.application.equipment.sound", language));
        // Each organizer's row has a line captioned "Signature" and one captioned "Date", side by side.
        assertThat(occurrences(text, message("pdf.application.signature", language) + " "
                + message("pdf.application.date", language))).isEqualTo(2);
    }

    @Test
    void start_and_end_are_written_the_way_each_language_writes_dates() throws IOException {
        assertThat(flat(text(render(document(KZ, ApplicationSamples.almatyMarch(), "kk")))))
                .contains("2022 жылғы 8 наурыз, 11:00 – 13:00");
        assertThat(flat(text(render(document(KZ, ApplicationSamples.almatyMarch(), "ru")))))
                .contains("8 марта 2022 г., 11:00 – 13:00");
        assertThat(flat(text(render(document(KZ, ApplicationSamples.almatyMarch(), "en")))))
                .contains("8 March 2022, 11:00 – 13:00");
    }

    @Test
    void bilingual_document_puts_kazakh_left_and_russian_right_and_user_values_once() throws IOException {
        var pdf = render(document(KZ, ApplicationSamples.almatyMarch(), "kk-ru"));
        var left = flat(textIn(pdf, true));
        var right = flat(textIn(pdf, false));
        var kk = Locale.forLanguageTag("kk");
        var ru = Locale.forLanguageTag("ru");

        assertThat(left).contains(flat(KZ.application().authority(kk))).contains(flat(message("pdf.application.title.approval", "kk")));
        assertThat(right).contains(flat(KZ.application().authority(ru))).contains(flat(message("pdf.application.title.approval", "ru")));
        for (FieldRule field : KZ.application().fields()) {
            assertThat(left).as(field.field().name()).contains(flat(field.label(kk)));
            assertThat(right).as(field.field().name()).contains(flat(field.label(ru)));
        }
        var whole = flat(text(pdf));
        assertThat(occurrences(whole, "12 stewards in yellow vests")).isEqualTo(1);
        assertThat(occurrences(whole, "Aigerim Serikova")).as("in the organizer field and the signatures").isEqualTo(2);
        assertThat(occurrences(whole, "Қолы / Подпись Күні / Дата")).isEqualTo(2);
        assertThat(left).contains("Құқықтық негіз: " + flat(legalBasis(AssemblyForm.MARCH, kk)))
                .contains("[1] 12-баптың 2-тармағының 1) тармақшасы").contains("[1] " + KAZAKH_TITLE);
        assertThat(right).contains("Правовое основание: " + flat(legalBasis(AssemblyForm.MARCH, ru)))
                .contains("[1] статья 12, пункт 2, подпункт 1)").contains("[1] " + RUSSIAN_TITLE);
    }

    @Test
    void footer_carries_the_case_reference_and_the_sha256_of_the_canonical_data() throws IOException {
        var data = ApplicationSamples.almatyMarch();
        var text = text(render(document(KZ, data, "kk-ru")));
        assertThat(text).contains("SHA-256 " + CanonicalJson.sha256(CanonicalJson.write(data)))
                .contains(ALMATY_REFERENCE + " · 1");
    }

    @Test
    void user_markup_is_printed_literally() throws IOException {
        assertThat(flat(text(render(document(KZ, ApplicationSamples.almatyMarch(), "en")))))
                .contains("Equal rights and safety for women " + ApplicationSamples.SCRIPT);
    }

    @Test
    void the_same_data_gives_the_same_text() throws IOException {
        var first = text(render(document(KZ, ApplicationSamples.almatyMarch(), "kk-ru")));
        var second = text(render(document(KZ, ApplicationSamples.almatyMarch(), "kk-ru")));
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void the_paper_carries_no_warning_about_unverified_sources(String language) throws IOException {
        assertThat(KZ.application().fields().stream().anyMatch(f -> !f.citation().verified()))
                .as("the KZ rule file has an unverified field citation").isTrue();
        var text = flat(text(render(document(KZ, ApplicationSamples.almatyMarch(), language))));
        assertThat(text).doesNotContain("сверено").doesNotContain("тексерілмеген").doesNotContain("not checked")
                .doesNotContain("zakonpravo").doesNotContain("mirror");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "kk-ru"})
    void kazakh_and_russian_cite_the_official_title_and_local_article_style_and_use_no_latin_word_but_links_and_typed_values(
            String lang) throws IOException {
        var pdf = render(document(KZ, ApplicationSamples.almatyMarch(), lang));
        var text = flat(text(pdf));
        if (lang.startsWith("kk")) {
            var kazakh = lang.equals("kk") ? text : flat(textIn(pdf, true));
            assertThat(kazakh).contains(KAZAKH_TITLE).contains("12-баптың 1-тармағы")
                    .contains("https://adilet.zan.kz/kaz/docs/Z2000000333");
        }
        if (lang.endsWith("ru")) {
            var russian = lang.equals("ru") ? text : flat(textIn(pdf, false));
            assertThat(russian).contains(RUSSIAN_TITLE).contains("статья 12, пункт 1")
                    .contains("https://adilet.zan.kz/rus/docs/Z2000000333");
        }
        assertThat(text).doesNotContain("Art.").doesNotContain("Law of the Republic");
        assertThat(LatinScript.strayWords(text(pdf), typedValues())).isEmpty();
    }

    /** What the organizers typed in the Almaty fixture, and the footer's case reference and hash label. */
    static List<String> typedValues() {
        var data = ApplicationSamples.almatyMarch();
        var typed = new java.util.ArrayList<String>(List.of(data.purpose(), data.equipment().details(), data.stewards(),
                data.contacts(), ALMATY_REFERENCE, "SHA-256"));
        data.organizers().forEach(o -> typed.addAll(List.of(o.name(), o.address())));
        data.route().forEach(point -> typed.add(point.name()));
        return typed;
    }

    @Test
    void a_missing_value_is_said_to_be_missing() throws IOException {
        var text = flat(text(render(document(KZ, ApplicationSamples.almatyMarch(), "en"))));
        assertThat(text).contains("4. Representative of the organizer " + message("pdf.application.not-given", "en"));
    }

    @Test
    void an_english_procession_is_a_notification_to_the_police_with_its_route() throws IOException {
        var text = flat(text(render(document(ENGLAND, ApplicationSamples.londonProcession(), null))));
        assertThat(text).contains(message("pdf.application.title.notification", "en"))
                .contains(flat(ENGLAND.application().authority(Locale.ENGLISH)))
                .contains("Legal basis: Public Order Act 1986, s.11(1)")
                .contains("Place: Assemble at Malet Street, WC1E 7HU")
                .contains("3. Parliament Square (51.50060, -0.12650)")
                .contains("12 December 2026, 14:00 – 16:30")
                .contains("Ruth O'Connor");
        assertThat(text).doesNotContain(message("pdf.application.title.approval", "en"));
    }

    @Test
    void a_notified_form_in_kazakhstan_gets_the_notification_title() throws IOException {
        var data = ApplicationSamples.almatyMarch();
        var rally = new ApplicationData(AssemblyForm.RALLY, data.purpose(), data.organizers(), null, "Central Park",
                List.of(), data.start(), data.end(), 100, data.equipment(), null, null);
        assertThat(flat(text(render(document(KZ, rally, "ru")))))
                .contains(message("pdf.application.title.notification", "ru"))
                .contains("Правовое основание: " + flat(legalBasis(AssemblyForm.RALLY, Locale.forLanguageTag("ru"))));
    }

    @Test
    void without_a_form_or_with_nothing_to_file_there_is_no_document() {
        var data = ApplicationSamples.londonProcession();
        var noForm = new ApplicationData(null, data.purpose(), data.organizers(), null, data.place(), data.route(),
                data.start(), data.end(), null, null, null, null);
        var staticAssembly = new ApplicationData(AssemblyForm.STATIC_ASSEMBLY, data.purpose(), data.organizers(), null,
                data.place(), List.of(), data.start(), data.end(), null, null, null, null);
        assertThatThrownBy(() -> document(ENGLAND, noForm, "en")).isInstanceOf(LocalizedException.class)
                .extracting(e -> ((LocalizedException) e).messageKey()).isEqualTo("pdf.application.no-form");
        assertThatThrownBy(() -> document(ENGLAND, staticAssembly, "en")).isInstanceOf(LocalizedException.class)
                .extracting(e -> ((LocalizedException) e).messageKey()).isEqualTo("pdf.application.nothing-to-file");
    }

    @Test
    void the_lang_parameter_takes_one_language_or_a_pair_and_defaults_to_the_jurisdictions() {
        var kk = Locale.forLanguageTag("kk");
        var ru = Locale.forLanguageTag("ru");
        assertThat(DocumentLanguages.parse("kk-ru", List.of("en"))).containsExactly(kk, ru);
        assertThat(DocumentLanguages.parse("EN", List.of("kk"))).containsExactly(Locale.ENGLISH);
        assertThat(DocumentLanguages.parse(null, List.of("kk", "ru"))).containsExactly(kk, ru);
        for (var wrong : List.of("xx", "kk-kk", "kk-ru-en", "kk-", "-", "kk_ru")) {
            assertThatThrownBy(() -> DocumentLanguages.parse(wrong, List.of("kk"))).as(wrong)
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void verapdf_finds_both_layouts_pdfa_2u_compliant() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        var samples = Path.of("target", "pdf-samples");
        Files.createDirectories(samples);
        var almaty = render(document(KZ, ApplicationSamples.almatyMarch(), "kk-ru"));
        var london = render(new ApplicationDocumentBuilder(MESSAGES).build(ENGLAND, ApplicationSamples.londonProcession(),
                List.of(Locale.ENGLISH), CaseReference.of(ApplicationSamples.LONDON_CASE)));
        Files.write(samples.resolve("application-almaty-kk-ru.pdf"), almaty);
        Files.write(samples.resolve("application-london-en.pdf"), london);
        for (var pdf : List.of(almaty, london)) {
            try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
                    var validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
                var result = validator.validate(parser);
                assertThat(parser.getFlavour().toString()).isEqualTo("2u");
                assertThat(result.isCompliant()).as(result.getTestAssertions().toString()).isTrue();
            }
        }
    }

    private static String legalBasis(AssemblyForm form, Locale locale) {
        return KZ.form(form).orElseThrow().regimeCitation().text(locale);
    }

    static String text(byte[] pdf) throws IOException {
        try (var doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            var text = new StringBuilder();
            for (var i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
            return text.toString();
        }
    }

    /** The text of the left or the right half of each page: one language's column of a bilingual document. */
    static String textIn(byte[] pdf, boolean left) throws IOException {
        try (var doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            var text = new StringBuilder();
            for (var i = 1; i <= doc.getNumberOfPages(); i++) {
                var size = doc.getPage(i).getPageSize();
                var half = new Rectangle(left ? 0 : size.getWidth() / 2, 0, size.getWidth() / 2, size.getHeight());
                var strategy = new FilteredTextEventListener(new LocationTextExtractionStrategy(),
                        new TextRegionEventFilter(half));
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i), strategy)).append('\n');
            }
            return text.toString();
        }
    }

    /** Line breaks of the layout become single spaces, so wrapped text still matches. */
    static String flat(String text) {
        return text.replaceAll("(?<=\\d-)\\s+", "").replaceAll("\\s+", " ").strip();
    }

    static int occurrences(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        var count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
