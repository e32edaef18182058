package org.assemblyportal.authority;

/**
 * One stated claim of the authority as the appeal pack prints it, already resolved into text in the
 * pack's language: its type, where and when it is said to apply, and the words it was quoted from.
 */
public record ClaimLine(String type, String where, String when, String quote) {
}
