package org.glutecheck.rulebook;

/** What a person is told at a triage level: a one-line headline and what to do. */
public record LevelAdvice(String headline, String advice) {
}
