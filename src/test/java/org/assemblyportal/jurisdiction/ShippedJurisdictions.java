package org.assemblyportal.jurisdiction;

/** The rule files as shipped, for tests and benchmarks of other features that run without Spring. */
public final class ShippedJurisdictions {

    private static final JurisdictionService JURISDICTIONS = new JurisdictionService();

    private ShippedJurisdictions() {
    }

    public static Jurisdiction of(String code) {
        return JURISDICTIONS.jurisdiction(code).orElseThrow(() -> new IllegalArgumentException("No rule file " + code));
    }
}
