package io.cloudtwin.dialect;

/**
 * An action the cloud documents that cloudtwin does not serve: what the generated product interfaces throw by
 * default. Each cloud answers it in its own format (Aliyun 501 NotImplemented), naming the action.
 */
public final class NotServed extends RuntimeException {
    private final String product;
    private final String action;

    public NotServed(String product, String action) {
        super(product + " " + action + " is not served", null, false, false);
        this.product = product;
        this.action = action;
    }

    public String product() { return product; }
    public String action() { return action; }
}
