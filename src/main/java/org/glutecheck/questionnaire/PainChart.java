package org.glutecheck.questionnaire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.glutecheck.rulebook.TriageLevel;

/**
 * The worst pain over time as a small chart the page draws as inline SVG on the server, so it needs
 * no script and prints as it shows: one point per answer that gave a worst pain (the first
 * assessment, then each check-in), placed by its time, on an axis from 0 to 10. Coordinates are in
 * the SVG's own units ({@link #viewBox()}); the page scales it to its width.
 *
 * @param points the points, oldest first
 * @param line the points joined, as an SVG {@code points} attribute
 * @param ticks the lines across at 0, 2, 4 ... 10
 * @param firstLabel the time of the first point, short, under it
 * @param lastLabel the time of the last point, short, under it; null when there is one point
 */
record PainChart(List<Point> points, String line, List<Tick> ticks, String firstLabel, String lastLabel) {

	/** A point: where it is drawn, the worst pain it shows, and the level then (its colour). */
	record Point(double x, double y, int severity, TriageLevel level) {
	}

	/** A line across the chart at a value of the axis. */
	record Tick(double y, int value) {
	}

	/** One answer that gave a worst pain: when, how bad, the level after it, and its time written short. */
	record Reading(Instant at, int severity, TriageLevel level, String label) {
	}

	private static final int WIDTH = 320;

	private static final int HEIGHT = 180;

	/** Where the plot sits in the view box: room on the left for the axis' numbers, below for the dates. */
	private static final double LEFT = 30;

	private static final double RIGHT = WIDTH - 16;

	private static final double TOP = 20;

	private static final double BOTTOM = HEIGHT - 34;

	/** How far the first and last points sit inside the plot, clear of the axis' numbers. */
	private static final double INSET = 14;

	/** The chart of these readings, oldest first; null when there are none. */
	static PainChart of(List<Reading> readings) {
		if (readings.isEmpty()) {
			return null;
		}
		Instant first = readings.get(0).at();
		Instant last = readings.get(readings.size() - 1).at();
		double span = last.toEpochMilli() - first.toEpochMilli();
		List<Point> points = new ArrayList<>();
		for (Reading reading : readings) {
			// By time, so the gaps between check-ins read as they were; all at one moment, in the middle.
			double along = span <= 0 ? 0.5 : (reading.at().toEpochMilli() - first.toEpochMilli()) / span;
			points.add(new Point(round(LEFT + INSET + along * (RIGHT - LEFT - 2 * INSET)), y(reading.severity()),
					reading.severity(), reading.level()));
		}
		String line = points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
		List<Tick> ticks = IntStream.rangeClosed(0, 5).map(i -> i * 2).mapToObj(value -> new Tick(y(value), value)).toList();
		String lastLabel = readings.size() > 1 ? readings.get(readings.size() - 1).label() : null;
		return new PainChart(List.copyOf(points), line, ticks, readings.get(0).label(), lastLabel);
	}

	/** The view box, for the template. */
	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	/** Where the axis runs: its left edge, for the numbers beside it. */
	public double left() {
		return LEFT;
	}

	public double right() {
		return RIGHT;
	}

	/** Where the dates sit, under the axis. */
	public double labelY() {
		return BOTTOM + 22;
	}

	/** The middle of the plot, where a lone point and its date sit. */
	public double middle() {
		return (LEFT + RIGHT) / 2;
	}

	private static double y(int severity) {
		return round(BOTTOM - severity * (BOTTOM - TOP) / 10.0);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
