/**
 * Shared building blocks every feature may use: translated exceptions, locales, the application
 * shell (main layout, error handling) and the API error format. Depends on no feature.
 */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN)
package org.assemblyportal.base;

import org.springframework.modulith.ApplicationModule;
