package org.assemblyportal.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.pdfa.PdfADocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Renders templates as PDF/A-2u: sRGB output intent, embedded subset fonts, document language and
 * title, and a footer on every page with the case reference, the data's SHA-256 and a QR code of
 * both. iText's producer line is kept, as its AGPL licence requires.
 */
@Component
public class PdfRenderer {

    private static final float FOOTER_HEIGHT = 62;

    private final byte[] iccProfile;
    private final FontProgram regularFont;
    private final FontProgram boldFont;

    public PdfRenderer() {
        iccProfile = resource("/pdf/color/sRGB.icc");
        try {
            regularFont = FontProgramFactory.createFont(resource("/pdf/fonts/DejaVuSans.ttf"));
            boldFont = FontProgramFactory.createFont(resource("/pdf/fonts/DejaVuSans-Bold.ttf"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped PDF fonts", e);
        }
    }

    public <M> byte[] render(PdfTemplate<M> template, M model) {
        var out = new ByteArrayOutputStream(64 * 1024);
        render(template, model, out);
        return out.toByteArray();
    }

    public <M> void render(PdfTemplate<M> template, M model, OutputStream out) {
        var meta = template.meta(model);
        var intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(iccProfile));
        try (var pdf = new PdfADocument(new PdfWriter(out, new WriterProperties().setFullCompressionMode(true)),
                PdfAConformance.PDF_A_2U, intent)) {
            pdf.getCatalog().setLang(new PdfString(meta.language().toLanguageTag()));
            pdf.getDocumentInfo().setTitle(meta.title());
            pdf.getDocumentInfo().setSubject(meta.subject());
            var kit = new PdfKit(PdfFontFactory.createFont(regularFont, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED),
                    PdfFontFactory.createFont(boldFont, PdfEncodings.IDENTITY_H,
                            PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED));
            if (meta.footer() != null) {
                pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new FooterHandler(meta.footer(), kit));
            }
            try (var document = new Document(pdf, PageSize.A4)) {
                document.setMargins(48, 52, 48 + FOOTER_HEIGHT, 52);
                document.setFont(kit.regular());
                template.render(model, document, kit);
            }
        }
    }

    /** Case reference and data hash as text on the left, the same as a QR code on the right. */
    private static final class FooterHandler extends AbstractPdfDocumentEventHandler {

        private final PdfMeta.Footer footer;
        private final PdfKit kit;

        FooterHandler(PdfMeta.Footer footer, PdfKit kit) {
            this.footer = footer;
            this.kit = kit;
        }

        @Override
        protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
            var page = ((PdfDocumentEvent) event).getPage();
            PdfDocument pdf = event.getDocument();
            var size = page.getPageSize();
            var canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
            var qr = QrCodes.form(footer.qrPayload(), pdf);
            var qrSize = FOOTER_HEIGHT - 8;
            canvas.addXObjectFittedIntoRectangle(qr, new com.itextpdf.kernel.geom.Rectangle(
                    size.getRight() - 52 - qrSize, 20, qrSize, qrSize));
            try (var text = new Canvas(canvas, new com.itextpdf.kernel.geom.Rectangle(52, 18,
                    size.getWidth() - 104 - qrSize - 8, FOOTER_HEIGHT - 6))) {
                text.add(new Paragraph(footer.label()).addStyle(kit.small()).setMarginBottom(1));
                text.add(new Paragraph(footer.caseReference() + " · " + pdf.getPageNumber(page))
                        .addStyle(kit.small()).setMargin(0));
                text.add(new Paragraph("SHA-256 " + footer.dataSha256()).addStyle(kit.small()).setFontSize(7).setMargin(0));
            }
            canvas.release();
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing PDF resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
