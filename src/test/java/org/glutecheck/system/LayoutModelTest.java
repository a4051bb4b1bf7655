package org.glutecheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The layout's values go into pages only: never into a redirect, whose model would become its
 * address's query, nor into an answer the controller wrote itself (JSON, CSV), which has no model.
 */
class LayoutModelTest {

	private final LayoutModel layout = new LayoutModel(new KioskProperties(false, 90, 120),
			new Languages(List.of(Languages.ENGLISH)), words());

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/results/K7QM-2XD9-4TRB");

	private static StaticMessageSource words() {
		StaticMessageSource words = new StaticMessageSource();
		words.setUseCodeAsDefaultMessage(true);
		return words;
	}

	@Test
	void aPageGetsTheLayoutsValuesUnlessItChoseItsOwn() {
		ModelAndView page = new ModelAndView("result").addObject("pageLanguage", "es");
		layout.postHandle(request, new MockHttpServletResponse(), new Object(), page);
		assertThat(page.getModel()).containsKeys("kiosk", "languageSwitch").containsEntry("pageLanguage", "es");
		assertThat(LayoutModel.isPage(page)).isTrue();
	}

	@Test
	void redirectsAndAnswersWithoutAViewGetNothing() {
		ModelAndView byName = new ModelAndView("redirect:/check/where");
		ModelAndView byView = new ModelAndView(new RedirectView("/deleted"));
		for (ModelAndView redirect : List.of(byName, byView)) {
			layout.postHandle(request, new MockHttpServletResponse(), new Object(), redirect);
			assertThat(redirect.getModel()).isEmpty();
			assertThat(LayoutModel.isPage(redirect)).isFalse();
		}
		layout.postHandle(request, new MockHttpServletResponse(), new Object(), null);
		assertThat(LayoutModel.isPage(null)).isFalse();
		assertThat(LayoutModel.isPage(new ModelAndView())).isFalse();
	}

}
