package io.cloudtwin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import com.aliyun.tea.TeaException;

/** Calls through Alibaba's Tea SDKs whose errors a test looks at: one that must fail, and two that race. */
public final class TeaCalls {
    private TeaCalls() {}

    /** The error the call answers; it must answer one. */
    public static TeaException refused(Callable<?> call) {
        TeaException e = catchThrowableOfType(TeaException.class, call::call);
        assertThat(e).as("expected an error").isNotNull();
        return e;
    }

    /** The code of the error the call answers; it must answer one. */
    public static String code(Callable<?> call) {
        return refused(call).getCode();
    }

    /** "ok", or the code of the error the call answers (any other failure: its text). */
    public static String outcome(Callable<?> call) {
        try {
            call.call();
            return "ok";
        } catch (TeaException e) {
            return e.getCode();
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
