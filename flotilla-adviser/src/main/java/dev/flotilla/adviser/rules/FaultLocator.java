package dev.flotilla.adviser.rules;

import dev.flotilla.adviser.AdviceInput;
import dev.flotilla.adviser.chain.ExceptionChain;
import dev.flotilla.adviser.chain.ExceptionLink;
import dev.flotilla.adviser.chain.StackFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides where a failure's fault lies from the code that threw it (DESIGN.md side convention).
 *
 * <ol>
 *   <li>Links are examined most telling first (the real cause below wrappers), then the root, then
 *       the other links deepest first; the first link that says anything decides.
 *   <li>In a link, JDK/Scala/RPC frames are skipped; the first remaining frame is the thrower. A
 *       frame is a <b>library</b> when its package is a known connector/format/lake/platform-tool
 *       package, or when the log shows it was loaded from a non-Flink jar (a Flink class inside
 *       {@code gluten-flink-runtime.jar} is that tool's copy). It is <b>Flink</b> for other {@code
 *       org.apache.flink.} classes, else a <b>candidate user</b> frame.
 *   <li>A candidate user frame called from a library frame before any Flink frame is a dependency
 *       of that library (an Elasticsearch client inside the ES sink): library. Otherwise it is the
 *       job's code.
 *   <li>Without frames: the link's own class (a {@code org.apache.hudi.exception.*}) or a library
 *       class named in its message decides.
 * </ol>
 */
public final class FaultLocator {
  private static final Pattern FQ_CLASS =
      Pattern.compile("\\b((?:[a-z][\\w]*\\.){2,}[A-Z][\\w$]*)");
  private static final Pattern LOGGER =
      Pattern.compile("\\b(?:ERROR|WARN)\\s+\\[?((?:[a-z][\\w]*\\.){2,}[A-Z][\\w$]*)");
  private static final List<String> FLINK_JAR_PREFIXES =
      List.of(
          "flink-dist",
          "flink-table",
          "flink-rpc",
          "flink-streaming",
          "flink-runtime",
          "flink-core",
          "flink-clients",
          "flink-scala",
          "flink-python",
          "flink-java",
          "flink-sql-gateway",
          "flink-shaded",
          "flink-statebackend",
          "flink-s3-fs",
          "flink-azure-fs",
          "flink-gs-fs",
          "flink-oss-fs");
  private static final List<String> LIBRARY_JAR_MARKERS =
      List.of(
          "connector",
          "cdc",
          "paimon",
          "hudi",
          "iceberg",
          "fluss",
          "-bundle",
          "gluten",
          "doris",
          "starrocks",
          "seatunnel",
          "dinky",
          "streampark",
          "chunjun",
          "flinkx");

  /** Package segments too generic to name a project in prose ("connector", "shaded"...). */
  private static final Set<String> GENERIC_SEGMENTS =
      Set.of(
          "org",
          "com",
          "io",
          "apache",
          "flink",
          "streaming",
          "connectors",
          "connector",
          "formats",
          "shaded",
          "kafka",
          "table",
          "store",
          "ververica",
          "cdc");

  /** Evidence prefix of a location read from the report's prose, not from a stack trace. */
  static final String PROSE = "no stack trace; the report names library ";

  private final List<String> libraryPackages;
  private final Pattern libraryNames;

  public FaultLocator(List<String> libraryPackages) {
    this.libraryPackages = List.copyOf(libraryPackages);
    this.libraryNames = namesOf(this.libraryPackages);
  }

  /**
   * The project names of the library packages ({@code org.apache.paimon} → "paimon"), matched as
   * whole words; "flink-cdc"/"flink cdc" stands for the CDC connectors.
   */
  private static Pattern namesOf(List<String> packages) {
    Set<String> names = new TreeSet<>();
    for (String p : packages) {
      for (String seg : p.split("\\.")) {
        if (!GENERIC_SEGMENTS.contains(seg) && seg.length() >= 4) {
          names.add(Pattern.quote(seg));
        }
      }
    }
    names.add("flink[- ]cdc");
    return Pattern.compile("\\b(" + String.join("|", names) + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  /**
   * The owner of the most telling failure of the input; as a last resort, a library logger that
   * logged the error ({@code ERROR org.apache.flink.streaming.connectors.pulsar.FlinkPulsarSource -
   * Failed to ...}), and for prose without any exception, a library project it names ("leaked per
   * job that ships the Paimon connector").
   */
  public FaultLocation locate(AdviceInput input) {
    FaultLocation traced = serializationTrace(input.lines());
    if (traced.isKnown()) {
      return traced;
    }
    for (ExceptionChain chain : input.chains()) {
      for (ExceptionLink link : ordered(chain)) {
        FaultLocation location = locate(link);
        if (location.isKnown()) {
          return location;
        }
      }
    }
    for (String line : input.lines()) {
      Matcher m = LOGGER.matcher(line);
      if (m.find() && isLibrary(m.group(1))) {
        return new FaultLocation(FaultOwner.LIBRARY, "logged by library " + m.group(1));
      }
    }
    if (input.chains().stream()
        .allMatch(c -> c.links().stream().allMatch(l -> l.frames().isEmpty()))) {
      for (String line : input.lines()) {
        Matcher m = libraryNames.matcher(line);
        if (m.find()) {
          return new FaultLocation(FaultOwner.LIBRARY, PROSE + m.group(1));
        }
      }
    }
    return FaultLocation.unknown();
  }

  /**
   * The type a serialization failure names — in Kryo's "Serialization trace:" ({@code fields
   * (org.apache.paimon.flink.sink.cdc.RichCdcMultiplexRecord)}) or as the object that "is not
   * serializable" — decides where the fault lies, not Kryo's or Flink's frames. Flink and JDK types
   * say nothing.
   */
  private FaultLocation serializationTrace(List<String> lines) {
    boolean inTrace = false;
    for (String line : lines) {
      Matcher unserializable = NOT_SERIALIZABLE.matcher(line);
      if (unserializable.find()) {
        FaultLocation owner = ownerOfType(unserializable.group(1) + unserializable.group(2));
        if (owner.isKnown()) {
          return owner;
        }
      }
      if (line.startsWith("Serialization trace:")) {
        inTrace = true;
        continue;
      }
      if (!inTrace) {
        continue;
      }
      Matcher m = TRACED_TYPE.matcher(line);
      if (!m.matches()) {
        inTrace = false;
        continue;
      }
      FaultLocation owner = ownerOfType(m.group(1));
      if (owner.isKnown()) {
        return owner;
      }
    }
    return FaultLocation.unknown();
  }

  /** The owner of a type that could not be serialized; Flink and JDK types say nothing. */
  private FaultLocation ownerOfType(String type) {
    if (isLibrary(type)) {
      return new FaultLocation(FaultOwner.LIBRARY, "cannot serialize library type " + type);
    }
    if (!type.startsWith("org.apache.flink.") && !isJdkOrScala(type)) {
      return new FaultLocation(FaultOwner.USER_CODE, "cannot serialize job type " + type);
    }
    return FaultLocation.unknown();
  }

  /**
   * "com.acme.Foo$$Lambda$25/1712669532@12f41634 is not serializable", NotSerializableException.
   */
  private static final Pattern NOT_SERIALIZABLE =
      Pattern.compile(
          "(?:NotSerializableException:\\s*(?=(?:[a-z]\\w*\\.)+[A-Z])|(?=(?:[a-z]\\w*\\.)+[A-Z][\\w$]*"
              + "(?:[/@][\\w/@$]*)?\\s+is not serializable))((?:[a-z]\\w*\\.)+)([A-Z][\\w$]*)");

  private static final Pattern TRACED_TYPE =
      Pattern.compile("[\\w$]+ \\(((?:[a-z][\\w]*\\.)+[A-Z][\\w$]*)\\)");

  private static boolean isJdkOrScala(String type) {
    return type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("scala.");
  }

  /** The owner of one link's failure, UNKNOWN when its frames and text do not say. */
  public FaultLocation locate(ExceptionLink link) {
    List<StackFrame> frames = link.frames().stream().filter(f -> !f.isRuntimeLibrary()).toList();
    if (!frames.isEmpty()) {
      return fromFrames(link, frames);
    }
    if (isLibrary(link.className())) {
      return new FaultLocation(
          FaultOwner.LIBRARY, link.simpleName() + " is a library exception (" + pkg(link) + ")");
    }
    Matcher m = FQ_CLASS.matcher(link.message());
    while (m.find()) {
      if (isLibrary(m.group(1))) {
        return new FaultLocation(FaultOwner.LIBRARY, "message names library class " + m.group(1));
      }
    }
    return FaultLocation.unknown();
  }

  private FaultLocation fromFrames(ExceptionLink link, List<StackFrame> frames) {
    StackFrame top = frames.get(0);
    if (WRAPPERS.contains(top.className() + "." + top.method())) {
      return FaultLocation.unknown(); // it only wraps what the record's deserializer threw
    }
    if (isLibraryFrame(top)) {
      return new FaultLocation(FaultOwner.LIBRARY, "thrown in " + describe(top) + " (library)");
    }
    if (isFlinkOwn(top.className())) {
      return serviceCaller(frames)
          .orElseGet(
              () -> new FaultLocation(FaultOwner.FLINK, "thrown in " + describe(top) + " (Flink)"));
    }
    if (top.className().startsWith("org.apache.flink.")) {
      return new FaultLocation(
          FaultOwner.LIBRARY,
          "thrown in " + describe(top) + " (library in Flink's namespace, not part of Flink)");
    }
    for (StackFrame caller : frames.subList(1, frames.size())) {
      if (isLibraryFrame(caller)) {
        return new FaultLocation(
            FaultOwner.LIBRARY,
            "thrown in " + top.packageName() + " called by " + describe(caller) + " (library)");
      }
      if (caller.className().startsWith("org.apache.flink.")) {
        if (!isFlinkOwn(caller.className())) {
          return new FaultLocation(
              FaultOwner.LIBRARY,
              "thrown in "
                  + top.packageName()
                  + " called by "
                  + describe(caller)
                  + " (library in Flink's namespace)");
        }
        break;
      }
    }
    return new FaultLocation(
        FaultOwner.USER_CODE, "thrown in " + top.packageName() + " (job code)");
  }

  /**
   * Flink's state backend refusing a state request (an incompatible serializer, a missing
   * descriptor), or its byte-level serialization helpers failing on what they were given (a string
   * too long to encode), report on the code that called them: the first frame below that service
   * layer, when it is a library's or the job's, owns the fault.
   */
  private Optional<FaultLocation> serviceCaller(List<StackFrame> frames) {
    if (!isServiceLayer(frames.get(0).className())) {
      return Optional.empty();
    }
    for (StackFrame caller : frames.subList(1, frames.size())) {
      if (isServiceLayer(caller.className())) {
        continue;
      }
      if (isLibraryFrame(caller) || caller.className().startsWith("org.apache.flink.")) {
        return isFlinkOwn(caller.className()) && !isLibraryFrame(caller)
            ? Optional.empty()
            : Optional.of(
                new FaultLocation(
                    FaultOwner.LIBRARY,
                    "Flink service called by " + describe(caller) + " (library)"));
      }
      return Optional.of(
          new FaultLocation(
              FaultOwner.USER_CODE,
              "Flink service called by " + caller.packageName() + " (job code)"));
    }
    return Optional.empty();
  }

  private static boolean isServiceLayer(String className) {
    return className.startsWith("org.apache.flink.runtime.state.")
        || className.startsWith("org.apache.flink.core.memory.DataOutputSerializer")
        || className.startsWith("org.apache.flink.core.memory.DataInputDeserializer")
        || className.startsWith("org.apache.flink.core.memory.DataOutputViewStreamWrapper")
        || className.startsWith("org.apache.flink.core.memory.DataInputViewStreamWrapper")
        || className.startsWith("org.apache.flink.api.common.state.")
        || className.startsWith("org.apache.flink.streaming.api.operators.StreamingRuntimeContext")
        || className.startsWith(
            "org.apache.flink.api.common.functions.util.AbstractRuntimeUDFContext");
  }

  /**
   * Flink's own code: the packages the Apache Flink distribution ships. Other code in {@code
   * org.apache.flink.*} — separately released connectors, Flink CDC, the Kubernetes operator,
   * Stateful Functions, Flink ML, third-party projects such as flink-siddhi — is a library whose
   * failure is fixed by its own upgrade or configuration, not by a Flink upgrade. Known library
   * packages (the catalogue's {@code library_packages}) are checked before this.
   */
  static boolean isFlinkOwn(String className) {
    if (!className.startsWith("org.apache.flink.")) {
      return false;
    }
    String rest = className.substring("org.apache.flink.".length());
    int dot = rest.indexOf('.');
    if (dot < 0) {
      return false;
    }
    String top = rest.substring(0, dot);
    if (top.equals("streaming")) {
      String sub = rest.substring(dot + 1);
      int d2 = sub.indexOf('.');
      return d2 > 0 && FLINK_OWN_STREAMING.contains(sub.substring(0, d2));
    }
    if (top.equals("kubernetes")) {
      return !rest.startsWith("kubernetes.operator.");
    }
    return FLINK_OWN.contains(top);
  }

  private static final Set<String> FLINK_OWN =
      Set.of(
          "annotation",
          "api",
          "changelog",
          "cep",
          "client",
          "configuration",
          "connectors", // flink-connector-files/-base internals (org.apache.flink.connectors.hive)
          "contrib",
          "core",
          "datastream",
          "dist",
          "events",
          "formats", // flink-json, -avro, -csv, -parquet...: released with Flink
          "fs",
          "graph",
          "hadoopcompatibility",
          "management",
          "metrics",
          "model",
          "optimizer",
          "orc",
          "python",
          "queryablestate",
          "runtime",
          "shaded",
          "state",
          "table",
          "test",
          "testutils",
          "traces",
          "types",
          "util",
          "yarn");

  private static final Set<String> FLINK_OWN_STREAMING =
      Set.of("api", "runtime", "util", "experimental", "examples", "tests");

  /**
   * True when a class belongs to a known connector/format/platform-tool package, except the
   * connector modules that ship inside Flink itself (source/sink base, files, datagen).
   */
  public boolean isLibrary(String className) {
    if (FLINK_OWN_CONNECTORS.stream().noneMatch(className::startsWith)
        && libraryPackages.stream().anyMatch(className::startsWith)) {
      return true;
    }
    Matcher m = RELOCATED.matcher(className);
    return m.find() && isLibrary(className.substring(m.end()));
  }

  /**
   * A relocated copy ({@code com.netease.arctic.shaded.org.apache.iceberg.X}) is still the library
   * it copies: another project bundled it into its own jar.
   */
  private static final Pattern RELOCATED = Pattern.compile("\\.shaded?\\.");

  /**
   * Connector methods that catch whatever the job's deserialization schema threw and rethrow it
   * wrapped ("Failed to deserialize consumer record"): the fault is in the cause, not here.
   */
  private static final Set<String> WRAPPERS =
      Set.of(
          "org.apache.flink.connector.kafka.source.reader.KafkaRecordEmitter.emitRecord",
          "org.apache.flink.connector.kafka.source.reader.deserializer"
              + ".KafkaDeserializationSchemaWrapper.deserialize",
          "org.apache.flink.connector.kafka.source.reader.deserializer"
              + ".KafkaValueOnlyDeserializationSchemaWrapper.deserialize");

  private static final List<String> FLINK_OWN_CONNECTORS =
      List.of(
          "org.apache.flink.connector.base.",
          "org.apache.flink.connector.file.",
          "org.apache.flink.connector.datagen.");

  private boolean isLibraryFrame(StackFrame f) {
    return isLibrary(f.className()) || isLibraryJar(f.jar());
  }

  /**
   * A named jar that is a connector/lake/platform-tool artifact (not Flink's own, not the uploaded
   * job jar {@code blob_p-...}, not an arbitrary user jar).
   */
  static boolean isLibraryJar(String jar) {
    String j = jar.toLowerCase(Locale.ROOT);
    if (!j.endsWith(".jar") || j.startsWith("blob_")) {
      return false;
    }
    return FLINK_JAR_PREFIXES.stream().noneMatch(j::startsWith)
        && LIBRARY_JAR_MARKERS.stream().anyMatch(j::contains);
  }

  private static String describe(StackFrame f) {
    return f.packageName() + (f.jar().isEmpty() ? "" : " [" + f.jar() + "]");
  }

  private static String pkg(ExceptionLink link) {
    int dot = link.className().lastIndexOf('.');
    return dot < 0 ? link.className() : link.className().substring(0, dot);
  }

  private static List<ExceptionLink> ordered(ExceptionChain chain) {
    List<ExceptionLink> out = new ArrayList<>();
    out.add(chain.mostTelling());
    if (chain.root() != chain.mostTelling()) {
      out.add(chain.root());
    }
    for (int i = chain.links().size() - 1; i >= 0; i--) {
      ExceptionLink l = chain.links().get(i);
      if (!out.contains(l)) {
        out.add(l);
      }
    }
    return out;
  }
}
