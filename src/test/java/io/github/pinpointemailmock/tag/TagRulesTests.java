package io.github.pinpointemailmock.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagRulesTests {

    @Test
    void theTagQuotaIsTheConfiguredOne() {
        List<Tag> three = List.of(new Tag("a", "1"), new Tag("b", "2"), new Tag("c", "3"));

        assertThat(TagRules.normalize(three, 3)).hasSize(3);
        assertThatThrownBy(() -> TagRules.normalize(three, 2)).hasMessage("1 validation error detected: "
                + "Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 2");
    }

    @Test
    void anOmittedValueIsStoredAsAnEmptyString() {
        assertThat(TagRules.normalize(List.of(new Tag("k", null)), 50)).containsExactly(new Tag("k", ""));
    }
}
