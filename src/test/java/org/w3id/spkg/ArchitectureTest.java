package org.w3id.spkg;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house points one way. The README's design notes draw the layers: {@code cli} on top, then
 * {@code server}, {@code packs}, {@code load}, then {@code store} and {@code ingest} side by side,
 * with {@code vocab} and the base package under everything. These rules fail the build when a
 * package points back up the layers, or when classes, packages or sub-packages depend on each other
 * in a circle.
 */
class ArchitectureTest {

  private static final String BASE = "org.w3id.spkg";

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(BASE);
  }

  @Test
  void packagesPointOneWayDown() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("cli")
        .definedBy(BASE + ".cli..")
        .layer("server")
        .definedBy(BASE + ".server..")
        .layer("packs")
        .definedBy(BASE + ".packs..")
        .layer("load")
        .definedBy(BASE + ".load..")
        .layer("store")
        .definedBy(BASE + ".store..")
        .layer("ingest")
        .definedBy(BASE + ".ingest..")
        .layer("eval")
        .definedBy(BASE + ".eval..")
        .layer("validate")
        .definedBy(BASE + ".validate..")
        .layer("bench")
        .definedBy(BASE + ".bench..")
        .layer("vocab")
        .definedBy(BASE + ".vocab..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("server")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("packs")
        .mayOnlyBeAccessedByLayers("server", "cli")
        .whereLayer("load")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("store")
        .mayOnlyBeAccessedByLayers("load", "packs", "server", "cli")
        .whereLayer("ingest")
        .mayOnlyBeAccessedByLayers("load", "eval", "cli")
        .whereLayer("eval")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("validate")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("bench")
        .mayOnlyBeAccessedByLayers("cli")
        .check(classes);
  }

  @Test
  void theBasePackageAndVocabularyDependOnNothingAbove() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("base")
        .definedBy(JavaClass.Predicates.resideInAPackage(BASE))
        .layer("vocab")
        .definedBy(BASE + ".vocab..")
        .layer("rest")
        .definedBy(
            JavaClass.Predicates.resideInAPackage(BASE + "..")
                .and(JavaClass.Predicates.resideOutsideOfPackages(BASE, BASE + ".vocab..")))
        .whereLayer("rest")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("vocab")
        .mayOnlyBeAccessedByLayers("rest")
        .check(classes);
  }

  @Test
  void packagesAndSubPackagesHaveNoCycles() {
    slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void classesHaveNoCycles() {
    slices().assignedFrom(new EachTopLevelClass()).should().beFreeOfCycles().check(classes);
  }

  /** One slice per top-level class, its nested and anonymous classes included. */
  private static final class EachTopLevelClass implements SliceAssignment {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getName();
      int nested = name.indexOf('$');
      return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
    }

    @Override
    public String getDescription() {
      return "each top-level class";
    }
  }
}
