package io.github.pinpointemailmock.configurationset;

import jakarta.validation.constraints.NotBlank;

/** Open and click tracking; when present, the custom redirect domain is required. */
public record TrackingOptions(@NotBlank String CustomRedirectDomain) {
}
