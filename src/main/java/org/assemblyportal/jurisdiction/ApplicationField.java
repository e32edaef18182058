package org.assemblyportal.jurisdiction;

/**
 * The parts an application or notification can have. Which of them a jurisdiction asks for, in
 * what order, which are required and on what legal basis is data in its rule file.
 */
public enum ApplicationField {
    PURPOSE, FORM, ORGANIZER, REPRESENTATIVE, PLACE_OR_ROUTE, START_AND_END, PARTICIPANTS, EQUIPMENT, STEWARDS, CONTACTS;

    public String messageKey() {
        return "field." + name().toLowerCase().replace('_', '-');
    }
}
