package org.assemblyportal.base;

/** The user may see the thing but not do this to it (HTTP 403). */
public class ForbiddenException extends LocalizedException {

    public ForbiddenException(String messageKey, Object... messageArguments) {
        super(messageKey, messageArguments);
    }
}
