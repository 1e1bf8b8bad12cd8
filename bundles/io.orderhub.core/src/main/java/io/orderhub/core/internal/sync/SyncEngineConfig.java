package io.orderhub.core.internal.sync;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code io.orderhub.core.internal.sync.SyncEngine}: how the engine retries a mall that is down or busy. */
@ObjectClassDefinition(name = "orderhub sync engine",
        description = "Retries of export calls that failed transiently (mall unavailable, 429 rate limited)")
public @interface SyncEngineConfig {

    @AttributeDefinition(name = "Export attempts", min = "1", max = "20",
            description = "Calls in all for one export batch, the first included, before its orders are FAILED")
    int export_retry_attempts() default 4;

    @AttributeDefinition(name = "Backoff base (ms)", min = "0",
            description = "Wait ceiling after the first failure; it doubles after each (full jitter below it)")
    long export_retry_base_millis() default 1000;

    @AttributeDefinition(name = "Backoff cap (ms)", min = "0", description = "Largest wait ceiling")
    long export_retry_max_millis() default 60000;

    @AttributeDefinition(name = "Longest Retry-After honoured (ms)", min = "0",
            description = "A mall's Retry-After longer than this is shortened to it")
    long export_retry_after_max_millis() default 120000;
}
