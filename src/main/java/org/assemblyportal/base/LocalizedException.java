package org.assemblyportal.base;

import java.util.Arrays;

/**
 * A failure whose message is a translation key, so that the UI and the API can each tell the user
 * what went wrong in the user's language. Services throw these for bad input and refused actions.
 */
public class LocalizedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] messageArguments;

    public LocalizedException(String messageKey, Object... messageArguments) {
        super(messageKey + (messageArguments.length == 0 ? "" : " " + Arrays.toString(messageArguments)));
        this.messageKey = messageKey;
        this.messageArguments = messageArguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] messageArguments() {
        return messageArguments.clone();
    }
}
