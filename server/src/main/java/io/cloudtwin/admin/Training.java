package io.cloudtwin.admin;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training run behind the image's fast start: with {@code --cloudtwin.training=true} the server exits 0 as soon
 * as it is ready (both ports open, HTTPS included when it is on). The JVM then writes what the start loaded and linked
 * into its AOT cache (Java 25) or class-data archive (Java 17), so that a real start loads none of it from the jars.
 * Nothing a request loads goes in: every class of the cache is loaded at every start, and driving both clouds' calls
 * in the training (as this run did before) made the image 11 MB larger resident after its start for no measurable
 * gain in its first answer or in a cold test suite (docs/performance.md, "The image's training stops at the start").
 * Checked the property at run time (not with a condition on the bean): the AOT-processed context fixes its beans at
 * build time.
 */
@Component
public class Training {
    private static final Log log = LogFactory.getLog(Training.class);

    private final ConfigurableApplicationContext context;

    public Training(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        if (!Boolean.parseBoolean(context.getEnvironment().getProperty("cloudtwin.training", "false"))) return;
        log.info("training: the server is ready; it exits so that the JVM writes what the start loaded");
        new Thread(() -> System.exit(SpringApplication.exit(context, () -> 0)), "cloudtwin-training").start();
    }
}
