package org.refugio.coi;

import java.time.LocalDate;
import java.util.List;

/**
 * A COI document to store, as sent to the API: {@code contentBase64} holds the PDF or HTML file.
 *
 * @param mediaType {@code application/pdf} or {@code text/html}
 */
public record NewCoiDocument(String country, String title, String source, LocalDate publishedOn, LocalDate reviewBy,
    String mediaType, String contentBase64, List<String> tags) {
}
