package org.briefing.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Processor time used so far by each part of the run, read from {@code /proc}: Liberty, the broker,
 * PostgreSQL (all its processes) and this JVM (the load generator, the sampler and GreenMail).
 * Divided by the articles of a phase it gives what one article costs each part, a figure that
 * varies far less between runs than the rates do on a machine whose two cores are saturated.
 */
final class ProcessCpu {

  /** Clock ticks per second of /proc/<pid>/stat; 100 on Linux for x86. */
  private static final long TICKS_PER_SECOND = 100;

  static final Map<String, Predicate<String>> PARTS = new LinkedHashMap<>();

  static {
    PARTS.put("Liberty", command -> command.contains("ws-javaagent"));
    PARTS.put(
        "broker", command -> command.contains("java") && command.contains("artemis.instance"));
    PARTS.put("PostgreSQL", command -> command.contains("postgres"));
  }

  private ProcessCpu() {}

  /** What each process seen so far is: a part, "postmaster", or "" (none of ours). */
  private static final Map<Long, String> KNOWN = new ConcurrentHashMap<>();

  /**
   * Milliseconds of processor time per part, and for this JVM under "load generator". Read every
   * second while the benchmark runs, so each process's command line is read once, when it is first
   * seen, not every time.
   */
  static Map<String, Long> now() {
    Map<String, Long> used = new LinkedHashMap<>();
    PARTS.keySet().forEach(part -> used.put(part, 0L));
    Set<Long> alive = new HashSet<>();
    ProcessHandle.allProcesses()
        .forEach(
            process -> {
              alive.add(process.pid());
              String part = KNOWN.computeIfAbsent(process.pid(), pid -> partOf(process));
              if (part.equals(POSTMASTER)) {
                // PostgreSQL's workers come and go (autovacuum, a backend per connection):
                // the ones that ended are in the postmaster's children's time.
                used.merge("PostgreSQL", millis(process.pid(), true), Long::sum);
              } else if (!part.isEmpty()) {
                used.merge(part, millis(process.pid(), false), Long::sum);
              }
            });
    KNOWN.keySet().retainAll(alive); // a pid may be used again
    used.put("load generator", millis(ProcessHandle.current().pid(), false));
    used.put(STOLEN, stolenMillis());
    return used;
  }

  /**
   * Not a process: the time the hypervisor gave this virtual machine's processors to others
   * ("steal" in /proc/stat). Runs on a quiet machine differ by a third; this says how much of that
   * was taken from outside.
   */
  static final String STOLEN = "stolen by the hypervisor";

  private static long stolenMillis() {
    try {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      return Long.parseLong(cpu[8])
          * 1000
          / TICKS_PER_SECOND; // cpu user nice system idle ... steal
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static final String POSTMASTER = "postmaster";

  private static String partOf(ProcessHandle process) {
    String command = process.info().commandLine().orElse("");
    for (Map.Entry<String, Predicate<String>> part : PARTS.entrySet()) {
      if (part.getValue().test(command)) {
        return part.getKey().equals("PostgreSQL") && command.contains(" -D ")
            ? POSTMASTER
            : part.getKey();
      }
    }
    return "";
  }

  /** The process's own processor time, and its ended children's if {@code withChildren}. */
  private static long millis(long pid, boolean withChildren) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // the fields after the command name in parentheses (which may hold spaces)
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
      if (withChildren) {
        ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]); // cutime, cstime
      }
      return ticks * 1000 / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0; // the process has ended
    }
  }
}
