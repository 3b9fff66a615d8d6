package io.cloudtwin.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.core.compute.KeyPairService;
import io.cloudtwin.dialect.ucloud.uhost.ForbiddenHandlerSample;
import io.cloudtwin.dialect.ucloud.uhost.Hosts;

/** The rules of ArchitectureTest fail on code written the old way, and pass on real code. */
class ArchitectureRulesBiteTest {
    private static final JavaClasses FORBIDDEN = new ClassFileImporter().importClasses(ForbiddenHandlerSample.class);
    private static final JavaClasses REAL = new ClassFileImporter().importClasses(Hosts.class);

    @Test
    void aParameterReadByNameFails() {
        assertThat(ArchitectureTest.handlersReadTypedRequestsOnly.evaluate(FORBIDDEN).hasViolation()).isTrue();
        assertThat(ArchitectureTest.handlersReadTypedRequestsOnly.evaluate(REAL).hasViolation()).isFalse();
    }

    @Test
    void aMapAnswerFails() {
        assertThat(ArchitectureTest.handlersAnswerTypedAnswers.evaluate(FORBIDDEN).hasViolation()).isTrue();
        assertThat(ArchitectureTest.handlersAnswerTypedAnswers.evaluate(REAL).hasViolation()).isFalse();
    }

    @Test
    void aRepositoryInAHandlerFails() {
        assertThat(ArchitectureTest.handlersGoThroughTheDomain.evaluate(FORBIDDEN).hasViolation()).isTrue();
        assertThat(ArchitectureTest.handlersGoThroughTheDomain.evaluate(REAL).hasViolation()).isFalse();
    }

    /** A service that still expects a proxy to begin its transaction (nothing would: the annotation is ignored). */
    static final class ProxiedServiceSample {
        @Transactional
        public void write() {}
    }

    @Test
    void anAnnotatedTransactionFails() {
        JavaClasses annotated = new ClassFileImporter().importClasses(ProxiedServiceSample.class);
        JavaClasses real = new ClassFileImporter().importClasses(KeyPairService.class);
        assertThat(ArchitectureTest.transactionsAreExplicit.evaluate(annotated).hasViolation()).isTrue();
        assertThat(ArchitectureTest.transactionsAreExplicit.evaluate(real).hasViolation()).isFalse();
    }
}
