package io.github.pinpointemailmock.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import org.junit.jupiter.api.Test;

class AddressesTests {

    @Test
    void aDisplayNameIsKeptApartFromTheAddress() {
        Addresses.Mailbox mailbox = Addresses.parse("\"Doe, Jane\" <jane@example.com>");
        assertThat(mailbox.address()).isEqualTo("jane@example.com");
        assertThat(mailbox.personal()).isEqualTo("Doe, Jane");
    }

    @Test
    void anInternationalizedDomainIsAcceptedInPunycodeAndRefusedInUnicodeAsSesRefusesIt() {
        assertThat(Addresses.parse("\"Jörg\" <user@xn--mnchen-3ya.de>").address()).isEqualTo("user@xn--mnchen-3ya.de");
        assertThatThrownBy(() -> Addresses.parse("user@münchen.de")).isInstanceOfSatisfying(AwsException.class,
                e -> assertThat(e.getMessage()).isEqualTo("Domain contains illegal character"));
    }

    @Test
    void theReasonsAreJakartaMailsAsSesAnswersThem() {
        assertThatThrownBy(() -> Addresses.parse("plain")).isInstanceOfSatisfying(AwsException.class,
                e -> assertThat(e.getMessage()).isEqualTo("Missing final '@domain'"));
        assertThatThrownBy(() -> Addresses.parse("a b@example.com")).isInstanceOfSatisfying(AwsException.class,
                e -> assertThat(e.getMessage()).isEqualTo("Local address contains control or whitespace"));
    }

    @Test
    void malformedAddressesAreBadRequests() {
        for (String bad : new String[] {"plain", "a@", "@example.com", "a b@example.com", "a@localhost",
                "a@example.com, b@example.com", "jörg@example.com", ""}) {
            assertThatThrownBy(() -> Addresses.parse(bad)).as(bad).isInstanceOfSatisfying(AwsException.class,
                    e -> assertThat(e.type()).isEqualTo(AwsErrorType.BAD_REQUEST));
        }
    }

    @Test
    void simulatorLabelsBehaveAsTheBaseAddress() {
        assertThat(MailboxSimulator.of("bounce+test-1@simulator.amazonses.com")).hasValue(MailboxSimulator.BOUNCE);
        assertThat(MailboxSimulator.of("SuppressionList@Simulator.AmazonSES.com"))
                .hasValue(MailboxSimulator.SUPPRESSION_LIST);
        assertThat(MailboxSimulator.of("bounce@example.com")).isEmpty();
    }
}
