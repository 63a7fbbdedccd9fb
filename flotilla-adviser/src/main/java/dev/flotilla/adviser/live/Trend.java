package dev.flotilla.adviser.live;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A least-squares line y = intercept + slope × t through timed samples (t in seconds). */
public record Trend(Instant origin, double intercept, double slopePerSecond) {

  /** One sample of a series. */
  public record Point(Instant at, double value) {
    public Point {
      Objects.requireNonNull(at, "at");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("sample value must be finite, got " + value);
      }
    }
  }

  /** The fitted line, empty for fewer than two points or when all points share one time. */
  public static Optional<Trend> fit(List<Point> points) {
    if (points.size() < 2) {
      return Optional.empty();
    }
    Instant origin = points.get(0).at();
    double n = points.size();
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (Point p : points) {
      double x = (p.at().toEpochMilli() - origin.toEpochMilli()) / 1000.0;
      sx += x;
      sy += p.value();
      sxx += x * x;
      sxy += x * p.value();
    }
    double den = n * sxx - sx * sx;
    if (Math.abs(den) < 1e-9) {
      return Optional.empty();
    }
    double slope = (n * sxy - sx * sy) / den;
    return Optional.of(new Trend(origin, (sy - slope * sx) / n, slope));
  }

  public double slopePerMinute() {
    return slopePerSecond * 60;
  }

  public double valueAt(Instant at) {
    return intercept + slopePerSecond * ((at.toEpochMilli() - origin.toEpochMilli()) / 1000.0);
  }

  /** When the line reaches {@code level}; empty when it is flat or falling. */
  public Optional<Instant> reaches(double level) {
    if (slopePerSecond <= 0) {
      return Optional.empty();
    }
    double seconds = (level - intercept) / slopePerSecond;
    return Optional.of(origin.plusMillis(Math.round(seconds * 1000)));
  }
}
