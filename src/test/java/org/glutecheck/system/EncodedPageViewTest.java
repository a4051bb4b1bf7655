package org.glutecheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class EncodedPageViewTest {

	private static final String PAGE = "<a lang=\"es\">Español</a> · ¿Dónde le duele? ✓ 😀 and the rest in ASCII";

	@Test
	void aPageReachesTheResponseAsTheBytesOfItsCharset() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setContentType("text/html;charset=UTF-8");

		PrintWriter writer = new EncodedPageView.BytesResponse(response).getWriter();
		writer.write(PAGE);
		writer.flush();

		assertThat(response.getContentAsByteArray()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theCharsetIsTheResponsesWhenTheWriterIsFirstAskedFor() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setContentType("text/html;charset=ISO-8859-1");
		EncodedPageView.BytesResponse bytes = new EncodedPageView.BytesResponse(response);

		PrintWriter writer = bytes.getWriter();
		writer.write("Español");
		writer.write(new char[] { ' ', '·', ' ' }, 1, 1);
		writer.flush();

		assertThat(bytes.getWriter()).isSameAs(writer);
		assertThat(response.getContentAsByteArray()).isEqualTo("Español·".getBytes(StandardCharsets.ISO_8859_1));
	}

}
