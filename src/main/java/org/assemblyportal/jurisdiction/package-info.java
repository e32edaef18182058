/**
 * Jurisdictions as data: each rule file in {@code src/main/resources/jurisdictions} describes one
 * legal system (its name, time zone and document languages now; deadlines and forms to come).
 * Pure domain code with no UI dependency.
 */
@ApplicationModule(displayName = "Jurisdiction", allowedDependencies = {"base", "security"})
package org.assemblyportal.jurisdiction;

import org.springframework.modulith.ApplicationModule;
