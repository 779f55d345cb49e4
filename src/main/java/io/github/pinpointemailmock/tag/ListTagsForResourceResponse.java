package io.github.pinpointemailmock.tag;

import java.util.List;

/** The {@code ListTagsForResource} output. */
public record ListTagsForResourceResponse(List<Tag> Tags) {
}
