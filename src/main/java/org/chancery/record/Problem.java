package org.chancery.record;

/**
 * Something wrong or doubtful in an input, collected by a lenient reader instead of
 * thrown, so one bad document does not stop a volume.
 *
 * @param file the input's file name
 * @param where a line number, a document key or an XPath-like place, or null
 * @param message what is wrong, for a person to read
 * @param fatal true when the input as a whole cannot be used
 */
public record Problem(String file, String where, String message, boolean fatal) {

  @Override
  public String toString() {
    return file + (where == null ? "" : " (" + where + ")") + ": " + message;
  }
}
