package org.assemblyportal.jurisdiction;

/** The event from which the authority's time runs. */
public enum CountFrom {
    REGISTRATION, RECEIPT;

    public String messageKey() {
        return "count-from." + name().toLowerCase();
    }
}
