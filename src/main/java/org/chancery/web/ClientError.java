package org.chancery.web;

/**
 * The one exception for bad client input: a malformed parameter, an unknown record, a
 * refused upload. It carries the HTTP status, a message written for the person who sent
 * the request and, when one parameter is at fault, its name; {@link HttpErrors} turns it
 * into a page or a JSON error body.
 */
public final class ClientError extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int status;
  private final String parameter;

  public ClientError(int status, String message) {
    this(status, message, null);
  }

  private ClientError(int status, String message, String parameter) {
    super(message);
    if (status < 400 || status > 499) {
      throw new IllegalArgumentException("a client error has a 4xx status, not " + status);
    }
    this.status = status;
    this.parameter = parameter;
  }

  public static ClientError badRequest(String message) {
    return new ClientError(400, message);
  }

  /** A 400 naming the query parameter at fault, so an API client can point at it. */
  public static ClientError badParameter(String parameter, String message) {
    return new ClientError(400, message, parameter);
  }

  public static ClientError notFound(String message) {
    return new ClientError(404, message);
  }

  public int status() {
    return status;
  }

  /** The query parameter at fault, or null when the request as a whole is. */
  public String parameter() {
    return parameter;
  }
}
