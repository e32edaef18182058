package org.assemblyportal.jurisdiction;

/** How long the authority has to answer, from when, and what its silence means. */
public record AuthorityResponse(Period period, CountFrom countFrom, SilenceRule silence, Citation citation) {
}
