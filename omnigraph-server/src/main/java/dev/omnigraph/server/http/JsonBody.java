package dev.omnigraph.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.omnigraph.server.api.ErrorCode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Decodes a JSON request body the way the reference's extractor does (http.md §2.1–2.3): content
 * type (415), size (413, enforced while reading), syntax (400), shape (422). The body is read only
 * up to the limit, never buffered beyond it.
 */
public final class JsonBody {
  static final String WRONG_CONTENT_TYPE = "Expected request with `Content-Type: application/json`";
  static final String SYNTAX_PREFIX = "Failed to parse the request body as JSON: ";
  static final String SHAPE_PREFIX = "Failed to deserialize the JSON body into the target type: ";

  private JsonBody() {}

  /** Reads and decodes the body of {@code ctx} as {@code type}, allowing at most {@code limit} bytes. */
  public static <T> T read(Context ctx, Class<T> type, long limit) {
    if (!isJson(ctx.header("Content-Type"))) {
      throw new HttpError(415, ErrorCode.BAD_REQUEST, WRONG_CONTENT_TYPE);
    }
    byte[] bytes = readLimited(ctx, limit);
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw HttpError.badRequest(SYNTAX_PREFIX + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw HttpError.badRequest(SYNTAX_PREFIX + "EOF while parsing a value at line 1 column 0");
    }
    try {
      return Json.MAPPER.treeToValue(tree, type);
    } catch (JsonMappingException e) {
      throw new HttpError(422, ErrorCode.BAD_REQUEST,
          SHAPE_PREFIX + path(e) + ": " + firstLine(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new HttpError(422, ErrorCode.BAD_REQUEST,
          SHAPE_PREFIX + firstLine(e.getOriginalMessage()));
    }
  }

  /**
   * {@code application/json} or {@code application/*+json}, parameters allowed (the reference's
   * rule).
   */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String mime = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!mime.startsWith("application/")) {
      return false;
    }
    String subtype = mime.substring("application/".length());
    return subtype.equals("json") || subtype.endsWith("+json");
  }

  private static byte[] readLimited(Context ctx, long limit) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw tooLarge(limit);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      // Reading one byte past the limit tells "exactly the limit" from "over it" without buffering more.
      int cap = (int) Math.min(limit + 1, Integer.MAX_VALUE - 8);
      byte[] bytes = in.readNBytes(cap);
      if (bytes.length > limit) {
        throw tooLarge(limit);
      }
      return bytes;
    } catch (IOException e) {
      // The client went away or sent a broken body (bad chunk framing, early EOF).
      throw HttpError.badRequest("Failed to buffer the request body: " + e.getMessage());
    }
  }

  private static HttpError tooLarge(long limit) {
    return new HttpError(413, ErrorCode.BAD_REQUEST,
        "Failed to buffer the request body: length limit exceeded (limit " + limit + " bytes)");
  }

  private static String path(JsonMappingException e) {
    if (e.getPath().isEmpty()) {
      return ".";
    }
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static String firstLine(String message) {
    String m = message == null ? "invalid input" : message;
    return Arrays.stream(m.split("\n", 2)).findFirst().orElse(m).trim();
  }
}
