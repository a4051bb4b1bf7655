package org.glutecheck.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * Thymeleaf's view, handing the finished page to the response as bytes encoded in one pass.
 * <p>
 * Why: pages are rendered into a buffer and written as one string
 * ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing=false}). Through the
 * servlet's writer, Tomcat copies that string into chars and encodes them 8 KB at a time, character
 * by character from the first non-ASCII character of each piece on ("Español" in the language
 * switch, near the top of every English page; most of every Spanish page): a tenth of the results
 * page's time under load (docs/performance.md). {@link String#getBytes(Charset)} encodes the page
 * in one pass, and the bytes go to the response's output stream.
 */
public class EncodedPageView extends ThymeleafView {

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
		super.render(model, request, new BytesResponse(response));
	}

	/** The response, whose writer encodes what it is given and writes it to the output stream. */
	static final class BytesResponse extends HttpServletResponseWrapper {

		private PrintWriter writer;

		BytesResponse(HttpServletResponse response) {
			super(response);
		}

		/** The charset is the response's when the writer is first asked for, as the servlet spec has it. */
		@Override
		public PrintWriter getWriter() throws IOException {
			if (writer == null) {
				writer = new PrintWriter(new EncodingWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
			}
			return writer;
		}

	}

	/** Encodes each string it is given whole; the view writes a page as a single string. */
	private static final class EncodingWriter extends Writer {

		private final OutputStream out;

		private final Charset charset;

		EncodingWriter(OutputStream out, Charset charset) {
			this.out = out;
			this.charset = charset;
		}

		@Override
		public void write(String text, int offset, int length) throws IOException {
			out.write(text.substring(offset, offset + length).getBytes(charset));
		}

		@Override
		public void write(char[] chars, int offset, int length) throws IOException {
			write(new String(chars, offset, length), 0, length);
		}

		@Override
		public void flush() throws IOException {
			out.flush();
		}

		@Override
		public void close() throws IOException {
			out.close();
		}

	}

}
