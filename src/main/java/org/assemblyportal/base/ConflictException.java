package org.assemblyportal.base;

/** Someone else changed the thing first (HTTP 409); the caller's input is kept, not lost. */
public class ConflictException extends LocalizedException {

    public ConflictException(String messageKey, Object... messageArguments) {
        super(messageKey, messageArguments);
    }
}
