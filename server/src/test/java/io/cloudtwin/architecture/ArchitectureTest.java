package io.cloudtwin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Map;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The architecture as rules the build checks (on the compiled classes, generated ones included): a handler is a typed
 * method and nothing else, the domain knows no protocol, the shared pipeline knows no cloud, and no package cycles.
 */
@AnalyzeClasses(packages = "io.cloudtwin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The packages of handlers: a cloud's product packages (aliyun.ecs, ucloud.uhost), not its api or spec ones. */
    private static final DescribedPredicate<JavaClass> HANDLERS = DescribedPredicate.describe("handlers",
            c -> c.getPackageName().matches("io\\.cloudtwin\\.dialect\\.(aliyun|ucloud)\\.(?!api$|spec$)[a-z]+"));

    /** What a request is before it is typed: a handler never reads it. */
    private static final DescribedPredicate<JavaClass> RAW_PARAMETERS = DescribedPredicate.describe(
            "raw parameters (Params, UcloudValues, UcloudItem, HttpCall)",
            c -> c.getName().equals("io.cloudtwin.dialect.aliyun.spec.Params")
                    || c.getName().startsWith("io.cloudtwin.dialect.aliyun.spec.Params$")
                    || c.getName().equals("io.cloudtwin.dialect.ucloud.UcloudValues")
                    || c.getName().equals("io.cloudtwin.dialect.ucloud.UcloudParamValues")
                    || c.getName().equals("io.cloudtwin.dialect.ucloud.UcloudItem")
                    || c.getName().equals("io.cloudtwin.dialect.HttpCall"));

    private static final DescribedPredicate<JavaClass> REPOSITORIES = DescribedPredicate.describe(
            "repositories (*Store, ScopedTable, JdbcClient, io.cloudtwin.store)",
            c -> c.getSimpleName().endsWith("Store") || c.getPackageName().startsWith("io.cloudtwin.store")
                    || c.getName().startsWith("io.cloudtwin.core.ScopedTable")
                    || c.getName().equals("org.springframework.jdbc.core.simple.JdbcClient"));

    @ArchTest
    static final ArchRule handlersReadTypedRequestsOnly = noClasses().that(HANDLERS).should().dependOnClassesThat(RAW_PARAMETERS)
            .because("a handler reads its typed request, never a parameter by name");

    /** A served action's method: it takes the cloud's call (AliyunCall, UcloudCall) and its typed request. */
    private static final DescribedPredicate<JavaMethod> ACTIONS = DescribedPredicate.describe("serve an action",
            m -> m.getRawParameterTypes().stream().anyMatch(t -> t.getName().equals("io.cloudtwin.dialect.aliyun.AliyunCall")
                    || t.getName().equals("io.cloudtwin.dialect.ucloud.UcloudCall")));

    @ArchTest
    static final ArchRule handlersAnswerTypedAnswers = methods().that().areDeclaredInClassesThat(HANDLERS).and(ACTIONS)
            .should().notHaveRawReturnType(Map.class)
            .andShould().notHaveRawReturnType(Object.class)
            .because("a handler returns the action's generated answer, never a map it builds");

    @ArchTest
    static final ArchRule handlersGoThroughTheDomain = noClasses().that(HANDLERS).should().dependOnClassesThat(REPOSITORIES)
            .because("rules hold in the domain services' transactions, not in a handler");

    @ArchTest
    static final ArchRule domainKnowsNoProtocol = noClasses().that().resideInAPackage("io.cloudtwin.core..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cloudtwin.dialect..", "io.cloudtwin.admin..");

    @ArchTest
    static final ArchRule sharedPipelineKnowsNoCloud = noClasses().that().resideInAPackage("io.cloudtwin.dialect")
            .should().dependOnClassesThat().resideInAnyPackage("io.cloudtwin.dialect.aliyun..", "io.cloudtwin.dialect.ucloud..",
                    "io.cloudtwin.admin..");

    @ArchTest
    static final ArchRule aliyunKnowsNoUcloud = noClasses().that().resideInAPackage("io.cloudtwin.dialect.aliyun..")
            .should().dependOnClassesThat().resideInAPackage("io.cloudtwin.dialect.ucloud..");

    @ArchTest
    static final ArchRule ucloudKnowsNoAliyun = noClasses().that().resideInAPackage("io.cloudtwin.dialect.ucloud..")
            .should().dependOnClassesThat().resideInAPackage("io.cloudtwin.dialect.aliyun..");

    @ArchTest
    static final ArchRule generatedApisAreProtocolOnly = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cloudtwin.core..", "io.cloudtwin.store..", "io.cloudtwin.admin..");

    @ArchTest
    static final ArchRule specIsData = noClasses().that().resideInAPackage("io.cloudtwin.spec..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cloudtwin.core..", "io.cloudtwin.dialect..",
                    "io.cloudtwin.store..", "io.cloudtwin.admin..");

    @ArchTest
    static final ArchRule kernelBelowAreas = noClasses().that().resideInAPackage("io.cloudtwin.core")
            .should().dependOnClassesThat().resideInAnyPackage("io.cloudtwin.core.(*)..");

    @ArchTest
    static final ArchRule launcherUsesTheJdkOnly = noClasses().that().resideInAPackage("io.cloudtwin.launch")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "io.cloudtwin.launch")
            .because("the launcher runs from the jar's root, where only the JDK is on the class path");

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching("io.cloudtwin.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenDomainAreas = slices().matching("io.cloudtwin.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenProducts = slices().matching("io.cloudtwin.dialect.(*).(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule transactionsAreExplicit = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.transaction.annotation.Transactional")
            .because("nothing proxies @Transactional here (TransactionAutoConfiguration is excluded): a service runs its "
                    + "work in core/Transactions");

    @ArchTest
    static final ArchRule constructorInjectionOnly = noFields().should().beAnnotatedWith(Autowired.class)
            .orShould().beAnnotatedWith(Value.class).because("one injection style: constructors");
}
