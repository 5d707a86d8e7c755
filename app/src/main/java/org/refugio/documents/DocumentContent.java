package org.refugio.documents;

/** The bytes of an issued document, with what a download needs to serve them. */
public record DocumentContent(String fileName, String contentType, byte[] content) {

  @Override
  public String toString() {
    return "DocumentContent[fileName=" + fileName + ", contentType=" + contentType + ", " + content.length + " bytes]";
  }
}
