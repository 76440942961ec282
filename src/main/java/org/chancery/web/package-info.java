/**
 * The reading room (server-rendered HTML) and the JSON API, served by Javalin.
 *
 * <p>Routes are declared in {@link org.chancery.web.WebServer}; handlers are small
 * classes per area ({@code ReadingRoom} for pages, {@code Api} for JSON). A page is a
 * public record (its model, prepared in Java) plus a jte template in {@code src/main/jte}
 * that only lays it out; templates are compiled at build time. Bad input is thrown as
 * {@link org.chancery.web.ClientError}; {@code HttpErrors} is the one place exceptions
 * become statuses, and it never shows a stack trace. Text from documents reaches a page
 * only escaped (jte's {@code ${}}) or through {@code TranscriptHtml} and the index's
 * escaped snippets.
 *
 * <p>The JSON API (docs/api.md): {@code Api}, {@code RecordListing}, {@code CollectionApi},
 * {@code AuthorityApi} answer reads through {@code ApiReads} (ETag, Cache-Control, 304);
 * listings page with {@code PageParams}, {@code Cursors} and {@code NextLink}; {@code Cors}
 * opens reads to any origin and never the edits. A new read route is registered with
 * {@code WebServer.read} (GET and HEAD), described in
 * {@code src/main/resources/openapi/chancery-api.json} and added to {@code OpenApiIT}.
 */
package org.chancery.web;
