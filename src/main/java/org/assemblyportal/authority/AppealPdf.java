package org.assemblyportal.authority;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.UnitValue;
import java.util.List;
import org.assemblyportal.authority.AppealDocument.Line;
import org.assemblyportal.pdf.CitationBreaks;
import org.assemblyportal.pdf.PdfKit;
import org.assemblyportal.pdf.PdfMeta;
import org.assemblyportal.pdf.PdfTemplate;

/**
 * The appeal pack: addressee and title, the case, the filings, the authority's decisions word for
 * word, the deadlines, the compliance findings, the stated claims, the exhibits with their SHA-256,
 * and lines to sign. Every text is set as plain text. Nothing on the paper warns about unverified
 * sources: the portal says so on screen before the pack is downloaded.
 */
public final class AppealPdf implements PdfTemplate<AppealDocument> {

    private static final DeviceRgb RULE = new DeviceRgb(0xc8, 0xcd, 0xd3);

    @Override
    public PdfMeta meta(AppealDocument document) {
        return new PdfMeta(document.wording().title(), document.caseReference(), document.language(),
                new PdfMeta.Footer(document.caseReference(), document.dataSha256(), document.wording().footer()));
    }

    @Override
    public void render(AppealDocument document, Document page, PdfKit kit) {
        var wording = document.wording();
        page.add(kit.paragraph(wording.addressee(), kit.small()).setMargin(0));
        page.add(kit.paragraph(document.addressee(), kit.body()).setFont(kit.bold()).setMargin(0));
        page.add(kit.paragraph(wording.title(), kit.title()).setMarginTop(10).setMarginBottom(2));
        page.add(line(document.appealRoute(), document, kit));

        section(page, wording.caseSection(), document.caseFacts(), document, kit);
        section(page, wording.filingsSection(), document.filings(), document, kit);
        page.add(heading(wording.decisionsSection(), kit));
        document.decisions().forEach(decision -> page.add(decision(decision, document, kit)));
        section(page, wording.deadlinesSection(), document.deadlines(), document, kit);
        section(page, wording.findingsSection(), document.findings(), document, kit);
        page.add(heading(wording.claimsSection(), kit));
        if (document.claims().isEmpty()) {
            page.add(kit.paragraph(wording.noClaims(), kit.body()).setMargin(0));
        }
        document.claims().forEach(claim -> page.add(claim(claim, kit)));
        page.add(heading(wording.exhibitsSection(), kit));
        if (document.exhibits().isEmpty()) {
            page.add(kit.paragraph(wording.noExhibits(), kit.body()).setMargin(0));
        } else {
            page.add(exhibits(document, kit));
        }
        page.add(signatures(document, kit));
        page.add(sources(document, kit));
    }

    private void section(Document page, String heading, List<Line> lines, AppealDocument document, PdfKit kit) {
        page.add(heading(heading, kit));
        lines.forEach(line -> page.add(line(line, document, kit)));
    }

    /** A section heading that never stands alone at the foot of a page. */
    private static Paragraph heading(String text, PdfKit kit) {
        return kit.paragraph(text, kit.heading()).setKeepWithNext(true);
    }

    /** The text, then its source in small type. */
    private static Paragraph line(Line line, AppealDocument document, PdfKit kit) {
        var paragraph = kit.paragraph(line.text(), kit.body()).setMargin(0).setMarginBottom(2)
                .setMultipliedLeading(1.15f).setSplitCharacters(CitationBreaks.INSTANCE);
        if (line.citation() != null) {
            paragraph.add(new Text(" " + line.citation()).addStyle(kit.small()));
        }
        return paragraph;
    }

    /** One decision: outcome, facts, grounds, then conditions and reason as quotes, kept on one page if they fit. */
    private static Div decision(AppealDocument.Decision decision, AppealDocument document, PdfKit kit) {
        var block = new Div().setBorderTop(new SolidBorder(RULE, 0.6f)).setPaddingTop(4).setMarginBottom(6);
        block.add(line(decision.outcome(), document, kit).setFont(kit.bold()));
        decision.facts().forEach(fact -> block.add(line(fact, document, kit).setMarginLeft(12)));
        if (!decision.grounds().isEmpty()) {
            block.add(kit.paragraph(document.wording().grounds(), kit.body()).setMargin(0).setMarginLeft(12));
            decision.grounds().forEach(ground -> block.add(line(new Line("• " + ground.text(), ground.citation()),
                    document, kit).setMarginLeft(24)));
        }
        quote(block, document.wording().conditions(), decision.conditions(), kit);
        quote(block, document.wording().reason(), decision.reason(), kit);
        return block;
    }

    /** Text as the authority wrote it, line breaks kept, never interpreted. */
    private static void quote(Div block, String label, String text, PdfKit kit) {
        if (text == null) {
            return;
        }
        block.add(kit.paragraph(label, kit.small()).setMargin(0).setMarginLeft(12).setMarginTop(2));
        block.add(kit.paragraph(text, kit.body()).setFontSize(10).setMargin(0).setMarginLeft(12).setPaddingLeft(8)
                .setBorderLeft(new SolidBorder(RULE, 1.5f)));
    }

    private static Div claim(ClaimLine claim, PdfKit kit) {
        var block = new Div().setMarginBottom(4);
        block.add(kit.paragraph(String.join(" · ", List.of(claim.type(), claim.where(), claim.when()).stream()
                .filter(part -> part != null && !part.isBlank()).toList()), kit.body()).setMargin(0));
        if (claim.quote() != null && !claim.quote().isBlank()) {
            block.add(kit.paragraph("«" + claim.quote() + "»", kit.body()).setFontSize(10).setMargin(0).setPaddingLeft(8)
                    .setBorderLeft(new SolidBorder(RULE, 1.5f)));
        }
        return block;
    }

    /** Number, name and what it is on one line, the full SHA-256 on the next: a hash never breaks. */
    private static Table exhibits(AppealDocument document, PdfKit kit) {
        var table = new Table(UnitValue.createPercentArray(new float[] {8, 92})).useAllAvailableWidth();
        for (var exhibit : document.exhibits()) {
            table.addCell(plain().setBorderTop(new SolidBorder(RULE, 0.6f))
                    .add(kit.paragraph(exhibit.number(), kit.body()).setFont(kit.bold()).setMargin(0)));
            table.addCell(plain().setBorderTop(new SolidBorder(RULE, 0.6f))
                    .add(new Paragraph().addStyle(kit.body()).setMargin(0)
                            .add(new Text(exhibit.name()).setFont(kit.bold()))
                            .add(new Text(" — " + exhibit.description())))
                    .add(kit.paragraph("SHA-256 " + exhibit.sha256(), kit.small()).setFontSize(7.5f).setMargin(0)));
        }
        return table;
    }

    /** A line for the name and role, one to sign and one to date, as on paper forms. */
    private static Table signatures(AppealDocument document, PdfKit kit) {
        var wording = document.wording();
        var table = new Table(UnitValue.createPercentArray(new float[] {44, 30, 26})).useAllAvailableWidth()
                .setMarginTop(14).setKeepTogether(true);
        table.addCell(new Cell(1, 3).setBorder(Border.NO_BORDER).setPaddingBottom(6)
                .add(kit.paragraph(wording.signatures(), kit.heading()).setMargin(0)));
        table.addCell(signingLine(wording.nameAndRole(), kit));
        table.addCell(signingLine(wording.signature(), kit));
        table.addCell(signingLine(wording.date(), kit));
        return table;
    }

    private static Cell signingLine(String caption, PdfKit kit) {
        return plain().setPaddingTop(22).setPaddingRight(16)
                .add(kit.paragraph(caption, kit.small()).setBorderTop(new SolidBorder(0.6f)).setMargin(0));
    }

    private static Table sources(AppealDocument document, PdfKit kit) {
        var table = new Table(1).useAllAvailableWidth().setMarginTop(10).setKeepTogether(true);
        table.addCell(plain().add(kit.paragraph(document.wording().sources(), kit.small()).setFont(kit.bold()).setMargin(0)));
        document.sources().forEach(source -> table.addCell(plain()
                .add(kit.paragraph(source, kit.small()).setFontSize(7.5f).setMargin(0)
                        .setSplitCharacters(CitationBreaks.INSTANCE))));
        return table;
    }

    private static Cell plain() {
        return new Cell().setBorder(Border.NO_BORDER).setPadding(1).setPaddingRight(8);
    }
}
