package org.refugio.casefile;

import java.util.Arrays;
import java.util.Optional;

/** Tells what a file is from its first bytes, never from the name or type the client sent. */
final class ContentSniffer {

  /** The kinds of file the case file accepts, with the content type they are served as. */
  enum Kind {
    PDF("application/pdf", ".pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", ".jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    TIFF_LITTLE_ENDIAN("image/tiff", ".tif", new byte[] {'I', 'I', 42, 0}),
    TIFF_BIG_ENDIAN("image/tiff", ".tif", new byte[] {'M', 'M', 0, 42});

    private final String contentType;
    private final String extension;
    private final byte[] magic;

    Kind(String contentType, String extension, byte[] magic) {
      this.contentType = contentType;
      this.extension = extension;
      this.magic = magic;
    }

    String contentType() {
      return contentType;
    }

    String extension() {
      return extension;
    }
  }

  private ContentSniffer() {
  }

  static Optional<Kind> sniff(byte[] content) {
    for (Kind kind : Kind.values()) {
      if (content.length >= kind.magic.length
          && Arrays.equals(content, 0, kind.magic.length, kind.magic, 0, kind.magic.length)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
