package org.glutecheck.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A clinic tablet set to Spanish: each new person meets Spanish whatever the tablet's browser says,
 * can still switch, and handing the tablet back forgets their choice.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:glutecheck-kiosk-language;DB_CLOSE_DELAY=-1",
		"glutecheck.retention.cron=-", "glutecheck.kiosk.enabled=true", "glutecheck.kiosk.language=es" })
@AutoConfigureMockMvc
class KioskLanguageTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void theTabletSpeaksTheClinicsLanguageAndKeepsTheSwitch() throws Exception {
		assertThat(page(mvc.perform(get("/").header("Accept-Language", "en-GB")).andReturn().getResponse()))
			.contains("<html lang=\"es\"", "Revise su dolor de glúteo o de cadera", "href=\"/?lang=en-GB\"");
		MockHttpServletResponse switched = mvc.perform(get("/").param("lang", "en-GB")).andReturn().getResponse();
		assertThat(page(switched)).contains("<html lang=\"en-GB\"", "Check your buttock or hip pain");
		// Until the tablet is handed back: no Max-Age, so it never outlives the browser either.
		assertThat(switched.getHeader("Set-Cookie")).startsWith("gc_lang=en-GB").doesNotContain("Max-Age");
		assertThat(page(mvc.perform(get("/").cookie(new Cookie("gc_lang", "en-GB"))).andReturn().getResponse()))
			.contains("<html lang=\"en-GB\"");
		MockHttpServletResponse handedBack = mvc.perform(get("/start-again").cookie(new Cookie("gc_lang", "en-GB")))
			.andReturn()
			.getResponse();
		assertThat(handedBack.getHeaders("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("gc_lang=;")
			.contains("Max-Age=0"));
	}

	private static String page(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
