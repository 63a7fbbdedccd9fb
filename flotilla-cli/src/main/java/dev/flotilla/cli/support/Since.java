package dev.flotilla.cli.support;

import dev.flotilla.config.option.Durations;
import dev.flotilla.config.option.ValueException;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code 7d}, {@code 6h}, {@code 30m} for {@code --since} options. */
public final class Since implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    try {
      Duration d = Durations.parse(value);
      if (d.isZero() || d.isNegative()) {
        throw new TypeConversionException("must be positive, e.g. 7d, 6h, 30m");
      }
      return d;
    } catch (ValueException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration (expected e.g. 7d, 6h, 30m): " + e.getMessage());
    }
  }
}
