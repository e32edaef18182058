package org.assemblyportal.jurisdiction;

/** The forms of assembly the rule files regulate; names are those of the REST API. */
public enum AssemblyForm {
    PICKET, MEETING, RALLY, DEMONSTRATION, MARCH, PROCESSION, STATIC_ASSEMBLY;

    public String messageKey() {
        return "form." + name().toLowerCase().replace('_', '-');
    }
}
