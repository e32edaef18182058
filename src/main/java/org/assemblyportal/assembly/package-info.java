/**
 * The case of one assembly: its title, jurisdiction and planned date, who works on it in which role,
 * its draft and its filings with their proof files (bytes in the evidence store). Every read and
 * change is checked against the user's membership of the case.
 */
@ApplicationModule(displayName = "Assembly cases",
        allowedDependencies = {"base", "security", "jurisdiction", "jurisdiction :: ui", "evidence", "pdf"})
package org.assemblyportal.assembly;

import org.springframework.modulith.ApplicationModule;
