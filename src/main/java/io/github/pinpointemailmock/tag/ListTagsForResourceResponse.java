package io.github.pinpointemailmock.tag;

import java.util.List;

/** The {@code ListTagsForResource} output. */
record ListTagsForResourceResponse(List<Tag> Tags) {
}
