package org.glutecheck.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.glutecheck.system.EncodedPageView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Pages reach the network as bytes encoded in one pass ({@link EncodedPageView}, docs/performance.md),
 * and read the same: every non-ASCII character of a Spanish page arrives as UTF-8.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PageEncodingTest {

	@LocalServerPort
	private int port;

	@Autowired
	private ThymeleafViewResolver pages;

	@Test
	void pagesAreShownThroughTheEncodingView() throws Exception {
		assertThat(pages.resolveViewName("result", Locale.ENGLISH)).isInstanceOf(EncodedPageView.class);
	}

	@Test
	void aSpanishPageArrivesAsUtf8() throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?lang=es")).build(),
					HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		String page = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(page).contains("lang=\"es\"", "¿").doesNotContain("\uFFFD");
		assertThat(page.chars().filter(c -> c > 127).count()).isGreaterThan(20);
	}

}
