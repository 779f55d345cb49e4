package io.github.pinpointemailmock.tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The {@code TagResource} body. */
record TagResourceRequest(
        @NotNull @Size(min = 1) String ResourceArn,
        @NotNull List<@NotNull @Valid Tag> Tags) {
}
