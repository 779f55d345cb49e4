package io.github.pinpointemailmock.tag;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The tag rules that span a whole list, which per-member constraints cannot express. */
public final class TagRules {

    public static final int MAX_TAGS_PER_RESOURCE = 50;
    private static final String RESERVED_PREFIX = "aws:";

    private TagRules() {
    }

    /**
     * Checks that keys are unique (case-sensitively) and do not start with the reserved {@code aws:} (in any case), and returns the tags as stored: an omitted
     * value becomes "". Expects the tags' own constraints to have passed already.
     */
    public static List<Tag> normalize(List<Tag> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> keys = new HashSet<>();
        for (Tag tag : tags) {
            if (tag.Key().regionMatches(true, 0, RESERVED_PREFIX, 0, RESERVED_PREFIX.length())) {
                throw new AwsException(AwsErrorType.BAD_REQUEST,
                        "Tag key " + tag.Key() + " is invalid: the aws: prefix is reserved for use by AWS.");
            }
            if (!keys.add(tag.Key())) {
                throw new AwsException(AwsErrorType.BAD_REQUEST,
                        "Duplicate tag key " + tag.Key() + ": each tag key must be unique.");
            }
        }
        return tags.stream().map(tag -> new Tag(tag.Key(), tag.Value() == null ? "" : tag.Value())).toList();
    }
}
