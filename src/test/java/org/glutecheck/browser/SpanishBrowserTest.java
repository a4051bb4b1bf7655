package org.glutecheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The questionnaire in Spanish in headless Chromium, with JavaScript on and off: chosen with the
 * switch on the start page, kept by its cookie from page to page, switched back and forth in the
 * middle of a question without losing an answer. Every page passes axe-core in Spanish and says
 * lang="es"; the walk with JavaScript on photographs the Spanish pages (es-*).
 */
@ServedSite
class SpanishBrowserTest {

	@LocalServerPort
	private int port;

	@RegisterExtension
	static final BrowserPair browsers = new BrowserPair();

	private Visitor visitor(boolean javascript, String photographAs) {
		return browsers.visitor(port, javascript, photographAs);
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void outerHipPainInSpanishIsGlutealTendinopathyAndNeedsAnAppointment(boolean javascript) {
		Visitor person = visitor(javascript, javascript ? "es-tendinopathy" : null)
			.photographOnly("start", "warning-signs", "where", "feeling", "started", "background", "result")
			.open("/");
		assertThat(language(person)).isEqualTo("en-GB");
		person.press("Español");
		assertThat(language(person)).isEqualTo("es");
		assertThat(person.heading()).isEqualTo("Revise su dolor de glúteo o de cadera");
		person.press("Empezar ahora");
		assertThat(person.heading()).isEqualTo("Primero, ¿tiene alguna de estas señales de alarma?");
		assertThat(person.text("main")).contains("Vejiga, intestino y nervios", "Ninguna de estas");
		person.noWarningSigns().next();
		assertThat(person.heading()).isEqualTo("¿Dónde le duele?");
		person.tick("locations", "OUTER_HIP").tick("side", "RIGHT");
		if (!javascript) {
			// The switch in the middle of a question: the same page in English, nothing lost.
			person.press("English");
			assertThat(language(person)).isEqualTo("en-GB");
			assertThat(person.heading()).isEqualTo("Where does it hurt?");
			assertThat(person.checked("locations-OUTER_HIP")).isTrue();
			assertThat(person.checked("side-RIGHT")).isTrue();
			person.press("Español");
			assertThat(person.heading()).isEqualTo("¿Dónde le duele?");
			assertThat(person.checked("locations-OUTER_HIP")).isTrue();
		}
		person.next();
		assertThat(spanish(person).heading()).isEqualTo("¿Cómo es el dolor?");
		person.tick("qualities", "ACHING").tick("severity", "5").next();
		assertThat(spanish(person).heading()).isEqualTo("¿Cuándo y cómo empezó?");
		person.tick("duration", "WEEKS_1_6").tick("onset", "GRADUAL").tick("pattern", "CONSTANT").tick("course", "SAME")
			.next();
		spanish(person).tick("aggravators", "LYING_ON_SIDE", "STAIRS", "SINGLE_LEG_STANCE").next();
		spanish(person).tick("symptoms", "TENDER_OUTER_HIP_BONE").next();
		spanish(person).tick("ageBand", "AGE_40_49").tick("sex", "FEMALE").next();

		assertThat(spanish(person).heading()).isEqualTo("Su resultado");
		assertThat(person.text(".triage")).contains("Pida cita con un fisioterapeuta o un médico", "Por qué");
		assertThat(person.leadingCause()).isEqualTo("GLUTEAL_TENDINOPATHY");
		assertThat(person.text(".cause-first")).contains("Tendinopatía glútea", "Coincidencia alta", "Lo que encaja",
				"Qué puede hacer ahora", "Cuándo consultar a un profesional sanitario");
		assertThat(person.text(".answers")).contains("En el lateral de la cadera, sobre el saliente del hueso",
				"De 40 a 49");
		assertThat(person.text("main")).containsPattern("Hecho el \\d{1,2} de [a-z]+ de \\d{4}");
		assertThat(person.text("main")).doesNotContain("Your result", "What fits", "Book an appointment");
	}

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void saddleNumbnessInSpanishGoesStraightToTheEmergencyPage(boolean javascript) {
		Visitor person = visitor(javascript, javascript ? "es-sciatica" : null).photographOnly("emergency")
			.open("/?lang=es");
		person.press("Empezar ahora");
		person.tick("redFlags", "SADDLE_NUMBNESS").next();

		assertThat(spanish(person).heading()).isEqualTo("Pida ayuda urgente ahora");
		assertThat(person.text(".triage-action"))
			.isEqualTo("Llame ahora al número de emergencias de su zona o vaya a un servicio de urgencias");
		assertThat(person.text(".triage-body")).contains("síndrome de cola de caballo", "en pocas horas");
		if (!javascript) {
			person.press("English");
			assertThat(person.heading()).isEqualTo("Get emergency help now");
			person.press("Español");
		}
		person.press("Volver y cambiar mi respuesta");
		assertThat(spanish(person).checked("redFlags-SADDLE_NUMBNESS")).isTrue();
	}

	@Test
	void privacySaysWhichLanguagesWereReviewedAndErrorsReadInSpanish() {
		Visitor person = visitor(true, "es-privacy").photographOnly("privacy").open("/?lang=es");
		person.open("/privacy");
		assertThat(spanish(person).heading()).isEqualTo("Sus respuestas y su privacidad");
		assertThat(person.text("main")).contains("Idiomas",
				"todavía no los ha revisado un profesional sanitario que domine el español");
		person.open("/no-such-page");
		assertThat(spanish(person).heading()).isEqualTo("Lo sentimos, algo ha fallado");
		assertThat(person.text("main")).contains("No hay ninguna página en esta dirección.");
	}

	private static Visitor spanish(Visitor person) {
		assertThat(language(person)).as("the page's language").isEqualTo("es");
		return person;
	}

	private static String language(Visitor person) {
		return person.driver().findElement(By.tagName("html")).getDomAttribute("lang");
	}

}
