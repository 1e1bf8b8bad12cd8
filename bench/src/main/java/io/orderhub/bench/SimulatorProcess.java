package io.orderhub.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link SimulatorMain} in a child JVM on this JVM's classpath and waits until it is seeded. */
final class SimulatorProcess implements AutoCloseable {

    private final Process process;
    final int port;
    final int seeded;
    /** Orders placed within the last 10 days when seeding ended: what SH1 lets through, give or take the clock. */
    final long placedWithin10Days;

    SimulatorProcess(int seed, int bucket, double leak, String token) throws IOException {
        this(seed, bucket, leak, token, "seed");
    }

    /** @param mode {@code seed} (the sample mix over 15 days) or {@code open} (open orders of the last 10 days) */
    SimulatorProcess(int seed, int bucket, double leak, String token, String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx1g", "-XX:+UseParallelGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), SimulatorMain.class.getName(),
                Integer.toString(seed), Integer.toString(bucket), Double.toString(leak), token, mode));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        process = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("READY ")) {
            process.destroyForcibly();
            throw new IOException("the simulator did not start: " + line);
        }
        String[] parts = line.split(" ");
        port = Integer.parseInt(parts[1]);
        seeded = Integer.parseInt(parts[2]);
        placedWithin10Days = Long.parseLong(parts[3]);
    }

    String shopUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
