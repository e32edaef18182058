package org.assemblyportal.casefile;

/** How far a running export is: bytes written of the bytes it will write (0 of 0 while it counts). */
public record ExportProgress(long bytesDone, long bytesTotal) {

    public static final ExportProgress NONE = new ExportProgress(0, 0);

    /** Between 0 and 1; 0 while the total is not known yet. */
    public double fraction() {
        return bytesTotal <= 0 ? 0 : Math.min(1, (double) bytesDone / bytesTotal);
    }
}
