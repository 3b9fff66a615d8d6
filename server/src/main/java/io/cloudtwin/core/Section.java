package io.cloudtwin.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Component;

/**
 * Registers a {@link StateSection} as a bean, under its key in the state document and its place in the import
 * order. A section is a record of what it reads and creates through: {@code @Section(name = "vpcs", order = 10)
 * record VpcSection(NetworkStore store, NetworkService networks) implements StateSection<VpcSection.Document>}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface Section {
    /** The section's key in the document ("vpcs", "securityGroups"). */
    String name();

    /** Sections are imported (and exported) in this order: one comes after those its documents refer to. */
    int order();
}
