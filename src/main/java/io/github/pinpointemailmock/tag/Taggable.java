package io.github.pinpointemailmock.tag;

import java.util.List;

/** A resource that carries tags: what the tagging operations read and replace, whatever the resource. */
public interface Taggable<T extends Taggable<T>> {

    /** The tags, values normalized (see {@link TagRules#normalize}). */
    List<Tag> tags();

    /** The same resource with {@code tags} instead. */
    T withTags(List<Tag> tags);
}
