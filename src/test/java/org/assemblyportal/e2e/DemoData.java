package org.assemblyportal.e2e;

/** Facts about the demo data that journeys rely on (see DemoCases and DemoAccounts). */
final class DemoData {

    static final String ALMATY_TITLE = "Almaty, 8 March 2022: Women's Day rally and march";
    static final String PICKET_TITLE = "Picket for clean air at the Almaty akimat";

    private DemoData() {
    }
}
