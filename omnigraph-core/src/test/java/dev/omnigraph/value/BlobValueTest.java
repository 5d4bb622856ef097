package dev.omnigraph.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BlobValueTest {
  @Test
  void textForms() {
    assertThat(BlobValue.parse("base64:SGVsbG8=")).isEqualTo(
        new BlobValue.Inline("Hello".getBytes(StandardCharsets.UTF_8)));
    assertThat(BlobValue.parse("s3://b/k")).isEqualTo(new BlobValue.Uri("s3://b/k"));
    assertThat(BlobValue.parse("base64:").toText()).isEqualTo("base64:");
    assertThatThrownBy(() -> BlobValue.parse("base64:!!"))
        .hasMessageStartingWith("invalid base64 blob data: ");
  }

  @Test
  void storedCellsKeepTheKind() {
    for (BlobValue v : new BlobValue[] {new BlobValue.Uri("file:///tmp/x"),
        new BlobValue.Inline(new byte[] {0, 1, 2}), new BlobValue.Inline(new byte[0])}) {
      assertThat(BlobValue.fromCell(v.toCell())).isEqualTo(v);
    }
  }
}
