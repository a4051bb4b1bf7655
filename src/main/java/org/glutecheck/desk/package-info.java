/**
 * The clinic desk: staff sign in, watch today's assessments arrive, open one, mark it seen and
 * export a date range as CSV. Uses the assessment module's public API only.
 */
package org.glutecheck.desk;
