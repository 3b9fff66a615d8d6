package io.cloudtwin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.AcsResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;

/**
 * The classic Aliyun SDK (aliyun-java-sdk-core with a product's model jar, as the alicloud Terraform provider still
 * calls the VPC and SLB products) pointed at the server under test: every request goes to its endpoint over HTTP, in
 * the test region, signed with the demo account's key.
 */
public final class ClassicSdk {
    private final IAcsClient client;
    private final String endpoint;

    public ClassicSdk(String endpoint) {
        this(endpoint, ServerTestBase.AK, ServerTestBase.SECRET);
    }

    /** The same with another account's key. */
    public ClassicSdk(String endpoint, String accessKeyId, String secret) {
        this.client = new DefaultAcsClient(DefaultProfile.getProfile(ServerTestBase.REGION, accessKeyId, secret));
        this.endpoint = endpoint;
    }

    /** The answer, decoded into the SDK's response type. */
    public <R extends AcsResponse> R call(AcsRequest<R> request) throws ClientException {
        return client.getAcsResponse(local(request));
    }

    /** The code of the error the request is refused with (a test fails when it is answered instead). */
    public String refusal(AcsRequest<?> request) {
        ClientException e = catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(local(request)));
        assertThat(e).as("expected an error").isNotNull();
        return e.getErrCode();
    }

    private <T extends AcsRequest<?>> T local(T request) {
        request.setSysEndpoint(endpoint);
        request.setSysProtocol(ProtocolType.HTTP);
        if (request.getSysRegionId() == null) request.setSysRegionId(ServerTestBase.REGION);
        return request;
    }

    /** The code of the classic SDK's error the call answers; it must answer one. */
    public static String code(Callable<?> call) {
        ClientException e = catchThrowableOfType(ClientException.class, call::call);
        assertThat(e).as("expected an error").isNotNull();
        return e.getErrCode();
    }

    /** "ok", or the code of the classic SDK's error the call answers (any other failure: its text). */
    public static String outcome(Callable<?> call) {
        try {
            call.call();
            return "ok";
        } catch (ClientException e) {
            return e.getErrCode();
        } catch (Exception e) {
            return e.toString();
        }
    }

    /** The two calls run at once on the pool: their outcomes, first's then second's. */
    public static List<String> race(ExecutorService pool, Callable<?> first, Callable<?> second) throws Exception {
        Future<String> a = pool.submit(() -> outcome(first));
        Future<String> b = pool.submit(() -> outcome(second));
        return List.of(a.get(), b.get());
    }
}
