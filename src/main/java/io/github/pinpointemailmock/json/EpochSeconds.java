package io.github.pinpointemailmock.json;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * rest-json timestamps: epoch seconds as a JSON number, possibly with a fraction. Only numbers are accepted; Jackson's
 * own {@code Instant} support would also take ISO strings, which the real service rejects.
 */
public final class EpochSeconds {

    private static final BigDecimal MAX_EPOCH_SECONDS = BigDecimal.valueOf(Instant.MAX.getEpochSecond());

    private EpochSeconds() {
    }

    public static final class Deserializer extends ValueDeserializer<Instant> {

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            BigDecimal seconds = parser.getDecimalValue();
            // Checked before any conversion: 1e500000000 is a short literal whose integer part has half a
            // billion digits, and building it would hold a core for minutes.
            if (seconds.abs().compareTo(MAX_EPOCH_SECONDS) > 0) {
                throw InvalidFormatException.from(parser, "Timestamp out of range", seconds, Instant.class);
            }
            try {
                return Instant.ofEpochSecond(seconds.toBigInteger().longValueExact(),
                        seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
            } catch (DateTimeException | ArithmeticException e) {
                throw InvalidFormatException.from(parser, "Timestamp out of range", seconds, Instant.class);
            }
        }
    }

    public static final class Serializer extends ValueSerializer<Instant> {

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
            // Plain digits: a stripped BigDecimal would print whole seconds as 1.7723667E+9.
            generator.writeNumber(BigDecimal.valueOf(value.getEpochSecond())
                    .add(BigDecimal.valueOf(value.getNano(), 9))
                    .stripTrailingZeros()
                    .toPlainString());
        }
    }
}
