/**
 * PDF infrastructure only: PDF/A-2u set-up with an sRGB output intent, embedded DejaVu fonts
 * (Kazakh Cyrillic included), shared styles, and the page footer with the case reference, the
 * SHA-256 of the document's data and a QR code of both. Document templates live in the features
 * that own the data; this package knows no feature.
 */
@ApplicationModule(displayName = "PDF", allowedDependencies = "base")
package org.assemblyportal.pdf;

import org.springframework.modulith.ApplicationModule;
