/**
 * FHIR R4: a saved assessment as a Bundle (a QuestionnaireResponse of the answers and a
 * RiskAssessment of the causes and the triage) for clients that ask for
 * {@code application/fhir+json}, the questionnaire as a FHIR Questionnaire made from the same
 * question definitions as the pages, and the code systems and extensions they use
 * (docs/fhir.md). Uses the public API of the assessment, questionnaire, rulebook, answers and
 * system modules only.
 */
package org.glutecheck.fhir;
