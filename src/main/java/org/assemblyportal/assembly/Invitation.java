package org.assemblyportal.assembly;

/** Adds an existing user, by sign-in name, to a case in a case role. */
public record Invitation(String username, CaseRole role) {
}
