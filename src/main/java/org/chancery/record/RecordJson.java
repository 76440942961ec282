package org.chancery.record;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The one JSON form of the domain: the catalogue stores it, the API serves it and the
 * JSON Lines export writes it, so an export reads back into the same records.
 *
 * <p>Unknown properties are ignored (a newer export still reads into an older build);
 * dates are EDTF strings and ids plain strings.
 */
public final class RecordJson {

  private final ObjectMapper mapper;

  public RecordJson() {
    SimpleModule domain = new SimpleModule("chancery-record");
    domain.addSerializer(EdtfDate.class, new JsonSerializer<>() {
      @Override
      public void serialize(EdtfDate v, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeString(v.text());
      }
    });
    domain.addDeserializer(EdtfDate.class, new JsonDeserializer<>() {
      @Override
      public EdtfDate deserialize(JsonParser p, DeserializationContext c) throws IOException {
        try {
          return EdtfDate.parse(p.getValueAsString());
        } catch (IllegalArgumentException e) {
          throw c.weirdStringException(p.getValueAsString(), EdtfDate.class, e.getMessage());
        }
      }
    });
    domain.addSerializer(RecordId.class, new JsonSerializer<>() {
      @Override
      public void serialize(RecordId v, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeString(v.value());
      }
    });
    domain.addDeserializer(RecordId.class, new JsonDeserializer<>() {
      @Override
      public RecordId deserialize(JsonParser p, DeserializationContext c) throws IOException {
        String s = p.getValueAsString();
        if (!RecordId.isValid(s)) {
          throw c.weirdStringException(s, RecordId.class, "not a record id");
        }
        return new RecordId(s);
      }
    });
    // Older authority files list variants as plain strings; newer ones as objects.
    domain.addDeserializer(Variant.class, new JsonDeserializer<>() {
      @Override
      public Variant deserialize(JsonParser p, DeserializationContext c) throws IOException {
        if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
          return Variant.of(p.getValueAsString());
        }
        VariantFields f = p.readValueAs(VariantFields.class);
        return new Variant(f.form(), f.kind(), f.system(), f.from(), f.to(), f.source());
      }
    });
    mapper = JsonMapper.builder()
        .addModule(domain)
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  /** The object form of a variant, read field by field (the record's own shape). */
  private record VariantFields(String form, Variant.Kind kind, String system, String from,
      String to, String source) {}

  /** The configured mapper, for callers that write other shapes with the same rules. */
  public ObjectMapper mapper() {
    return mapper;
  }

  public String write(ArchivalRecord r) {
    try {
      return mapper.writeValueAsString(r);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write record " + r.id() + " as JSON", e);
    }
  }

  /**
   * Reads one record.
   *
   * @throws IllegalArgumentException with a reader's message when the JSON is not a record
   */
  public ArchivalRecord read(String json) {
    return read(json, ArchivalRecord.class);
  }

  public <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  public String write(Object o) {
    try {
      return mapper.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + o.getClass().getSimpleName(), e);
    }
  }
}
