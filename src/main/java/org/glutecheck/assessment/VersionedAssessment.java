package org.glutecheck.assessment;

/**
 * A saved assessment with its place among the versions of one person's result, as its page shows it.
 *
 * @param replaced the reference of the earlier version this one replaces, or null for a first version
 * @param newest the reference of the newest version that replaced this one, or null while it is the newest
 */
public record VersionedAssessment(Assessment assessment, String replaced, String newest) {
}
