/**
 * What every module relies on: security headers, the throttle on lookups by reference, error
 * pages, the clock, the clinic's time zone, languages, and the retry of events between modules
 * whose listener failed.
 */
package org.glutecheck.system;
