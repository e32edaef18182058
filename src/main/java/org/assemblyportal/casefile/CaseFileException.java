package org.assemblyportal.casefile;

import org.assemblyportal.base.LocalizedException;

/**
 * An export refused because what it was given is not sound: an original whose bytes do not match
 * the hash the ledger holds, a broken chain, a file the ledger lists but nobody supplied. A case
 * file must never present corrupted evidence as good, so the export stops instead.
 */
public class CaseFileException extends LocalizedException {

    public CaseFileException(String messageKey, Object... messageArguments) {
        super(messageKey, messageArguments);
    }
}
