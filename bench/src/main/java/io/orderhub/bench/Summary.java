package io.orderhub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints median and range per (database, metric) over the result lines of all runs. Arguments: result files. */
public final class Summary {

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (String file : args) {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                String[] p = line.trim().split("\\s+");
                if (p.length != 4) {
                    continue;
                }
                String key = p[0] + " " + p[1];
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(Double.parseDouble(p[2]));
                units.put(key, p[3]);
            }
        }
        System.out.printf(Locale.ROOT, "%-9s %-34s %3s %12s %12s %12s  %s%n", "database", "metric", "n", "median", "min",
                "max", "unit");
        values.forEach((key, v) -> {
            String[] k = key.split(" ");
            List<Double> sorted = v.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "%-9s %-34s %3d %12.1f %12.1f %12.1f  %s%n", k[0], k[1], v.size(),
                    median(sorted), sorted.get(0), sorted.get(sorted.size() - 1), units.get(key));
        });
    }

    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
