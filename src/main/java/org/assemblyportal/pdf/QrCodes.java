package org.assemblyportal.pdf;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.element.Image;

/**
 * QR codes drawn as vectors (a form XObject of black squares, no raster and no colour space beyond
 * the output intent's), so that they stay sharp at any print size and keep PDF/A valid.
 */
public final class QrCodes {

    private QrCodes() {
    }

    public static PdfFormXObject form(String payload, PdfDocument pdf) {
        return new BarcodeQRCode(payload).createFormXObject(ColorConstants.BLACK, 1.6f, pdf);
    }

    /** A square layout element {@code size} points wide, for templates that place the code in the flow. */
    public static Image image(String payload, PdfDocument pdf, float size) {
        return new Image(form(payload, pdf)).scaleToFit(size, size);
    }
}
