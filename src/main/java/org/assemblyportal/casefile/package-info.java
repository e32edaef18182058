@ApplicationModule(displayName = "Case files", allowedDependencies = {"base", "evidence", "pdf", "security", "assembly", "authority", "monitoring", "jurisdiction"})
package org.assemblyportal.casefile;

import org.springframework.modulith.ApplicationModule;
