package org.chancery.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The link to the next page of a cursor-paged listing, given twice: in the body as
 * {@code "next"} (a path with its query, relative to the server) and as an RFC 8288
 * {@code Link: <absolute URL>; rel="next"} header, for clients that follow headers.
 */
final class NextLink {

  private NextLink() {}

  /** Sets the Link header and returns the relative link for the body. */
  static String set(Context ctx, String baseUrl, String path,
      Map<String, List<String>> params) {
    StringJoiner j = new StringJoiner("&", path + "?", "");
    j.setEmptyValue(path);
    params.forEach((k, vs) -> vs.forEach(v -> j.add(Links.encode(k) + "=" + Links.encode(v))));
    String relative = j.toString();
    ctx.header("Link", "<" + baseUrl + relative + ">; rel=\"next\"");
    return relative;
  }
}
