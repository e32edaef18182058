/**
 * The case of one assembly: its title, jurisdiction and planned date, and who works on it in which
 * role. Every read and change is checked against the user's membership of the case.
 */
@ApplicationModule(displayName = "Assembly cases", allowedDependencies = {"base", "security", "jurisdiction", "pdf"})
package org.assemblyportal.assembly;

import org.springframework.modulith.ApplicationModule;
