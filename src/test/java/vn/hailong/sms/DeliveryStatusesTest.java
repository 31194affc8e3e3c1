package vn.hailong.sms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryStatusesTest {

    @Test
    void statuses_only_move_forward_and_a_final_one_stays() {
        assertThat(DeliveryStatuses.next("queued", OutboxState.SENT, "sent", null, null)).get()
                .satisfies(u -> assertThat(u.state()).isEqualTo(OutboxState.SENT));
        assertThat(DeliveryStatuses.next("sent", OutboxState.SENT, "delivered", null, null)).get()
                .satisfies(u -> assertThat(u.state()).isEqualTo(OutboxState.DELIVERED));
        assertThat(DeliveryStatuses.next("delivered", OutboxState.DELIVERED, "sent", null, null)).isEmpty();
        assertThat(DeliveryStatuses.next("delivered", OutboxState.DELIVERED, "failed", "30003", null)).isEmpty();
        assertThat(DeliveryStatuses.next("sent", OutboxState.SENT, "sent", null, null)).isEmpty();
        assertThat(DeliveryStatuses.next("sent", OutboxState.SENT, "undelivered", "30003", "Unreachable")).get()
                .satisfies(u -> {
                    assertThat(u.state()).isEqualTo(OutboxState.FAILED);
                    assertThat(u.errorCode()).isEqualTo("30003");
                });
        assertThat(DeliveryStatuses.next("failed", OutboxState.FAILED, "delivered", null, null)).isEmpty();
    }
}
