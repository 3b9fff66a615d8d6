package io.cloudtwin.dialect;

import org.springframework.http.ResponseEntity;

/** One cloud's wire protocol: recognizes its requests and answers them in its own format, errors included. */
public interface Dialect {
    /** True if the request is meant for this cloud. The Aliyun dialect is the fallback and accepts everything. */
    boolean accepts(HttpCall call);

    /** Answers the request. Never throws: every failure is rendered in the cloud's own error format. */
    ResponseEntity<byte[]> handle(HttpCall call);
}
