package org.assemblyportal.security;

/** What a person gives to open an organizer account. */
public record SignUp(String username, String displayName, String password) {
}
