package org.rehabtrack.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of docs/architecture.md: which feature may use which, no cycles, resources and
 * pages through services, and each feature's records written by its own code only.
 */
class ArchitectureTest {

    private static final String ROOT = "org.rehabtrack";

    /**
     * Each feature and the features it may use (besides itself); the table of docs/architecture.md.
     * A feature not listed here fails {@link #everyFeatureIsInTheTable}.
     */
    static final Map<String, Set<String>> ALLOWED =
            new TreeMap<>(
                    Map.ofEntries(
                            Map.entry("system", Set.of()),
                            Map.entry("partner", Set.of("system")),
                            Map.entry("security", Set.of("system", "partner")),
                            Map.entry("center", Set.of("system", "partner", "security")),
                            Map.entry("audit", Set.of("system", "security", "center")),
                            Map.entry("evaluation", Set.of("system", "security", "center")),
                            Map.entry(
                                    "finding",
                                    Set.of("system", "security", "center", "evaluation")),
                            Map.entry("milestone", Set.of("system", "security", "center", "audit")),
                            Map.entry(
                                    "fielddata",
                                    Set.of(
                                            "system",
                                            "security",
                                            "center",
                                            "evaluation",
                                            "finding")),
                            Map.entry(
                                    "partnership",
                                    Set.of("system", "security", "partner", "center", "milestone")),
                            Map.entry(
                                    "preliminary",
                                    Set.of("system", "security", "partner", "center", "milestone")),
                            Map.entry("funding", Set.of("system", "security", "partner", "center")),
                            Map.entry(
                                    "works",
                                    Set.of(
                                            "system",
                                            "security",
                                            "partner",
                                            "center",
                                            "audit",
                                            "finding",
                                            "milestone",
                                            "preliminary",
                                            "funding")),
                            Map.entry(
                                    "budget",
                                    Set.of(
                                            "system",
                                            "security",
                                            "center",
                                            "audit",
                                            "funding",
                                            "works")),
                            Map.entry(
                                    "status",
                                    Set.of(
                                            "system",
                                            "center",
                                            "finding",
                                            "milestone",
                                            "works",
                                            "budget")),
                            Map.entry("report", all("web", "sampledata", "backup", "iati")),
                            Map.entry("iati", all("web", "sampledata", "backup")),
                            Map.entry("web", all("sampledata")),
                            Map.entry("backup", Set.of("system", "finding", "report")),
                            Map.entry("sampledata", all("web", "report", "backup", "iati"))));

    private static JavaClasses classes;

    @BeforeAll
    static void importProduction() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(ROOT);
    }

    @Test
    void everyFeatureIsInTheTable() {
        Set<String> found = new java.util.TreeSet<>();
        for (JavaClass c : classes) {
            String feature = feature(c);
            if (feature != null) {
                found.add(feature);
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(ALLOWED.keySet(), found);
    }

    @Test
    void featuresUseOnlyTheFeaturesTheTableAllows() {
        List<String> refused = new ArrayList<>();
        ALLOWED.forEach(
                (feature, allowed) -> {
                    List<String> packages = new ArrayList<>();
                    packages.add(ROOT + "." + feature + "..");
                    allowed.forEach(a -> packages.add(ROOT + "." + a + ".."));
                    DescribedPredicate<JavaClass> outside =
                            DescribedPredicate.describe(
                                    "a feature other than " + String.join(", ", packages),
                                    c ->
                                            feature(c) != null
                                                    && !feature(c).equals(feature)
                                                    && !allowed.contains(feature(c)));
                    try {
                        noClasses()
                                .that()
                                .resideInAPackage(ROOT + "." + feature + "..")
                                .should()
                                .dependOnClassesThat(outside)
                                .because("docs/architecture.md allows " + feature + " " + allowed)
                                .check(classes);
                    } catch (AssertionError e) {
                        refused.add(e.getMessage());
                    }
                });
        org.junit.jupiter.api.Assertions.assertTrue(
                refused.isEmpty(), () -> String.join("\n\n", refused));
    }

    @Test
    void noCyclesBetweenFeatures() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void resourcesAndPagesCallServicesNotRepositories() {
        noClasses()
                .that()
                .areAnnotatedWith(Path.class)
                .or()
                .resideInAPackage(ROOT + ".web..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(PanacheRepositoryBase.class)
                .check(classes);
    }

    /** A domain refusal says why; only the problem mappers know which HTTP answer that is. */
    @Test
    void onlyTheProblemMappersKnowHttpStatuses() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".system.problem..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(ROOT + ".system.problem.ProblemType")
                .check(classes);
    }

    /**
     * Services and entities take typed commands and patches and return views: the JSON and HTTP
     * types stay in the resources that read and write them.
     */
    @Test
    void servicesAndEntitiesUseNoJsonOrHttpTypes() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Service")
                .or()
                .areAnnotatedWith(jakarta.persistence.Entity.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson..", "jakarta.ws.rs..")
                .check(classes);
    }

    /** Pages read forms into the same typed commands and patches; they never build JSON. */
    @Test
    void pagesBuildNoJson() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    /**
     * The sample data loader is the one exception: it is the data's author, writing the records of
     * every feature as their users would have.
     */
    @Test
    void aFeaturesRecordsAreWrittenByItsOwnCode() {
        classes()
                .that()
                .resideOutsideOfPackage(ROOT + ".sampledata..")
                .should(writeOnlyTheirOwnFeaturesRecords())
                .check(classes);
    }

    /**
     * No call, from another feature, of an entity's method other than a getter, nor of a
     * repository's method that writes (persist, delete, update).
     */
    private static ArchCondition<JavaClass> writeOnlyTheirOwnFeaturesRecords() {
        return new ArchCondition<>("write only their own feature's records") {
            @Override
            public void check(JavaClass caller, ConditionEvents events) {
                String own = feature(caller);
                for (JavaMethodCall call : caller.getMethodCallsFromSelf()) {
                    JavaClass target = call.getTargetOwner();
                    String theirs = feature(target);
                    if (theirs == null || theirs.equals(own)) {
                        continue;
                    }
                    String name = call.getName();
                    boolean entityWrite =
                            target.isAnnotatedWith(Entity.class)
                                    && !name.startsWith("get")
                                    && !name.startsWith("is")
                                    && !Set.of("equals", "hashCode", "toString").contains(name);
                    boolean repositoryWrite =
                            target.isAssignableTo(PanacheRepositoryBase.class)
                                    && (name.startsWith("persist")
                                            || name.startsWith("delete")
                                            || name.startsWith("update"));
                    if (entityWrite || repositoryWrite) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    /** The feature a class belongs to: the package under org.rehabtrack; null outside it. */
    static String feature(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static Set<String> all(String... except) {
        Set<String> features =
                new java.util.TreeSet<>(
                        Set.of(
                                "system",
                                "partner",
                                "security",
                                "center",
                                "audit",
                                "evaluation",
                                "finding",
                                "milestone",
                                "partnership",
                                "preliminary",
                                "funding",
                                "works",
                                "budget",
                                "status",
                                "report",
                                "web",
                                "backup",
                                "fielddata",
                                "sampledata"));
        features.removeAll(Set.of(except));
        return features;
    }
}
