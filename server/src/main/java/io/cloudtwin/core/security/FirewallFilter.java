package io.cloudtwin.core.security;

/** A listing's filters: one firewall, or the firewall of one instance; null means any. */
public record FirewallFilter(String id, String instanceId) {}
