package io.github.pinpointemailmock.eventdelivery;

/**
 * The parts of an ARN ({@code arn:partition:service:region:account:resource}) delivery needs: the region and account
 * the engine is addressed in, and the resource it names.
 */
record Arn(String partition, String service, String region, String account, String resource) {

    static Arn parse(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        if (parts.length != 6 || !"arn".equals(parts[0]) || parts[3].isEmpty() || parts[5].isEmpty()) {
            throw new IllegalArgumentException("not an ARN with a region: " + arn);
        }
        return new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]);
    }

    /** The last part of the resource: a delivery stream's name from {@code deliverystream/NAME}. */
    String resourceName() {
        int slash = resource.lastIndexOf('/');
        return slash < 0 ? resource : resource.substring(slash + 1);
    }
}
