package org.chancery.web;

/**
 * The one exception for bad client input: a malformed parameter, an unknown record, a
 * refused upload. It carries the HTTP status and a message written for the person who
 * sent the request; {@link HttpErrors} turns it into a page or a JSON body.
 */
public final class ClientError extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int status;

  public ClientError(int status, String message) {
    super(message);
    if (status < 400 || status > 499) {
      throw new IllegalArgumentException("a client error has a 4xx status, not " + status);
    }
    this.status = status;
  }

  public static ClientError badRequest(String message) {
    return new ClientError(400, message);
  }

  public static ClientError notFound(String message) {
    return new ClientError(404, message);
  }

  public int status() {
    return status;
  }
}
