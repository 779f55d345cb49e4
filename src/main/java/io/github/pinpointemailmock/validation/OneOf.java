package io.github.pinpointemailmock.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * A string member whose model shape is an enum. Kept as a string on the wire records, rather than a Java enum, so
 * that an unknown value is a {@code BadRequestException} naming the allowed set, as AWS answers, and not a
 * deserialization failure.
 */
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

    /** The enum values, in the order the model lists them. */
    String[] value();

    String message() default "Member must satisfy enum value set: {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneOf, String> {

        private Set<String> allowed;

        @Override
        public void initialize(OneOf annotation) {
            allowed = Set.of(annotation.value());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || allowed.contains(value);
        }
    }
}
