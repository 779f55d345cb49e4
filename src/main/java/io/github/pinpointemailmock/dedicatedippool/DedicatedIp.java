package io.github.pinpointemailmock.dedicatedippool;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A dedicated IP address leased by an account in a region, as stored: the pool it sends in, or none (SES's
 * {@code ses-default-dedicated-pool}, which holds every dedicated IP not in a pool of the account's own), and how far
 * its warm-up has come.
 *
 * @param ip               an IPv4 address in dotted-decimal form, as declared
 * @param pool             the pool of the account's own it is in; null for the default pool
 * @param warmupPercentage 0 to 100; 100 is warmed up ({@code DONE}), anything less {@code IN_PROGRESS}
 */
record DedicatedIp(String ip, String pool, int warmupPercentage) {

    /** SES's own pool of the dedicated IPs in no pool of the account's; it cannot be created, read or deleted. */
    static final String DEFAULT_POOL = "ses-default-dedicated-pool";
    static final int WARMED_UP = 100;

    /** Four decimal octets 0 to 255, without leading zeros (which some readers take for octal). */
    private static final Pattern IPV4 = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    /**
     * A dedicated IP declared with {@code mock.dedicated-ips}, {@code address} or {@code address:pool}, as it first
     * appears in every account and region: fully warmed up, as an address leased for a while is.
     *
     * @throws IllegalArgumentException when the address is not IPv4 or the pool is blank, so a misdeclared IP stops
     *                                  the emulator at start-up
     */
    static DedicatedIp declared(String declaration) {
        String trimmed = declaration.trim();
        int colon = trimmed.indexOf(':');
        String ip = colon < 0 ? trimmed : trimmed.substring(0, colon).trim();
        String pool = colon < 0 ? null : trimmed.substring(colon + 1).trim();
        if (!IPV4.matcher(ip).matches()) {
            throw new IllegalArgumentException("mock.dedicated-ips: '" + declaration
                    + "' is not an IPv4 address, optionally followed by :pool (e.g. 198.51.100.10:pool-a)");
        }
        if (pool != null && pool.isEmpty()) {
            throw new IllegalArgumentException("mock.dedicated-ips: '" + declaration + "' names no pool after ':'");
        }
        return new DedicatedIp(ip, DEFAULT_POOL.equals(pool) ? null : pool, WARMED_UP);
    }

    /**
     * The key an address is stored and listed under: its octets zero-padded, so the list is in numeric order
     * (198.51.100.9 before 198.51.100.10). Anything that is not an IPv4 address keys apart from every address, so it
     * finds nothing rather than an address it merely resembles.
     */
    static String key(String ip) {
        if (ip == null || !IPV4.matcher(ip).matches()) {
            return "~" + ip;
        }
        String[] octets = ip.split("\\.");
        return String.format(Locale.ROOT, "%03d.%03d.%03d.%03d", Integer.parseInt(octets[0]),
                Integer.parseInt(octets[1]), Integer.parseInt(octets[2]), Integer.parseInt(octets[3]));
    }

    /** The pool's name as the API shows it: the default pool's own name when in no pool of the account's. */
    String poolName() {
        return pool == null ? DEFAULT_POOL : pool;
    }

    boolean inPool(String name) {
        return DEFAULT_POOL.equals(name) ? pool == null : name.equals(pool);
    }

    String warmupStatus() {
        return warmupPercentage >= WARMED_UP ? "DONE" : "IN_PROGRESS";
    }

    DedicatedIp inPoolNamed(String name) {
        return new DedicatedIp(ip, DEFAULT_POOL.equals(name) ? null : name, warmupPercentage);
    }

    DedicatedIp withWarmupPercentage(int percentage) {
        return new DedicatedIp(ip, pool, percentage);
    }
}
