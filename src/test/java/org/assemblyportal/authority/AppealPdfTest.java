package org.assemblyportal.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.assembly.ApplicationSamples;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseReference;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.DraftService;
import org.assemblyportal.assembly.FilingChannel;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.Invitation;
import org.assemblyportal.assembly.NewCase;
import org.assemblyportal.assembly.NewFiling;
import org.assemblyportal.assembly.ProofKind;
import org.assemblyportal.assembly.ProofUpload;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.i18n.LegalDates;
import org.assemblyportal.evidence.SampleFiles;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.pdf.LatinScript;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;

/**
 * The appeal pack of the Almaty 2022 march as a lawyer prints it: the application registered on
 * Monday 7 February 2022, the akimat's 7 working days ending on Wednesday 16 February, and its
 * refusal dated and received on Thursday 17 February citing works on the route, which the law
 * does not list as a ground, without offering an alternative first.
 */
@ServiceTest
@Import(TestAccounts.class)
class AppealPdfTest {

    static final String REASON = "Отказать в связи с ремонтно-монтажными работами на улицах города.\n"
            + "  <b>Гоголя</b> " + ApplicationSamples.SCRIPT;

    @Autowired
    AppealService appeals;
    @Autowired
    ClaimService claims;
    @Autowired
    ResponseService responses;
    @Autowired
    FilingService filings;
    @Autowired
    DraftService drafts;
    @Autowired
    CaseService cases;
    @Autowired
    JurisdictionService jurisdictions;
    @Autowired
    MessageSource messages;
    @Autowired
    TestAccounts accounts;

    UserRef organizer;
    UserRef lawyer;
    CaseDetails march;

    @BeforeEach
    void theAlmatyMarchRefusedOnThe17thOfFebruary2022() {
        organizer = accounts.create(GlobalRole.ORGANIZER);
        lawyer = accounts.create(GlobalRole.LAWYER);
        march = accounts.as(organizer, () -> cases.create(new NewCase("Almaty, 8 March 2022", "KZ",
                TestClock.TODAY.plusDays(30))));
        accounts.as(organizer, () -> {
            cases.invite(march.id(), new Invitation(lawyer.username(), CaseRole.LAWYER));
            drafts.save(march.id(), ApplicationSamples.almatyMarch(), -1);
            filings.record(march.id(), new NewFiling(FilingChannel.IN_PERSON, "ЖТ-2022-0207",
                    LocalDateTime.of(2022, 2, 7, 10, 0)), List.of(new ProofUpload(ProofKind.STAMPED_COPY, "stamp.png",
                    new ByteArrayResource(SampleFiles.PNG))));
        });
        accounts.as(lawyer, () -> responses.record(march.id(), new NewResponse(1, LocalDateTime.of(2022, 2, 17, 16, 0),
                LocalDate.of(2022, 2, 17), "COURIER", "05-1/1234", "Deputy akim of Almaty", "REFUSED",
                List.of(ResponseService.GROUND_NOT_IN_LAW), null, REASON),
                List.of(new ResponseUpload("отказ.pdf", new ByteArrayResource(SampleFiles.PDF)))));
    }

    private byte[] pdf(String lang) {
        return accounts.as(lawyer, () -> appeals.appealPdf(march.id(), lang)).content();
    }

    private String message(String key, String lang, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, Locale.forLanguageTag(lang));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void the_pack_names_the_court_the_late_answer_and_the_ground_outside_the_law_and_prints_no_warning(String lang)
            throws IOException {
        // Page footers may fall inside a sentence: read the text without them.
        var text = flat(text(pdf(lang))).replaceAll(java.util.regex.Pattern.quote(flat(message("pdf.appeal.footer", lang)))
                + " AP-\\S+ · \\d+ SHA-256 [0-9a-f]{64} ?", "");
        var locale = Locale.forLanguageTag(lang);
        var appeal = jurisdictions.jurisdiction("KZ").orElseThrow().appeal();

        assertThat(text).contains(flat(message("pdf.appeal.title", lang)))
                .contains(flat(appeal.body(locale)))
                .contains(flat(message("compliance.answer-late", lang, LegalDates.longDate(LocalDate.of(2022, 2, 17), locale),
                        LegalDates.longDate(LocalDate.of(2022, 2, 16), locale), 1)))
                .contains(flat(message("compliance.ground-not-in-law", lang, ResponseService.GROUND_NOT_IN_LAW)))
                // The alternative-before-refusal rule holds only from 20 January 2025: not for a 2022 refusal.
                .doesNotContain(flat(message("compliance.no-alternative-before-refusal", lang)))
                .contains(flat(message("response.ground.not-in-law", lang)))
                .contains(flat(message("pdf.appeal.no-claims", lang)))
                .contains("ЖТ-2022-0207").contains("05-1/1234").contains("Deputy akim of Almaty")
                .contains(message("form.march", lang))
                .contains("1. Central Park of Culture and Leisure; 2. Gogol Street; 3. Abay Square");
        // The appeal period is not confirmed in our sources: the screen says so before download, never the paper.
        assertThat(text).doesNotContain("не подтверждено").doesNotContain("not confirmed").doesNotContain("расталмаған");
    }

    @Test
    void dates_are_the_authoritys_due_date_and_the_appeal_deadline_three_months_after_receipt() throws IOException {
        var en = flat(text(pdf("en")));
        assertThat(en).contains("Filing 1, registered 7 February 2022: the authority had to answer by 16 February 2022.")
                .contains("] Art. 13(1)").contains("1 day after the authority's last day to answer")
                .contains("Appeal against the decision received on 17 February 2022: by 17 May 2022 at the latest "
                        + "(3 months from the day after receipt).")
                .contains("Received: 17 February 2022, 16:00, By courier")
                .contains("Date of the decision: 17 February 2022")
                .contains("Planned: 8 March 2022, 11:00 – 13:00");
        assertThat(flat(text(pdf("ru")))).contains("последний день для ответа органа: 16 февраля 2022 г.")
                .contains("не позднее 17 мая 2022 г. (3 месяца со дня, следующего за получением)")
                .contains("Решение датировано 17 февраля 2022 г., то есть на 1 день позже последнего дня для ответа органа "
                        + "(16 февраля 2022 г.).");
        assertThat(flat(text(pdf("kk")))).contains("органның жауап беруінің соңғы күні: 2022 жылғы 16 ақпан")
                .contains("шағымдану мерзімінің соңғы күні — 2022 жылғы 17 мамыр (алынған күннің келесі күнінен бастап 3 ай)");
    }

    @Test
    void the_russian_pack_writes_dates_out_with_one_full_stop_cites_in_russian_and_uses_no_stray_latin_word()
            throws IOException {
        var raw = text(pdf("ru"));
        var ru = flat(raw);
        assertThat(ru).doesNotContain("г..").doesNotContain("Art.").doesNotContain("Law of the Republic")
                .contains("Закон Республики Казахстан от 25 мая 2020 года № 333-VI «О порядке организации и проведения "
                        + "мирных собраний в Республике Казахстан»")
                .contains("[2] статья 13, пункт 1").contains("[1] статья 91, пункт 5")
                .contains("[1] Административный процедурно-процессуальный кодекс Республики Казахстан от 29 июня 2020 года "
                        + "№ 350-VI https://adilet.zan.kz/rus/docs/K2000000350");
        assertThat(ru.replaceAll("https?://\\S+", "")).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        var typed = new java.util.ArrayList<>(List.of(march.title(), CaseReference.of(march.id()), "SHA-256",
                "Deputy akim of Almaty", "stamp.png", "отказ.pdf", "E1", "E2", ApplicationSamples.almatyMarch().purpose()));
        ApplicationSamples.almatyMarch().route().forEach(point -> typed.add(point.name()));
        ApplicationSamples.almatyMarch().organizers().forEach(o -> typed.add(o.name()));
        assertThat(LatinScript.strayWords(raw, typed)).isEmpty();
    }

    @Test
    void the_exhibits_list_every_file_with_its_full_sha256_and_the_reason_is_printed_literally() throws Exception {
        var text = flat(text(pdf("en")));
        assertThat(text).contains("E1 stamp.png — proof of filing 1: Stamped copy")
                .contains("SHA-256 " + sha256(SampleFiles.PNG))
                .contains("E2 отказ.pdf — file of the response received 17 February 2022, 16:00 (filing 1)")
                .contains("SHA-256 " + sha256(SampleFiles.PDF))
                .contains(flat(REASON));
    }

    @Test
    void a_pack_without_files_says_so_under_its_exhibits_heading() throws Exception {
        var bare = accounts.as(organizer, () -> cases.create(new NewCase("Almaty, no files", "KZ",
                TestClock.TODAY.plusDays(30))));
        accounts.as(organizer, () -> {
            cases.invite(bare.id(), new Invitation(lawyer.username(), CaseRole.LAWYER));
            drafts.save(bare.id(), ApplicationSamples.almatyMarch(), -1);
            filings.record(bare.id(), new NewFiling(FilingChannel.IN_PERSON, null, LocalDateTime.of(2022, 2, 7, 10, 0)),
                    List.of());
        });
        accounts.as(lawyer, () -> responses.record(bare.id(), new NewResponse(1, LocalDateTime.of(2022, 2, 17, 16, 0),
                LocalDate.of(2022, 2, 17), "COURIER", null, null, "REFUSED", List.of(ResponseService.GROUND_NOT_IN_LAW),
                null, REASON), List.of()));

        var text = flat(text(accounts.as(lawyer, () -> appeals.appealPdf(bare.id(), "en")).content()));

        assertThat(text).contains("Exhibits " + flat(message("pdf.appeal.no-exhibits", "en")));
    }

    @Test
    void the_same_data_gives_the_same_text_and_every_language_the_same_footer_hash() throws IOException {
        var first = text(pdf("kk"));
        assertThat(text(pdf("kk"))).isEqualTo(first);
        var hash = footerHash(first);
        assertThat(footerHash(text(pdf("ru")))).isEqualTo(hash);
        assertThat(footerHash(text(pdf("en")))).isEqualTo(hash);
        assertThat(first).contains(CaseReference.of(march.id()) + " · 1");

        // A correction changes the facts, so the hash; the corrected decision leaves the pack.
        var corrected = accounts.as(lawyer, () -> responses.responses(march.id())).get(0);
        accounts.as(lawyer, () -> responses.correct(march.id(), corrected.id(), new NewResponse(1,
                LocalDateTime.of(2022, 2, 17, 16, 0), LocalDate.of(2022, 2, 17), "COURIER", "05-1/1235",
                "Deputy akim of Almaty", "REFUSED", List.of("ART14_1_3"), null, "Угроза общественному порядку."), List.of()));
        var after = flat(text(pdf("en")));
        assertThat(footerHash(after)).isNotEqualTo(hash);
        assertThat(after).contains("05-1/1235").doesNotContain("05-1/1234")
                .contains("Threat to state security, public order");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void a_stated_claim_is_printed_with_its_type_segments_time_and_words_and_changes_the_hash_alike_in_every_language(
            String lang) throws IOException {
        var before = footerHash(text(pdf(lang)));
        var refusal = accounts.as(lawyer, () -> responses.responses(march.id())).get(0);
        accounts.as(lawyer, () -> claims.record(march.id(), new NewClaim(refusal.id(), ClaimType.CONSTRUCTION_WORKS,
                List.of(1, 2), false, LocalDateTime.of(2022, 3, 8, 11, 0), LocalDateTime.of(2022, 3, 8, 13, 0),
                "ремонтно-монтажными работами на улицах города")));

        var raw = text(pdf(lang));
        var text = flat(raw);
        assertThat(text).contains(flat(message("claim.type.construction-works", lang)))
                .contains(flat(message("claim.segment", lang, 1, "Central Park of Culture and Leisure – Gogol Street")))
                .contains(flat(message("claim.segment", lang, 2, "Gogol Street – Abay Square")))
                .contains("ремонтно-монтажными работами на улицах города")
                .doesNotContain(flat(message("pdf.appeal.no-claims", lang)));
        assertThat(footerHash(raw)).isNotEqualTo(before).isEqualTo(footerHash(text(pdf("kk"))));
    }

    @Test
    void monitors_are_refused_outsiders_find_no_case_and_the_language_must_be_one_of_three() {
        var monitor = accounts.create(GlobalRole.MONITOR);
        accounts.as(lawyer, () -> cases.invite(march.id(), new Invitation(monitor.username(), CaseRole.MONITOR)));
        var outsider = accounts.create(GlobalRole.LAWYER);

        assertThatThrownBy(() -> accounts.as(monitor, () -> appeals.appealPdf(march.id(), "en")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(outsider, () -> appeals.appealPdf(march.id(), "en")))
                .isInstanceOf(NotFoundException.class);
        for (var wrong : List.of("de", "kk-ru", "e")) {
            assertThatThrownBy(() -> pdf(wrong)).as(wrong).isInstanceOf(InvalidInputException.class);
        }
        assertThat(accounts.as(organizer, () -> appeals.appealPdf(march.id(), null)).fileName())
                .isEqualTo("appeal-" + CaseReference.of(march.id()) + "-kk.pdf");
    }

    @Test
    void a_case_without_a_response_has_no_appeal_pack_yet() {
        var other = accounts.as(organizer, () -> cases.create(new NewCase("Rally", "KZ", TestClock.TODAY.plusDays(30))));

        assertThatThrownBy(() -> accounts.as(organizer, () -> appeals.appealPdf(other.id(), "ru")))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((LocalizedException) e).messageKey()).isEqualTo("pdf.appeal.no-filing");
        accounts.as(organizer, () -> {
            drafts.save(other.id(), ApplicationSamples.almatyMarch(), -1);
            filings.record(other.id(), new NewFiling(FilingChannel.IN_PERSON, null, LocalDateTime.of(2026, 11, 2, 9, 0)),
                    List.of());
        });
        assertThatThrownBy(() -> accounts.as(organizer, () -> appeals.appealPdf(other.id(), "ru")))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((LocalizedException) e).messageKey()).isEqualTo("pdf.appeal.no-response");
    }

    @Test
    void verapdf_finds_the_pack_pdfa_2u_compliant_in_each_language() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        var samples = Path.of("target", "pdf-samples");
        Files.createDirectories(samples);
        for (var lang : List.of("kk", "ru", "en")) {
            var pdf = pdf(lang);
            Files.write(samples.resolve("appeal-almaty-" + lang + ".pdf"), pdf);
            try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
                    var validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
                var result = validator.validate(parser);
                assertThat(parser.getFlavour().toString()).isEqualTo("2u");
                assertThat(result.isCompliant()).as(lang + " " + result.getTestAssertions()).isTrue();
            }
        }
    }

    private static String footerHash(String text) {
        var matcher = java.util.regex.Pattern.compile("SHA-256 ([0-9a-f]{64})\\s*$", java.util.regex.Pattern.MULTILINE)
                .matcher(text);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return last;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
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

    /** Line breaks of the layout become single spaces (none after a hyphen between digits), so wrapped text still matches. */
    static String flat(String text) {
        return text.replaceAll("(?<=\\d-)\\s+(?=\\d)", "").replaceAll("\\s+", " ").strip();
    }

    static int occurrences(String text, String part) {
        var matcher = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(part)).matcher(text);
        var count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
