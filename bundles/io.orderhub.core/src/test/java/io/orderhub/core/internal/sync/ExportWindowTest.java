package io.orderhub.core.internal.sync;

import io.orderhub.core.service.ValidationException;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class ExportWindowTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @Test
    public void y1_sh3_creationPeriodDefaultsToThreeDays() {
        ExportWindow w = ExportWindow.of(null, NOW, TOKYO);
        assertThat(w.days()).isEqualTo(3);
        assertThat(w.updatedSince()).isEqualTo(NOW.minus(Duration.ofDays(3)));
    }

    @Test
    public void y1_sh3_creationPeriodAcceptsOneToThirteenDays() {
        assertThat(ExportWindow.of(1, NOW, TOKYO).updatedSince()).isEqualTo(NOW.minus(Duration.ofDays(1)));
        assertThat(ExportWindow.of(13, NOW, TOKYO).updatedSince()).isEqualTo(NOW.minus(Duration.ofDays(13)));
    }

    @Test
    public void y1_sh3_creationPeriodOutsideOneToThirteenIsRefusedNamingDays() {
        for (int bad : new int[] {0, -1, 14, 365}) {
            assertThatThrownBy(() -> ExportWindow.of(bad, NOW, TOKYO))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("days"))
                    .hasMessageContaining("between 1 and 13");
        }
    }

    @Test
    public void y1_orderDateMustBeWithinTheLastYear() {
        ExportWindow w = ExportWindow.of(3, NOW, TOKYO);
        Instant recentUpdate = NOW.minus(Duration.ofHours(1));
        assertThat(w.reasons(recentUpdate, NOW.minus(Duration.ofDays(364)))).isEmpty();
        assertThat(w.reasons(recentUpdate, NOW.minus(Duration.ofDays(367)))).singleElement().asString().startsWith("注文日が1年以上前です");
    }

    @Test
    public void f7_lastUpdateMustLieInTheCreationPeriod() {
        ExportWindow w = ExportWindow.of(3, NOW, TOKYO);
        Instant ordered = NOW.minus(Duration.ofDays(10));
        assertThat(w.reasons(NOW.minus(Duration.ofDays(2)), ordered)).isEmpty();
        assertThat(w.reasons(NOW.minus(Duration.ofDays(4)), ordered)).singleElement().asString().contains("作成期間");
    }

    @Test
    public void f7_anOrderNeverUpdatedSinceImportIsNotInThePeriod() {
        ExportWindow w = ExportWindow.of(13, NOW, TOKYO);
        assertThat(w.reasons(null, NOW.minus(Duration.ofDays(1)))).singleElement().asString().contains("更新");
    }
}
