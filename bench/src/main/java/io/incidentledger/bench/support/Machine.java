package io.incidentledger.bench.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Cores, memory and load average, recorded with every figure since these machines are shared. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        long memoryKb = 0;
        String load = "?";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memoryKb = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unreadable) {
            // not Linux: cores alone still say something
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + Math.round(memoryKb / 1048576.0) + " GB, load " + load;
    }
}
