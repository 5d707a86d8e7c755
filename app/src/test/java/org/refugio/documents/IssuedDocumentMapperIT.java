package org.refugio.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugio.documents.IssuedDocumentMapper.NewIssuedDocument;

/** The mapper's SQL against the real schema (Flyway migrations) on embedded PostgreSQL, without Spring. */
class IssuedDocumentMapperIT {

  private static EmbeddedPostgres postgres;
  private static DataSource dataSource;
  private static SqlSessionFactory sessions;

  private SqlSession session;
  private IssuedDocumentMapper mapper;

  @BeforeAll
  static void startDatabase() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    dataSource = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(dataSource).schemas("refugio").defaultSchema("refugio").load().migrate();
    Configuration configuration = new Configuration(new Environment("it", new JdbcTransactionFactory(), dataSource));
    configuration.addMapper(IssuedDocumentMapper.class);
    sessions = new SqlSessionFactoryBuilder().build(configuration);
  }

  @AfterAll
  static void stopDatabase() throws Exception {
    postgres.close();
  }

  @BeforeEach
  void openSession() {
    session = sessions.openSession(true);
    mapper = session.getMapper(IssuedDocumentMapper.class);
  }

  @AfterEach
  void closeSession() {
    session.close();
  }

  @Test
  void shouldReadBackWhatItStored() throws Exception {
    // Given
    long claimId = claim("TAP-2024-000201");
    byte[] pdf = {'%', 'P', 'D', 'F', '-', 0, (byte) 0xFF};
    OffsetDateTime issuedAt = OffsetDateTime.of(2024, 3, 12, 10, 5, 0, 0, ZoneOffset.ofHours(-6));

    // When
    long id = mapper.insert(new NewIssuedDocument(claimId, DocumentType.CONSTANCIA, "constancia.pdf",
        "application/pdf", pdf, "a".repeat(64), "CODE0000000000000000000A", "registrationTap1", issuedAt));

    // Then
    IssuedDocument expected = new IssuedDocument(id, claimId, DocumentType.CONSTANCIA, "constancia.pdf",
        "application/pdf", "a".repeat(64), "CODE0000000000000000000A", "registrationTap1", issuedAt);
    assertThat(mapper.findById(id)).get().usingRecursiveComparison()
        .withEqualsForType(OffsetDateTime::isEqual, OffsetDateTime.class).isEqualTo(expected);
    assertThat(mapper.findByVerificationCode("CODE0000000000000000000A")).get().extracting(IssuedDocument::id)
        .isEqualTo(id);
    DocumentContent content = mapper.findContent(claimId, id).orElseThrow();
    assertThat(content.content()).isEqualTo(pdf);
    assertThat(content.fileName()).isEqualTo("constancia.pdf");
    assertThat(content.contentType()).isEqualTo("application/pdf");
  }

  @Test
  void shouldListOnlyTheClaimsDocumentsOldestFirst() throws Exception {
    // Given
    long claimId = claim("TAP-2024-000202");
    long otherClaimId = claim("TAP-2024-000203");
    OffsetDateTime first = OffsetDateTime.of(2024, 3, 12, 10, 0, 0, 0, ZoneOffset.UTC);
    long resolution = mapper.insert(document(claimId, DocumentType.RESOLUTION, "CODE0000000000000000000B",
        first.plusDays(50)));
    long constancia = mapper.insert(document(claimId, DocumentType.CONSTANCIA, "CODE0000000000000000000C", first));
    long other = mapper.insert(document(otherClaimId, DocumentType.CONSTANCIA, "CODE0000000000000000000D", first));

    // When / Then
    assertThat(mapper.findByClaim(claimId)).extracting(IssuedDocument::id).containsExactly(constancia, resolution);
    assertThat(mapper.findContent(claimId, other)).isEmpty();
    assertThat(mapper.findById(-1)).isEmpty();
  }

  @Test
  void shouldRefuseASecondDocumentWithTheSameVerificationCode() throws Exception {
    // Given
    long claimId = claim("TAP-2024-000204");
    OffsetDateTime now = OffsetDateTime.now();
    mapper.insert(document(claimId, DocumentType.CONSTANCIA, "CODE0000000000000000000E", now));

    // When / Then
    assertThatThrownBy(() -> mapper.insert(document(claimId, DocumentType.CONSTANCIA, "CODE0000000000000000000E", now)))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("verification_code");
  }

  private static NewIssuedDocument document(long claimId, DocumentType type, String code, OffsetDateTime issuedAt) {
    return new NewIssuedDocument(claimId, type, type.fileNameStem() + ".pdf", "application/pdf", new byte[] {1},
        "b".repeat(64), code, "someone", issuedAt);
  }

  private static long claim(String caseNumber) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement("""
            insert into refugio.claim (case_number, office_code, application_date, entry_date, entry_place, detained,
              filed_by_representative, late_filing, registered_by)
            values (?, 'TAP', date '2024-03-11', date '2024-03-01', 'Ciudad Hidalgo', false, false, false, 'test')
            returning id""")) {
      insert.setString(1, caseNumber);
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
