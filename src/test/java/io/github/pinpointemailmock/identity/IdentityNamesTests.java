package io.github.pinpointemailmock.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityNamesTests {

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "mail.Example.CO.uk", "xn--bcher-kva.example", "a-b.c-d.io", "1password.com",
            "sender@example.com", "First.Last+tag@sub.example.org", "o'brien@example.ie", "x_y=z!#$&*?^`{|}~@a.io"})
    void acceptsDomainNamesAndAddressesWhoseDomainIsOne(String name) {
        assertThatCode(() -> IdentityNames.requireWellFormed(name)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example", "example.com.", ".example.com", "exa mple.com", "-bad.example.com",
            "bad-.example.com", "under_score.example.com", "1.2.3.4", "example..com", "bücher.example"})
    void refusesADomainThatIsNotADnsName(String name) {
        assertThatThrownBy(() -> IdentityNames.requireWellFormed(name))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.type()).isEqualTo(AwsErrorType.BAD_REQUEST))
                .hasMessage("1 validation error detected: Value at 'emailIdentity' failed to satisfy constraint: "
                        + "Member must be an email address or a domain name of at least two dot-separated labels "
                        + "of letters, digits and hyphens");
    }

    @ParameterizedTest
    @ValueSource(strings = {"@example.com", "user@", "user@localhost", "a@b@example.com", "two words@example.com",
            ".user@example.com", "user.@example.com", "us..er@example.com", "user@exa_mple.com", "\"quoted\"@example.com",
            "slash/ed@example.com", "per%cent@example.com"})
    void refusesAnAddressThatIsNotLocalPartAtDomain(String name) {
        assertThatThrownBy(() -> IdentityNames.requireWellFormed(name))
                .isInstanceOf(AwsException.class)
                .hasMessage("1 validation error detected: Value at 'emailIdentity' failed to satisfy constraint: "
                        + "Member must be an email address of the form local-part@domain, with a domain of "
                        + "dot-separated labels of letters, digits and hyphens");
    }

    @Test
    void aLocalPartOfMoreThanSixtyFourCharactersIsRefused() {
        assertThatCode(() -> IdentityNames.requireWellFormed("a".repeat(64) + "@example.com"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> IdentityNames.requireWellFormed("a".repeat(65) + "@example.com"))
                .isInstanceOf(AwsException.class);
    }

    @Test
    void aDomainLabelOfMoreThanSixtyThreeCharactersIsRefused() {
        assertThatCode(() -> IdentityNames.requireWellFormed("a".repeat(63) + ".com")).doesNotThrowAnyException();
        assertThatThrownBy(() -> IdentityNames.requireWellFormed("a".repeat(64) + ".com"))
                .isInstanceOf(AwsException.class);
    }

    @Test
    void domainKeysIgnoreCaseWhileAddressesKeepTheirs() {
        assertThat(IdentityNames.key("Mail.Example.COM")).isEqualTo("mail.example.com");
        assertThat(IdentityNames.key("First.Last@Example.com")).isEqualTo("First.Last@Example.com");
    }

    @Test
    void dkimTokensAreThreeStableHexStringsPerDomainInAnyCase() {
        assertThat(IdentityNames.dkimTokens("example.com"))
                .hasSize(3)
                .doesNotHaveDuplicates()
                .allSatisfy(token -> assertThat(token).matches("[0-9a-f]{32}"))
                .isEqualTo(IdentityNames.dkimTokens("EXAMPLE.com"));
        assertThat(IdentityNames.dkimTokens("example.org")).doesNotContainAnyElementsOf(
                IdentityNames.dkimTokens("example.com"));
    }

    @Test
    void aNameIsAnAddressExactlyWhenItContainsAnAtSign() {
        assertThat(IdentityType.of("user@example.com")).isEqualTo(IdentityType.EMAIL_ADDRESS);
        assertThat(IdentityType.of("example.com")).isEqualTo(IdentityType.DOMAIN);
    }
}
