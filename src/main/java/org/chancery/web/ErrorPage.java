package org.chancery.web;

/** The model of an error page. Public for the compiled templates. */
public record ErrorPage(int status, String reason, String message) {}
