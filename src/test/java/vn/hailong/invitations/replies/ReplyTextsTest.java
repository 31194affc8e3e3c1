package vn.hailong.invitations.replies;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hailong.web.MessageBundle;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The answers as citizens receive them: unaccented, within one GSM-7 segment, nothing a gateway may refuse. */
class ReplyTextsTest {

    /** GSM 03.38's basic character set (the extension table's characters count twice; none is allowed here). */
    private static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** placeholders at their longest: a tracking code has a two-letter kind, the year and five or more characters */
    private static final Map<String, String> LONGEST = Map.of("score", "5", "code", "PA-2026-7K3Q9XYZ");

    private final ReplyTexts texts = new BundleReplyTexts(new MessageBundle("i18n.smsreplies"));

    @ParameterizedTest
    @EnumSource(ReplyKind.class)
    void every_answer_fits_one_gsm7_segment_without_accents(ReplyKind kind) {
        String text = texts.text(kind, LONGEST);
        assertThat(text).as(kind.name()).doesNotContain("{").hasSizeLessThanOrEqualTo(160);
        assertThat(text.chars().allMatch(c -> c < 128 && GSM7_BASIC.indexOf(c) >= 0)).as(text).isTrue();
        assertThat(text).as("some gateways refuse # and &").doesNotContain("#", "&");
    }

    @Test
    void the_answers_carry_their_placeholders() {
        assertThat(texts.text(ReplyKind.COMPLAINT, Map.of("code", "PA-2026-7K3Q9"))).contains("PA-2026-7K3Q9");
        assertThat(texts.text(ReplyKind.THANKS, Map.of("score", "4"))).contains("4/5");
        assertThat(texts.text(ReplyKind.HELP, Map.of())).contains("1-5").contains("PA").contains("STOP");
    }
}
