package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * The {@code StartDate} and {@code EndDate} of a dashboard report, both required, the end at most 30 days after the
 * start (as the model documents); a report covers the UTC days from the start's to the end's, both inclusive.
 */
record DateRange(LocalDate firstDay, LocalDate lastDay) {

    static final Duration MAX_SPAN = Duration.ofDays(30);
    private static final Pattern EPOCH_SECONDS = Pattern.compile("-?\\d{1,12}(\\.\\d{1,9})?");

    static DateRange of(String startDate, String endDate) {
        Instant start = timestamp("startDate", startDate);
        Instant end = timestamp("endDate", endDate);
        if (end.isBefore(start)) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "EndDate must not be before StartDate.");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw new AwsException(AwsErrorType.BAD_REQUEST,
                    "EndDate must be less than or equal to 30 days after StartDate.");
        }
        return new DateRange(LocalDate.ofInstant(start, ZoneOffset.UTC), LocalDate.ofInstant(end, ZoneOffset.UTC));
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /**
     * A timestamp in the query string: ISO 8601, which rest-json SDKs send there (the model gives no
     * {@code timestampFormat}), or epoch seconds, which some hand-written clients send.
     */
    private static Instant timestamp(String member, String value) {
        if (value == null) {
            throw AwsRequestValidator.invalidMember(member, "Member must not be null");
        }
        try {
            if (EPOCH_SECONDS.matcher(value).matches()) {
                BigDecimal seconds = new BigDecimal(value);
                return Instant.ofEpochSecond(seconds.longValue(),
                        seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException | ArithmeticException e) {
            throw AwsRequestValidator.invalidMember(member,
                    "Member must be a timestamp in ISO 8601 format or in epoch seconds");
        }
    }
}
