package io.github.pinpointemailmock.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class RequestIdsTests {

    @Test
    void anIdIsAVersionFourUuidMadeOncePerRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest();

        String id = RequestIds.of(request);

        UUID parsed = UUID.fromString(id);
        assertThat(parsed.version()).isEqualTo(4);
        assertThat(parsed.variant()).isEqualTo(2);
        assertThat(RequestIds.of(request)).isEqualTo(id);
        assertThat(RequestIds.of(new MockHttpServletRequest())).isNotEqualTo(id);
    }

    @Test
    void idsDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(RequestIds.newId());
        }

        assertThat(ids).hasSize(100_000);
    }
}
