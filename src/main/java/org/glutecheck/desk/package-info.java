/**
 * The clinic desk: staff sign in, watch today's assessments arrive, open one, mark it seen and
 * export a date range as CSV. Its alerts are its own data (table {@code desk_alert}), raised by
 * listening to the assessment module's events ({@code AssessmentSaved}: an emergency or urgent
 * assessment; {@code FollowUpAdded}: a check-in that raised one to that level) and cleared when
 * staff mark the assessment seen. Uses the assessment module's public API only.
 */
package org.glutecheck.desk;
