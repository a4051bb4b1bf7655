package org.glutecheck.desk;

import java.util.List;

/**
 * Comma-separated values as RFC 4180 has them: a field with a comma, a quote or a line break is
 * quoted, with its quotes doubled; lines end in CRLF. A field that a spreadsheet would run as a
 * formula (starting with =, +, -, @ or a tab) is prefixed with an apostrophe.
 */
final class Csv {

	private final StringBuilder text = new StringBuilder();

	Csv row(List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			text.append(i == 0 ? "" : ",").append(field(fields.get(i)));
		}
		text.append("\r\n");
		return this;
	}

	@Override
	public String toString() {
		return text.toString();
	}

	static String field(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		boolean quote = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
		return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}

}
