package lae.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A labelled constant is read back by its exact label, and an unknown label is refused with every allowed one. */
class LabelledTest {
    @Test
    void everyReadingIsReadBackByItsLabel() {
        for (Reading r : Reading.values()) {
            assertThat(Reading.parse(r.label())).isSameAs(r);
            assertThat(Labelled.find(Reading.class, r.toString())).isSameAs(r);
        }
        assertThat(Labelled.find(Reading.class, "Landscape")).isNull();
    }

    @Test
    void anUnknownLabelIsRefusedWithEveryAllowedOne() {
        assertThatThrownBy(() -> Reading.parse("l <= k")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown reading 'l <= k' (allowed: -, landscape, training, predicted components, completeness, l = k, l < k)");
    }
}
