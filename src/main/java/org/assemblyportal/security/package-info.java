/**
 * Users, global roles, sign-in (with brute-force backoff), personal API tokens and the Spring
 * Security set-up for the UI and the REST API. Per-case access lives with the cases.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = "base")
package org.assemblyportal.security;

import org.springframework.modulith.ApplicationModule;
