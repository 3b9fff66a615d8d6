package io.cloudtwin.dialect;

import io.cloudtwin.core.Account;
import io.cloudtwin.core.Cloud;

/**
 * One request on its way through the {@link Pipeline}: what each step learned of it (the product and action it names,
 * the caller, the outcome). Each cloud's protocol extends it with what only it needs (a format, the parameters).
 */
public class Exchange {
    private final Cloud cloud;
    private final HttpCall http;
    private final String requestId;
    private final long startedNanos = System.nanoTime();
    private String product;
    private String action;
    private Account account;
    private String outcome = "OK";

    protected Exchange(Cloud cloud, HttpCall http, String requestId) {
        this.cloud = cloud;
        this.http = http;
        this.requestId = requestId;
    }

    public Cloud cloud() { return cloud; }
    public HttpCall http() { return http; }
    public String requestId() { return requestId; }

    /** Microseconds since the request arrived. */
    public long elapsedMicros() {
        return (System.nanoTime() - startedNanos) / 1000;
    }

    /** The product the request is for, as its cloud names it (Ecs, Vpc; uhost, unet, vpc); null until known. */
    public String product() { return product; }

    public void product(String product) { this.product = product; }

    /** The action the request names; null until read. */
    public String action() { return action; }

    public void action(String action) { this.action = action; }

    /** The authenticated caller; null until authenticated. */
    public Account account() { return account; }

    public void account(Account account) { this.account = account; }

    public String accountId() {
        return account == null ? null : account.id();
    }

    /** "OK", or the code the request was refused with. */
    public String outcome() { return outcome; }

    void outcome(String outcome) { this.outcome = outcome; }
}
