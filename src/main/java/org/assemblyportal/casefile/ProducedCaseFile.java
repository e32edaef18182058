package org.assemblyportal.casefile;

/** What writing a case file produced: the ZIP's name and size, its manifest's SHA-256, and the ledger it covers. */
record ProducedCaseFile(String fileName, long size, String manifestSha256, long ledgerSize, String ledgerRoot) {
}
