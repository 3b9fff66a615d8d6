package io.cloudtwin.core;

/** A state document that cannot be imported: names what is wrong. Nothing of the document is kept. */
public class InvalidFixture extends RuntimeException {
    public InvalidFixture(String message) {
        super(message, null, false, false);
    }
}
