package org.assemblyportal.evidence;

import org.assemblyportal.base.LocalizedException;

/**
 * An upload the store refused (empty, too large, a type the policy does not allow). Nothing of it
 * was kept. Callers that take several files catch it to report every file's problem at once.
 */
public class RejectedUploadException extends LocalizedException {

    RejectedUploadException(String messageKey, Object... messageArguments) {
        super(messageKey, messageArguments);
    }
}
