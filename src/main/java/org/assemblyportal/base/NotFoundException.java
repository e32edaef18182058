package org.assemblyportal.base;

/**
 * Something does not exist, or exists but the user may not know that it does. Both look the same
 * from outside (HTTP 404) so that ids of other people's cases leak nothing.
 */
public class NotFoundException extends LocalizedException {

    public NotFoundException(String messageKey, Object... messageArguments) {
        super(messageKey, messageArguments);
    }
}
