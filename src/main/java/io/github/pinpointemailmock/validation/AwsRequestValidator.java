package io.github.pinpointemailmock.validation;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks a request record's Bean Validation constraints and reports every failure at once, worded as the AWS
 * front end words it:
 * {@code 1 validation error detected: Value at 'deliveryOptions.tlsPolicy' failed to satisfy constraint: ...}.
 */
@Component
public class AwsRequestValidator {

    private final Validator validator;

    public AwsRequestValidator(Validator validator) {
        this.validator = validator;
    }

    /** Throws {@code BadRequestException} listing every violated constraint. */
    public void validate(Object request) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        if (violations.isEmpty()) {
            return;
        }
        List<String> failures = violations.stream()
                .map(violation -> failure(memberPath(violation.getPropertyPath()), constraintText(violation)))
                .sorted(Comparator.naturalOrder())
                .toList();
        throw badRequest(failures);
    }

    /** The error for one member that breaks a rule no annotation can express, worded like the others. */
    public static AwsException invalidMember(String memberPath, String constraint) {
        return badRequest(List.of(failure(memberPath, constraint)));
    }

    private static String failure(String memberPath, String constraint) {
        return "Value at '" + memberPath + "' failed to satisfy constraint: " + constraint;
    }

    private static AwsException badRequest(List<String> failures) {
        String count = failures.size() == 1 ? "1 validation error" : failures.size() + " validation errors";
        return new AwsException(AwsErrorType.BAD_REQUEST, count + " detected: " + String.join("; ", failures));
    }

    /**
     * The member path as AWS prints it: members in lower camel case, list elements 1-based with {@code member},
     * e.g. {@code Tags[0].Key} becomes {@code tags.1.member.key}.
     */
    static String memberPath(Path path) {
        StringBuilder result = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                append(result, (node.getIndex() + 1) + ".member");
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                append(result, lowerCamel(node.getName()));
            }
        }
        return result.toString();
    }

    private static void append(StringBuilder path, String segment) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(segment);
    }

    private static String lowerCamel(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String constraintText(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Object value = violation.getInvalidValue();
        if (constraint instanceof NotNull || value == null) {
            return "Member must not be null";
        }
        if (constraint instanceof NotBlank) {
            return "Member must not be blank";
        }
        if (constraint instanceof Size size) {
            return length(value) < size.min()
                    ? "Member must have length greater than or equal to " + size.min()
                    : "Member must have length less than or equal to " + size.max();
        }
        if (constraint instanceof Min min) {
            return "Member must have value greater than or equal to " + min.value();
        }
        if (constraint instanceof Max max) {
            return "Member must have value less than or equal to " + max.value();
        }
        if (constraint instanceof Pattern pattern) {
            return "Member must satisfy regular expression pattern: " + pattern.regexp();
        }
        if (constraint instanceof OneOf oneOf) {
            // Sorted, as the real service prints the set: [OPTIONAL, REQUIRE] for TlsPolicy.
            return "Member must satisfy enum value set: "
                    + Arrays.stream(oneOf.value()).sorted().collect(Collectors.joining(", ", "[", "]"));
        }
        return violation.getMessage();
    }

    private static int length(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        return 0;
    }
}
