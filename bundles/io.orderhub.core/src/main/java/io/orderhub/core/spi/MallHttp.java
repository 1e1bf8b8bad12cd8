package io.orderhub.core.spi;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Sends a connector's HTTP requests to its mall within the account's {@link RateBudget} and retries them by
 * its {@link RetryPolicy}:
 * <ul>
 * <li>429: always retried (the mall did nothing), after the Retry-After; the budget is told so that every
 *     other call of the account waits too and the account slows down.</li>
 * <li>5xx, timeouts and I/O failures: retried only for idempotent calls, since a create may have been carried
 *     out before the answer was lost. A connection that could not be opened is always retried: nothing was
 *     sent.</li>
 * </ul>
 * When the retries run out (or the mall asks for a wait longer than {@link RetryPolicy#maxRetryAfter()}) the
 * last answer is returned, or the last I/O failure thrown, and the connector turns it into its own
 * {@link MallException} with the mall's message. Every other answer is returned as it came.
 */
public final class MallHttp {

    /** Wait after a 429 without Retry-After, when the budget's interval is shorter. */
    static final Duration DEFAULT_THROTTLE_WAIT = Duration.ofSeconds(1);

    private final HttpClient http;
    private final RateBudget budget;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Consumer<HttpResponse<?>> observer;

    /**
     * @param observer sees every answer, retried ones included (e.g. to read a call-limit header); may be null
     */
    public MallHttp(HttpClient http, RateBudget budget, RetryPolicy policy, Consumer<HttpResponse<?>> observer) {
        this.http = java.util.Objects.requireNonNull(http, "http");
        this.budget = java.util.Objects.requireNonNull(budget, "budget");
        this.policy = java.util.Objects.requireNonNull(policy, "policy");
        this.clock = Clock.systemUTC();
        this.observer = observer;
    }

    public MallHttp(HttpClient http, RateBudget budget, RetryPolicy policy) {
        this(http, budget, policy, null);
    }

    public RateBudget budget() {
        return budget;
    }

    public RetryPolicy policy() {
        return policy;
    }

    /** A request builder with the policy's request timeout. */
    public HttpRequest.Builder request(java.net.URI uri) {
        return HttpRequest.newBuilder(uri).timeout(policy.requestTimeout());
    }

    /**
     * Sends {@code request} and returns the mall's final answer (see the class description).
     *
     * @param idempotent whether repeating the request after a lost answer is harmless (reads, "set to" updates)
     * @throws IOException          the last timeout or I/O failure, once retries are exhausted
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, boolean idempotent)
            throws IOException, InterruptedException {
        int failures = 0;
        int throttles = 0;
        while (true) {
            long counted = budget.acquire();
            HttpResponse<T> res;
            try {
                res = http.send(request, handler);
            } catch (IOException e) {
                boolean notSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
                if ((idempotent || notSent) && failures < policy.maxRetries()) {
                    failures++;
                    sleep(policy.backoff(failures));
                    continue;
                }
                throw e;
            } finally {
                budget.answered(counted);
            }
            if (observer != null) {
                observer.accept(res);
            }
            int code = res.statusCode();
            if (code == 429) {
                Duration retryAfter = retryAfter(res);
                budget.throttled(retryAfter != null ? retryAfter : DEFAULT_THROTTLE_WAIT, policy.maxRetryAfter());
                if (throttles < policy.maxThrottleRetries() && policy.waitsOut(retryAfter)) {
                    throttles++;
                    // the budget holds every call back until the Retry-After; the jitter spreads the retries
                    sleep(policy.backoff(throttles).dividedBy(4));
                    continue;
                }
                return res;
            }
            if (code >= 500 && idempotent && failures < policy.maxRetries()) {
                Duration retryAfter = retryAfter(res);
                if (policy.waitsOut(retryAfter)) {
                    failures++;
                    sleep(policy.delay(failures, retryAfter));
                    continue;
                }
            }
            return res;
        }
    }

    private Duration retryAfter(HttpResponse<?> res) {
        return RetryPolicy.parseRetryAfter(res.headers().firstValue("Retry-After").orElse(null), clock.instant());
    }

    private static void sleep(Duration d) throws InterruptedException {
        long nanos = d.toNanos();
        if (nanos > 0) {
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        }
    }
}
