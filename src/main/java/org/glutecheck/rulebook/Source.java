package org.glutecheck.rulebook;

/** A published source behind a condition's explanation. */
public record Source(String title, String url) {
}
