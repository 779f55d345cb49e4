package io.github.pinpointemailmock.tag;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A resource tag as on the wire. {@code Value} is optional in practice: the service stores "" for an omitted one
 * (see {@link TagRules#normalize}).
 */
public record Tag(
        @NotNull @Size(min = 1, max = 128) String Key,
        @Size(max = 256) String Value) {
}
