package org.assemblyportal.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.Style;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;

/**
 * The fonts and styles of one document. A {@link PdfFont} belongs to one PDF, so a kit is made per
 * document from font programs parsed once.
 */
public final class PdfKit {

    public static final DeviceRgb MUTED = new DeviceRgb(0x55, 0x5f, 0x6d);

    private final PdfFont regular;
    private final PdfFont bold;

    PdfKit(PdfFont regular, PdfFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    public PdfFont regular() {
        return regular;
    }

    public PdfFont bold() {
        return bold;
    }

    public Style title() {
        return new Style().setFont(bold).setFontSize(15).setFontColor(ColorConstants.BLACK);
    }

    public Style heading() {
        return new Style().setFont(bold).setFontSize(11.5f).setMarginTop(8);
    }

    public Style body() {
        return new Style().setFont(regular).setFontSize(10.5f);
    }

    public Style small() {
        return new Style().setFont(regular).setFontSize(8.5f).setFontColor(MUTED);
    }

    /** Text is always set as plain text: nothing in a user's input is ever interpreted. */
    public Paragraph paragraph(String text, Style style) {
        return new Paragraph(new Text(text == null ? "" : text)).addStyle(style);
    }
}
