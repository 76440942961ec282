package org.chancery.oai;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The real UTC clock, which a test can move forward (to expire a resumption token). */
final class MovableClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  void move(Duration by) {
    offset = offset.plus(by);
  }

  void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a UTC clock");
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}
