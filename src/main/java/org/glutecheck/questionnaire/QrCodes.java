package org.glutecheck.questionnaire;

import io.nayuki.qrcodegen.QrCode;
/**
 * Draws a QR code as the outline of one SVG path, so the page can carry it inline: no image file, no
 * request for it, and nothing a Content-Security-Policy without inline styles would block.
 */
final class QrCodes {

	/** The blank margin the QR standard asks for around the code, in modules. */
	private static final int QUIET_ZONE = 4;

	/**
	 * A QR code ready for an SVG: its side in modules (margin included) and its dark modules as path data.
	 */
	record Picture(int size, String path) {
	}

	private QrCodes() {
	}

	static Picture of(String text) {
		QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < code.size; y++) {
			for (int x = 0; x < code.size; x++) {
				if (code.getModule(x, y)) {
					path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
				}
			}
		}
		return new Picture(code.size + 2 * QUIET_ZONE, path.toString());
	}

}
