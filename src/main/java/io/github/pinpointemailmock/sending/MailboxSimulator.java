package io.github.pinpointemailmock.sending;

import java.util.Locale;
import java.util.Optional;

/**
 * The SES mailbox simulator: addresses at {@code simulator.amazonses.com}, a {@code +label} behaving as the address
 * without it. Simulator recipients need no verification in the sandbox and count against no quota.
 */
enum MailboxSimulator {

    SUCCESS("success"),
    BOUNCE("bounce"),
    OOTO("ooto"),
    COMPLAINT("complaint"),
    SUPPRESSION_LIST("suppressionlist");

    static final String DOMAIN = "simulator.amazonses.com";

    private final String localPart;

    MailboxSimulator(String localPart) {
        this.localPart = localPart;
    }

    static boolean isSimulator(String address) {
        return address.toLowerCase(Locale.ROOT).endsWith("@" + DOMAIN);
    }

    /** The scenario of a simulator address; an unknown local part at the simulator is simply delivered. */
    static Optional<MailboxSimulator> of(String address) {
        if (!isSimulator(address)) {
            return Optional.empty();
        }
        String local = address.substring(0, address.lastIndexOf('@')).toLowerCase(Locale.ROOT);
        int plus = local.indexOf('+');
        String base = plus < 0 ? local : local.substring(0, plus);
        for (MailboxSimulator scenario : values()) {
            if (scenario.localPart.equals(base)) {
                return Optional.of(scenario);
            }
        }
        return Optional.of(SUCCESS);
    }
}
