/**
 * Monitoring: the plan for walking a case's filed route (segments, repeat-photo waypoints, monitor
 * pairs, scheduled walks), the observations monitors record as evidence with their media, and the
 * test of each stated claim of the authority against what was observed. Monitors of a case record
 * observations; every member reads them. Builds on cases and filings (assembly), the stated claims
 * (authority) and the evidence store; nothing depends on it.
 */
@ApplicationModule(displayName = "Monitoring",
        allowedDependencies = {"base", "security", "jurisdiction", "jurisdiction :: ui", "assembly", "authority",
                "evidence", "pdf"})
package org.assemblyportal.monitoring;

import org.springframework.modulith.ApplicationModule;
