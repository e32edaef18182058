package org.assemblyportal.assembly;

import java.time.LocalDateTime;

/**
 * A filing as its recorder reports it. {@code registeredAt} is the time on the authority's stamp or
 * receipt, read in the jurisdiction's time zone; {@code registrationNumber} may still be unknown.
 */
public record NewFiling(FilingChannel channel, String registrationNumber, LocalDateTime registeredAt) {
}
