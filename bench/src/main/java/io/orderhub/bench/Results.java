package io.orderhub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * One figure per line, {@code <database> <metric> <value> <unit>}, printed and appended to the file named by
 * {@code -Dbench.results}; {@link Summary} turns the lines of several runs into a table.
 */
final class Results {

    private Results() {
    }

    static void put(String db, String metric, double value, String unit) {
        String line = String.format(Locale.ROOT, "%s %s %.3f %s", db, metric, value, unit);
        System.out.println("RESULT " + line);
        String file = System.getProperty("bench.results");
        if (file != null) {
            try {
                Files.writeString(Path.of(file), line + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }

    static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
