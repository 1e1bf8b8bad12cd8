package io.orderhub.core.internal.history;

import io.orderhub.core.internal.store.HistoryStore;
import io.orderhub.core.service.HistoryPage;
import io.orderhub.core.service.HistoryQuery;
import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 3 item 10: the history is kept at least 90 days; older runs go once a day. */
public class HistoryRetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private final List<Instant> cutoffs = new ArrayList<>();
    private final HistoryStore store = new HistoryStore() {
        @Override
        public HistoryPage search(HistoryQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int purgeFinishedBefore(Instant cutoff) {
            cutoffs.add(cutoff);
            return 3;
        }
    };

    @Test
    public void theDefaultKeeps400Days_andThePurgeCutsThere() {
        HistoryRetention retention = new HistoryRetention(store, Clock.fixed(NOW, ZoneOffset.UTC), 400);
        assertThat(retention.purge()).isEqualTo(3);
        assertThat(cutoffs).containsExactly(NOW.minus(Duration.ofDays(400)));
    }

    @Test
    public void ninetyDaysIsTheLeast_lessIsRefusedNamingTheSetting_andNothingIsPurged() {
        new HistoryRetention(store, Clock.fixed(NOW, ZoneOffset.UTC), 90).purge();
        assertThat(cutoffs).containsExactly(NOW.minus(Duration.ofDays(90)));
        assertThatThrownBy(() -> new HistoryRetention(store, Clock.systemUTC(), 89))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retentionDays")
                .hasMessageContaining("at least 90");
        assertThat(cutoffs).hasSize(1);
    }

    @Test
    public void aChangedConfigurationBelowTheMinimumIsRefusedAndTheOldValueStays() {
        HistoryRetention retention = new HistoryRetention(store, Clock.fixed(NOW, ZoneOffset.UTC), 120);
        assertThatThrownBy(() -> retention.modified(config(30))).isInstanceOf(IllegalArgumentException.class);
        assertThat(retention.retentionDays()).isEqualTo(120);
        retention.modified(config(200));
        assertThat(retention.retentionDays()).isEqualTo(200);
    }

    private static HistoryRetention.Config config(int days) {
        return new HistoryRetention.Config() {
            @Override
            public int retentionDays() {
                return days;
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return HistoryRetention.Config.class;
            }
        };
    }
}
