package io.cloudtwin.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts cloudtwin for this test class and hands a {@link CloudtwinServer} to test methods, constructors and
 * lifecycle methods that ask for one. The server runs in a child JVM (the server jar from the local Maven
 * repository), on a random port of 127.0.0.1, with its own in-memory store; one server serves every test class
 * annotated with the same properties, for the whole run, and stops when the run ends. With
 * {@code -Dcloudtwin.reuse=true} the server is kept for the next run, which takes it over instead of starting a JVM
 * ({@link CloudtwinServer#startOrReuse}).
 *
 * <pre>
 * &#64;Cloudtwin
 * class MyTest {
 *     &#64;Test
 *     void leaves(CloudtwinServer cloud) {
 *         Config config = new Config().setEndpoint(cloud.aliyunEndpoint()).setProtocol("HTTP")
 *                 .setAccessKeyId(cloud.aliyunAccessKeyId()).setAccessKeySecret(cloud.aliyunAccessKeySecret());
 *         cloud.addFault(Fault.aliyun("LeaveSecurityGroup").errorCode("ServiceUnavailable").times(1));
 *         ...
 *     }
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CloudtwinExtension.class)
public @interface Cloudtwin {
    /** Server settings, e.g. "cloudtwin.transitions.delay=2s" or "cloudtwin.signature.verify=false". */
    String[] properties() default {};

    /** Reset the store, fault rules and request log before each test method. */
    boolean resetBeforeEach() default true;
}
