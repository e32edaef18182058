package org.assemblyportal.monitoring;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The load generator of {@code src/bench/observation-intake.sh}: posts {@code count} distinct observations
 * (a fresh client id each) to {@code POST /api/v1/cases/{id}/observations} from a fixed pool of
 * {@code connections} threads, each with one blocking request in flight, then prints the throughput and
 * latency percentiles. Only the JDK, so that it runs with the source launcher ({@code java File.java}).
 * Stops at the first answer other than 201 Created, or when {@code limitSeconds} have passed.
 * With a {@code batch} size above 1 it posts arrays of that many to {@code POST .../observations/batch} instead,
 * each of which must answer 200 with every item CREATED; latencies are then per batch.
 * Usage: {@code java ObservationIntakeLoad.java <url of the case's observations> <token> <count> <connections>
 * [limitSeconds] [label] [batch]}
 */
public final class ObservationIntakeLoad {

    private ObservationIntakeLoad() {
    }

    public static void main(String[] args) throws Exception {
        var url = URI.create(args[0]);
        if (!"127.0.0.1".equals(url.getHost()) && !"localhost".equals(url.getHost())) {
            throw new IllegalArgumentException("only loopback may be a load target: " + url);
        }
        var token = args[1];
        var count = Integer.parseInt(args[2]);
        var connections = Integer.parseInt(args[3]);
        var limit = Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 300);
        var label = args.length > 5 ? args[5] : "measured";
        var batch = args.length > 6 ? Integer.parseInt(args[6]) : 1;
        if (batch < 1 || count % batch != 0) {
            throw new IllegalArgumentException("the count must be a multiple of the batch size " + batch);
        }
        var target = batch == 1 ? url : URI.create(url + "/batch");
        var requests = count / batch;
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        var latencies = new long[requests];
        var next = new AtomicInteger();
        var failure = new AtomicReference<String>();
        var deadline = System.nanoTime() + limit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        var start = System.nanoTime();
        for (int t = 0; t < connections; t++) {
            pool.execute(() -> {
                int i;
                while (failure.get() == null && (i = next.getAndIncrement()) < requests) {
                    if (System.nanoTime() > deadline) {
                        failure.compareAndSet(null, "time limit of " + limit.toSeconds() + " s reached");
                        return;
                    }
                    try {
                        if (batch == 1) {
                            send(client, target, token, i, latencies);
                        } else {
                            sendBatch(client, target, token, i, batch, latencies);
                        }
                    } catch (Exception | Error e) {
                        failure.compareAndSet(null, (batch == 1 ? "observation " : "batch ") + i + ": " + e);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(limit.toSeconds() + 60, TimeUnit.SECONDS);
        var elapsed = System.nanoTime() - start;
        if (failure.get() != null) {
            System.err.println("FAILED: " + failure.get());
            System.exit(1);
        }
        var cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "%s: %d observations in %d requests of %d, %d connections, %.2f s, "
                        + "%.0f observations/s, %.0f requests/s, latency per request p50 %.1f ms, p90 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms; this client's CPU so far %.1f s%n",
                label, count, requests, batch, connections, elapsed / 1e9, count / (elapsed / 1e9),
                requests / (elapsed / 1e9), millis(latencies, 0.50), millis(latencies, 0.90), millis(latencies, 0.99),
                latencies[requests - 1] / 1e6, cpu / 1e9);
    }

    /** Posts observation {@code i} with a fresh client id and keeps its latency; fails on any answer but 201. */
    private static void send(HttpClient client, URI url, String token, int i, long[] latencies) throws Exception {
        var request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(UUID.randomUUID(), i))).build();
        var sent = System.nanoTime();
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        latencies[i] = System.nanoTime() - sent;
        if (response.statusCode() != 201) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " " + response.body());
        }
    }

    /**
     * Posts batch {@code b}: observations {@code b * size} to {@code b * size + size - 1}, each with a fresh client id,
     * as one array, and keeps its latency; fails unless it answers 200 with every item CREATED.
     */
    private static void sendBatch(HttpClient client, URI url, String token, int b, int size, long[] latencies)
            throws Exception {
        var body = new StringBuilder("[");
        for (int i = b * size; i < (b + 1) * size; i++) {
            body.append(i == b * size ? "" : ",").append(body(UUID.randomUUID(), i));
        }
        var request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString())).build();
        var sent = System.nanoTime();
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        latencies[b] = System.nanoTime() - sent;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " " + response.body());
        }
        var created = response.body().split("\"status\":\"CREATED\"", -1).length - 1;
        if (created != size) {
            throw new IllegalStateException(created + " of " + size + " CREATED: " + response.body());
        }
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /**
     * An obstacle on segment 2 of the Almaty route as a phone sends it: where, what was seen, what stood in
     * the way, counts; the texts vary a little so that no two bodies are the same but for the id.
     */
    static String body(UUID clientId, int i) {
        return """
                {"clientId":"%s","category":"OBSTACLES","segment":2,\
                "deviceTime":"2022-03-08T%02d:%02d:%02d+06:00",\
                "location":{"latitude":%.6f,"longitude":%.6f,"accuracyMetres":%d},\
                "landmark":"Shevchenko street at the corner of Zheltoksan, north side",\
                "facts":"Metal fencing about 2 m high along the kerb, a gap of 3 m for pedestrians; no machinery, \
                no workers, no dug-up surface. A sign on the fence says 'Road works' with no permit number. \
                Photo %d taken from the opposite pavement.",\
                "assessment":"The fence narrows the carriageway but leaves the route passable on foot.",\
                "counts":{"participants":%d,"policeOfficers":%d,"vehicles":2},\
                "obstacle":{"type":"FENCING","lengthMetres":%.1f,"carriagewayBlockedPercent":%d,"passable":true,\
                "workersPresent":false,"workInProgress":false,"signage":"Road works","permitNumber":null}}"""
                .formatted(clientId, 9 + i / 3600 % 4, i / 60 % 60, i % 60, 43.2389 + (i % 1000) * 1e-6,
                        76.9286 - (i % 1000) * 1e-5, 5 + i % 20, i, i % 50, 2 + i % 7, 10.0 + i % 90, 10 + i % 60);
    }
}
