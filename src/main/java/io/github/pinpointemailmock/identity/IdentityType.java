package io.github.pinpointemailmock.identity;

/**
 * What kind of identity a name is: an address when it contains {@code @}, otherwise a domain. The models also list
 * {@code MANAGED_DOMAIN}, which only AWS itself creates, so it never occurs here.
 */
enum IdentityType {

    EMAIL_ADDRESS,
    DOMAIN;

    static IdentityType of(String name) {
        return name.indexOf('@') >= 0 ? EMAIL_ADDRESS : DOMAIN;
    }
}
