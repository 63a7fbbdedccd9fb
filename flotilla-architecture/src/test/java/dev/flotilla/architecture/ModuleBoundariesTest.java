package dev.flotilla.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the rules of {@link FlotillaRules} on the production classes of every module. */
class ModuleBoundariesTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.flotilla");
  }

  @Test
  void engines_doNoIo() {
    FlotillaRules.ENGINES_DO_NO_IO.check(classes);
  }

  @Test
  void engines_takeTimeFromAnInjectedClock() {
    FlotillaRules.ENGINES_USE_INJECTED_CLOCK.check(classes);
  }

  @Test
  void onlyTheOperatorMutatesFlink() {
    FlotillaRules.ONLY_OPERATOR_MUTATES_FLINK.check(classes);
  }

  @Test
  void model_dependsOnNoOtherModule() {
    FlotillaRules.MODEL_DEPENDS_ON_NO_MODULE.check(classes);
  }

  @Test
  void collector_neverDependsOnDecisionMakers() {
    FlotillaRules.COLLECTOR_NEVER_DECIDES.check(classes);
  }

  @Test
  void store_isIndependentOfCollectorAndLab() {
    FlotillaRules.STORE_INDEPENDENT_OF_COLLECTOR.check(classes);
  }

  @Test
  void lab_isUsedOnlyByTheCli() {
    FlotillaRules.LAB_ONLY_FROM_CLI.check(classes);
  }

  @Test
  void modules_haveNoCycles() {
    FlotillaRules.NO_CYCLES.check(classes);
  }
}
