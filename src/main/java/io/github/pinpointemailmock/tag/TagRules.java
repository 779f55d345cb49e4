package io.github.pinpointemailmock.tag;

import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The tag rules that span a whole list, which per-member constraints cannot express. */
public final class TagRules {

    private static final String RESERVED_PREFIX = "aws:";

    private TagRules() {
    }

    /**
     * Checks that there are at most {@code maxTags} tags, that keys are unique (case-sensitively) and that neither
     * keys nor values start with the reserved {@code aws:} (in any case), and returns the tags as stored: an
     * omitted value becomes "". Expects the tags' own constraints to have passed already.
     */
    public static List<Tag> normalize(List<Tag> tags, int maxTags) {
        if (tags == null) {
            return List.of();
        }
        requireAtMost(tags.size(), maxTags);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            String member = "tags." + (i + 1) + ".member";
            if (reserved(tag.Key())) {
                throw invalid(member + ".key", "Member must not start with the reserved prefix aws:");
            }
            if (reserved(tag.Value())) {
                throw invalid(member + ".value", "Member must not start with the reserved prefix aws:");
            }
            if (!keys.add(tag.Key())) {
                throw invalid(member + ".key", "Member must be unique among the tag keys; " + tag.Key()
                        + " appears more than once");
            }
        }
        return tags.stream().map(tag -> new Tag(tag.Key(), tag.Value() == null ? "" : tag.Value())).toList();
    }

    /** The tag quota ({@code mock.limits.tags-per-resource}), in the words of the length constraint AWS reports. */
    public static void requireAtMost(int count, int maxTags) {
        if (count > maxTags) {
            throw invalid("tags", "Member must have length less than or equal to " + maxTags);
        }
    }

    private static boolean reserved(String text) {
        return text != null && text.regionMatches(true, 0, RESERVED_PREFIX, 0, RESERVED_PREFIX.length());
    }

    private static AwsException invalid(String member, String constraint) {
        return AwsRequestValidator.invalidMember(member, constraint);
    }
}
