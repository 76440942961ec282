package org.chancery.archive;

/**
 * An editor's change the archive will not make — an unknown authority, a merge of a person
 * into a place, a variant it already has — with a message for the editor. Nothing was
 * changed. The web layer answers 404, 409 or 400 after {@link #reason()}.
 */
public final class EditRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why: what the editor named does not exist, conflicts with what does, or is invalid. */
  public enum Reason { NOT_FOUND, CONFLICT, INVALID }

  private final Reason reason;

  EditRefused(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
