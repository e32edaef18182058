package org.assemblyportal.assembly;

/** What a proof file shows about a filing. */
public enum ProofKind {
    STAMPED_COPY,
    POSTAL_RECEIPT,
    E_GOV_RECEIPT,
    OTHER;

    public String messageKey() {
        return "proof-kind." + name().toLowerCase().replace('_', '-');
    }
}
