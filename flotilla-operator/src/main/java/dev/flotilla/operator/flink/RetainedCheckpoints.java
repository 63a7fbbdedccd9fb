package dev.flotilla.operator.flink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the newest complete {@code chk-N} of a job in a shared checkpoint directory. */
public final class RetainedCheckpoints {
  private static final Pattern CHK = Pattern.compile("chk-(\\d+)");

  private RetainedCheckpoints() {}

  /**
   * The {@code file://} URI of the highest {@code <dir>/<jobId>/chk-N} that has a {@code _metadata}
   * file (a checkpoint without it was never completed).
   */
  public static Optional<String> latest(Path checkpointDir, String jobId) {
    Path jobDir = checkpointDir.resolve(jobId);
    if (!Files.isDirectory(jobDir)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(jobDir)) {
      return dirs.filter(d -> CHK.matcher(d.getFileName().toString()).matches())
          .filter(d -> Files.isRegularFile(d.resolve("_metadata")))
          .max(Comparator.comparingLong(RetainedCheckpoints::number))
          .map(d -> stripSlash(d.toAbsolutePath().toUri().toString()));
    } catch (IOException e) {
      throw new FlinkActionException("cannot list checkpoints in " + jobDir + ": " + e, -1, e);
    }
  }

  private static String stripSlash(String uri) {
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }

  private static long number(Path dir) {
    Matcher m = CHK.matcher(dir.getFileName().toString());
    return m.matches() ? Long.parseLong(m.group(1)) : -1;
  }
}
