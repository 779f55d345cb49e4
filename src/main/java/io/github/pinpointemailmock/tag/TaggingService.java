package io.github.pinpointemailmock.tag;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Tags any taggable resource by its ARN. An ARN of another account or region names nothing the caller can see,
 * so it is a {@code NotFoundException}, like an ARN of a resource that does not exist; an ARN that is not an SES
 * resource ARN at all is a {@code BadRequestException}.
 */
@Service
class TaggingService {

    private final Map<String, ResourceTags> resourcesByType;
    private final AwsRequestValidator validator;
    private final MockProperties properties;

    TaggingService(List<ResourceTags> resources, AwsRequestValidator validator, MockProperties properties) {
        this.resourcesByType = resources.stream()
                .collect(Collectors.toMap(ResourceTags::resourceType, Function.identity()));
        this.validator = validator;
        this.properties = properties;
    }

    public List<Tag> list(AccountRegion caller, String arn) {
        ResourceArn resource = resolve(caller, arn);
        return resourcesByType.get(resource.resourceType()).findTags(caller, resource.name())
                .orElseThrow(() -> notFound(arn));
    }

    /**
     * Adds the tags, replacing the values of keys the resource already has; the result may hold at most
     * {@code mock.limits.tags-per-resource} tags, the ones it had included.
     */
    public void tag(AccountRegion caller, TagResourceRequest request) {
        validator.validate(request);
        int maxTags = properties.limits().tagsPerResource();
        List<Tag> added = TagRules.normalize(request.Tags(), maxTags);
        ResourceArn resource = resolve(caller, request.ResourceArn());
        boolean found = resourcesByType.get(resource.resourceType()).updateTags(caller, resource.name(), tags -> {
            Map<String, Tag> merged = new LinkedHashMap<>();
            tags.forEach(tag -> merged.put(tag.Key(), tag));
            added.forEach(tag -> merged.put(tag.Key(), tag));
            if (merged.size() > maxTags) {
                throw new AwsException(AwsErrorType.BAD_REQUEST, "Tagging would give the resource "
                        + merged.size() + " tags; a resource can have at most " + maxTags + ".");
            }
            return List.copyOf(merged.values());
        });
        if (!found) {
            throw notFound(request.ResourceArn());
        }
    }

    /** Removes the tags with these keys; keys the resource does not have are ignored. */
    public void untag(AccountRegion caller, String arn, List<String> tagKeys) {
        if (tagKeys == null || tagKeys.isEmpty()) {
            throw AwsRequestValidator.invalidMember("tagKeys", "Member must not be null");
        }
        ResourceArn resource = resolve(caller, arn);
        Set<String> removed = Set.copyOf(tagKeys);
        boolean found = resourcesByType.get(resource.resourceType()).updateTags(caller, resource.name(),
                tags -> tags.stream().filter(tag -> !removed.contains(tag.Key())).toList());
        if (!found) {
            throw notFound(arn);
        }
    }

    private ResourceArn resolve(AccountRegion caller, String arn) {
        if (arn == null || arn.isEmpty()) {
            throw AwsRequestValidator.invalidMember("resourceArn", "Member must not be null");
        }
        ResourceArn resource = ResourceArn.parse(arn)
                .filter(parsed -> resourcesByType.containsKey(parsed.resourceType()))
                .orElseThrow(() -> new AwsException(AwsErrorType.BAD_REQUEST, "Invalid resource ARN " + arn
                        + "; expected arn:aws:ses:<region>:<account>:<" + String.join("|",
                        resourcesByType.keySet().stream().sorted().toList()) + ">/<name>."));
        if (!resource.partition().equals(ResourceArn.PARTITION) || !resource.scope().equals(caller)) {
            throw notFound(arn);
        }
        return resource;
    }

    private static AwsException notFound(String arn) {
        return new AwsException(AwsErrorType.NOT_FOUND, "Resource " + arn + " does not exist.");
    }
}
