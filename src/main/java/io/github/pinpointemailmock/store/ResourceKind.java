package io.github.pinpointemailmock.store;

import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What a {@link ScopedRepository} holds, as its errors and {@code GET /_mock/state} name it.
 *
 * @param noun        one resource, capitalized as a message starts: {@code Configuration set}
 * @param pluralNoun  several, as a message continues: {@code configuration sets}
 * @param nameOf      the resource's name, as given at creation
 * @param keyOf       the key a name is stored and found under, e.g. a domain in lower case; the name itself by default
 * @param stateMember the member the resources appear under in the state view: {@code ConfigurationSets}
 * @param stateView   a resource as the state view shows it
 * @param <T>         the resource
 */
public record ResourceKind<T>(String noun, String pluralNoun, Function<T, String> nameOf, UnaryOperator<String> keyOf,
                              String stateMember, Function<T, ?> stateView) {

    /** A resource found by its name as given, shown in the state view under {@code stateMember} as {@code stateView}. */
    public static <T> ResourceKind<T> of(String noun, String pluralNoun, Function<T, String> nameOf,
                                         String stateMember, Function<T, ?> stateView) {
        return new ResourceKind<>(noun, pluralNoun, nameOf, UnaryOperator.identity(), stateMember, stateView);
    }

    /** The same kind, with names found under {@code key}: names with the same key are one resource. */
    public ResourceKind<T> keyedBy(UnaryOperator<String> key) {
        return new ResourceKind<>(noun, pluralNoun, nameOf, key, stateMember, stateView);
    }

    String keyOfItem(T item) {
        return keyOf.apply(nameOf.apply(item));
    }
}
