package dev.flotilla.cli.lab;

import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.cli.support.Json;
import dev.flotilla.cli.support.Table;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flotilla lab status}: which lab clusters run and answer REST. */
@Command(
    name = "status",
    description = "Show the lab's clusters: processes alive, REST answering.",
    mixinStandardHelpOptions = true)
public final class LabStatusCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Lab directory (default: ./.flotilla/lab).")
  private Path root = LabCommand.defaultRoot();

  @Option(names = "--json", description = "Print JSON.")
  private boolean json;

  /** Status of one lab cluster. */
  record Status(
      String name,
      String flinkVersion,
      String restUrl,
      boolean jobManagerAlive,
      long taskManagersAlive,
      boolean restAnswers) {}

  @Override
  public Integer call() throws Exception {
    List<LabManifest.Entry> entries = LabManifest.read(root);
    if (entries.isEmpty()) {
      spec.commandLine().getOut().println("no lab is running (recorded in " + root + ")");
      return ExitCodes.OK;
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    List<Status> statuses = new ArrayList<>();
    for (LabManifest.Entry e : entries) {
      statuses.add(
          new Status(
              e.name(),
              e.flinkVersion(),
              e.restUrl(),
              alive(e.jobManagerPid()),
              e.taskManagerPids().stream().filter(LabStatusCommand::alive).count(),
              answers(http, e.restUrl())));
    }
    var out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(statuses));
    } else {
      Table t =
          new Table("CLUSTER", "FLINK", "REST", "JOBMANAGER", "TASKMANAGERS ALIVE", "REST ANSWERS");
      statuses.forEach(
          s ->
              t.row(
                  s.name(),
                  s.flinkVersion(),
                  s.restUrl(),
                  s.jobManagerAlive() ? "alive" : "DEAD",
                  s.taskManagersAlive(),
                  s.restAnswers() ? "yes" : "NO"));
      out.print(t.render());
    }
    out.flush();
    return statuses.stream().allMatch(Status::restAnswers) ? ExitCodes.OK : ExitCodes.UNREACHABLE;
  }

  static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static boolean answers(HttpClient http, String restUrl) {
    try {
      var req =
          HttpRequest.newBuilder(URI.create(restUrl).resolve("overview"))
              .timeout(Duration.ofSeconds(3))
              .build();
      return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (Exception e) {
      return false;
    }
  }
}
