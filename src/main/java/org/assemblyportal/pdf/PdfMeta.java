package org.assemblyportal.pdf;

import java.util.Locale;

/**
 * What a document says about itself: its title and subject, its language (a parameter of the
 * document, never the UI's locale), and the footer that ties it to its case and data.
 */
public record PdfMeta(String title, String subject, Locale language, Footer footer) {

    /** Printed at the foot of every page and encoded in its QR code. */
    public record Footer(String caseReference, String dataSha256, String label) {

        /** The QR code's content: a short, parseable line. */
        public String qrPayload() {
            return "assembly-portal;case=" + caseReference + ";sha256=" + dataSha256;
        }
    }
}
