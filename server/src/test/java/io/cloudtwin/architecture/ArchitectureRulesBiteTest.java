package io.cloudtwin.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import io.cloudtwin.dialect.ucloud.uhost.ForbiddenHandlerSample;
import io.cloudtwin.dialect.ucloud.uhost.Hosts;

/** The handler rules of ArchitectureTest fail on a handler written the old way, and pass on a real one. */
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
}
