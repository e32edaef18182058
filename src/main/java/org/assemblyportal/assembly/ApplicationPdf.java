package org.assemblyportal.assembly;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.UnitValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.assemblyportal.jurisdiction.Citation;
import org.assemblyportal.pdf.CitationBreaks;
import org.assemblyportal.pdf.PdfKit;
import org.assemblyportal.pdf.PdfMeta;
import org.assemblyportal.pdf.PdfTemplate;

/**
 * The notification or application to the authority. One column per document language: with two
 * (Kazakhstan: kk left, ru right) labels, fixed text and citations stand side by side, each column
 * in its own language, while the organizers' values span both columns and are printed once. Legal
 * sources are numbered and listed at the end with their official titles, so each field cites
 * "[n] article" in the column's language instead of repeating a long act title. Nothing on the
 * paper warns about unverified sources: the portal says so on screen before printing.
 */
public final class ApplicationPdf implements PdfTemplate<ApplicationDocument> {

    private static final DeviceRgb RULE = new DeviceRgb(0xc8, 0xcd, 0xd3);

    @Override
    public PdfMeta meta(ApplicationDocument document) {
        return new PdfMeta(joined(document, ApplicationDocument.Wording::title),
                joined(document, ApplicationDocument.Wording::form), document.languages().get(0),
                new PdfMeta.Footer(document.caseReference(), document.dataSha256(),
                        joined(document, ApplicationDocument.Wording::footer)));
    }

    @Override
    public void render(ApplicationDocument document, Document page, PdfKit kit) {
        var sources = Sources.of(document);
        page.add(heading(document, kit));
        var number = 0;
        for (var field : document.fields()) {
            page.add(field(++number, field, document, sources, kit));
        }
        page.add(signatures(document, kit));
        page.add(sourceList(document, sources, kit));
    }

    /** Addressee, title and legal basis, each language in its own column. */
    private Table heading(ApplicationDocument document, PdfKit kit) {
        var table = columns(document);
        for (var wording : document.wording()) {
            table.addCell(plain().add(kit.paragraph(wording.addressee(), kit.small()).setMargin(0))
                    .add(kit.paragraph(wording.authority(), kit.body()).setFont(kit.bold()).setMargin(0)));
        }
        for (var wording : document.wording()) {
            // Two titles side by side get narrow columns: a smaller size keeps each to two lines.
            table.addCell(plain().setPaddingTop(10).add(kit.paragraph(wording.title(), kit.title())
                    .setFontSize(document.bilingual() ? 12.5f : 15).setMargin(0)));
        }
        for (var wording : document.wording()) {
            table.addCell(plain().setPaddingTop(6).setPaddingBottom(8).add(new Paragraph().addStyle(kit.body())
                    .setFontSize(document.bilingual() ? 9.5f : 10.5f).setMargin(0).setSplitCharacters(CitationBreaks.INSTANCE)
                    .add(new Text(wording.legalBasis() + ": ").setFont(kit.bold()))
                    .add(new Text(document.legalBasis().text(wording.language())))));
        }
        return table;
    }

    /**
     * One field of the rule file: its label per language, the value once, its source. Kept on one
     * page, so that a label never stands apart from its value.
     */
    private Table field(int number, ApplicationDocument.Field field, ApplicationDocument document, Sources sources,
            PdfKit kit) {
        var table = columns(document).setKeepTogether(true);
        for (var label : field.labels()) {
            table.addCell(plain().setBorderTop(new SolidBorder(RULE, 0.6f)).setPaddingTop(4)
                    .add(kit.paragraph(number + ". " + label, kit.body()).setFont(kit.bold()).setFontSize(9.5f)
                            .setMargin(0)));
        }
        var value = spanning(document).setPaddingLeft(12);
        for (var line : field.value()) {
            value.add(kit.paragraph(line, kit.body()).setFontSize(10).setMultipliedLeading(1.15f).setMargin(0));
        }
        table.addCell(value);
        for (var language : document.languages()) {
            table.addCell(plain().setPaddingLeft(12).add(kit.paragraph(sources.reference(field.citation(), language),
                    kit.small()).setMarginTop(1).setMarginBottom(3).setSplitCharacters(CitationBreaks.INSTANCE)));
        }
        return table;
    }

    /** A line to sign and a line to date for each organizer; at least one if none is named yet. */
    private Table signatures(ApplicationDocument document, PdfKit kit) {
        var table = new Table(UnitValue.createPercentArray(new float[] {44, 30, 26})).useAllAvailableWidth()
                .setMarginTop(14).setKeepTogether(true);
        table.addCell(new Cell(1, 3).setBorder(Border.NO_BORDER).setPaddingBottom(6)
                .add(kit.paragraph(joined(document, ApplicationDocument.Wording::signatures), kit.heading()).setMargin(0)));
        var signatories = document.signatories().isEmpty()
                ? List.of(new ApplicationDocument.Signatory("", "")) : document.signatories();
        var signature = joined(document, ApplicationDocument.Wording::signature);
        var date = joined(document, ApplicationDocument.Wording::date);
        for (var signatory : signatories) {
            var who = plain().add(kit.paragraph(signatory.name(), kit.body()).setMargin(0));
            if (!signatory.kind().isEmpty()) {
                who.add(kit.paragraph(signatory.kind(), kit.small()).setMargin(0));
            }
            table.addCell(who.setPaddingBottom(14));
            table.addCell(signingLine(signature, kit));
            table.addCell(signingLine(date, kit));
        }
        return table;
    }

    /** A blank line to write on, with what to write under it, as on paper forms. */
    private static Cell signingLine(String caption, PdfKit kit) {
        return plain().setPaddingTop(14).setPaddingRight(16)
                .add(kit.paragraph(caption, kit.small()).setBorderTop(new SolidBorder(0.6f)).setMargin(0));
    }

    /** "[n] official title link", in each column's language. */
    private Table sourceList(ApplicationDocument document, Sources sources, PdfKit kit) {
        var table = columns(document).setMarginTop(10).setKeepTogether(true);
        for (var wording : document.wording()) {
            table.addCell(plain().add(kit.paragraph(wording.sources(), kit.small()).setFont(kit.bold()).setMargin(0)));
        }
        for (var i = 0; i < sources.acts().size(); i++) {
            var act = sources.acts().get(i);
            for (var language : document.languages()) {
                var url = act.url(language);
                var line = "[" + (i + 1) + "] " + act.act(language) + (url == null ? "" : " " + url);
                table.addCell(plain().add(kit.paragraph(line, kit.small()).setFontSize(7.5f).setMargin(0)
                        .setSplitCharacters(CitationBreaks.INSTANCE)));
            }
        }
        return table;
    }

    private static Table columns(ApplicationDocument document) {
        return new Table(UnitValue.createPercentArray(document.languages().size())).useAllAvailableWidth();
    }

    private static Cell plain() {
        return new Cell().setBorder(Border.NO_BORDER).setPadding(1).setPaddingRight(8);
    }

    private static Cell spanning(ApplicationDocument document) {
        return new Cell(1, document.languages().size()).setBorder(Border.NO_BORDER).setPadding(1);
    }

    private static String joined(ApplicationDocument document,
            Function<ApplicationDocument.Wording, String> text) {
        return DocumentText.join(document.wording().stream().map(text).toList());
    }

    /** The acts cited, numbered in order of first appearance (legal basis first). */
    private record Sources(List<Citation> acts) {

        static Sources of(ApplicationDocument document) {
            var acts = new ArrayList<Citation>();
            var cited = new ArrayList<Citation>();
            cited.add(document.legalBasis());
            document.fields().forEach(field -> cited.add(field.citation()));
            for (var citation : cited) {
                if (acts.stream().noneMatch(known -> known.act().equals(citation.act()))) {
                    acts.add(citation.withArticle(null));
                }
            }
            return new Sources(List.copyOf(acts));
        }

        String reference(Citation citation, Locale language) {
            var number = 1;
            for (var act : acts) {
                if (act.act().equals(citation.act())) {
                    break;
                }
                number++;
            }
            var article = citation.article(language);
            return "[" + number + "]" + (article == null || article.isBlank() ? "" : " " + article);
        }
    }
}
