package org.glutecheck.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * The human-readable part every resource carries (FHIR's narrative), made from the same words as
 * the resource, so that a system that shows only the narrative still shows what matters. Text goes
 * in as text, never as markup.
 */
final class Narratives {

	private Narratives() {
	}

	/** A heading, then lines as a list, in this language (a BCP 47 tag). */
	static Narrative of(String language, String heading, List<String> lines) {
		XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
		div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
		div.setAttribute("lang", language);
		div.setAttribute("xml:lang", language);
		div.addTag("p").addTag("b").addText(heading);
		if (!lines.isEmpty()) {
			XhtmlNode list = div.addTag("ul");
			lines.forEach(line -> list.addTag("li").addText(line));
		}
		Narrative narrative = new Narrative();
		narrative.setStatus(NarrativeStatus.GENERATED);
		narrative.setDiv(div);
		return narrative;
	}

}
