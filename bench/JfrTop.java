import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording of the benchmark: per benchmarked path, the top frames by CPU samples (self, and
 * inclusive for the emulator's own methods), the top lock contention (monitor enters and parks) and the top
 * allocations by class. JDK 17's {@code jfr} tool has no {@code view} command, so this does the aggregation with the
 * JDK's own consumer API. Run with the single-file launcher:
 *
 * <pre>java bench/JfrTop.java recording.jfr [marks-file] [top-n]</pre>
 *
 * The marks file (written by bench/run.sh, BENCH_MARKS) has one line per counted round: "app path round start-ms
 * end-ms"; only the emulator's events inside those windows are counted, per path. Without it, the whole recording is.
 */
public class JfrTop {

    private static final String PROJECT = "io.github.pinpointemailmock.";

    /** Waits that are not contention: idle pool threads and selectors waiting for work. */
    private static final List<String> IDLE_WAITS = List.of(
            "org.eclipse.jetty.util.thread.QueuedThreadPool$Runner.idleJobPoll",
            "org.eclipse.jetty.util.thread.ReservedThreadExecutor$ReservedThread",
            "org.eclipse.jetty.util.thread.ReservedThreadExecutor",
            "org.eclipse.jetty.util.thread.ScheduledExecutorScheduler",
            "org.eclipse.jetty.io.ManagedSelector",
            "java.util.concurrent.ScheduledThreadPoolExecutor$DelayedWorkQueue.take",
            "java.util.concurrent.ThreadPoolExecutor.getTask",
            "java.util.concurrent.ForkJoinPool.awaitWork");

    record Window(String label, Instant start, Instant end) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/JfrTop.java recording.jfr [marks-file] [top-n]");
            System.exit(2);
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        Map<String, List<Window>> windows = args.length > 1 ? windows(Path.of(args[1])) : Map.of();
        if (windows.isEmpty()) {
            report("whole recording", events, top);
            return;
        }
        for (Map.Entry<String, List<Window>> path : windows.entrySet()) {
            List<RecordedEvent> inside = events.stream()
                    .filter(event -> path.getValue().stream().anyMatch(window ->
                            !event.getStartTime().isBefore(window.start())
                                    && !event.getStartTime().isAfter(window.end())))
                    .toList();
            Duration length = path.getValue().stream()
                    .map(window -> Duration.between(window.start(), window.end()))
                    .reduce(Duration.ZERO, Duration::plus);
            report("emulator, create-" + path.getKey() + " (" + length.toSeconds() + " s of load)", inside, top);
        }
    }

    /** The emulator's counted rounds, by path, in the order they ran. */
    private static Map<String, List<Window>> windows(Path marks) throws IOException {
        Map<String, List<Window>> byPath = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(marks)) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length == 5 && fields[0].equals("emulator")) {
                byPath.computeIfAbsent(fields[1], path -> new ArrayList<>()).add(new Window(fields[1],
                        Instant.ofEpochMilli(Long.parseLong(fields[3])),
                        Instant.ofEpochMilli(Long.parseLong(fields[4]))));
            }
        }
        return byPath;
    }

    private static void report(String title, List<RecordedEvent> events, int top) {
        System.out.println();
        System.out.println("#### " + title);
        cpu(events, top);
        contention(events, top);
        allocation(events, top);
    }

    private static void cpu(List<RecordedEvent> events, int top) {
        List<RecordedEvent> samples = named(events, "jdk.ExecutionSample");
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> caller = new HashMap<>();
        for (RecordedEvent sample : samples) {
            RecordedStackTrace stack = sample.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            self.merge(method(stack.getFrames().get(0)), 1L, Long::sum);
            caller.merge(site(stack).replaceAll(":-?\\d+$", ""), 1L, Long::sum);
            Set<String> seen = new LinkedHashSet<>();
            for (RecordedFrame frame : stack.getFrames()) {
                String method = method(frame);
                if (method.startsWith(PROJECT) && seen.add(method)) {
                    inclusive.merge(method, 1L, Long::sum);
                }
            }
        }
        long total = samples.size();
        System.out.println();
        System.out.println("CPU: " + total + " execution samples of threads running Java code (threads in native"
                + " code, e.g. socket I/O, and the GC and JIT threads are not sampled); top frames (self)");
        print(self, total, top, "%");
        System.out.println("CPU: top frames (self), with JDK frames charged to the first non-JDK caller");
        print(caller, total, top, "%");
        System.out.println("CPU: the emulator's own methods, inclusive (share of samples with the method on the stack)");
        print(inclusive, total, top, "%");
    }

    private static void contention(List<RecordedEvent> events, int top) {
        Map<String, long[]> monitors = new HashMap<>();
        for (RecordedEvent enter : named(events, "jdk.JavaMonitorEnter")) {
            String monitor = enter.getClass("monitorClass") == null ? "?" : enter.getClass("monitorClass").getName();
            RecordedStackTrace stack = enter.getStackTrace();
            String held = stack == null || stack.getFrames().isEmpty() ? "?" : method(stack.getFrames().get(0));
            String key = monitor + " at " + held + " from " + site(stack);
            add(monitors, key, enter.getDuration());
        }
        Map<String, long[]> parks = new HashMap<>();
        long idle = 0;
        for (RecordedEvent park : named(events, "jdk.ThreadPark")) {
            RecordedStackTrace stack = park.getStackTrace();
            if (isIdleWait(stack)) {
                idle++;
                continue;
            }
            String parked = park.getClass("parkedClass") == null ? "?" : park.getClass("parkedClass").getName();
            add(parks, parked + " in " + site(stack), park.getDuration());
        }
        long monitorNanos = monitors.values().stream().mapToLong(value -> value[1]).sum();
        long parkNanos = parks.values().stream().mapToLong(value -> value[1]).sum();
        System.out.println("Contention: monitor enters (jdk.JavaMonitorEnter), by monitor class and site; "
                + "total " + monitorNanos / 1_000_000 + " ms blocked");
        printTimed(monitors, monitorNanos + parkNanos, top);
        System.out.println("Contention: parks (jdk.ThreadPark), by parked class and site; total " + parkNanos / 1_000_000
                + " ms (" + idle + " idle waits of pool and selector threads left out)");
        printTimed(parks, monitorNanos + parkNanos, top);
    }

    private static void allocation(List<RecordedEvent> events, int top) {
        Map<String, Long> byClass = new HashMap<>();
        Map<String, Map<String, Long>> sites = new HashMap<>();
        long total = 0;
        for (RecordedEvent sample : named(events, "jdk.ObjectAllocationSample")) {
            long weight = sample.getLong("weight");
            String type = sample.getClass("objectClass").getName();
            byClass.merge(type, weight, Long::sum);
            sites.computeIfAbsent(type, key -> new HashMap<>())
                    .merge(site(sample.getStackTrace()), weight, Long::sum);
            total += weight;
        }
        System.out.println("Allocation (jdk.ObjectAllocationSample, by sampled weight): " + total / (1024 * 1024)
                + " MiB; top classes, with the first non-JDK frame allocating most of each");
        long all = total;
        byClass.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(entry -> System.out.printf("  %5.1f%%  %-40s %s%n", 100.0 * entry.getValue() / all,
                        entry.getKey(), sites.get(entry.getKey()).entrySet().stream()
                                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("")));
    }

    private static List<RecordedEvent> named(List<RecordedEvent> events, String name) {
        return events.stream().filter(event -> event.getEventType().getName().equals(name)).toList();
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** Where a wait or allocation happens, as the first frame outside the JDK (or the top frame, if none). */
    private static String site(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return "?";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            String method = method(frame);
            if (!method.startsWith("java.") && !method.startsWith("jdk.") && !method.startsWith("sun.")) {
                return method + ":" + frame.getLineNumber();
            }
        }
        return method(stack.getFrames().get(0));
    }

    private static boolean isIdleWait(RecordedStackTrace stack) {
        if (stack == null) {
            return false;
        }
        for (RecordedFrame frame : stack.getFrames()) {
            String method = method(frame);
            if (IDLE_WAITS.stream().anyMatch(method::startsWith)) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<String, long[]> totals, String key, Duration duration) {
        long[] value = totals.computeIfAbsent(key, k -> new long[2]);
        value[0]++;
        value[1] += duration.toNanos();
    }

    private static void print(Map<String, Long> counts, long total, int top, String unit) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(entry -> System.out.printf("  %5.1f%s  %s%n", 100.0 * entry.getValue() / Math.max(total, 1),
                        unit, entry.getKey()));
    }

    private static void printTimed(Map<String, long[]> totals, long allNanos, int top) {
        ToLongFunction<Map.Entry<String, long[]>> nanos = entry -> entry.getValue()[1];
        totals.entrySet().stream()
                .sorted((a, b) -> Long.compare(nanos.applyAsLong(b), nanos.applyAsLong(a)))
                .limit(top)
                .forEach(entry -> System.out.printf("  %5.1f%% of all blocked time, %6d ms in %6d events  %s%n",
                        100.0 * entry.getValue()[1] / Math.max(allNanos, 1), entry.getValue()[1] / 1_000_000,
                        entry.getValue()[0], entry.getKey()));
    }
}
