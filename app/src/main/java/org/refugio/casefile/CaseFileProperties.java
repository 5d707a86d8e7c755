package org.refugio.casefile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the case file.
 *
 * @param maxUploadSize the largest scan or evidence file accepted ({@code REFUGIO_CASEFILE_MAX_UPLOAD_SIZE}); the
 *     multipart limit of the web server follows it
 * @param retentionYears how long a paper file is kept after the claim is closed
 */
@ConfigurationProperties("refugio.casefile")
public record CaseFileProperties(@DefaultValue("25MB") DataSize maxUploadSize, @DefaultValue("20") int retentionYears) {
}
