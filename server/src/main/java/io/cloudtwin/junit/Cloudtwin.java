package io.cloudtwin.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts cloudtwin inside the test JVM on a random port, with its own in-memory store, and hands a CloudtwinServer
 * to test methods (and constructors, lifecycle methods) that ask for one. One server serves every test class
 * annotated with the same properties, for the whole run.
 *
 * <pre>
 * &#64;Cloudtwin
 * class MyTest {
 *     &#64;Test
 *     void leaves(CloudtwinServer cloud) {
 *         Config config = new Config().setEndpoint(cloud.endpoint()).setProtocol("HTTP")
 *                 .setAccessKeyId(CloudtwinServer.ALIYUN_ACCESS_KEY_ID)
 *                 .setAccessKeySecret(CloudtwinServer.ALIYUN_ACCESS_KEY_SECRET);
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
    /** Extra Spring properties, e.g. "cloudtwin.transitions.delay=2s" or "cloudtwin.signature.verify=false". */
    String[] properties() default {};

    /** Reset the store (and faults) before each test method. */
    boolean resetBeforeEach() default true;
}
