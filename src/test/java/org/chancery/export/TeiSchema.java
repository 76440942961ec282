package org.chancery.export;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Validates TEI with Jing against the RELAX NG in src/test/resources/tei (see SOURCE.md
 * there for what it is). Gives every error with its line, or nothing when valid.
 */
public final class TeiSchema {

  private TeiSchema() {}

  public static List<String> errors(String xml) throws Exception {
    List<String> errors = new ArrayList<>();
    ErrorHandler collect = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // warnings do not make a document invalid
      }

      @Override
      public void error(SAXParseException e) {
        errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
      }
    };
    PropertyMapBuilder props = new PropertyMapBuilder();
    props.put(ValidateProperty.ERROR_HANDLER, collect);
    ValidationDriver driver = new ValidationDriver(props.toPropertyMap());
    String schema = TeiSchema.class.getResource("/tei/chancery-tei-subset.rng").toString();
    if (!driver.loadSchema(new InputSource(schema))) {
      throw new IllegalStateException("the TEI schema does not load: " + errors);
    }
    boolean valid = driver.validate(new InputSource(new StringReader(xml)));
    if (!valid && errors.isEmpty()) {
      errors.add("invalid, without a message");
    }
    return errors;
  }
}
