package org.assemblyportal.casefile;

/**
 * Hears how far a case-file export is: bytes of files copied out of the total announced (originals
 * and extras), and ledger entries written to the chain out of the total (-1 until known).
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (bytesDone, bytesTotal, entriesDone, entriesTotal) -> { };

    void onProgress(long bytesDone, long bytesTotal, long entriesDone, long entriesTotal);
}
