package dev.flotilla.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.net.http.HttpRequest;

/** The data-flow rules of DESIGN.md as ArchUnit rules. */
final class FlotillaRules {
  /** Engines: take records in, give records out. No I/O, no wall clock. */
  static final String[] ENGINES = {"dev.flotilla.sla..", "dev.flotilla.adviser.."};

  /**
   * The only places allowed to send mutating HTTP requests: the operator (to Flink), the lab (its
   * own test clusters) and notifications (to webhook receivers, never to Flink).
   */
  static final String[] MUTATORS = {
    "dev.flotilla.operator..", "dev.flotilla.lab..", "dev.flotilla.notify.."
  };

  static final ArchRule ENGINES_DO_NO_IO =
      noClasses()
          .that()
          .resideInAnyPackage(ENGINES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.net..",
              "java.sql..",
              "javax.sql..",
              "java.nio.file..",
              "java.nio.channels..",
              "com.sun.net.httpserver..",
              "dev.flotilla.store..",
              "dev.flotilla.collector..",
              "dev.flotilla.lab..",
              "dev.flotilla.sim..",
              "dev.flotilla.app..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.io.File")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.io.FileInputStream")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.io.FileOutputStream")
          .because("engines take records in and give records out (DESIGN.md)");

  static final ArchRule ENGINES_USE_INJECTED_CLOCK =
      noClasses()
          .that()
          .resideInAnyPackage(ENGINES)
          .should()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(java.time.Clock.class, "systemUTC")
          .orShould()
          .callMethod(java.time.Clock.class, "systemDefaultZone")
          .because("every engine must be testable with a simulated clock");

  static final ArchRule ONLY_OPERATOR_MUTATES_FLINK =
      noClasses()
          .that()
          .resideOutsideOfPackages(MUTATORS)
          .should()
          .callMethod(HttpRequest.Builder.class, "POST", HttpRequest.BodyPublisher.class)
          .orShould()
          .callMethod(HttpRequest.Builder.class, "PUT", HttpRequest.BodyPublisher.class)
          .orShould()
          .callMethod(HttpRequest.Builder.class, "DELETE")
          .orShould()
          .callMethod(
              HttpRequest.Builder.class, "method", String.class, HttpRequest.BodyPublisher.class)
          .because("only the operator changes Flink; collectors only observe (DESIGN.md)");

  static final ArchRule MODEL_DEPENDS_ON_NO_MODULE =
      noClasses()
          .that()
          .resideInAPackage("dev.flotilla.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.flotilla.config..",
              "dev.flotilla.store..",
              "dev.flotilla.collector..",
              "dev.flotilla.sla..",
              "dev.flotilla.adviser..",
              "dev.flotilla.app..",
              "dev.flotilla.cli..",
              "dev.flotilla.lab..",
              "dev.flotilla.sim..")
          .because("the model is the shared vocabulary and depends on nothing");

  static final ArchRule COLLECTOR_NEVER_DECIDES =
      noClasses()
          .that()
          .resideInAPackage("dev.flotilla.collector..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.flotilla.store..", "dev.flotilla.sla..", "dev.flotilla.adviser..")
          .because("collectors never decide: they only turn Flink REST into observations");

  static final ArchRule STORE_INDEPENDENT_OF_COLLECTOR =
      noClasses()
          .that()
          .resideInAPackage("dev.flotilla.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.flotilla.collector..", "dev.flotilla.lab..");

  static final ArchRule LAB_ONLY_FROM_CLI =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.flotilla.lab..", "dev.flotilla.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.flotilla.lab..")
          .because("the lab is test and demo infrastructure, not part of the control plane");

  static final ArchRule NO_CYCLES =
      slices().matching("dev.flotilla.(*)..").should().beFreeOfCycles();

  private FlotillaRules() {}
}
