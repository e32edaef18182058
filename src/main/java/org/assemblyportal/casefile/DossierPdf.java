package org.assemblyportal.casefile;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.assemblyportal.pdf.PdfKit;
import org.assemblyportal.pdf.PdfMeta;
import org.assemblyportal.pdf.PdfTemplate;
import org.assemblyportal.pdf.QrCodes;
import org.springframework.context.MessageSource;

/**
 * {@code dossier.pdf} of a case file (decision 017): the cover with the ledger root as text and QR
 * code, the timeline, filings, responses, findings, claim tests, observations with thumbnails, the
 * exhibit index with every file's SHA-256, and how to verify it all. Every page carries the case
 * title above and the ledger root and page number below.
 * <p>
 * Thousands of observations must render in seconds and in little memory: they and the exhibits go
 * into large tables flushed every few rows, and the document flushes each finished page.
 */
public final class DossierPdf implements PdfTemplate<DossierData> {

    public static final String CHECKSUM_COMMAND = "sha256sum -c SHA256SUMS";
    public static final String VERIFY_COMMAND = "java -jar assembly-portal.jar verify case-file.zip";

    private static final DeviceRgb RULE = new DeviceRgb(0xc8, 0xcd, 0xd3);
    private static final DeviceRgb SHADE = new DeviceRgb(0xf1, 0xf3, 0xf5);
    /** Dark red, as in the other PDFs: a retracted observation must not be read as standing. */
    private static final DeviceRgb WARNING = new DeviceRgb(0xa6, 0x1b, 0x1b);
    private static final float THUMBNAIL_WIDTH = 72;
    private static final int ROWS_PER_FLUSH = 25;
    private static final float MARGIN_SIDE = 52;
    private static final float MARGIN_TOP = 62;
    private static final float MARGIN_BOTTOM = 56;

    private final MessageSource messages;

    public DossierPdf(MessageSource messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    /** What the QR code on the cover holds: the case, the ledger size and its root, parseable by anyone. */
    public static String ledgerUrn(DossierData data) {
        return "urn:assembly-portal:ledger:" + data.summary().caseId() + ":" + data.ledger().size() + ":"
                + data.ledger().root();
    }

    @Override
    public PdfMeta meta(DossierData data) {
        var words = new Words(messages, data);
        var subject = data.summary().caseReference() == null ? data.summary().caseId().toString()
                : data.summary().caseReference();
        // No shared footer: the dossier's own furniture carries the ledger root instead of a data hash.
        return new PdfMeta(words.get("dossier.title") + ": " + data.summary().title(), subject, data.locale(), null);
    }

    @Override
    public void render(DossierData data, Document document, PdfKit kit) {
        var words = new Words(messages, data);
        var pdf = document.getPdfDocument();
        document.setMargins(MARGIN_TOP, MARGIN_SIDE, MARGIN_BOTTOM, MARGIN_SIDE);
        var pageCount = new PdfFormXObject(new Rectangle(0, 0, 40, 10));
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new Furniture(data, words, kit, pageCount));

        cover(data, words, document, kit);
        document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        timeline(data, words, document, kit);
        filings(data, words, document, kit);
        responses(data, words, document, kit);
        findings(data, words, document, kit);
        claims(data, words, document, kit);
        observations(data, words, document, kit);
        exhibits(data, words, document, kit);
        document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        howToVerify(data, words, document, kit);

        // Every page is laid out by now, so the count is final; pages already written point to this form.
        try (var canvas = new Canvas(pageCount, pdf)) {
            canvas.showTextAligned(new Paragraph(String.valueOf(pdf.getNumberOfPages())).addStyle(kit.small())
                    .setFontSize(7.5f).setMargin(0), 0, 0, TextAlignment.LEFT, VerticalAlignment.BOTTOM);
        }
    }

    private void cover(DossierData data, Words words, Document document, PdfKit kit) {
        var summary = data.summary();
        document.add(kit.paragraph(words.get("dossier.title"), kit.small()).setMargin(0));
        document.add(kit.paragraph(summary.title(), kit.title()).setFontSize(18).setMarginTop(2).setMarginBottom(10));

        var facts = new Table(UnitValue.createPercentArray(new float[] {32, 68})).useAllAvailableWidth();
        row(facts, words.get("dossier.reference"), summary.caseReference(), kit);
        row(facts, words.get("dossier.jurisdiction"), summary.jurisdiction(), kit);
        row(facts, words.get("dossier.planned"), words.date(summary.plannedDate()), kit);
        row(facts, words.get("dossier.organizer"), summary.organizer(), kit);
        row(facts, words.get("dossier.status"), summary.status(), kit);
        row(facts, words.get("dossier.exported"), words.exportTime(summary.exportedAt()), kit);
        row(facts, words.get("dossier.variant"),
                words.get(summary.redacted() ? "dossier.variant.redacted" : "dossier.variant.complete"), kit);
        row(facts, words.get("dossier.ledger-size"), words.get("dossier.ledger-size.value", data.ledger().size()), kit);
        document.add(facts);

        document.add(heading(words.get("dossier.ledger-root"), kit).setMarginTop(14).setMarginBottom(0));
        document.add(small(words.get("dossier.ledger-root.what", data.ledger().size()), kit).setMarginBottom(3));
        document.add(hash(data.ledger().root(), kit, 9.5f));
        document.add(QrCodes.image(ledgerUrn(data), document.getPdfDocument(), 132).setMarginTop(8));
        document.add(kit.paragraph(words.get("dossier.qr-caption"), kit.small()).setMargin(0).setMarginTop(2));
        document.add(kit.paragraph(ledgerUrn(data), kit.small()).setFontSize(7).setMargin(0));
        document.add(kit.paragraph(words.get("dossier.cover-note"), kit.body()).setFontSize(9.5f).setMarginTop(12));
    }

    private void timeline(DossierData data, Words words, Document document, PdfKit kit) {
        document.add(heading(words.get("dossier.section.timeline"), kit).setMarginTop(0));
        if (none(data.timeline(), words, document, kit)) {
            return;
        }
        var table = new Table(UnitValue.createPercentArray(new float[] {22, 20, 58}), true).useAllAvailableWidth();
        table.addHeaderCell(headerCell(words.get("dossier.when"), kit));
        table.addHeaderCell(headerCell(words.get("dossier.kind"), kit));
        table.addHeaderCell(headerCell(words.get("dossier.what"), kit));
        table.setSkipFirstHeader(false);
        document.add(table);
        var rows = 0;
        for (var item : data.timeline()) {
            table.addCell(ruled().add(small(item.allDay() ? words.date(item.at()) : words.dateTime(item.at()), kit)));
            table.addCell(ruled().add(small(item.kind(), kit)));
            table.addCell(ruled().add(kit.paragraph(item.summary(), kit.body()).setFontSize(9).setMargin(0)));
            if (++rows % ROWS_PER_FLUSH == 0) {
                table.flush();
            }
        }
        table.complete();
    }

    private void filings(DossierData data, Words words, Document document, PdfKit kit) {
        document.add(heading(words.get("dossier.section.filings"), kit));
        if (none(data.filings(), words, document, kit)) {
            return;
        }
        for (var filing : data.filings()) {
            var block = block();
            block.add(strong(joined(words.get("dossier.filing", filing.sequence()), filing.form()), kit));
            field(block, words.get("dossier.registered"), words.date(filing.registered()), kit);
            field(block, words.get("dossier.number"), filing.number(), kit);
            field(block, words.get("dossier.authority-due"), words.date(filing.authorityDue()), kit);
            field(block, words.get("dossier.route"),
                    filing.segments().isEmpty() ? null : String.join("; ", filing.segments()), kit);
            document.add(block);
        }
    }

    private void responses(DossierData data, Words words, Document document, PdfKit kit) {
        document.add(heading(words.get("dossier.section.responses"), kit));
        if (none(data.responses(), words, document, kit)) {
            return;
        }
        for (var response : data.responses()) {
            var block = block();
            block.add(strong(joined(words.get("dossier.response", response.filingSequence()), response.decision()),
                    kit));
            field(block, words.get("dossier.decision-date"), words.date(response.decisionDate()), kit);
            field(block, words.get("dossier.received"), words.dateTime(response.receivedAt()), kit);
            field(block, words.get("dossier.document-number"), response.documentNumber(), kit);
            quote(block, words.get("dossier.reason"), response.reason(), kit);
            document.add(block);
        }
    }

    private void findings(DossierData data, Words words, Document document, PdfKit kit) {
        document.add(heading(words.get("dossier.section.findings"), kit));
        if (none(data.findings(), words, document, kit)) {
            return;
        }
        for (var finding : data.findings()) {
            var block = block();
            if (finding.title() != null) {
                block.add(strong(finding.title(), kit));
            }
            if (finding.explanation() != null) {
                block.add(kit.paragraph(finding.explanation(), kit.body()).setFontSize(10).setMargin(0));
            }
            field(block, words.get("dossier.citation"), finding.citation(), kit);
            document.add(block);
        }
    }

    private void claims(DossierData data, Words words, Document document, PdfKit kit) {
        document.add(heading(words.get("dossier.section.claims"), kit));
        if (none(data.claims(), words, document, kit)) {
            return;
        }
        for (var claim : data.claims()) {
            var block = block();
            block.add(strong(joined(claim.type(), claim.where(), claim.when()), kit));
            if (claim.quote() != null) {
                block.add(kit.paragraph("«" + claim.quote() + "»", kit.body()).setFontSize(10).setMargin(0)
                        .setPaddingLeft(8).setBorderLeft(new SolidBorder(RULE, 1.5f)));
            }
            field(block, words.get("dossier.verdict"), claim.verdict(), kit);
            if (!claim.coverage().isEmpty()) {
                block.add(coverage(claim, words, kit));
            }
            var review = claim.review();
            if (review != null) {
                field(block, words.get(review.overridden() ? "dossier.review.overridden" : "dossier.review.confirmed",
                        words.dateTime(review.recordedAt())), review.verdict(), kit);
                quote(block, words.get("dossier.review.reason"), review.reason(), kit);
            }
            document.add(block);
        }
    }

    private static Table coverage(DossierData.Claim claim, Words words, PdfKit kit) {
        var table = new Table(UnitValue.createPercentArray(new float[] {30, 11, 10, 17, 17, 15})).useAllAvailableWidth()
                .setMarginTop(3).setMarginBottom(2);
        for (var key : List.of("dossier.segment", "dossier.observed", "dossier.monitors", "dossier.first-seen",
                "dossier.last-seen", "dossier.verdict")) {
            table.addHeaderCell(headerCell(words.get(key), kit));
        }
        for (var segment : claim.coverage()) {
            table.addCell(ruled().add(small(segment.segment(), kit)));
            table.addCell(ruled().add(small(words.get(segment.observed() ? "dossier.yes" : "dossier.no"), kit)));
            table.addCell(ruled().add(small(String.valueOf(segment.monitors()), kit)));
            table.addCell(ruled().add(small(words.dateTime(segment.firstSeen()), kit)));
            table.addCell(ruled().add(small(words.dateTime(segment.lastSeen()), kit)));
            table.addCell(ruled().add(small(segment.verdict(), kit)));
        }
        return table;
    }

    /** One row per observation version: thumbnail left, the record right; retractions marked in red. */
    private void observations(DossierData data, Words words, Document document, PdfKit kit) {
        document.add(heading(words.get("dossier.section.observations"), kit));
        if (none(data.observations(), words, document, kit)) {
            return;
        }
        document.add(small(words.get("dossier.observations.count", data.observations().size()), kit)
                .setMarginBottom(4));
        var table = new Table(UnitValue.createPointArray(new float[] {THUMBNAIL_WIDTH + 8, 400}), true)
                .useAllAvailableWidth();
        document.add(table);
        var rows = 0;
        for (var observation : data.observations()) {
            var picture = ruled().setPaddingTop(4).setPaddingBottom(4);
            var thumbnail = thumbnail(observation.thumbnail());
            if (thumbnail != null) {
                picture.add(thumbnail);
            }
            table.addCell(picture);
            table.addCell(ruled().setPaddingTop(4).setPaddingBottom(4).add(observation(observation, words, kit)));
            if (++rows % ROWS_PER_FLUSH == 0) {
                table.flush();
            }
        }
        table.complete();
    }

    private static Div observation(DossierData.Observation observation, Words words, PdfKit kit) {
        var content = new Div();
        var title = new Paragraph().addStyle(kit.body()).setFontSize(9.5f).setMargin(0)
                .add(new Text(joined(words.dateTime(observation.at()), observation.segment(), observation.category()))
                        .setFont(kit.bold()));
        if (observation.version() > 1) {
            title.add(new Text(" · " + words.get("dossier.version", observation.version())).addStyle(kit.small()));
        }
        content.add(title);
        if (observation.retracted()) {
            content.add(kit.paragraph(words.get("dossier.retracted", observation.retractionReason()), kit.body())
                    .setFont(kit.bold()).setFontSize(9).setFontColor(WARNING).setMargin(0));
        }
        if (observation.facts() != null) {
            content.add(kit.paragraph(observation.facts(), kit.body()).setFontSize(9.5f).setMargin(0));
        }
        if (observation.assessment() != null) {
            content.add(new Paragraph().addStyle(kit.body()).setFontSize(9).setMargin(0)
                    .add(new Text(words.get("dossier.assessment") + ": ").addStyle(kit.small()).setFontSize(9))
                    .add(new Text(observation.assessment())));
        }
        var where = observation.location() == null ? null : words.get("dossier.location",
                String.format(Locale.ROOT, "%.5f, %.5f", observation.location().latitude(),
                        observation.location().longitude()));
        var who = observation.monitor() == null ? null : words.get("dossier.monitor", observation.monitor());
        var line = joined(who, where);
        if (line != null) {
            content.add(small(line, kit));
        }
        return content;
    }

    /**
     * The thumbnail small, or nothing: a file the library cannot read or a CMYK JPEG (which PDF/A
     * with an sRGB intent refuses) must not stop the export of everything else.
     */
    private static Image thumbnail(byte[] jpeg) {
        if (jpeg == null || jpeg.length == 0) {
            return null;
        }
        try {
            ImageData image = ImageDataFactory.create(jpeg);
            if (image.getColorEncodingComponentsNumber() > 3) {
                return null;
            }
            return new Image(image).scaleToFit(THUMBNAIL_WIDTH, THUMBNAIL_WIDTH);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** Name, type and size on one line, the full SHA-256 on the next, where it is in the ZIP below. */
    private void exhibits(DossierData data, Words words, Document document, PdfKit kit) {
        document.add(heading(words.get("dossier.section.exhibits"), kit));
        if (none(data.exhibits(), words, document, kit)) {
            return;
        }
        var table = new Table(UnitValue.createPercentArray(new float[] {7, 93}), true).useAllAvailableWidth();
        document.add(table);
        var number = 0;
        for (var exhibit : data.exhibits()) {
            number++;
            table.addCell(ruled().add(kit.paragraph(String.valueOf(number), kit.body()).setFontSize(9)
                    .setFont(kit.bold()).setMargin(0)));
            var details = ruled();
            details.add(new Paragraph().addStyle(kit.body()).setFontSize(9.5f).setMargin(0)
                    .add(new Text(exhibit.name()).setFont(kit.bold()))
                    .add(new Text(" · " + joined(exhibit.mediaType(), words.get("dossier.bytes", exhibit.size())))));
            details.add(hash(exhibit.sha256(), kit, 7.5f));
            details.add(exhibit.withheld()
                    ? small(words.get("dossier.withheld"), kit).setFont(kit.bold())
                    : small(words.get("dossier.in-zip", exhibit.zipPath()), kit));
            table.addCell(details);
            if (number % ROWS_PER_FLUSH == 0) {
                table.flush();
            }
        }
        table.complete();
    }

    private void howToVerify(DossierData data, Words words, Document document, PdfKit kit) {
        document.add(kit.paragraph(words.get("dossier.section.verify"), kit.title()).setMarginTop(0));
        document.add(kit.paragraph(words.get("dossier.verify.intro"), kit.body()));
        step(document, 1, words.get("dossier.verify.checksums"), CHECKSUM_COMMAND, kit);
        step(document, 2, words.get("dossier.verify.verifier"), VERIFY_COMMAND, kit);
        step(document, 3, words.get("dossier.verify.root"), null, kit);
        document.add(hash(data.ledger().root(), kit, 9.5f).setMarginLeft(18));
        document.add(QrCodes.image(ledgerUrn(data), document.getPdfDocument(), 96).setMarginLeft(18).setMarginTop(6));
        step(document, 4, words.get("dossier.verify.by-hand"), null, kit);
    }

    private static void step(Document document, int number, String text, String command, PdfKit kit) {
        document.add(kit.paragraph(number + ". " + text, kit.body()).setMarginTop(8).setMarginBottom(2));
        if (command != null) {
            document.add(kit.paragraph(command, kit.body()).setFontSize(9.5f).setMarginLeft(18).setPadding(4)
                    .setBackgroundColor(SHADE));
        }
    }

    /** Case title above; ledger root and "page / pages" below, on every page. */
    private static final class Furniture extends AbstractPdfDocumentEventHandler {

        private static final float SIZE = 8.5f;
        private static final float PAGE_COUNT_WIDTH = 12;

        private final String title;
        private final String running;
        private final String root;
        private final PdfKit kit;
        private final PdfFormXObject pageCount;

        Furniture(DossierData data, Words words, PdfKit kit, PdfFormXObject pageCount) {
            this.running = words.get(data.redacted() ? "dossier.running.redacted" : "dossier.running");
            var width = PageSize.A4.getWidth() - 2 * MARGIN_SIDE - kit.regular().getWidth(running, SIZE) - 16;
            this.title = fitted(data.summary().title(), width, kit);
            var hex = data.ledger().root();
            this.root = words.get("dossier.footer-root", hex.substring(0, 16) + "…" + hex.substring(56),
                    data.ledger().size());
            this.kit = kit;
            this.pageCount = pageCount;
        }

        /** The case title cut at a word with "…" where it would run into the running head on the right. */
        private static String fitted(String title, float width, PdfKit kit) {
            if (kit.bold().getWidth(title, SIZE) <= width) {
                return title;
            }
            var end = title.length();
            while (end > 1 && kit.bold().getWidth(title.substring(0, end) + "…", SIZE) > width) {
                end = title.lastIndexOf(' ', end - 1) > 0 ? title.lastIndexOf(' ', end - 1) : end - 1;
            }
            return title.substring(0, end).strip() + "…";
        }

        @Override
        protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
            var page = ((PdfDocumentEvent) event).getPage();
            var pdf = event.getDocument();
            var size = page.getPageSize();
            var left = size.getLeft() + MARGIN_SIDE;
            var right = size.getRight() - MARGIN_SIDE;
            var pdfCanvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
            var headerBaseline = size.getTop() - 40;
            pdfCanvas.saveState().setStrokeColor(RULE).setLineWidth(0.6f)
                    .moveTo(left, headerBaseline - 5).lineTo(right, headerBaseline - 5)
                    .moveTo(left, 44).lineTo(right, 44).stroke().restoreState();
            try (var canvas = new Canvas(pdfCanvas, size)) {
                canvas.showTextAligned(new Paragraph(title).addStyle(kit.small()).setFont(kit.bold()).setFontSize(SIZE)
                        .setMargin(0),
                        left, headerBaseline, TextAlignment.LEFT);
                canvas.showTextAligned(new Paragraph(running).addStyle(kit.small()).setFontSize(SIZE).setMargin(0),
                        right, headerBaseline, TextAlignment.RIGHT);
                canvas.showTextAligned(new Paragraph(root).addStyle(kit.small()).setFontSize(7.5f).setMargin(0),
                        left, 30, TextAlignment.LEFT);
                canvas.showTextAligned(new Paragraph(pdf.getPageNumber(page) + " /").addStyle(kit.small())
                        .setFontSize(7.5f).setMargin(0), right - PAGE_COUNT_WIDTH, 30, TextAlignment.RIGHT);
            }
            pdfCanvas.addXObjectAt(pageCount, right - PAGE_COUNT_WIDTH + 3, 30);
            pdfCanvas.release();
        }
    }

    private static boolean none(List<?> items, Words words, Document document, PdfKit kit) {
        if (items.isEmpty()) {
            document.add(kit.paragraph(words.get("dossier.none"), kit.body()).setMargin(0));
        }
        return items.isEmpty();
    }

    /** A section heading that never stands alone at the foot of a page. */
    private static Paragraph heading(String text, PdfKit kit) {
        return kit.paragraph(text, kit.heading()).setFontSize(13).setMarginTop(14).setMarginBottom(4)
                .setKeepWithNext(true);
    }

    private static Div block() {
        // Kept on one page where it fits: a label must not stand apart from the words it introduces.
        return new Div().setBorderTop(new SolidBorder(RULE, 0.6f)).setPaddingTop(3).setMarginBottom(6)
                .setKeepTogether(true);
    }

    private static Paragraph strong(String text, PdfKit kit) {
        return kit.paragraph(text, kit.body()).setFont(kit.bold()).setMargin(0);
    }

    private static Paragraph small(String text, PdfKit kit) {
        return kit.paragraph(text, kit.small()).setMargin(0);
    }

    /**
     * A SHA-256 or root in full, on a line of its own and small enough to fit the column whole; if a
     * column is ever narrower, iText breaks the digits rather than overflowing the page.
     */
    private static Paragraph hash(String hex, PdfKit kit, float size) {
        return kit.paragraph(hex, kit.body()).setFontSize(size).setMargin(0).setCharacterSpacing(0.1f);
    }

    /** "Label: value", or nothing at all when there is no value: a redacted field leaves no trace. */
    private static void field(Div block, String label, String value, PdfKit kit) {
        if (value == null || value.isBlank()) {
            return;
        }
        block.add(new Paragraph().addStyle(kit.body()).setFontSize(10).setMargin(0)
                .add(new Text(label + ": ").addStyle(kit.small()).setFontSize(9))
                .add(new Text(value)));
    }

    /** Text as its author wrote it, line breaks kept, never interpreted. */
    private static void quote(Div block, String label, String text, PdfKit kit) {
        if (text == null || text.isBlank()) {
            return;
        }
        block.add(kit.paragraph(label, kit.small()).setMargin(0).setMarginTop(2));
        block.add(kit.paragraph(text, kit.body()).setFontSize(10).setMargin(0).setPaddingLeft(8)
                .setBorderLeft(new SolidBorder(RULE, 1.5f)));
    }

    private static void row(Table table, String label, String value, PdfKit kit) {
        if (value == null || value.isBlank()) {
            return;
        }
        table.addCell(ruled().add(kit.paragraph(label, kit.small()).setMargin(0)));
        table.addCell(ruled().add(kit.paragraph(value, kit.body()).setMargin(0)));
    }

    private static Cell headerCell(String text, PdfKit kit) {
        return new Cell().setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(RULE, 0.8f)).setPadding(2)
                .add(small(text, kit).setFont(kit.bold()));
    }

    /** A cell under a thin rule, never split over two pages: a hash must stay with its file's name. */
    private static Cell ruled() {
        return new Cell().setBorder(Border.NO_BORDER).setBorderTop(new SolidBorder(RULE, 0.5f)).setPadding(2)
                .setPaddingRight(6).setKeepTogether(true);
    }

    /** The parts that are there, joined with " · "; null when none is. */
    private static String joined(String... parts) {
        var present = new ArrayList<String>();
        for (var part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return present.isEmpty() ? null : String.join(" · ", present);
    }

    /** The dossier's labels and date formats in the document's language. */
    private static final class Words {

        private final MessageSource messages;
        private final DossierData data;
        private final Locale locale;
        private final DateTimeFormatter date;
        private final DateTimeFormatter dateTime;

        Words(MessageSource messages, DossierData data) {
            this.messages = messages;
            this.data = data;
            this.locale = data.locale();
            this.date = DateTimeFormatter.ofPattern(get("dossier.date-pattern"), locale);
            this.dateTime = DateTimeFormatter.ofPattern(get("dossier.date-time-pattern"), locale).withZone(data.zone());
        }

        String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
        }

        String date(LocalDate day) {
            return day == null ? null : date.format(day);
        }

        String date(Instant at) {
            return at == null ? null : date.format(at.atZone(data.zone()).toLocalDate());
        }

        String dateTime(Instant at) {
            return at == null ? null : dateTime.format(at);
        }

        /** The moment in the jurisdiction's zone, named, and in UTC: a court may compare it with any log. */
        String exportTime(Instant at) {
            return get("dossier.exported.value", dateTime.format(at), data.zone().getId(), at.toString());
        }
    }
}
