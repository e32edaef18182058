package org.assemblyportal.pdf;

import com.itextpdf.layout.Document;

/**
 * One type of document. It only lays out its immutable model; {@link PdfRenderer} owns the PDF/A
 * set-up, fonts and footer. Implementations have no Spring and no repositories, so they are unit
 * tested directly.
 */
public interface PdfTemplate<M> {

    PdfMeta meta(M model);

    void render(M model, Document document, PdfKit kit);
}
