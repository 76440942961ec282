package org.chancery.eval;

/** Which documents of a volume to score: odd numbers for development, even for testing. */
public enum Split {
  DEV, TEST, ALL;

  boolean includes(int documentNumber) {
    return switch (this) {
      case DEV -> documentNumber % 2 == 1;
      case TEST -> documentNumber % 2 == 0;
      case ALL -> true;
    };
  }
}
