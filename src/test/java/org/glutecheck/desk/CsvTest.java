package org.glutecheck.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

	@Test
	void quotesOnlyWhatNeedsQuotingAndDoublesQuotes() {
		String csv = new Csv().row(List.of("a", "b c"))
			.row(Arrays.asList("x,y", "say \"hi\"", null, "two\nlines"))
			.toString();
		assertThat(csv).isEqualTo("a,b c\r\n\"x,y\",\"say \"\"hi\"\"\",,\"two\nlines\"\r\n");
	}

	@Test
	void neutralisesWhatASpreadsheetWouldRunAsAFormula() {
		assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(Csv.field("+1")).isEqualTo("'+1");
		assertThat(Csv.field("-1")).isEqualTo("'-1");
		assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.field("2026-11-23T10:42:00Z")).isEqualTo("2026-11-23T10:42:00Z");
	}

}
