package org.refugio.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for issued documents.
 *
 * @param publicBaseUrl where people reach Refugio's public pages; every document's QR code and verification link
 *     point there ({@code REFUGIO_DOCUMENTS_PUBLIC_BASE_URL})
 */
@ConfigurationProperties("refugio.documents")
public record DocumentsProperties(@DefaultValue("http://localhost:8080") String publicBaseUrl) {

  /** The public page that confirms a document with this verification code is genuine. */
  public String verificationUrl(String verificationCode) {
    String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    return base + "/public/verify/" + verificationCode;
  }

  /** The public page where an applicant reads their claim's status with the PIN printed on the constancia. */
  public String statusUrl() {
    String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    return base + "/public/status/";
  }
}
