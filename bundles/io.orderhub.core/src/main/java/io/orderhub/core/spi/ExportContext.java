package io.orderhub.core.spi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Facts an export check or run needs besides the order.
 *
 * @param zone  the shop's zone; "today" and calendar dates are in it
 * @param clock the engine's clock, so rules about "today or earlier" are testable
 * @param actor who started the run (user name, or {@code scheduler})
 */
public record ExportContext(ZoneId zone, Clock clock, String actor) {

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
