import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fallback load generator of bench/compare.sh when wrk is not installed: N connections, each
 * sending the same request back to back for a fixed time (GET, or POST of a JSON file), then one
 * line in the same form as bench/report.lua prints. Loopback only; the loops end by themselves.
 *
 * <p>Run: {@code java bench/HttpLoad.java URL SECONDS CONNECTIONS [BODY_FILE]}
 */
public class HttpLoad {

	public static void main(String[] args) throws Exception {
		URI uri = URI.create(args[0]);
		long seconds = Long.parseLong(args[1]);
		int connections = Integer.parseInt(args[2]);
		String body = args.length > 3 ? Files.readString(Path.of(args[3])) : null;
		long[][] latencies = new long[connections][];
		int[] counts = new int[connections];
		AtomicLong errors = new AtomicLong();
		long started = System.nanoTime();
		long deadline = started + Duration.ofSeconds(seconds).toNanos();
		CountDownLatch done = new CountDownLatch(connections);
		for (int c = 0; c < connections; c++) {
			int slot = c;
			Thread worker = new Thread(() -> {
				HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
				HttpRequest built = body == null ? request.GET().build()
						: request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
				long[] mine = new long[1 << 16];
				int n = 0;
				try {
					while (System.nanoTime() < deadline) {
						long t0 = System.nanoTime();
						try {
							HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
							if (response.statusCode() >= 400) {
								errors.incrementAndGet();
							}
						}
						catch (java.io.IOException ex) {
							errors.incrementAndGet();
						}
						if (n == mine.length) {
							mine = Arrays.copyOf(mine, n * 2);
						}
						mine[n++] = (System.nanoTime() - t0) / 1000;
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					latencies[slot] = mine;
					counts[slot] = n;
					done.countDown();
				}
			});
			worker.setDaemon(true);
			worker.start();
		}
		done.await();
		double elapsed = (System.nanoTime() - started) / 1e9;
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int at = 0;
		for (int c = 0; c < connections; c++) {
			System.arraycopy(latencies[c], 0, all, at, counts[c]);
			at += counts[c];
		}
		Arrays.sort(all);
		System.out.printf(java.util.Locale.ROOT, "RESULT requests=%d seconds=%.3f p50=%d p90=%d p99=%d max=%d errors=%d%n",
				total, elapsed, pct(all, 50), pct(all, 90), pct(all, 99), total == 0 ? 0 : all[total - 1], errors.get());
	}

	private static long pct(long[] sorted, int p) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

}
