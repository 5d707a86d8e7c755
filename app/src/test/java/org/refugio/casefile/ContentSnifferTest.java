package org.refugio.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

  @Test
  void shouldTellEachAcceptedKindByItsFirstBytes() {
    assertThat(ContentSniffer.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
        .contains(ContentSniffer.Kind.PDF);
    assertThat(ContentSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
        .contains(ContentSniffer.Kind.JPEG);
    assertThat(ContentSniffer.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
        .contains(ContentSniffer.Kind.PNG);
    assertThat(ContentSniffer.sniff(new byte[] {'I', 'I', 42, 0, 8, 0})).get()
        .extracting(ContentSniffer.Kind::contentType).isEqualTo("image/tiff");
    assertThat(ContentSniffer.sniff(new byte[] {'M', 'M', 0, 42, 0})).get()
        .extracting(ContentSniffer.Kind::contentType).isEqualTo("image/tiff");
  }

  @Test
  void shouldRecognizeNothingElseEvenWhenItStartsAlike() {
    assertThat(ContentSniffer.sniff("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(ContentSniffer.sniff("<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(ContentSniffer.sniff(new byte[] {'P', 'K', 3, 4})).isEmpty(); // a ZIP, or a .docx
    assertThat(ContentSniffer.sniff(new byte[] {'G', 'I', 'F', '8', '9', 'a'})).isEmpty();
    assertThat(ContentSniffer.sniff(new byte[0])).isEmpty();
  }
}
