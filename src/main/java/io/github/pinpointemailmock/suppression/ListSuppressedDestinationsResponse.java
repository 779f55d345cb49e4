package io.github.pinpointemailmock.suppression;

import java.util.List;

/**
 * The SES v2 {@code ListSuppressedDestinations} output; a summary has the same members as a destination, less
 * {@code Attributes}, which the emulator never sets. {@code NextToken} is left out on the last page.
 */
record ListSuppressedDestinationsResponse(List<SuppressedDestination> SuppressedDestinationSummaries,
                                          String NextToken) {
}
