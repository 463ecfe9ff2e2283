package br.com.gravacoes.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the dependency rule of the hexagon true: everything points inward, adapters stand alone.
 */
@AnalyzeClasses(packages = "br.com.gravacoes", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonalArchitectureTest {

  @ArchTest
  static final ArchRule domainIsPlainJava =
      noClasses()
          .that()
          .resideInAPackage("br.com.gravacoes.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta..", "javax..", "org.eclipse..", "com.nimbusds..", "org.postgresql..")
          .because("the domain is framework-free: no JSON, no JPA, no CDI");

  @ArchTest
  static final ArchRule domainKnowsNothingOutside =
      noClasses()
          .that()
          .resideInAPackage("br.com.gravacoes.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "br.com.gravacoes.application..",
              "br.com.gravacoes.adapters..",
              "br.com.gravacoes.bootstrap..");

  @ArchTest
  static final ArchRule applicationSpeaksOnlyDomain =
      noClasses()
          .that()
          .resideInAPackage("br.com.gravacoes.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta..",
              "javax..",
              "org.eclipse..",
              "br.com.gravacoes.adapters..",
              "br.com.gravacoes.bootstrap..",
              "br.com.gravacoes.simulator..")
          .because("use cases are plain Java, wired by bootstrap");

  @ArchTest
  static final ArchRule adaptersAreIndependentOfEachOther =
      slices().matching("br.com.gravacoes.adapters.(*)..").should().notDependOnEachOther();

  @ArchTest
  static final ArchRule adaptersUsePortsNotServices =
      noClasses()
          .that()
          .resideInAPackage("br.com.gravacoes.adapters..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("br.com.gravacoes.application.service..")
          .because("adapters talk to use cases and ports; only bootstrap knows the services");

  @ArchTest
  static final ArchRule nothingButBootstrapSeesTheSimulator =
      noClasses()
          .that()
          .resideInAnyPackage(
              "br.com.gravacoes.domain..",
              "br.com.gravacoes.application..",
              "br.com.gravacoes.adapters..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("br.com.gravacoes.simulator..")
          .because("the simulator is a stand-in for 100ms, started only by the demo mode");
}
