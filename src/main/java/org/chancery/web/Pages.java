package org.chancery.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the jte templates in {@code src/main/jte}. They are compiled to classes at build
 * time, so a template error fails the build and nothing is parsed while serving.
 */
final class Pages {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  String render(String template, Object model) {
    StringOutput out = new StringOutput(8192);
    engine.render(template, model, out);
    return out.toString();
  }
}
